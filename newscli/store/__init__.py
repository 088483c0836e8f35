"""The corpus store: briefs as rows in SQLite, and what can be asked of many articles at once.

``summarize --db FILE`` hands each brief to a ``StoreWriter`` (in the parent process, one writer,
batched transactions); wire copies and same-story groups (``clusters``) and the people quoted across
articles (``speakers``) are worked out when a run ends; ``queries`` answers the command-line
questions and gathers the digest. Nothing here re-runs the pipeline: the store is a consumer of
briefs, like a renderer.

Modules: ``schema`` (tables, documented and versioned, migrated forward), ``writer``, ``reader``
(a stored brief back as a ``Brief``), ``clusters``, ``speakers``, ``queries``.
"""
