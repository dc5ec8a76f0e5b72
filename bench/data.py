"""Deterministic, realistic benchmark data (the same seed gives the same bytes).

- ``report(n)``: a ``TipsAndLeadsReport`` with ``n`` incoming leads, ``n`` outgoing leads and ``n`` tips:
  Swedish names and companies, messages with characters that need escaping (``<``, ``&``, newlines,
  emoji), links carrying UTM tags, and nils where the API writes them (no estate, no message, no
  company, ...). All ``createdAt`` fall in the two months before ``EPOCH`` (one API request: see
  ``DATE_FROM`` / ``DATE_TO``).
- ``contact()``: one ``CrmPersonContact`` (``get_contact``), every member set.
- ``contact_leads(n)``: ``list[CrmContactLead]`` for ``n`` contacts (``get_contact_leads``).
- ``incoming_lead()``: one ``existing_lead.IncomingLead`` with UTM tags (``get_incoming_lead``).

Built from ``vitec_connect._mockdata``'s word lists and its ``stockholm`` timestamps (7 fractional
digits, Stockholm offsets), with more variety and more nils than the mock server's seed data.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from vitec_connect import models
from vitec_connect._mockdata import CITIES, COMPANIES, EPOCH, FIRST, LAST, MESSAGES, SOURCES, STREETS, stockholm
from vitec_connect._mocksynth import is_dst
from vitec_connect._types import Timestamp
from vitec_connect.models import business_intelligence as bi
from vitec_connect.models import business_intelligence_incoming as bi_in
from vitec_connect.models import business_intelligence_outgoing as bi_out
from vitec_connect.models import business_intelligence_tips as bi_tips
from vitec_connect.models import category, crm_contact, crm_contact_lead, existing_lead, housing_models
from vitec_connect.models.advertising import FormMarketingUtmTags

__all__ = [
    "CONTACT_ID",
    "DATE_FROM",
    "DATE_TO",
    "EPOCH",
    "contact",
    "contact_leads",
    "incoming_lead",
    "report",
]

#: the report request's range: one API window (at most two months) that holds every generated item
DATE_FROM = EPOCH - dt.timedelta(days=59)
DATE_TO = EPOCH
#: the id ``contact()`` has (planted on the benchmark's mock server)
CONTACT_ID = "KON90001"

_LINKS = [
    "https://www.hemnet.se/bostad/lagenhet-3rum-sodermalm-stockholm-{n}?utm_source=hemnet&utm_medium=cpc"
    "&utm_campaign=host-2025",
    "https://www.booli.se/annons/{n}?utm_source=booli&utm_medium=email&utm_campaign=bevakning",
    "https://maklarhuset.se/objekt/{n}?utm_source=facebook&utm_medium=social&utm_content=karusell",
]
_TITLES_IN = ["Värderingsförfrågan", "Visningsanmälan", "Intresseanmälan", "Budgivning"]
_TYPES_IN = ["Värdering", "Visning", "Intresse", "Bud"]
_TITLES_OUT = ["Bolån", "Flytthjälp", "Försäkring", "Hemstädning"]
_TYPES_OUT = ["Finansiering", "Tjänst", "Försäkring", "Tjänst"]
_STATUS = ["Intag", "Till salu", "Såld", "Kommande", "Borttagen"]
_STOCKHOLM = {False: dt.timedelta(hours=1), True: dt.timedelta(hours=2)}  # (as stockholm()'s offsets)


class _Gen:
    """Random parts of the messages. ``plain``: build the benchmark floor's plain Structs
    (``bench/floor.py``) instead of our models, in the same order from the same random numbers (plain
    ``datetime`` timestamps, the floor's enums), so that both sets of objects lie in memory alike."""

    def __init__(self, seed: int, *, plain: bool = False) -> None:
        self.rnd = random.Random(seed)
        self.plain = plain
        if plain:
            from . import floor

            self._floor = floor.plain

    def make(self, cls: type, **members: Any) -> Any:
        return self._floor(cls)(**members) if self.plain else cls(**members)

    def enum(self, member: Any) -> Any:
        return self._floor(type(member))[member.name] if self.plain else member

    def maybe(self, p_none: float, value: Any) -> Any:
        return None if self.rnd.random() < p_none else value

    def when(self, days_back: float) -> Timestamp | dt.datetime:
        rnd = self.rnd
        naive = EPOCH - dt.timedelta(days=days_back, seconds=rnd.randrange(86_400), microseconds=rnd.randrange(10**6))
        tick = rnd.randrange(10)
        if self.plain:  # (as stockholm() makes it, without the tick)
            return naive.replace(tzinfo=dt.timezone(_STOCKHOLM[is_dst(naive)]))
        return stockholm(naive, tick)

    def name(self) -> str:
        return f"{self.rnd.choice(FIRST)} {self.rnd.choice(LAST)}"

    def message(self) -> str | None:
        rnd = self.rnd
        r = rnd.random()
        if r < 0.08:
            return None
        if r < 0.10:
            return ""
        text = rnd.choice(MESSAGES)
        if r < 0.45:
            text += " Hittade er via " + rnd.choice(_LINKS).format(n=rnd.randrange(10**6, 10**7))
        if r > 0.9:
            phone = f"07{rnd.randrange(10)}-{rnd.randrange(100, 999)} {rnd.randrange(10, 99)} {rnd.randrange(10, 99)}"
            text += f"\n\nMvh {self.name()}\n{phone}"
        return text

    def company(self) -> bi.Company | None:
        rnd = self.rnd
        return self.maybe(
            0.05,
            self.make(
                bi.Company,
                id=f"CMP{rnd.randrange(10, 99)}",
                name=rnd.choice(COMPANIES),
                customer_number=self.maybe(0.1, f"K{rnd.randrange(1000, 9999)}"),
            ),
        )

    def party(self) -> bi.Party:
        return self.make(bi.Party, id=f"USR{self.rnd.randrange(100, 999)}", name=self.name(), company=self.company())

    def contact(self) -> bi.Contact | None:
        rnd = self.rnd
        return self.maybe(
            0.03,
            self.make(
                bi.Contact,
                id=f"KON{rnd.randrange(10_000, 99_999)}",
                first_name=rnd.choice(FIRST),
                last_name=self.maybe(0.05, rnd.choice(LAST)),
            ),
        )

    def estate(self) -> bi.Estate | None:
        rnd = self.rnd
        if rnd.random() < 0.3:
            return None
        return self.make(
            bi.Estate,
            id=f"OBJ{rnd.randrange(1000, 99999)}",
            estate_status=self.enum(bi.EstateStatus.AssignmentAttempt),
            status=self.maybe(
                0.05, self.make(bi.Status, id=rnd.randrange(1, 9), text=self.maybe(0.05, rnd.choice(_STATUS)))
            ),
        )

    def user(self) -> bi.User:
        rnd = self.rnd
        return self.make(
            bi.User,
            id=f"USR{rnd.randrange(100, 999)}",
            name=self.name(),
            type=self.enum(bi.UserType.User),
            employee_number=self.maybe(0.1, str(rnd.randrange(100, 999))),
        )


def report(n: int = 3000, seed: int = 2025, *, plain: bool = False) -> bi.TipsAndLeadsReport:
    """``n`` incoming leads, ``n`` outgoing leads and ``n`` tips, each list sorted by ``createdAt``
    (``plain``: as the floor's plain Structs, built the same way)."""
    g = _Gen(seed, plain=plain)
    rnd = g.rnd
    incoming, outgoing, tips = [], [], []
    for i in range(n):
        k = rnd.randrange(len(_TITLES_IN))
        incoming.append(
            g.make(
                bi.IncomingLead,
                created_at=g.when(rnd.uniform(0.5, 57)),
                sender=g.party(),
                receiver=g.party(),
                lead=g.make(
                    bi_in.Lead,
                    id=f"BIL{100_000 + i}",
                    title=_TITLES_IN[k],
                    type=_TYPES_IN[k],
                    state=g.enum(bi_in.State.New),
                    message=g.message(),
                ),
                contact=g.contact(),
                estate=g.estate(),
            )
        )
        k = rnd.randrange(len(_TITLES_OUT))
        outgoing.append(
            g.make(
                bi.OutgoingLead,
                created_at=g.when(rnd.uniform(0.5, 57)),
                user=g.user(),
                sender=g.party(),
                receiver=g.party(),
                lead=g.make(
                    bi_out.Lead, id=f"BOL{100_000 + i}", title=_TITLES_OUT[k], type=_TYPES_OUT[k], message=g.message()
                ),
                contact=g.contact(),
            )
        )
        tips.append(
            g.make(
                bi.SentTip,
                created_at=g.when(rnd.uniform(0.5, 57)),
                sender=g.party(),
                receiver=g.make(
                    bi_tips.Receiver,
                    id=f"USR{rnd.randrange(100, 999)}",
                    name=g.name(),
                    employee_number=g.maybe(0.1, str(rnd.randrange(100, 999))),
                    type=g.enum(bi.UserType.User),
                    company=g.company(),
                ),
                tip=g.make(
                    bi.Tip,
                    id=f"TIP{100_000 + i}",
                    title=rnd.choice(["Tips om säljare", "Tips om köpare", "Tips om hyresgäst"]),
                    state=g.enum(bi.TipState.New),
                    message=g.message(),
                    type=g.enum(bi.TipType.FromUser),
                ),
                contact=g.contact(),
                estate=g.estate(),
            )
        )
    for items in (incoming, outgoing, tips):
        items.sort(key=lambda x: x.created_at)
    return g.make(bi.TipsAndLeadsReport, incoming_leads=incoming, outgoing_leads=outgoing, tips=tips)


def contact(seed: int = 2025) -> crm_contact.CrmPersonContact:
    """A person contact as ``get_contact`` returns it (every member present; telephone nil)."""
    g = _Gen(seed)
    rnd = g.rnd
    first, last = "Linnéa", "Åkesson"
    city, zip_prefix = rnd.choice(CITIES)
    return crm_contact.CrmPersonContact(
        customer_id="demo-kund",
        id=CONTACT_ID,
        type=crm_contact.ContactType.Person,
        agent_id="AGT3",
        address=crm_contact.CrmContactAddress(
            street_address=f"{rnd.choice(STREETS)} {rnd.randrange(1, 120)} lgh 1102",
            zip_code=f"{zip_prefix}{rnd.randrange(100, 999)}",
            city=city,
            country_code="SE",
        ),
        email=housing_models.Email(email_address="linnea.akesson@example.se", email_address2=None),
        advertising_enabled=True,
        note="Vill ha besked före 17:00 – ring & fråga efter <Linnéa>.",
        categories=[
            category.Category(id="cat-1", name="Säljare", read_only=False),
            category.Category(id="cat-3", name="VIP", read_only=True),
        ],
        created_at=g.when(400),
        changed_at=g.when(3),
        first_name=first,
        last_name=last,
        social_security_number="19840412-1234",
        is_foreign_social_security_number=False,
        telephone=None,
        lead_score=4,
        wants_to_be_matched="Ja",
        matching_changed_at=g.when(40),
        is_deceased=False,
        is_company_person=False,
        gdpr_approval_date=g.when(380),
    )


def contact_leads(n: int = 20, seed: int = 2025) -> list[crm_contact_lead.CrmContactLead]:
    """Lead summaries for ``n`` contacts (0 to 3 leads each)."""
    g = _Gen(seed)
    rnd = g.rnd
    return [
        crm_contact_lead.CrmContactLead(
            contact_id=f"KON{10_000 + i}",
            leads=[
                crm_contact_lead.CrmLead(
                    id=f"LEAD{rnd.randrange(100_000, 999_999)}",
                    created_at=g.when(rnd.uniform(0, 365)),
                    lead_type=crm_contact_lead.LeadType.Object,
                    lead_type_id=g.maybe(0.2, f"OBJ{rnd.randrange(1000, 9999)}"),
                )
                for _ in range(rnd.randrange(0, 4))
            ],
        )
        for i in range(n)
    ]


def incoming_lead(seed: int = 2025) -> existing_lead.IncomingLead:
    """An incoming lead with its UTM tags, as ``get_incoming_lead`` returns it."""
    g = _Gen(seed)
    office = existing_lead.Office(id="KTR1", customer_id="demo-kund")
    return existing_lead.IncomingLead(
        contact_id=CONTACT_ID,
        lead_source=existing_lead.LeadSource(
            id="SRC0", name=SOURCES[0], lead_type=existing_lead.LeadType.AcceptObjectFlow
        ),
        sent_at=g.when(2),
        receiver=existing_lead.LeadReceiver(
            agent=existing_lead.Agent(id="AGT3", office=office), user_group=None, office=office
        ),
        buying_estate_id="OBJ4711",
        selling_estate_id=None,
        state=existing_lead.State.New,
        message=MESSAGES[4],
        is_anonymized=False,
        utm_tags=[
            FormMarketingUtmTags(name="utm_source", value="hemnet"),
            FormMarketingUtmTags(name="utm_medium", value="cpc"),
            FormMarketingUtmTags(name="utm_campaign", value="höst-2025"),
        ],
    )


#: the message types, for ``vitec_connect.json.decode(..., type=...)`` / ``xml.decode``
REPORT_TYPE = models.TipsAndLeadsReport
CONTACT_TYPE = models.CrmContact
CONTACT_LEADS_TYPE = list[models.CrmContactLead]
INCOMING_LEAD_TYPE = models.IncomingLead
