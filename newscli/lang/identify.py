"""Language identification that knows when it does not know.

The text decides; a page's declared language is a hint, used only when the text is too short or
too ambiguous to tell. Three steps, cheapest first:

1. **Writing system.** Greek, Hebrew, Thai, Hangul, kana and Han text is decided by its letters
   alone. A script newscli has no language for (Georgian, Tamil, ...) gives ``None``.
2. **Stop words, normalised for list size.** For Latin, Cyrillic, Arabic and Devanagari text, each
   candidate language's stop-word list is a unigram model: a word on a list of ``n`` words has
   probability ``HIT / n``, any other word ``(1 - HIT) / VOCABULARY``. A hit on a long list is
   weaker evidence than a hit on a short one, so list sizes do not decide. The answer stands when
   it is *sure*: enough of the text is on the winner's list, it leads the runner-up clearly, and
   the text uses the winner's alphabet (Azerbaijani "ə", Icelandic "ð" or Sorbian "ě" beside "ł"
   are not Turkish, Danish or Polish).
3. **A trained model**, only when step 2 is unsure (short or unusual text, a language without a
   stop-word list): py3langid, a naive Bayes model over byte n-grams covering ~100 languages. It
   takes about a second to load, so it is loaded on first need; English news never needs it.

Only languages in ``SUPPORTED`` are ever returned; anything else (including a language py3langid
recognises but newscli has no resources for) is ``None``, rendered as "und" (undetermined).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import Any

from newscli.lang.stopwords import stop_words

# Languages newscli identifies and has resources for (stop words; most have a Snowball stemmer),
# each measured in benchmarks/languages.py. ISO 639-1 code -> English name.
SUPPORTED: dict[str, str] = {
    "ar": "Arabic",
    "bg": "Bulgarian",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sv": "Swedish",
    "th": "Thai",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
UNDETERMINED = "und"

# Names people type for a language besides its code and English name: its own name.
_ENDONYMS = {
    "ar": "العربية",
    "bg": "български",
    "cs": "čeština",
    "da": "dansk",
    "de": "deutsch",
    "el": "ελληνικά",
    "es": "español",
    "et": "eesti",
    "fa": "فارسی",
    "fi": "suomi",
    "fr": "français",
    "he": "עברית",
    "hi": "हिन्दी",
    "hu": "magyar",
    "id": "bahasa indonesia",
    "it": "italiano",
    "ja": "日本語",
    "ko": "한국어",
    "lt": "lietuvių",
    "lv": "latviešu",
    "nl": "nederlands",
    "no": "norsk",
    "pl": "polski",
    "pt": "português",
    "ro": "română",
    "ru": "русский",
    "sk": "slovenčina",
    "sl": "slovenščina",
    "sv": "svenska",
    "th": "ไทย",
    "tr": "türkçe",
    "uk": "українська",
    "vi": "tiếng việt",
    "zh": "中文",
}
# Other codes and names for a supported language (ISO 639-2/3, macrolanguage members).
_ALIASES = {
    "nb": "no",
    "nn": "no",
    "bokmål": "no",
    "bokmal": "no",
    "nynorsk": "no",
    "farsi": "fa",
    "mandarin": "zh",
    "castilian": "es",
    "flemish": "nl",
    "iw": "he",
    "in": "id",
}


class UnknownLanguageError(ValueError):
    """A language name or code newscli does not support."""


def normalize_language(value: str) -> str:
    """The ISO 639-1 code for ``value``: a code (``de``, ``DE``, ``de-AT``, ``deu``), an English
    name (``German``) or the language's own name (``Deutsch``). Raises ``UnknownLanguageError``."""
    key = " ".join(value.strip().lower().replace("_", "-").split())
    code = _NAMES.get(key) or _NAMES.get(key.split("-")[0])
    if code is None:
        raise UnknownLanguageError(
            f"unknown or unsupported language {value!r}; use an ISO 639-1 code or English name: "
            + ", ".join(sorted(SUPPORTED))
        )
    return code


def _names() -> dict[str, str]:
    names = {code: code for code in SUPPORTED}
    names.update({name.lower(): code for code, name in SUPPORTED.items()})
    names.update({endonym: code for code, endonym in _ENDONYMS.items()})
    names.update(_ALIASES)
    names.update(_ISO639_3)
    return names


