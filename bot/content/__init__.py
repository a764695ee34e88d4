"""The curated content: reading and checking the files, loading them into SQL, editing them, readability."""
