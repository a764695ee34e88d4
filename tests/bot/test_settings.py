import pytest

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
