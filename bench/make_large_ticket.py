#!/usr/bin/env python3
"""Writes the benchmark's large GetTicket response, byte for byte the same on every run.

A ticket with 2,000 replies (about 3 MB of compact JSON, as a WHMCS server sends it):
ids and numbers as strings, messages of 50-2,000 characters with `\\r\\n` line breaks,
`\\uXXXX` escapes (PHP's `json_encode` escapes `<`, `>`, `&`, `'`, `"` and non-ASCII
that way), `\\/`, raw non-ASCII UTF-8, half the replies with attachments and the
other half with PHP's `[[]]`. Only the standard library; a private generator
(xorshift64*) keeps the output independent of the Python version.

    python3 make_large_ticket.py OUTPUT [--replies N]
"""

from __future__ import annotations

import argparse
import pathlib
import sys

WORDS = (
    "the", "server", "ticket", "invoice", "domain", "renewal", "please", "thanks",
    "hosting", "account", "password", "reset", "email", "billing", "cPanel", "DNS",
    "record", "propagation", "SSL", "certificate", "upgrade", "downtime", "backup",
    "restore", "we", "have", "checked", "your", "request", "and", "it", "is", "now",
    "resolved", "regards", "hello", "again", "support", "team", "order", "payment",
)
# Words with non-ASCII letters: Latin-1, Greek, CJK, and one outside the BMP
# (a surrogate pair when escaped).
UNICODE_WORDS = ("Grüße", "naïve", "façade", "Ελληνικά", "日本語", "Привет", "€15.95", "👍")
# Text PHP escapes as \uXXXX (JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT).
MARKUP = ("<b>", "</b>", "a & b", "'quoted'", '"double"', "https://example.com/x/y")


