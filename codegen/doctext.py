"""An operation's texts as the generated code shows them: title, description and parameter texts.

The operation table (``Operation.summary``, ``.description``, ``Param.description``) and the resource
methods' docstrings are both rendered from these functions, so the two never say different things, and
the command line's help reads the table (never a docstring).

The spec keeps Vitec's wording as imported; here it is only laid out:

- a line break written as HTML (``<br />``) becomes a line break;
- the title is the summary's first sentence; the summary's other sentences open the description;
- a description that starts by repeating the title (``Hämta kontakt.`` / ``Hämta kontakt. (A contact…)``)
  says it once.
"""

from __future__ import annotations

import json
import re
import textwrap

from .spec import Operation, Param

#: HTML line breaks in the imported texts
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
#: the end of a sentence: . ! or ? then a space and a capital letter or a digit
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9(])")


def _text(raw: str) -> str:
    """The imported text with its HTML breaks as line breaks and runs of spaces as one."""
    lines = _BREAK.sub("\n", raw.strip()).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _split_title(summary: str) -> tuple[str, str]:
    first_line, _, rest = summary.partition("\n")
    parts = _SENTENCE_END.split(first_line, maxsplit=1)
    title = parts[0]
    more = "\n".join(p for p in (parts[1] if len(parts) > 1 else "", rest) if p)
    return title, more


def title(op: Operation) -> str:
    """The operation's one-line title: the summary's first sentence (``GET /route`` without a summary)."""
    summary = _text(op.summary)
    return _split_title(summary)[0] if summary else f"{op.method} {op.path}"


def description(op: Operation) -> str:
    """What the operation's texts say after the title, without repeating it; paragraphs split by a
    blank line, lines as the text breaks them."""
    summary = _text(op.summary)
    head, more = _split_title(summary) if summary else ("", "")
    described = _text(op.description)
    for repeated in (summary, head):  # the page's text opens with its title: say it once
        if repeated and described.startswith(repeated):
            described = described[len(repeated) :].lstrip(" \n")
            break
    return "\n\n".join(p for p in (more, described) if p)


def param_text(p: Param) -> str:
    """A parameter's text, on one line."""
    return " ".join(_text(p.description).split())


def pystr(text: str, indent: int = 4, width: int = 120) -> str:
    """``text`` as a Python string literal, the value of a keyword argument at ``indent``: one literal where
    the line fits in ``width``, else adjacent literals in parentheses, split after a space or a line break."""
    if indent + len("description=") + len(json.dumps(text, ensure_ascii=False)) + 1 <= width:
        return json.dumps(text, ensure_ascii=False)
    pieces: list[str] = []
    for line in text.splitlines(keepends=True):
        words = re.findall(r"\S+\s*", line) or [line]
        piece = ""
        for word in words:
            if piece and len(json.dumps(piece + word, ensure_ascii=False)) + indent + 4 > width:
                pieces.append(piece)
                piece = ""
            piece += word
        pieces.append(piece)
    pad = " " * (indent + 4)
    body = "\n".join(pad + json.dumps(piece, ensure_ascii=False) for piece in pieces if piece)
    return "(\n" + body + "\n" + " " * indent + ")"


def docstring(text: str, indent: int) -> str:
    """Paragraphs of ``text`` wrapped for a docstring at ``indent`` (a line break in the text is kept)."""
    pad = " " * indent
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        if out:
            out.append("")
        for line in paragraph.splitlines():
            out += _wrap(line, pad, pad)
    return "\n".join(out)


def param_doc(p: Param, name: str, indent: int, customer: bool = False) -> str:
    """``name: text`` for a resource method's Args at ``indent`` (continued four spaces further in), with
    what the Python API adds: the batching of long lists, the client's customer."""
    text = param_text(p) or f"``{p.name}``."
    if p.max_items:
        text += f" At most {p.max_items} per request; more are sent in batches of {p.max_items} unless ``chunk=False``."
    if customer:
        text += " Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client was made without one)."
    return "\n".join(_wrap(f"{name}: {text}", " " * indent, " " * (indent + 4)))


def text_doc(name: str, text: str, indent: int) -> str:
    """``name: text`` for a docstring's Args (the request body's), ``text`` on one line and wrapped."""
    return "\n".join(_wrap(f"{name}: {' '.join(_text(text).split())}".rstrip(), " " * indent, " " * (indent + 4)))


def escaped(text: str) -> str:
    """Text made safe inside a docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"""')


def _wrap(line: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(escaped(line), width=_WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)  # fmt: skip


#: the generated code's line length (codegen/ruff-generated.toml), less a margin
_WIDTH = 116
