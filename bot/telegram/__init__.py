"""The Telegram front end: python-telegram-bot handlers that call the answering pipeline."""
