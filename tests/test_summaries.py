"""Operation summaries: an operation the descriptions file does not describe is summed up by the method
that calls it, never by the .NET action a method was renamed from."""

from __future__ import annotations

from typing import Any

from codegen.importer import texts, write
from codegen.importer.model import Api


class TestFallback:
    """An operation the descriptions file does not describe (one Vitec added since) is summed up by its
    resource and its method's name, as a caller writes them."""

    def test_it_follows_the_method_name_not_the_action(self) -> None:
        op = {"operationId": "appointment_post", "x-python-name": "create", "x-wire-operation-id": "Appointment_Post",
              "tags": ["appointment"]}  # fmt: skip
        assert texts.summary_of(op) == "Appointment: create"
        op = {"operationId": "crm_image_put", "x-python-name": "update", "tags": ["crm_image"]}
        assert texts.summary_of(op) == "Crm image: update"

    def test_without_a_python_name_it_is_the_operation_id(self) -> None:
        assert texts.summary_of({"operationId": "get_contact", "tags": ["crm"]}) == "Crm: get contact"
        assert texts.summary_of({"operationId": "x", "x-python-name": "import_", "tags": ["t"]}) == "T: import"

    @staticmethod
    def _api() -> Api:
        def op(op_id: str, wire: str, **more: Any) -> dict[str, Any]:
            return {"operationId": op_id, "x-wire-operation-id": wire, "tags": ["viewing"], **more,
                    "responses": {"204": {"description": "No content"}}}  # fmt: skip

        api = Api()
        api.operations[("post", "/Viewing/{customerId}/{estateId}")] = op("viewing_post", "Viewing_Post")
        api.operations[("get", "/Viewing/{customerId}/{estateId}")] = op("viewing_get_by_customer_id_estate_id",
                                                                         "Viewing_Get")  # fmt: skip
        api.operations[("get", "/Viewing/{estateId}")] = op("viewing_get_by_estate_id", "Viewing_Get")
        api.operations[("put", "/Viewing/{customerId}")] = op("viewing_put", "Viewing_Put", summary="Our words.")
        return api

    def test_the_import_writes_it_once_the_method_is_named(self) -> None:
        doc, _ = write.finish(self._api())
        ops = {f"{m.upper()} {p}": (op.get("x-python-name"), op["summary"])
               for p, item in doc["paths"].items() for m, op in item.items()}  # fmt: skip
        assert ops == {
            "POST /Viewing/{customerId}/{estateId}": ("create", "Viewing: create"),
            "GET /Viewing/{customerId}/{estateId}": ("get", "Viewing: get"),
            "GET /Viewing/{estateId}": ("get_without_customer", "Viewing: get without customer"),
            "PUT /Viewing/{customerId}": ("update", "Our words."),  # the descriptions file's text wins
        }
        assert write.finish(self._api())[0] == doc  # deterministic