# Three-letter codes (ISO 639-2/T and /B) of the supported languages.
_ISO639_3 = {
    "ara": "ar",
    "bul": "bg",
    "ces": "cs",
    "cze": "cs",
    "dan": "da",
    "deu": "de",
    "ger": "de",
    "ell": "el",
    "gre": "el",
    "eng": "en",
    "spa": "es",
    "est": "et",
    "fas": "fa",
    "per": "fa",
    "fin": "fi",
    "fra": "fr",
    "fre": "fr",
    "heb": "he",
    "hin": "hi",
    "hun": "hu",
    "ind": "id",
    "ita": "it",
    "jpn": "ja",
    "kor": "ko",
    "lit": "lt",
    "lav": "lv",
    "nld": "nl",
    "dut": "nl",
    "nor": "no",
    "nob": "no",
    "nno": "no",
    "pol": "pl",
    "por": "pt",
    "ron": "ro",
    "rum": "ro",
    "rus": "ru",
    "slk": "sk",
    "slo": "sk",
    "slv": "sl",
    "swe": "sv",
    "tha": "th",
    "tur": "tr",
    "ukr": "uk",
    "vie": "vi",
    "zho": "zh",
    "chi": "zh",
}
_NAMES = _names()


@dataclass(frozen=True)
class Identification:
    """What the identifier decided and how sure it is."""

    language: str | None
    """ISO 639-1 code of a supported language, or None (undetermined)."""
    method: str
    """How it was decided: "script", "stopwords", "model", "declared" or "none"."""
    confidence: float
    """From 0 (a guess) to 1."""


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The language of ``text`` (ISO 639-1), or None when it cannot be told or is unsupported.

    ``declared`` is what the page says about itself (``<html lang>``): it decides only when the
    text is too short or too ambiguous.
    """
    return identify(text, declared).language


def identify(text: str, declared: str | None = None) -> Identification:
    """Identify the language of ``text``; see the module's docstring for how."""
    hint = _supported_code(declared)
    sample = unicodedata.normalize("NFC", text[:SAMPLE_CHARS])
    found = _WORD.findall(sample)  # (every letter of the sample is in one of its words)
    counts = _script_counts(sample, found)
    letters = sum(counts.values())
    script, n = counts.most_common(1)[0] if counts else ("other", 0)
    # A CJK character carries about as much as a short word; an alphabet's letter much less.
    if letters < (MIN_CJK if script in _CJK_SCRIPTS or script in _SCRIPT_LANGUAGE else MIN_LETTERS):
        return Identification(hint, "declared", 0.5) if hint else _NONE
    share = n / letters
    decided = _by_script(script, counts, letters) if share >= 0.5 else None
    if decided is not None:
        language = decided if decided in SUPPORTED else None
        return Identification(language, "script", 1.0 if language else 0.0)
    candidates = _CANDIDATES.get(script, ())
    leader = None
    written = _written_words(found)
    if share >= 0.5 and candidates:
        verdict = _stop_word_verdict(_lowered(written), candidates, written, sample.isascii())
        if verdict.sure:
            return Identification(verdict.language, "stopwords", verdict.confidence)
        if hint and hint in verdict.plausible:
            return Identification(hint, "declared", 0.5)
        leader = verdict.language
    return _by_model(sample, hint, leader, written)


_NONE = Identification(None, "none", 0.0)
SAMPLE_CHARS = 20_000
MIN_LETTERS = 20
MIN_CJK = 6
_CJK_SCRIPTS = frozenset({"han", "kana", "hangul"})


