"""Bytes to text: BOMs, UTF-8/16, declared and detected legacy charsets, binary refused."""

from __future__ import annotations

import codecs

import pytest
from http_server import LEGACY_TEXTS, legacy_page
from hypothesis import given
from hypothesis import strategies as st

from newscli.errors import DecodeError, EmptyInputError
from newscli.ingest.decode import binary_kind, decode, known_encoding, repair_mojibake
from newscli.sanitize import strip_controls

ENGLISH = "The harbour council met on Tuesday and agreed to rebuild the seawall.\n"


def test_utf8_without_bom() -> None:
    assert decode("Café “quoted” — naïve\n".encode()) == ("Café “quoted” — naïve\n", "utf-8")


def test_utf8_bom_is_dropped() -> None:
    assert decode(codecs.BOM_UTF8 + "Café\n".encode()) == ("Café\n", "utf-8")


@pytest.mark.parametrize(
    ("bom", "codec"), [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
)
def test_utf16_with_bom(bom: bytes, codec: str) -> None:
    text, encoding = decode(bom + ENGLISH.encode(codec))
    assert (text, encoding) == (ENGLISH, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(codec: str) -> None:
    assert decode(ENGLISH.encode(codec)) == (ENGLISH, codec)


def test_utf16_without_bom_declared_by_header() -> None:
    text = LEGACY_TEXTS["shift_jis"]
    assert decode(text.encode("utf-16-le"), declared="utf-16le")[0] == text


@pytest.mark.parametrize("encoding", sorted(LEGACY_TEXTS))
def test_legacy_encoding_declared_by_header(encoding: str) -> None:
    text = LEGACY_TEXTS[encoding]
    assert decode(text.encode(encoding), declared=encoding)[0] == text


@pytest.mark.parametrize("encoding", sorted(LEGACY_TEXTS))
def test_legacy_encoding_declared_by_meta(encoding: str) -> None:
    assert LEGACY_TEXTS[encoding] in decode(legacy_page(encoding, meta=True))[0]


@pytest.mark.parametrize("encoding", sorted(LEGACY_TEXTS))
def test_legacy_encoding_undeclared_is_detected(encoding: str) -> None:
    text = LEGACY_TEXTS[encoding]
    assert decode((text + "\n" + text).encode(encoding))[0] == text + "\n" + text


def test_latin1_label_reads_curly_quotes_as_windows_1252() -> None:
    data = "\u201cYes,\u201d she said.".encode("cp1252")
    assert decode(data, declared="ISO-8859-1") == ("\u201cYes,\u201d she said.", "cp1252")


def test_gb2312_label_reads_gbk_characters() -> None:
    text = "镕基"  # the first character is in GBK but not in GB2312
    assert decode(text.encode("gbk"), declared="gb2312")[0] == text


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    assert decode("Zürich".encode(), declared="koi8-r") == ("Zürich", "utf-8")


def test_unknown_declared_charset_falls_back_to_detection() -> None:
    text = LEGACY_TEXTS["koi8-r"]
    assert decode(text.encode("koi8-r"), declared="no-such-charset")[0] == text


def test_meta_charset_in_xml_declaration() -> None:
    data = b'<?xml version="1.0" encoding="koi8-r"?><p>' + "Привет, мир".encode("koi8-r")
    assert "Привет, мир" in decode(data)[0]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "a Windows executable"),
    ],
)
def test_binary_magic_is_refused_by_name(data: bytes, kind: str) -> None:
    with pytest.raises(DecodeError, match=kind):
        decode(data + b"\x00" * 64)


def test_text_starting_like_a_weak_signature_is_text() -> None:
    text = "MZ Wallace opened a shop on Main Street.\n"
    assert binary_kind(text.encode()) is None
    assert decode(text.encode())[0] == text


def test_many_nul_bytes_mean_binary() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(b"abc\x00\x01\x02" * 100)


def test_a_stray_nul_byte_is_stripped() -> None:
    data = ENGLISH.encode() * 20 + b"\x00" + ENGLISH.encode()
    text, _ = decode(data)
    assert "\x00" not in text
    assert text == ENGLISH * 21


def test_empty_input_is_refused() -> None:
    with pytest.raises(EmptyInputError):
        decode(b"")


def test_whitespace_only_input_is_refused() -> None:
    with pytest.raises(EmptyInputError):
        decode(b" \n\t\n")


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("ISO-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("GB2312", "gb18030"),
        ("Shift_JIS", "cp932"),
        ("windows-1251", "cp1251"),
        ("rot13", None),
        ("no-such-charset", None),
    ],
)
def test_known_encoding_maps_labels_to_browser_codecs(label: str, codec: str | None) -> None:
    assert known_encoding(label) == codec


