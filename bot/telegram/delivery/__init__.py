"""Exactly-once delivery: the durable inbox, the reply journal, the fair outbox and the sender."""
