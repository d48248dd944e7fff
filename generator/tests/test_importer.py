"""``whmcs_bindgen import``: reference pages to schema drafts.

The draft of GetTicket's page, in both forms, equals the curated
schema/whmcs/get_ticket.yaml in everything the page states; every page under
data/reference/ gives a draft that validates; the guesses are marked.
"""

from __future__ import annotations

import contextlib
import io
import re
import unittest
from pathlib import Path
from typing import Any

from support import DATA_DIR, REPO_DIR, temporary_directory, working_directory
from whmcs_bindgen.cli import main
from whmcs_bindgen.errors import PageError
from whmcs_bindgen.generate import load_action
from whmcs_bindgen.importer import import_page
from whmcs_bindgen.importer_page import parse_page
from whmcs_bindgen.loader import parse_schema
from whmcs_bindgen.model import Action, EnumType, Field, Kind, StructType, TypeRef
from whmcs_bindgen.validate import build_action

REFERENCE = DATA_DIR / "reference"
PAGES = sorted(p for p in REFERENCE.iterdir() if p.suffix in (".md", ".txt") and
               p.name != "README.md")
CURATED = REPO_DIR / "schema" / "whmcs" / "get_ticket.yaml"


def draft_action(page: Path) -> tuple[str, Action]:
    text = import_page(page)
    return text, build_action(parse_schema(text, page.name), page.name)


def item_name(field: Field) -> str:
    """The element type of a list or map field."""
    assert field.type.item is not None
    return field.type.item.name


def shape(action: Action) -> dict[str, Any]:
    """What a page can state about an action: names, wire keys, types (named
    types by their structure, not their names), wrappers, `since`, versions
    and request constraints. Not descriptions, not required/optional."""
    named = {t.name: t for t in action.types}

    def ref(r: TypeRef) -> Any:
        if r.kind is Kind.SCALAR:
            return r.name
        if r.kind is Kind.ENUM:
            enum = named[r.name]
            assert isinstance(enum, EnumType)
            return ("enum", tuple(v.wire for v in enum.values))
        if r.kind is Kind.OBJECT:
            struct = named[r.name]
            assert isinstance(struct, StructType)
            return ("object", fields(struct))
        assert r.item is not None
        return (r.kind.value, ref(r.item))

    def fields(struct: StructType) -> dict[str, Any]:
        return {f.wire: (ref(f.type), f.wrapper, f.since) for f in struct.fields}

    return {
        "action": action.name,
        "versions": [(v.version, v.changes.replace("`", "").rstrip(".")) for v in action.versions],
        "request": fields(action.request),
        "constraints": {(c.kind.value, frozenset(c.members)) for c in action.request.constraints},
        "response": fields(action.response),
    }


