"""The data that flows through the pipeline: frozen, typed, serialisable.

argument --sources--> Source --ingest--> Document --clean--> Article --analyze--> Brief --render-->
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

SourceKind = Literal["file", "stdin", "url", "warc", "record"]
DocumentKind = Literal["text", "html"]
ClaimKind = Literal["quote", "reported", "figure", "statement"]
QuoteKind = Literal["quote", "phrase"]
AttributionKind = Literal["quote", "reported"]

BRIEF_SCHEMA = "newscli.brief/1"
BRIEF_SCHEMA_VERSION = "1.3"
"""Major.minor of the brief's JSON: the minor grows with each additive change (1.1: attributions,
phrases, offsets and parts of quotes, summary speakers; 1.2: authors, offsets of summary sentences
and claims, sentences with --with-sentences, failures with every key; 1.3: the input lines of
removed pieces, the web archive keys, ``skipped`` failures); ``schema`` names the major only, so
readers of ``newscli.brief/1`` keep working. ``newscli/schema/brief.schema.json``
describes this version."""
ARTICLE_SCHEMA = "newscli.article/1"
ARTICLE_SCHEMA_VERSION = "1.2"
"""Major.minor of the extracted article's JSON, as for the brief (1.1: schema_version, authors,
failures with every key; 1.2: the input lines of removed pieces, the web archive keys,
``skipped`` failures)."""

WORDS_PER_MINUTE = 220


@dataclass(frozen=True)
class ArchiveRecord:
    """Where a document sits in a web archive: the WARC file, the record's id, the capture time."""

    warc_file: str
    record_id: str
    date: str | None = None
    """The record's ``WARC-Date`` as written (ISO 8601, UTC)."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "warc_file": self.warc_file,
            "warc_record_id": self.record_id,
            "warc_date": self.date,
        }


@dataclass(frozen=True)
class Payload:
    """Bytes already in memory, with what their container says about them (a WARC record's HTTP
    response: its body, ``Content-Type`` header and status)."""

    data: bytes
    content_type: str | None = None
    """The ``Content-Type`` header as sent, parameters included."""
    status: int | None = None
    """The HTTP status, when the bytes are an HTTP response's body."""
    read_error: str | None = None
    """Why the bytes could not be read whole (a corrupt archive), to report as this record's
    error."""


@dataclass(frozen=True)
class Source:
    """Where an article comes from, before anything is read."""

    name: str
    """What the user sees: the path as given, ``-`` for stdin, the URL, or an archived page's
    target URI."""
    kind: SourceKind
    """``warc`` is a web archive to expand into its ``record`` sources before processing."""
    path: Path | None = None
    url: str | None = None
    relative: str | None = None
    """Path relative to the folder it was found in, for mirroring the tree in ``--output-dir``."""
    via: str | None = None
    """The feed or sitemap a URL source was listed in (robots.txt and the host delay apply)."""
    private_ok: bool = True
    """Whether the URL may point at a private address: yes when the user gave it, and for the
    entries of a feed or sitemap that is itself at a private address."""
    payload: Payload | None = None
    """The bytes of a ``record`` source, read from its archive."""
    record: ArchiveRecord | None = None
    """Where a ``record`` source sits in its archive."""

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

    @classmethod
    def warc(cls, path: Path, *, name: str | None = None, relative: str | None = None) -> Source:
        return cls(name=name or str(path), kind="warc", path=path, relative=relative)

    @classmethod
    def archived(cls, uri: str, payload: Payload, record: ArchiveRecord) -> Source:
        """A page read from a web archive: ``uri`` is the record's target URI."""
        return cls(name=uri, kind="record", url=uri or None, payload=payload, record=record)


@dataclass(frozen=True)
class Document:
    """Decoded input: text or HTML, knowing nothing about articles yet."""

    source: Source
    text: str
    kind: DocumentKind
    encoding: str
    url: str | None = None
    """The final URL after redirects, for URL sources; the target URI of an archived page."""
    record: ArchiveRecord | None = None
    """Where an archived page sits in its archive."""


@dataclass(frozen=True)
class Removed:
    """A piece of the input that cleaning dropped, and why."""

    text: str
    reason: str
    lines: tuple[int, int] | None = None
    """First and last line (1-based, inclusive) of the input text it was, when the input was plain
    text; its lines may have been joined into one paragraph first (hard-wrapped text)."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "reason": self.reason,
            "lines": list(self.lines) if self.lines else None,
        }


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
    record: ArchiveRecord | None = None
    """Where the page sits in a web archive, for archived pages."""

    @property
    def text(self) -> str:
        """The article body, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    def metadata_dict(self) -> dict[str, Any]:
        """What a brief and an extracted article both say about the article, in JSON order."""
        return {
            "source": self.source,
            **_archive_keys(self.record),
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
    def json_keys(cls, *, archived: bool = False) -> tuple[str, ...]:
        """The top-level keys of ``as_dict()``, in order (read off an empty article, so they
        cannot fall out of step with it); ``archived``: of a page read from a web archive."""
        record = ArchiveRecord("", "") if archived else None
        return tuple(cls(source="", kind="text", paragraphs=(), record=record).as_dict())

    @staticmethod
    def json_header() -> dict[str, Any]:
        """The keys that say what the JSON is, the same for a failure."""
        return {"schema": ARTICLE_SCHEMA, "schema_version": ARTICLE_SCHEMA_VERSION}

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.json_header(),
            **self.metadata_dict(),
            "text": self.text,
            "removed": [r.as_dict() for r in self.removed],
        }


