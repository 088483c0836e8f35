"""Analysis: tokenization, summary ranking, quotes, claims, keywords, language."""
