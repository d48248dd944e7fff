"""Every validation rule, each with the file:line and field its error names."""

from __future__ import annotations

import unittest

from support import MINIMAL, build, schema_error
from whmcs_bindgen.model import ConstraintKind, Kind


def with_types(types: str) -> str:
    """MINIMAL plus a `types:` section (``types`` is indented by 2)."""
    return MINIMAL + "types:\n" + types


class ValidSchemaTest(unittest.TestCase):
    def test_minimal_schema(self) -> None:
        action = build(MINIMAL)
        self.assertEqual(action.name, "GetThing")
        self.assertEqual(action.snake_name, "get_thing")
        self.assertEqual(action.request.description, "The parameters of GetThing.")
        self.assertFalse(action.request.fields[0].required)
        self.assertTrue(action.response.fields[0].required)

    def test_action_names_become_snake_case(self) -> None:
        action = build(MINIMAL.replace("GetThing", "GetTLDPricing"))
        self.assertEqual(action.snake_name, "get_tld_pricing")

    def test_enumerators_derive_from_wire_values(self) -> None:
        action = build(with_types(
            "  status:\n"
            "    description: A status.\n"
            "    values: [Customer-Reply, On Hold, InProgress, ASC]\n"))
        enum = action.types[0]
        self.assertEqual([v.cpp_name for v in enum.values],  # type: ignore[union-attr]
                         ["customer_reply", "on_hold", "in_progress", "asc"])

    def test_types_come_after_the_types_they_use(self) -> None:
        action = build(with_types(
            "  outer:\n"
            "    description: Uses inner.\n"
            "    fields:\n"
            "      x: {type: list, items: inner, description: Inner things.}\n"
            "  inner:\n"
            "    description: Used by outer.\n"
            "    fields:\n"
            "      y: {type: string, description: A string.}\n"))
        self.assertEqual([t.name for t in action.types], ["inner", "outer"])
        field = action.types[1].fields[0]  # type: ignore[union-attr]
        self.assertEqual(field.type.kind, Kind.LIST)
        self.assertEqual(field.type.item.name, "inner")  # type: ignore[union-attr]

    def test_constraints_use_member_names(self) -> None:
        action = build(MINIMAL.replace(
            "      description: The thing's ID.\n",
            "      description: The thing's ID.\n"
            "    if:\n"
            "      type: string\n"
            "      cpp_name: if_\n"
            "      description: A keyword.\n"
            "  constraints:\n"
            "    - {kind: exactly_one, fields: [id, if], description: one of them}\n"))
        constraint = action.request.constraints[0]
        self.assertEqual(constraint.kind, ConstraintKind.EXACTLY_ONE)
        self.assertEqual(constraint.members, ("id", "if_"))


