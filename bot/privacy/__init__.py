"""Privacy: pseudonyms instead of Telegram ids, redaction before storing words, retention and deletion."""
