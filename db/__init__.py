"""The SQL store: typed SQLAlchemy models, async sessions and queries as plain async functions.

Imports nothing from ``bot`` or ``nlp``.
"""
