"""Reviewing the bot's work: logged conversations, statistics and the people handed over to staff."""