class GetTicketPageTest(unittest.TestCase):
    def assert_equivalent(self, page: Path) -> None:
        _, imported = draft_action(page)
        curated = load_action(CURATED)
        want, got = shape(curated), shape(imported)
        for key in want:
            self.assertEqual(got[key], want[key], f"{page.name}: {key} differs")

    def test_markdown_page_gives_the_curated_schema(self) -> None:
        self.assert_equivalent(REFERENCE / "getticket.md")

    def test_plain_text_page_gives_the_curated_schema(self) -> None:
        self.assert_equivalent(REFERENCE / "getticket.txt")

    def test_both_forms_read_the_same_tables(self) -> None:
        markdown = parse_page((REFERENCE / "getticket.md").read_text(), "md")
        text = parse_page((REFERENCE / "getticket.txt").read_text(), "txt")
        self.assertEqual((markdown.form, text.form), ("markdown", "text"))
        self.assertEqual([r.name for r in markdown.request], [r.name for r in text.request])
        self.assertEqual([(r.name, r.type) for r in markdown.response],
                         [(r.name, r.type) for r in text.response])
        self.assertEqual([r.required for r in text.request], [True, False, False, False])
        self.assertEqual(text.summary, "Obtain a specific ticket")
        self.assertIn("submitter's name", text.response[8].description)  # typographic quote
        self.assertEqual(markdown.example["replies"]["reply"][1]["rating"], "0")
        self.assertEqual(text.example["tid"], "516757")

    def test_guesses_are_marked(self) -> None:
        text, _ = draft_action(REFERENCE / "getticket.md")
        lines = text.splitlines()

        def marks_above(key_line: str) -> list[str]:
            index = len(lines) - 1 - lines[::-1].index(key_line)  # the last one
            marks = []
            while lines[index - 1].strip().startswith("#"):
                index -= 1
                marks.append(lines[index].strip())
            return marks

        self.assertTrue(any(m.startswith("# guessed: an enum") for m in
                            marks_above("  repliessort_value:")))
        self.assertTrue(any("guessed: from the description of ticketid" in m
                            for m in marks_above("    - kind: at_least_one")))
        self.assertIn('# note: the example sends it as a string ("1")',
                      marks_above("    ticketid:"))
        self.assertFalse(marks_above("    subject:"))  # stated by the table: nothing to review
        self.assertTrue(any("since 7.10, like `attachments`" in m
                            for m in marks_above("      attachments_removed:")))


class EveryPageTest(unittest.TestCase):
    def test_there_are_twenty_pages(self) -> None:
        # GetTicket in two forms, the 18 other Support actions, GetPaymentMethods.
        self.assertEqual(len(PAGES), 21)

    def test_every_page_gives_a_valid_draft_of_its_action(self) -> None:
        for page in PAGES:
            with self.subTest(page=page.name):
                text, action = draft_action(page)
                self.assertEqual(action.name.lower(), page.stem)
                self.assertIn("# Review each mark", text)

    def test_open_ticket_versions_are_sorted_and_joined(self) -> None:
        text, action = draft_action(REFERENCE / "openticket.md")
        self.assertEqual([v.version for v in action.versions],
                         ["1.0", "7.5", "8.0", "8.3", "8.5", "8.11"])
        self.assertIn("from being sent. Added error message", action.versions[3].changes)
        self.assertIn("# note: the page lists its versions out of order", text)
        since = {f.wire: f.since for f in action.request.fields if f.since}
        self.assertEqual(since, {"userid": "8.5", "attachments": "7.5",
                                 "preventClientClosure": "8.11"})

    def test_request_types_from_the_tables(self) -> None:
        _, action = draft_action(REFERENCE / "openticket.md")
        fields = {f.wire: f for f in action.request.fields}
        self.assertEqual(fields["admin"].type.name, "bool")
        self.assertTrue(fields["deptid"].required)
        self.assertEqual(fields["attachments"].type.name, "string")  # a base64 blob
        self.assertEqual(fields["created"].type.name, "datetime")
        priority = {t.name: t for t in action.types}[fields["priority"].type.name]
        assert isinstance(priority, EnumType)
        self.assertEqual([v.wire for v in priority.values], ["Low", "Medium", "High"])
        _, attachment = draft_action(REFERENCE / "getticketattachment.md")
        kind = attachment.request.fields[1]
        self.assertEqual(kind.type.kind, Kind.ENUM)

    def test_keyword_keys_get_a_cpp_name(self) -> None:
        text, action = draft_action(REFERENCE / "blockticketsender.md")
        delete = action.request.fields[1]
        self.assertEqual((delete.wire, delete.cpp_name), ("delete", "delete_"))
        self.assertIn("# guessed: cpp_name delete_: the wire key is a C++ keyword", text)
        deleted = action.response.fields[1]
        self.assertEqual((deleted.wire, deleted.type.name), ("deleted", "bool"))

    def test_maps_and_scalar_lists_from_the_example(self) -> None:
        _, action = draft_action(REFERENCE / "getticketcounts.md")
        fields = {f.wire: f for f in action.response.fields}
        self.assertEqual((fields["status"].type.kind, item_name(fields["status"])),
                         (Kind.MAP, "status_entry"))
        self.assertEqual(item_name(fields["filteredDepartments"]), "integer")
        self.assertEqual(fields["allActive"].type.name, "integer")

    def test_wrappers_name_the_entry_types(self) -> None:
        expected = {"gettickets.md": ("tickets", "ticket"),
                    "getsupportstatuses.md": ("statuses", "status"),
                    "getticketpredefinedreplies.md": ("predefinedreplies", "predefinedreply"),
                    "getpaymentmethods.md": ("paymentmethods", "paymentmethod")}
        for page, (wire, wrapper) in expected.items():
            with self.subTest(page=page):
                _, action = draft_action(REFERENCE / page)
                field = {f.wire: f for f in action.response.fields}[wire]
                self.assertEqual((field.wrapper, item_name(field)), (wrapper, wrapper))


