"""Import Vitec's published API description and help pages into spec/ (``python -m codegen import``).

Modules, one job each: ``swagger`` (Swagger 2.0 reader), ``pages`` (what a help page says about operations
and types; pages are read by the docs tool's ``codegen.docs.crawl``, ``html`` and ``parse``), ``rules``
(prose limits), ``merge`` (authority and overrides), ``xsd`` and ``write`` (spec/ files), ``cli`` (the command).
"""
