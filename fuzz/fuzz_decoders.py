"""Coverage-guided fuzzing of the JSON and XML decoders (atheris / libFuzzer).

    python fuzz/fuzz_decoders.py -max_total_time=60 fuzz/corpus     # nox -s fuzz
    python fuzz/fuzz_decoders.py -runs=3000                         # the CI smoke run

Any exception other than DecodeError is a finding, and so is an XML document that the fast path
and the tree decoder read differently. The corpus starts from spec/samples.
"""

from __future__ import annotations

import pathlib
import sys

import atheris

with atheris.instrument_imports():
    from vitec_connect import DecodeError, json, models, xml

TYPES = [
    models.TipsAndLeadsReport,
    models.CrmContact,
    models.IncomingLead,
    models.PublicAdvertisingPersonLead,
    list[models.CrmContactLead],
    str,
]


def test_one_input(data: bytes) -> None:
    if len(data) < 2:
        return
    tp = TYPES[data[0] % len(TYPES)]
    codec = json if data[1] % 2 else xml
    strict = bool(data[1] & 2)
    try:
        got = codec.decode(data[2:], type=tp, strict=strict)
    except DecodeError:
        got = DecodeError
    if codec is xml:
        # The XML fast path must agree with the tree decoder: same value, or both refuse.
        xml._FAST_PATH = False
        try:
            tree = xml.decode(data[2:], type=tp, strict=strict)
        except DecodeError:
            tree = DecodeError
        finally:
            xml._FAST_PATH = True
        if got != tree:
            raise AssertionError(f"fast path {got!r} != tree decoder {tree!r}")


def main() -> None:
    args = list(sys.argv)
    corpus = [a for a in args[1:] if not a.startswith("-")]
    if corpus:
        folder = pathlib.Path(corpus[0])
        folder.mkdir(parents=True, exist_ok=True)
        samples = pathlib.Path(__file__).resolve().parent.parent / "spec" / "samples"
        for i, sample in enumerate(sorted(samples.iterdir())):
            for t in range(len(TYPES)):
                fmt = 1 if sample.suffix == ".json" else 0
                (folder / f"seed-{i}-{t}").write_bytes(bytes([t, fmt]) + sample.read_bytes())
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
