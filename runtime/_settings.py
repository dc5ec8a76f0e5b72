"""The client's settings, checked when it is made: format, headers, pool options, proxies.

Each check raises at construction (``ValueError``, or ``TypeError`` for an unknown pool option), so a
mistake never waits for the first request. ``difflib`` and ``urllib.request`` are imported only when a
check needs them.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from collections.abc import Mapping

import urllib3
from urllib3.poolmanager import PoolKey

from ._transport import Urllib3Transport

__all__ = [
    "MEDIA",
    "POOL_OPTIONS",
    "check_format",
    "check_headers",
    "did_you_mean",
    "environment_proxy",
    "is_loopback",
    "redact_url",
    "use_proxy",
]

#: the media type of each format
MEDIA = {"json": "application/json", "xml": "application/xml"}
#: urllib3 pool options a caller may set (urllib3's own pool key, less what the client sets itself)
POOL_OPTIONS = frozenset(f[4:] for f in PoolKey._fields if not f.startswith("key__")) - {
    "scheme", "host", "port", "timeout", "retries", "headers",
} | {"num_pools"}  # fmt: skip


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_format(format: str) -> None:
    if format not in MEDIA:
        raise ValueError(f"format must be 'json' or 'xml', not {format!r}")


def check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    for name in headers:
        if name.lower() in ("authorization", "host", "content-length"):
            raise ValueError(f"the client sets the {name!r} header itself")
    return dict(headers)


def did_you_mean(name: str) -> str:
    import difflib

    close = difflib.get_close_matches(name, POOL_OPTIONS, 1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def environment_proxy(scheme: str, host: str) -> str | None:
    """The proxy ``HTTPS_PROXY`` / ``HTTP_PROXY`` names for this host, unless ``NO_PROXY`` lists it
    (``*``, a host, or a domain suffix such as ``.vitec.net``; ports are ignored)."""
    import urllib.request

    proxies = urllib.request.getproxies_environment()
    url = proxies.get(scheme)
    if not url:
        return None
    host = host.lower().strip("[]")
    for entry in (e.strip().lower() for e in proxies.get("no", "").split(",")):
        if entry == "*":
            return None
        name = entry.split(":")[0] if entry.count(":") == 1 else entry.strip("[]")  # host:port, or IPv6
        name = name.lstrip("*").lstrip(".")
        if name and (host == name or host.endswith("." + name)):
            return None
    return url


def redact_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        netloc = "***@" + parts.netloc.rsplit("@", 1)[1]
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return url


def use_proxy(transport: Urllib3Transport, proxy: str) -> None:
    """Send through ``proxy``: the same pool options, on a ``ProxyManager`` (Basic auth from its URL)."""
    parts = urllib.parse.urlsplit(proxy)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"proxy must be an http(s) URL, not {redact_url(proxy)!r}")
    headers = None
    if parts.username is not None:
        auth = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        headers = urllib3.make_headers(proxy_basic_auth=auth)
        proxy = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    pool = transport._pool
    transport._pool = urllib3.ProxyManager(proxy, proxy_headers=headers, **pool.connection_pool_kw)
    pool.clear()
