"""The msgspec floor of each operation's first call: what any msgspec-based client must do on it.

For an operation, the floor is the classes its call reaches, made as bare ``msgspec.Struct`` classes of
the same shapes (result, body and enum parameters: the same member names, wire names as
``field(name=...)``, defaults, the same struct options; enums as ``enum.Enum`` with the same values; a
reached model's subtypes too), then msgspec's decoder of the result, the body encoded and the same answer
decoded. Two variants (``VARIANTS``, by module prefix): ``f``, annotations as text under ``from __future__
import annotations``, as the generated models write them; ``e``, annotations Python evaluates as it makes
each class (each class after those it names; a cycle named by a string), the cheapest form msgspec reads.

``write(cases, folder)`` (in the measuring process) writes, per operation and variant, a module of the
classes the body reaches (``<prefix><n>_body``: the caller makes the body before calling, as ours does)
and a module of the other classes the call reaches (``<prefix><n>_call``), beside ``floor_common`` (the
shared base and integer aliases, as ``import vitec_connect`` has made ``Model`` before any call), and
compiles them to bytecode: the package itself is measured from bytecode. The probe, ``python
bench/first_floor.py <folder> <floor.json> <operation id> <prefix>``, imports ``floor_common`` and the
body module and decodes the body before the clock, then times the import of the call module,
``msgspec.json.Decoder(result)``, encoding the body and decoding the answer, against the fastest of the
next five encode-and-decode. It prints ``[first, fastest later, classes made by the first]``, as
bench/_first_call.py prints ours.
"""

from __future__ import annotations

import enum
import importlib
import json
import sys
import time
import types
import typing
from typing import Any

import msgspec

#: The shared module every floor module imports from (made before the clock, as ``Model`` is).
COMMON = '''"""What every floor module imports: the base of its structs and .NET's integer kinds."""

from __future__ import annotations

import enum
from typing import Annotated

from msgspec import UNSET, Meta, Struct, UnsetType, field

__all__ = ["UNSET", "Base", "Byte", "Int16", "Int32", "Int64", "LazyTimestamp", "UnsetType", "enum", "field"]

Int32 = Annotated[int, Meta(ge=-(2**31), le=2**31 - 1)]
Int64 = Annotated[int, Meta(ge=-(2**63), le=2**63 - 1)]
Int16 = Annotated[int, Meta(ge=-(2**15), le=2**15 - 1)]
Byte = Annotated[int, Meta(ge=0, le=255)]
LazyTimestamp = Annotated[str, "timestamp text"]


class Base(Struct, kw_only=True, gc=False, repr_omit_defaults=True, forbid_unknown_fields=True):
    pass
'''

_FUTURE = "from __future__ import annotations\n\n"
_HEADER = (
    _FUTURE + "from floor_common import UNSET, Base, Byte, Int16, Int32, Int64, LazyTimestamp, UnsetType, enum, field\n"
)
_SCALARS = (str, int, float, bool, bytes)

#: The two layouts measured, by their modules' prefix: annotations as text under ``from __future__ import
#: annotations`` (as the generated models write them: msgspec evaluates the text when it builds the
#: decoder), and annotations Python evaluates as it makes each class (msgspec finds them evaluated).
VARIANTS = {"f": False, "e": True}


def reached(roots: list[Any]) -> list[type]:
    """The model and enum classes below ``roots`` (each a model, a list of one, an enum...), a reached
    model's subtypes included, bases before subclasses."""
    from vitec_connect._types import Model

    out: dict[type, None] = {}
    todo = list(roots)
    while todo:
        t = todo.pop()
        if isinstance(t, type) and not isinstance(t, types.GenericAlias):  # (3.10: list[X] is a type)
            if t in out or not (issubclass(t, Model) or _is_enum(t)):
                continue
            out[t] = None
            if issubclass(t, Model):
                todo.extend(_own_hints(t).values())
                todo.extend(t.__subclasses__())
                todo.extend(b for b in t.__mro__[1:] if b is not Model and issubclass(b, Model))
        else:
            todo.extend(getattr(t, "__args__", ()))
    return sorted(out, key=lambda c: (len(c.__mro__), c.__module__, c.__name__))


def _is_enum(t: type) -> bool:
    return issubclass(t, enum.Enum)


