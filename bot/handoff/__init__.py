"""Talking to a person: handing a conversation over to nurse navigators, and their staffed hours."""
