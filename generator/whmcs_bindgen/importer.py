"""``whmcs_bindgen import``: a schema draft from a WHMCS API reference page.

The page's tables give the parameters, their types and descriptions; its
example response gives nested types, wrapper keys, list shapes and whether
values travel as strings or numbers; its version history gives ``versions``
and, where a change names a field, that field's ``since``. Whatever the page
does not state but the draft needs is guessed, and every guess is marked in
the draft with a ``# guessed: ...`` comment above the entry (findings that
are facts of the example, such as integers sent as strings, get
``# note: ...``). The draft always validates; a human reviews the marks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field as dataclass_field
from pathlib import Path
from typing import Any

from .errors import PageError
from .importer_page import Page, Row, VersionRow, parse_page
from .loader import parse_schema
from .model import SCALAR_TYPES
from .names import identifier_problem, snake_case
from .validate import build_action

REFERENCE_URL = "https://developers.whmcs.com/api-reference/{}/"

_INT_WORDS = {"int", "integer", "long"}
_BOOL_WORDS = {"bool", "boolean"}
_DECIMAL_WORDS = {"float", "decimal", "double", "number", "numeric"}
_STRING_WORDS = {"string", "text"}
_DATETIME_WORDS = {"\\carbon\\carbon", "carbon", "datetime", "timestamp"}
_CONTAINER_WORDS = {"array", "object", "mixed", "list"}

_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_INTEGER = re.compile(r"-?\d+\Z")
_DECIMAL = re.compile(r"-?\d+\.\d+\Z")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
_RESERVED_TYPE_NAMES = set(SCALAR_TYPES) | {"list", "map", "request", "response"}


# -- the draft ------------------------------------------------------------------


@dataclass(frozen=True)
class DraftField:
    """One field of the draft; ``marks`` become comment lines above it."""

    wire: str
    type: str
    description: str
    items: str = ""
    wrapper: str = ""
    required: bool = False
    since: str = ""
    cpp_name: str = ""
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftType:
    """A named type of the draft: an object (``fields``) or an enum (``values``)."""

    name: str
    description: str
    fields: tuple[DraftField, ...] = ()
    values: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftConstraint:
    """A rule on request parameters found in a description."""

    kind: str
    fields: tuple[str, ...]
    description: str
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """Everything the YAML draft holds."""

    action: str
    summary: str
    description: str
    reference: str
    versions: tuple[VersionRow, ...]
    types: tuple[DraftType, ...]
    request: tuple[DraftField, ...]
    constraints: tuple[DraftConstraint, ...]
    response: tuple[DraftField, ...]
    marks: tuple[str, ...]  # about the whole page
    source: str


def import_page(path: Path, shown: str | None = None) -> str:
    """The YAML schema draft for the reference page at ``path``.

    Raises PageError when the page cannot be read or understood. The draft is
    validated before it is returned, so it always generates.
    """
    shown = shown or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PageError(shown, f"cannot read the page: {error}") from error
    return render_draft(draft_from_page(parse_page(text, shown), shown))


def draft_from_page(page: Page, source: str) -> Draft:
    """Draws the draft's conclusions from what the page states."""
    return _Importer(page, source).draft()


# -- inference ------------------------------------------------------------------


@dataclass
class _Field:
    """A field while the draft is being built (merged from several samples)."""

    wire: str
    type: str
    description: str
    items: str = ""
    wrapper: str = ""
    required: bool = False
    since: str = ""
    cpp_name: str = ""
    marks: list[str] = dataclass_field(default_factory=list)

    def freeze(self) -> DraftField:
        return DraftField(self.wire, self.type, self.description, self.items, self.wrapper,
                          self.required and not self.since, self.since, self.cpp_name,
                          tuple(self.marks))


@dataclass
class _Type:
    name: str
    description: str
    fields: dict[str, _Field] = dataclass_field(default_factory=dict)
    values: tuple[str, ...] = ()
    marks: list[str] = dataclass_field(default_factory=list)


