"""An operation's texts: laid out once by codegen/doctext.py, carried by the operation table, shown by the
resource methods' docstrings and by the command's help."""

from __future__ import annotations

import ast
import inspect

import pytest
from vitec_connect._api import operations
from vitec_connect._api.operations import OPERATIONS
from vitec_connect._cli import main

from codegen import doctext
from codegen.spec import Operation, Param

from .conftest import ROOT


def _op(summary: str, description: str = "") -> Operation:
    return Operation(
        operation_id="x", method="GET", path="/X/{customerId}", tag="t", summary=summary, description=description,
        doc_page="", params=(), body=None, body_required=False, body_name=None, response_kind="none",
        response_ref=None, max_date_range=None,
    )  # fmt: skip


def _param(description: str, max_items: int | None = None) -> Param:
    return Param(name="contactIds", location="path", kind="string", ref=None, required=True,
                 description=description, separator=",", max_items=max_items, python_name=None)  # fmt: skip


@pytest.mark.parametrize(
    ("summary", "description", "title", "rest"),
    [
        # the page's text opens with its title: said once
        ("Hämta kontakt.", "Hämta kontakt. (A contact.)", "Hämta kontakt.", "(A contact.)"),
        # a text that only opens like the title says more: kept whole
        ("Hämtar ett lead.", "Hämtar ett lead, dvs ett inkommande.", "Hämtar ett lead.", "Hämtar ett lead, dvs ett inkommande."),
        # a summary of several sentences: the first is the title, the others open the description
        ("Skapar ett lead. Innan dess görs en dubblettkontroll.", "", "Skapar ett lead.", "Innan dess görs en dubblettkontroll."),
        # HTML breaks are line breaks; an abbreviation does not end the title
        ("Skapar en kontakt.<br />Dubblettkontroll sker på<br /> 1) id, t.ex. kontaktid.", "", "Skapar en kontakt.",
         "Dubblettkontroll sker på\n1) id, t.ex. kontaktid."),
        # a description repeating the whole summary of several sentences
        ("Hämtar X. Man kan filtrera.", "Hämtar X. Man kan filtrera. Mer om det.", "Hämtar X.", "Man kan filtrera.\n\nMer om det."),
        ("", "", "GET /X/{customerId}", ""),
    ],
)  # fmt: skip
def test_title_and_description(summary: str, description: str, title: str, rest: str) -> None:
    op = _op(summary, description)
    assert (doctext.title(op), doctext.description(op)) == (title, rest)


def test_a_parameter_text_is_one_line_and_the_python_notes_are_the_docstrings_only() -> None:
    p = _param("Kontaktidn<br/>(kommaseparerade).", max_items=20)
    assert doctext.param_text(p) == "Kontaktidn (kommaseparerade)."
    doc = doctext.param_doc(p, "contact_ids", 12, customer=True)
    assert doc.startswith("            contact_ids: Kontaktidn (kommaseparerade). At most 20 per request;")
    assert " ".join(doc.split()).endswith("unless ``chunk=False``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client was made without one).")
    assert all(len(line) <= 120 for line in doc.splitlines()) and doc.splitlines()[1].startswith(" " * 16)
    assert doctext.param_doc(_param(""), "contact_ids", 0) == "contact_ids: ``contactIds``."


@pytest.mark.parametrize(
    "text",
    ['short', 'a "quoted" \\ backslash', "ord " * 60, "rad ett\nrad två " + "lång " * 40 + "slut", 'ends with "'],
)
def test_pystr_is_a_literal_of_the_same_text_within_the_line_length(text: str) -> None:
    source = doctext.pystr(text, 12)
    assert ast.literal_eval(source) == text
    assert all(len(line) + 12 + len("description=") <= 121 for line in source.splitlines()[:1])
    assert all(len(line) <= 120 for line in source.splitlines()[1:])


def test_a_docstring_text_cannot_end_the_docstring() -> None:
    text = doctext.docstring('Säg """hej""" och \\n', 8)
    assert ast.literal_eval('"""' + text + '"""').strip() == 'Säg """hej""" och \\n'


def test_every_command_and_every_method_says_what_the_operation_table_says(capsys: pytest.CaptureFixture[str]) -> None:
    """The table carries the texts; the docstring and the command's help show the same, the help as plain text."""
    for op in OPERATIONS.values():
        assert op.summary and "<br" not in op.summary + op.description
        method = getattr(operations.resource_class(op.tag), op.python_name)
        doc = " ".join(inspect.cleandoc(method.__doc__).split())
        assert doc.startswith(op.summary + " ")
        assert doc.count(op.summary) == 1, op.operation_id  # said once
        assert " ".join(op.description.split()) in doc
        with pytest.raises(SystemExit):
            main([op.operation_id.replace("_", "-"), "--help"])
        help_text = " ".join(capsys.readouterr().out.split())
        assert "``" not in help_text
        for text in (op.summary, op.description, *(p.description for p in op.params)):
            assert " ".join(text.replace("``", "").split()) in help_text, (op.operation_id, text)
            assert " ".join(text.split()) in doc, (op.operation_id, text)


def test_the_body_text_is_one_line_and_a_page_less_operation_names_no_page() -> None:
    assert doctext.text_doc("contact", "Personkontakt  som<br />används", 12) == "            contact: Personkontakt som används"
    assert doctext.text_doc("lead", "", 12) == "            lead:"
    source = (ROOT / "generated" / "_api" / "resources" / "crm.py").read_text(encoding="utf-8")
    assert "(Vitec's page: 004_" in source and "(Vitec's page: )" not in source
