"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Plot

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import cms_common, cms_plot
from . import CMS_COMMON, CMS_PLOT

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=cms_plot.CmsPlotBaseInformation,
        name="CmsPlotBaseInformation",
        namespace=CMS_PLOT,
        members=(
            XmlMember(
                element="Address",
                json_name="address",
                kind="object",
                target=cms_common.CmsEstateAddress,
                child_ns=CMS_COMMON,
            ),
            XmlMember(
                element="PropertyUnitDesignation",
                json_name="propertyUnitDesignation",
                kind="string",
            ),
            XmlMember(
                element="Status",
                json_name="status",
                kind="enum",
                target=cms_plot.Status,
            ),
        ),
        namespace_inferred=True,
    ),
)
