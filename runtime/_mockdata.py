"""Deterministic, realistic Swedish data for the mock server (and the benchmarks).

Everything derives from one ``random.Random(seed)``: the same seed gives the same contacts, leads and
report items, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from ._types import Timestamp
from .models import business_intelligence as bi
from .models import (
    business_intelligence_incoming,
    business_intelligence_outgoing,
    business_intelligence_tips,
    category,
    crm_contact,
    crm_contact_lead,
    existing_lead,
    housing_models,
)
from .models.advertising import FormMarketingUtmTags

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
STOCKHOLM_OFFSET = {False: dt.timedelta(hours=1), True: dt.timedelta(hours=2)}
#: the mock's "now": data covers the year before it
EPOCH = dt.datetime(2025, 11, 1, 12, 0, 0)


def stockholm(naive: dt.datetime, tick: int = 0) -> Timestamp:
    """A Stockholm wall-clock time as .NET writes it (DateTimeKind.Local: with the local offset)."""
    dst = _is_dst(naive)
    tz = dt.timezone(STOCKHOLM_OFFSET[dst])
    return Timestamp.from_datetime(naive.replace(tzinfo=tz), tick)


def now() -> Timestamp:
    """The current Stockholm time, as .NET writes it."""
    utc = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    local = utc + STOCKHOLM_OFFSET[False]
    if _is_dst(local):
        local = utc + STOCKHOLM_OFFSET[True]
    return stockholm(local)


def _is_dst(naive: dt.datetime) -> bool:
    """EU summer time: last Sunday of March 02:00 to last Sunday of October 03:00 (local)."""

    def last_sunday(month: int) -> dt.datetime:
        d = dt.datetime(naive.year, month, 31 if month in (3, 10) else 30)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)

    start = last_sunday(3).replace(hour=2)
    end = last_sunday(10).replace(hour=3)
    return start <= naive < end


@dataclass
class MockData:
    customers: list[str]
    contacts: dict[str, Any] = field(default_factory=dict)  # contact id -> CrmContact subtype
    contact_leads: dict[str, list[crm_contact_lead.CrmLead]] = field(default_factory=dict)
    incoming: dict[str, existing_lead.IncomingLead] = field(default_factory=dict)  # lead id -> lead
    report_incoming: list[bi.IncomingLead] = field(default_factory=list)
    report_outgoing: list[bi.OutgoingLead] = field(default_factory=list)
    report_tips: list[bi.SentTip] = field(default_factory=list)


def generate(
    seed: int = 2025,
    *,
    customers: tuple[str, ...] = ("demo-kund",),
    contacts: int = 40,
    report_items: int = 120,
    epoch: dt.datetime = EPOCH,
) -> MockData:
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

    def address() -> crm_contact.CrmContactAddress:
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
                FormMarketingUtmTags(name="utm_source", value=SOURCES[i % 5].lower()),
                FormMarketingUtmTags(name="utm_campaign", value="host-2025"),
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


def _party(rnd: random.Random) -> bi.Party:
    name = rnd.choice(COMPANIES)
    return bi.Party(
        id=f"USR{rnd.randrange(100, 999)}",
        name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
        company=bi.Company(
            id=f"CMP{rnd.randrange(10, 99)}", name=name, customer_number=f"K{rnd.randrange(1000, 9999)}"
        ),
    )


def _report(data: MockData, rnd: random.Random, when: Any, n: int) -> None:
    def contact() -> bi.Contact:
        return bi.Contact(
            id=f"KON{rnd.randrange(10_000, 10_999)}", first_name=rnd.choice(FIRST), last_name=rnd.choice(LAST)
        )

    def estate() -> bi.Estate | None:
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
                lead=business_intelligence_incoming.Lead(
                    id=f"BIL{i}",
                    title="Värderingsförfrågan",
                    type="Värdering",
                    state=business_intelligence_incoming.State.New,
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
                lead=business_intelligence_outgoing.Lead(
                    id=f"BOL{i}", title="Bolån", type="Finansiering", message=rnd.choice(MESSAGES)
                ),
                contact=contact(),
            )
        )
        data.report_tips.append(
            bi.SentTip(
                created_at=when(rnd.uniform(0, 365)),
                sender=_party(rnd),
                receiver=business_intelligence_tips.Receiver(
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
