#!/usr/bin/env bash
# A real package: build the wheel, install it (not editable) into a fresh virtual environment outside the
# checkout, and use it from another directory: check the packaged content, migrate a new SQLite database and
# answer one question. pip takes the dependencies from its configured index, as `make install` does.
# Usage: bash scripts/check_wheel.sh [python]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-python3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/oncobot-wheel.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "wheel: building"
"$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir "$WORK/dist" . >/dev/null
rm -rf build
WHEEL="$(ls "$WORK"/dist/oncobot-*.whl)"
LISTING="$("$PYTHON" -m zipfile -l "$WHEEL")"
for packaged in bot/resources/alembic.ini bot/resources/migrations/env.py bot/resources/content/taxonomy.tsv; do
  grep -q "^$packaged " <<<"$LISTING" || { echo "wheel: $packaged is missing" >&2; exit 1; }
done

echo "wheel: installing $(basename "$WHEEL") into a fresh virtual environment"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet "$WHEEL" 2>"$WORK/pip.log" || { cat "$WORK/pip.log" >&2; exit 1; }

# Nothing from the checkout: another directory, no PYTHONPATH, no CONTENT_DIR.
mkdir "$WORK/elsewhere"
cd "$WORK/elsewhere"
unset PYTHONPATH CONTENT_DIR
export DATABASE_URL="sqlite+aiosqlite:///$WORK/elsewhere/oncobot.db" PSEUDONYM_SECRET="wheel-check-pseudonym-secret-0123"
ONCOBOT="$WORK/venv/bin/oncobot"
"$WORK/venv/bin/python" - <<'EOF'
import bot
from bot.settings import Settings
import pathlib, sys
here = pathlib.Path(bot.__file__).resolve()
assert "site-packages" in here.parts, f"bot imported from {here}, not from the installed wheel"
assert (Settings().content_dir / "taxonomy.tsv").is_file(), Settings().content_dir
print(f"wheel: bot imported from {here.parent}", file=sys.stderr)
EOF
"$ONCOBOT" content check | tail -n 1
"$ONCOBOT" db upgrade
"$ONCOBOT" ask --json "what is immunotherapy" >"$WORK/reply.json" 2>"$WORK/ask.log" || { cat "$WORK/ask.log" >&2; exit 1; }
"$WORK/venv/bin/python" -c "
import json, sys
reply = json.load(open(sys.argv[1]))
assert reply['kind'] == 'answer' and reply['subject'] == 'immunotherapy', reply
print('wheel: ask --json answered', reply['topic'])
" "$WORK/reply.json"
echo "wheel: OK"
