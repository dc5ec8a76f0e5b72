"""Per-call options: the keyword arguments every operation accepts besides its parameters; and
``NOT_GIVEN``, the default of an argument the client can fill in (``customer_id``).

Typed as ``TypedDict``s so that a misspelt option (``timout=3``) is a type error, and a wrong one a
``TypeError`` at run time. The generated operations take ``**options: Unpack[RequestOptions]`` (or the
batch / window variant for operations that split a long request).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypedDict

__all__ = ["NOT_GIVEN", "BatchOptions", "NotGiven", "Progress", "RequestOptions", "WindowOptions"]


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, as distinct from None (``timeout=None``: no limit)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

#: ``progress(done, total)``: called after each request of a split call
Progress = Callable[[int, int], None]


class RequestOptions(TypedDict, total=False):
    """Options of any operation; each overrides the client's setting for this call only."""

    #: seconds to wait for a connection and for each read; None waits forever
    timeout: float | None
    #: headers added to the request (they may not replace ``Authorization``)
    extra_headers: Mapping[str, str]
    #: query parameters added to the URL
    extra_query: Mapping[str, str]
    #: decode strictly: unknown fields, enum values or subtypes raise ``DecodeError``
    strict: bool


class BatchOptions(RequestOptions, total=False):
    """Options of an operation that takes a limited number of ids per request."""

    #: False: refuse (``ValidationError``) more ids than one request takes, instead of sending batches
    chunk: bool
    progress: Progress


class WindowOptions(RequestOptions, total=False):
    """Options of an operation whose date range is limited per request."""

    #: False: refuse (``ValidationError``) a longer range than one request takes, instead of windows
    window: bool
    progress: Progress
