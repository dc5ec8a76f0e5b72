"""What the first call of each operation adds over its later calls, one fresh interpreter per operation.

``cases(package)`` (in the measuring process) makes, for every operation of ``package`` (``vitec_connect``
or the fixture's ``fullconnect``), the arguments of a call and the answer: the smallest JSON body of the
result type (its required members only), and the XML of the same value (written by the package's XML
encoder). The probe, ``python bench/_first_call.py <folder or -> <package> <cases.json> <operation id>
[json|xml]``, imports the package and makes the client in that format and the request body (as a caller
does before calling; the body is made by decoding its JSON), then times ``client.<group>.<method>(...)``:
the first call pays for importing the group and its models and readying the codec, the fastest of the
next five is the call itself. It prints ``[first, fastest later, modules imported by the first call]``.
Nothing of the operation is imported before the clock starts (its table row is not looked up there).
"""

from __future__ import annotations

import datetime
import importlib
import json
import sys
import time
import typing
from typing import Any

_SCALAR_BODIES: dict[Any, bytes] = {str: b'"x"', bool: b"true", int: b"1", bytes: b"\x00\x01", type(None): b""}
_GUID = "8c1e6c4f-0b8e-4d0a-9b1e-3f2a1c0d9e7b"


def _minimal(t: Any) -> Any:
    """The smallest JSON value of a type (``msgspec.inspect`` form): a struct with its required members."""
    import msgspec

    mi = msgspec.inspect
    if isinstance(t, mi.StructType):
        return {f.encode_name: _minimal(f.type) for f in t.fields if f.required}
    if isinstance(t, mi.ListType):
        return []
    if isinstance(t, mi.DictType):
        return {}
    if isinstance(t, mi.EnumType):
        return next(iter(t.cls)).value
    if isinstance(t, mi.UnionType):
        return _minimal(next(x for x in t.types if not isinstance(x, mi.NoneType)))
    if isinstance(t, mi.CustomType):
        return "00:00:01" if t.cls.__name__ == "Duration" else "2025-01-01T00:00:00"
    scalars = {mi.StrType: "x", mi.IntType: 1, mi.FloatType: 1.5, mi.BoolType: True, mi.UUIDType: _GUID}
    return scalars.get(type(t), "1.5" if isinstance(t, mi.DecimalType) else "x")


def _argument(p: Any) -> Any:
    if p.separator:
        return ["a"]
    if p.kind == "enum":
        return next(iter(p.enum)).value
    kinds = {"boolean": True, "datetime": "date:2025-01-01", "int": 1, "long": 1, "short": 1, "double": 1.5}
    return {**kinds, "guid": _GUID}.get(p.kind, "x")


def cases(package: str) -> dict[str, dict[str, Any]]:
    """Per operation id: group, method, required arguments, body (JSON text and type) and the answer (JSON,
    and the XML of the same value)."""
    import msgspec

    operations = importlib.import_module(f"{package}._api.operations")
    pkg = importlib.import_module(package)
    out = {}
    for op_id in operations.TAG_OF:
        op = operations.operation(op_id)
        tp = op.response
        answer = _SCALAR_BODIES.get(tp)
        if answer is None:
            answer = msgspec.json.encode(_minimal(msgspec.inspect.type_info(tp)))
        content_type = "application/octet-stream" if tp is bytes else "application/json"
        xml_answer = answer if tp is None or tp is bytes else pkg.xml.encode(pkg.json.decode(answer, type=tp), type=tp)
        case = {
            "group": op.tag,
            "method": op.python_name,
            "status": 204 if tp is None else 200,
            "headers": {} if tp is None else {"content-type": content_type},
            "answer": answer.decode("latin-1"),
            "xml_answer": xml_answer.decode("latin-1"),
            "args": {p.python_name: _argument(p) for p in op.params if p.required},
            "body_name": op.body_name,
            "body_type": None,
            "body": None,
        }
        if op.body_name:
            item = typing.get_args(op.body)[0] if typing.get_origin(op.body) is list else None
            named = op.body if item is None else item
            case["body_type"] = [named.__module__, named.__qualname__, item is not None]
            case["body"] = msgspec.json.encode(_minimal(msgspec.inspect.type_info(op.body))).decode()
        out[op_id] = case
    return out


def _probe(folder: str, package: str, case: dict[str, Any], fmt: str = "json") -> list[float]:
    if folder != "-":
        sys.path.insert(0, folder)
    pkg = importlib.import_module(package)
    args = {
        k: datetime.date.fromisoformat(v[5:]) if isinstance(v, str) and v.startswith("date:") else v
        for k, v in case["args"].items()
    }
    if case["body_name"]:
        module, name, listed = case["body_type"]
        tp = getattr(importlib.import_module(module), name)
        args[case["body_name"]] = pkg.json.decode(case["body"], type=list[tp] if listed else tp)  # type: ignore[valid-type]
    answer = case["answer" if fmt == "json" else "xml_answer"].encode("latin-1")
    headers = case["headers"]
    if fmt == "xml" and headers.get("content-type") == "application/json":
        headers = {"content-type": "application/xml; charset=utf-8"}

    def respond(request: Any) -> Any:
        return pkg.Response(case["status"], headers, answer, 0.0, request)

    client = pkg.Client("u", "p", format=fmt, transport=pkg.MockTransport(respond), max_retries=0)
    client.send_inferred_namespaces = True  # (the body's namespace is not what is measured)
    group, method = case["group"], case["method"]
    before = len(sys.modules)
    t = time.perf_counter()
    getattr(getattr(client, group), method)(**args)
    first = time.perf_counter() - t
    imported = len(sys.modules) - before
    call = getattr(getattr(client, group), method)
    later = []
    for _ in range(5):
        t = time.perf_counter()
        call(**args)
        later.append(time.perf_counter() - t)
    return [first, min(later), imported]


if __name__ == "__main__":
    folder, package, path, op_id = sys.argv[1:5]
    with open(path, encoding="utf-8") as f:
        print(json.dumps(_probe(folder, package, json.load(f)[op_id], *sys.argv[5:6])))