class _Importer:
    def __init__(self, page: Page, source: str) -> None:
        self.page = page
        self.source = source
        self.types: dict[str, _Type] = {}
        self.marks: list[str] = []
        # Types the tables give by name, to type the same key inside nested objects.
        self.table_types = {row.name: row.type for row in page.response + page.request}

    def draft(self) -> Draft:
        page = self.page
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", page.title):
            raise PageError(self.source, f"'{page.title}' is not a WHMCS action name")
        if page.example_note:
            self.marks.append("note: " + page.example_note)
        if page.example is None:
            self.marks.append("guessed: the page has no example response; response types "
                              "come from the table alone")
        versions = self._versions()
        request = self._request()
        constraints = self._constraints(request)
        response = self._response()
        self._apply_versions(versions, request, response)
        for struct_name, fields in [("request", request), ("response", response)] + [
                (t.name, list(t.fields.values())) for t in self.types.values() if not t.values]:
            _name_members(struct_name, fields)
        summary = page.summary or f"The {page.title} action."
        if not summary.endswith((".", "!", "?")):
            summary += "."
        return Draft(
            action=page.title,
            summary=summary,
            description=page.description,
            reference=REFERENCE_URL.format(page.title.lower()),
            versions=versions,
            types=tuple(DraftType(t.name, t.description,
                                  tuple(f.freeze() for f in t.fields.values()), t.values,
                                  tuple(t.marks)) for t in self.types.values()),
            request=tuple(f.freeze() for f in request),
            constraints=constraints,
            response=tuple(f.freeze() for f in response),
            marks=tuple(self.marks),
            source=self.source,
        )

    # -- versions ----------------------------------------------------------------

    def _versions(self) -> tuple[VersionRow, ...]:
        merged: dict[tuple[int, ...], VersionRow] = {}
        order_given: list[tuple[int, ...]] = []
        for row in self.page.versions:
            if not re.fullmatch(r"[0-9]+(\.[0-9]+)*", row.version):
                self.marks.append(f"guessed: left out version '{row.version}' of the history "
                                  "(not a version number)")
                continue
            key = tuple(int(part) for part in row.version.split("."))
            order_given.append(key)
            changes = row.changes.strip() or "(no description)"
            if key in merged:
                merged[key] = VersionRow(merged[key].version, merged[key].changes + " " + changes)
                self.marks.append(f"note: the page lists version {row.version} twice; "
                                  "its changes are joined")
            else:
                merged[key] = VersionRow(row.version, changes)
        if order_given != sorted(order_given):
            self.marks.append("note: the page lists its versions out of order; sorted here")
        return tuple(merged[key] for key in sorted(merged))

    def _apply_versions(self, versions: tuple[VersionRow, ...], request: list[_Field],
                        response: list[_Field]) -> None:
        """``since`` for the fields a later version's "Added ..." entry names."""
        objects = [list(t.fields.values()) for t in self.types.values() if not t.values]
        for index, version in enumerate(versions):
            if index == 0 or not re.match(r"\s*adds?\b|\s*added\b", version.changes, re.I):
                continue
            names = _named_in(version.changes)
            if not names:
                continue
            text = version.changes.lower()
            sides: list[list[_Field]] = []
            if "return parameter" in text:
                sides = [response] + objects
            elif "parameter" in text:
                sides = [request]
            else:
                sides = [request, response] + objects
            for fields in sides:
                named = [f for f in fields if f.wire in names and not f.since]
                for field in named:
                    field.since = version.version
                    field.marks.append(f'guessed: since {version.version}, from the version '
                                       f'history: "{version.changes}"')
                for field in fields:
                    if field.since or field in named:
                        continue
                    for other in named:
                        if field.wire.startswith(other.wire + "_"):
                            field.since = version.version
                            field.marks.append(
                                f"guessed: since {version.version}, like `{other.wire}`, "
                                "which the version history names")
                            break

    # -- request -----------------------------------------------------------------

    def _request(self) -> list[_Field]:
        fields: list[_Field] = []
        for row in self.page.request:
            if row.name == "action" or not row.name:
                continue
            field = self._request_field(row)
            field.required = row.required
            fields.append(field)
        return fields

    def _request_field(self, row: Row) -> _Field:
        kind = row.type.strip().lower()
        description = _description(row.description, row.name)
        field = _Field(row.name, "string", description)
        lowered = row.description.lower()
        if kind in _INT_WORDS:
            field.type = "integer"
        elif kind in _BOOL_WORDS:
            field.type = "bool"
        elif kind in _DECIMAL_WORDS:
            field.type = "decimal"
        elif kind in _CONTAINER_WORDS:
            if "base64" in lowered:
                field.marks.append("guessed: a string, not an array: the description calls it "
                                   "a base64 encoded blob (see whmcs/form/blobs.hpp)")
            else:
                field.type, field.items = "list", "string"
                field.marks.append("guessed: a list of strings, sent as key[0]=...; the page "
                                   f"says only '{row.type}'")
        elif kind in _DATETIME_WORDS or _has_datetime_format(row.description):
            field.type = "datetime"
            if kind not in _DATETIME_WORDS:
                field.marks.append("guessed: datetime, from the format in the description "
                                   "(sent as Y-m-d H:i:s)")
        elif kind not in _STRING_WORDS:
            field.marks.append(f"guessed: a string; the page's type is '{row.type}'")
        if field.type == "string" and "base64" in lowered and "serializ" in lowered:
            field.marks.append("note: build the value with whmcs::form::encode_customfields()")
        if field.type == "string":
            values = _enum_values(row.description)
            if values:
                name = self._new_type_name(snake_case(row.name) + "_value")
                self.types[name] = _Type(
                    name, f"The values of the {row.name} parameter.", values=values,
                    marks=[f"guessed: an enum, from the description of {row.name}: "
                           f'"{_short(row.description, 80)}"'])
                field.type = name
        return field

    def _constraints(self, request: list[_Field]) -> tuple[DraftConstraint, ...]:
        optional = {f.wire for f in request if not f.required}
        found: list[DraftConstraint] = []
        seen: set[frozenset[str]] = set()
        for row in self.page.request:
            for match in re.finditer(r"either \$?(\w+) or \$?(\w+) is required",
                                     row.description, re.I):
                names = (match.group(1), match.group(2))
                if not set(names) <= optional or len(set(names)) != 2:
                    continue
                if frozenset(names) in seen:
                    continue
                seen.add(frozenset(names))
                found.append(DraftConstraint(
                    "at_least_one", names, f"either {names[0]} or {names[1]} is required",
                    (f'guessed: from the description of {row.name}: "{match.group(0)}"',)))
        return tuple(found)

    # -- response ----------------------------------------------------------------

    def _response(self) -> list[_Field]:
        example = self.page.example if isinstance(self.page.example, dict) else {}
        if self.page.example is not None and not isinstance(self.page.example, dict):
            self.marks.append("guessed: the example response is not a JSON object; ignored")
        rows = {row.name: row for row in self.page.response}
        keys = list(rows) + [key for key in example if key not in rows]
        fields: list[_Field] = []
        for key in keys:
            row = rows.get(key)
            values = [example[key]] if example.get(key) is not None else []
            field = self._infer(key, row.type if row else "", row.description if row else "",
                                values, "")
            if row is None:
                field.marks.insert(0, "guessed: not in the page's table; seen in its example "
                                      "response")
            if key in example:
                field.required = True
            elif self.page.example is not None:
                field.marks.insert(0, "guessed: optional: the example response does not "
                                      "have it")
            fields.append(field)
        return fields

    def _infer(self, key: str, doc_type: str, doc_description: str, values: list[Any],
               where: str) -> _Field:
        """A field from what the table says (if anything) and the example values."""
        kind = doc_type.strip().lower()
        description = _description(doc_description, key)
        field = _Field(key, "string", description)
        scalars = [v for v in values if not isinstance(v, (dict, list))]
        containers = [v for v in values if isinstance(v, (dict, list))]
        if containers and (kind in _CONTAINER_WORDS or not kind or not scalars):
            self._container(field, containers, where + "/" + key)
            if kind and kind not in _CONTAINER_WORDS:
                field.marks.append(f"guessed: the page says '{doc_type}', the example "
                                   "has a structure")
            return field
        if kind in _CONTAINER_WORDS:
            field.type, field.items = "list", "string"
            empty = "empty or absent" if not scalars else f"{_short(json.dumps(scalars[0]), 20)}"
            field.marks.append(f"guessed: a list of strings; the page says '{doc_type}' and "
                               f"its example is {empty}")
            return field
        if kind in _INT_WORDS:
            field.type = "integer"
            if any(isinstance(v, str) and not _INTEGER.match(v) for v in scalars):
                field.type = "string"
                field.marks.append(f"guessed: a string: the page says '{doc_type}' but the "
                                   f"example sends {_short(json.dumps(scalars[0]), 30)}")
        elif kind in _BOOL_WORDS:
            field.type = "bool"
        elif kind in _DECIMAL_WORDS:
            field.type = "decimal"
        elif kind in _DATETIME_WORDS or _has_datetime_format(doc_description):
            field.type = "datetime"
        elif kind in _STRING_WORDS:
            if scalars and all(isinstance(v, str) for v in scalars) and \
                    all(_DATETIME.match(v) for v in scalars):
                field.type = "datetime"
                field.marks.append("guessed: datetime, from the example "
                                   f"{json.dumps(scalars[0])}")
        elif kind:
            field.type, mark = _scalar_from_values(key, scalars, self.table_types)
            field.marks.append(f"guessed: the page's type is '{doc_type}'; {mark}")
        else:
            field.type, mark = _scalar_from_values(key, scalars, self.table_types)
            field.marks.append("guessed: " + mark)
        finding = _wire_finding(field.type, scalars)
        if finding:
            field.marks.append("note: " + finding)
        return field

    def _container(self, field: _Field, values: list[Any], path: str) -> None:
        """A list (wrapped or not), a map or an object, from example values."""
        wrapper = _wrapper_key(values)
        if wrapper:
            field.wrapper = wrapper
            values = [value[wrapper] for value in values]
            field.marks.append(f"note: wrapped on the wire: {{\"{field.wire}\": "
                               f"{{\"{wrapper}\": [...]}}}}")
        elements: list[Any] = []
        shape = "list"
        for value in values:
            if isinstance(value, list):
                elements.extend(value)
            elif isinstance(value, dict) and value and all(k.isdigit() for k in value):
                elements.extend(value.values())
                field.marks.append("note: the example keys the list by index "
                                   "({\"0\": ..., \"1\": ...})")
            elif isinstance(value, dict) and wrapper:
                elements.append(value)  # one object where a one-element list was meant
            elif isinstance(value, dict):
                shape = _dict_shape(value)
                elements.extend(value.values() if shape == "map" else [value])
        if any(e == [] for e in elements):
            field.marks.append("note: [[]] in the example means an empty list")
        elements = [e for e in elements if e != [] and e is not None]
        name_hint = wrapper or (field.wire if shape == "object" else _singular(field.wire))
        if shape == "object":
            field.type = self._object([e for e in elements if isinstance(e, dict)], name_hint,
                                      f"The `{field.wire}` object of the response.", path)
            field.marks.append("guessed: an object type, from the example response")
            return
        objects = [e for e in elements if isinstance(e, dict)]
        if objects and len(objects) == len(elements):
            item = self._object(objects, name_hint, f"An entry of `{field.wire}`.", path)
            field.marks.append(f"guessed: the entries' type {item}, from the example response")
        elif elements and not objects and not any(isinstance(e, list) for e in elements):
            item, mark = _scalar_from_values(field.wire, elements, self.table_types)
            field.marks.append(f"guessed: entries of type {item}: {mark}")
        elif not elements and self._type_name(name_hint) in self.types:
            item = self._type_name(name_hint)
            field.marks.append(f"guessed: entries of type {item}, like other `{field.wire}` "
                               "lists: this one is empty in the example")
        else:
            item = "string"
            field.marks.append("guessed: entries of type string: the example has none "
                               "(or mixed ones)")
        field.type = "map" if shape == "map" else "list"
        field.items = item
        if shape == "map":
            field.marks.append("guessed: a map (string keys), since the example's keys look "
                               "like data, not like field names")

    def _object(self, samples: list[dict[str, Any]], hint: str, description: str,
                path: str) -> str:
        name = self._type_name(hint)
        created = name not in self.types
        target = self.types.setdefault(name, _Type(name, description))
        if created:
            target.marks.append(f"guessed: from {path} in the example response")
        keys: list[str] = []
        for sample in samples:
            keys.extend(key for key in sample if key not in keys)
        existing = set(target.fields)
        for key in keys:
            present = [s for s in samples if key in s]
            values = [s[key] for s in present if s[key] is not None]
            field = self._infer(key, "", "", values, path)
            field.required = len(present) == len(samples) and (created or key in existing)
            if key in target.fields:
                old = target.fields[key]
                old.required = old.required and field.required
                continue
            if not created:
                field.required = False
            target.fields[key] = field
        if not created:
            for key, old in target.fields.items():
                if key not in keys:
                    old.required = False
        return name

    def _type_name(self, hint: str) -> str:
        name = snake_case(hint) or "item"
        if name in _RESERVED_TYPE_NAMES or identifier_problem(name):
            name += "_item"
        if identifier_problem(name):
            name = "item"
        existing = self.types.get(name)
        if existing is not None and existing.values:
            return self._new_type_name(name)
        return name

    def _new_type_name(self, name: str) -> str:
        candidate, number = name, 2
        while candidate in self.types or candidate in _RESERVED_TYPE_NAMES:
            candidate, number = f"{name}{number}", number + 1
        return candidate


