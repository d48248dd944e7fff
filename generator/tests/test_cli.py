"""The command line: exit codes, write-if-changed, --check, outputs."""

from __future__ import annotations

import contextlib
import io
import unittest
from pathlib import Path

from support import MINIMAL, REPO_DIR, temporary_directory, working_directory
from whmcs_bindgen.cli import main


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


class CliTest(unittest.TestCase):
    def setUp(self) -> None:
        self.stack = contextlib.ExitStack()
        self.dir = self.stack.enter_context(temporary_directory())
        self.stack.enter_context(working_directory(self.dir))
        Path("thing.yaml").write_text(MINIMAL)

    def tearDown(self) -> None:
        self.stack.close()

    def test_generate_writes_once_then_leaves_the_file_alone(self) -> None:
        code, out, _ = run("generate", "thing.yaml", "--output-dir", "out")
        self.assertEqual(code, 0)
        self.assertIn("wrote out/get_thing.hpp", out)
        header = Path("out/get_thing.hpp")
        stamp = header.stat().st_mtime_ns
        code, out, _ = run("generate", "thing.yaml", "--output-dir", "out")
        self.assertEqual((code, out), (0, ""))
        self.assertEqual(header.stat().st_mtime_ns, stamp)
        self.assertIn("--output-dir out\n", header.read_text())

    def test_check_passes_on_fresh_output_and_names_stale_files(self) -> None:
        run("generate", "thing.yaml", "--output-dir", "out")
        self.assertEqual(run("generate", "thing.yaml", "--output-dir", "out", "--check")[0], 0)
        Path("thing.yaml").write_text(MINIMAL.replace("Get a thing.", "Get one thing."))
        code, _, err = run("generate", "thing.yaml", "--output-dir", "out", "--check")
        self.assertEqual(code, 3)
        self.assertIn("out/get_thing.hpp is out of date", err)
        self.assertNotIn("one thing", Path("out/get_thing.hpp").read_text())

    def test_check_fails_on_a_missing_file(self) -> None:
        code, _, err = run("generate", "thing.yaml", "--output-dir", "out", "--check")
        self.assertEqual(code, 3)
        self.assertIn("out/get_thing.hpp", err)

    def test_schema_error_exits_1_with_file_and_line(self) -> None:
        Path("thing.yaml").write_text(MINIMAL + "colour: red\n")
        code, _, err = run("generate", "thing.yaml", "--output-dir", "out")
        self.assertEqual(code, 1)
        self.assertEqual(err, "thing.yaml:14: colour: unknown key 'colour' (allowed: action, "
                              "summary, description, reference, versions, types, request, "
                              "response)\n")
        self.assertFalse(Path("out").exists())

    def test_usage_errors_exit_2(self) -> None:
        self.assertEqual(run("generate", "thing.yaml")[0], 2)  # no --output-dir
        self.assertEqual(run("frobnicate")[0], 2)
        code, _, err = run("generate", "thing.yaml", "--output-dir", "o", "--namespace", "a::new")
        self.assertEqual(code, 2)
        self.assertIn("'new' is a C++ keyword", err)

    def test_two_schemas_for_one_action(self) -> None:
        Path("again.yaml").write_text(MINIMAL)
        code, _, err = run("generate", "thing.yaml", "again.yaml", "--output-dir", "out")
        self.assertEqual(code, 1)
        self.assertIn("also defined by thing.yaml", err)

    def test_outputs_lists_header_names(self) -> None:
        code, out, _ = run("outputs", "thing.yaml")
        self.assertEqual((code, out), (0, "get_thing.hpp\n"))

    def test_checked_in_headers_are_fresh(self) -> None:
        with working_directory(REPO_DIR):
            schemas = sorted(str(p.relative_to(REPO_DIR)) for p in
                             (REPO_DIR / "schema" / "whmcs").glob("*.yaml"))
            code, _, err = run("generate", *schemas, "--output-dir", "include/whmcs/api",
                               "--check")
        self.assertEqual(code, 0, err)


if __name__ == "__main__":
    unittest.main()
