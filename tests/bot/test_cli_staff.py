"""`oncobot staff`: accounts are made, listed, disabled and reset from the command line."""

import os
import subprocess
from pathlib import Path

import pytest

from tests.bot.test_cli import ONCOBOT, oncobot
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    path: Path = tmp_path_factory.mktemp("staff-cli") / "oncobot.db"
    return {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{path}"}


def staff(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return oncobot(env, "staff", *args, stdin=stdin)


def test_add_list_disable_and_reset_an_account(env: dict[str, str]) -> None:
    added = staff(env, "add", "nina.nurse", "--role", "reviewer", stdin="a long enough passphrase\n")
    assert added.returncode == 0, added.stderr
    assert "added nina.nurse (reviewer)" in added.stdout
    listed = staff(env, "list")
    assert "nina.nurse" in listed.stdout and "reviewer" in listed.stdout and "active" in listed.stdout
    assert "passphrase" not in listed.stdout and "scrypt" not in listed.stdout
    assert staff(env, "disable", "nina.nurse").returncode == 0
    assert "disabled" in staff(env, "list").stdout
    reset = staff(env, "passwd", "nina.nurse", stdin="another long passphrase\n")
    assert reset.returncode == 0 and "sessions were ended" in reset.stdout
    assert "active" in staff(env, "list").stdout


def test_handoff_replies_are_signed_with_the_display_name(env: dict[str, str]) -> None:
    added = staff(
        env,
        "add",
        "rita",
        "--role",
        "reviewer",
        "--display-name",
        "Rita, nurse navigator",
        stdin="a long enough passphrase\n",
    )
    assert added.returncode == 0, added.stderr
    assert "signs 'Rita, nurse navigator'" in staff(env, "list").stdout
    renamed = staff(env, "rename", "rita", "--display-name", "Rita R., nurse navigator")
    assert renamed.returncode == 0 and "signed 'Rita R., nurse navigator'" in renamed.stdout
    assert staff(env, "rename", "rita").returncode == 0
    assert "signs 'Care team'" in next(
        line for line in staff(env, "list").stdout.splitlines() if "rita" in line
    )


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("add", "sam", "--role", "editor"), "short\n", "at least 12 characters"),
        (("add", "sam", "--role", "editor"), "my name is sam really\n", "must not contain the account name"),
        (("add", "x", "--role", "editor"), "a long enough passphrase\n", "a name is 2-100"),
        (("add", "sam"), "a long enough passphrase\n", "needs --role"),
        (("disable", "nobody"), "", "no account named 'nobody'"),
        (("passwd",), "", "needs an account name"),
    ],
)
def test_mistakes_are_explained_without_a_traceback(
    env: dict[str, str], args: tuple[str, ...], stdin: str, message: str
) -> None:
    result = staff(env, *args, stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_name_is_taken_once(env: dict[str, str]) -> None:
    assert (
        staff(env, "add", "dup.admin", "--role", "admin", stdin="a long enough passphrase\n").returncode == 0
    )
    again = staff(env, "add", "dup.admin", "--role", "admin", stdin="a long enough passphrase\n")
    assert again.returncode == 2 and "already an account" in again.stderr


def test_dashboard_command_serves_only_the_dashboard_and_stops_on_sigterm(env: dict[str, str]) -> None:
    import signal
    import socket
    import time
    import urllib.error
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [*ONCOBOT, "dashboard"],
        env={**env, "PORT": str(port), "TELEGRAM_BOT_TOKEN": ""},
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        deadline = time.monotonic() + 300  # the first start trains the model: slow on a busy machine
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if "serving on" in line or not line:
                break
        assert "staff dashboard only" in line, line
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/staff/login", timeout=10) as page:
            assert page.status == 200 and "Sign in" in page.read().decode()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: object, **kwargs: object) -> None:
                return None

        opener = urllib.request.build_opener(NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as denied:
            opener.open(f"http://127.0.0.1:{port}/staff/queue", timeout=10)
        assert denied.value.code == 303
        denied.value.close()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