# -- helpers --------------------------------------------------------------------


def _named_in(changes: str) -> set[str]:
    """The field names a version-history entry mentions: backticked or $names
    when it has any; all words when it speaks of parameters; else the word
    after "support for" ("Added support for attachments")."""
    marked = set(re.findall(r"`\$?([A-Za-z_][A-Za-z0-9_]*)`", changes))
    marked |= set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", changes))
    if marked:
        return marked
    if "parameter" in changes.lower():
        return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", changes))
    found = re.search(r"support for (?:the )?([A-Za-z_][A-Za-z0-9_]*)", changes, re.I)
    return {found.group(1)} if found else set()


def _enum_values(description: str) -> tuple[str, ...]:
    """Closed value sets a description spells out: "ASC or DESC", "One of `a`,
    `b`", "('Low', 'Medium', 'High')"."""
    found = re.match(r"\s*([A-Z][A-Z0-9_]*) or ([A-Z][A-Z0-9_]*)\b", description)
    values: tuple[str, ...] = ()
    if found:
        values = (found.group(1), found.group(2))
    elif (found := re.search(r"[Oo]ne of\s+((?:`[^`]+`[\s,]*(?:or\s+)?)+)", description)):
        values = tuple(re.findall(r"`([^`]+)`", found.group(1)))
    elif (found := re.search(r"\(\s*('[^']+'(?:\s*,\s*'[^']+')+)\s*\)", description)):
        values = tuple(re.findall(r"'([^']+)'", found.group(1)))
    enumerators = [snake_case(v) for v in values]
    if len(values) < 2 or len(set(enumerators)) != len(values) or \
            any(not e or identifier_problem(e) for e in enumerators):
        return ()
    return values


