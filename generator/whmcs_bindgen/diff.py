"""``whmcs_bindgen diff``: how a real response differs from a schema.

Walks a JSON response the way the runtime decodes it (wrapper keys, lists
given as ``{"0": ..., "1": ...}`` or as one object, ``[[]]`` for an empty
list of objects, ``""``/``{}``/``null`` for empty lists, ``null`` as a missing
key) and lists, as JSON Pointers:

- ``unknown``: keys the response has and the schema lacks (WHMCS grew);
- ``missing``: required fields the response does not carry (decoding fails);
- ``mismatch``: values the schema's type cannot accept (decoding fails).

Each finding names the JSON type found (or, for ``missing``, the type the
schema expects) and where in the schema to change it. A key found in many
list elements is listed once, at its first pointer, with a count.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Union

from .errors import UsageError
from .model import Action, EnumType, Field, Kind, StructType, TypeRef

_INTEGER = re.compile(r"-?[0-9]+\Z")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?\Z")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_BOOL_STRINGS = {"0", "1", "true", "false", "on", "off", "yes", "no", ""}


@dataclass(frozen=True)
class Finding:
    """One difference between a response and its schema."""

    kind: str  # "unknown", "missing" or "mismatch"
    pointer: str  # JSON Pointer of the (first) value concerned
    json_type: str  # JSON type found; for "missing", the schema type expected
    schema_path: str  # where the schema describes (or would describe) it
    expected: str = ""  # the schema type, for "mismatch"
    count: int = 1  # how many values of the response share this finding

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "pointer": self.pointer,
                                "type": self.json_type, "schema": self.schema_path,
                                "count": self.count}
        if self.expected:
            data["expected"] = self.expected
        return data

    def to_text(self) -> str:
        times = f"; {self.count} times" if self.count > 1 else ""
        if self.kind == "unknown":
            return f"+ {self.pointer}: {self.json_type} (not in {self.schema_path}{times})"
        if self.kind == "missing":
            return (f"- {self.pointer}: {self.json_type} (required by {self.schema_path}, "
                    f"missing{times})")
        return (f"! {self.pointer}: {self.json_type} ({self.schema_path} expects "
                f"{self.expected}{times})")


def load_response(path: Path) -> Any:
    """The JSON text of ``path``; raises UsageError when unreadable or not JSON."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the response {path}: {error}") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"{path} is not JSON: {error}") from error


def diff_response(action: Action, response: Any) -> list[Finding]:
    """The findings for ``response`` (parsed JSON) against ``action``'s response."""
    walker = _Walker(action)
    walker.struct(action.response, response, "", "response")
    return walker.findings()


