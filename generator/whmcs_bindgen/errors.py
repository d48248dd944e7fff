"""The errors the generator reports.

Every failure is one of these typed exceptions; helpers raise them and only the
command-line handler in ``cli.py`` turns them into a message and an exit code.
"""

from __future__ import annotations


class BindgenError(Exception):
    """Base of every error whmcs_bindgen reports."""

    exit_code = 1


class SchemaError(BindgenError):
    """A schema file is unreadable, is not valid YAML or breaks a rule.

    ``str()`` gives ``file:line: field: message``, where ``field`` is the dotted
    path of the offending entry inside the schema (for example
    ``types.reply.fields.attachments.wrapper``).
    """

    exit_code = 1

    def __init__(self, path: str, line: int, field: str, message: str) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


class PageError(BindgenError):
    """A reference page given to ``import`` cannot be read or understood."""

    exit_code = 1

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


class UsageError(BindgenError):
    """The command line asks for something impossible (bad namespace, clashes), or
    names an input file that cannot be read (``diff``'s response)."""

    exit_code = 2


class StaleOutputError(BindgenError):
    """``--check`` found generated files that differ from a fresh run."""

    exit_code = 3

    def __init__(self, stale: list[str]) -> None:
        self.stale = stale
        super().__init__(
            "out of date (regenerate them): " + ", ".join(stale)
        )


class OutputError(BindgenError):
    """A generated file could not be written."""

    exit_code = 4
