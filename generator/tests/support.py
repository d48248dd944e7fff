"""Shared helpers of the generator tests."""

from __future__ import annotations

import contextlib
import os
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

from whmcs_bindgen.errors import SchemaError
from whmcs_bindgen.loader import parse_schema
from whmcs_bindgen.model import Action
from whmcs_bindgen.validate import build_action

TESTS_DIR = Path(__file__).resolve().parent
DATA_DIR = TESTS_DIR / "data"
GOLDEN_DIR = TESTS_DIR / "golden"
REPO_DIR = TESTS_DIR.parent.parent

# A small valid schema; tests append to it or replace parts of it.
MINIMAL = """\
action: GetThing
summary: Get a thing.
request:
  fields:
    id:
      type: integer
      description: The thing's ID.
response:
  fields:
    result:
      type: string
      required: true
      description: success or error.
"""


def build(text: str, name: str = "thing.yaml") -> Action:
    """Validates schema ``text`` (dedented) as if read from ``name``."""
    return build_action(parse_schema(textwrap.dedent(text), name), name)


def schema_error(text: str) -> SchemaError:
    """The SchemaError that building ``text`` raises (fails the test otherwise)."""
    try:
        build(text)
    except SchemaError as error:
        return error
    raise AssertionError("the schema was accepted")


@contextlib.contextmanager
def working_directory(path: Path) -> Iterator[Path]:
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(previous)


@contextlib.contextmanager
def temporary_directory() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="whmcs_bindgen_test_") as name:
        yield Path(name)
