"""Curating what the bot says: answers, support services, and retraining the model."""
