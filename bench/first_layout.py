"""What a first call pays per class it makes and per module it imports (the model layout's costs).

``measure(classes, rounds)`` writes ``classes`` bare ``msgspec.Struct`` classes shaped as the generated
models are (eight members, annotations as text under ``from __future__ import annotations``, wire names
as ``field(name=...)``, ``UNSET`` defaults, keyword-only) in two layouts: one module holding them all, and
one module per class imported by an index module; a module of as many ``str`` enums of five members (the
models' enums have four or five); and a module holding none of them. Each is compiled to bytecode and
imported in fresh interpreters (the base class and msgspec imported before the clock), the four
alternating in each round. Per class: (one module - empty module) / classes; per extra module: (one per
class - one module) / classes; per enum: (enums - empty) / classes; each round's figure, the median with
the range, in µs.
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
t = time.perf_counter()
import {module}
print(time.perf_counter() - t)
"""


def _class(i: int) -> str:
    lines = [f"class Model{i}(Base, kw_only=True):"]
    for m in range(_MEMBERS):
        kind = ("str", "float", "bool", "Int32")[m % 4]
        if m % 2:
            lines.append(f'    member_{m}_x: {kind} | None | UnsetType = field(name="member{m}X", default=UNSET)')
        else:
            lines.append(f"    member{m}: {kind} | None | UnsetType = UNSET")
    return "\n".join(lines) + "\n"


def _enum(i: int) -> str:
    members = "".join(f'    Member{m} = "Member{m}"\n' for m in range(5))
    return f"class Enum{i}(str, enum.Enum):\n{members}"


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
        runs = [tuple(seconds(name) for name in layouts) for _ in range(rounds)]
    per_class = [(one - empty) / classes * 1e6 for empty, one, _, _ in runs]
    per_module = [(many - one) / classes * 1e6 for _, one, many, _ in runs]
    per_enum = [(enums - empty) / classes * 1e6 for empty, _, _, enums in runs]
    return {
        "classes": classes,
        "members": _MEMBERS,
        "per_class": statistics.median(per_class),
        "per_class_low": min(per_class),
        "per_class_high": max(per_class),
        "per_module": statistics.median(per_module),
        "per_module_low": min(per_module),
        "per_module_high": max(per_module),
        "per_enum": statistics.median(per_enum),
        "per_enum_low": min(per_enum),
        "per_enum_high": max(per_enum),
        "imports": {name[7:]: statistics.median(r[i] for r in runs) for i, name in enumerate(layouts)},
    }


if __name__ == "__main__":
    r = measure()
    print(f"{r['classes']} classes of {r['members']} members:")
    print(f"  {r['per_class']:.0f} µs per class [{r['per_class_low']:.0f}-{r['per_class_high']:.0f}]")
    print(f"  {r['per_module']:.0f} µs per extra module [{r['per_module_low']:.0f}-{r['per_module_high']:.0f}]")
    print(f"  {r['per_enum']:.0f} µs per enum of five members [{r['per_enum_low']:.0f}-{r['per_enum_high']:.0f}]")
