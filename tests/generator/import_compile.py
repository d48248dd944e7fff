"""CTest drivers for ``whmcs_bindgen import`` end to end (issue 7).

``all PAGE...``: imports every reference page into a temporary directory with
the command line a user runs, generates a header from each draft (namespace
``draft::api``, so nothing clashes with the checked-in headers) and compiles
one translation unit that includes them all and instantiates decode() and
form::encode() for each action, with -fsyntax-only and the test warnings.

``walkthrough PAGE MAIN.cpp``: the README's "Binding another action" guide:
import the page, generate with the default namespace, compile and run a
small program that decodes the page's own example response.

Compiler and include directories come from CMake (tests/generator/CMakeLists.txt).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

WARNINGS = ["-Wall", "-Wextra", "-Wpedantic", "-Werror"]


def bindgen(*args: str, cwd: Path) -> None:
    command = [sys.executable, "-m", "whmcs_bindgen", *args]
    # PYTHONPATH names the generator; relative entries would break in `cwd`.
    paths = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
             if p]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n"
                         f"{result.stdout}{result.stderr}")


def compile_command(options: argparse.Namespace, *args: str) -> list[str]:
    includes = [f"-I{directory}" for directory in options.include_dir]
    return [options.cxx, f"-std=c++{options.std}", *WARNINGS, *includes, *args]


def run_all(options: argparse.Namespace, work: Path) -> None:
    schemas = work / "schema"
    schemas.mkdir()
    generated = work / "include" / "draft" / "api"
    names: list[tuple[str, str]] = []  # (header, namespace)
    for page in options.pages:
        page = Path(page).resolve()
        schema = schemas / (page.stem + ("_text" if page.suffix == ".txt" else "") + ".yaml")
        bindgen("import", str(page), "-o", str(schema), cwd=work)
        # Each draft on its own: GetTicket's two forms are one action.
        namespace = "draft_text::api" if page.suffix == ".txt" else "draft::api"
        out = generated if page.suffix != ".txt" else work / "include" / "draft_text" / "api"
        bindgen("generate", str(schema), "--output-dir", str(out), "--namespace", namespace,
                "--quiet", cwd=work)
    for header in sorted((work / "include").rglob("*.hpp")):
        relative = header.relative_to(work / "include")
        names.append((relative.as_posix(), relative.parent.parts[0] + "::api::" + header.stem))
    if len(names) != len(options.pages):
        raise SystemExit(f"expected {len(options.pages)} headers, found {len(names)}")
    lines = ["#include <whmcs/form/encode.hpp>", "#include <whmcs/json/decode.hpp>",
             "#include <whmcs/meta.hpp>", "#include <string_view>"]
    lines += [f"#include <{header}>" for header, _ in names]
    lines.append("void use_every_draft(std::string_view text) {")
    for _, namespace in names:
        lines.append(f"    static_assert(whmcs::meta::is_request_v<{namespace}::request>);")
        lines.append(f"    (void)whmcs::json::decode<{namespace}::response>(text);")
        lines.append(f"    (void)whmcs::form::encode({namespace}::request{{}});")
    lines.append("}")
    unit = work / "all_drafts.cpp"
    unit.write_text("\n".join(lines) + "\n")
    command = compile_command(options, f"-I{work / 'include'}", "-fsyntax-only", str(unit))
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"the drafts do not compile:\n{result.stdout}{result.stderr}")
    print(f"{len(names)} imported drafts generate and compile")


def run_walkthrough(options: argparse.Namespace, work: Path) -> None:
    page = Path(options.pages[0]).resolve()
    # 1. Import the page into a draft; 2. (a user edits it; the draft as is must work);
    # 3. generate; 4. compile a program that calls it.
    bindgen("import", str(page), "-o", "get_payment_methods.yaml", cwd=work)
    bindgen("generate", "get_payment_methods.yaml", "--output-dir", "include/whmcs/api",
            cwd=work)
    from whmcs_bindgen.importer_page import parse_page  # on PYTHONPATH, as for bindgen()

    example = parse_page(page.read_text(encoding="utf-8"), page.name).example
    (work / "response.json").write_text(json.dumps(example, indent=4))
    program = work / "walkthrough"
    command = compile_command(options, f"-I{work / 'include'}", str(Path(options.main)),
                              "-o", str(program))
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"the walkthrough program does not compile:\n{result.stderr}")
    result = subprocess.run([str(program), str(work / "response.json")], capture_output=True,
                            text=True)
    sys.stdout.write(result.stdout)
    if result.returncode != 0:
        raise SystemExit(f"the walkthrough program failed:\n{result.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("all", "walkthrough"))
    parser.add_argument("pages", nargs="+")
    parser.add_argument("--main", help="walkthrough: the program's source")
    parser.add_argument("--cxx", required=True)
    parser.add_argument("--std", default="17")
    parser.add_argument("--include-dir", action="append", default=[])
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="whmcs_import_") as name:
        work = Path(name)
        if options.mode == "all":
            run_all(options, work)
        else:
            run_walkthrough(options, work)


if __name__ == "__main__":
    main()
