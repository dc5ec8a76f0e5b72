"""CHANGELOG.md entries for the changes ``--update`` applied."""

from __future__ import annotations

import pathlib
import re

from ..naming import snake
from ..spec import Spec
from .report import Item

# ---------------------------------------------------------------------------------------------------
# CHANGELOG.md


def changelog_lines(applied: list[Item], spec: Spec) -> list[str]:
    lines = []
    for it in applied:
        u = it.update
        assert u is not None
        page = f" ({it.page})" if it.page else ""
        if u["op"] == "add_field":
            attr = snake(u["json_name"])
            lines.append(
                f"- Vitec docs{page}: `models.{u['component']}` has a new optional field `{attr}` "
                f"(JSON `{u['json_name']}`, XML `<{u['xml_name']}>`, {it.new})."
            )
        elif u["op"] == "add_enum":
            lines.append(f"- Vitec docs{page}: `models.{u['component']}` has a new member `{u['value']}`.")
        elif u["op"] == "set_max_length":
            old, new = u["old"], u["value"]
            stricter = new is not None and (old is None or new < old)
            lines.append(
                f"- Vitec docs{page}: `models.{u['component']}.{snake(u['json_name'])}`: length limit {old} → {new}"
                + (" (breaking: `encode(validate=True)` rejects longer values)." if stricter else ".")
            )
        elif u["op"] == "set_length_message":
            lines.append(
                f"- Vitec docs{page}: `models.{u['component']}.{snake(u['json_name'])}`: "
                f"length message is now “{u['message']}”."
            )
    return lines


def append_changelog(path: pathlib.Path, lines: list[str]) -> None:
    if not lines:
        return
    text = path.read_text(encoding="utf-8") if path.exists() else "# Changelog\n"
    all_lines = text.rstrip("\n").split("\n")
    head = next((i for i, line in enumerate(all_lines) if re.match(r"^##\s+\[?Unreleased\]?\s*$", line, re.I)), None)
    if head is None:
        first = next((i for i, line in enumerate(all_lines) if line.startswith("## ")), len(all_lines))
        block = ["## Unreleased", "", *lines, ""]
        if first == len(all_lines):
            all_lines += ["", *block[:-1]]
        else:
            all_lines[first:first] = block
    else:
        end = next((i for i in range(head + 1, len(all_lines)) if all_lines[i].startswith("## ")), len(all_lines))
        while end > head + 1 and not all_lines[end - 1].strip():
            end -= 1
        insert = lines if end > head + 1 else ["", *lines]
        all_lines[end:end] = insert
    path.write_text("\n".join(all_lines) + "\n", encoding="utf-8")
