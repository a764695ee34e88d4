"""The SQL store, by room: delivery (inbox, reply journal), content, learning, dialogue (the conversation log,
review, statistics, handoffs) and accounts, over typed models (models) and async sessions (session).

Imports nothing from ``bot`` or ``nlp``.
"""
