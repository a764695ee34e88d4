import stat
from pathlib import Path

import pytest

from bot.operations.first_run import with_pseudonym_secret
from bot.settings import Settings, SettingsError


def test_defaults_need_no_environment() -> None:
    settings = Settings.from_env({})
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.max_message_chars == 700 and not settings.telegram_bot_token


def test_token_never_shows_in_repr() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": "123:SECRET"})
    assert "SECRET" not in repr(settings)
    assert settings.telegram_bot_token.value == "123:SECRET"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"MAX_MESSAGE_CHARS": "5000"}, "MAX_MESSAGE_CHARS must be between 200 and 4096"),
        ({"MAX_MESSAGE_CHARS": "lots"}, "MAX_MESSAGE_CHARS must be a whole number"),
        ({"SERVE_CLINICAL_ONLY": "maybe"}, "SERVE_CLINICAL_ONLY must be true or false"),
        ({"LOG_LEVEL": "chatty"}, "LOG_LEVEL must be"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)


def test_settings_are_frozen() -> None:
    settings = Settings.from_env({})
    with pytest.raises(AttributeError):
        settings.max_message_chars = 1  # type: ignore[misc]


def test_the_first_run_on_sqlite_makes_a_secret_once_and_keeps_it(tmp_path: Path) -> None:
    said: list[str] = []
    path = tmp_path / "var" / "pseudonym.secret"
    first = with_pseudonym_secret(Settings(), said.append, path)
    second = with_pseudonym_secret(Settings(), said.append, path)
    assert first.pseudonym_secret.value == second.pseudonym_secret.value
    assert len(first.pseudonym_secret.value) >= 16 and len(said) == 1 and "pseudonym.secret" in said[0]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first.check_for_telegram()


def test_any_other_database_still_needs_the_secret_from_the_environment(tmp_path: Path) -> None:
    settings = Settings(database_url="postgresql+asyncpg://oncobot@db/oncobot")
    kept = with_pseudonym_secret(settings, lambda _message: None, tmp_path / "pseudonym.secret")
    assert not kept.pseudonym_secret and not (tmp_path / "pseudonym.secret").exists()
    with pytest.raises(SettingsError, match="PSEUDONYM_SECRET"):
        kept.check_for_telegram()


def test_poison_line_and_today_alerts_are_settings() -> None:
    settings = Settings.from_env({"POISON_LINE": "Poison Centre: 13 11 26", "ALERT_ON_TODAY": "yes"})
    assert settings.poison_line == "Poison Centre: 13 11 26" and settings.alert_on_today
    assert Settings.from_env({}).poison_line == "Poison Help: 1-800-222-1222"
    assert Settings.from_env({"DANGER_LINE": "Refuge: 0808 2000 247"}).danger_line == "Refuge: 0808 2000 247"
    assert "1-800-799-7233" in Settings.from_env({}).danger_line
    with pytest.raises(SettingsError, match="ALERT_ON_TODAY"):
        Settings.from_env({"ALERT_ON_TODAY": "sometimes"})
