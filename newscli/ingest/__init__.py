"""Reading sources into Documents: bytes in, decoded text out. Knows nothing about articles."""
