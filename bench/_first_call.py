"""One operation's first call and five later ones, in a fresh interpreter (``bench.imports`` runs it).

``python bench/_first_call.py <folder holding fullconnect> <operation id>`` prints ``[first, fastest later]``
in seconds. The transport answers at once with the smallest JSON body of the result type (its required
members only), so the difference is what the first call does once: import the operation's group and
models, and build the decoders.
"""

import datetime
import importlib
import json
import sys
import time

import msgspec

sys.path[:0] = [sys.argv[1]]
pkg = importlib.import_module("fullconnect")
operations = importlib.import_module("fullconnect._api.operations")

op = operations.operation(sys.argv[2])
BODIES = {str: b'"x"', bool: b"true", int: b"1", bytes: b"\x00\x01", type(None): b""}
SCALARS = {
    msgspec.inspect.StrType: "x",
    msgspec.inspect.IntType: 1,
    msgspec.inspect.FloatType: 1.5,
    msgspec.inspect.BoolType: True,
    msgspec.inspect.UUIDType: "8c1e6c4f-0b8e-4d0a-9b1e-3f2a1c0d9e7b",
    msgspec.inspect.DecimalType: "1.5",
}


def minimal(t):
    # the smallest JSON value of a type: a struct with its required members only
    if isinstance(t, msgspec.inspect.StructType):
        return {f.encode_name: minimal(f.type) for f in t.fields if f.required}
    if isinstance(t, (msgspec.inspect.ListType, msgspec.inspect.DictType)):
        return [] if isinstance(t, msgspec.inspect.ListType) else {}
    if isinstance(t, msgspec.inspect.EnumType):
        return next(iter(t.cls)).value
    if isinstance(t, msgspec.inspect.UnionType):
        return minimal(next(x for x in t.types if not isinstance(x, msgspec.inspect.NoneType)))
    if isinstance(t, msgspec.inspect.CustomType):
        return "00:00:01" if t.cls.__name__ == "Duration" else "2025-01-01T00:00:00"
    return SCALARS.get(type(t), "x")


# the answer is made before anything is timed
TP = op.response
BODY = b"" if TP is None else BODIES.get(TP) or msgspec.json.encode(minimal(msgspec.inspect.type_info(TP)))
STATUS, CTYPE = (
    (204, {})
    if TP is None
    else (200, {"content-type": "application/octet-stream" if TP is bytes else "application/json"})
)


def answer(request):
    return pkg.Response(STATUS, CTYPE, BODY, 0.0, request)


def value(p):
    if p.separator:
        return ["a"]
    if p.kind == "enum":
        return next(iter(p.enum))
    return {
        "boolean": True,
        "datetime": datetime.date(2025, 1, 1),
        "int": 1,
        "long": 1,
        "short": 1,
        "double": 1.5,
        "guid": "8c1e6c4f-0b8e-4d0a-9b1e-3f2a1c0d9e7b",
    }.get(p.kind, "x")


args = {p.python_name: value(p) for p in op.params if p.required}
if op.body_name:
    args[op.body_name] = pkg.json.decode(msgspec.json.encode(minimal(msgspec.inspect.type_info(op.body))), type=op.body)
client = pkg.Client("u", "p", transport=pkg.MockTransport(answer), max_retries=0)
method = getattr(getattr(client, op.tag), op.python_name)
t = time.perf_counter()
method(**args)
first = time.perf_counter() - t
later = []
for _ in range(5):
    t = time.perf_counter()
    method(**args)
    later.append(time.perf_counter() - t)
print(json.dumps([first, min(later)]))
