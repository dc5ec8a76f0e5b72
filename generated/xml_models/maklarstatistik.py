"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Maklarstatistik.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Maklarstatistik"


@dataclass(kw_only=True)
class PropertyStatistics:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Maklarstatistik"

    adress: None | str = field(
        default=None,
        metadata={
            "name": "Adress",
            "type": "Element",
            "nillable": True,
        },
    )
    akt_tid: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AktTid",
            "type": "Element",
            "nillable": True,
        },
    )
    andelstal: None | float = field(
        default=None,
        metadata={
            "name": "Andelstal",
            "type": "Element",
            "nillable": True,
        },
    )
    annons_tid: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AnnonsTid",
            "type": "Element",
            "nillable": True,
        },
    )
    avgift: None | int = field(
        default=None,
        metadata={
            "name": "Avgift",
            "type": "Element",
            "nillable": True,
        },
    )
    avtalsdag: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "Avtalsdag",
            "type": "Element",
            "nillable": True,
        },
    )
    balkong: None | bool = field(
        default=None,
        metadata={
            "name": "Balkong",
            "type": "Element",
            "nillable": True,
        },
    )
    biarea: None | int = field(
        default=None,
        metadata={
            "name": "Biarea",
            "type": "Element",
            "nillable": True,
        },
    )
    boarea: None | int = field(
        default=None,
        metadata={
            "name": "Boarea",
            "type": "Element",
            "nillable": True,
        },
    )
    boendeform: None | str = field(
        default=None,
        metadata={
            "name": "Boendeform",
            "type": "Element",
            "nillable": True,
        },
    )
    brf_namn: None | str = field(
        default=None,
        metadata={
            "name": "BrfNamn",
            "type": "Element",
            "nillable": True,
        },
    )
    brf_org_nr: None | str = field(
        default=None,
        metadata={
            "name": "BrfOrgNr",
            "type": "Element",
            "nillable": True,
        },
    )
    byggn_ar: None | str = field(
        default=None,
        metadata={
            "name": "ByggnAr",
            "type": "Element",
            "nillable": True,
        },
    )
    energi_klass: None | str = field(
        default=None,
        metadata={
            "name": "EnergiKlass",
            "type": "Element",
            "nillable": True,
        },
    )
    energi_prestanda: None | float = field(
        default=None,
        metadata={
            "name": "EnergiPrestanda",
            "type": "Element",
            "nillable": True,
        },
    )
    fastbet: None | str = field(
        default=None,
        metadata={
            "name": "Fastbet",
            "type": "Element",
            "nillable": True,
        },
    )
    firma_namn: None | str = field(
        default=None,
        metadata={
            "name": "FirmaNamn",
            "type": "Element",
            "nillable": True,
        },
    )
    firma_nr: None | int = field(
        default=None,
        metadata={
            "name": "FirmaNr",
            "type": "Element",
            "nillable": True,
        },
    )
    firma_post_ort: None | str = field(
        default=None,
        metadata={
            "name": "FirmaPostOrt",
            "type": "Element",
            "nillable": True,
        },
    )
    hiss_finns: None | bool = field(
        default=None,
        metadata={
            "name": "HissFinns",
            "type": "Element",
            "nillable": True,
        },
    )
    kanslig_affar: None | bool = field(
        default=None,
        metadata={
            "name": "KansligAffar",
            "type": "Element",
            "nillable": True,
        },
    )
    lgh_refnr: None | str = field(
        default=None,
        metadata={
            "name": "LghRefnr",
            "type": "Element",
            "nillable": True,
        },
    )
    lkf: None | str = field(
        default=None,
        metadata={
            "name": "Lkf",
            "type": "Element",
            "nillable": True,
        },
    )
    nyprod: None | bool = field(
        default=None,
        metadata={
            "name": "Nyprod",
            "type": "Element",
            "nillable": True,
        },
    )
    pris: None | int = field(
        default=None,
        metadata={
            "name": "Pris",
            "type": "Element",
            "nillable": True,
        },
    )
    rum: None | int = field(
        default=None,
        metadata={
            "name": "Rum",
            "type": "Element",
            "nillable": True,
        },
    )
    slut_pris: None | int = field(
        default=None,
        metadata={
            "name": "SlutPris",
            "type": "Element",
            "nillable": True,
        },
    )
    start_pris: None | int = field(
        default=None,
        metadata={
            "name": "StartPris",
            "type": "Element",
            "nillable": True,
        },
    )
    tax_ar: None | int = field(
        default=None,
        metadata={
            "name": "TaxAr",
            "type": "Element",
            "nillable": True,
        },
    )
    taxkod: None | str = field(
        default=None,
        metadata={
            "name": "Taxkod",
            "type": "Element",
            "nillable": True,
        },
    )
    taxvarde: None | float = field(
        default=None,
        metadata={
            "name": "Taxvarde",
            "type": "Element",
            "nillable": True,
        },
    )
    tilltrdag: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "Tilltrdag",
            "type": "Element",
            "nillable": True,
        },
    )
    tomtareal: None | int = field(
        default=None,
        metadata={
            "name": "Tomtareal",
            "type": "Element",
            "nillable": True,
        },
    )
    typ: None | str = field(
        default=None,
        metadata={
            "name": "Typ",
            "type": "Element",
            "nillable": True,
        },
    )
    uniknr: None | str = field(
        default=None,
        metadata={
            "name": "Uniknr",
            "type": "Element",
            "nillable": True,
        },
    )
    upplatform: None | str = field(
        default=None,
        metadata={
            "name": "Upplatform",
            "type": "Element",
            "nillable": True,
        },
    )
    vaning: None | float = field(
        default=None,
        metadata={
            "name": "Vaning",
            "type": "Element",
            "nillable": True,
        },
    )
    vaning_av: None | float = field(
        default=None,
        metadata={
            "name": "VaningAv",
            "type": "Element",
            "nillable": True,
        },
    )
    varme: None | bool = field(
        default=None,
        metadata={
            "name": "Varme",
            "type": "Element",
            "nillable": True,
        },
    )
    x: None | int = field(
        default=None,
        metadata={
            "name": "X",
            "type": "Element",
            "nillable": True,
        },
    )
    y: None | int = field(
        default=None,
        metadata={
            "name": "Y",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPropertyStatistics:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Maklarstatistik"

    property_statistics: list[PropertyStatistics] = field(
        default_factory=list,
        metadata={
            "name": "PropertyStatistics",
            "type": "Element",
            "nillable": True,
        },
    )
