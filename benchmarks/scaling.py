"""Time and peak memory of `newscli summarize` as the input grows: 1k, 10k, 100k and 1M words.

    python benchmarks/scaling.py [--sizes 1000,10000,100000,1000000] [--method news]

Each size runs in a fresh process (the installed pipeline, as the CLI runs it); peak memory is that
process's maximum resident set size. Inputs are CNN/DailyMail articles from the corpora folder
laid end to end (or generated sentences when the corpora are absent), as one long article.
Target (issue 8): from 20,000 to 400,000 words time grows at most 30x and peak memory stays under
1.5 GB.

    python benchmarks/scaling.py --patterns [--repeat 3]

times the whole brief (``pipeline.brief``, in this process, best of ``--repeat`` runs) on the
adversarial inputs of issue 12 item 11 at n and 10 n repetitions: a list of 2,000 quoted words
(`The board banned: "w0", "w1", …`) and `"Anna Berg Carl Dahl said "` repeated, and their
German, French and Spanish counterparts (a quoted list, an endless sentence of names and speech
verbs, a dash-led dialogue, a chain of "según"). Target: ten times the input costs at most
twelve times the time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpora import corpora_dir  # noqa: E402

CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
from newscli.pipeline import run_source
from newscli.options import Options
from newscli.model import Source
from pathlib import Path
brief = run_source(Source.file(Path(sys.argv[1])), "summarize", Options(method=sys.argv[2]))
json.dumps(brief.as_dict())
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "words": brief.stats.words,
                  "sentences": brief.stats.sentences}))
"""


def source_paragraphs() -> list[str]:
    corpora = corpora_dir()
    path = corpora / "news-summaries" / "cnndm-test.jsonl.gz" if corpora else None
    if path and path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            records = [json.loads(line) for line in stream]
        return [r["article"] for r in records if r["text_form"] == "original_cased"]
    rng = random.Random(7)
    vocabulary = [
        "council",
        "budget",
        "minister",
        "river",
        "school",
        "police",
        "market",
        "energy",
        "court",
        "city",
    ]
    return [
        " ".join(
            f"The {rng.choice(vocabulary)} report said {rng.randint(2, 90)} people "
            f"met the {rng.choice(vocabulary)} officials on Monday."
            for _ in range(12)
        )
        for _ in range(200)
    ]


def write_input(words: int, paragraphs: list[str], folder: Path) -> Path:
    out: list[str] = ["Scaling Test Article"]
    count = 0
    i = 0
    while count < words:
        paragraph = paragraphs[i % len(paragraphs)]
        out.append(paragraph)
        count += len(paragraph.split())
        i += 1
    path = folder / f"scaling-{words}.txt"
    path.write_text("\n\n".join(out), encoding="utf-8")
    return path


