"""The typed model of one action, built by ``validate.py`` and read by the templates.

Everything here is immutable and already checked: names are usable C++
identifiers, every referenced type exists, types come in dependency order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Union

# Schema scalar types and how C++ spells them.
SCALAR_TYPES: dict[str, str] = {
    "string": "std::string",
    "integer": "std::int64_t",
    "decimal": "::whmcs::decimal",
    "bool": "bool",
    "date": "::whmcs::date",
    "datetime": "::whmcs::datetime",
}


class Kind(Enum):
    """What a field's type is."""

    SCALAR = "scalar"
    ENUM = "enum"
    OBJECT = "object"
    LIST = "list"
    MAP = "map"


@dataclass(frozen=True)
class TypeRef:
    """A field's type. ``name`` is the scalar or named type; ``item`` is the
    element type of a list or map."""

    kind: Kind
    name: str = ""
    item: Union["TypeRef", None] = None


@dataclass(frozen=True)
class Field:
    """One member of a struct, and how it travels on the wire."""

    wire: str
    cpp_name: str
    type: TypeRef
    required: bool
    description: str
    since: str = ""
    wrapper: str = ""

    @property
    def has_metadata(self) -> bool:
        """True when the runtime needs a ``whmcs_fields`` entry for this member."""
        return self.wire != self.cpp_name or bool(self.wrapper) or bool(self.since)


@dataclass(frozen=True)
class EnumValue:
    """One enumerator: its wire value, its C++ name, an optional description."""

    wire: str
    cpp_name: str
    description: str = ""


@dataclass(frozen=True)
class EnumType:
    """A closed set of wire values, generated as an ``enum class``."""

    name: str
    description: str
    values: tuple[EnumValue, ...]


class ConstraintKind(Enum):
    """The rules of ``whmcs::meta::constraint_kind``."""

    AT_LEAST_ONE = "at_least_one"
    EXACTLY_ONE = "exactly_one"


@dataclass(frozen=True)
class Constraint:
    """A rule on request parameters; ``members`` are C++ member names."""

    kind: ConstraintKind
    members: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class StructType:
    """A generated struct: a named object type, the response or the request."""

    name: str
    description: str
    fields: tuple[Field, ...]
    constraints: tuple[Constraint, ...] = ()

    @property
    def metadata_fields(self) -> tuple[Field, ...]:
        """The members that need a ``whmcs_fields`` entry."""
        return tuple(field for field in self.fields if field.has_metadata)


@dataclass(frozen=True)
class Version:
    """One line of the action's version history."""

    version: str
    changes: str


@dataclass(frozen=True)
class Action:
    """One API action: everything a generated header is made from."""

    name: str  # the wire name, "GetTicket"
    snake_name: str  # "get_ticket": namespace and file name
    summary: str
    description: str
    reference: str
    versions: tuple[Version, ...]
    types: tuple[Union[EnumType, StructType], ...]  # named types, dependencies first
    response: StructType
    request: StructType
    source: str  # schema path as shown in the banner

    @property
    def all_types(self) -> tuple[Union[EnumType, StructType], ...]:
        """Every generated type in emission order: named types, response, request."""
        return self.types + (self.response, self.request)
