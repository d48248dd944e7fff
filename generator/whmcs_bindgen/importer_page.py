"""Reads a WHMCS API reference page into its parts.

Two forms are understood: the Markdown source of the `WHMCS/developer-docs`
repository (``api-reference/<action>.md``: TOML front matter, ``###``
headings, pipe tables, fenced code) and the plain text of the published page
(what a browser's "save as text" or copy gives: headings and table rows on
lines of their own, cells separated by spaces). Only what the page states is
kept here; ``importer.py`` draws the conclusions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .errors import PageError

_SECTIONS = (
    "Request Parameters",
    "Response Parameters",
    "Example Request (CURL)",
    "Example Request (Local API)",
    "Example Response JSON",
    "Error Responses",
    "Version History",
)
_REQUIRED_WORDS = ("Required", "Optional")


@dataclass(frozen=True)
class Row:
    """One row of a parameter table."""

    name: str
    type: str
    description: str
    required: bool = False


@dataclass(frozen=True)
class VersionRow:
    """One row of the version history, as the page gives it."""

    version: str
    changes: str


@dataclass(frozen=True)
class Page:
    """What a reference page states."""

    title: str  # the action, "GetTicket"
    summary: str
    description: str  # further paragraphs of the introduction
    request: tuple[Row, ...]
    response: tuple[Row, ...]
    example: Any  # the example response, parsed; None when there is none
    example_note: str  # how the example had to be read, when not as plain JSON
    versions: tuple[VersionRow, ...]
    form: str  # "markdown" or "text"


def parse_page(text: str, source: str) -> Page:
    """Parses a reference page in either form; raises PageError naming ``source``."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    if text.lstrip().startswith("+++") or re.search(r"^#{2,3} Request Parameters\s*$", text, re.M):
        return _parse_markdown(text, source)
    return _parse_text(text, source)


# -- Markdown ---------------------------------------------------------------------


def _parse_markdown(text: str, source: str) -> Page:
    title = ""
    body = text
    front = re.match(r"\s*\+\+\+\n(.*?)\n\+\+\+\n", text, re.S)
    if front:
        body = text[front.end():]
        found = re.search(r'^title\s*=\s*"([^"]*)"', front.group(1), re.M)
        title = found.group(1) if found else ""
    sections: dict[str, list[str]] = {}
    intro: list[str] = []
    current: list[str] = intro
    for line in body.split("\n"):
        heading = re.match(r"#{1,4}\s+(.*?)\s*$", line)
        if heading and not _in_fence(current):
            name = heading.group(1)
            if not title and line.startswith("# "):
                title = name
                continue
            current = sections.setdefault(name, [])
            continue
        current.append(line)
    if not title:
        raise PageError(source, "no title: expected TOML front matter with title = \"Action\"")
    summary, description = _intro(intro)
    example, note = _example("\n".join(_fenced(sections.get("Example Response JSON", []))),
                             source)
    return Page(
        title=title,
        summary=summary,
        description=description,
        request=_rows(_table(sections.get("Request Parameters", [])), True),
        response=_rows(_table(sections.get("Response Parameters", [])), False),
        example=example,
        example_note=note,
        versions=tuple(VersionRow(cells[0], cells[1] if len(cells) > 1 else "")
                       for cells in _table(sections.get("Version History", []))
                       if cells and cells[0]),
        form="markdown",
    )


def _in_fence(lines: list[str]) -> bool:
    return sum(1 for line in lines if line.strip().startswith("```")) % 2 == 1


def _fenced(lines: list[str]) -> list[str]:
    """The lines of the first fenced code block in ``lines``."""
    inside = False
    out: list[str] = []
    for line in lines:
        if line.strip().startswith("```"):
            if inside:
                return out
            inside = True
            continue
        if inside:
            out.append(line)
    return out


