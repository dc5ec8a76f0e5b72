"""xsdata dataclasses from spec/xsd/ (``vitec_connect.xml_models``), one module per namespace.

xsdata runs in-process through its Python API, with three of its extension points:

- a class container whose final designation step differs from xsdata's (``_Container``):
  - the element xsdata makes for each enumeration (DataContract XSDs declare
    ``<xs:element name="TipType" type="tns:TipType"/>`` next to the simple type) is dropped: no
    document has an enumeration at its root, and keeping it made xsdata number the enumeration
    (``TipType1``);
  - names are unique per namespace, not across namespaces: xsdata compares qualified names with
    punctuation removed, so ``{...BusinessIntelligense}OutgoingLead`` and
    ``{...BusinessIntelligense.Outgoing}Lead`` clashed and became ``OutgoingLead2`` / ``Lead1``;
  - each namespace goes to the module spec/ names for it (the XSD's file stem); namespaces that
    refer to each other (a cycle Python imports cannot resolve) share the module of the first of
    them, and the others re-export their classes from it, under the names .NET gives them;
  - in such a shared module, a class of another namespace whose name is taken there (``Status`` of
    ``Estate.Cms`` and of ``Cms.HousingCooperative``, both living in ``cms_house``) is named after
    its own namespace's module (``EstateCmsStatus``, keeping ``Meta.name = "Status"``), and its
    module re-exports it as ``Status`` (``_RenameSharedClasses``);
- a generator (``_Generator``) with our enumeration template: enumerations derive from
  ``OpenEnum``, as the msgspec models' do (``vitec_connect.xsdata_support`` registers a converter);
- filters (``_Filters``) that import ``OpenEnum``.

Every class is named as .NET names the type on the wire, or in a shared module as just said; a name
that would still clash is an error.
"""

from __future__ import annotations

import builtins
import keyword
import pathlib
import tempfile
from collections import defaultdict
from typing import Any

from xsdata.codegen.container import ClassContainer, Steps
from xsdata.codegen.handlers import (
    DesignateClassPackages,
    MergeDuplicateClasses,
    ProcessAttributeTypes,
    RenameDuplicateClasses,
    ValidateReferences,
)
from xsdata.codegen.models import Attr, AttrType, Class, Import, get_slug
from xsdata.codegen.resolver import DependenciesResolver
from xsdata.codegen.transformer import ResourceTransformer
from xsdata.formats.dataclass.filters import Filters
from xsdata.formats.dataclass.generator import DataclassGenerator
from xsdata.models.config import GeneratorConfig, NameCase, NameConvention
from xsdata.models.enums import Tag
from xsdata.utils import collections
from xsdata.utils.graphs import strongly_connected_components
from xsdata.utils.namespaces import build_qname, split_qname

from .spec import Spec

HEADER = '"""{doc}\n\nGenerated from spec/xsd/ by codegen (xsdata). Do not edit."""\n\n'
PACKAGE = "xml_models"
TEMPLATES = pathlib.Path(__file__).parent / "templates" / "xsdata"


class XmlModelsError(RuntimeError):
    """spec/xsd/ cannot be turned into classes named as .NET names them."""


def _namespace(cls: Class) -> str:
    return split_qname(cls.qname)[0] or ""


class _ProcessAttributeTypes(ProcessAttributeTypes):
    """xsdata's handler, but a member whose type is a simple type (``WantsToBeMatched``, of
    ``tns:MatchingWatched``, a restriction of ``xs:string``) stays nillable: xsdata takes the simple
    type's restrictions and loses the member's own ``nillable="true"``."""

    @classmethod
    def copy_attribute_properties(cls, source: Class, target: Class, attr: Attr, attr_type: AttrType) -> None:
        nillable = attr.restrictions.nillable
        super().copy_attribute_properties(source, target, attr, attr_type)
        if nillable:
            attr.restrictions.nillable = True


class _RenameSharedClasses(RenameDuplicateClasses):
    """xsdata's renaming of duplicate classes, by module: in a module shared by a cycle of namespaces,
    a class of a namespace other than the module's own whose name another class of the module has gets
    its namespace's module name in front (PascalCase). Its qualified name changes as xsdata's own
    renames do (references follow; ``meta_name`` keeps the wire name)."""

    def __init__(self, container: _Container) -> None:
        super().__init__(container)
        self.modules, self.own = container.modules, container.own

    def run(self) -> None:
        groups = collections.group_by(self.container, lambda c: (self.modules[_namespace(c)], c.name))
        for (module, _), classes in sorted(groups.items()):
            for cls in sorted(classes, key=lambda c: c.qname) if len(classes) > 1 else ():
                ns = _namespace(cls)
                if self.own[ns] != module:
                    self.rename_class(cls, build_qname(ns, NameCase.PASCAL(self.own[ns]) + cls.name))
        if self.renames:
            for target in self.container:
                self.update_references(target)


