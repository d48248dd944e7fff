"""The YAML loader: line numbers, duplicate keys, key types."""

from __future__ import annotations

import unittest

from whmcs_bindgen.errors import SchemaError
from whmcs_bindgen.loader import Mapping, load_schema, parse_schema


class LoaderTest(unittest.TestCase):
    def test_values_and_keys_keep_their_lines(self) -> None:
        root = parse_schema("a: 1\nb:\n  c: [x,\n      y]\n", "f.yaml")
        self.assertIsInstance(root.value, Mapping)
        assert isinstance(root.value, Mapping)
        self.assertEqual(root.value.key_line("b"), 2)
        b = root.value.get("b")
        assert b is not None and isinstance(b.value, Mapping)
        c = b.value.get("c")
        assert c is not None and isinstance(c.value, tuple)
        self.assertEqual([item.line for item in c.value], [3, 4])
        self.assertEqual([item.value for item in c.value], ["x", "y"])

    def test_duplicate_key_is_an_error_at_the_second_key(self) -> None:
        with self.assertRaises(SchemaError) as caught:
            parse_schema("a: 1\nb: 2\na: 3\n", "f.yaml")
        self.assertEqual(str(caught.exception),
                         "f.yaml:3: a: duplicate key (first given on line 1)")

    def test_duplicate_key_in_nested_mapping(self) -> None:
        with self.assertRaises(SchemaError) as caught:
            parse_schema("top:\n  x:\n    type: string\n    type: integer\n", "f.yaml")
        self.assertEqual(caught.exception.line, 4)
        self.assertIn("duplicate key", caught.exception.message)

    def test_unquoted_boolean_key_is_rejected(self) -> None:
        with self.assertRaises(SchemaError) as caught:
            parse_schema("fields:\n  on: x\n", "f.yaml")
        self.assertEqual(caught.exception.line, 2)
        self.assertIn("quote this key", caught.exception.message)

    def test_merge_keys_are_rejected(self) -> None:
        with self.assertRaises(SchemaError) as caught:
            parse_schema("base: &b {x: 1}\nother:\n  <<: *b\n", "f.yaml")
        self.assertEqual(caught.exception.line, 3)

    def test_syntax_error_names_the_line(self) -> None:
        with self.assertRaises(SchemaError) as caught:
            parse_schema("a: 1\nb: [1, 2\nc: 3\n", "f.yaml")
        self.assertEqual(caught.exception.path, "f.yaml")
        self.assertIn("not valid YAML", caught.exception.message)
        self.assertGreater(caught.exception.line, 1)

    def test_empty_document_is_an_error(self) -> None:
        with self.assertRaises(SchemaError) as caught:
            parse_schema("# nothing\n", "f.yaml")
        self.assertIn("empty", caught.exception.message)

    def test_missing_file_is_a_schema_error(self) -> None:
        with self.assertRaises(SchemaError) as caught:
            load_schema("/nonexistent/x.yaml", "x.yaml")
        self.assertTrue(str(caught.exception).startswith("x.yaml:0: cannot read the schema"))


if __name__ == "__main__":
    unittest.main()
