"""Sample bodies compared as data: flattened JSON and XML, and a short diff of two bodies."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from lxml import etree

from .page import Sample

# ---------------------------------------------------------------------------------------------------
# samples: data comparison


def strip_ws(xml: bytes) -> bytes:
    """Whitespace between tags removed (the pages' samples are indented)."""
    return re.sub(rb">\s+<", b"><", xml.strip())


def _sample_data(s: Sample) -> Any:
    return s.value if s.fmt == "json" else strip_ws(s.text.encode("utf-8"))


def _flat_json(v: Any, path: str = "$") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(v, dict):
        out[path] = "{}"
        for k, x in v.items():
            out.update(_flat_json(x, f"{path}.{k}"))
    elif isinstance(v, list):
        out[path] = "[]"
        for i, x in enumerate(v):
            out.update(_flat_json(x, f"{path}[{i}]"))
    else:
        out[path] = v
    return out


def _flat_xml(el: Any, parent: str = "", index: str = "") -> dict[str, Any]:
    q = etree.QName(el)
    here = f"{parent}/{q.localname}{index}"
    attrs = ",".join(f"{etree.QName(k).localname}={v}" for k, v in sorted(el.attrib.items()))
    children = [c for c in el if isinstance(c.tag, str)]
    text = None if children else (el.text or "")
    out: dict[str, Any] = {here: (q.namespace, text, attrs) if attrs else (q.namespace, text)}
    names = [etree.QName(c).localname for c in children]
    seen: dict[str, int] = defaultdict(int)
    for child, local in zip(children, names, strict=True):
        seen[local] += 1
        out.update(_flat_xml(child, here, f"[{seen[local]}]" if names.count(local) > 1 else ""))
    return out


def _describe(value: Any) -> str:
    if isinstance(value, tuple):
        ns, text = value[0], value[1]
        bits = []
        if text is not None:
            bits.append(repr(text))
        bits.append(f"in {ns}" if ns else "no namespace")
        if len(value) > 2:
            bits.append(f"[{value[2]}]")
        return " ".join(bits)
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) or value not in ("{}", "[]") else value


def _sample_diff(spec_text: str, page_text: str, fmt: str, limit: int = 8) -> list[str]:
    """What changed between a sample in spec/samples and the page's (as data: JSON values; XML elements)."""
    try:
        if fmt == "json":
            a, b = _flat_json(json.loads(spec_text)), _flat_json(json.loads(page_text))
        else:
            if strip_ws(spec_text.encode()) == strip_ws(page_text.encode()):
                return []
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            a = _flat_xml(etree.fromstring(strip_ws(spec_text.encode()), parser))
            b = _flat_xml(etree.fromstring(strip_ws(page_text.encode()), parser))
    except (ValueError, etree.XMLSyntaxError) as e:
        return [f"cannot compare: {e}"]
    out = []
    for path in list(a) + [p for p in b if p not in a]:
        parent = path.rpartition("/")[0]
        if (
            fmt == "xml"
            and path in a
            and path in b
            and parent in a
            and parent in b
            and a[path][1:] == b[path][1:]
            and (a[path][0], b[path][0]) == (a[parent][0], b[parent][0])
            and a[path][0] != b[path][0]
        ):
            continue  # the same namespace change as its parent's
        if path not in b:
            out.append(f"- {path}")
        elif path not in a:
            out.append(f"+ {path} = {_describe(b[path])}")
        elif a[path] != b[path]:
            out.append(f"~ {path}: {_describe(a[path])} → {_describe(b[path])}")
    if not out and fmt == "xml":
        out.append("same elements, different order or prefixes")
    if len(out) > limit:
        out = [*out[:limit], f"… and {len(out) - limit} more"]
    return out
