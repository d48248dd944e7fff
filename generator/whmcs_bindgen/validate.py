"""Checks a loaded schema and turns it into the typed model (``model.py``).

Every rule of schema/README.md is enforced here, on every load; there is no
way to skip it. The first broken rule raises a SchemaError naming the file,
the line and the dotted path of the entry.
"""

from __future__ import annotations

import re
from typing import Union

from .errors import SchemaError
from .loader import Mapping, Node
from .model import (
    SCALAR_TYPES,
    Action,
    Constraint,
    ConstraintKind,
    EnumType,
    EnumValue,
    Field,
    Kind,
    StructType,
    TypeRef,
    Version,
)
from .names import identifier_problem, snake_case
from .meta_limits import MAX_CONSTRAINT_MEMBERS

_ACTION_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*\Z")
_VERSION = re.compile(r"[0-9]+(\.[0-9]+)*\Z")
_CONTAINERS = ("list", "map")
_GENERATED_STRUCTS = ("request", "response")

_TOP_KEYS = ("action", "summary", "description", "reference", "versions", "types",
             "request", "response")
_FIELD_KEYS = ("type", "description", "required", "since", "cpp_name", "items", "wrapper")


def build_action(root: Node, source: str) -> Action:
    """Validates the schema tree ``root`` read from ``source`` and returns its model."""
    return _Builder(source).action(root)


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.named: dict[str, tuple[str, Node, int]] = {}  # name -> (kind, spec, line)
        self.versions: tuple[Version, ...] = ()

    # -- small helpers -------------------------------------------------------

    def fail(self, line: int, path: str, message: str) -> SchemaError:
        return SchemaError(self.source, line, path, message)

    def mapping(self, node: Node, path: str, allowed: tuple[str, ...],
                required: tuple[str, ...] = ()) -> Mapping:
        if not isinstance(node.value, Mapping):
            raise self.fail(node.line, path, f"expected a mapping, found {_describe(node)}")
        for key, line, _ in node.value.items:
            if key not in allowed:
                raise self.fail(line, _join(path, key),
                                f"unknown key '{key}' (allowed: {', '.join(allowed)})")
        for key in required:
            if node.value.get(key) is None:
                raise self.fail(node.line, path or key, f"missing required key '{key}'")
        return node.value

    def sequence(self, node: Node, path: str) -> tuple[Node, ...]:
        if not isinstance(node.value, tuple):
            raise self.fail(node.line, path, f"expected a list, found {_describe(node)}")
        return node.value

    def string(self, node: Node, path: str, hint: str = "") -> str:
        if not isinstance(node.value, str):
            raise self.fail(node.line, path,
                            f"expected a string, found {_describe(node)}{hint}")
        if not node.value.strip():
            raise self.fail(node.line, path, "must not be empty")
        return node.value

    def text(self, node: Node, path: str) -> str:
        """A description: becomes `///` comment lines, so no line may end in a
        backslash (it would splice the next line of code into the comment)."""
        value = self.string(node, path).strip()
        lines = [line.rstrip() for line in value.splitlines()]
        for offset, line in enumerate(lines):
            if line.endswith("\\"):
                raise self.fail(node.line + offset, path,
                                "a description line must not end with a backslash")
        return "\n".join(lines)

    def version(self, node: Node, path: str) -> str:
        hint = ""
        if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            hint = "; quote it (YAML reads 7.10 as the number 7.1)"
        value = self.string(node, path, hint)
        if not _VERSION.match(value):
            raise self.fail(node.line, path, f"'{value}' is not a version such as \"7.10\"")
        return value

    def identifier(self, node: Node, path: str, what: str) -> str:
        name = self.string(node, path)
        problem = identifier_problem(name)
        if problem:
            raise self.fail(node.line, path, f"{what} '{name}' {problem}")
        return name

    # -- the action ------------------------------------------------------------

    def action(self, root: Node) -> Action:
        top = self.mapping(root, "", _TOP_KEYS, ("action", "summary", "request", "response"))
        name_node = top.get("action")
        assert name_node is not None
        name = self.string(name_node, "action")
        if not _ACTION_NAME.match(name):
            raise self.fail(name_node.line, "action",
                            f"'{name}' is not a WHMCS action name such as GetTicket")
        snake = snake_case(name)
        problem = identifier_problem(snake)
        if problem:
            raise self.fail(name_node.line, "action", f"namespace name '{snake}' {problem}")
        summary_node = top.get("summary")
        assert summary_node is not None
        summary = self.text(summary_node, "summary")
        description = self._optional_text(top, "description", "description")
        reference = ""
        if (node := top.get("reference")) is not None:
            reference = self.string(node, "reference")
        if (node := top.get("versions")) is not None:
            self.versions = self._versions(node)
        types_node = top.get("types")
        if types_node is not None:
            self._collect_types(types_node)
        types = self._types_in_order()
        response_node = top.get("response")
        request_node = top.get("request")
        assert response_node is not None and request_node is not None
        response = self._struct_section(response_node, "response", allow_constraints=False,
                                        default_description=f"The response to {name}.")
        request = self._struct_section(request_node, "request", allow_constraints=True,
                                       default_description=f"The parameters of {name}.")
        return Action(name=name, snake_name=snake, summary=summary, description=description,
                      reference=reference, versions=self.versions, types=types,
                      response=response, request=request, source=self.source)

    def _optional_text(self, mapping: Mapping, key: str, path: str) -> str:
        node = mapping.get(key)
        return self.text(node, path) if node is not None else ""

    def _versions(self, node: Node) -> tuple[Version, ...]:
        versions: list[Version] = []
        previous: tuple[int, ...] = ()
        for index, item in enumerate(self.sequence(node, "versions")):
            path = f"versions[{index}]"
            entry = self.mapping(item, path, ("version", "changes"), ("version", "changes"))
            version_node = entry.get("version")
            changes_node = entry.get("changes")
            assert version_node is not None and changes_node is not None
            version = self.version(version_node, path + ".version")
            key = tuple(int(part) for part in version.split("."))
            if any(v.version == version for v in versions):
                raise self.fail(version_node.line, path + ".version",
                                f"version {version} is listed twice")
            if key <= previous:
                raise self.fail(version_node.line, path + ".version",
                                "versions must be listed from oldest to newest")
            previous = key
            versions.append(Version(version, self.text(changes_node, path + ".changes")))
        return tuple(versions)

    # -- named types -----------------------------------------------------------

    def _collect_types(self, node: Node) -> None:
        if not isinstance(node.value, Mapping):
            raise self.fail(node.line, "types", f"expected a mapping, found {_describe(node)}")
        for name, line, spec in node.value.items:
            path = f"types.{name}"
            problem = identifier_problem(name)
            if problem:
                raise self.fail(line, path, f"type name '{name}' {problem}")
            if name in SCALAR_TYPES or name in _CONTAINERS:
                raise self.fail(line, path, f"type name '{name}' is a built-in type")
            if name in _GENERATED_STRUCTS:
                raise self.fail(line, path,
                                f"type name '{name}' is reserved for the generated struct")
            body = self.mapping(spec, path, ("description", "fields", "values"),
                                ("description",))
            has_fields = body.get("fields") is not None
            has_values = body.get("values") is not None
            if has_fields == has_values:
                raise self.fail(spec.line, path,
                                "a type needs exactly one of 'fields' (an object) "
                                "or 'values' (an enum)")
            self.named[name] = ("object" if has_fields else "enum", spec, line)

    def _types_in_order(self) -> tuple[Union[EnumType, StructType], ...]:
        """Builds the named types, each after the types its fields use; otherwise
        in the schema's order, so the output follows the author's layout."""
        done: dict[str, Union[EnumType, StructType]] = {}
        order: list[Union[EnumType, StructType]] = []

        def visit(name: str, chain: tuple[str, ...]) -> None:
            if name in done:
                return
            kind, spec, line = self.named[name]
            if name in chain:
                cycle = " -> ".join(chain[chain.index(name):] + (name,))
                raise self.fail(line, f"types.{name}",
                                f"types refer to each other in a cycle ({cycle}); "
                                "recursive types are not supported")
            if kind == "enum":
                built: Union[EnumType, StructType] = self._enum(name, spec)
            else:
                built = self._object(name, spec)
                for field in built.fields:
                    for used in _named_types_of(field.type):
                        visit(used, chain + (name,))
            done[name] = built
            order.append(built)

        for name in self.named:
            visit(name, ())
        return tuple(order)

    def _enum(self, name: str, spec: Node) -> EnumType:
        path = f"types.{name}"
        body = spec.value
        assert isinstance(body, Mapping)
        description_node = body.get("description")
        values_node = body.get("values")
        assert description_node is not None and values_node is not None
        items = self.sequence(values_node, path + ".values")
        if not items:
            raise self.fail(values_node.line, path + ".values", "an enum needs at least one value")
        values: list[EnumValue] = []
        seen_wire: dict[str, int] = {}
        seen_cpp: dict[str, tuple[str, int]] = {}
        quote_hint = "; quote it (YAML reads unquoted yes/no/on/off as booleans)"
        for index, item in enumerate(items):
            item_path = f"{path}.values[{index}]"
            explicit = ""
            value_description = ""
            if isinstance(item.value, Mapping):
                entry = self.mapping(item, item_path, ("wire", "name", "description"), ("wire",))
                wire_node = entry.get("wire")
                assert wire_node is not None
                wire = self._wire_value(wire_node, item_path + ".wire", quote_hint)
                if (name_node := entry.get("name")) is not None:
                    explicit = self.identifier(name_node, item_path + ".name", "enumerator")
                if (text_node := entry.get("description")) is not None:
                    value_description = self.text(text_node, item_path + ".description")
            else:
                wire = self._wire_value(item, item_path, quote_hint)
            if wire in seen_wire:
                raise self.fail(item.line, item_path,
                                f"value '{wire}' is listed twice (first on line {seen_wire[wire]})")
            seen_wire[wire] = item.line
            cpp = explicit or snake_case(wire)
            if not explicit:
                problem = identifier_problem(cpp) if cpp else "is empty"
                if problem:
                    raise self.fail(item.line, item_path,
                                    f"value '{wire}' gives the enumerator '{cpp}', which "
                                    f"{problem}; give it an explicit name "
                                    "(- {wire: ..., name: ...})")
            if cpp in seen_cpp:
                other, other_line = seen_cpp[cpp]
                raise self.fail(item.line, item_path,
                                f"values '{other}' (line {other_line}) and '{wire}' both become "
                                f"the enumerator '{cpp}'; give one an explicit name")
            seen_cpp[cpp] = (wire, item.line)
            values.append(EnumValue(wire, cpp, value_description))
        return EnumType(name, self.text(description_node, path + ".description"), tuple(values))

    def _wire_value(self, node: Node, path: str, hint: str) -> str:
        if not isinstance(node.value, str):
            raise self.fail(node.line, path,
                            f"expected a string, found {_describe(node)}{hint}")
        return node.value

    def _object(self, name: str, spec: Node) -> StructType:
        path = f"types.{name}"
        body = spec.value
        assert isinstance(body, Mapping)
        description_node = body.get("description")
        fields_node = body.get("fields")
        assert description_node is not None and fields_node is not None
        return StructType(name, self.text(description_node, path + ".description"),
                          self._fields(fields_node, path + ".fields", name))

    # -- request and response --------------------------------------------------

    def _struct_section(self, node: Node, section: str, allow_constraints: bool,
                        default_description: str) -> StructType:
        allowed = ("description", "fields") + (("constraints",) if allow_constraints else ())
        body = self.mapping(node, section, allowed)
        description = (self._optional_text(body, "description", section + ".description")
                       or default_description)
        fields_node = body.get("fields")
        fields = self._fields(fields_node, section + ".fields", section) if fields_node else ()
        constraints: tuple[Constraint, ...] = ()
        if (constraints_node := body.get("constraints")) is not None:
            constraints = self._constraints(constraints_node, section + ".constraints", fields)
        return StructType(section, description, fields, constraints)

    def _fields(self, node: Node, path: str, struct: str) -> tuple[Field, ...]:
        if node.value is None:
            return ()
        if not isinstance(node.value, Mapping):
            raise self.fail(node.line, path, f"expected a mapping, found {_describe(node)}")
        fields: list[Field] = []
        members: dict[str, int] = {}
        for wire, line, spec in node.value.items:
            field = self._field(wire, line, spec, f"{path}.{wire}", struct)
            if field.cpp_name in members:
                raise self.fail(line, f"{path}.{wire}",
                                f"member name '{field.cpp_name}' is already used on line "
                                f"{members[field.cpp_name]}")
            members[field.cpp_name] = line
            fields.append(field)
        return tuple(fields)

    def _field(self, wire: str, line: int, spec: Node, path: str, struct: str) -> Field:
        body = self.mapping(spec, path, _FIELD_KEYS)
        if body.get("description") is None:
            raise self.fail(line, path, "every field needs a 'description'")
        if body.get("type") is None:
            raise self.fail(line, path, "missing required key 'type'")
        description_node = body.get("description")
        type_node = body.get("type")
        assert description_node is not None and type_node is not None
        description = self.text(description_node, path + ".description")
        if not wire:
            raise self.fail(line, path, "a field's wire key must not be empty")

        if (cpp_node := body.get("cpp_name")) is not None:
            cpp_name = self.identifier(cpp_node, path + ".cpp_name", "cpp_name")
            cpp_line = cpp_node.line
        else:
            problem = identifier_problem(wire)
            if problem:
                raise self.fail(line, path,
                                f"wire key '{wire}' {problem}; give the member a 'cpp_name'")
            cpp_name, cpp_line = wire, line
        if cpp_name == struct:
            raise self.fail(cpp_line, path,
                            f"member name '{cpp_name}' equals the name of its struct; "
                            "give it another 'cpp_name'")

        field_type = self._type(type_node, body.get("items"), path)

        required = False
        if (required_node := body.get("required")) is not None:
            if not isinstance(required_node.value, bool):
                raise self.fail(required_node.line, path + ".required",
                                f"expected true or false, found {_describe(required_node)}")
            required = required_node.value

        since = ""
        if (since_node := body.get("since")) is not None:
            since = self.version(since_node, path + ".since")
            if self.versions and all(v.version != since for v in self.versions):
                raise self.fail(since_node.line, path + ".since",
                                f"version {since} is not in the action's version history")
            if required:
                raise self.fail(since_node.line, path + ".since",
                                "a field added in a later version cannot be required "
                                "(older servers omit it)")

        wrapper = ""
        if (wrapper_node := body.get("wrapper")) is not None:
            if field_type.kind is not Kind.LIST:
                raise self.fail(wrapper_node.line, path + ".wrapper",
                                "only a list can have a wrapper key")
            wrapper = self.string(wrapper_node, path + ".wrapper")

        return Field(wire=wire, cpp_name=cpp_name, type=field_type, required=required,
                     description=description, since=since, wrapper=wrapper)

    def _type(self, node: Node, items: Node | None, path: str) -> TypeRef:
        name = self.string(node, path + ".type")
        if name in _CONTAINERS:
            if items is None:
                raise self.fail(node.line, path + ".type",
                                f"a {name} needs 'items' (the type of its elements)")
            item_name = self.string(items, path + ".items")
            if item_name in _CONTAINERS:
                raise self.fail(items.line, path + ".items",
                                "items must be a scalar or a named type, not another "
                                f"{item_name}; name an object type that holds it")
            item = self._named_or_scalar(item_name, items.line, path + ".items")
            return TypeRef(Kind.LIST if name == "list" else Kind.MAP, name, item)
        if items is not None:
            raise self.fail(items.line, path + ".items", "only a list or a map has 'items'")
        return self._named_or_scalar(name, node.line, path + ".type")

    def _named_or_scalar(self, name: str, line: int, path: str) -> TypeRef:
        if name in SCALAR_TYPES:
            return TypeRef(Kind.SCALAR, name)
        if name in self.named:
            kind = self.named[name][0]
            return TypeRef(Kind.ENUM if kind == "enum" else Kind.OBJECT, name)
        known = ", ".join(list(SCALAR_TYPES) + list(_CONTAINERS) + list(self.named))
        raise self.fail(line, path, f"unknown type '{name}' (known: {known})")

    def _constraints(self, node: Node, path: str,
                     fields: tuple[Field, ...]) -> tuple[Constraint, ...]:
        by_wire = {field.wire: field for field in fields}
        constraints: list[Constraint] = []
        for index, item in enumerate(self.sequence(node, path)):
            item_path = f"{path}[{index}]"
            body = self.mapping(item, item_path, ("kind", "fields", "description"),
                                ("kind", "fields", "description"))
            kind_node = body.get("kind")
            fields_node = body.get("fields")
            description_node = body.get("description")
            assert kind_node is not None and fields_node is not None
            assert description_node is not None
            kind_name = self.string(kind_node, item_path + ".kind")
            kinds = [kind.value for kind in ConstraintKind]
            if kind_name not in kinds:
                raise self.fail(kind_node.line, item_path + ".kind",
                                f"unknown constraint kind '{kind_name}' "
                                f"(known: {', '.join(kinds)})")
            names = self.sequence(fields_node, item_path + ".fields")
            if not 2 <= len(names) <= MAX_CONSTRAINT_MEMBERS:
                raise self.fail(fields_node.line, item_path + ".fields",
                                f"a constraint names 2 to {MAX_CONSTRAINT_MEMBERS} parameters")
            members: list[str] = []
            for position, name_node in enumerate(names):
                name_path = f"{item_path}.fields[{position}]"
                wire = self.string(name_node, name_path)
                field = by_wire.get(wire)
                if field is None:
                    raise self.fail(name_node.line, name_path,
                                    f"'{wire}' is not a request parameter")
                if field.required:
                    raise self.fail(name_node.line, name_path,
                                    f"'{wire}' is required, so a constraint on it means nothing")
                if field.cpp_name in members:
                    raise self.fail(name_node.line, name_path, f"'{wire}' is named twice")
                members.append(field.cpp_name)
            constraints.append(Constraint(ConstraintKind(kind_name), tuple(members),
                                          self.text(description_node,
                                                    item_path + ".description")))
        return tuple(constraints)


def _named_types_of(ref: TypeRef) -> list[str]:
    if ref.kind in (Kind.ENUM, Kind.OBJECT):
        return [ref.name]
    if ref.item is not None:
        return _named_types_of(ref.item)
    return []


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _describe(node: Node) -> str:
    value = node.value
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, tuple):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"the string '{value}'"
