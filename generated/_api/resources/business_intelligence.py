"""The business_intelligence operations (``client.business_intelligence``): their table rows and resource classes.

Imported on first use of ``client.business_intelligence`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import DateRangeLimit, Operation, Param
from ...models import business_intelligence

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import WindowOptions

__all__ = ["BusinessIntelligenceResource", "BusinessIntelligenceRawResource", "OPERATIONS"]
GET_TIPS_AND_LEADS_REPORT = Operation(
    operation_id="get_tips_and_leads_report",
    method="GET",
    path="/BusinessIntelligence/TipsAndLeads/Report",
    tag="business_intelligence",
    summary="Hämtar en rapport över skickade och mottagna tips och leads.",
    description=(
        "Hämtar en rapport över skickade och mottagna tips och leads, datumintervallet får inte överstiga två "
        "månader.\n"
        "(Report of sent and received tips and leads; the date range may not exceed two months.)"
    ),
    params=(
        Param(
            name="customerId",
            python_name="customer_id",
            location="query",
            kind="string",
            required=True,
            customer=True,
            description="Kund-id. (Customer id.)",
        ),
        Param(
            name="dateFrom",
            python_name="date_from",
            location="query",
            kind="datetime",
            required=True,
            description="Från. (From.)",
        ),
        Param(
            name="dateTo",
            python_name="date_to",
            location="query",
            kind="datetime",
            required=True,
            description="Till. (To.)",
        ),
        Param(
            name="activeStatusTipLead",
            python_name="active_status_tip_lead",
            location="query",
            kind="enum",
            required=False,
            enum=business_intelligence.ActiveStatusTipLead,
            description="Aktiv status. (Active status.)",
        ),
    ),
    body=None,
    body_name=None,
    response=business_intelligence.TipsAndLeadsReport,
    max_date_range=DateRangeLimit(start="dateFrom", end="dateTo", months=2),
)


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "get_tips_and_leads_report": GET_TIPS_AND_LEADS_REPORT,
}


class BusinessIntelligenceResource(Resource):
    """BusinessIntelligence (rapporter / reports)"""

    def get_tips_and_leads_report(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        date_from: datetime.datetime | datetime.date,
        date_to: datetime.datetime | datetime.date,
        active_status_tip_lead: business_intelligence.ActiveStatusTipLead | str | None = None,
        **options: Unpack[WindowOptions],
    ) -> business_intelligence.TipsAndLeadsReport:
        """Hämtar en rapport över skickade och mottagna tips och leads.

        Hämtar en rapport över skickade och mottagna tips och leads, datumintervallet får inte överstiga två
        månader.
        (Report of sent and received tips and leads; the date range may not exceed two months.)

        ``GET /BusinessIntelligence/TipsAndLeads/Report`` (Vitec's page: 003_be19dc01f7352fe0.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the
                client was made without one).
            date_from: Från. (From.)
            date_to: Till. (To.)
            active_status_tip_lead: Aktiv status. (Active status.)
            (The range from ``date_from`` to ``date_to`` may span at most 2 months per request; a longer one is fetched in windows unless ``window=False``.)
            **options: per-call options (``WindowOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            GET_TIPS_AND_LEADS_REPORT,
            {
                "customerId": customer_id,
                "dateFrom": date_from,
                "dateTo": date_to,
                "activeStatusTipLead": active_status_tip_lead,
            },
            None,
            options,
        )


class BusinessIntelligenceRawResource(Resource):
    """BusinessIntelligence (rapporter / reports): each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = BusinessIntelligenceResource(client)
        self.get_tips_and_leads_report = raw_response(resource.get_tips_and_leads_report)
