"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Order.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._types import Model, OpenEnum


class OrderUserInteractionRequest(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    url: str | None | UnsetType = UNSET

    comment: str | None | UnsetType = UNSET


class Status(OpenEnum):
    Error = "Error"
    OrderReceived = "OrderReceived"
    Delivered = "Delivered"
    UserInteraction = "UserInteraction"
    Canceled = "Canceled"


class OrderStatus(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    comment: str | None | UnsetType = UNSET
