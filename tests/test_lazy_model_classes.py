"""What a model class gets when it is made (an operation's first call makes its models), and the one walk of
the annotations below a type that the JSON codec asks its questions of."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from msgspec import UNSET, UnsetType
from vitec_connect import json
from vitec_connect._codec import reach
from vitec_connect._types import LazyTimestamp, Model, TimestampMember
from vitec_connect.models import CrmContact, CrmPersonContact

AT = "2025-03-01T10:00:00+01:00"


class Stamped(Model, kw_only=True):
    at: LazyTimestamp | UnsetType | None = UNSET
    name: str | UnsetType | None = UNSET


class StampedChild(Stamped, kw_only=True):
    note: str | UnsetType | None = UNSET


class Plain(Model, kw_only=True):
    name: str | UnsetType | None = UNSET
    stamped: Stamped | UnsetType | None = UNSET


class Priced(Model, kw_only=True):
    price: Decimal | UnsetType | None = UNSET


class Holder(Model, kw_only=True):
    items: list[Plain] | UnsetType | None = UNSET
    priced: list[Priced] | UnsetType | None = UNSET
    labels: dict[str, str] | UnsetType | None = UNSET


class Contacts(Model, kw_only=True):
    contacts: list[CrmContact] | UnsetType | None = UNSET


def test_a_timestamp_member_gets_its_descriptor_and_other_members_keep_msgspecs() -> None:
    assert isinstance(vars(Stamped)["at"], TimestampMember)
    assert not isinstance(vars(Stamped)["name"], TimestampMember)


def test_a_subclass_reads_its_bases_timestamp_member_and_compares_by_time() -> None:
    decoded = json.decode(f'{{"at": "{AT}", "note": "n"}}'.encode(), type=StampedChild)
    built = StampedChild(at=datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc), note="n")
    assert decoded.at == built.at
    assert decoded == built  # text in one slot, a datetime in the other: the same time
    assert decoded != StampedChild(at=datetime(2025, 3, 1, 9, 1, tzinfo=timezone.utc), note="n")


def test_a_model_without_timestamp_members_keeps_msgspecs_comparison() -> None:
    assert "__eq__" not in vars(Plain)
    assert Plain.__eq__ is not Stamped.__eq__
    assert Plain(name="a") == Plain(name="a")
    assert Plain(name="a") != Plain(name="b")


def test_every_model_hides_the_unknown_content_in_its_repr() -> None:
    kept = json.decode(b'{"name": "a", "extra": 1}', type=Plain)
    assert repr(kept) == "Plain(name='a')"
    assert repr(Stamped(at=AT)) == f"Stamped(at=Timestamp({AT!r}))"


def test_reach_gives_the_models_and_other_classes_below_a_type() -> None:
    below = reach(Holder)
    assert below.models == {Plain, Stamped, Priced}
    assert {str, Decimal, type(None), UnsetType} <= below.leaves
    assert Holder not in below.models  # (only a member that leads back would put it there)
    assert reach(Plain).models == {Stamped}


def test_a_decimal_below_the_root_is_held_as_net_holds_it() -> None:
    digits = "1." + "1" * 40  # more digits than .NET's decimal keeps
    decoded = json.decode(f'{{"priced": [{{"price": {digits}}}]}}'.encode(), type=Holder)
    price = decoded.priced[0].price  # type: ignore[index,union-attr]
    assert price == Decimal("1.1111111111111111111111111111")


def test_a_polymorphic_member_below_the_root_decodes_as_its_subtype() -> None:
    decoded = json.decode(b'{"contacts": [{"type": "Person", "customerId": "M1", "firstName": "Ann"}]}', type=Contacts)
    assert type(decoded.contacts[0]) is CrmPersonContact  # type: ignore[index]
