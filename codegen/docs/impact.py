"""What a regeneration means for callers: the public surface of the generated models, before and after."""

from __future__ import annotations

import ast
from typing import Any

# ---------------------------------------------------------------------------------------------------
# what a regeneration means for callers: the generated models before and after


def _surface(files: dict[str, str]) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[Any, ...]]]:
    """Public classes of generated/models ({"models.mod.Class": {...}}) and constraints per attribute."""
    parsed: dict[str, dict[str, dict[str, Any]]] = {}
    imports: dict[str, list[tuple[str, str, str]]] = {}  # module -> [(_internal module, its name, our name)]
    for rel, text in files.items():
        if not (rel.startswith("models/") and rel.endswith(".py")) or rel.endswith("__init__.py"):
            continue
        module = rel[len("models/") : -3]
        tree = ast.parse(text)
        classes: dict[str, dict[str, Any]] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("_internal"):
                names = [(node.module or "", a.name, a.asname or a.name) for a in node.names]
                imports.setdefault(module, []).extend(names)
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(b) for b in node.bases]
            if "OpenEnum" in bases:
                members = [
                    t.id for s in node.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)
                ]
                classes[node.name] = {"kind": "enum", "members": members}
            else:
                fields = {
                    s.target.id: (ast.unparse(s.annotation), s.value is not None)
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                }
                classes[node.name] = {"kind": "class", "bases": bases, "fields": fields}
        parsed[module] = classes
    api: dict[str, dict[str, Any]] = {}
    for module, classes in parsed.items():
        if module.startswith("_internal"):  # _internal.py, _internal_1.py: re-exported by the namespace modules
            continue
        for name, c in classes.items():
            api[f"models.{module}.{name}"] = c
        for internal, name, alias in imports.get(module, []):
            if name in parsed.get(internal, {}):
                api[f"models.{module}.{alias}"] = parsed[internal][name]
    limits: dict[str, tuple[Any, ...]] = {}
    constraints = files.get("_api/constraints.py")
    if constraints:
        for dnode in ast.walk(ast.parse(constraints)):
            if isinstance(dnode, ast.Dict):
                for k, v in zip(dnode.keys, dnode.values, strict=True):
                    if k is None or not isinstance(v, ast.Tuple):
                        continue
                    for entry in v.elts:  # Constraint(attr=..., required=..., max_length=..., ...)
                        if not isinstance(entry, ast.Call):
                            continue
                        rule = {kw.arg: ast.literal_eval(kw.value) for kw in entry.keywords}
                        owner = k.value if isinstance(k, ast.Constant) else ast.unparse(k)  # "module.Type"
                        limits[f"models.{owner}.{rule['attr']}"] = (
                            rule.get("required", False),
                            rule.get("max_length"),
                            rule.get("length_message"),
                        )
    return api, limits


def api_impact(before: dict[str, str], after: dict[str, str]) -> tuple[str, list[tuple[bool, str]]]:
    """("breaking" | "additions only" | "no API change", [(breaking?, what)])."""
    old, old_limits = _surface(before)
    new, new_limits = _surface(after)
    changes: list[tuple[bool, str]] = []
    for name in sorted(old.keys() | new.keys()):
        a, b = old.get(name), new.get(name)
        if a is None:
            changes.append((False, f"+ {name}: new {'enum' if b and b['kind'] == 'enum' else 'class'}"))
            continue
        if b is None:
            changes.append((True, f"- {name}: removed"))
            continue
        if a["kind"] == "enum" and b["kind"] == "enum":
            for m in b["members"]:
                if m not in a["members"]:
                    changes.append((False, f"+ {name}.{m}: new enum member"))
            for m in a["members"]:
                if m not in b["members"]:
                    changes.append((True, f"- {name}.{m}: enum member removed"))
            continue
        if a["kind"] != b["kind"]:
            changes.append((True, f"~ {name}: {a['kind']} → {b['kind']}"))
            continue
        fa, fb = a["fields"], b["fields"]
        for f, (ann, has_default) in fb.items():
            if f not in fa:
                if has_default:
                    changes.append((False, f"+ {name}.{f}: {ann} (optional)"))
                else:
                    changes.append(
                        (True, f"+ {name}.{f}: {ann} (required: constructing {name.split('.')[-1]} needs it)")
                    )
            elif fa[f] != (ann, has_default):
                changes.append((True, f"~ {name}.{f}: {fa[f][0]} → {ann}"))
        for f in fa:
            if f not in fb:
                changes.append((True, f"- {name}.{f}: removed"))
        if a["bases"] != b["bases"]:
            changes.append((True, f"~ {name}: bases {a['bases']} → {b['bases']}"))
    for key in sorted(old_limits.keys() | new_limits.keys()):
        cls, _, attr = key.rpartition(".")
        if attr not in (old.get(cls) or {}).get("fields", {}):
            continue  # a new attribute: its limits are part of the addition
        a_l, b_l = old_limits.get(key, (False, None, None)), new_limits.get(key, (False, None, None))
        if a_l[1] != b_l[1]:
            stricter = b_l[1] is not None and (a_l[1] is None or b_l[1] < a_l[1])
            effect = (
                "encode(validate=True) now rejects values it accepted"
                if stricter
                else "encode(validate=True) accepts longer values"
            )
            changes.append((stricter, f"~ {key}: length limit {a_l[1]} → {b_l[1]} ({effect})"))
        elif a_l[2] != b_l[2]:
            changes.append((False, f"~ {key}: length message {a_l[2]!r} → {b_l[2]!r}"))
        if a_l[0] != b_l[0] and b_l[0]:
            changes.append((True, f"~ {key}: now required"))
    if any(br for br, _ in changes):
        verdict = "breaking"
    elif changes:
        verdict = "additions only"
    else:
        verdict = "no API change"
    return verdict, changes
