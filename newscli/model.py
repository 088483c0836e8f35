"""The data that flows through the pipeline: frozen, typed, serialisable.

argument --sources--> Source --ingest--> Document --clean--> Article --analyze--> Brief --render-->
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

SourceKind = Literal["file", "stdin", "url"]
DocumentKind = Literal["text", "html"]
ClaimKind = Literal["quote", "reported", "figure", "statement"]
QuoteKind = Literal["quote", "phrase"]

BRIEF_SCHEMA = "newscli.brief/1"
ARTICLE_SCHEMA = "newscli.article/1"

WORDS_PER_MINUTE = 220


@dataclass(frozen=True)
class Source:
    """Where an article comes from, before anything is read."""

    name: str
    """What the user sees: the path as given, ``-`` for stdin, or the URL."""
    kind: SourceKind
    path: Path | None = None
    url: str | None = None
    relative: str | None = None
    """Path relative to the folder it was found in, for mirroring the tree in ``--output-dir``."""
    via: str | None = None
    """The feed or sitemap a URL source was listed in (robots.txt and the host delay apply)."""
    private_ok: bool = True
    """Whether the URL may point at a private address: yes when the user gave it, and for the
    entries of a feed or sitemap that is itself at a private address."""

    @classmethod
    def stdin(cls) -> Source:
        return cls(name="-", kind="stdin")

    @classmethod
    def file(cls, path: Path, *, name: str | None = None, relative: str | None = None) -> Source:
        return cls(name=name or str(path), kind="file", path=path, relative=relative)

    @classmethod
    def from_url(cls, url: str, *, via: str | None = None, private_ok: bool = True) -> Source:
        """A URL source, named with its password hidden (``http://alice:***@host/``)."""
        from newscli.ingest.urls import redact

        return cls(name=redact(url), kind="url", url=url, via=via, private_ok=private_ok)


@dataclass(frozen=True)
class Document:
    """Decoded input: text or HTML, knowing nothing about articles yet."""

    source: Source
    text: str
    kind: DocumentKind
    encoding: str
    url: str | None = None
    """The final URL after redirects, for URL sources."""


@dataclass(frozen=True)
class Removed:
    """A piece of the input that cleaning dropped, and why."""

    text: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class Article:
    """The cleaned article: metadata, paragraphs and what was removed."""

    source: str
    kind: DocumentKind
    paragraphs: tuple[str, ...]
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    removed: tuple[Removed, ...] = ()
    authors: tuple[str, ...] = ()
    """Each name in ``author``, in byline order (the cleaners split it; empty when unknown)."""

    @property
    def text(self) -> str:
        """The article body, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    def metadata_dict(self) -> dict[str, Any]:
        """What a brief and an extracted article both say about the article, in JSON order."""
        return {
            "source": self.source,
            "kind": self.kind,
            "title": self.title,
            "author": self.author,
            "authors": list(self.authors),
            "date": self.date,
            "site": self.site,
            "url": self.url,
            "language": self.language,
        }

    @classmethod
    def json_keys(cls) -> tuple[str, ...]:
        """The top-level keys of ``as_dict()``, in order (read off an empty article, so they
        cannot fall out of step with it)."""
        return tuple(cls(source="", kind="text", paragraphs=()).as_dict())

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": ARTICLE_SCHEMA,
            **self.metadata_dict(),
            "text": self.text,
            "removed": [r.as_dict() for r in self.removed],
        }


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article, located by character offsets into ``Article.text``."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
        }


@dataclass(frozen=True)
class SummarySentence:
    text: str
    sentence: int
    score: float
    start: int = 0
    end: int = 0
    """Offsets of the sentence in ``Article.text``."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Quote:
    """A direct quotation: the quoted words only, without the quote marks."""

    text: str
    speaker: str | None
    sentence: int
    start: int = 0
    end: int = 0
    """Offsets of the quoted words in ``Article.text`` (the first part, for joined quotes)."""
    kind: QuoteKind = "quote"
    """"phrase" for a short quoted phrase nobody is said to have spoken (a scare quote, a title)."""
    parts: tuple[tuple[int, int], ...] = ()
    """Offsets of every part: a quote interrupted by its attribution has several, joined by " … "
    in ``text`` (by a space for a quote running over paragraphs)."""

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "sentence": self.sentence}


@dataclass(frozen=True)
class Claim:
    text: str
    speaker: str | None
    sentence: int
    kind: ClaimKind
    score: float
    start: int = 0
    end: int = 0
    """Offsets of the claim's sentence in ``Article.text``."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Stats:
    words: int
    sentences: int
    paragraphs: int

    @property
    def reading_minutes(self) -> float:
        return round(self.words / WORDS_PER_MINUTE, 1)

    def as_dict(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "paragraphs": self.paragraphs,
            "reading_minutes": self.reading_minutes,
        }


@dataclass(frozen=True)
class Brief:
    """Everything newscli says about one article."""

    article: Article
    stats: Stats
    method: str
    summary: tuple[SummarySentence, ...] = ()
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    keywords: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)

    @classmethod
    def json_keys(cls, *, with_sentences: bool = False) -> tuple[str, ...]:
        """The top-level keys of ``as_dict()``, in order (read off an empty brief)."""
        empty = cls(Article(source="", kind="text", paragraphs=()), Stats(0, 0, 0), method="")
        return tuple(empty.as_dict(with_sentences=with_sentences))

    def as_dict(self, *, with_sentences: bool = False) -> dict[str, Any]:
        """The ``newscli.brief/1`` object; ``with_sentences`` adds ``sentences``, the list that
        every ``sentence`` index points into."""
        result = {
            "schema": BRIEF_SCHEMA,
            **self.article.metadata_dict(),
            "method": self.method,
            "stats": self.stats.as_dict(),
            "summary": [s.as_dict() for s in self.summary],
            "claims": [c.as_dict() for c in self.claims],
            "quotes": [q.as_dict() for q in self.quotes],
            "keywords": list(self.keywords),
            "removed": [r.as_dict() for r in self.article.removed],
        }
        if with_sentences:
            result["sentences"] = [s.as_dict() for s in self.sentences]
        return result


@dataclass(frozen=True)
class Failure:
    """A source that could not be processed; rendered in place of its result."""

    source: str
    type: str
    message: str
    hint: str | None = None
    """What the user can do about it, when there is something."""

    def as_dict(self, schema: str, keys: Iterable[str] = ()) -> dict[str, Any]:
        """``schema``, ``source``, every one of ``keys`` null (the other keys of a result, so a
        failure has the shape of a success), then ``error``."""
        error = {"type": self.type, "message": self.message}
        if self.hint:
            error["hint"] = self.hint
        nulls = dict.fromkeys(key for key in keys if key not in ("schema", "source", "error"))
        return {"schema": schema, "source": self.source, **nulls, "error": error}
