"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Maklarstatistik.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model


class PropertyStatistics(Model, kw_only=True):
    uniknr: str | None | UnsetType = UNSET

    akt_tid: LazyTimestamp | None | UnsetType = field(name="aktTid", default=UNSET)

    lkf: str | None | UnsetType = UNSET

    fastbet: str | None | UnsetType = UNSET

    adress: str | None | UnsetType = UNSET

    x: Int32 | None | UnsetType = UNSET

    y: Int32 | None | UnsetType = UNSET

    typ: str | None | UnsetType = UNSET

    boendeform: str | None | UnsetType = UNSET

    upplatform: str | None | UnsetType = UNSET

    taxkod: str | None | UnsetType = UNSET

    avtalsdag: LazyTimestamp | None | UnsetType = UNSET

    tilltrdag: LazyTimestamp | None | UnsetType = UNSET

    pris: Int32 | None | UnsetType = UNSET

    boarea: Int32 | None | UnsetType = UNSET

    biarea: Int32 | None | UnsetType = UNSET

    avgift: Int32 | None | UnsetType = UNSET

    rum: Int32 | None | UnsetType = UNSET

    byggn_ar: str | None | UnsetType = field(name="byggnAr", default=UNSET)

    varme: bool | None | UnsetType = UNSET

    brf_namn: str | None | UnsetType = field(name="brfNamn", default=UNSET)

    brf_org_nr: str | None | UnsetType = field(name="brfOrgNr", default=UNSET)

    lgh_refnr: str | None | UnsetType = field(name="lghRefnr", default=UNSET)

    andelstal: float | None | UnsetType = UNSET

    vaning: float | None | UnsetType = UNSET

    vaning_av: float | None | UnsetType = field(name="vaningAv", default=UNSET)

    hiss_finns: bool | None | UnsetType = field(name="hissFinns", default=UNSET)

    taxvarde: float | None | UnsetType = UNSET

    tax_ar: Int32 | None | UnsetType = field(name="taxAr", default=UNSET)

    firma_nr: Int32 | None | UnsetType = field(name="firmaNr", default=UNSET)

    firma_namn: str | None | UnsetType = field(name="firmaNamn", default=UNSET)

    firma_post_ort: str | None | UnsetType = field(name="firmaPostOrt", default=UNSET)

    tomtareal: Int32 | None | UnsetType = UNSET

    start_pris: Int32 | None | UnsetType = field(name="startPris", default=UNSET)

    slut_pris: Int32 | None | UnsetType = field(name="slutPris", default=UNSET)

    annons_tid: LazyTimestamp | None | UnsetType = field(name="annonsTid", default=UNSET)

    nyprod: bool | None | UnsetType = UNSET

    kanslig_affar: bool | None | UnsetType = field(name="kansligAffar", default=UNSET)

    energi_prestanda: float | None | UnsetType = field(name="energiPrestanda", default=UNSET)

    energi_klass: str | None | UnsetType = field(name="energiKlass", default=UNSET)

    balkong: bool | None | UnsetType = UNSET
