"""Durable delivery: the inbox of updates and the journal of the replies they send."""
