"""Option defaults from a settings file and the environment, through Click's own machinery.

Precedence, highest first: the command line, ``NEWSCLI_<OPTION>`` variables (each option's
``envvar``), the TOML settings file (loaded into Click's ``default_map``), the built-in defaults.
The file is ``$NEWSCLI_CONFIG`` if set, else ``config.toml`` in the user's config folder
(``$XDG_CONFIG_HOME/newscli``, ``~/.config/newscli``). Its keys are the long option names with
underscores (``max_bytes = "5MB"``, ``header = ["Cookie: a=b"]``, ``no_cache = true``); options
about a single run (``-o``, ``--force``, ``--from-list``, ``--feed``, ``--sitemap``, ``--since``)
are not settings.
"""

from __future__ import annotations

import difflib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from newscli.cli.options import setting_name

CONFIG_VARIABLE = "NEWSCLI_CONFIG"
_SECRET_HEADER_WORDS = ("authorization", "cookie", "token", "key", "secret", "auth", "password")


class SettingsError(click.ClickException):
    """A settings file newscli cannot use: a usage error (exit 2) naming the file."""

    exit_code = 2

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"settings file {path}: {problem}")


def config_path() -> Path:
    """Where the settings file is looked for."""
    given = os.environ.get(CONFIG_VARIABLE, "").strip()
    if given:
        return Path(given).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".config"
    return base / "newscli" / "config.toml"


def read_file(path: Path) -> dict[str, Any]:
    """The settings in ``path`` ({} if there is no such file). Raises ``SettingsError``."""
    import tomllib

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(path, (exc.strerror or str(exc)).lower()) from exc
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(path, f"not valid TOML ({exc})") from exc


def settings_of(command: click.Command) -> dict[str, click.Option]:
    """The command's options that settings may give, by setting name."""
    found = {}
    for param in command.params:
        name = setting_name(param)
        if name is not None and isinstance(param, click.Option):
            found[name] = param
    return found


def default_map(group: click.Group, path: Path) -> dict[str, dict[str, Any]]:
    """Click's ``default_map`` for ``group``'s commands from the file at ``path``.

    Every key must be a setting of at least one command and hold a value that option accepts;
    otherwise ``SettingsError`` names the file, the key and the problem.
    """
    raw = read_file(path)
    if not raw:
        return {}
    commands = {name: settings_of(cmd) for name, cmd in group.commands.items()}
    known = {name for options in commands.values() for name in options}
    mapping: dict[str, dict[str, Any]] = {name: {} for name in commands}
    for key, value in raw.items():
        name = key.replace("-", "_")
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            advice = f" (did you mean '{close[0]}'?)" if close else ""
            raise SettingsError(path, f"unknown setting '{key}'{advice}")
        for command_name, options in commands.items():
            option = options.get(name)
            if option is None:
                continue
            _check(group.commands[command_name], option, key, value, path)
            mapping[command_name][option.name or name] = value
    return mapping


def _check(command: click.Command, option: click.Option, key: str, value: Any, path: Path) -> None:
    """Convert ``value`` the way Click will, to report a bad one against the file."""
    if option.multiple and not isinstance(value, list):
        raise SettingsError(path, f'{key}: give a list, e.g. {key} = ["..."]')
    if isinstance(value, (dict, list)) and not option.multiple:
        raise SettingsError(path, f"{key}: give a single value")
    ctx = click.Context(command)
    try:
        option.process_value(ctx, value)
    except click.BadParameter as exc:
        raise SettingsError(path, f"{key}: {exc.message}") from None


@dataclass(frozen=True)
class Effective:
    """One setting's value now, and where it comes from."""

    name: str
    value: Any
    origin: str
    """``built-in``, ``environment NEWSCLI_X`` or ``file PATH``."""

    def shown(self) -> str:
        return show_value(self.name, self.value)


def effective(ctx: click.Context, command: click.Command, path: Path) -> list[Effective]:
    """Every setting of ``command`` as a run with no options would see it."""
    rows = []
    with command.make_context(command.name or "", [], parent=ctx, resilient_parsing=False) as sub:
        for name, option in settings_of(command).items():
            source = sub.get_parameter_source(option.name or name)
            if source is ParameterSource.ENVIRONMENT:
                envvar = option.envvar if isinstance(option.envvar, str) else str(option.envvar)
                origin = f"environment {envvar}"
            elif source is ParameterSource.DEFAULT_MAP:
                origin = f"file {path}"
            else:
                origin = "built-in"
            rows.append(Effective(name, sub.params.get(option.name or name), origin))
    return rows


def show_value(name: str, value: Any) -> str:
    """A setting's value for display, header values that look secret hidden."""
    if name == "header":
        return ", ".join(shown_headers(value)) or "(none)"
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name in ("max_bytes", "cache_size") and isinstance(value, int):
        from newscli.options import format_size

        return format_size(value)
    return str(value)


def shown_headers(value: Any) -> list[str]:
    """``Name: value`` lines, header values that look secret hidden."""
    return [f"{n}: {_hide_secret(n, v)}" for n, v in value or ()]


def _hide_secret(name: str, value: str) -> str:
    lower = name.lower()
    return "***" if any(word in lower for word in _SECRET_HEADER_WORDS) else value
