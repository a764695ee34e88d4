# oncobot: the Telegram bot, its staff dashboard, /healthz and /metrics in one process (see docs/deployment.md).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system --gid 10001 oncobot \
    && useradd --system --uid 10001 --gid oncobot --no-create-home --home-dir /app --shell /usr/sbin/nologin oncobot

WORKDIR /app

# The package with its data: migrations, alembic.ini and content ship inside it (bot/resources links to them),
# so they must be in place before `pip install .`; oncobot then reads them from site-packages.
COPY pyproject.toml README.md alembic.ini ./
COPY migrations ./migrations
COPY content ./content
COPY bot ./bot
COPY nlp ./nlp
COPY db ./db
RUN pip install . && rm -rf build ./*.egg-info

ENV CONTENT_DIR=/app/content \
    HOST=0.0.0.0 \
    PORT=8080

# Nothing in /app is writable by the service: all state lives in PostgreSQL (DATABASE_URL).
USER oncobot
EXPOSE 8080

# /healthz answers 503 when the database does not; the first start may train the model (about a minute).
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '8080')}/healthz\", timeout=4)"]

CMD ["oncobot", "run"]
