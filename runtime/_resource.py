"""What the generated resources stand on: a resource bound to a caller, resource groups that import
their operations on first use (``client.crm`` imports ``_api/resources/crm.py``), and the table of a
group's operation rows, each made on its first use (a row names the operation's models: making it
imports them).

Importing the package therefore costs the same whether the API has five operations or five hundred;
the first access to a group pays for that group's module, and the first call of an operation for that
operation's models, once per process.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from ._schema import Operation

__all__ = ["Group", "Groups", "Resource", "Rows"]

R = TypeVar("R")


class Resource:
    """The operations of one tag, bound to a caller (anything with ``_call(operation, args, body, options)``)."""

    def __init__(self, client: Any) -> None:
        self._client = client


class Group(Generic[R]):
    """A class attribute of ``Groups`` naming one tag's resource class (``crm = Group("CrmResource")``);
    on an instance it is that class bound to the instance's caller, imported and built on first access
    and then an ordinary attribute."""

    def __init__(self, class_name: str) -> None:
        self.class_name = class_name
        self.name = ""
        self.module = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.module = f"{owner.__module__.rpartition('.')[0]}.resources.{name}"  # _api/resources/<tag>.py

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Group[R]: ...
    @overload
    def __get__(self, obj: Groups, owner: type | None = None) -> R: ...
    def __get__(self, obj: Groups | None, owner: type | None = None) -> Group[R] | R:
        if obj is None:
            return self
        value: R = getattr(importlib.import_module(self.module), self.class_name)(obj._caller)
        obj.__dict__[self.name] = value  # a plain attribute from now on (this is a non-data descriptor)
        return value

    def load(self) -> type[R]:
        """The resource class itself (imports its module)."""
        cls: type[R] = getattr(importlib.import_module(self.module), self.class_name)
        return cls


class Groups:
    """Resource groups as attributes (``client.crm``, ``client.with_raw_response.crm``)."""

    _caller: Any

    def _bind_resources(self, caller: Any) -> None:
        """Bind the groups to ``caller``, dropping any bound to a previous one (a copy of a client)."""
        self._caller = caller
        for klass in type(self).__mro__:
            for name, attr in vars(klass).items():
                if isinstance(attr, Group):
                    self.__dict__.pop(name, None)


class Rows(Mapping[str, "Operation"]):
    """A group's operation rows by operation id, in the spec's order. Each row is made by its own function
    (cached: the same row every time) when first looked up, so looking up one row imports that operation's
    models only."""

    def __init__(self, makers: dict[str, Callable[[], Operation]]) -> None:
        self._makers = makers

    def __getitem__(self, operation_id: str) -> Operation:
        return self._makers[operation_id]()

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)