def _archive_keys(record: ArchiveRecord | None) -> dict[str, Any]:
    """``warc_file``, ``warc_record_id`` and ``warc_date`` for archived pages, nothing otherwise."""
    return record.as_dict() if record is not None else {}


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
    speaker: str | None = None
    """Who the sentence quotes or reports, when it is someone's statement; None for the
    article's own voice."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "speaker": self.speaker,
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
    cue: str | None = None
    """The words that attribute it ("said", "told", "according to", ":"), when there are some."""

    def as_dict(self) -> dict[str, Any]:
        parts = self.parts or ((self.start, self.end),)
        return {
            "text": self.text,
            "speaker": self.speaker,
            "sentence": self.sentence,
            "start": parts[0][0],
            "end": parts[-1][1],
            "parts": [{"start": a, "end": b} for a, b in parts],
        }

    def phrase_dict(self) -> dict[str, Any]:
        """The JSON of a quoted phrase that is nobody's speech (``phrases``)."""
        return {"text": self.text, "sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Attribution:
    """A statement the article attributes to someone: a direct quote or reported speech."""

    kind: AttributionKind
    text: str
    """The quoted words (parts joined as in ``Quote.text``) or the reported clause."""
    speaker: str | None
    """The fullest name the article gives the source (person, organisation, document), or the
    description it uses ("a police spokesman"); None when the article does not say."""
    cue: str | None
    """The attributing words as written ("said", "told", "according to", ":"), or None."""
    sentence: int
    start: int
    end: int
    """Offsets in ``Article.text``: from the first part's start to the last part's end."""
    parts: tuple[tuple[int, int], ...]
    """Offsets of each stretch of the words; one for reported speech."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "speaker": self.speaker,
            "cue": self.cue,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "parts": [{"start": a, "end": b} for a, b in self.parts],
        }


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
    attributions: tuple[Attribution, ...] = ()
    """Every direct and reported statement, in article order."""
    phrases: tuple[Quote, ...] = ()
    """Quoted words that are nobody's speech: scare quotes, titles, slogans."""
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)

    @classmethod
    def json_keys(cls, *, with_sentences: bool = False, archived: bool = False) -> tuple[str, ...]:
        """The top-level keys of ``as_dict()``, in order (read off an empty brief); ``archived``:
        of a page read from a web archive."""
        record = ArchiveRecord("", "") if archived else None
        article = Article(source="", kind="text", paragraphs=(), record=record)
        empty = cls(article, Stats(0, 0, 0), method="")
        return tuple(empty.as_dict(with_sentences=with_sentences))

    @staticmethod
    def json_header() -> dict[str, Any]:
        """The keys that say what the JSON is, the same for a failure."""
        return {"schema": BRIEF_SCHEMA, "schema_version": BRIEF_SCHEMA_VERSION}

    def as_dict(self, *, with_sentences: bool = False) -> dict[str, Any]:
        """The ``newscli.brief/1`` object; ``with_sentences`` adds ``sentences``, the list that
        every ``sentence`` index points into."""
        result = {
            **self.json_header(),
            **self.article.metadata_dict(),
            "method": self.method,
            "stats": self.stats.as_dict(),
            "summary": [s.as_dict() for s in self.summary],
            "claims": [c.as_dict() for c in self.claims],
            "quotes": [q.as_dict() for q in self.quotes],
            "keywords": list(self.keywords),
            "removed": [r.as_dict() for r in self.article.removed],
            "attributions": [t.as_dict() for t in self.attributions],
            "phrases": [p.phrase_dict() for p in self.phrases],
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
    skipped: bool = False
    """Not an article by its own declaration (an archived image, a redirect): counted as skipped,
    not as failed."""
    record: ArchiveRecord | None = None
    """Where the source sits in a web archive, for archived pages."""

    def as_dict(self, header: Mapping[str, Any], keys: Iterable[str] = ()) -> dict[str, Any]:
        """``header`` (``schema`` and ``schema_version`` of the result it stands for), ``source``,
        the record's place in its web archive (for archived pages), every other one of ``keys``
        null (the keys of a result, so that a failure has the shape of a success), then
        ``error`` (with ``skipped``: true for what is not an article by its own declaration)."""
        error: dict[str, Any] = {"type": self.type, "message": self.message}
        if self.hint:
            error["hint"] = self.hint
        if self.skipped:
            error["skipped"] = True
        archive = _archive_keys(self.record)
        kept = {*header, "source", "error", *archive}
        nulls = dict.fromkeys(key for key in keys if key not in kept)
        return {**header, "source": self.source, **archive, **nulls, "error": error}