def _supported_code(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        code = normalize_language(declared)
    except UnknownLanguageError:
        return None
    return code


# --- step 1: writing systems -------------------------------------------------------------------

_SCRIPT_RANGES = (
    ("latin", 0x0041, 0x024F),
    ("latin", 0x1E00, 0x1EFF),
    ("greek", 0x0370, 0x03FF),
    ("greek", 0x1F00, 0x1FFF),
    ("cyrillic", 0x0400, 0x052F),
    ("armenian", 0x0530, 0x058F),
    ("hebrew", 0x0590, 0x05FF),
    ("arabic", 0x0600, 0x06FF),
    ("arabic", 0x0750, 0x077F),
    ("arabic", 0xFB50, 0xFEFF),
    ("devanagari", 0x0900, 0x097F),
    ("bengali", 0x0980, 0x09FF),
    ("tamil", 0x0B80, 0x0BFF),
    ("thai", 0x0E00, 0x0E7F),
    ("georgian", 0x10A0, 0x10FF),
    ("hangul", 0x1100, 0x11FF),
    ("kana", 0x3040, 0x30FF),
    ("han", 0x3400, 0x4DBF),
    ("han", 0x4E00, 0x9FFF),
    ("hangul", 0xAC00, 0xD7AF),
    ("kana", 0xFF66, 0xFF9F),
)


def _script_of(ch: str) -> str:
    point = ord(ch)
    for name, low, high in _SCRIPT_RANGES:
        if low <= point <= high:
            return name
    return "other"


def _script_counts(sample: str, found: list[str]) -> Counter[str]:
    """Letters per writing system.

    ``found``: the sample's words, which hold all its letters. Their ASCII letters (nearly all of
    them in Latin text) are counted at once; each distinct other character is classified once,
    after a count of them all in C. That leaves the order of the systems to chance, which only
    matters when two of them tie for the most letters (the first wins): then the sample is
    counted character by character, in its own order.
    """
    joined = "".join(found)
    ascii_letters = len(joined.encode("ascii", "ignore"))
    others = joined if not ascii_letters else _ASCII_LETTERS.sub("", joined)
    counts: Counter[str] = Counter()
    if ascii_letters:
        counts["latin"] = ascii_letters
    for ch, n in Counter(others).items():
        if ch.isalpha():
            counts[_script_of(ch)] += n
    top = counts.most_common(2)
    if len(top) == 2 and top[0][1] == top[1][1]:
        return _script_counts_in_order(sample)
    return counts


def _script_counts_in_order(sample: str) -> Counter[str]:
    """Letters per writing system, in the order the sample first uses each. Each distinct
    character is classified once (a text has a few hundred), after a count of them all in C."""
    counts: Counter[str] = Counter()
    for ch, n in Counter(sample).items():
        if ch.isalpha():
            counts[_script_of(ch)] += n
    return counts


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def _by_script(script: str, counts: Counter[str], letters: int) -> str | None:
    """The language a writing system decides alone, "?" when it cannot, None for none."""
    if script in ("han", "kana"):
        cjk = counts["han"] + counts["kana"]
        return "ja" if counts["kana"] >= 0.1 * cjk else "zh"
    return _SCRIPT_LANGUAGE.get(script)


# Scripts that one supported language owns. Yiddish (Hebrew script) and Greek's neighbours are too
# rare in news to trade the speed for.
_SCRIPT_LANGUAGE = {
    "greek": "el",
    "hebrew": "he",
    "thai": "th",
    "hangul": "ko",
}


# --- step 2: stop words ------------------------------------------------------------------------

# Candidate languages per script: the supported ones and neighbours that have a stop-word list, so
# that Galician or Catalan text is not read as a supported neighbour with confidence.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "latin": tuple(
        "en de fr es it pt nl sv da no pl cs sk sl tr fi hu ro et lv lt id vi "
        "ca gl eu ga af la eo ms tl sw so br ku hr".split()
    ),
    "cyrillic": ("ru", "uk", "bg", "mk"),
    "arabic": ("ar", "fa", "ur"),
    "devanagari": ("hi", "mr"),
}

HIT = 0.45
"""Share of running text that is stop words (about a half in most languages)."""
VOCABULARY = 100_000
"""Size of the open vocabulary the other words are drawn from."""

# Letters beyond a-z that each language writes (lower case). A text whose letters fall outside its
# winner's alphabet more often than FOREIGN_LETTERS is another language (or a quotation).
_LATIN_EXTRA = {
    "en": "",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõú",
    "nl": "éëïöüèáóú",
    "sv": "åäöé",
    "da": "æøåé",
    "no": "æøåéèêóòô",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "sl": "čšžćđ",
    "tr": "çğıöşüâîû",
    "fi": "äöåšž",
    "hu": "áéíóöőúüű",
    "ro": "ăâîșțşţ",
    "et": "äöõüšž",
    "lv": "āčēģīķļņšūž",
    "lt": "ąčęėįšųūž",
    "id": "é",
    "vi": ("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"),
}
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
_ALPHABETS: dict[str, frozenset[str]] = {
    **{
        code: frozenset("abcdefghijklmnopqrstuvwxyz" + extra)
        for code, extra in _LATIN_EXTRA.items()
    },
    "ru": frozenset(_CYRILLIC + "ё"),
    "uk": frozenset(_CYRILLIC.replace("ъ", "").replace("ы", "").replace("э", "") + "іїєґ"),
    "bg": frozenset(_CYRILLIC.replace("ы", "").replace("э", "")),
}
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "bg"})
FOREIGN_LETTERS = 0.005

