"""Bad, hostile and odd input: each gets a result or one clear line and the right exit code."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscli.cli.app import cli

ARTICLE = (
    "Bridge Reopens After Repairs\n\n"
    "The old river bridge reopened to traffic on Monday after eight months of repairs. "
    "Engineers replaced the deck and strengthened the piers. "
    '"We are proud of the crews who worked through the winter," said Mayor Lena Ortiz. '
    "The city spent $14 million on the work.\n"
)


def _summarize(
    runner: CliRunner, *args: str, input: str | bytes | None = None
) -> tuple[int, str, str]:
    result = runner.invoke(cli, ["summarize", "-f", "json", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def _one_error_line(stderr: str, path: str, fragment: str) -> None:
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith(f"newscli: error: {path}: ")
    assert fragment in stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b" \n\n\t \r\n", "only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        ("paper.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(300), "PDF"),
        ("program.md", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "ELF"),
        ("noise.txt", bytes((i * 97 + 13) % 256 for i in range(4096)), "binary input"),
        ("page.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
    ],
)
def test_unusable_files_fail_with_one_line(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes, fragment: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, stdout, stderr = _summarize(runner, str(path))
    assert code == 1
    error = json.loads(stdout)["error"]
    assert error["message"] in stderr
    _one_error_line(stderr, str(path), fragment)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
)
def test_encodings_decode_to_the_same_article(
    runner: CliRunner, tmp_path: Path, encoding: str
) -> None:
    text = ARTICLE.replace("Monday", "Monday — café crème") if encoding != "latin-1" else ARTICLE
    text = text.replace("—", "-") if encoding == "latin-1" else text
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    code, stdout, stderr = _summarize(runner, str(path))
    assert code == 0, stderr
    brief = json.loads(stdout)
    assert brief["title"] == "Bridge Reopens After Repairs"
    body = " ".join(s["text"] for s in brief["summary"])
    if encoding != "latin-1":
        assert "café crème" in body


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_do_not_matter(runner: CliRunner, tmp_path: Path, newline: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.replace("\n", newline).encode())
    code, stdout, _ = _summarize(runner, str(path))
    assert code == 0
    brief = json.loads(stdout)
    assert brief["title"] == "Bridge Reopens After Repairs"
    assert brief["stats"]["paragraphs"] == 1


def test_nul_bytes_are_dropped(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.replace("river", "ri\x00ver").encode())
    code, stdout, _ = _summarize(runner, str(path))
    assert code == 0
    assert "\\u0000" not in stdout and "river bridge" in stdout


def test_text_without_punctuation(runner: CliRunner) -> None:
    text = " ".join(["the council met again to discuss the harbour plan"] * 40)
    code, stdout, _ = _summarize(runner, input=text)
    assert code == 0
    assert json.loads(stdout)["summary"]


def test_a_title_alone(runner: CliRunner) -> None:
    code, stdout, _ = _summarize(runner, input="Bridge Reopens After Repairs\n")
    assert code == 0
    brief = json.loads(stdout)
    assert brief["summary"][0]["text"] == "Bridge Reopens After Repairs"


def test_a_single_sentence(runner: CliRunner) -> None:
    sentence = "The old river bridge reopened to traffic on Monday after eight months of repairs."
    code, stdout, _ = _summarize(runner, input=sentence)
    assert code == 0
    assert [s["text"] for s in json.loads(stdout)["summary"]] == [sentence]


def test_one_huge_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    word = "harbour council budget plan vote "
    path.write_text(word * (2_000_000 // len(word)), encoding="utf-8")
    # Not a test of the time limit: a loaded CI machine must not turn it into one.
    code, stdout, stderr = _summarize(runner, str(path), "--timeout", "600")
    assert code == 0, stderr
    assert json.loads(stdout)["stats"]["words"] > 250_000


def test_input_over_max_bytes_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 100, encoding="utf-8")
    code, _, stderr = _summarize(runner, str(path), "--max-bytes", "10KB")
    assert code == 1
    _one_error_line(stderr, str(path), "larger than --max-bytes 10.0 KB")


def test_stdin_over_max_bytes_is_refused(runner: CliRunner) -> None:
    code, _, stderr = _summarize(runner, "--max-bytes", "1KB", input=ARTICLE * 20)
    assert code == 1
    _one_error_line(stderr, "-", "larger than --max-bytes")


def test_deeply_nested_html(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    depth = 100_000
    path.write_text(
        "<html><body>"
        + "<div>" * depth
        + "<p>Deep text here.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    code, _, stderr = _summarize(runner, str(path))
    assert code in (0, 1)
    if code:
        _one_error_line(stderr, str(path), "")


def test_entity_expansion_payload_is_not_expanded(runner: CliRunner, tmp_path: Path) -> None:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    ]
    payload = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n'
        + "\n".join(entities)
        + "\n]>\n<lolz>&lol9;</lolz>\n"
    )
    path = tmp_path / "lolz.xml.txt"
    path.write_text(payload)
    code, stdout, stderr = _summarize(runner, str(path))
    assert code in (0, 1)
    assert len(stdout) < 100_000
    if code:
        _one_error_line(stderr, str(path), "")


def test_fifo_without_writer_is_empty(runner: CliRunner, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, _, stderr = _summarize(runner, str(fifo))
    assert code == 1
    _one_error_line(stderr, str(fifo), "empty input")


def test_symlink_loop(runner: CliRunner, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    code, _, stderr = _summarize(runner, str(a))
    assert code == 1
    _one_error_line(stderr, str(a), "symbolic link loop")


def test_unreadable_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    real_open = os.open

    def deny(target: object, *args: object, **kwargs: object) -> int:
        if str(target) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    code, _, stderr = _summarize(runner, str(path))
    assert code == 1
    _one_error_line(stderr, str(path), "permission denied")


def test_folder_without_articles(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    code, _, stderr = _summarize(runner, str(tmp_path))
    assert code == 1
    assert "no article files" in stderr


def test_missing_path_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    code, stdout, stderr = _summarize(runner, str(tmp_path / "missing.txt"))
    assert code == 2
    assert stdout == ""
    assert stderr.count("\n") == 1 and "no such file or directory" in stderr


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/article.txt"])
def test_unsupported_url_schemes(runner: CliRunner, url: str) -> None:
    code, _, stderr = _summarize(runner, url)
    assert code == 1
    _one_error_line(stderr, url, "unsupported URL scheme")


LANGUAGE_ARTICLES = {
    "de": (
        "Stadtrat beschließt neuen Haushalt\n\n"
        "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen. Er sieht mehr Geld für "
        "Schulen "
        'und Straßen vor. "Wir investieren in die Zukunft der Stadt", sagte Bürgermeisterin '
        "Anna Weber. "
        "Die Opposition kritisierte die hohen Kosten."
    ),
    "fr": (
        "Le conseil municipal adopte un nouveau budget\n\n"
        "Le conseil municipal a adopté mardi un nouveau budget. Il prévoit plus d'argent pour les "
        "écoles "
        "et les routes. « Nous investissons dans l'avenir de la ville », a déclaré la maire Claire "
        "Martin. "
        "L'opposition a critiqué le coût élevé du projet."
    ),
    "es": (
        "El ayuntamiento aprueba un nuevo presupuesto\n\n"
        "El ayuntamiento aprobó el martes un nuevo presupuesto. Prevé más dinero para las escuelas "
        "y las "
        'carreteras. "Invertimos en el futuro de la ciudad", dijo la alcaldesa Lucía Gómez. '
        "La oposición "
        "criticó el alto coste del proyecto."
    ),
    "zh": (
        "市议会通过新预算\n\n"
        "市议会周二通过了一项新预算。该预算为学校和道路提供更多资金。市长王丽说：“我们正在投资城市的未来。”"
        "反对派批评了该项目的高昂成本。"
    ),
    "ar": (
        "المجلس البلدي يقر ميزانية جديدة\n\n"
        "أقر المجلس البلدي يوم الثلاثاء ميزانية جديدة. وتخصص الميزانية المزيد من الأموال للمدارس "
        "والطرق. "
        "وقالت رئيسة البلدية ليلى حسن إن المدينة تستثمر في مستقبلها. وانتقدت المعارضة التكلفة "
        "العالية للمشروع."
    ),
}


@pytest.mark.parametrize("language", sorted(LANGUAGE_ARTICLES))
def test_other_languages_get_a_brief(runner: CliRunner, language: str) -> None:
    code, stdout, stderr = _summarize(runner, input=LANGUAGE_ARTICLES[language])
    assert code == 0, stderr
    brief = json.loads(stdout)
    assert brief["language"] == language
    assert brief["title"] == LANGUAGE_ARTICLES[language].split("\n")[0]
    assert brief["summary"]
    assert brief["stats"]["sentences"] >= 3


def test_language_option_overrides_detection(runner: CliRunner) -> None:
    code, stdout, _ = _summarize(runner, "--language", "fr", input=ARTICLE)
    assert code == 0
    assert json.loads(stdout)["language"] == "fr"
