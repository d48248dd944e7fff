"""The command line: ``python3 -m whmcs_bindgen``.

Exit codes: 0 success; 1 a schema error (``file:line: field: message``);
2 a usage error; 3 ``--check`` found out-of-date files; 4 a file could not be
written. This is the only place that turns errors into exit codes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import BindgenError, SchemaError, StaleOutputError
from .generate import check, output_names, plan, write
from .render import DEFAULT_NAMESPACE

EXIT_OK = 0
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 -m whmcs_bindgen",
        description="Generate C++ bindings for WHMCS API actions from YAML schemas.",
        epilog="Exit codes: 0 ok, 1 schema error, 2 usage error, "
               "3 --check found stale files, 4 write error.",
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
    return parser


def main(argv: list[str] | None = None) -> int:
    """Runs the command line; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse prints its own message
        return EXIT_OK if stop.code in (0, None) else EXIT_USAGE
    try:
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