# Tuned on the dev split of benchmarks/languages.py (see there).
MIN_WORDS = 4
MIN_COVERAGE = 0.2
"""Least share of the words that must be on the winner's list (unknown languages hit less)."""
MIN_MARGIN = 0.5
"""Least lead in log-likelihood per word over the runner-up."""
MIN_HITS = 3


@dataclass(frozen=True)
class _Verdict:
    language: str | None
    sure: bool
    confidence: float
    plausible: frozenset[str]


_WORD = re.compile(r"[^\W\d_]+")


def _written_words(found: list[str]) -> Counter[str]:
    """How often the sample writes each of its words ``found``, as written (case and all), in
    order of first use.

    A text writes each word about three times: the steps below look at each distinct one once.
    """
    return Counter(found)


def _lowered(written: Counter[str]) -> Counter[str]:
    """``written``'s counts by lower-case word (a dotted capital I lowered to a plain i), in the
    order of each lower-case word's first use."""
    # The words are lowered together, one per line (a word holds no line break, and a line break
    # ends the context of a final sigma as a word's end does).
    lowered = "\n".join(written).lower().replace("\u0307", "").split("\n")
    counts: dict[str, int] = {}  # (a Counter would call its __missing__ for each new word)
    for word, count in zip(lowered, written.values(), strict=True):
        counts[word] = counts.get(word, 0) + count
    return Counter(counts)


# Function words of unsupported neighbours that have no stop-word list, so that their text is not
# read as the supported neighbour's: Macedonian beside Bulgarian.
_NEIGHBOUR_WORDS = {
    "mk": frozenset(
        "во што ќе со од ова тоа овој оваа овие кој која кое кои се на и да не е го ги ја му им "
        "беше бил била биле сум си сме сте ние вие тие таа тој нив неа него меѓу пред по за до "
        "при без или но ако како кога каде зошто сè само уште веќе многу исто така треба може "
        "нема има ги нивните својата своите".split()
    ),
}


def _candidate_words(code: str) -> frozenset[str]:
    return _NEIGHBOUR_WORDS.get(code) or stop_words(code)