# Format characters (Cf: bidi overrides, invisible joiners) and noncharacters (Cn) are left out:
# newscli.sanitize removes them where they hide or reorder text (tests/test_terminal_safety.py).
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cf", "Cn"))))
def test_utf8_text_round_trips(text: str) -> None:
    # Text that reads like misread UTF-8 ("Â¡", "Ã©") is repaired instead (tested below), and
    # invisible characters that only hide or split words (U+034F ...) are removed on purpose.
    if not text.strip() or repair_mojibake(text) != text or strip_controls(text) != text:
        return
    assert decode(text.encode("utf-8")) == (text.removeprefix("\ufeff"), "utf-8")


@given(st.binary(max_size=512))
def test_decode_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except (DecodeError, EmptyInputError):
        return
    assert isinstance(text, str)
    assert encoding


# Each legacy family, undeclared: paragraphs written for tests/test_languages.py.
LEGACY = [
    ("cs", "cp1250"),
    ("cs", "iso8859-2"),
    ("pl", "cp1250"),
    ("pl", "iso8859-2"),
    ("hu", "iso8859-2"),
    ("tr", "cp1254"),
    ("ru", "cp1251"),
    ("ru", "koi8-r"),
    ("uk", "koi8-u"),
    ("bg", "cp1251"),
    ("el", "cp1253"),
    ("he", "cp1255"),
    ("ar", "cp1256"),
    ("lt", "cp1257"),
    ("th", "cp874"),
    ("de", "cp1252"),
    ("fr", "cp1252"),
    ("zh", "gb18030"),
    ("ja", "shift_jis"),
    ("ja", "euc_jp"),
    ("ko", "euc_kr"),
]


@pytest.mark.parametrize(("code", "encoding"), LEGACY)
def test_undeclared_legacy_family_decodes_right(code: str, encoding: str) -> None:
    from tests.test_languages import PARAGRAPHS

    text = PARAGRAPHS[code]
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text


def test_undeclared_big5_decodes_right() -> None:
    text = (
        "市議會週二經過長時間辯論後批准了新的預算。"
        + "大多數議員表示，這項計畫將幫助該地區的學校和醫院。"
    )
    assert decode(text.encode("big5"))[0] == text


def test_a_repeated_phrase_is_not_read_as_a_neighbours_code_page() -> None:
    text = "Příliš žluťoučký kůň úpěl ďábelské ódy. " * 200
    assert decode(text.encode("cp1250"))[0] == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Enrique PeÃ±a Nieto", "Enrique Peña Nieto"),
        ("itâ€™s â€œfineâ€\x9d", "it’s “fine”"),
        ("Ã\x81lvaro", "Álvaro"),
        ("PÅ™Ã­liÅ¡ Å¾luÅ¥ouÄ\x8dkÃ½", "Příliš žluťoučký"),
    ],
)
def test_utf8_misread_as_windows_1252_is_repaired(garbled: str, fixed: str) -> None:
    assert repair_mojibake(garbled) == fixed
    assert decode(garbled.encode("utf-8"))[0] == fixed


@pytest.mark.parametrize("text", ["naïve café", "Ã quelle heure", "£5 Â 7", "Größe ÄÖÜ"])
def test_real_accented_text_is_not_repaired(text: str) -> None:
    assert repair_mojibake(text) == text


@given(st.text(alphabet="aeinrstáéíóúñçàèüöäßčšžřěłąę ", min_size=1, max_size=60))
def test_mojibake_of_any_accented_text_is_undone(text: str) -> None:
    garbled = text.encode("utf-8").decode("cp1252", errors="replace")
    if "\ufffd" in garbled:
        return
    assert repair_mojibake(garbled) == text


# Valid UTF-8 whose bytes hold nothing to clean or repair skips the text-level cleaning: the same
# text must come out either way.

_PIECES = [
    *"ab Z.\n\r\t\u00e9\u00e0\u2019\u201c\u00a0\u0436\u4e2d",
    *("\x00", "\x07", "\x0b", "\x1b[2J", "\x7f", "\x85", "\x9b"),
    *("\u00ad", "\u034f", "\u061c", "\u180e", "\u200b", "\u200d", "\u202e", "\u2060", "\u2066"),
    *("\ufdd0", "\ufeff", "\ufffe", "\U0001f600", "\U000e0041", "\U0001fffe", "\u2028"),
    *("\u00c3\u00a9", "\u00e2\u20ac\u2122", "\u00c3\u00bc", "\u00c2\u00a0"),  # mojibake runs
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join))
def test_fast_path_decodes_like_the_full_cleaning(text: str) -> None:
    from newscli.ingest.decode import _decode_bytes
    from newscli.sanitize import sanitize_text

    data = text.encode("utf-8")
    if not data.strip():
        return  # refused as empty either way
    try:
        decoded, encoding = _decode_bytes(data, None)
    except DecodeError:
        with pytest.raises(DecodeError):
            decode(data)
        return
    expected = sanitize_text(repair_mojibake(decoded))
    if not expected.strip():
        with pytest.raises(EmptyInputError):
            decode(data)
        return
    assert decode(data) == (expected, encoding)