# Long articles (issue 12 item 12: what --max-bytes admits, --timeout must finish): paragraphs
# written for this benchmark, repeated so the same names, descriptions, acronyms and pronouns
# recur thousands of times, or generated so that every paragraph names other people and bodies.
_EN_PARAGRAPH = (
    "Harbour Commission chair Odile Marchetti said on Monday that the Northfield Port Authority "
    "(NPA) would open the new ferry terminal in the spring. \u201cWe have waited long enough,"
    "\u201d she told reporters. The authority, which runs three piers, said the budget had grown. "
    "Councillor Ben Okafor, 52, a former pilot, disagreed. \u201cThe NPA has not answered our "
    "questions,\u201d he said.\n\n"
    "According to a report by the Coastal Audit Office, the terminal is "
    "late. The company behind the cranes, Kelderwick Marine, declined to comment. Mr Okafor added "
    "that the council would vote. The 52-year-old said: \u201cIt is a mistake.\u201d A young "
    "woman who works at the pier said the queues were long. \u2018It gets worse every week,\u2019 "
    "the young woman said. The report said the CAO had warned the NPA twice."
)
_DE_PARAGRAPH = (
    "Die Bürgermeisterin Katrin Albers sagte am Montag, die Stadt werde den Hafen ausbauen. "
    "\u201eWir haben lange genug gewartet\u201c, sagte sie. Der Sprecher der Hafenbehörde, Jonas "
    "Brandt, erklärte, die Kosten seien gestiegen. Laut der Behörde sei der Plan solide. "
    "\u201eDas ist ein Fehler\u201c, so Brandt. Ein Sprecher des Ministeriums sagte, man prüfe "
    "den Antrag. Der Sprecher fügte hinzu, die Entscheidung falle im Mai."
)
_FR_PARAGRAPH = (
    "La maire Odile Ferrand a déclaré lundi que la ville agrandirait le port. \u00ab Nous avons "
    "assez attendu \u00bb, a-t-elle ajouté. Le porte-parole de l\u2019autorité portuaire, Marc "
    "Dubois, a expliqué que les coûts avaient augmenté. Selon l\u2019autorité, le projet est "
    "solide. \u00ab C\u2019est une erreur \u00bb, estime Dubois. L\u2019entreprise Lindholm "
    "a refusé de commenter."
)
_ES_PARAGRAPH = (
    "La alcaldesa Lucía Serrano dijo el lunes que la ciudad ampliará el puerto. \u00abHemos "
    "esperado bastante\u00bb, añadió. El portavoz de la autoridad portuaria, Ramón Ugarte, "
    "explicó que los costes habían aumentado. Según la autoridad, el plan es sólido. \u00abEs un "
    "error\u00bb, afirmó Ugarte. Los vecinos se concentraron ante el ayuntamiento. \u00abNo nos "
    "escuchan\u00bb, dijeron."
)
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _word(i: int, ending: str) -> str:
    """A made-up capitalised word, different for every ``i`` below 4,900."""
    return (_SYLLABLES[i % 70] + _SYLLABLES[(i // 70) % 70] + ending).capitalize()


def _distinct_names(n: int) -> str:
    """Paragraphs that each name another person, role and body (no name recurs)."""
    paragraphs = []
    for i in range(n):
        first, last, body = _word(i, "n"), _word(i * 7 + 3, "ston"), _word(i * 11 + 5, "ia")
        paragraphs.append(
            f"Spokesman {first} {last} of the {body} Board said the plan would fail. "
            f"\u201cIt is too late,\u201d {last} said. The spokesman added that he would resign. "
            f"The {body} Board said in a statement that it regretted the delay."
        )
    return "\n\n".join(paragraphs)


def _acronyms(n: int) -> str:
    """Paragraphs that each spell out a body's acronym, then use it and an older one."""
    paragraphs = []
    for i in range(n):
        words = [_word(i * 13 + k * 977, "") for k in range(4)]
        acronym = "".join(w[0] for w in words) + "XA"
        name = " ".join(words) + " Xylem Agency"
        paragraphs.append(
            f"The {name} ({acronym}) said on Friday that prices would rise. "
            f"The {acronym} said the figures were final. A spokesman for the {acronym} declined "
            f"to comment, and the NPA said it would reply."
        )
    return "\n\n".join(paragraphs)


def _repeated(paragraphs: str) -> Callable[[int], str]:
    """``paragraphs`` n times, each copy numbered: the plain-text cleaner drops a paragraph
    printed again word for word, and a block of 100 words or more that mostly repeats earlier
    text, so the copies differ by their number and each paragraph stays shorter."""

    def build(n: int) -> str:
        return "\n\n".join(
            f"{paragraph} ({i + 1})" for i in range(n) for paragraph in paragraphs.split("\n\n")
        )

    return build


def _stories() -> str:
    """The texts of the extra attribution set (written for newscli's tests) whose style says
    fiction, end to end: a novel's worth of dialogue, where many people are named only inside
    the lines."""
    path = ROOT / "tests" / "fixtures" / "attribution" / "extra.jsonl"
    with path.open(encoding="utf-8") as stream:
        records = [json.loads(line) for line in stream]
    return "\n\n".join(r["text"] for r in records if "fiction" in r["style"].lower())


def _repeated_stories(n: int) -> str:
    return _repeated(_stories())(n)


# Adversarial inputs (issue 12, item 11): name -> (builder of n repetitions, n, language). The
# German, French and Spanish ones (issue 14) run their attribution grammar: a quoted list, one
# endless sentence of names and speech verbs, a dialogue of dash-led turns.
PATTERNS = {
    "quoted word list": (
        lambda n: "The board banned: " + ", ".join(f'"w{i}"' for i in range(n)) + ".",
        2000,
        None,
    ),
    "names before said": (lambda n: '"Anna Berg Carl Dahl said "' * n, 300, None),
    "de quoted list": (
        lambda n: "Der Vorstand verbot: " + ", ".join(f"„w{i}“" for i in range(n)) + ".",
        2000,
        "de",
    ),
    "de names and sagte": (
        lambda n: "Anna Berg sagte, der Kanzler Carl Dahl erklärte gegenüber der Zeitung, " * n,
        300,
        "de",
    ),
    "fr dash dialogue": (
        lambda n: "— Vous venez ? demande-t-il.\n\n— Oui, répond la maire Odile Ferrand.\n\n" * n,
        300,
        "fr",
    ),
    "es según chain": (
        lambda n: "Según fuentes del ministerio, dijo el portavoz Ramón Ugarte, " * n,
        300,
        "es",
    ),
    "en long article": (_repeated(_EN_PARAGRAPH), 100, None),
    "en distinct names": (_distinct_names, 300, None),
    "en acronyms": (_acronyms, 300, None),
    "en stories": (_repeated_stories, 2, None),
    "de long article": (_repeated(_DE_PARAGRAPH), 100, "de"),
    "fr long article": (_repeated(_FR_PARAGRAPH), 100, "fr"),
    "es long article": (_repeated(_ES_PARAGRAPH), 100, "es"),
}


def time_patterns(repeat: int, only: str | None = None) -> None:
    """Time ``pipeline.brief`` on each adversarial pattern at n and 10 n (``only``: the
    patterns whose names contain it)."""
    import time

    from newscli.options import Options
    from newscli.pipeline import brief

    print(f"{'pattern':<20} {'n':>6} {'KB':>6} {'seconds':>8} {'10n s':>8} {'x time':>7}")
    for name, (build, n, language) in PATTERNS.items():
        if only and only not in name:
            continue
        timings = []
        options = Options(language=language) if language else None
        for size in (n, 10 * n):
            text = build(size)
            best = float("inf")
            for _ in range(repeat):
                started = time.perf_counter()
                brief(text, options=options)
                best = min(best, time.perf_counter() - started)
            timings.append((len(text), best))
        (small_bytes, small), (_, large) = timings
        print(
            f"{name:<20} {n:>6} {small_bytes / 1000:>6.1f} {small:>8.3f} {large:>8.3f} "
            f"{large / small:>7.1f}"
        )
    print("target: x time <= 12 for 10x the input")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,20000,100000,400000,1000000")
    parser.add_argument("--method", default="news")
    parser.add_argument("--patterns", action="store_true", help="time the adversarial inputs")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="with --patterns: the patterns whose names contain this")
    add_limit_arguments(parser)
    args = parser.parse_args()
    if run_limit_benchmarks(args):
        return
    if args.patterns:
        sys.path.insert(0, str(ROOT))
        time_patterns(args.repeat, args.only)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    paragraphs = source_paragraphs()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = write_input(size, paragraphs, Path(tmp))
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(path), args.method],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                print(f"{size}: failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            rows.append((size, path.stat().st_size, json.loads(done.stdout)))
    print(f"method={args.method}; one process per size; time includes imports")
    print(f"{'words':>9} {'MB':>6} {'sentences':>9} {'seconds':>8} {'x time':>7} {'peak MB':>8}")
    base = rows[0][2]["seconds"] if rows else 1.0
    for _size, nbytes, r in rows:
        print(
            f"{r['words']:>9,} {nbytes / 1e6:>6.1f} {r['sentences']:>9,} {r['seconds']:>8.2f} "
            f"{r['seconds'] / base:>7.1f} {r['peak_mb']:>8.0f}"
        )
    by_size = {size: r for size, _, r in rows}
    if 20000 in by_size and 400000 in by_size:
        growth = by_size[400000]["seconds"] / by_size[20000]["seconds"]
        print(
            f"20k -> 400k words: time x{growth:.1f} (target <= 30), "
            f"peak {by_size[400000]['peak_mb']:.0f} MB (target < 1536)"
        )


# --- issue 12: hostile inputs against the default limits, and escape-sequence runs -------------
#
#   python benchmarks/scaling.py --limits [--limit-sizes 1,2,5,10,20] [--limit-patterns ...]
#   python benchmarks/scaling.py --escape-runs
#
# --limits runs `summarize` on inputs of each shape and size (MB) in a fresh process, without
# newscli's own limits, and prints seconds, peak resident memory and the address space the source
# added (what the worker's RLIMIT_AS cap counts) beside the defaults: --timeout, --max-bytes and
# the memory cap at that size. --escape-runs times sanitize.strip_controls on runs of
# unterminated control strings (item 11: x10 input must cost at most x12 time).

LIMITS_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
def vm(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0
from newscli.pipeline import run_source
from newscli.options import Options
from newscli.model import Source
import trafilatura
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
before = vm("VmSize")
start, cpu_start = time.perf_counter(), cpu()
# --max-bytes just over the file (a read asks for --max-bytes + 1 bytes at once)
options = Options(max_bytes=Path(sys.argv[1]).stat().st_size + 1, timeout=1e9)
try:
    run_source(Source.file(Path(sys.argv[1])), sys.argv[2], options)
    error = None
except Exception as exc:
    error = f"{type(exc).__name__}: {exc}"[:80]
seconds, cpu_seconds = time.perf_counter() - start, cpu() - cpu_start
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
added_mb = (vm("VmPeak") - before) / 2**20
print(json.dumps({"seconds": seconds, "cpu": cpu_seconds, "rss_mb": rss_mb, "added_mb": added_mb,
                  "error": error}))
"""

LIMIT_PATTERNS = (
    "text",
    "html-text",
    "html-pages",
    "one-line",
    "unclosed-a",
    "unclosed-a-html",
    "unclosed-div",
    "tags-only",
)


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limits", action="store_true", help="hostile inputs vs the defaults")
    parser.add_argument("--limit-sizes", default="1,2,5,10,20", help="MB, comma-separated")
    parser.add_argument("--limit-patterns", default=",".join(LIMIT_PATTERNS))
    parser.add_argument("--limit-command", default="summarize", choices=("summarize", "extract"))
    parser.add_argument("--escape-runs", action="store_true", help="item 11's ESC ] / ESC P runs")


def run_limit_benchmarks(args: argparse.Namespace) -> bool:
    """Run the benchmark the arguments ask for; False when they ask for the scaling table."""
    if args.escape_runs:
        escape_runs()
        return True
    if args.limits:
        sizes = [float(s) for s in args.limit_sizes.split(",")]
        limits(sizes, args.limit_patterns.split(","), args.limit_command)
        return True
    return False


def _html_pages() -> list[str]:
    corpora = corpora_dir()
    folder = (
        corpora / "extraction" / "zyte-article-extraction-benchmark" / "html" if corpora else None
    )
    if folder is None or not folder.is_dir():
        return [
            "<html><body>" + "".join(f"<p>{p}</p>" for p in source_paragraphs()) + "</body></html>"
        ]
    return [
        gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(folder.iterdir())
    ]


def limit_input(pattern: str, size: int) -> str:
    """About ``size`` bytes of input of the given shape."""
    if pattern == "text":
        paragraphs = source_paragraphs()
        unit = "\n\n".join(paragraphs[:200]) + "\n\n"
    elif pattern == "html-text":
        body = "".join(f"<p>{p}</p>" for p in source_paragraphs()[:200])
        return _page("<article>", body, size)  # a long article as HTML: all of it text
    elif pattern == "html-pages":
        unit = "".join(_html_pages()[:60])  # real pages end to end: one big, messy document
    elif pattern == "unclosed-a":
        unit = "<a href=/x>" * 1000  # issue 12: 18 MB of these reached 2.7 GB (read as text)
    elif pattern == "unclosed-a-html":
        return _page("<p>", "word <a href=/x>", size)
    elif pattern == "unclosed-div":
        return _page("", "<div>word ", size)
    elif pattern == "one-line":
        words = " ".join(p.replace("\n", " ") for p in source_paragraphs()[:50])
        unit = words.replace(".", "") + " "
    elif pattern == "tags-only":
        return _page("", "<p><span></span></p>", size)
    else:
        raise SystemExit(f"unknown pattern {pattern}")
    repeats = size // len(unit.encode("utf-8")) + 1
    return (unit * repeats)[:size]


def _page(start: str, unit: str, size: int) -> str:
    """An HTML document of about ``size`` bytes: a head, then ``unit`` repeated."""
    head = f"<!DOCTYPE html><html><head><title>Limits</title></head><body>{start}"
    return head + unit * max(1, (size - len(head)) // len(unit))


def limits(sizes_mb: list[float], patterns: list[str], command: str) -> None:
    from newscli.ingest.limits import human_size
    from newscli.options import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
    from newscli.process_limits import memory_cap

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    print(
        f"defaults: --timeout {DEFAULT_TIMEOUT:g} s, --max-bytes {human_size(DEFAULT_MAX_BYTES)}, "
        f"memory cap {human_size(memory_cap(DEFAULT_MAX_BYTES))} over the process's size; "
        f"`{command}`, one fresh process per input, no limits applied"
    )
    print(
        "(CPU seconds decide 'over --timeout': wall time on a shared machine depends on its load)"
    )
    header = (
        f"{'pattern':<15} {'MB':>4} {'CPU s':>6} {'wall s':>7} {'RSS MB':>7} {'added VM MB':>11}"
    )
    print(f"{header} {'cap MB':>7}  note")
    with tempfile.TemporaryDirectory() as tmp:
        for pattern in patterns:
            for mb in sizes_mb:
                size = int(mb * 1024 * 1024)
                suffix = ".txt" if pattern in ("text", "one-line") else ".html"
                path = Path(tmp) / f"{pattern}-{mb}{suffix}"
                path.write_text(limit_input(pattern, size), encoding="utf-8")
                done = subprocess.run(
                    [sys.executable, "-c", LIMITS_CHILD, str(path), command],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                path.unlink()
                cap_mb = memory_cap(size) / 2**20
                if done.returncode != 0:
                    print(f"{pattern:<15} {mb:>4g} failed: {done.stderr.strip().splitlines()[-1:]}")
                    continue
                r = json.loads(done.stdout)
                notes = []
                if size <= DEFAULT_MAX_BYTES and r["cpu"] > DEFAULT_TIMEOUT:
                    notes.append("over --timeout")
                if r["added_mb"] > cap_mb:
                    notes.append("over the memory cap")
                if r["error"]:
                    notes.append(r["error"])
                print(
                    f"{pattern:<15} {mb:>4g} {r['cpu']:>6.1f} {r['seconds']:>7.1f} "
                    f"{r['rss_mb']:>7.0f} {r['added_mb']:>11.0f} {cap_mb:>7.0f}  {'; '.join(notes)}"
                )


def escape_runs() -> None:
    """strip_controls on runs of unterminated OSC / DCS introducers, 10 KB to 1 MB."""
    import time

    from newscli.sanitize import strip_controls

    print("sanitize.strip_controls on unterminated control-string runs")
    print("(target: x10 input <= x12 time)")
    print(f"{'pattern':<12} {'KB':>6} {'seconds':>9} {'x time':>7}")
    units = (
        ("ESC ] x", "\x1b]x"),
        ("ESC P x", "\x1bPx"),
        ("ESC ]", "\x1b]"),
        ("8-bit OSC", "\x9dx"),
    )
    for name, unit in units:
        base = None
        for kb in (25, 250, 2500):
            text = (unit * (kb * 1024 // len(unit) + 1))[: kb * 1024]
            best = float("inf")
            for _ in range(5 if kb < 2500 else 2):  # the fastest run: the machine is shared
                started = time.perf_counter()
                strip_controls(text)
                best = min(best, time.perf_counter() - started)
            base = base or best
            print(f"{name:<12} {kb:>6} {best:>9.4f} {best / base:>7.1f}")


if __name__ == "__main__":
    main()
