"""The private-address policy, and name resolution that keeps to the download's deadline.

A page on the internet must not be able to make newscli read the machine's own services or its
cloud metadata: a redirect to ``http://169.254.169.254/latest/meta-data/`` would otherwise put
credentials into a brief. The rules (``--allow-private`` lifts them all):

- link-local addresses (169.254.0.0/16, fe80::/10) and cloud metadata addresses are refused always;
- a redirect from a public address into private, loopback or link-local space is refused, and so
  is a feed or sitemap entry that points there from a public feed;
- a private or loopback address the user typed (an intranet page, a local server) is allowed, and
  so are redirects from it to other private addresses.

The check runs on the address a name resolves to, just before connecting, and again for every
redirect; the connection then goes to exactly the address that was checked (no second lookup a
rebinding DNS server could answer differently). Host names in the unusual spellings that resolvers
accept (``2130706433``, ``0177.0.0.1``, ``0x7f.1``) are read as the addresses they are.

Through a proxy the proxy resolves names, so only hosts written as addresses can be checked.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from dataclasses import dataclass, field
from typing import Literal

from newscli.errors import FetchError, SourceTimeoutError

AddressClass = Literal["public", "private", "loopback", "link-local", "metadata"]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

POLICY = "the private-address policy"
HINT = "--allow-private lifts the policy"

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, Oracle, DigitalOcean, ...
        "169.254.170.2",  # AWS ECS task metadata
        "fd00:ec2::254",  # AWS over IPv6
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud (classic)
    )
)
_THIS_HOST = ipaddress.ip_network("0.0.0.0/8")  # connecting to 0.0.0.0 reaches the local host
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_ALWAYS_REFUSED = ("link-local", "metadata")
_PRIVATE_SPACE = ("private", "loopback", "link-local", "metadata")


class PolicyError(FetchError):
    """A connection the private-address policy forbids."""

    type = "blocked"
    default_hint = HINT


def parse_ip(host: str) -> IPAddress | None:
    """The address ``host`` spells, in any form a resolver accepts; None for a host name.

    Besides the usual dotted quad and IPv6 (bracketed or not), the forms of ``inet_aton``: one to
    four parts, each decimal, octal (leading 0) or hexadecimal (0x), the last part filling the
    remaining bytes (``2130706433``, ``0177.0.0.1``, ``127.1``, ``0x7f000001``).
    """
    host = host.strip().strip("[]").rstrip(".")
    if not host:
        return None
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    parts = host.split(".")
    if len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        number = _inet_aton_part(part)
        if number is None:
            return None
        numbers.append(number)
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (4 - len(leading)):
        return None
    value = 0
    for n in leading:
        value = value * 256 + n
    value = value * 256 ** (4 - len(leading)) + last
    return ipaddress.IPv4Address(value)


def _inet_aton_part(part: str) -> int | None:
    lower = part.lower()
    try:
        if lower.startswith("0x"):
            return int(lower[2:] or "0", 16)
        if len(lower) > 1 and lower.startswith("0"):
            return int(lower[1:], 8)
        return int(lower, 10) if lower.isdigit() else None
    except ValueError:
        return None


def classify(address: IPAddress) -> AddressClass:
    """Which space ``address`` is in (IPv4 inside IPv6, mapped or NAT64, counts as IPv4)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or (
            ipaddress.IPv4Address(int(address) & 0xFFFFFFFF) if address in _NAT64 else None
        )
        if embedded is not None:
            return classify(embedded)
    if address in METADATA_ADDRESSES:
        return "metadata"
    if address.is_link_local:
        return "link-local"
    if address.is_loopback or address.is_unspecified or address in _THIS_HOST:
        return "loopback"
    if not address.is_global or address.is_multicast:
        return "private"
    return "public"


def describe(host: str, address: IPAddress, kind: AddressClass) -> str:
    shown = host if host.strip("[]") == str(address) else f"{host} ({address})"
    what = {
        "metadata": "a cloud metadata address",
        "link-local": "a link-local address",
        "loopback": "a loopback address",
        "private": "a private address",
        "public": "a public address",
    }[kind]
    return f"{shown} is {what}"


def refusal(host: str, address: IPAddress, private_ok: bool) -> PolicyError | None:
    """Why the policy forbids connecting to ``address`` (None if it does not).

    ``private_ok``: whether private and loopback space may be reached on this hop (the user typed
    the URL, or the redirect came from a private address).
    """
    kind = classify(address)
    if kind in _ALWAYS_REFUSED:
        return PolicyError(f"blocked by {POLICY}: {describe(host, address, kind)}")
    if kind in _PRIVATE_SPACE and not private_ok:
        return PolicyError(
            f"blocked by {POLICY}: {describe(host, address, kind)}, reached from a public address"
        )
    return None


def resolve(host: str, port: int, seconds: float) -> list[IPAddress]:
    """The addresses of ``host``, within ``seconds``.

    ``getaddrinfo`` cannot be interrupted or given a timeout, so it runs in a daemon thread that
    is abandoned (and finishes on its own) when the time is up.
    """
    literal = parse_ip(host)
    if literal is not None:
        return [literal]
    outcome: list[object] = []

    def lookup() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except BaseException as exc:  # handed to the waiting thread
            outcome.append(exc)

    thread = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(max(0.0, seconds))
    if not outcome:
        raise SourceTimeoutError(f"timed out resolving host name '{host}' (timeout {seconds:g} s)")
    result = outcome[0]
    if isinstance(result, BaseException):
        if isinstance(result, (socket.gaierror, UnicodeError, OSError)):
            raise FetchError(f"cannot resolve host name '{host}'") from result
        raise result
    assert isinstance(result, list)
    addresses: list[IPAddress] = []
    for *_, sockaddr in result:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(f"cannot resolve host name '{host}'")
    return addresses


@dataclass
class Dialer:
    """Opens the connections of one download: resolved within its deadline, checked by the policy.

    ``proxies`` are the (host, port) of the proxies in use: connections to them are not checked
    (the user chose them). ``peers`` remembers the class of the address each (host, port) was
    reached at, which decides whether its redirects may lead into private space.
    """

    allow_private: bool
    proxies: frozenset[tuple[str, int]] = frozenset()
    private_ok: bool = True
    """Whether the current hop may reach private and loopback space."""
    peers: dict[tuple[str, int], AddressClass] = field(default_factory=dict)

    def check_literal(self, host: str) -> None:
        """Refuse a host written as a forbidden address before any request (proxied ones too)."""
        address = parse_ip(host)
        if address is not None and not self.allow_private:
            error = refusal(host, address, self.private_ok)
            if error is not None:
                raise error

    def choose(self, host: str, port: int, seconds: float) -> IPAddress:
        """The address to connect to for ``host``: the first that the policy allows."""
        addresses = resolve(host, port, seconds)
        if (host.lower().strip("[]"), port) in self.proxies or self.allow_private:
            return addresses[0]
        first_error: PolicyError | None = None
        for address in addresses:
            error = refusal(host, address, self.private_ok)
            if error is None:
                self.peers[(host.lower(), port)] = classify(address)
                return address
            first_error = first_error or error
        assert first_error is not None
        raise first_error

    def redirect_from_private(self, host: str, port: int) -> bool:
        """Whether the server at ``host`` (which sent a redirect) is in private space.

        Through a proxy the address is unknown unless the host is written as one: a name then
        counts as public, so its redirects cannot lead into private space.
        """
        kind = self.peers.get((host.lower(), port))
        if kind is None:
            address = parse_ip(host)
            kind = classify(address) if address is not None else "public"
        return kind in _PRIVATE_SPACE
