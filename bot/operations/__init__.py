"""Running the bot: migrations, training jobs, metrics, memory, the first run and staff accounts."""