def _table(lines: list[str]) -> list[list[str]]:
    """The body rows of the first pipe table in ``lines``, as cells."""
    rows: list[list[str]] = []
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith("|"):
            if rows:
                break
            continue
        cells = [cell.strip() for cell in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-+:?", cell) for cell in cells if cell):
            continue  # the separator line
        rows.append(cells)
    return rows[1:]  # without the header


def _rows(table: list[list[str]], request: bool) -> tuple[Row, ...]:
    rows: list[Row] = []
    seen: set[str] = set()
    for cells in table:
        if len(cells) < 2 or not cells[0]:
            continue
        name = cells[0].strip("`")
        if name in seen:  # some pages list a parameter twice
            continue
        seen.add(name)
        if request:
            required = cells[-1].lower() == "required" if len(cells) >= 4 else False
            middle = cells[2:-1] if len(cells) >= 4 else cells[2:]
        else:
            required = False
            middle = cells[2:]
        rows.append(Row(name, cells[1], "|".join(middle).strip(), required))
    return tuple(rows)


# -- plain text -------------------------------------------------------------------


def _parse_text(text: str, source: str) -> Page:
    lines = text.split("\n")
    sections: dict[str, list[str]] = {}
    intro: list[str] = []
    current = intro
    for line in lines:
        if line.strip() in _SECTIONS:
            current = sections.setdefault(line.strip(), [])
            continue
        current.append(line)
    if "Request Parameters" not in sections and "Response Parameters" not in sections:
        raise PageError(source, "not a WHMCS API reference page: no 'Request Parameters' "
                                "or 'Response Parameters' section (Markdown or plain text)")
    while intro and not intro[0].strip():
        intro.pop(0)
    if not intro:
        raise PageError(source, "no title: the first line should name the action")
    title = intro.pop(0).strip()
    summary, description = _intro(intro)
    example, note = _example("\n".join(sections.get("Example Response JSON", [])), source)
    return Page(
        title=title,
        summary=summary,
        description=description,
        request=_text_rows(sections.get("Request Parameters", []), True),
        response=_text_rows(sections.get("Response Parameters", []), False),
        example=example,
        example_note=note,
        versions=_text_versions(sections.get("Version History", [])),
        form="text",
    )


def _text_rows(lines: list[str], request: bool) -> tuple[Row, ...]:
    rows: list[Row] = []
    seen: set[str] = set()
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("Parameter "):
            continue
        parts = stripped.split(None, 2)
        if len(parts) < 2:
            continue
        name, kind = parts[0], parts[1]
        rest = parts[2] if len(parts) > 2 else ""
        required = False
        if request:
            for word in _REQUIRED_WORDS:
                if rest == word or rest.endswith(" " + word):
                    required = word == "Required"
                    rest = rest[: -len(word)].rstrip()
                    break
        if name in seen:
            continue
        seen.add(name)
        rows.append(Row(name, kind, _smart_quotes(rest), required))
    return tuple(rows)


def _text_versions(lines: list[str]) -> tuple[VersionRow, ...]:
    rows: list[VersionRow] = []
    for line in lines:
        parts = line.strip().split(None, 1)
        if len(parts) == 2 and re.fullmatch(r"[0-9]+(\.[0-9]+)*", parts[0]):
            rows.append(VersionRow(parts[0], parts[1]))
    return tuple(rows)


def _smart_quotes(text: str) -> str:
    """The published page prints typographic quotes; the schema keeps ASCII."""
    return (text.replace("\u2019", "'").replace("\u2018", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))


# -- shared -----------------------------------------------------------------------


def _intro(lines: list[str]) -> tuple[str, str]:
    paragraphs: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        if line.strip():
            block.append(line.strip())
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    paragraphs = [_smart_quotes(p) for p in paragraphs]
    if not paragraphs:
        return "", ""
    return paragraphs[0], "\n\n".join(paragraphs[1:])


def _example(text: str, source: str) -> tuple[Any, str]:
    """The example response: JSON, with PHP-flattened keys made nested again."""
    start = text.find("{")
    end = text.rfind("}")
    if start < 0 or end < start:
        return None, ""
    try:
        value = json.loads(text[start:end + 1])
    except json.JSONDecodeError as error:
        raise PageError(source, f"the example response is not valid JSON: {error}") from error
    if isinstance(value, dict) and any("[" in key for key in value):
        return _unflatten(value), (
            "the page's example writes nested values as PHP-flattened keys "
            "(key[sub][0][field]); read as the nested objects a server sends")
    return value, ""


def _unflatten(flat: dict[str, Any]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for key, value in flat.items():
        parts = re.findall(r"[^\[\]]+", key) if "[" in key else [key]
        node = root
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = {}
                node[part] = child
            node = child
        node[parts[-1]] = value
    return _indexed_to_lists(root)


def _indexed_to_lists(value: Any) -> Any:
    if isinstance(value, dict):
        converted = {key: _indexed_to_lists(item) for key, item in value.items()}
        if converted and all(key.isdigit() for key in converted):
            return [converted[key] for key in sorted(converted, key=int)]
        return converted
    return value