def _has_datetime_format(description: str) -> bool:
    return bool(re.search(r"Y-m-d H:i(:s)?|YYYY-MM-DD HH:mm(:ss)?", description))


def _scalar_from_values(key: str, values: list[Any],
                        table_types: dict[str, str]) -> tuple[str, str]:
    """A scalar type from example values alone, and why."""
    doc = table_types.get(key, "").lower()
    if doc in _INT_WORDS | _BOOL_WORDS | _DECIMAL_WORDS | _STRING_WORDS and values:
        kind = {**{w: "integer" for w in _INT_WORDS}, **{w: "bool" for w in _BOOL_WORDS},
                **{w: "decimal" for w in _DECIMAL_WORDS},
                **{w: "string" for w in _STRING_WORDS}}[doc]
        texts = [v for v in values if isinstance(v, str) and v]
        if kind == "string" and texts and len(texts) == len(values) and \
                all(_DATETIME.match(v) for v in texts):
            return "datetime", f"datetime, from the example {json.dumps(texts[0])}"
        if kind != "integer" or all(_INTEGER.match(str(v)) for v in values
                                    if not isinstance(v, bool)):
            return kind, f"{kind}, as the page's table types `{key}` elsewhere"
    if not values:
        return "string", "a string: the example has no value"
    sample = _short(json.dumps(values[0]), 30)
    if all(isinstance(v, bool) for v in values):
        return "bool", f"bool, from the example {sample}"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer", f"integer, from the example {sample}"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "decimal", f"decimal, from the example {sample}"
    if all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
        texts = [str(v) for v in values]
        if all(t in ("true", "false") for t in texts):
            return "bool", f"bool, from the example {sample}"
        nonempty = [t for t in texts if t]
        if nonempty and all(_DATETIME.match(t) or t == "0000-00-00 00:00:00" for t in nonempty):
            return "datetime", f"datetime, from the example {sample}"
        if nonempty and all(_DATE.match(t) for t in nonempty):
            return "date", f"date, from the example {sample}"
        if nonempty and len(nonempty) == len(texts) and all(_INTEGER.match(t) for t in texts):
            return "integer", f"integer, from the example {sample}"
        if nonempty and len(nonempty) == len(texts) and \
                all(_DECIMAL.match(t) or _INTEGER.match(t) for t in texts):
            return "decimal", f"decimal, from the example {sample}"
    return "string", f"a string, from the example {sample}"


