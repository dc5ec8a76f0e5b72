"""Annotations of generated models are resolved by ``_codec.hints_of`` (no typing evaluator at first use),
to exactly what Python's own evaluation gives."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from vitec_connect import _codec

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, typing
    import msgspec
    import vitec_connect.models as models
    from vitec_connect import _codec

    classes = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"vitec_connect.models.{info.name}")
        classes += [c for c in vars(module).values() if isinstance(c, type) and issubclass(c, msgspec.Struct)]
    # Python's evaluation of the annotation text first, for every class, before anything replaces it
    expected = {c: typing.get_type_hints(c, include_extras=True) for c in classes}
    assert len(classes) > 50, len(classes)
    for c in classes:
        got = _codec.hints_of(c)
        for name in c.__struct_fields__:
            assert got[name] == expected[c][name], (c, name, got[name], expected[c][name])
        assert not any(isinstance(v, str) for v in vars(c).get("__annotations__", {}).values()), c
    print(len(classes))
    """
)


def test_every_generated_model_resolves_as_python_evaluates_it() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("str | None | UnsetType", str | None | _codec.UnsetType),
        ("list[int | None] | None", list[int | None] | None),
        ("dict[str, list[str]] | UnsetType", dict[str, list[str]] | _codec.UnsetType),
        ("typing.Optional[int]", int | None),  # not a shape the generator writes: evaluated as Python would
    ],
)
def test_the_shapes_the_generator_writes(text: str, expected: object) -> None:
    namespace = {"UnsetType": _codec.UnsetType, "typing": __import__("typing")}
    assert _codec._evaluate(text, namespace) == expected


def test_a_name_that_does_not_exist_is_python_s_error() -> None:
    with pytest.raises(NameError):
        _codec._evaluate("Missing | None", {})
