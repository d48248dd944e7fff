"""Reads a schema file into a tree that remembers YAML line numbers.

PyYAML's ordinary loaders forget where a value came from and silently keep the
last of two equal mapping keys. This loader composes the YAML node graph and
converts it itself, so every value knows its line, duplicate keys are an error,
and mapping keys must be strings (an unquoted ``on:`` would be the boolean
True).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

import yaml

from .errors import SchemaError

Scalar = Union[str, int, float, bool, None]


@dataclass(frozen=True)
class Node:
    """One YAML value and the (1-based) line where it starts."""

    value: Union[Scalar, "tuple[Node, ...]", "Mapping"]
    line: int


@dataclass(frozen=True)
class Mapping:
    """A YAML mapping in document order; each key keeps its own line."""

    items: tuple[tuple[str, int, Node], ...]  # (key, key line, value)

    def keys(self) -> list[str]:
        return [key for key, _, _ in self.items]

    def get(self, key: str) -> Node | None:
        for name, _, node in self.items:
            if name == key:
                return node
        return None

    def key_line(self, key: str) -> int:
        for name, line, _ in self.items:
            if name == key:
                return line
        raise KeyError(key)


def load_schema(path: str, display_path: str | None = None) -> Node:
    """Parses the YAML file at ``path``; errors name ``display_path`` (default ``path``)."""
    shown = display_path or path
    try:
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError) as error:
        raise SchemaError(shown, 0, "", f"cannot read the schema: {error}") from error
    return parse_schema(text, shown)


def parse_schema(text: str, shown: str) -> Node:
    """Parses schema text; ``shown`` is the file name used in errors."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        raise SchemaError(shown, line, "", f"not valid YAML: {error.problem or error}") from error
    except yaml.YAMLError as error:
        raise SchemaError(shown, 0, "", f"not valid YAML: {error}") from error
    finally:
        loader.dispose()
    if root is None:
        raise SchemaError(shown, 1, "", "the schema is empty")
    return _convert(root, loader, shown, set())


def _convert(node: yaml.Node, loader: yaml.SafeLoader, shown: str, active: set[int]) -> Node:
    line = node.start_mark.line + 1
    if id(node) in active:
        raise SchemaError(shown, line, "", "recursive YAML aliases are not allowed")
    if isinstance(node, yaml.ScalarNode):
        try:
            value = loader.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            raise SchemaError(shown, line, "", f"bad value: {error}") from error
        if not isinstance(value, (str, int, float, bool, type(None))):
            # Timestamps and binary scalars: keep the text the author wrote.
            value = node.value
        return Node(value, line)
    active = active | {id(node)}
    if isinstance(node, yaml.SequenceNode):
        return Node(tuple(_convert(item, loader, shown, active) for item in node.value), line)
    assert isinstance(node, yaml.MappingNode)
    items: list[tuple[str, int, Node]] = []
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise SchemaError(shown, key_line, "", "YAML merge keys (<<) are not supported")
        if not isinstance(key_node, yaml.ScalarNode):
            raise SchemaError(shown, key_line, "", "mapping keys must be plain strings")
        key = _convert(key_node, loader, shown, active).value
        if not isinstance(key, str):
            raise SchemaError(
                shown, key_line, str(key_node.value),
                "mapping keys must be strings; quote this key "
                "(YAML reads unquoted yes/no/on/off as booleans and digits as numbers)",
            )
        if key in seen:
            raise SchemaError(
                shown, key_line, key, f"duplicate key (first given on line {seen[key]})"
            )
        seen[key] = key_line
        items.append((key, key_line, _convert(value_node, loader, shown, active)))
    return Node(Mapping(tuple(items)), line)