class _Container(ClassContainer):
    """xsdata's class container with our designation step (see the module docstring)."""

    modules: dict[str, str]  # namespace -> module it is generated into, set before ``process``
    own: dict[str, str]  # namespace -> module spec/ names for it (its XSD's file stem)

    def __init__(self, config: GeneratorConfig) -> None:
        super().__init__(config)
        flatten = self.processors[Steps.FLATTEN]
        flatten[:] = [_ProcessAttributeTypes(self) if type(p) is ProcessAttributeTypes else p for p in flatten]

    def process(self) -> None:
        simple_types = {c.qname for c in self if c.tag == Tag.SIMPLE_TYPE}
        self.remove(*[c for c in self if c.tag == Tag.ELEMENT and c.qname in simple_types])
        super().process()

    def filter_classes(self) -> None:
        """xsdata's filter, but every enumeration stays, also one no member uses (yet)."""
        enumerations = [c for c in self if c.is_enumeration]
        super().filter_classes()
        kept = {c.ref for c in self}
        self.extend([c for c in enumerations if c.ref not in kept])

    def designate_classes(self) -> None:
        MergeDuplicateClasses(self).run()
        _RenameSharedClasses(self).run()
        self._check_unique_names()
        ValidateReferences(self).run()
        for cls in self:
            DesignateClassPackages.assign([cls], PACKAGE, self.modules[_namespace(cls)])

    def _check_unique_names(self) -> None:
        seen: dict[tuple[str, str], Class] = {}
        for cls in self:
            key = (self.modules[_namespace(cls)], cls.name)
            if key in seen:
                raise XmlModelsError(
                    f"two classes named {cls.name} in module {key[0]}: {seen[key].qname} and {cls.qname}"
                )
            seen[key] = cls


#: names a generated module may import: a class of one of them would hide the import
_IMPORTABLE = {"Decimal", "Enum", "OpenEnum", "QName", "XmlDate", "XmlDateTime", "XmlDuration", "XmlPeriod",
               "XmlTime", "Any", "Optional", "Union", "Type"}  # fmt: skip


class _Filters(Filters):
    def class_name(self, name: str) -> str:
        """xsdata's, but a .NET name that is a plain identifier stays as it is: xsdata reserves its stop
        words without regard to case, so the .NET type ``Field`` (not the ``field`` it imports) would
        become ``Field_type``."""
        out = super().class_name(name)
        if out != name and name.isidentifier() and name[:1].isupper() and not keyword.iskeyword(name):
            if name not in _IMPORTABLE and not hasattr(builtins, name):
                return name
        return out

    @classmethod
    def build_import_patterns(cls) -> dict[str, dict[str, Any]]:
        patterns: dict[str, dict[str, Any]] = super().build_import_patterns()
        patterns["enum"] = {}
        patterns[".._types"] = {"OpenEnum": ["(OpenEnum)"]}
        return patterns


class _Resolver(DependenciesResolver):
    """xsdata's import resolver, but an imported class whose name another import or the module
    itself uses is imported under its module's name (``Lead as BusinessIntelligenceIncomingLead``).
    xsdata's alias (``IncomingLead``) can be the name of a class of the importing module."""

    @classmethod
    def resolve_conflicts(cls, imports: list[Import], protected: set[str]) -> None:
        for slug, group in collections.group_by(imports, key=get_slug).items():
            if len(group) > 1 or slug in protected:
                for imp in group:
                    imp.alias = NameCase.PASCAL(imp.source.rpartition(".")[2]) + imp.name


class _Generator(DataclassGenerator):
    """xsdata's dataclass generator with our enumeration template; the sources are formatted and
    imported by codegen and the tests, not by xsdata."""

    @classmethod
    def get_template_paths(cls) -> list[str]:
        return [str(TEMPLATES), *super().get_template_paths()]

    @classmethod
    def init_filters(cls, config: GeneratorConfig) -> Filters:
        return _Filters(config)

    def render_module(self, resolver: DependenciesResolver, classes: list[Class]) -> str:
        return super().render_module(_Resolver(resolver.registry), classes)

    def ruff_code(self, file_paths: list[str]) -> None:
        pass

    def validate_imports(self) -> None:
        pass


