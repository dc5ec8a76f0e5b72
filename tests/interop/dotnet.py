"""Build and run the .NET harness (csharp.py) with Mono, and report differences briefly."""

from __future__ import annotations

import base64
import dataclasses
import glob
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
from typing import Any

from codegen.spec import load

from . import csharp
from .instances import SPEC_DIR

#: Where Debian's libnewtonsoft-json5.0-cil puts Newtonsoft.Json (then the GAC); NEWTONSOFT_JSON_DLL overrides.
NEWTONSOFT_CANDIDATES = (
    "/usr/lib/cli/Newtonsoft.Json-*/Newtonsoft.Json.dll",
    "/usr/lib/mono/gac/Newtonsoft.Json/*/Newtonsoft.Json.dll",
    "/usr/lib/mono/*/Newtonsoft.Json.dll",
)
FRAMEWORK_REFERENCES = ("System.Runtime.Serialization.dll", "System.Xml.dll")


def find_newtonsoft() -> str | None:
    explicit = os.environ.get("NEWTONSOFT_JSON_DLL")
    if explicit:
        return explicit
    for pattern in NEWTONSOFT_CANDIDATES:
        found = sorted(glob.glob(pattern))
        if found:
            return found[-1]
    return None


class HarnessError(RuntimeError):
    """The harness did not run (not: .NET could not read one payload; that is an ``Answer``)."""


@dataclasses.dataclass(frozen=True)
class Answer:
    ok: bool
    data: bytes  # the result, or the exception's type and message (UTF-8)

    @property
    def error(self) -> str:
        return "" if self.ok else self.data.decode("utf-8", "replace")


@dataclasses.dataclass(frozen=True)
class Harness:
    mono: str
    exe: pathlib.Path

    def run(self, requests: list[tuple[str, str, bytes]]) -> list[Answer]:
        """One Mono process for the whole batch: [(root, op, payload)] -> [Answer], in order."""
        with tempfile.TemporaryDirectory(prefix="vitec-dotnet-") as tmp:
            src, dst = pathlib.Path(tmp, "in.txt"), pathlib.Path(tmp, "out.txt")
            with src.open("w", encoding="ascii", newline="\n") as f:
                for i, (root, op, payload) in enumerate(requests):
                    f.write(f"{i} {root} {op} {base64.b64encode(payload).decode()}\n")
            env = {**os.environ, "TZ": "Europe/Stockholm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
            done = subprocess.run(
                [self.mono, str(self.exe), str(src), str(dst)],
                capture_output=True,
                text=True,
                env=env,
                timeout=300,
            )
            if done.returncode != 0:
                raise HarnessError(f"mono exited with {done.returncode}:\n{done.stdout}{done.stderr}")
            answers: dict[int, Answer] = {}
            for line in dst.read_text(encoding="ascii").splitlines():
                i, status, payload = line.split(" ")
                answers[int(i)] = Answer(status == "OK", base64.b64decode(payload))
        if len(answers) != len(requests):
            raise HarnessError(f"{len(requests)} requests but {len(answers)} answers")
        return [answers[i] for i in range(len(requests))]


def build(mcs: str, mono: str, newtonsoft: str, out_dir: pathlib.Path, spec_dir: pathlib.Path = SPEC_DIR) -> Harness:
    """Generate the C# sources from ``spec_dir`` (spec/) and compile them into ``out_dir/harness.exe``."""
    sources = csharp.write(load(spec_dir), out_dir)
    shutil.copy(newtonsoft, out_dir / "Newtonsoft.Json.dll")  # found at run time even outside the GAC
    exe = out_dir / "harness.exe"
    refs = [f"-r:{r}" for r in FRAMEWORK_REFERENCES] + [f"-r:{out_dir / 'Newtonsoft.Json.dll'}"]
    cmd = [mcs, "-nologo", "-warnaserror+", "-optimize+", "-target:exe", f"-out:{exe}", *refs, *map(str, sources)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise HarnessError(f"mcs failed:\n{done.stdout}{done.stderr}")
    return Harness(mono, exe)


# ---------------------------------------------------------------------------------------------------
# Brief differences


def first_difference(expected: bytes, actual: bytes, context: int = 70) -> str:
    """Where two byte strings first differ, with a little of each around it."""
    n = next(
        (i for i, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b), min(len(expected), len(actual))
    )
    lo = max(0, n - context)

    def snippet(data: bytes) -> str:
        text = data[lo : n + context].decode("utf-8", "replace")
        return ("…" if lo else "") + repr(text)[1:-1] + ("…" if n + context < len(data) else "")

    return (
        f"first difference at byte {n} (lengths {len(expected)} and {len(actual)}):\n"
        f"    expected: {snippet(expected)}\n"
        f"    actual:   {snippet(actual)}"
    )


_NUMBER = re.compile(rb"(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)")


def mono_double_quirk(expected: bytes, actual: bytes) -> bool:
    """True when two documents differ only in doubles that Mono writes in one of its two documented ways
    (tests/fixtures/fullspec/README.md, "Where Mono's writer and ours differ"): 17 digits that are not the
    correctly rounded ones but read back as the same double, or 15 digits that do not read back (Mono lost
    the value; ours keeps it). Every other difference, in a number or elsewhere, is not one."""
    ours, theirs = _NUMBER.split(expected), _NUMBER.split(actual)
    if len(ours) != len(theirs):
        return False
    quirk = False
    for i, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        if a == b:
            continue
        if i % 2 == 0:
            return False  # text between numbers differs
        mine, mono = float(a), float(b)
        if not (mono == mine or float(f"{mine:.15g}") == mono):
            return False
        quirk = True
    return quirk


def data_difference(expected: Any, actual: Any, path: str = "$") -> str | None:
    """The first path where two JSON values differ, or None."""
    if type(expected) is not type(actual):
        return f"at {path}: expected {expected!r}, got {actual!r}"
    if isinstance(expected, dict):
        for key in expected.keys() | actual.keys():
            if key not in actual:
                return f"at {path}: {key!r} missing"
            if key not in expected:
                return f"at {path}: unexpected {key!r} = {actual[key]!r}"
        for key in expected:
            found = data_difference(expected[key], actual[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list):
        if len(expected) != len(actual):
            return f"at {path}: expected {len(expected)} items, got {len(actual)}"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            found = data_difference(e, a, f"{path}[{i}]")
            if found:
                return found
        return None
    if expected != actual:
        return f"at {path}: expected {expected!r}, got {actual!r}"
    return None
