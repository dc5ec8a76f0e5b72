"""The scalar corpus (fixtures/dotnet/wire_facts.tsv) is what Mono's serializers write and read today.

``wire_facts/WireFacts.cs`` prints every row: the text DataContractSerializer and Newtonsoft write for
each value, and what their readers make of each text. ``test_scalars.py`` holds our codecs to the
corpus; this test holds the corpus to .NET, so a fact is never our guess.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess

import pytest

from ..conftest import IN_CI, require_tool
from .dotnet import FRAMEWORK_REFERENCES, find_newtonsoft

HERE = pathlib.Path(__file__).parent
CORPUS = HERE.parent / "fixtures" / "dotnet" / "wire_facts.tsv"


def test_corpus_is_what_dotnet_writes_and_reads(tmp_path: pathlib.Path) -> None:
    mcs, mono = require_tool("mcs"), require_tool("mono")
    newtonsoft = find_newtonsoft()
    if newtonsoft is None:
        if IN_CI:
            pytest.fail("Newtonsoft.Json.dll not found")
        pytest.skip("Newtonsoft.Json.dll not found")
    shutil.copy(newtonsoft, tmp_path / "Newtonsoft.Json.dll")
    exe = tmp_path / "WireFacts.exe"
    refs = [f"-r:{r}" for r in FRAMEWORK_REFERENCES] + [f"-r:{tmp_path / 'Newtonsoft.Json.dll'}"]
    source = HERE / "wire_facts" / "WireFacts.cs"
    built = subprocess.run(
        [mcs, "-nologo", "-warnaserror+", f"-out:{exe}", *refs, str(source)], capture_output=True, text=True
    )
    assert built.returncode == 0, built.stdout + built.stderr
    env = {**os.environ, "TZ": "Europe/Stockholm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    done = subprocess.run([mono, str(exe)], capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    expected = CORPUS.read_text(encoding="utf-8").splitlines()
    actual = done.stdout.decode("utf-8").splitlines()
    changed = [f"- {e}\n+ {a}" for e, a in zip(expected, actual, strict=False) if e != a]
    assert not changed and len(expected) == len(actual), "\n".join(changed[:10]) or "row count differs"
