"""The one error of the spec reader."""


class SpecError(Exception):
    """spec/ is malformed or inconsistent; the message says where."""