def _own_hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of the members ``cls`` declares itself (not its bases')."""
    from vitec_connect._codec import hints_of
    from vitec_connect._types import UNKNOWN_FIELD

    own = vars(cls).get("__annotations__", {})
    hints = hints_of(cls)
    return {name: hints[name] for name in own if name != UNKNOWN_FIELD}


class _Source:
    """The floor's text of classes: ``names`` (class -> its floor name) and the aliases written so far
    (an ``Annotated`` member type the generated module names, such as ``MatchingWatched``)."""

    def __init__(self, names: dict[type, str]) -> None:
        self.names = names
        self.aliases: dict[str, str] = {}
        self.named: set[str] = set()  # the floor names the last ``text`` wrote
        self.defined: set[str] | None = None  # eager annotations: the names defined so far

    def text(self, hint: Any, module: dict[str, Any]) -> str:
        """An annotation as the generated code writes it (``list[X | None] | None | UnsetType``)."""
        from vitec_connect import _types

        if hint is None or hint is type(None):
            return "None"
        if hint is msgspec.UnsetType:
            return "UnsetType"
        if isinstance(hint, type) and hint in self.names:
            self.named.add(self.names[hint])
            return self.names[hint]
        if hint in _SCALARS:
            return hint.__name__
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            return " | ".join(self.text(a, module) for a in args)
        if origin in (list, dict):
            return f"{origin.__name__}[{', '.join(self.text(a, module) for a in args)}]"
        if origin is typing.Annotated:
            if _types.TIMESTAMP_TEXT in hint.__metadata__:
                return "LazyTimestamp"
            for alias in ("Int32", "Int64", "Int16", "Byte"):
                if hint == getattr(_types, alias):
                    return alias
            name = next((k for k, v in module.items() if v is hint), None)
            metadata = hint.__metadata__
            if name and all(isinstance(m, msgspec.Meta) for m in metadata):
                meta = ", ".join(repr(m).removeprefix("msgspec.") for m in metadata)
                self.aliases[name] = f"Annotated[{self.text(args[0], module)}, {meta}]"
                return name
        raise ValueError(f"the floor has no text for the annotation {hint!r}")

    def of(self, cls: type) -> str:
        names = self.names
        if issubclass(cls, enum.Enum):
            members = "".join(f"    {m.name} = {m.value!r}\n" for m in cls.__members__.values())
            if self.defined is not None:
                self.defined.add(names[cls])
            return f"class {names[cls]}(enum.Enum):\n" + (members or "    pass\n")
        module = vars(sys.modules[cls.__module__])
        lines = [f"class {names[cls]}({names.get(cls.__bases__[0], 'Base')}, kw_only=True):"]
        wire = dict(zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True))  # type: ignore[attr-defined]
        defaults = {f.name: f for f in msgspec.structs.fields(cls)}  # type: ignore[arg-type]
        for name, hint in _own_hints(cls).items():
            f = defaults[name]
            has_default = f.default is not msgspec.NODEFAULT
            if has_default and f.default is not msgspec.UNSET:
                raise ValueError(f"the floor writes UNSET defaults only: {cls.__name__}.{name} = {f.default!r}")
            if wire[name] != name:
                default = ", default=UNSET" if has_default else ""
                value = f' = field(name="{wire[name]}"{default})'
            else:
                value = " = UNSET" if has_default else ""
            self.named = set()
            text = self.text(hint, module)
            if self.defined is not None and not self.named <= self.defined:
                text = f'"{text}"'  # (eager: a class not defined yet is named by a string, as Python needs)
            lines.append(f"    {name}: {text}{value}")
        if self.defined is not None:
            self.defined.add(names[cls])
        if len(lines) == 1:
            lines.append("    pass")
        return "\n".join(lines) + "\n"

    def module(self, classes: list[type], imported: dict[str, str], *, eager: bool = False) -> str:
        """The source of one floor module: ``imported`` (floor name -> module) first, then ``classes``.
        ``eager``: without ``from __future__ import annotations``, the classes in an order where each
        names the classes before it (Python evaluates its annotations as it makes it; a class not made
        yet, in a cycle, is named by a string)."""
        self.aliases = {}
        self.defined = set(imported) if eager else None
        if eager:
            classes = _eager_order(classes, self.names)
        body = ["\n\n" + self.of(c) for c in classes]
        out = [_HEADER.removeprefix(_FUTURE) if eager else _HEADER]
        out += [f"from {module} import {name}\n" for name, module in sorted(imported.items())]
        if self.aliases:
            out.append("from typing import Annotated\n\nfrom msgspec import Meta\n\n")
            out += [f"{name} = {text}\n" for name, text in sorted(self.aliases.items())]
        return "".join(out + body)


def _eager_order(classes: list[type], names: dict[type, str]) -> list[type]:
    """Enums first, then each struct after its base and, where no cycle prevents it, the classes its
    members name (depth first)."""
    inside = set(classes)
    order: list[type] = [c for c in classes if issubclass(c, enum.Enum)]
    done, active = set(order), set()

    def visit(c: type) -> None:
        if c in done or c in active:
            return
        active.add(c)
        if c.__bases__[0] in inside:
            visit(c.__bases__[0])
        todo = list(_own_hints(c).values())
        while todo:
            t = todo.pop(0)
            if isinstance(t, type) and not isinstance(t, types.GenericAlias):
                if t in inside:
                    visit(t)
            else:
                todo.extend(getattr(t, "__args__", ()))
        active.discard(c)
        done.add(c)
        order.append(c)

    for c in classes:
        visit(c)
    return order


