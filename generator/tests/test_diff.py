"""``whmcs_bindgen diff``: what a response has that the schema lacks, and what
it misses, as JSON Pointers; read as the runtime reads it."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import unittest
from pathlib import Path
from typing import Any

from support import REPO_DIR, build, temporary_directory, working_directory
from whmcs_bindgen.cli import main
from whmcs_bindgen.diff import Finding, diff_response, json_type
from whmcs_bindgen.generate import load_action

SCHEMA = REPO_DIR / "schema" / "whmcs" / "get_ticket.yaml"
EXAMPLE = REPO_DIR / "tests" / "fixtures" / "get_ticket_docs_example.json"

LISTS = """\
action: GetThings
summary: Get things.
types:
  thing:
    description: A thing.
    fields:
      id: {type: integer, required: true, description: The ID.}
      size: {type: decimal, description: The size.}
request: {}
response:
  fields:
    result: {type: string, required: true, description: success or error.}
    things: {type: list, items: thing, wrapper: thing, required: true, description: Things.}
    tags: {type: list, items: string, description: Tags.}
    counts: {type: map, items: thing, description: Counts.}
    when: {type: datetime, description: When.}
    flag: {type: bool, description: A flag.}
"""


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def summary(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.kind, f.pointer, f.json_type) for f in findings]


class DiffTest(unittest.TestCase):
    def setUp(self) -> None:
        self.action = load_action(SCHEMA)
        self.example: dict[str, Any] = json.loads(EXAMPLE.read_text())

    def test_the_documented_example_has_no_drift(self) -> None:
        self.assertEqual(diff_response(self.action, self.example), [])

    def test_every_support_fixture_fits_its_schema(self) -> None:
        fixtures = REPO_DIR / "tests" / "fixtures" / "support"
        for fixture in sorted(fixtures.glob("*.json")):
            with self.subTest(fixture=fixture.name):
                action = load_action(REPO_DIR / "schema" / "whmcs" / (fixture.stem + ".yaml"))
                self.assertEqual(diff_response(action, json.loads(fixture.read_text())), [])

    def test_new_keys_are_listed_once_with_their_type_and_count(self) -> None:
        data = copy.deepcopy(self.example)
        data["escalated"] = True
        for reply in data["replies"]["reply"][1:]:
            reply["edited_at"] = "2024-01-01 00:00:00"
        data["replies"]["reply"][0]["attachments"][0]["size"] = 1024
        findings = diff_response(self.action, data)
        self.assertEqual(summary(findings), [
            ("unknown", "/replies/reply/0/attachments/0/size", "integer"),
            ("unknown", "/replies/reply/1/edited_at", "string"),
            ("unknown", "/escalated", "boolean"),
        ])
        self.assertEqual(findings[1].count, 2)
        self.assertEqual(findings[1].schema_path, "types.reply")
        self.assertEqual(findings[0].schema_path, "types.attachment")
        self.assertEqual(findings[2].schema_path, "response")

    def test_missing_required_fields_and_nulls(self) -> None:
        data = copy.deepcopy(self.example)
        del data["ticketid"]
        data["tid"] = None  # null is missing
        del data["replies"]["reply"][2]["message"]
        del data["replies"]["reply"][2]["rating"]  # optional: not a finding
        del data["notes"]  # a list decodes as empty when missing
        self.assertEqual(summary(diff_response(self.action, data)), [
            ("missing", "/replies/reply/2/message", "string"),
            ("missing", "/ticketid", "integer"),
            ("missing", "/tid", "string"),
        ])

    def test_values_the_runtime_would_reject(self) -> None:
        data = copy.deepcopy(self.example)
        data["flag"] = "1x"
        data["date"] = "yesterday"
        data["replies"]["reply"][0]["attachments_removed"] = "maybe"
        findings = diff_response(self.action, data)
        self.assertEqual([(f.pointer, f.json_type, f.expected) for f in findings], [
            ("/date", "string", "datetime"),
            ("/flag", "string", "integer"),
            ("/replies/reply/0/attachments_removed", "string", "bool"),
        ])

    def test_list_shapes_as_the_runtime_reads_them(self) -> None:
        action = build(LISTS)
        base = {"result": "success"}
        for things in ([], {}, "", None, {"thing": []}, {"thing": None}, [[]],
                       {"thing": [{"id": "1"}, []]}):
            with self.subTest(things=things):
                self.assertEqual(diff_response(action, {**base, "things": things}), [])
        indexed = {"thing": {"0": {"id": 1}, "1": {"id": 2, "colour": "red"}}}
        self.assertEqual(summary(diff_response(action, {**base, "things": indexed})),
                         [("unknown", "/things/thing/1/colour", "string")])
        single = {"thing": {"id": 1, "colour": "red"}}  # one object for a one-element list
        self.assertEqual(summary(diff_response(action, {**base, "things": single})),
                         [("unknown", "/things/thing/colour", "string")])
        bare = [{"size": "1.5"}]  # the wrapper left out; id missing
        self.assertEqual(summary(diff_response(action, {**base, "things": bare})),
                         [("missing", "/things/0/id", "integer")])
        beside = {"thing": [], "total": 0}
        self.assertEqual(summary(diff_response(action, {**base, "things": beside})),
                         [("unknown", "/things/total", "integer")])
        self.assertEqual(summary(diff_response(action, {**base, "things": 5})),
                         [("mismatch", "/things", "integer")])

    def test_maps_scalar_lists_and_pointer_escapes(self) -> None:
        action = build(LISTS)
        data = {"result": "success", "tags": ["a", 1, {"x": 1}],
                "counts": {"a/b": {"id": 1, "new~key": 2}}, "when": "", "flag": "on"}
        findings = diff_response(action, data)
        self.assertEqual(summary(findings), [
            ("mismatch", "/tags/2", "object"),
            ("unknown", "/counts/a~1b/new~0key", "integer"),
        ])
        self.assertEqual(json_type(1.5), "number")
        self.assertEqual(json_type(None), "null")


class DiffCliTest(unittest.TestCase):
    def setUp(self) -> None:
        self.stack = contextlib.ExitStack()
        self.dir = self.stack.enter_context(temporary_directory())
        self.stack.enter_context(working_directory(self.dir))

    def tearDown(self) -> None:
        self.stack.close()

    def test_no_drift_exits_0_and_prints_nothing(self) -> None:
        self.assertEqual(run("diff", str(SCHEMA), str(EXAMPLE)), (0, "", ""))

    def test_drift_exits_5_in_text_and_json(self) -> None:
        data = json.loads(EXAMPLE.read_text())
        data["escalated"] = 1
        del data["flag"]
        Path("r.json").write_text(json.dumps(data))
        code, out, _ = run("diff", str(SCHEMA), "r.json")
        self.assertEqual(code, 5)
        self.assertEqual(out, "+ /escalated: integer (not in response)\n"
                              "- /flag: integer (required by response, missing)\n")
        code, out, _ = run("diff", str(SCHEMA), "r.json", "--json")
        self.assertEqual(code, 5)
        self.assertEqual(json.loads(out)[0], {"kind": "unknown", "pointer": "/escalated",
                                              "type": "integer", "schema": "response",
                                              "count": 1})

    def test_error_responses_are_named(self) -> None:
        Path("r.json").write_text('{"result": "error", "message": "Ticket ID Not Found"}')
        code, _, err = run("diff", str(SCHEMA), "r.json")
        self.assertEqual(code, 5)
        self.assertIn("is an error response: Ticket ID Not Found", err)

    def test_bad_response_files_are_usage_errors(self) -> None:
        Path("r.json").write_text("<html>")
        code, _, err = run("diff", str(SCHEMA), "r.json")
        self.assertEqual(code, 2)
        self.assertIn("r.json is not JSON", err)
        self.assertEqual(run("diff", str(SCHEMA), "missing.json")[0], 2)

    def test_schema_errors_exit_1(self) -> None:
        Path("bad.yaml").write_text("action: X\n")
        Path("r.json").write_text("{}")
        self.assertEqual(run("diff", "bad.yaml", "r.json")[0], 1)


if __name__ == "__main__":
    unittest.main()
