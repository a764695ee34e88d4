"""Answering: the pipeline, the words of a reply, its Telegram-sized chunks and the answers held in memory."""
