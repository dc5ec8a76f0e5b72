"""Help pages (one per operation) -> the operations and types they document, in spec/'s conventions.

A page is read by the docs tool's parser (the same for the text form and HelpPage HTML); this module
decides what its tables and samples say about the API:

- the route line gives method and path; the URI-parameter table gives parameters (a name that is in the
  route is a path parameter, else a query parameter) with "Krävs" and length rules;
- each type table gives a type's members (XML name = the table's name; JSON name from a JSON sample,
  else the same word with a lower-case first letter), kinds from the page's type words;
- the XML samples prove namespaces: a root element is in its type's namespace, a member element's
  children are in the member type's namespace, an ``i:type`` names a subtype and its namespace;
- the JSON samples give JSON order (spec/ lists properties as the samples write them);
- a type the tables name but never describe takes its members, or enum values, from the samples
  (``x-inferred`` says so). Prose rules are read by ``rules``.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..docs.parse import PRIMITIVES, Page, Row
from . import rules
from .model import DC, Api, snake

XSI = "http://www.w3.org/2001/XMLSchema-instance"
_PRIMITIVE_SCHEMA: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "boolean": {"type": "boolean"},
    "datetime": {"type": "string", "format": "date-time"},
    "int": {"type": "integer", "format": "int32"},
    "decimal": {"type": "number", "format": "decimal"},
    "guid": {"type": "string", "format": "uuid"},
}


def _display(key: str) -> str:
    """The type name of an internal type key ("Lead@<namespace>", "Type#Tip")."""
    return key.split("@", 1)[0].split("#", 1)[0]


def _placeholder(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "string" and "enum" not in schema


def _lower_first(s: str) -> str:
    """Newtonsoft's camel case of a .NET member name: a leading run of capitals is lowered up to the
    last one before a lower-case letter (``GDPRApprovalDate`` -> ``gdprApprovalDate``, ``Id`` -> ``id``)."""
    chars = list(s)
    for i in range(len(chars)):
        if i == 1 and not chars[i].isupper():
            break
        if i > 0 and i + 1 < len(chars) and not chars[i + 1].isupper():
            if chars[i + 1].isspace():
                chars[i] = chars[i].lower()
            break
        chars[i] = chars[i].lower()
    return "".join(chars)


class PageReader:
    """Reads one page into ``api`` (an ``Api`` shared by every page of one import)."""

    def __init__(self, api: Api, page: Page, source: str, below: dict[str, list[str]] | None = None) -> None:
        self.api = api
        self.below = below or {}  # type name -> components of the lower sources
        self.page = page
        self.source = source
        self.tables: dict[str, list[Row]] = {}
        self.namespace: dict[str, str] = {}  # type name -> CLR namespace (from an XML sample)
        self.subtypes: dict[str, str] = {}  # subtype -> base type (from i:type)
        self.xml_members: dict[str, dict[str, etree._Element]] = {}  # type -> element name -> an example
        self.json_order: dict[str, list[str]] = {}
        self.enum_values: dict[str, list[str]] = {}
        self.components: dict[str, str] = {}  # type name -> component
        self.sample_kinds: dict[str, dict[str, str]] = {}  # type -> member -> kind word, from samples only
        self.borrowed: set[str] = set()  # types whose rows come from their subtypes' tables
        self.enum_owner: dict[str, str] = {}  # enumeration known only from samples -> the type using it

    # -- reading ----------------------------------------------------------------------------------

    def read(self) -> None:
        page = self.page
        if not page.method or not page.route:
            self.api.problems.append(f"{self.source}: no route line; page skipped")
            return
        result = (page.response_type or "").removeprefix("Collection of ")
        body = (page.body_type or "").removeprefix("Collection of ")
        if not result and not body:  # the scrape lost the result's name: the first XML sample's root says it
            root = next((x.root for x in page.samples if x.fmt == "xml" and x.root and not x.error), None)
            if root:
                result = root.removeprefix("ArrayOf")
                page.response_type = f"Collection of {result}" if root.startswith("ArrayOf") else result
        shown = self._root_members(result)
        used = {t.label for t in page.type_tables} | {r.type_name for t in page.tables for r in t.rows}
        orphans = [n for n in dict.fromkeys(page.labels) if n not in used and n not in (result, body)]
        for t in page.type_tables:
            label = t.label or (result if result not in PRIMITIVES else body) or None
            if not t.label and shown and len(orphans) == 1 and {r.name for r in t.rows} - shown:
                # the scrape moved a heading away from its table: the result's sample does not show these
                # members, and one type the page names has no table
                label = orphans[0]
            if label and label not in self.tables:
                self.tables[label] = t.rows
        if shown and result not in self.tables:
            # the result's own table is missing, its subtypes' tables repeat its members: take those rows
            rows: dict[str, Row] = {}
            for t in page.type_tables:
                names = {r.name for r in t.rows}
                if len(names & shown) * 2 >= len(shown):
                    for r in t.rows:
                        if r.name in shown:
                            rows.setdefault(r.name, r)
            if rows:
                self.tables[result] = list(rows.values())
                self.borrowed.add(result)
        for s in page.samples:  # XML first: it names the members no table lists, JSON then orders them
            if s.fmt == "xml" and not s.error:
                root = etree.fromstring(s.text.encode("utf-8"), etree.XMLParser(resolve_entities=False))
                name = etree.QName(root).localname
                if name.startswith("ArrayOf") and name[7:] in self.tables | {result: 1, body: 1}:
                    for child in root:
                        self._xml(child, name[7:])
                elif name in (result, body) or name in self.tables:
                    self._xml(root, name)
        for s in page.samples:
            if s.fmt == "json":
                for t in (result, body):
                    if t and t not in PRIMITIVES:
                        self._json(s.value, t)
        for name in sorted(set(self.tables) | set(self.namespace) | set(self.subtypes)):
            self._component_name(name)
        self._operation()
        done: set[str] = set()
        while len(done) < len(self.components):  # members and parameters name more types
            for name in sorted(set(self.components) - done):
                done.add(name)
                self._component(name)

    def _root_members(self, type_name: str) -> set[str]:
        """Element names of the first XML sample whose root is ``type_name`` (without ``i:type``)."""
        for s in self.page.samples:
            if s.fmt == "xml" and not s.error and s.root == type_name:
                root = etree.fromstring(s.text.encode("utf-8"), etree.XMLParser(resolve_entities=False))
                if root.get(f"{{{XSI}}}type") is None:
                    return {etree.QName(c).localname for c in root if isinstance(c.tag, str)}
        return set()

    def _xml(self, el: etree._Element, type_name: str) -> None:
        if type_name in PRIMITIVES or type_name in ("string",):
            return
        xsi_type = el.get(f"{{{XSI}}}type")
        if xsi_type:
            prefix, _, sub = xsi_type.rpartition(":")
            ns = el.nsmap.get(prefix or None)
            if ns and ns.startswith(DC):
                self.namespace.setdefault(sub, ns[len(DC) :])
            self.subtypes.setdefault(sub, type_name)
            type_name = sub
        children = [c for c in el if isinstance(c.tag, str)]
        if el.getparent() is None:
            ns = etree.QName(el).namespace or ""
            if ns.startswith(DC) and not xsi_type:
                self.namespace.setdefault(type_name, ns[len(DC) :])
        elif children:
            ns = etree.QName(children[0]).namespace or ""
            if ns.startswith(DC):
                self.namespace.setdefault(type_name, ns[len(DC) :])
        if not children:
            text = (el.text or "").strip()
            if text and el.get(f"{{{XSI}}}nil") != "true":
                values = self.enum_values.setdefault(type_name, [])
                if text not in values:
                    values.append(text)
            return
        members = self.xml_members.setdefault(type_name, {})
        rows = {r.name: r for r in self._rows(type_name)}
        for child in children:
            member = etree.QName(child).localname
            members.setdefault(member, child)
            row = rows.get(member)
            if row is None:
                if not self._inherited(type_name, member):
                    self._sample_member(type_name, member, child)
                continue
            if row.is_list:
                for item in child:
                    if isinstance(item.tag, str):
                        self._xml(item, row.type_name)
            else:
                self._xml(child, row.type_name)

    def _sample_member(self, type_name: str, member: str, el: etree._Element) -> None:
        """A member no table describes: its kind from how the sample writes it."""
        kinds = self.sample_kinds.setdefault(type_name, {})
        children = [c for c in el if isinstance(c.tag, str)]
        if el.get(f"{{{XSI}}}nil") == "true":
            kinds.setdefault(member, "string")
        elif children:
            names = {etree.QName(c).localname for c in children}
            if (len(children) > 1 and len(names) == 1) or member.startswith("ArrayOf"):
                item = names.pop()
                kinds[member] = f"Collection of {item}"
                for c in children:
                    self._xml(c, item)
            else:
                ns = etree.QName(children[0]).namespace or ""
                key = member
                if self.namespace.get(member) not in (None, ns[len(DC) :]):
                    key = f"{member}@{ns[len(DC) :]}"  # the same element name, another type
                kinds[member] = key
                self._xml(el, key)
        else:
            word = _text_kind(el.text or "", member)
            if word == member:  # an enumeration named as its element; another parent's is another type
                owner = self.enum_owner.setdefault(member, type_name)
                word = member if owner == type_name else f"{member}#{type_name}"
                self.enum_owner.setdefault(word, type_name)
            kinds[member] = word
            if _display(word) == member:
                self._xml(el, word)

    def _rows(self, type_name: str) -> list[Row]:
        rows = list(self.tables.get(type_name, []))
        base = self.subtypes.get(type_name)
        return rows + (self._rows(base) if base else [])

    def _json(self, value: Any, type_name: str) -> None:
        if isinstance(value, list):
            for v in value:
                self._json(v, type_name)
            return
        if not isinstance(value, dict):
            return
        order = self.json_order.setdefault(type_name, [])
        rows = {_lower_first(r.name): r for r in self._rows(type_name)}
        for key, v in value.items():
            if key not in order:
                order.append(key)
            row = rows.get(key)
            word = row.type_name if row is not None else None
            if word is None:
                word = (
                    self.sample_kinds.get(type_name, {})
                    .get(key[:1].upper() + key[1:], "")
                    .removeprefix("Collection of ")
                )
            if word and word not in PRIMITIVES:
                self._json(v, word)

    # -- writing ----------------------------------------------------------------------------------

    def _component_name(self, name: str) -> str:
        if name in self.components:
            return self.components[name]
        ns = self.namespace.get(name)
        if ns is None:  # a sample never shows it: the namespace of the type using it (a guess)
            ns = next((self.namespace[t] for t, rows in self.tables.items()
                       if t in self.namespace and any(r.type_name == name for r in rows)), None)  # fmt: skip
        if ns is None:
            ns = next((self.namespace[t] for t, kinds in sorted(self.sample_kinds.items())
                       if t in self.namespace and name in (k.removeprefix("Collection of ") for k in kinds.values())),
                      None)  # fmt: skip
        if name not in self.namespace:
            # a lower source or an earlier page may have it: in the guessed namespace, or the only one
            earlier = [c for c in self.api.components if c.split(".", 1)[1] == name]
            known = [*earlier, *(c for c in self.below.get(name, ()) if c not in earlier)]
            taken = set(self.components.values())  # another type of this page took that name already
            guessed = [c for c in known if ns and self.api.namespaces.get(c.split(".", 1)[0]) == ns and c not in taken]
            known = [c for c in known if c not in taken]
            says = name in self.tables or self.sample_kinds.get(name) or self.enum_values.get(name)
            proven = [c for c in known if self.api.namespaces.get(c.split(".", 1)[0]) in self.api.verified]
            shown = self.sample_kinds.get(name) or self.enum_values.get(name)
            if len(proven) == 1 and not guessed and not shown:  # another page's sample proved where it lives
                guessed = proven
            if guessed or (len(known) == 1 and (ns is None or not says)):
                self.components[name] = (guessed or known)[0]
                return self.components[name]
        inferred = name not in self.namespace
        if ns is None:  # the page's own namespace: that of its result or body (a guess)
            primary = (self.page.response_type or self.page.body_type or "").removeprefix("Collection of ")
            ns = self.namespace.get(primary) or next(iter(sorted(set(self.namespace.values()))), None)
        if ns is None:
            raise ValueError(f"{self.source}: no namespace for {name}: no XML sample, and no other source has it")
        module = self.api.module_for(ns, inferred=inferred)
        # internal keys: "Lead@<namespace>" (an element name of another type), "Type#<owner key>" (an
        # enumeration another type uses under the same element name)
        display, _, owner = name.partition("#")
        display = _display(display)
        component = f"{module}.{display}"
        owner = owner or (self.enum_owner.get(name, "") if name in self.enum_values else "")
        if owner and component in self.components.values():  # two enumerations of one name, one namespace
            component = f"{module}.{_display(owner)}{display}"
            n = 2
            while component in self.components.values():
                component, n = f"{module}.{_display(owner)}{display}{n}", n + 1
        self.components[name] = component
        return self.components[name]

    def _component(self, name: str) -> None:
        component = self._component_name(name)
        listed = self.page.enums.get(_display(name))
        if listed:  # a model page lists the members: those are the members (no guess)
            self.api.components[component] = {"type": "string", "x-source": self.source, "enum": list(listed)}
            return
        existing = self.api.components.get(component)
        if existing and name not in self.tables and (not _placeholder(existing) or not self.enum_values.get(name)):
            if not self.sample_kinds.get(name) or name not in self.namespace:
                return  # an earlier page said more (a table) or as much
        schema: dict[str, Any]
        ns = self.api.namespaces[component.split(".", 1)[0]]
        for param in self.page.params:  # an enumeration a parameter takes: the code examples' values
            if param.type_name == name:
                for value in sorted(self.page.query_values.get(param.name, ())):
                    if value not in self.enum_values.setdefault(name, []):
                        self.enum_values[name].append(value)
        says = name in self.tables or self.sample_kinds.get(name) or self.enum_values.get(name)
        if self.components[name] in self.below.get(name, ()) and not says:
            return  # a lower source's type, only named by this page
        if name not in self.tables and not self.sample_kinds.get(name) and not self.xml_members.get(name):
            values = self.enum_values.get(name, [])
            schema = {"type": "string", "x-source": self.source}
            if values:
                schema["x-inferred"] = "an enumeration: only the values the samples show"
                schema["enum"] = values
            else:
                schema["x-inferred"] = "a string: the page names the type, no sample shows it"
            self.api.components.setdefault(component, schema)
            return
        rows = {r.name: r for r in self.tables.get(name, []) if not self._inherited(name, r.name)}
        inferred: list[str] = ["(every member: from its subtypes' tables)"] if name in self.borrowed else []
        for member, word in self.sample_kinds.get(name, {}).items():
            if member not in rows:
                rows[member] = Row(member, "", word)
                inferred.append(member)
        seen = {k.lower(): k for keys in self.json_order.values() for k in keys}  # a JSON sample's spelling
        seen.update({k.lower(): k for k in self.json_order.get(name, [])})
        json_names = {seen.get(n.lower(), _lower_first(n)): r for n, r in rows.items()}
        order = [k for k in self.json_order.get(name, []) if k in json_names]
        order += [k for k in json_names if k not in order]
        props: dict[str, Any] = {}
        required = []
        for json_name in order:
            row = json_names[json_name]
            prop = self._member(row)
            if json_name[:1].upper() + json_name[1:] != row.name:
                prop["x-xml-name"] = row.name
            props[json_name] = prop
            if row.required:
                required.append(json_name)
        body: dict[str, Any] = {"type": "object"}
        if required:
            body["required"] = required
        body["properties"] = props
        schema = {"x-source": self.source}
        if inferred:
            schema["x-inferred"] = f"members {', '.join(inferred)}: seen in a sample only, kinds read from it"
        schema["xml"] = {"name": component.split(".", 1)[1], "namespace": DC + ns}
        base = self.subtypes.get(name)
        if base:
            schema["allOf"] = [{"$ref": "#/components/schemas/" + self._component_name(base)}, body]
        else:
            schema.update(body)
        self.api.components[component] = schema

    def _inherited(self, name: str, member: str) -> bool:
        base = self.subtypes.get(name)
        while base:
            if any(r.name == member for r in self.tables.get(base, [])):
                return True
            base = self.subtypes.get(base)
        return False

    def _member(self, row: Row) -> dict[str, Any]:
        nullable = not row.required
        item = self._value(row.type_name, nullable=True)
        if row.is_list:
            prop: dict[str, Any] = {"type": ["array", "null"] if nullable else "array", "items": item}
        else:
            prop = self._value(row.type_name, nullable)
        if row.max_length is not None:
            prop["maxLength"] = row.max_length
        if row.description:
            prop["description"] = row.description
        if row.length_message:
            prop["x-length-message"] = row.length_message
        if row.required_message:
            prop["x-required-message"] = row.required_message
        return prop

    def _value(self, type_word: str, nullable: bool) -> dict[str, Any]:
        kind = PRIMITIVES.get(type_word)
        if kind is not None:
            s = dict(_PRIMITIVE_SCHEMA[kind])
            if nullable:
                s["type"] = [s["type"], "null"]
            return s
        ref = {"$ref": "#/components/schemas/" + self._component_name(type_word)}
        return {"oneOf": [ref, {"type": "null"}]} if nullable else ref

    def _operation(self) -> None:
        page = self.page
        path = "/" + page.route.lstrip("/").split("?", 1)[0]  # HelpPage writes query parameters in the route
        op: dict[str, Any] = {"x-source": self.source}
        if page.summary:
            op["summary"] = page.summary
        params = []
        for row in page.params:
            p: dict[str, Any] = {"name": row.name, "in": "path" if "{" + row.name + "}" in path else "query"}
            p["required"] = p["in"] == "path" or row.required
            if row.description:
                p["description"] = row.description
            if not row.name.isidentifier():
                p["x-python-name"] = snake(row.name)
            p["schema"] = self._value(row.type_name, nullable=False)
            params.append(p)
        if params:
            op["parameters"] = params
        if page.body_type:
            schema = self._body_schema(page.body_type)
            op["requestBody"] = {"required": True, "content": {"application/json": {"schema": schema},
                                                               "application/xml": {"schema": schema}}}  # fmt: skip
        if page.response_type:
            schema = self._body_schema(page.response_type)
            op["responses"] = {"200": {"description": page.response_type, "content": {
                "application/json": {"schema": schema}, "application/xml": {"schema": schema}}}}  # fmt: skip
        rules.read(op, page.summary or "", self.api, f"{page.method} {path}")
        self.api.operations[(page.method.lower(), path)] = op
        self.api.samples[(page.method.lower(), path)] = self._samples()

    def _samples(self) -> list[tuple[str, str, str]]:
        """The page's samples by role, the first of each (role, format) as the docs check names them."""
        body = (self.page.body_type or "").removeprefix("Collection of ")
        body_members = {_lower_first(r.name) for r in self.tables.get(body, [])}
        found: dict[tuple[str, str], str] = {}
        for s in self.page.samples:
            if s.error:
                continue
            if s.fmt == "xml":
                role = "request" if body and s.root in (body, f"ArrayOf{body}") else "response"
            else:
                request = isinstance(s.value, dict) and bool(set(s.value) & body_members)
                role = "request" if body and request else "response"
            found.setdefault((role, s.fmt), s.text)
        return [(role, fmt, text) for (role, fmt), text in sorted(found.items())]

    def _body_schema(self, type_text: str) -> dict[str, Any]:
        if type_text.startswith("Collection of "):
            return {"type": "array", "items": self._value(type_text[len("Collection of ") :], nullable=False)}
        return self._value(type_text, nullable=False)


def read(pages: list[tuple[Page, str]], api: Api | None = None, below: Api | None = None) -> Api:
    """Every page (with the source it came from) into one ``Api``; ``below`` is what the lower sources
    found (a type a page names but does not show is theirs)."""
    api = api or Api()
    names: dict[str, list[str]] = {}
    for component in sorted(below.components if below else ()):
        names.setdefault(component.split(".", 1)[1], []).append(component)
    for page, source in pages:
        PageReader(api, page, source, names).read()
    return api


_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def _text_kind(text: str, member: str) -> str:
    """The page's type word for a sample value (HelpPage writes "sample string N" for strings, the first
    member's name for an enumeration): a value of no other shape is an enumeration named as its element."""
    text = text.strip()
    if text.startswith("sample string") or not text:
        return "string"
    if text in ("true", "false"):
        return "boolean"
    if _DATETIME.match(text):
        return "date"
    if _GUID.match(text):
        return "globally unique identifier"
    if re.fullmatch(r"-?\d+", text):
        return "integer"
    if re.fullmatch(r"-?\d+\.\d+", text):
        return "decimal number"
    return member


def route_key(method: str, route: str) -> tuple[str, str]:
    return method.lower(), "/" + re.sub(r"^/+", "", route)
