"""The pipeline in one place: Source -> Document -> Article -> Brief.

``brief()`` and ``extract()`` are the library entry points; the CLI and batch workers call
``run_source()``.
"""

from __future__ import annotations

from dataclasses import replace

from newscli.analyze.claims import find_claims, said_in
from newscli.analyze.keywords import keywords
from newscli.analyze.segment import segment
from newscli.analyze.statements import find_statements
from newscli.analyze.summary import pick, rank_sentences
from newscli.analyze.tokenize import words
from newscli.clean.article import clean
from newscli.errors import EmptyInputError
from newscli.ingest.read import read_document
from newscli.ingest.sniff import document_kind
from newscli.lang.identify import detect_language
from newscli.model import Article, Brief, Document, Source, Stats
from newscli.options import Command, Options
from newscli.sanitize import sanitize_text


def extract(text: str, *, source: str = "-", options: Options | None = None) -> Article:
    """The cleaned article in ``text`` (plain text or HTML).

    The text gets the same treatment as decoded input: newlines normalised, control characters and
    terminal escape sequences removed. Raises ``NewscliError`` when there is no article.
    """
    options = options or Options()
    text = sanitize_text(text)
    if not text.strip():
        raise EmptyInputError("input has no text")
    document = Document(
        source=Source(name=source, kind="stdin"),
        text=text,
        kind=document_kind(text, options.input_type),
        encoding="utf-8",
    )
    return _article(document, options)


def brief(text: str, *, source: str = "-", options: Options | None = None) -> Brief:
    """The brief of the article in ``text`` (plain text or HTML)."""
    options = options or Options()
    return analyze(extract(text, source=source, options=options), options)


def run_source(source: Source, command: Command, options: Options) -> Brief | Article:
    """Read, clean and (for ``summarize``) analyse one source. Raises ``NewscliError``."""
    document = read_document(
        source, max_bytes=options.max_bytes, timeout=options.timeout, fetch_options=options.fetch
    )
    article = _article(document, options)
    return article if command == "extract" else analyze(article, options)


def _article(document: Document, options: Options) -> Article:
    if options.input_type != "auto":
        # What the user says the input is beats what its content or its server suggested.
        document = replace(document, kind=document_kind(document.text, options.input_type))
    article = clean(document, keep_boilerplate=options.keep_boilerplate)
    # The text decides; the page's declared language only breaks a tie (issue 14).
    language = options.language or detect_language(article.text, declared=article.language)
    return replace(article, language=language) if language != article.language else article


def analyze(article: Article, options: Options | None = None) -> Brief:
    """Summary, quotes, claims, keywords and stats for a cleaned article."""
    options = options or Options()
    sentences = segment(article)
    language = article.language
    scores = rank_sentences(
        sentences, method=options.method, language=language, title=article.title
    )
    statements = find_statements(article.text, sentences, language)
    said = said_in(sentences, statements.attributions)
    summary = tuple(
        replace(item, speaker=said[item.sentence].speaker) if item.sentence in said else item
        for item in pick(sentences, scores, options.sentences)
    )
    quotes = statements.quotes
    claims = find_claims(
        sentences,
        scores,
        statements.attributions,
        count=options.claims,
        exclude={item.sentence for item in summary},
    )
    stats = Stats(
        words=len(words(article.text)),
        sentences=len(sentences),
        paragraphs=len(article.paragraphs),
    )
    return Brief(
        article=article,
        stats=stats,
        method=options.method,
        summary=summary,
        claims=claims,
        quotes=quotes,
        attributions=statements.attributions,
        phrases=statements.phrases,
        keywords=keywords(sentences, language=language),
        sentences=sentences,
    )