class SchemaErrorTest(unittest.TestCase):
    """Each case: a broken schema, and the exact line, field path and message."""

    def check(self, text: str, line: int, field: str, message: str) -> None:
        error = schema_error(text)
        self.assertEqual((error.path, error.line, error.field), ("thing.yaml", line, field),
                         str(error))
        self.assertIn(message, error.message)
        self.assertTrue(str(error).startswith(f"thing.yaml:{line}: {field}: "), str(error))

    def test_unknown_top_level_key(self) -> None:
        self.check(MINIMAL + "colour: red\n", 14, "colour", "unknown key 'colour'")

    def test_unknown_field_key(self) -> None:
        self.check(MINIMAL.replace("      type: integer\n",
                                   "      type: integer\n      optional: true\n"),
                   7, "request.fields.id.optional", "unknown key 'optional'")

    def test_missing_top_level_key(self) -> None:
        self.check(MINIMAL.replace("summary: Get a thing.\n", ""), 1, "summary",
                   "missing required key 'summary'")

    def test_missing_description(self) -> None:
        self.check(MINIMAL.replace("      description: The thing's ID.\n", ""),
                   5, "request.fields.id", "every field needs a 'description'")

    def test_missing_type(self) -> None:
        self.check(MINIMAL.replace("      type: integer\n", ""),
                   5, "request.fields.id", "missing required key 'type'")

    def test_unknown_type(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: int"),
                   6, "request.fields.id.type", "unknown type 'int'")

    def test_reference_to_undefined_named_type(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: list\n      items: ticket"),
                   7, "request.fields.id.items", "unknown type 'ticket'")

    def test_list_without_items(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: list"),
                   6, "request.fields.id.type", "needs 'items'")

    def test_items_on_a_scalar(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: integer\n      items: string"),
                   7, "request.fields.id.items", "only a list or a map has 'items'")

    def test_list_of_lists(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: list\n      items: list"),
                   7, "request.fields.id.items", "not another list")

    def test_duplicate_field(self) -> None:
        self.check(MINIMAL.replace(
            "      description: The thing's ID.\n",
            "      description: The thing's ID.\n    id:\n      type: string\n"
            "      description: Again.\n"),
            8, "id", "duplicate key (first given on line 5)")

    def test_wire_key_that_is_a_keyword_needs_cpp_name(self) -> None:
        self.check(MINIMAL.replace("    id:\n", "    class:\n"),
                   5, "request.fields.class",
                   "wire key 'class' is a C++ keyword; give the member a 'cpp_name'")

    def test_wire_key_that_is_not_an_identifier_needs_cpp_name(self) -> None:
        self.check(MINIMAL.replace("    id:\n", "    first-name:\n"),
                   5, "request.fields.first-name", "is not a valid C++ identifier")

    def test_reserved_and_macro_names_need_cpp_name(self) -> None:
        self.check(MINIMAL.replace("    id:\n", "    __id:\n"),
                   5, "request.fields.__id", "reserved for the C++ implementation")
        self.check(MINIMAL.replace("    id:\n", "    linux:\n"),
                   5, "request.fields.linux", "is a macro")
        self.check(MINIMAL.replace("    id:\n", "    whmcs_fields:\n"),
                   5, "request.fields.whmcs_fields", "reserved for whmcs-bind metadata")

    def test_invalid_cpp_name(self) -> None:
        self.check(MINIMAL.replace("    id:\n", "    id:\n      cpp_name: new\n"),
                   6, "request.fields.id.cpp_name", "cpp_name 'new' is a C++ keyword")

    def test_two_members_with_one_name(self) -> None:
        self.check(MINIMAL.replace(
            "      description: The thing's ID.\n",
            "      description: The thing's ID.\n    the-id:\n      type: string\n"
            "      cpp_name: id\n      description: Same member.\n"),
            8, "request.fields.the-id", "member name 'id' is already used on line 5")

    def test_member_named_like_its_struct(self) -> None:
        self.check(MINIMAL.replace("    id:\n", "    request:\n"),
                   5, "request.fields.request", "equals the name of its struct")

    def test_wrapper_on_a_non_list(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: integer\n      wrapper: item"),
                   7, "request.fields.id.wrapper", "only a list can have a wrapper key")

    def test_wrapper_on_a_map(self) -> None:
        self.check(MINIMAL.replace("type: integer",
                                   "type: map\n      items: string\n      wrapper: item"),
                   8, "request.fields.id.wrapper", "only a list can have a wrapper key")

    def test_required_must_be_a_boolean(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: integer\n      required: \"yes\""),
                   7, "request.fields.id.required", "expected true or false")

    def test_unquoted_since_is_a_number(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: integer\n      since: 7.10"),
                   7, "request.fields.id.since", "YAML reads 7.10 as the number 7.1")

    def test_since_on_a_required_field(self) -> None:
        self.check(MINIMAL.replace("      required: true\n",
                                   "      required: true\n      since: \"8.0\"\n"),
                   13, "response.fields.result.since", "cannot be required")

    def test_since_not_in_version_history(self) -> None:
        self.check(MINIMAL.replace("type: integer", "type: integer\n      since: \"9.0\"")
                   + "versions:\n  - {version: \"1.0\", changes: Initial Version}\n",
                   7, "request.fields.id.since", "not in the action's version history")

    def test_versions_out_of_order(self) -> None:
        self.check(MINIMAL + "versions:\n  - {version: \"7.10\", changes: b}\n"
                   "  - {version: \"7.9\", changes: a}\n",
                   16, "versions[1].version", "oldest to newest")

    def test_bad_action_name(self) -> None:
        self.check(MINIMAL.replace("GetThing", "Get-Thing"), 1, "action",
                   "not a WHMCS action name")

    def test_enum_values_that_collide(self) -> None:
        self.check(with_types("  s:\n    description: S.\n    values: [On Hold, on-hold]\n"),
                   17, "types.s.values[1]",
                   "values 'On Hold' (line 17) and 'on-hold' both become the enumerator 'on_hold'")

    def test_enum_value_that_is_not_an_identifier(self) -> None:
        self.check(with_types("  s:\n    description: S.\n    values:\n      - \"1\"\n"),
                   18, "types.s.values[0]", "give it an explicit name")

    def test_enum_value_that_is_a_keyword(self) -> None:
        self.check(with_types("  s:\n    description: S.\n    values:\n      - delete\n"),
                   18, "types.s.values[0]", "is a C++ keyword")

    def test_enum_value_that_yaml_reads_as_boolean(self) -> None:
        self.check(with_types("  s:\n    description: S.\n    values:\n      - yes\n"),
                   18, "types.s.values[0]", "quote it")

    def test_enum_value_listed_twice(self) -> None:
        self.check(with_types("  s:\n    description: S.\n    values:\n      - A\n      - A\n"),
                   19, "types.s.values[1]", "listed twice")

    def test_type_name_that_is_a_keyword(self) -> None:
        self.check(with_types("  struct:\n    description: S.\n    fields: {}\n"),
                   15, "types.struct", "is a C++ keyword")

    def test_type_name_that_is_builtin_or_generated(self) -> None:
        self.check(with_types("  string:\n    description: S.\n    fields: {}\n"),
                   15, "types.string", "is a built-in type")
        self.check(with_types("  response:\n    description: S.\n    fields: {}\n"),
                   15, "types.response", "reserved for the generated struct")

    def test_type_needs_fields_or_values(self) -> None:
        self.check(with_types("  s:\n    description: S.\n"),
                   16, "types.s", "exactly one of 'fields'")

    def test_type_needs_description(self) -> None:
        self.check(with_types("  s:\n    values: [A]\n"),
                   16, "types.s", "missing required key 'description'")

    def test_recursive_types(self) -> None:
        self.check(with_types(
            "  a:\n    description: A.\n    fields:\n      b: {type: b, description: B.}\n"
            "  b:\n    description: B.\n    fields:\n"
            "      a: {type: list, items: a, description: A.}\n"),
            15, "types.a", "cycle (a -> b -> a)")

    def test_constraint_naming_an_unknown_parameter(self) -> None:
        self.check(MINIMAL.replace(
            "response:\n",
            "  constraints:\n    - kind: at_least_one\n      fields: [id, ticketnum]\n"
            "      description: one of them\nresponse:\n"),
            10, "request.constraints[0].fields[1]", "'ticketnum' is not a request parameter")

    def test_constraint_of_an_unknown_kind(self) -> None:
        self.check(MINIMAL.replace(
            "response:\n",
            "  constraints:\n    - kind: one_of\n      fields: [id, id]\n"
            "      description: x\nresponse:\n"),
            9, "request.constraints[0].kind", "unknown constraint kind 'one_of'")

    def test_constraint_with_one_parameter(self) -> None:
        self.check(MINIMAL.replace(
            "response:\n",
            "  constraints:\n"
            "    - {kind: at_least_one, fields: [id], description: x}\nresponse:\n"),
            9, "request.constraints[0].fields", "names 2 to 8 parameters")

    def test_constraint_in_the_response(self) -> None:
        self.check(MINIMAL + "  constraints: []\n", 14, "response.constraints",
                   "unknown key 'constraints'")

    def test_description_line_ending_in_backslash(self) -> None:
        self.check(MINIMAL.replace("description: The thing's ID.",
                                   "description: |-\n        C:\\\n        next"),
                   7, "request.fields.id.description", "must not end with a backslash")

    def test_empty_description(self) -> None:
        self.check(MINIMAL.replace("description: The thing's ID.", "description: \"\""),
                   7, "request.fields.id.description", "must not be empty")


if __name__ == "__main__":
    unittest.main()