def _wire_finding(kind: str, values: list[Any]) -> str:
    """What the example shows about how a typed value travels."""
    if kind not in ("integer", "decimal", "bool"):
        return ""
    strings = [v for v in values if isinstance(v, str)]
    natives = [v for v in values if not isinstance(v, str)]
    if strings and natives:
        return f"the example sends it both as a string and natively ({json.dumps(strings[0])})"
    if strings:
        return f"the example sends it as a string ({_short(json.dumps(strings[0]), 30)})"
    return ""


def _wrapper_key(values: list[Any]) -> str:
    """The wrapper key when every value is ``{"key": [...]}`` (or ``{"key": {...}}``)."""
    keys = set()
    for value in values:
        if not (isinstance(value, dict) and len(value) == 1):
            return ""
        (key, inner), = value.items()
        if not isinstance(inner, (list, dict)) or key.isdigit():
            return ""
        if isinstance(inner, dict) and inner and not all(k.isdigit() for k in inner) and \
                any(isinstance(v, (dict, list)) for v in inner.values()):
            return ""
        keys.add(key)
    return keys.pop() if len(keys) == 1 else ""


def _dict_shape(value: dict[str, Any]) -> str:
    """"map" when every value is an object with the same keys (data keys such as
    status names), "object" otherwise."""
    inner = list(value.values())
    if len(inner) >= 2 and all(isinstance(v, dict) for v in inner):
        if len({tuple(sorted(v)) for v in inner}) == 1:
            return "map"
    return "object"


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith(("ss", "us")):
        return word + "_entry"
    if word.endswith("s"):
        return word[:-1]
    return word + "_entry"