def json_type(value: Any) -> str:
    """The JSON type of a parsed value, with integers told from other numbers."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


class _Walker:
    def __init__(self, action: Action) -> None:
        self.named: dict[str, Union[EnumType, StructType]] = {t.name: t for t in action.types}
        self.found: dict[tuple[str, str, str], Finding] = {}

    def findings(self) -> list[Finding]:
        return list(self.found.values())

    def add(self, finding: Finding, group: str) -> None:
        key = (finding.kind, finding.schema_path, group)
        old = self.found.get(key)
        self.found[key] = replace(old, count=old.count + 1) if old else finding

    def struct(self, struct: StructType, value: Any, pointer: str, schema: str) -> None:
        if not isinstance(value, dict):
            self.add(Finding("mismatch", pointer, json_type(value), schema, "object"), "")
            return
        by_wire = {field.wire: field for field in struct.fields}
        for key, item in value.items():
            child = f"{pointer}/{_escape(key)}"
            field = by_wire.get(key)
            if field is None:
                self.add(Finding("unknown", child, json_type(item), schema), key)
            elif item is not None:
                self.value(field, field.type, item, child, f"{schema}.{field.wire}")
        for field in struct.fields:
            if field.required and field.type.kind not in (Kind.LIST, Kind.MAP) \
                    and value.get(field.wire) is None:
                self.add(Finding("missing", f"{pointer}/{_escape(field.wire)}",
                                 _spell(field.type), schema), field.wire)

    def value(self, field: Field, ref: TypeRef, value: Any, pointer: str, schema: str) -> None:
        if ref.kind is Kind.LIST:
            assert ref.item is not None
            for element_pointer, element in self.elements(field, ref.item, value, pointer,
                                                          schema):
                if element is not None:
                    self.value(field, ref.item, element, element_pointer, schema)
        elif ref.kind is Kind.MAP:
            assert ref.item is not None
            if isinstance(value, dict):
                for key, element in value.items():
                    if element is not None:
                        self.value(field, ref.item, element, f"{pointer}/{_escape(key)}",
                                   schema)
            elif value not in ([], ""):
                self.mismatch(value, pointer, schema, "an object (a map)")
        elif ref.kind is Kind.OBJECT:
            named = self.named[ref.name]
            assert isinstance(named, StructType)
            self.struct(named, value, pointer, f"types.{ref.name}")
        elif ref.kind is Kind.ENUM:
            named = self.named[ref.name]
            assert isinstance(named, EnumType)
            wires = [v.wire for v in named.values]
            if not (isinstance(value, str) and value in wires):
                self.mismatch(value, pointer, schema, "one of " + ", ".join(wires))
        elif not _scalar_accepts(ref.name, value):
            self.mismatch(value, pointer, schema, ref.name)

    def elements(self, field: Field, item: TypeRef, value: Any, pointer: str,
                 schema: str) -> list[tuple[str, Any]]:
        """The elements of a list value, as the runtime finds them."""
        objects = item.kind is Kind.OBJECT
        if isinstance(value, dict) and field.wrapper and field.wrapper in value:
            for key, other in value.items():
                if key != field.wrapper:
                    self.add(Finding("unknown", f"{pointer}/{_escape(key)}", json_type(other),
                                     schema + " (beside its wrapper)"), key)
            pointer = f"{pointer}/{_escape(field.wrapper)}"
            value = value[field.wrapper]
            if value is None:
                return []
        if isinstance(value, list):
            return [(f"{pointer}/{index}", element) for index, element in enumerate(value)
                    if not (objects and element == [])]
        if isinstance(value, dict):
            if not value:
                return []
            if all(key.isdigit() for key in value):
                return [(f"{pointer}/{key}", element) for key, element in value.items()]
            if objects:
                return [(pointer, value)]  # one object for a one-element list
        if value == "":
            return []
        self.mismatch(value, pointer, schema, f"a list of {_spell(item)}")
        return []

    def mismatch(self, value: Any, pointer: str, schema: str, expected: str) -> None:
        self.add(Finding("mismatch", pointer, json_type(value), schema, expected), "")


def _scalar_accepts(kind: str, value: Any) -> bool:
    """Whether the runtime's wire rules accept ``value`` for scalar ``kind``."""
    if kind == "string":
        return isinstance(value, (str, int, float)) and not isinstance(value, bool)
    if kind == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, str) and bool(_INTEGER.match(value)))
    if kind == "decimal":
        if isinstance(value, bool):
            return False
        return isinstance(value, (int, float)) or \
            (isinstance(value, str) and bool(_NUMBER.match(value)))
    if kind == "bool":
        return isinstance(value, bool) or value in (0, 1) or \
            (isinstance(value, str) and value in _BOOL_STRINGS)
    if kind == "datetime":
        return isinstance(value, str) and (value == "" or bool(_DATETIME.match(value)))
    if kind == "date":
        return isinstance(value, str) and (value == "" or bool(_DATE.match(value)))
    return True


def _spell(ref: TypeRef) -> str:
    if ref.kind in (Kind.LIST, Kind.MAP):
        assert ref.item is not None
        return f"{ref.kind.value} of {_spell(ref.item)}"
    return ref.name


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
