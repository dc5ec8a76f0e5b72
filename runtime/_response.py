"""``RawResponse[T]``: one HTTP exchange, whose ``parse()`` gives the operation's model ``T``.

``client.with_raw_response.<group>.<operation>(...)`` takes the operation's own arguments and returns
``RawResponse[<its return type>]``; ``raw_response`` is the typing bridge the generated raw resources use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, ParamSpec, TypeVar, cast

__all__ = ["RawResponse", "raw_response"]

T = TypeVar("T")
P = ParamSpec("P")


class RawResponse(Generic[T]):
    """One HTTP exchange: ``status_code``, ``headers`` (lower-case names), ``content`` (the body's bytes),
    ``elapsed`` (seconds). ``parse()`` decodes ``content`` into the operation's return type; a status
    that is not 2xx is returned here, not raised."""

    __slots__ = ("_decode", "content", "elapsed", "headers", "status_code", "url")

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        elapsed: float,
        url: str,
        decode: Callable[[bytes, bool], T],
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.elapsed = elapsed
        self.url = url
        self._decode = decode

    def parse(self, *, strict: bool = False) -> T:
        """The body decoded as the operation's return type (``DecodeError`` if it does not match)."""
        return self._decode(self.content, strict)

    def __repr__(self) -> str:
        return f"<RawResponse {self.status_code}, {len(self.content)} bytes>"


def raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """The same call, typed as returning its ``RawResponse`` (the caller it is bound to returns one)."""
    return cast("Callable[P, RawResponse[T]]", method)