class Rng:
    """xorshift64*: small, fast, and the same everywhere."""

    def __init__(self, seed: int) -> None:
        self.state = seed or 1

    def next(self) -> int:
        x = self.state
        x ^= (x >> 12) & 0xFFFFFFFFFFFFFFFF
        x ^= (x << 25) & 0xFFFFFFFFFFFFFFFF
        x ^= (x >> 27) & 0xFFFFFFFFFFFFFFFF
        self.state = x & 0xFFFFFFFFFFFFFFFF
        return (self.state * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF

    def below(self, n: int) -> int:
        return (self.next() >> 11) % n

    def between(self, low: int, high: int) -> int:
        return low + self.below(high - low + 1)

    def choice(self, items: tuple[str, ...]) -> str:
        return items[self.below(len(items))]


def encode_string(text: str, rng: Rng) -> str:
    """A JSON string literal as PHP writes it; non-ASCII raw or escaped at random."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in "<>&'\"":
            out.append("\\u%04X" % code if ch != '"' or rng.below(2) else '\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "/":
            out.append("\\/")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\n":
            out.append("\\n")
        elif code < 0x20:
            out.append("\\u%04x" % code)
        elif code < 0x80:
            out.append(ch)
        elif rng.below(2):
            out.append(ch)  # raw UTF-8 (JSON_UNESCAPED_UNICODE)
        elif code > 0xFFFF:
            code -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
        else:
            out.append("\\u%04x" % code)
    out.append('"')
    return "".join(out)


def message(rng: Rng, length: int) -> str:
    """About `length` characters of ticket text."""
    parts: list[str] = []
    size = 0
    while size < length:
        roll = rng.below(100)
        if roll < 8:
            piece = "\r\n\r\n" if roll < 3 else "\r\n"
        elif roll < 14:
            piece = rng.choice(UNICODE_WORDS) + " "
        elif roll < 17:
            piece = rng.choice(MARKUP) + " "
        else:
            piece = rng.choice(WORDS) + " "
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:length]


def datetime_text(second: int) -> str:
    """`Y-m-d H:i:s`, `second` seconds after 2016-01-01 00:00:00 (within 2016)."""
    days_in_month = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    day, rest = divmod(second, 86400)
    month = 0
    while day >= days_in_month[month]:
        day -= days_in_month[month]
        month += 1
    return "2016-%02d-%02d %02d:%02d:%02d" % (month + 1, day + 1, rest // 3600, rest // 60 % 60, rest % 60)


class Raw(str):
    """JSON text inserted as is."""


def obj(rng: Rng, fields: list[tuple[str, object]]) -> str:
    items = []
    for key, value in fields:
        if isinstance(value, Raw):
            rendered = str(value)
        elif isinstance(value, bool):
            rendered = "true" if value else "false"
        else:
            assert isinstance(value, str)
            rendered = encode_string(value, rng)
        items.append('"%s":%s' % (key, rendered))
    return "{" + ",".join(items) + "}"


def attachments(rng: Rng, count: int, stem: str) -> tuple[str, Raw]:
    names = ["%s_%d.%s" % (stem, i, rng.choice(("png", "pdf", "txt", "log"))) for i in range(count)]
    stored = "|".join("%06d_%s" % (rng.below(1000000), n) for n in names)
    listed = "[" + ",".join(obj(rng, [("filename", n), ("index", Raw(str(i)))]) for i, n in enumerate(names)) + "]"
    return stored, Raw(listed)


def build(replies: int) -> str:
    rng = Rng(0x5EED_2016_0101)
    seconds = 6 * 3600 + 26 * 60 + 29
    client, client_email = "Cynthia Reilly", "cynthia.reilly@example.com"
    reply_texts = []
    for i in range(replies):
        seconds += rng.between(30, 3600)
        by_staff = i > 0 and rng.below(2) == 1
        fields: list[tuple[str, object]] = [
            ("replyid", str(i)),
            ("userid", "1"),
            ("contactid", "0"),
            ("name", "" if by_staff else client),
            ("email", "" if by_staff else client_email),
            ("requestor_name", "Demo Admin" if by_staff else client),
            ("requestor_email", "" if by_staff else client_email),
            ("requestor_type", "Operator" if by_staff else "Owner"),
            ("date", datetime_text(seconds)),
            ("message", message(rng, rng.between(50, 2000))),
        ]
        if i % 2 == 0:
            stored, listed = attachments(rng, rng.between(1, 3), "reply%d" % i)
            fields += [("attachment", stored), ("attachments", listed), ("attachments_removed", rng.below(4) == 0)]
        else:
            fields += [("attachment", ""), ("attachments", Raw("[[]]")), ("attachments_removed", False)]
        fields.append(("admin", "Demo Admin" if by_staff else ""))
        if i > 0:
            fields.append(("rating", str(rng.below(6))))
        reply_texts.append(obj(rng, fields))

    note_texts = []
    for i in range(20):
        fields = [
            ("noteid", str(i + 1)),
            ("date", datetime_text(6 * 3600 + 26 * 60 + 42 + i * 600)),
            ("message", message(rng, rng.between(50, 400))),
        ]
        if i % 4 == 0:
            stored, listed = attachments(rng, 1, "note%d" % i)
            fields += [("attachment", stored), ("attachments", listed), ("attachments_removed", False)]
        else:
            fields += [("attachment", ""), ("attachments", Raw("[[]]")), ("attachments_removed", False)]
        fields.append(("admin", "Demo Admin"))
        note_texts.append(obj(rng, fields))

    top: list[tuple[str, object]] = [
        ("result", "success"), ("ticketid", "4242"), ("tid", "516757"), ("c", "KPqH7yG3"),
        ("deptid", "1"), ("deptname", "Sample Support Department"), ("userid", "1"),
        ("contactid", "0"), ("name", client), ("email", client_email), ("cc", ""),
        ("date", "2016-01-01 06:26:29"), ("subject", "A long ticket: the benchmark's large input"),
        ("status", "Customer-Reply"), ("priority", "Medium"), ("admin", ""),
        ("lastreply", datetime_text(seconds)), ("flag", "0"), ("service", "S17"),
        ("replies", Raw('{"reply":[' + ",".join(reply_texts) + "]}")),
        ("notes", Raw('{"note":[' + ",".join(note_texts) + "]}")),
    ]
    return obj(rng, top) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=pathlib.Path)
    parser.add_argument("--replies", type=int, default=2000)
    args = parser.parse_args(argv)
    data = build(args.replies).encode("utf-8")
    # Write only on change, so builds that depend on the file stay up to date.
    if not args.output.exists() or args.output.read_bytes() != data:
        args.output.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
