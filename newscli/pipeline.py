"""The pipeline in one place: Source -> Document -> Article -> Brief.

``brief()`` and ``extract()`` take text; ``brief_bytes()`` and ``extract_bytes()`` take the bytes
of a page as an engine holds them (a WARC record, an HTTP body) and do the reading's work too. The
CLI and batch workers call ``run_source()``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newscli.analyze.claims import find_claims, said_in
from newscli.analyze.keywords import keywords
from newscli.analyze.segment import segment
from newscli.analyze.statements import find_statements
from newscli.analyze.summary import pick, rank_sentences
from newscli.analyze.tokenize import words
from newscli.clean.article import clean
from newscli.errors import EmptyInputError
from newscli.ingest.payload import document_from_bytes
from newscli.ingest.read import read_document
from newscli.ingest.sniff import document_kind
from newscli.lang.identify import detect_language
from newscli.limits import call_with_time_limit
from newscli.model import Article, Brief, Document, Sentence, Source, Stats
from newscli.options import SUMY_METHODS, Command, Options
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


def brief_bytes(
    data: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    charset: str | None = None,
    options: Options | None = None,
) -> Brief:
    """The brief of the page or text in ``data``, bytes as they came (a WARC record's payload, an
    HTTP body, a file's contents).

    Inside: gunzipping, the content-type filter (``content_type`` is a ``Content-Type`` header or
    a media type: HTML and plain text are read, other declared types such as images raise
    ``UnsupportedTypeError``; None lets the bytes decide), the binary check (``DecodeError``),
    decoding (BOM, ``charset`` or the header's charset, the page's own declaration, detection)
    and telling HTML from text. ``url`` is the page's address (the source name, a fallback for
    its canonical URL and site). Raises a ``NewscliError`` subclass for every input it cannot
    brief; its ``type`` is the error type of the JSON output.

    Time limit: the call raises ``TimeLimitExceeded`` (type ``timeout``) after ``options.timeout``
    seconds where ``SIGALRM`` can interrupt it, i.e. in the main thread on POSIX with no other
    interval timer running. Elsewhere (another thread, Windows) it runs unlimited and issues a
    ``newscli.limits.TimeLimitUnavailable`` warning. A limit that must also stop code stuck in C
    needs a separate process: ``newscli.batch.process`` runs sources in killable workers.
    """
    options = options or Options()
    article = extract_bytes(
        data, url=url, content_type=content_type, charset=charset, options=options
    )
    return analyze(article, options)


def extract_bytes(
    data: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    charset: str | None = None,
    options: Options | None = None,
) -> Article:
    """The cleaned article in ``data``: ``brief_bytes`` without the analysis (same rules, same
    time limit)."""
    options = options or Options()
    warm_up(options, html=True)
    source = Source(name=url or "-", kind="url" if url else "stdin", url=url)

    def work() -> Article:
        document = document_from_bytes(
            data,
            source=source,
            url=url,
            content_type=content_type,
            charset=charset,
            max_bytes=options.max_bytes,
        )
        return _article(document, options)

    return call_with_time_limit(options.timeout, work)


_SUMY_MODULES = {"lexrank": "lex_rank", "textrank": "text_rank", "sumbasic": "sum_basic"}
"""sumy's module names where they differ from the method's."""


def warm_up(options: Options, *, html: bool = True) -> None:
    """Import what the pipeline imports on first use (trafilatura, htmldate, the encoding detector,
    language identification, stemmers, the de/fr/es attribution grammar, sumy's method).

    Called before a time limit is armed, or before worker processes are forked: an alarm that
    interrupts a first import leaves a half-initialised module behind, which breaks every later
    call in that process. (py3langid's model itself still loads on first need: an interrupted
    load leaves nothing behind.)
    """
    from importlib import import_module

    # The German, French and Spanish attribution grammar loads on an article's first need too.
    modules = [
        "lxml.etree",
        "chardet",
        "py3langid.langid",
        "Stemmer",
        "newscli.analyze.speakers_de_fr_es",
    ]
    if html:
        modules += ["trafilatura", "trafilatura.metadata", "trafilatura.json_metadata", "htmldate"]
    if options.method in SUMY_METHODS:
        module = _SUMY_MODULES.get(options.method, options.method)
        modules += [
            "sumy.models.dom",
            "sumy.nlp.stemmers",
            "sumy.utils",
            f"sumy.summarizers.{module}",
        ]
    for name in modules:
        import_module(name)


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
    if language != article.language or document.record != article.record:
        article = replace(article, language=language, record=document.record)
    return article


def analyze(article: Article, options: Options | None = None) -> Brief:
    """Summary, quotes, claims, keywords and stats for a cleaned article."""
    options = options or Options()
    sentences = segment(article)
    language = article.language
    # The ranker and the keywords read the same words: each sentence is tokenized once.
    tokenized = [words(sentence.text) for sentence in sentences]
    scores = rank_sentences(
        sentences,
        method=options.method,
        language=language,
        title=article.title,
        tokenized=tokenized,
    )
    author = article.authors[0] if len(article.authors) == 1 else None
    statements = find_statements(article.text, sentences, language, author=author)
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
        words=_word_count(article.text, sentences, tokenized),
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
        keywords=keywords(sentences, language=language, tokenized=tokenized),
        sentences=sentences,
    )


# A character that a word of ``tokenize.words`` may hold: a letter, a digit or a joiner.
_WORD_PART = re.compile(r"[^\W_]|['’.\-‐]")


def _word_count(
    text: str, sentences: Sequence[Sentence], tokenized: Sequence[Sequence[str]]
) -> int:
    """``len(words(text))``, from the words of the sentences the analysis has already.

    The sentences hold all the text but blank space, a skipped list marker or dateline: only
    these are read again. Where a word could run across a sentence's edge (a letter or joiner on
    both sides, which the splitter never leaves), the whole text is read instead.
    """
    count = sum(map(len, tokenized))
    position = 0
    for sentence in sentences:
        if _inside_word(text, sentence.start) or _inside_word(text, sentence.end):
            return len(words(text))
        gap = text[position : sentence.start]
        if gap and not gap.isspace():
            count += len(words(gap))
        position = sentence.end
    return count + len(words(text[position:]))


def _inside_word(text: str, edge: int) -> bool:
    """Whether a word could run across ``edge``: a letter, digit or joiner on both sides."""
    return (
        0 < edge < len(text)
        and _WORD_PART.match(text, edge - 1) is not None
        and _WORD_PART.match(text, edge) is not None
    )