@cache
def _stop_word_index(candidates: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Word -> the candidates whose list has it, in ``candidates``' order."""
    index: dict[str, list[str]] = {}
    for code in candidates:
        for word in _candidate_words(code):
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


@cache
def _weight(code: str) -> float:
    """Log-likelihood gain of a word on ``code``'s list over an open-vocabulary word."""
    size = len(_candidate_words(code)) or 1
    return math.log(HIT / size) - math.log((1.0 - HIT) / VOCABULARY)


def _stop_word_verdict(
    counts: Counter[str], candidates: Iterable[str], written: Counter[str], ascii_only: bool
) -> _Verdict:
    """What the stop words of ``candidates`` say of a text whose lower-case words are ``counts``
    (``written``: its words as written, for the alphabet check)."""
    n = counts.total()
    if n < MIN_WORDS:
        return _Verdict(None, False, 0.0, frozenset(candidates))
    # Evidence grows with the logarithm of a word's repeats: a menu that repeats a few words
    # ("September ... December ...": month names are on some lists) must not outweigh prose.
    candidates = tuple(candidates)
    # One pass over the text's words, each looked up once in an index of every candidate's list
    # (was: a pass per candidate); each candidate still adds its words up in the text's order.
    # A word's evidence is worked out once, however many of the lists hold it.
    found: dict[str, list[int]] = {code: [] for code in candidates}
    gains: dict[str, list[float]] = {code: [] for code in candidates}
    index = _stop_word_index(candidates)
    # (every word is looked up in C; the loop below runs over the stop words alone)
    lookups = list(map(index.get, counts))
    for count, codes in zip(compress(counts.values(), lookups), filter(None, lookups), strict=True):
        gain = 1.0 + math.log(count)
        for code in codes:
            found[code].append(count)
            gains[code].append(gain)
    scored = []
    for code in candidates:
        scored.append((sum(gains[code]) * _weight(code), sum(found[code]), code))
    scored.sort(reverse=True)
    (best_score, hits, best), (second_score, _, _) = scored[0], scored[1]
    margin = (best_score - second_score) / n
    coverage = hits / n
    plausible = frozenset(code for score, _, code in scored if score >= best_score - 2.0 * n * 0.5)
    sure = (
        best in SUPPORTED
        and hits >= MIN_HITS
        and coverage >= MIN_COVERAGE
        and margin >= MIN_MARGIN
        and _foreign_share(written, best, ascii_only) <= FOREIGN_LETTERS
    )
    confidence = min(1.0, margin / (2 * MIN_MARGIN)) if sure else 0.0
    return _Verdict(best, sure, confidence, plausible)


def _foreign_share(written: Counter[str], code: str, ascii_only: bool) -> float:
    """Share of the letters of a text's common words that ``code``'s alphabet does not have.

    ``written``: the text's words as written, with their counts. Only words written in lower case
    count: names ("Erdoğan" in an English text) keep their own spelling, while a language's common
    words are written in its own alphabet. Letters of other scripts (a Latin name in Russian text)
    do not count either.
    """
    alphabet = _ALPHABETS.get(code)
    if alphabet is None or ascii_only:
        return 0.0
    script = "cyrillic" if code in _CYRILLIC_LANGUAGES else "latin"
    scripts: dict[str, str] = {}  # a word's first letter -> its writing system
    deletion = _deletion_table(code)
    letters = foreign = 0
    latin = script == "latin"
    for word, count in written.items():
        if not word.islower():
            continue
        if word.isascii():
            # Letters a-z, which every Latin alphabet has: nothing foreign to count.
            if latin:
                letters += count * len(word)
            continue
        first = word[0]
        if first not in scripts:
            scripts[first] = _script_of(first)
        if scripts[first] == script:
            word = word.replace("\u0307", "")
            letters += count * len(word)
            # What the alphabet's deletion table leaves are the foreign letters (counted in C).
            foreign += count * len(word.translate(deletion))
    return foreign / letters if letters else 0.0


@cache
def _deletion_table(code: str) -> dict[int, None]:
    return dict.fromkeys(map(ord, _ALPHABETS.get(code, ())))


# --- step 3: py3langid, loaded on first need ---------------------------------------------------

MODEL_MIN_PROBABILITY = 0.5
"""Below this (normalised) probability the model's first choice is not trusted..."""
AGREED_MIN_PROBABILITY = 0.25
"""...unless the stop words lean the same way and it has at least this much."""
_MODEL_ALIASES = {"nb": "no", "nn": "no"}


@cache
def _model() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def model_available() -> bool:
    """Whether py3langid can be imported (it is a dependency; a broken install degrades)."""
    try:
        import py3langid  # noqa: F401
    except ImportError:
        return False
    return True


def _by_model(
    sample: str, hint: str | None, leader: str | None, written: Counter[str]
) -> Identification:
    """py3langid's answer when it is confident, or when it agrees with the stop-word leader."""
    if not model_available():
        return Identification(hint, "declared", 0.5) if hint else _NONE
    ranking: list[tuple[str, float]] = _model().rank(sample[:MODEL_CHARS])
    merged: dict[str, float] = {}
    for label, probability in ranking:
        code = _MODEL_ALIASES.get(label, label)
        merged[code] = merged.get(code, 0.0) + float(probability)
    best = max(merged, key=merged.__getitem__)
    probability = merged[best]
    threshold = AGREED_MIN_PROBABILITY if best == leader else MODEL_MIN_PROBABILITY
    if best in SUPPORTED and probability >= threshold:
        if _foreign_share(written, best, sample.isascii()) <= FOREIGN_LETTERS:
            return Identification(best, "model", probability)
        return _NONE
    if hint and best in SUPPORTED and merged.get(hint, 0.0) >= DECLARED_MIN_PROBABILITY:
        return Identification(hint, "declared", 0.5)
    return _NONE


MODEL_CHARS = 3000
DECLARED_MIN_PROBABILITY = 0.1
"""An unsure model still backs the page's declaration when it gives it at least this much."""
