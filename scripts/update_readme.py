"""Refresh the pasted output and the --help text in README.md from real runs.

python scripts/update_readme.py
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SEED = "samples/khamenei-rejects-us-negotiation.txt"


def newscli(*args: str, width: int = 100) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": str(width)}
    env.pop("NO_COLOR", None)
    out = subprocess.run(
        [sys.executable, "-m", "newscli", *args], cwd=ROOT, env=env, capture_output=True, text=True
    ).stdout
    return "\n".join(line.rstrip() for line in out.splitlines())


def output_section() -> str:
    brief = json.loads(newscli("summarize", SEED, "-f", "json"))
    return f"""### The terminal view (what you see on a terminal, here at 80 columns)

```text
{newscli("summarize", SEED, "-f", "rich", width=80)}
```

### `--format text` (the default when piped; fit to paste into an email)

```text
{newscli("summarize", SEED, "-f", "text")}
```

### `--format markdown`

```markdown
{newscli("summarize", SEED, "-f", "markdown")}
```

### `--format json` (pretty-printed here; newscli prints one line per source)

```json
{json.dumps(brief, indent=2, ensure_ascii=False)}
```

### `extract`

```text
{newscli("extract", SEED, "-f", "text")}
```"""


def options_section() -> str:
    return f"""```text
$ newscli summarize --help
{newscli("summarize", "--help")}
```"""


def replace(text: str, name: str, content: str) -> str:
    pattern = rf"(?ms)^<!-- {name} -->.*?^<!-- /{name} -->$"
    block = f"<!-- {name} -->\n{content}\n<!-- /{name} -->"
    return re.sub(pattern, lambda _: block, text)


def main() -> None:
    text = README.read_text(encoding="utf-8")
    text = replace(text, "output", output_section())
    text = replace(text, "options", options_section())
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
