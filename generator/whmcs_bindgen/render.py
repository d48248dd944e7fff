"""Renders the model of an action into a C++ header with Jinja2.

The templates only lay text out. Every C++ spelling (types, string literals,
comment lines, the include guard) is computed here and reached through filters
and the ``HeaderContext``, so a template cannot invent a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Union

import textwrap

import jinja2

from .meta_limits import METADATA_VERSION
from .model import SCALAR_TYPES, Action, EnumType, Field, Kind, StructType, TypeRef

TEMPLATE_DIR = Path(__file__).parent / "templates"
DEFAULT_NAMESPACE = "whmcs::api"
LINE_LIMIT = 100  # as in the repository's .clang-format


@dataclass(frozen=True)
class HeaderContext:
    """What the base template needs besides the action."""

    namespace: str  # full namespace of the action, "whmcs::api::get_ticket"
    guard: str  # include guard macro
    file_name: str  # "get_ticket.hpp"
    regenerate: str  # the command that regenerates this file
    includes: tuple[str, ...]  # header names, without the angle brackets
    metadata_version: int


def make_environment() -> jinja2.Environment:
    """The Jinja2 environment for C++ output: strict about undefined names, and
    with block tags that leave no stray whitespace behind."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["cpp_string"] = cpp_string
    env.filters["doc"] = doc_comment
    env.filters["wrap_list"] = wrap_list
    env.filters["member_type"] = member_type
    env.filters["member_initializer"] = member_initializer
    env.filters["field_doc"] = field_doc
    env.tests["enum_type"] = lambda value: isinstance(value, EnumType)
    return env


def render_action(action: Action, namespace: str, regenerate: str,
                  env: jinja2.Environment | None = None) -> str:
    """The header text for ``action`` in namespace ``namespace::<action>``."""
    env = env or make_environment()
    full_namespace = f"{namespace}::{action.snake_name}"
    context = HeaderContext(
        namespace=full_namespace,
        guard=full_namespace.replace("::", "_").upper() + "_HPP",
        file_name=action.snake_name + ".hpp",
        regenerate=regenerate,
        includes=_includes(action),
        metadata_version=METADATA_VERSION,
    )
    return env.get_template("action.hpp.j2").render(action=action, header=context)


# -- filters -------------------------------------------------------------------


def cpp_string(text: str) -> str:
    """A C++ string literal holding ``text`` (UTF-8 passes through unchanged)."""
    out = ['"']
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\{ord(char):03o}")  # octal escapes stop after 3 digits
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def doc_comment(text: str, indent: int = 0) -> str:
    """``text`` as ``///`` lines at ``indent`` spaces, wrapped to the line
    limit, without a final newline. Blank lines stay paragraph breaks; a line
    that starts with ``- `` is a list item and its continuation is indented."""
    pad = " " * indent + "/// "
    out: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            out.append(pad.rstrip())
            continue
        follow = pad + ("  " if line.startswith("- ") else "")
        out.extend(textwrap.wrap(line, width=LINE_LIMIT, initial_indent=pad,
                                 subsequent_indent=follow, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def wrap_list(items: list[str], opening: str, closing: str, indent: int = 0) -> str:
    """``opening`` + ``items`` joined by ``, `` + ``closing``, broken into lines
    within the line limit; continuation lines align after ``opening``."""
    words = [f"{item}," for item in items[:-1]] + [f"{items[-1]}{closing}"] if items else []
    if not words:
        return " " * indent + opening + closing
    lead = " " * indent + opening
    lines = textwrap.wrap(" ".join(words), width=LINE_LIMIT, initial_indent=lead,
                          subsequent_indent=" " * len(lead), break_long_words=False,
                          break_on_hyphens=False)
    return "\n".join(lines)


def member_type(field: Field, struct: StructType, namespace: str) -> str:
    """The C++ type of ``field`` as a member of ``struct`` in ``namespace``.

    A named type is qualified with ``namespace`` when the struct also has a
    member of the same name (reply::attachment next to reply::attachments):
    inside the class that name means the member, not the type.
    """
    members = {f.cpp_name for f in struct.fields}
    spelled = _spell(field.type, members, namespace)
    return spelled if field.required else f"std::optional<{spelled}>"


def member_initializer(field: Field) -> str:
    """``{}`` for required members of built-in or enum type, so a default
    constructed struct holds no indeterminate values; ``""`` otherwise."""
    if not field.required:
        return ""
    if field.type.kind is Kind.ENUM:
        return "{}"
    if field.type.kind is Kind.SCALAR and field.type.name in ("integer", "bool"):
        return "{}"
    return ""


def field_doc(field: Field) -> str:
    """The doc comment text of a member: its description, then what the wire
    adds (a different key, a wrapper, the version that introduced it)."""
    notes: list[str] = []
    if field.wire != field.cpp_name:
        notes.append(f"Wire key: `{field.wire}`.")
    if field.wrapper:
        notes.append(f'On the wire: `{{"{field.wire}": {{"{field.wrapper}": [...]}}}}`.')
    if field.since:
        notes.append(f"Since WHMCS {field.since}; older servers omit it.")
    return field.description + ("\n\n" + " ".join(notes) if notes else "")


def _spell(ref: TypeRef, members: set[str], namespace: str) -> str:
    if ref.kind is Kind.SCALAR:
        return SCALAR_TYPES[ref.name]
    if ref.kind in (Kind.ENUM, Kind.OBJECT):
        return f"::{namespace}::{ref.name}" if ref.name in members else ref.name
    assert ref.item is not None
    item = _spell(ref.item, members, namespace)
    if ref.kind is Kind.LIST:
        return f"std::vector<{item}>"
    return f"std::map<std::string, {item}>"


def _includes(action: Action) -> tuple[str, ...]:
    """The headers the generated file needs, in a fixed order."""
    refs: list[TypeRef] = []
    optional = False
    structs = [t for t in action.all_types if isinstance(t, StructType)]
    for struct in structs:
        for field in struct.fields:
            optional = optional or not field.required
            ref: Union[TypeRef, None] = field.type
            while ref is not None:
                refs.append(ref)
                ref = ref.item
    kinds = {ref.kind for ref in refs}
    scalars = {ref.name for ref in refs if ref.kind is Kind.SCALAR}
    has_enums = any(isinstance(t, EnumType) for t in action.types)
    includes = ["whmcs/meta.hpp"]
    if scalars & {"decimal", "date", "datetime"}:
        includes.append("whmcs/types.hpp")
    includes.append("boost/describe/class.hpp")
    if has_enums:
        includes.append("boost/describe/enum.hpp")
    std: list[str] = []
    if has_enums:
        std.append("array")
    if "integer" in scalars:
        std.append("cstdint")
    if Kind.MAP in kinds:
        std.append("map")
    if optional:
        std.append("optional")
    if "string" in scalars or Kind.MAP in kinds:
        std.append("string")
    std.append("string_view")
    if Kind.LIST in kinds:
        std.append("vector")
    return tuple(includes + std)