class _Transformer(ResourceTransformer):
    def __init__(self, config: GeneratorConfig, modules: dict[str, str], own: dict[str, str]) -> None:
        super().__init__(config)
        self.modules, self.own = modules, own
        self.sources: dict[str, str] = {}  # module -> source
        self.names: dict[str, dict[str, str]] = defaultdict(dict)  # namespace -> {.NET name: class name}

    def analyze_classes(self, classes: list[Class]) -> list[Class]:
        container = _Container(config=self.config)
        container.modules, container.own = self.modules, self.own
        container.extend(classes)
        container.process()
        return list(container)

    def process_classes(self) -> None:
        classes = self.analyze_classes(self.classes)
        generator = _Generator(self.config)
        generator.normalize_packages(classes)
        for cls in classes:
            name = generator.filters.class_name(cls.name)
            self.names[_namespace(cls)][generator.filters.class_name(cls.meta_name or cls.name)] = name
        for result in generator.render(classes):
            if result.path.name != "__init__.py":
                self.sources[result.path.stem] = result.source


def _config() -> GeneratorConfig:
    config = GeneratorConfig()
    config.output.package = PACKAGE
    config.output.relative_imports = True
    config.output.include_header = False
    config.output.max_line_length = 120
    # class names as .NET spells them (xsdata's default PascalCase writes TVAndBroadband as TvandBroadband)
    config.conventions.class_name = NameConvention(NameCase.ORIGINAL, "type")
    return config


def _modules(spec: Spec, depends: dict[str, set[str]]) -> dict[str, str]:
    """namespace -> module: spec's file stem, or the first module of a cycle it is part of."""
    modules = dict(spec.xsd.files)
    for group in strongly_connected_components({ns: sorted(d) for ns, d in depends.items()}):
        if len(group) > 1:
            first = min(modules[ns] for ns in group)
            for ns in group:
                modules[ns] = first
    return modules


def _namespace_dependencies(spec: Spec, xsd_dir: pathlib.Path) -> dict[str, set[str]]:
    """{namespace: namespaces its types refer to}, from xsdata's own reading of the schemas."""
    transformer = ResourceTransformer(_config())
    transformer.process_sources([p.as_uri() for p in sorted(xsd_dir.glob("*.xsd"))])
    depends: dict[str, set[str]] = defaultdict(set)
    for cls in transformer.classes:
        ns = _namespace(cls)
        depends[ns] |= {split_qname(q)[0] or "" for q in cls.dependencies()} & set(spec.xsd.files)
        depends[ns].discard(ns)
    return depends


def generate(spec: Spec) -> dict[str, str]:
    """{path under generated/xml_models/: source}."""
    with tempfile.TemporaryDirectory() as tmp:
        xsd_dir = pathlib.Path(tmp, "xsd")
        xsd_dir.mkdir()
        for path in sorted((spec.root / "xsd").glob("*.xsd")):
            (xsd_dir / path.name).write_bytes(path.read_bytes())
        modules = _modules(spec, _namespace_dependencies(spec, xsd_dir))
        transformer = _Transformer(_config(), modules, dict(spec.xsd.files))
        transformer.process_sources([p.as_uri() for p in sorted(xsd_dir.glob("*.xsd"))])
        transformer.process_classes()
        sources, class_names = transformer.sources, transformer.names
    files: dict[str, str] = {}
    for ns, module in sorted(spec.xsd.files.items(), key=lambda item: item[1]):
        doc = f"xsdata dataclasses of the DataContract namespace {ns}."
        if modules[ns] == module:
            files[f"{module}.py"] = HEADER.format(doc=doc) + sources[module]
            continue
        # a namespace in a cycle: its classes live in the cycle's module
        names = sorted(class_names[ns].items())
        doc += f"\n\nIts classes are defined in ``{modules[ns]}`` (the namespaces refer to each other)."
        lines = [HEADER.format(doc=doc)]
        lines += [
            f"from .{modules[ns]} import {name}" + (f" as {wire}" if wire != name else "") + "\n"
            for wire, name in names
        ]
        lines.append("\n__all__ = [" + ", ".join(f'"{wire}"' for wire, _ in names) + "]\n")
        files[f"{module}.py"] = "".join(lines)
    names = sorted(spec.xsd.files.values())
    files["__init__.py"] = (
        HEADER.format(
            doc="xsdata dataclasses of the DataContract XSDs, one module per namespace "
            "(needs ``vitec-connect[xsdata]``; read and write them with ``vitec_connect.xsdata_support``)."
        )
        + "from .. import xsdata_support  # noqa: F401  (fails clearly without xsdata; registers converters)\n"
        + f"from . import {', '.join(names)}\n\n__all__ = [{', '.join(repr(m) for m in names)}]\n"
    )
    return files
