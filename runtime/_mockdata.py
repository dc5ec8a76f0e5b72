"""Deterministic, realistic Swedish data for the mock server (and the benchmarks).

Everything derives from one ``random.Random(seed)``: the same seed gives the same contacts, leads and
report items, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from dataclasses import dataclass, field
from typing import Any

from ._mocksynth import EPOCH, is_dst, stockholm
from ._types import Timestamp

__all__ = ["CITIES", "COMPANIES", "EPOCH", "FIRST", "LAST", "MESSAGES", "SOURCES", "STREETS", "MockData", "generate",
           "now", "stockholm"]  # fmt: skip


def _ns(module: str) -> Any:
    """A generated namespace module by name (looked up at run time: these seeds are for the documented
    operations, and a package generated from another spec may not have their types)."""
    return importlib.import_module(f"{__package__}.models.{module}")


FIRST = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Anders",
    "Elin",
    "Johan",
    "Sofia",
    "Mikael",
    "Åsa",
    "Örjan",
    "Linnéa",
    "Björn",
    "Märta",
    "Gösta",
    "Ingrid",
    "Per",
    "Ebba",
    "Nils",
]
LAST = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Lindström",
    "Öberg",
    "Åkesson",
    "Bäckström",
    "Sjögren",
    "Ekström",
]
STREETS = [
    "Storgatan",
    "Drottninggatan",
    "Kungsgatan",
    "Vasagatan",
    "Götgatan",
    "Ringvägen",
    "Sveavägen",
    "Åsögatan",
    "Hornsgatan",
    "Östra Hamngatan",
    "Järntorget",
    "Skånegatan",
]
CITIES = [
    ("Stockholm", "11"),
    ("Göteborg", "41"),
    ("Malmö", "21"),
    ("Uppsala", "75"),
    ("Västerås", "72"),
    ("Örebro", "70"),
    ("Linköping", "58"),
    ("Umeå", "90"),
    ("Luleå", "97"),
    ("Växjö", "35"),
]
COMPANIES = [
    "Fastighets AB Norrsken",
    "Bostadsbolaget Älven",
    "Mäklarhuset Söder",
    "Byggnads AB Ljung",
    "Svea Förvaltning",
    "Hemmavid Invest",
]
MESSAGES = [
    "Intresserad av visning på lördag.",
    "Vill ha en värdering av min bostadsrätt.",
    "Ring gärna efter kl 17 – jobbar dagtid.",
    "Säljer villa i vår, vill ha kontakt 🏡",
    "Hej! Har ni fler objekt i området <Söder> & närheten?",
    "Fråga om budgivningen.",
    "Vi funderar på att flytta till en större lägenhet.\nHör av er!",
]
SOURCES = ["Hemnet", "Booli", "Egen hemsida", "Facebook", "Instagram"]
_UTC_OFFSET = {False: dt.timedelta(hours=1), True: dt.timedelta(hours=2)}


def now() -> Timestamp:
    """The current Stockholm time, as .NET writes it."""
    utc = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    local = utc + _UTC_OFFSET[False]
    if is_dst(local):
        local = utc + _UTC_OFFSET[True]
    return stockholm(local)


@dataclass
class MockData:
    customers: list[str]
    contacts: dict[str, Any] = field(default_factory=dict)  # contact id -> CrmContact subtype
    contact_leads: dict[str, list[Any]] = field(default_factory=dict)
    incoming: dict[str, Any] = field(default_factory=dict)  # lead id -> lead
    report_incoming: list[Any] = field(default_factory=list)
    report_outgoing: list[Any] = field(default_factory=list)
    report_tips: list[Any] = field(default_factory=list)


def generate(
    seed: int = 2025,
    *,
    customers: tuple[str, ...] = ("demo-kund",),
    contacts: int = 40,
    report_items: int = 120,
    epoch: dt.datetime = EPOCH,
) -> MockData:
    category, crm_contact, crm_contact_lead, existing_lead, housing_models = map(
        _ns, ("category", "crm_contact", "crm_contact_lead", "existing_lead", "housing_models")
    )
    utm_tags = _ns("advertising").FormMarketingUtmTags
    rnd = random.Random(seed)
    data = MockData(customers=list(customers))
    customer = customers[0]
    cats = [
        category.Category(id=f"cat-{i}", name=n, read_only=i == 0)
        for i, n in enumerate(["Spekulant", "Säljare", "Köpare", "VIP"])
    ]

    def when(days_back: float) -> Timestamp:
        naive = epoch - dt.timedelta(days=days_back, seconds=rnd.randrange(86_400), microseconds=rnd.randrange(10**6))
        return stockholm(naive, rnd.randrange(10))

    def address() -> Any:
        city, zip_prefix = rnd.choice(CITIES)
        return crm_contact.CrmContactAddress(
            street_address=f"{rnd.choice(STREETS)} {rnd.randrange(1, 120)}",
            zip_code=f"{zip_prefix}{rnd.randrange(100, 999)}",
            city=city,
            country_code="SE",
        )

    for i in range(contacts):
        cid = f"KON{10_000 + i}"
        created = when(rnd.uniform(30, 900))
        common: dict[str, Any] = dict(
            id=cid,
            customer_id=customer,
            agent_id=f"AGT{rnd.randrange(1, 6)}",
            address=address(),
            advertising_enabled=rnd.random() < 0.6,
            note=rnd.choice([None, "", rnd.choice(MESSAGES)]),
            categories=rnd.sample(cats, rnd.randrange(0, 3)),
            created_at=created,
            changed_at=when(rnd.uniform(0, 29)),
        )
        if i % 10 == 7:
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            contact: Any = crm_contact.CrmDeceasedEstateContact(
                type=crm_contact.ContactType.DeceasedEstate,
                name=f"Dödsbo efter {first} {last}",
                social_security_number=_ssn(rnd, rnd.randrange(1920, 1960)),
                is_foreign_id_social_security_number=False,
                email=None,
                **common,
            )
        elif i % 5 == 3:
            name = rnd.choice(COMPANIES)
            contact = crm_contact.CrmCompanyContact(
                type=crm_contact.ContactType.Company,
                name=name,
                corporate_number=f"556{rnd.randrange(100, 999)}-{rnd.randrange(1000, 9999)}",
                is_foreign_corporate_number=False,
                home_page=f"https://www.{name.split()[-1].lower()}.se",
                lead_score=rnd.randrange(0, 6),
                email=housing_models.Email(email_address=f"info@{name.split()[-1].lower()}.se", email_address2=None),
                **common,
            )
        else:
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            contact = crm_contact.CrmPersonContact(
                type=crm_contact.ContactType.Person,
                first_name=first,
                last_name=last,
                social_security_number=_ssn(rnd, rnd.randrange(1940, 2004)),
                is_foreign_social_security_number=False,
                lead_score=rnd.randrange(0, 6),
                matching_changed_at=when(rnd.uniform(0, 200)),
                is_deceased=False,
                is_company_person=rnd.random() < 0.1,
                gdpr_approval_date=when(rnd.uniform(100, 800)),
                email=housing_models.Email(
                    email_address=f"{_ascii(first)}.{_ascii(last)}@example.se".lower(), email_address2=None
                ),
                **common,
            )
        data.contacts[cid] = contact
        data.contact_leads[cid] = [
            crm_contact_lead.CrmLead(
                id=f"LEAD{rnd.randrange(100_000, 999_999)}",
                created_at=when(rnd.uniform(0, 365)),
                lead_type=crm_contact_lead.LeadType.Object,
                lead_type_id=f"OBJ{rnd.randrange(1000, 9999)}",
            )
            for _ in range(rnd.randrange(0, 4))
        ]
    persons = [c for c in data.contacts.values() if isinstance(c, crm_contact.CrmPersonContact)]
    for i in range(contacts // 2):
        person = persons[i % len(persons)]
        lead_id = f"INL{20_000 + i}"
        data.incoming[lead_id] = existing_lead.IncomingLead(
            contact_id=person.id,
            lead_source=existing_lead.LeadSource(
                id=f"SRC{i % 5}", name=SOURCES[i % 5], lead_type=existing_lead.LeadType.AcceptObjectFlow
            ),
            sent_at=when(rnd.uniform(0, 365)),
            receiver=existing_lead.LeadReceiver(
                agent=existing_lead.Agent(
                    id=person.agent_id, office=existing_lead.Office(id="KTR1", customer_id=customer)
                ),
                user_group=None,
                office=existing_lead.Office(id="KTR1", customer_id=customer),
            ),
            buying_estate_id=rnd.choice([None, f"OBJ{rnd.randrange(1000, 9999)}"]),
            selling_estate_id=None,
            state=existing_lead.State.New,
            message=rnd.choice(MESSAGES),
            is_anonymized=False,
            utm_tags=[
                utm_tags(name="utm_source", value=SOURCES[i % 5].lower()),
                utm_tags(name="utm_campaign", value="host-2025"),
            ],
        )
    _report(data, rnd, when, report_items)
    return data


def _ssn(rnd: random.Random, year: int) -> str:
    return f"{year}{rnd.randrange(1, 13):02d}{rnd.randrange(1, 29):02d}-{rnd.randrange(1000, 9999)}"


def _created(item: Any) -> Timestamp:
    created: Timestamp = item.created_at
    return created


def _ascii(text: str) -> str:
    return text.translate(str.maketrans("åäöÅÄÖé", "aaoAAOe"))


def _party(rnd: random.Random) -> Any:
    bi = _ns("business_intelligence")
    name = rnd.choice(COMPANIES)
    return bi.Party(
        id=f"USR{rnd.randrange(100, 999)}",
        name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
        company=bi.Company(
            id=f"CMP{rnd.randrange(10, 99)}", name=name, customer_number=f"K{rnd.randrange(1000, 9999)}"
        ),
    )


def _report(data: MockData, rnd: random.Random, when: Any, n: int) -> None:
    bi = _ns("business_intelligence")
    incoming, outgoing, tips = map(
        _ns, ("business_intelligence_incoming", "business_intelligence_outgoing", "business_intelligence_tips")
    )

    def contact() -> Any:
        return bi.Contact(
            id=f"KON{rnd.randrange(10_000, 10_999)}", first_name=rnd.choice(FIRST), last_name=rnd.choice(LAST)
        )

    def estate() -> Any:
        if rnd.random() < 0.3:
            return None
        return bi.Estate(
            id=f"OBJ{rnd.randrange(1000, 9999)}",
            estate_status=bi.EstateStatus.AssignmentAttempt,
            status=bi.Status(id=rnd.randrange(1, 9), text=rnd.choice(["Intag", "Till salu", "Såld"])),
        )

    for i in range(n):
        data.report_incoming.append(
            bi.IncomingLead(
                created_at=when(rnd.uniform(0, 365)),
                sender=_party(rnd),
                receiver=_party(rnd),
                lead=incoming.Lead(
                    id=f"BIL{i}",
                    title="Värderingsförfrågan",
                    type="Värdering",
                    state=incoming.State.New,
                    message=rnd.choice(MESSAGES),
                ),
                contact=contact(),
                estate=estate(),
            )
        )
        data.report_outgoing.append(
            bi.OutgoingLead(
                created_at=when(rnd.uniform(0, 365)),
                user=bi.User(
                    id=f"USR{rnd.randrange(100, 999)}",
                    name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                    type=bi.UserType.User,
                    employee_number=str(rnd.randrange(100, 999)),
                ),
                sender=_party(rnd),
                receiver=_party(rnd),
                lead=outgoing.Lead(id=f"BOL{i}", title="Bolån", type="Finansiering", message=rnd.choice(MESSAGES)),
                contact=contact(),
            )
        )
        data.report_tips.append(
            bi.SentTip(
                created_at=when(rnd.uniform(0, 365)),
                sender=_party(rnd),
                receiver=tips.Receiver(
                    id=f"USR{rnd.randrange(100, 999)}",
                    name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                    employee_number=str(rnd.randrange(100, 999)),
                    type=bi.UserType.User,
                    company=bi.Company(id="CMP1", name=rnd.choice(COMPANIES), customer_number="K1000"),
                ),
                tip=bi.Tip(
                    id=f"TIP{i}",
                    title="Tips om säljare",
                    state=bi.TipState.New,
                    message=rnd.choice(MESSAGES),
                    type=bi.TipType.FromUser,
                ),
                contact=contact(),
                estate=estate(),
            )
        )
    for items in (data.report_incoming, data.report_outgoing, data.report_tips):
        items.sort(key=_created)
