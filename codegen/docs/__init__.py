"""When Vitec's documentation changes: see exactly what changed, regenerate, and know what breaks.

``python -m codegen.docs_diff [--docs DIR] [--spec DIR] [--out DIR] [--json] [--update]``

Reads every page in ``--docs`` (a folder of pages in the text form, markdown or HelpPage HTML, or a site's
base URL, crawled from its help index; default: ``docs`` under ``[tool.vitec-connect]`` in pyproject.toml),
through the same parser as the importer (``parse``, ``html``, ``crawl``), and compares it
with ``--spec`` (default ``spec/``) and the code generated from it (``--out``, default ``generated/``):

- endpoints: method and route (a page is matched to an operation by route, else by ``x-doc-page``), the
  body and response types, every URI/query parameter (name, location, type, required);
- every type whose table is on a page: its members (name, type, list-ness, length limit, required,
  Vitec's messages). A table is matched to the type, among those the endpoint reaches, whose members it
  shares most (the scrape moves tables away from their headings);
- every sample body (JSON and XML), walked with the spec: members the spec lacks, enum members,
  the XML namespaces and element order; whether it still decodes in strict mode and re-encodes
  identically with the generated code; whether it still equals its copy in ``spec/samples/``.

A site's help index is the whole set: an operation of the spec no page there documents is reported removed.
A folder may hold some pages only: an operation none of them documents is removed if it came from a page
file (``x-doc-page``, a file name), and otherwise (from the Swagger, or from a site's page) listed as not
covered by these pages (``not_covered`` in ``--json``), which is not drift.

What the spec decides on purpose is not drift: a member a table omits but a sample shows
(``CrmContact.email``), a member the tables list under each subtype that the spec keeps on the base
(``type``), enum members marked ``x-inferred``, type names the pages never show.

Exit status: 0 the pages and the spec agree; 1 they drift; 2 the check itself failed.

``--update`` applies the simple cases (a new optional member, a new enum member, a changed length limit
or length message) to openapi.yaml and the matching XSD (a new member's text to descriptions.yaml too,
where the import reads it), checks their consistency, regenerates
``--out``, copies the page's samples to ``spec/samples/`` where the regenerated code round-trips them,
says what the change means for callers (additions only, or breaking: read from the generated models),
and appends it to ``CHANGELOG.md`` beside the spec folder, under "Unreleased".

One module per job: parse.py (a page: route, types, headings) with cut.py (its samples), tables.py (its
tables' rows) and page.py (what they read), html.py (HelpPage HTML into the text form),
crawl.py (pages from a folder or a site), enum_tables.py (a model page's enumeration members), checker.py
with walk.py and verdicts.py (the comparison), samples.py and roundtrip.py (sample bodies as data, and
through the generated code), compare.py (the whole comparison, one Report; report.py), edit.py (the spec
edits), impact.py (the API change for callers), changelog.py, update.py (``--update``), cli.py (the command
line).
"""
