"""From schema files to header files: load, validate, render, write or check."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError, SchemaError, StaleOutputError, UsageError
from .loader import load_schema
from .model import Action
from .names import namespace_problem
from .render import DEFAULT_NAMESPACE, make_environment, render_action
from .validate import build_action


@dataclass(frozen=True)
class Output:
    """One header to produce: where it goes and what it holds."""

    path: Path
    text: str


def display_path(path: Path) -> str:
    """``path`` as generated files show it: relative to the working directory,
    with forward slashes, when it lies below it; otherwise absolute. Run from
    the same directory, every machine writes the same bytes."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def load_action(schema: Path) -> Action:
    """Loads and validates one schema file."""
    shown = display_path(schema)
    return build_action(load_schema(str(schema), shown), shown)


def plan(schemas: list[Path], output_dir: Path,
         namespace: str = DEFAULT_NAMESPACE) -> list[Output]:
    """Renders every schema; raises SchemaError or UsageError before any write."""
    problem = namespace_problem(namespace)
    if problem:
        raise UsageError(f"--namespace {namespace}: {problem}")
    env = make_environment()
    return [Output(output_dir / _file_name(action),
                   render_action(action, namespace, _command(action, output_dir, namespace), env))
            for action in load_actions(schemas)]


def load_actions(schemas: list[Path]) -> list[Action]:
    """Loads and validates ``schemas``; two schemas may not define one action."""
    actions: list[Action] = []
    owners: dict[str, str] = {}
    for schema in schemas:
        action = load_action(schema)
        name = _file_name(action)
        if name in owners:
            raise SchemaError(action.source, 1, "action",
                              f"{action.name} is also defined by {owners[name]}; "
                              f"both would be {name}")
        owners[name] = action.source
        actions.append(action)
    return actions


def output_names(schemas: list[Path]) -> list[str]:
    """The file names ``generate`` would write for ``schemas``, in order."""
    return [_file_name(action) for action in load_actions(schemas)]


def _file_name(action: Action) -> str:
    return f"{action.snake_name}.hpp"


def write(outputs: list[Output]) -> list[Path]:
    """Writes the outputs whose content changed; returns the paths written."""
    written: list[Path] = []
    for output in outputs:
        if _current(output.path) == output.text:
            continue
        try:
            output.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = output.path.with_name(output.path.name + ".tmp")
            temporary.write_text(output.text, encoding="utf-8", newline="\n")
            os.replace(temporary, output.path)
        except OSError as error:
            raise OutputError(f"cannot write {display_path(output.path)}: {error}") from error
        written.append(output.path)
    return written


def check(outputs: list[Output]) -> None:
    """Raises StaleOutputError naming every output that differs from its file."""
    stale = [display_path(o.path) for o in outputs if _current(o.path) != o.text]
    if stale:
        raise StaleOutputError(stale)


def _current(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _command(action: Action, output_dir: Path, namespace: str) -> str:
    words = ["python3 -m whmcs_bindgen generate", action.source,
             "--output-dir", display_path(output_dir)]
    if namespace != DEFAULT_NAMESPACE:
        words += ["--namespace", namespace]
    return " ".join(words)
