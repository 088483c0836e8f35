"""Proxies from the environment, chosen the way curl chooses them.

- ``http_proxy`` for http URLs, ``https_proxy`` for https URLs, ``all_proxy`` for either when the
  scheme's own variable is not set. Each may be written in lower or upper case; the lower-case one
  wins when both are set. (curl ignores upper-case ``HTTP_PROXY``; newscli reads it, as Python's
  urllib and requests do, except inside a CGI request, where a client can set it through a
  ``Proxy:`` header — the "httpoxy" attack.)
- ``no_proxy``: hosts that are reached directly, separated by commas (or spaces). ``*`` means every
  host; ``example.com`` and ``.example.com`` match the domain and all its sub-domains; an address
  matches itself and a CIDR range (``10.0.0.0/8``) the addresses in it. Ports are ignored.
- A proxy without a scheme is ``http://``; without a port, port 1080 (curl's default). ``https://``
  proxies are spoken to over TLS. HTTPS URLs go through the proxy in a CONNECT tunnel.
- Credentials in the proxy URL (``http://user:pass@proxy:3128``) become a ``Proxy-Authorization``
  header and are shown as ``user:***``.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from newscli.errors import FetchError
from newscli.ingest.policy import parse_ip
from newscli.ingest.urls import Credentials, redact, split_credentials

DEFAULT_PROXY_PORT = 1080
_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Proxy:
    url: str
    """Without credentials: ``http://proxy.example:3128``."""
    host: str
    port: int
    credentials: Credentials | None
    variable: str
    """The environment variable it came from (for messages and ``newscli config``)."""

    @property
    def shown(self) -> str:
        """The proxy as messages show it: the password hidden."""
        if self.credentials is None:
            return self.url
        scheme, _, rest = self.url.partition("://")
        return redact(f"{scheme}://{self.credentials.user}:x@{rest}")

    def headers(self) -> dict[str, str]:
        if self.credentials is None:
            return {}
        return {"Proxy-Authorization": self.credentials.basic_auth()}


def _variable(environ: Mapping[str, str], name: str) -> tuple[str, str] | None:
    """The value of ``name`` in lower case, else upper case; with the variable's spelling."""
    candidates = [name, name.upper()]
    if name == "http_proxy" and "REQUEST_METHOD" in environ:
        candidates = [name]  # httpoxy: in CGI, HTTP_PROXY comes from the client
    for candidate in candidates:
        value = environ.get(candidate, "").strip()
        if value:
            return candidate, value
    return None


def proxy_for(url: str, environ: Mapping[str, str] | None = None) -> Proxy | None:
    """The proxy to use for ``url`` (None: connect directly). Raises ``FetchError`` for a proxy
    setting newscli cannot use."""
    environ = os.environ if environ is None else environ
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        return None
    found = _variable(environ, f"{scheme}_proxy") or _variable(environ, "all_proxy")
    if found is None:
        return None
    exempt = _variable(environ, "no_proxy")
    if exempt is not None and bypasses(parts.hostname or "", exempt[1]):
        return None
    return parse_proxy(found[1], found[0])


def parse_proxy(value: str, variable: str) -> Proxy:
    if "://" not in value:
        value = "http://" + value
    bare, credentials = split_credentials(value)
    try:
        parts = urlsplit(bare)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"the proxy in {variable} is not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        kind = "SOCKS proxies are" if scheme.startswith("socks") else f"'{scheme}:' proxies are"
        raise FetchError(f"the proxy in {variable} cannot be used: {kind} not supported")
    if not parts.hostname:
        raise FetchError(f"the proxy in {variable} has no host name")
    port = port or DEFAULT_PROXY_PORT
    host = parts.hostname
    netloc = f"[{host}]" if ":" in host else host
    return Proxy(f"{scheme}://{netloc}:{port}", host.lower(), port, credentials, variable)


def bypasses(host: str, no_proxy: str) -> bool:
    """Whether ``host`` is exempt from the proxy by the ``no_proxy`` list (curl's rules)."""
    host = host.lower().strip("[]").rstrip(".")
    address = parse_ip(host)
    for raw in re.split(r"[,\s]+", no_proxy):
        entry = raw.strip().lower()
        if not entry:
            continue
        if entry == "*":
            return True
        entry = _strip_port(entry).strip("[]").rstrip(".")
        if address is not None:
            if _address_matches(address, entry):
                return True
            continue
        domain = entry.lstrip(".")
        if domain and (host == domain or host.endswith("." + domain)):
            return True
    return False


def _strip_port(entry: str) -> str:
    if entry.startswith("["):
        return entry.split("]", 1)[0] + "]"
    if entry.count(":") == 1:
        return entry.split(":", 1)[0]
    return entry


def _address_matches(address: ipaddress.IPv4Address | ipaddress.IPv6Address, entry: str) -> bool:
    try:
        if "/" in entry:
            return address in ipaddress.ip_network(entry, strict=False)
        return address == ipaddress.ip_address(entry)
    except ValueError:
        return False


def configured(environ: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """The proxy variables that are set, as ``(variable, value with passwords hidden)``."""
    environ = os.environ if environ is None else environ
    shown = []
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        found = _variable(environ, name)
        if found is not None:
            variable, value = found
            shown.append((variable, value if name == "no_proxy" else _hide(value)))
    return shown


def _hide(value: str) -> str:
    return redact(value if "://" in value else "http://" + value).removeprefix(
        "" if "://" in value else "http://"
    )