def _floor_names(classes: list[type]) -> dict[type, str]:
    names: dict[type, str] = {}
    taken: set[str] = set()
    for c in classes:
        name, n = c.__name__, 1
        while name in taken:
            n += 1
            name = f"{c.__name__}_{n}"
        names[c] = name
        taken.add(name)
    return names


def plan(op_id: str, case: dict[str, Any], index: int) -> tuple[dict[str, str], dict[str, Any]]:
    """(module name -> source, the probe's case) for one operation (``case``: bench/_first_call.py's)."""
    from vitec_connect._api import operations
    from vitec_connect._types import Model

    op = operations.operation(op_id)
    body_types = [op.body] if op.body is not None else []
    body_classes = reached(body_types)
    call_types: list[Any] = [op.response] + [p.enum for p in op.params if p.kind == "enum" and p.enum]
    call_classes = [c for c in reached(call_types) if c not in body_classes]
    source = _Source(_floor_names(body_classes + call_classes))
    names = source.names
    body_mod, call_mod = f"{index}_body", f"{index}_call"  # (after the variant's prefix)
    result = op.response
    listed = typing.get_origin(result) is list
    item = typing.get_args(result)[0] if listed else result
    is_model = isinstance(item, type) and issubclass(item, Model)
    modules = {}
    for prefix, eager in VARIANTS.items():
        if body_classes:
            modules[prefix + body_mod] = source.module(body_classes, {}, eager=eager)
        if call_classes or is_model:
            imported = {names[c]: prefix + body_mod for c in body_classes}  # (what the call's classes may name)
            modules[prefix + call_mod] = source.module(call_classes, imported, eager=eager)
    body_item = typing.get_args(op.body)[0] if typing.get_origin(op.body) is list else op.body
    probe = {
        "call_module": call_mod if call_classes or is_model else None,
        "body_module": body_mod if body_classes else None,
        "result": None if result is None or result is bytes else [names[item] if is_model else None, listed],
        "body_type": [names[body_item], body_item is not op.body] if body_item in names else None,
        "body": case["body"],
        "answer": case["answer"],
        "classes": len(call_classes),
        "made_from": {names[c]: f"{c.__module__}:{c.__qualname__}" for c in body_classes + call_classes},
    }
    return modules, probe


def write(cases: dict[str, dict[str, Any]], folder: Any) -> Any:
    """Write and compile the floor modules of ``cases`` under ``folder``; the probes' cases file's path."""
    import pathlib
    import subprocess

    folder = pathlib.Path(folder)
    (folder / "floor_common.py").write_text(COMMON, encoding="utf-8")
    probes = {}
    for index, (op_id, case) in enumerate(cases.items()):
        modules, probes[op_id] = plan(op_id, case, index)
        for name, source in modules.items():
            (folder / f"{name}.py").write_text(source, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)], check=True)
    path = folder / "floor.json"
    path.write_text(json.dumps(probes), encoding="utf-8")
    return path


def _probe(folder: str, case: dict[str, Any], prefix: str) -> list[float]:
    sys.path.insert(0, folder)
    importlib.import_module("floor_common")
    body = None
    if case["body"] is not None:
        if case["body_type"]:
            name, listed = case["body_type"]
            tp = getattr(importlib.import_module(prefix + case["body_module"]), name)
            body = msgspec.json.decode(case["body"], type=list[tp] if listed else tp)  # type: ignore[valid-type]
        else:
            body = msgspec.json.decode(case["body"])
    answer = case["answer"].encode("latin-1")
    result = case["result"]
    modules = len(sys.modules)

    def call(decoder: Any) -> None:
        if body is not None:
            msgspec.json.encode(body)
        if decoder is not None:
            decoder.decode(answer)

    t = time.perf_counter()
    decoder = None
    if case["call_module"]:
        module = importlib.import_module(prefix + case["call_module"])
    if result is not None:
        name, listed = result
        tp = getattr(module, name) if name else Any
        decoder = msgspec.json.Decoder(list[tp] if listed else tp)  # type: ignore[valid-type]
    call(decoder)
    first = time.perf_counter() - t
    later = []
    for _ in range(5):
        t = time.perf_counter()
        call(decoder)
        later.append(time.perf_counter() - t)
    assert len(sys.modules) - modules <= 1  # (the call module only: nothing else was imported in the clock)
    return [first, min(later), case["classes"]]


if __name__ == "__main__":
    folder, path, op_id, prefix = sys.argv[1:5]
    with open(path, encoding="utf-8") as f:
        print(json.dumps(_probe(folder, json.load(f)[op_id], prefix)))