def _description(text: str, key: str) -> str:
    text = " ".join(text.split())
    if not text:
        return f"`{key}` (not described by the reference page)."
    while text.endswith("\\"):
        text = text[:-1].rstrip()
    return text


def _name_members(struct: str, fields: list[_Field]) -> None:
    """``cpp_name`` where the wire key cannot be a member name."""
    used = {f.wire for f in fields if not identifier_problem(f.wire) and f.wire != struct}
    for field in fields:
        problem = identifier_problem(field.wire)
        if not problem and field.wire != struct:
            continue
        base = snake_case(field.wire)
        if not base or identifier_problem(base) or base == struct or base in used:
            base = (base or "field") + "_"
        while identifier_problem(base) or base in used:
            base += "_"
        field.cpp_name = base
        used.add(base)
        why = problem or "equals the name of its struct"
        field.marks.append(f"guessed: cpp_name {base}: the wire key {why}")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- YAML output ----------------------------------------------------------------


def render_draft(draft: Draft) -> str:
    """The draft as YAML, with its marks as comments; validated before returning."""
    out: list[str] = []
    out.append(f"# Draft schema for {draft.action}, made by `whmcs_bindgen import` from "
               f"{draft.source}.")
    out.append("# \"# guessed:\" marks what the page does not state; \"# note:\" what its "
               "example shows.")
    out.append("# Review each mark, correct the schema (schema/README.md), then delete the "
               "marks.")
    for mark in draft.marks:
        out.append(f"# {mark}")
    out.append(f"action: {draft.action}")
    out.append(f"summary: {_quote(draft.summary)}")
    if draft.description:
        out.append(f"description: {_quote(draft.description)}")
    out.append(f"reference: {_quote(draft.reference)}")
    if draft.versions:
        out.append("versions:")
        for version in draft.versions:
            out.append(f"  - version: {_quote(version.version)}")
            out.append(f"    changes: {_quote(version.changes)}")
    if draft.types:
        out.append("")
        out.append("types:")
        for named in draft.types:
            _marks(out, named.marks, 2)
            out.append(f"  {named.name}:")
            out.append(f"    description: {_quote(named.description)}")
            if named.values:
                out.append("    values:")
                out.extend(f"      - {_quote(value)}" for value in named.values)
            else:
                _fields(out, named.fields, 4)
    out.append("")
    if draft.request or draft.constraints:
        out.append("request:")
        if draft.request:
            _fields(out, draft.request, 2)
        if draft.constraints:
            out.append("  constraints:")
            for constraint in draft.constraints:
                _marks(out, constraint.marks, 4)
                out.append(f"    - kind: {constraint.kind}")
                out.append("      fields: [" + ", ".join(_quote(f) for f in constraint.fields)
                           + "]")
                out.append(f"      description: {_quote(constraint.description)}")
    else:
        out.append("request: {}")
    out.append("")
    out.append("response:")
    _fields(out, draft.response, 2)
    text = "\n".join(out) + "\n"
    build_action(parse_schema(text, draft.source + " (draft)"), draft.source + " (draft)")
    return text


