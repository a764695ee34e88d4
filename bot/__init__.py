"""The oncobot application: composes ``nlp`` and ``db`` into the answering pipeline, the CLI and the bot."""
