"""URLs as newscli shows and sends them: credentials taken out of the URL and never displayed."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

REDACTED = "***"


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str

    def basic_auth(self) -> str:
        """The ``Authorization`` (or ``Proxy-Authorization``) header value."""
        import base64

        token = f"{self.user}:{self.password}".encode()
        return "Basic " + base64.b64encode(token).decode("ascii")


def split_credentials(url: str) -> tuple[str, Credentials | None]:
    """``http://alice:pa%20ss@host/x`` -> (``http://host/x``, Credentials("alice", "pa ss"))."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    bare = urlunsplit((parts.scheme, hostport, parts.path, parts.query, parts.fragment))
    return bare, Credentials(unquote(user), unquote(password))


def redact(url: str) -> str:
    """The URL with any password replaced by ``***``: ``http://alice:***@host/``.

    A user name alone is kept (it is not a secret, and it tells two accounts apart).
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = len(rest)
    for stop in "/?#":
        found = rest.find(stop)
        if found != -1:
            end = min(end, found)
    netloc = rest[:end]
    if "@" not in netloc:
        return url
    userinfo, _, hostport = netloc.rpartition("@")
    user, colon, _ = userinfo.partition(":")
    hidden = f"{user}:{REDACTED}" if colon else user
    return f"{scheme}://{hidden}@{hostport}{rest[end:]}"


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port: what decides whether credentials may follow a redirect."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port
