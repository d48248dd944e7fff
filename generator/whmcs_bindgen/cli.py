"""The command line: ``python3 -m whmcs_bindgen``.

Exit codes: 0 success; 1 a schema error (``file:line: field: message``) or a
reference page ``import`` cannot read; 2 a usage error (including a response
file ``diff`` cannot read or parse); 3 ``--check`` found out-of-date files; 4 a
file could not be written; 5 ``diff`` found differences. This is the only place
that turns errors into exit codes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .diff import diff_response, load_response
from .errors import BindgenError, OutputError, SchemaError, StaleOutputError, UsageError
from .generate import check, display_path, load_action, output_names, plan, write
from .importer import import_page
from .render import DEFAULT_NAMESPACE

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_DRIFT = 5


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 -m whmcs_bindgen",
        description="Generate C++ bindings for WHMCS API actions from YAML schemas.",
        epilog="Exit codes: 0 ok, 1 schema or page error, 2 usage error, "
               "3 --check found stale files, 4 write error, 5 diff found differences.",
    )
    parser.add_argument("--version", action="version", version=f"whmcs_bindgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    generate = commands.add_parser(
        "generate", help="write one header per schema (only files whose content changed)")
    generate.add_argument("schemas", nargs="+", type=Path, metavar="SCHEMA")
    generate.add_argument("--output-dir", required=True, type=Path, metavar="DIR",
                          help="directory of the headers, named <action_snake_case>.hpp")
    generate.add_argument("--namespace", default=DEFAULT_NAMESPACE, metavar="NS",
                          help=f"namespace prefix; the action's namespace goes inside it "
                               f"(default {DEFAULT_NAMESPACE})")
    generate.add_argument("--check", action="store_true",
                          help="write nothing; exit 3 when a file differs from a fresh run")
    generate.add_argument("--quiet", action="store_true", help="print nothing on success")

    outputs = commands.add_parser(
        "outputs", help="validate schemas and print the header file name of each, one a line")
    outputs.add_argument("schemas", nargs="+", type=Path, metavar="SCHEMA")

    draft = commands.add_parser(
        "import", help="draft a schema from a WHMCS API reference page (Markdown or text)")
    draft.add_argument("page", type=Path, metavar="PAGE")
    draft.add_argument("-o", "--output", type=Path, metavar="OUT.yaml",
                       help="write the draft here (default: standard output)")
    draft.add_argument("--force", action="store_true", help="overwrite an existing OUT.yaml")

    drift = commands.add_parser(
        "diff", help="list what a real response has that a schema lacks, and what it misses; "
                     "exit 5 when there is any difference")
    drift.add_argument("schema", type=Path, metavar="SCHEMA")
    drift.add_argument("response", type=Path, metavar="RESPONSE.json")
    drift.add_argument("--json", action="store_true",
                       help="print the findings as a JSON array")
    return parser


def _import(args: argparse.Namespace) -> int:
    text = import_page(args.page, display_path(args.page))
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    if args.output.exists() and not args.force:
        raise UsageError(f"{display_path(args.output)} exists; pass --force to overwrite it")
    try:
        args.output.write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        raise OutputError(f"cannot write {display_path(args.output)}: {error}") from error
    print(f"whmcs_bindgen: wrote {display_path(args.output)}; review its '# guessed:' marks",
          file=sys.stderr)
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    action = load_action(args.schema)
    response = load_response(args.response)
    if isinstance(response, dict) and response.get("result") == "error":
        print(f"whmcs_bindgen: note: {display_path(args.response)} is an error response: "
              f"{response.get('message', '')}", file=sys.stderr)
    findings = diff_response(action, response)
    if args.json:
        print(json.dumps([finding.to_json() for finding in findings], indent=2))
    else:
        for finding in findings:
            print(finding.to_text())
    return EXIT_DRIFT if findings else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Runs the command line; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse prints its own message
        return EXIT_OK if stop.code in (0, None) else EXIT_USAGE
    try:
        if args.command == "import":
            return _import(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "outputs":
            for name in output_names(args.schemas):
                print(name)
            return EXIT_OK
        planned = plan(args.schemas, args.output_dir, args.namespace)
        if args.check:
            check(planned)
            if not args.quiet:
                print(f"whmcs_bindgen: {len(planned)} file(s) up to date")
            return EXIT_OK
        written = write(planned)
        if not args.quiet:
            for path in written:
                print(f"whmcs_bindgen: wrote {path}")
        return EXIT_OK
    except StaleOutputError as error:
        for path in error.stale:
            print(f"whmcs_bindgen: {path} is out of date; regenerate it", file=sys.stderr)
        return error.exit_code
    except BindgenError as error:
        # Schema errors keep the compiler-like "file:line: ..." form editors parse.
        shown = str(error) if isinstance(error, SchemaError) else f"whmcs_bindgen: {error}"
        print(shown, file=sys.stderr)
        return error.exit_code
