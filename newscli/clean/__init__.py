"""Cleaning: a Document becomes an Article (title, metadata, paragraphs, what was removed)."""
