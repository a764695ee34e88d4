"""Pure language processing for oncobot: normalisation, cancer types, safety and topic models.

Imports nothing from ``bot`` or ``db``: it works on text and labels only.
"""
