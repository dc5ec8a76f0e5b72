"""Validate spec/ itself: the OpenAPI document (openapi-spec-validator), the XSDs, and every XML sample
against them (xmlschema). ``python -m codegen.validate_spec``; exits 1 on any problem."""

from __future__ import annotations

import pathlib
import sys

import xmlschema
from lxml import etree
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

SPEC = pathlib.Path(__file__).resolve().parent.parent / "spec"


def main() -> int:
    document, _ = read_from_filename(str(SPEC / "openapi.yaml"))
    validate(document)
    schemas = {}
    for path in sorted((SPEC / "xsd").glob("*.xsd")):
        schema = xmlschema.XMLSchema(str(path))
        schemas[schema.target_namespace] = schema
    failures = 0
    for sample in sorted((SPEC / "samples").glob("*.xml")):
        ns = etree.QName(etree.fromstring(sample.read_bytes())).namespace
        for error in schemas[ns].iter_errors(str(sample)):
            print(f"{sample.name}: {error.reason} at {error.path}", file=sys.stderr)
            failures += 1
    print(f"openapi.yaml valid; {len(schemas)} XSDs; samples {'valid' if not failures else f'{failures} error(s)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
