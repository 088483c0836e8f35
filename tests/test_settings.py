"""Settings: the TOML file and NEWSCLI_<OPTION> variables through Click's default_map and envvar,
with the precedence command line > environment > file > built-in, and `newscli config`."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newscli.cli.app import cli, summarize
from newscli.cli.runner import RunConfig
from newscli.cli.settings import config_path
from newscli.options import DEFAULTS, FetchOptions, Options


def config_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("NEWSCLI_CONFIG", str(path))
    return path


def options_of(*args: str) -> Options:
    """The Options a `summarize` run with ``args`` would use (settings applied as in a real run)."""
    seen: dict[str, Options] = {}

    def capture(config: RunConfig) -> int:
        seen["options"] = config.options
        return 0

    import newscli.cli.runner

    original = newscli.cli.runner.run
    newscli.cli.runner.run = capture  # type: ignore[assignment]
    try:
        result = CliRunner().invoke(cli, ["summarize", "x.txt", *args])
    finally:
        newscli.cli.runner.run = original
    assert result.exit_code == 0, result.output
    return seen["options"]


def test_built_in_defaults_without_file_or_environment() -> None:
    assert options_of() == DEFAULTS


def test_file_sets_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config_with(
        tmp_path,
        monkeypatch,
        'timeout = 7\nmax-bytes = "5MB"\nmethod = "lead"\nno_cache = true\n'
        'header = ["X-Team: desk", "Cookie: s=1"]\nuser_agent = "DeskBot/1.0"\n',
    )
    options = options_of()
    assert (options.timeout, options.max_bytes, options.method) == (7.0, 5 << 20, "lead")
    assert options.fetch == FetchOptions(
        user_agent="DeskBot/1.0", headers=(("X-Team", "desk"), ("Cookie", "s=1")), cache=False
    )


def test_environment_beats_file_and_command_line_beats_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_with(tmp_path, monkeypatch, "timeout = 7\nclaims = 2\nper_host = 3\n")
    monkeypatch.setenv("NEWSCLI_TIMEOUT", "8")
    monkeypatch.setenv("NEWSCLI_PER_HOST", "4")
    options = options_of("--timeout", "9")
    assert options.timeout == 9.0  # command line
    assert options.fetch.per_host == 4  # environment over file
    assert options.claims == 2  # file over built-in
    assert options.sentences is None  # built-in


def test_environment_flags_and_several_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLI_NO_CACHE", "1")
    monkeypatch.setenv("NEWSCLI_ALLOW_PRIVATE", "true")
    monkeypatch.setenv("NEWSCLI_HEADER", "Cookie: a=b; c=d\nX-Key: 12 34")
    fetch = options_of().fetch
    assert not fetch.cache and fetch.allow_private
    assert fetch.headers == (("Cookie", "a=b; c=d"), ("X-Key", "12 34"))


def test_unknown_setting_is_a_usage_error_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    path = config_with(tmp_path, monkeypatch, "timout = 3\n")
    result = runner.invoke(cli, ["summarize", "x.txt"])
    assert result.exit_code == 2
    assert f"{path}" in result.stderr
    assert "unknown setting 'timout' (did you mean 'timeout'?)" in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("timeout = -1\n", "timeout: "),
        ('max_bytes = "lots"\n', "max_bytes: 'lots' is not a size"),
        ('header = "X-A: 1"\n', 'header: give a list, e.g. header = ["..."]'),
        ('header = ["no colon"]\n', "is not a header"),
        ("timeout = [\n", "not valid TOML"),
        ('output_dir = "x"\n', "unknown setting 'output_dir'"),
    ],
)
def test_bad_settings_files_are_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner, text: str, message: str
) -> None:
    config_with(tmp_path, monkeypatch, text)
    result = runner.invoke(cli, ["extract", "x.txt"])
    assert result.exit_code == 2
    assert message in result.stderr


def test_bad_environment_value_names_the_option(
    monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    monkeypatch.setenv("NEWSCLI_WORKERS", "many")
    result = runner.invoke(cli, ["extract", "x.txt"])
    assert result.exit_code == 2
    assert "--workers" in result.stderr


def test_config_shows_values_and_where_they_come_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    path = config_with(
        tmp_path, monkeypatch, 'timeout = 7\nheader = ["Authorization: Bearer s3cret"]\n'
    )
    monkeypatch.setenv("NEWSCLI_CLAIMS", "3")
    result = runner.invoke(cli, ["config", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["config_file"] == str(path)
    settings = shown["settings"]
    assert settings["timeout"] == {"value": 7.0, "from": f"file {path}"}
    assert settings["claims"] == {"value": 3, "from": "environment NEWSCLI_CLAIMS"}
    assert settings["method"] == {"value": "news", "from": "built-in"}
    assert settings["header"]["value"] == ["Authorization: ***"]
    assert "s3cret" not in result.stdout
    text = runner.invoke(cli, ["config"]).stdout
    assert text.splitlines()[0] == f"settings file: {path}"
    assert any(line.split() == ["claims", "3", "environment", "NEWSCLI_CLAIMS"] for line in
               text.splitlines())  # fmt: skip


def test_every_setting_has_its_variable() -> None:
    for param in summarize.params:
        if isinstance(param, click.Option) and param.name not in (
            "output_dir", "force", "from_list", "feeds", "sitemaps", "since", "db",
        ):  # fmt: skip
            long_name = next(o for o in param.opts if o.startswith("--"))
            assert param.envvar == "NEWSCLI_" + long_name[2:].replace("-", "_").upper()


def test_config_file_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSCLI_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_path() == tmp_path / "newscli" / "config.toml"
