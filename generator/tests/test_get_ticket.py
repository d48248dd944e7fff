"""The shipped GetTicket schema against the documented responses.

Every required field of every struct must be present in both documented
response shapes (tests/fixtures/), so that a pre-7.10 server's answer decodes;
and every key the docs' example sends must be known to the schema.
"""

from __future__ import annotations

import json
import unittest
from typing import Any

from support import REPO_DIR
from whmcs_bindgen.generate import load_action
from whmcs_bindgen.model import Action, Kind, StructType

SCHEMA = REPO_DIR / "schema" / "whmcs" / "get_ticket.yaml"
FIXTURES = REPO_DIR / "tests" / "fixtures"


def structs(action: Action) -> dict[str, StructType]:
    return {t.name: t for t in action.all_types if isinstance(t, StructType)}


class GetTicketSchemaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.action = load_action(SCHEMA)
        cls.structs = structs(cls.action)

    def walk(self, struct: StructType, value: dict[str, Any], path: str,
             check_unknown: bool) -> None:
        by_wire = {f.wire: f for f in struct.fields}
        for field in struct.fields:
            if field.required and field.type.kind not in (Kind.LIST, Kind.MAP):
                self.assertIn(field.wire, value, f"{path}/{field.wire} is required")
        if check_unknown:
            for key in value:
                self.assertIn(key, by_wire, f"{path}/{key} is not in the schema")
        for field in struct.fields:
            if field.wire not in value or field.type.kind is not Kind.LIST:
                continue
            items = value[field.wire]
            if field.wrapper:
                items = items[field.wrapper]
            item = field.type.item
            assert item is not None
            if item.kind is Kind.OBJECT:
                for index, element in enumerate(items):
                    if element != []:  # [[]] means "no attachments"
                        self.walk(self.structs[item.name], element,
                                  f"{path}/{field.wire}/{index}", check_unknown)

    def test_docs_example_fits_the_schema(self) -> None:
        data = json.loads((FIXTURES / "get_ticket_docs_example.json").read_text())
        self.walk(self.structs["response"], data, "", check_unknown=True)

    def test_pre_7_10_response_fits_the_schema(self) -> None:
        data = json.loads((FIXTURES / "get_ticket_pre_7_10.json").read_text())
        self.walk(self.structs["response"], data, "", check_unknown=True)

    def test_request_has_the_documented_rules(self) -> None:
        request = self.structs["request"]
        self.assertEqual([f.wire for f in request.fields], ["ticketnum", "ticketid", "repliessort"])
        self.assertTrue(all(not f.required for f in request.fields))
        self.assertEqual(request.constraints[0].members, ("ticketid", "ticketnum"))
        enum = self.action.types[0]
        self.assertEqual([v.wire for v in enum.values], ["ASC", "DESC"])  # type: ignore[union-attr]

    def test_since_versions_follow_the_history(self) -> None:
        since = {(s.name, f.wire): f.since for s in self.structs.values() for f in s.fields
                 if f.since}
        self.assertEqual(since[("reply", "attachments")], "7.10")
        self.assertEqual(since[("note", "attachments_removed")], "7.10")
        self.assertEqual(since[("reply", "requestor_type")], "8.0")
        self.assertEqual(since[("response", "requestor_email")], "8.0")
        self.assertEqual([v.version for v in self.action.versions], ["1.0", "7.10", "8.0"])


if __name__ == "__main__":
    unittest.main()
