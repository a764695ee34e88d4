"""Curated content: topics, their answer versions and the services people are pointed to."""