class PageFormsTest(unittest.TestCase):
    def test_php_flattened_example_keys_become_nested(self) -> None:
        page = (REFERENCE / "getpaymentmethods.md").read_text()
        flat = re.sub(r"```\n\{\n    \"result\".*?```", '```\n{"result": "success", '
                      '"totalresults": "1", "currencies[currency][0][id]": "1", '
                      '"currencies[currency][0][code]": "USD", '
                      '"currencies[currency][1][id]": "2", '
                      '"currencies[currency][1][code]": "EUR"}\n```', page, flags=re.S)
        parsed = parse_page(flat, "flat.md")
        self.assertEqual(parsed.example["currencies"],
                         {"currency": [{"id": "1", "code": "USD"}, {"id": "2", "code": "EUR"}]})
        self.assertIn("PHP-flattened", parsed.example_note)

    def test_text_that_is_no_reference_page_is_an_error(self) -> None:
        with self.assertRaises(PageError) as caught:
            parse_page("Hello\n\nworld\n", "notes.txt")
        self.assertIn("notes.txt: not a WHMCS API reference page", str(caught.exception))

    def test_an_example_that_is_not_json_is_an_error(self) -> None:
        page = (REFERENCE / "deleteticket.md").read_text().replace(
            '"result": "success"', '"result": success')
        with self.assertRaises(PageError) as caught:
            parse_page(page, "broken.md")
        self.assertIn("the example response is not valid JSON", str(caught.exception))


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


class ImportCliTest(unittest.TestCase):
    def test_import_prints_the_draft(self) -> None:
        code, out, _ = run("import", str(REFERENCE / "deleteticket.md"))
        self.assertEqual(code, 0)
        self.assertIn("action: DeleteTicket\n", out)

    def test_import_writes_once_and_keeps_an_existing_file(self) -> None:
        with temporary_directory() as directory, working_directory(directory):
            page = str(REFERENCE / "deleteticket.md")
            self.assertEqual(run("import", page, "-o", "delete_ticket.yaml")[0], 0)
            Path("delete_ticket.yaml").write_text("edited")
            code, _, err = run("import", page, "-o", "delete_ticket.yaml")
            self.assertEqual(code, 2)
            self.assertIn("delete_ticket.yaml exists; pass --force", err)
            self.assertEqual(Path("delete_ticket.yaml").read_text(), "edited")
            self.assertEqual(run("import", page, "-o", "delete_ticket.yaml", "--force")[0], 0)
            self.assertEqual(run("generate", "delete_ticket.yaml", "--output-dir", "out")[0], 0)
            self.assertTrue(Path("out/delete_ticket.hpp").is_file())

    def test_unreadable_page_exits_1(self) -> None:
        code, _, err = run("import", "no/such/page.md")
        self.assertEqual(code, 1)
        self.assertIn("cannot read the page", err)


if __name__ == "__main__":
    unittest.main()
