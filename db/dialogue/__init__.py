"""Conversations: the pseudonymised log, staff review, statistics and handoffs to a person."""
