"""What a first call pays per class it makes and per module it imports (the model layout's costs).

``measure(classes, rounds)`` writes ``classes`` bare ``msgspec.Struct`` classes shaped as the generated
models are (eight members, annotations as text under ``from __future__ import annotations``, wire names
as ``field(name=...)``, ``UNSET`` defaults, keyword-only) in two layouts: one module holding them all, and
one module per class imported by an index module; a module of as many ``str`` enums of five members (the
models' enums have four or five); and a module holding none of them. Each is compiled to bytecode and
imported in fresh interpreters (the base class and msgspec imported before the clock), the four
alternating in each round. Per class: (one module - empty module) / classes; per extra module: (one per
class - one module) / classes; per enum: (enums - empty) / classes; each round's figure, the median with
the range, in µs. The same classes and enums as our ``Model`` and ``OpenEnum`` subclasses (``ours_class``,
``ours_enum``; ``vitec_connect`` imported before the clock, against a module of the same imports) say
what our own base classes add to each.
"""

from __future__ import annotations

import pathlib
import statistics
import subprocess
import sys
import tempfile
from typing import Any

_MEMBERS = 8

_PROBE = """
import sys, time
sys.path.insert(0, sys.argv[1])
import floor_common
if "ours" in "{module}":
    import vitec_connect._types
t = time.perf_counter()
import {module}
print(time.perf_counter() - t)
"""


_OURS = (
    "from __future__ import annotations\n\n"
    "from msgspec import UNSET, UnsetType, field\n\n"
    "from vitec_connect._types import Int32, Model, OpenEnum\n"
)


def _class(i: int, base: str = "Base") -> str:
    lines = [f"class Model{i}({base}, kw_only=True):"]
    for m in range(_MEMBERS):
        kind = ("str", "float", "bool", "Int32")[m % 4]
        if m % 2:
            lines.append(f'    member_{m}_x: {kind} | None | UnsetType = field(name="member{m}X", default=UNSET)')
        else:
            lines.append(f"    member{m}: {kind} | None | UnsetType = UNSET")
    return "\n".join(lines) + "\n"


def _enum(i: int, bases: str = "str, enum.Enum") -> str:
    members = "".join(f'    Member{m} = "Member{m}"\n' for m in range(5))
    return f"class Enum{i}({bases}):\n{members}"


def write(folder: pathlib.Path, classes: int) -> None:
    """The layouts under ``folder`` (``layout_empty``, ``layout_one``, ``layout_many``, ``layout_enums``),
    compiled."""
    from . import first_floor

    header = first_floor._HEADER
    (folder / "floor_common.py").write_text(first_floor.COMMON, encoding="utf-8")
    (folder / "layout_empty.py").write_text(header, encoding="utf-8")
    (folder / "layout_one.py").write_text(
        header + "".join("\n\n" + _class(i) for i in range(classes)), encoding="utf-8"
    )
    for i in range(classes):
        (folder / f"layout_m{i}.py").write_text(header + "\n\n" + _class(i), encoding="utf-8")
    (folder / "layout_enums.py").write_text(
        header + "".join("\n\n" + _enum(i) for i in range(classes)), encoding="utf-8"
    )
    (folder / "layout_ours_empty.py").write_text(_OURS, encoding="utf-8")
    (folder / "layout_ours_one.py").write_text(
        _OURS + "".join("\n\n" + _class(i, "Model") for i in range(classes)), encoding="utf-8"
    )
    (folder / "layout_ours_enums.py").write_text(
        _OURS + "".join("\n\n" + _enum(i, "OpenEnum") for i in range(classes)), encoding="utf-8"
    )
    index = "".join(f"from layout_m{i} import Model{i}\n" for i in range(classes))
    (folder / "layout_many.py").write_text(index, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)], check=True)


def measure(classes: int = 40, rounds: int = 9) -> dict[str, Any]:
    """Per class, per extra module and per enum (µs): median, low, high over ``rounds``; and the layouts'
    imports (s)."""
    with tempfile.TemporaryDirectory(prefix="vitec-bench-") as tmp:
        folder = pathlib.Path(tmp)
        write(folder, classes)

        def seconds(module: str) -> float:
            code = _PROBE.format(module=module)
            done = subprocess.run([sys.executable, "-c", code, tmp], capture_output=True, text=True, check=True)
            return float(done.stdout)

        seconds("layout_many")  # (the file cache)
        layouts = ("layout_empty", "layout_one", "layout_many", "layout_enums")
        layouts += ("layout_ours_empty", "layout_ours_one", "layout_ours_enums")
        runs = [tuple(seconds(name) for name in layouts) for _ in range(rounds)]

    def per(fn: Any) -> tuple[float, float, float]:
        values = [fn(*r) / classes * 1e6 for r in runs]
        return statistics.median(values), min(values), max(values)

    figures = {
        "per_class": per(lambda empty, one, many, enums, *ours: one - empty),
        "per_module": per(lambda empty, one, many, enums, *ours: many - one),
        "per_enum": per(lambda empty, one, many, enums, *ours: enums - empty),
        "ours_class": per(lambda *r: r[5] - r[4]),
        "ours_enum": per(lambda *r: r[6] - r[4]),
    }
    out: dict[str, Any] = {"classes": classes, "members": _MEMBERS}
    for key, (median, low, high) in figures.items():
        out.update({key: median, f"{key}_low": low, f"{key}_high": high})
    out["imports"] = {name[7:]: statistics.median(r[i] for r in runs) for i, name in enumerate(layouts)}
    return out


if __name__ == "__main__":
    r = measure()
    print(f"{r['classes']} classes of {r['members']} members:")
    print(f"  {r['per_class']:.0f} µs per class [{r['per_class_low']:.0f}-{r['per_class_high']:.0f}]")
    print(f"  {r['per_module']:.0f} µs per extra module [{r['per_module_low']:.0f}-{r['per_module_high']:.0f}]")
    print(f"  {r['per_enum']:.0f} µs per enum of five members [{r['per_enum_low']:.0f}-{r['per_enum_high']:.0f}]")
    print(f"  {r['ours_class']:.0f} µs per Model class [{r['ours_class_low']:.0f}-{r['ours_class_high']:.0f}]")
    print(f"  {r['ours_enum']:.0f} µs per OpenEnum [{r['ours_enum_low']:.0f}-{r['ours_enum_high']:.0f}]")