def _fields(out: list[str], fields: tuple[DraftField, ...], indent: int) -> None:
    pad = " " * indent
    if not fields:
        out.append(f"{pad}fields: {{}}")
        return
    out.append(f"{pad}fields:")
    for field in fields:
        _marks(out, field.marks, indent + 2)
        out.append(f"{pad}  {_key(field.wire)}:")
        inner = pad + "    "
        out.append(f"{inner}type: {field.type}")
        if field.items:
            out.append(f"{inner}items: {field.items}")
        if field.wrapper:
            out.append(f"{inner}wrapper: {_quote(field.wrapper)}")
        if field.required:
            out.append(f"{inner}required: true")
        if field.since:
            out.append(f"{inner}since: {_quote(field.since)}")
        if field.cpp_name:
            out.append(f"{inner}cpp_name: {field.cpp_name}")
        out.append(f"{inner}description: {_quote(field.description)}")


def _marks(out: list[str], marks: tuple[str, ...] | list[str], indent: int) -> None:
    for mark in marks:
        out.append(" " * indent + "# " + " ".join(mark.split()))


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's too); C1 controls,
    which YAML readers reject raw, are escaped."""
    quoted = json.dumps(text, ensure_ascii=False)
    return re.sub(r"[\x7f-\x9f\u2028\u2029\ufeff]", lambda m: f"\\u{ord(m.group()):04x}",
                  quoted)


def _key(text: str) -> str:
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text) and text.lower() not in _YAML_WORDS:
        return text
    return _quote(text)
