#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/ from the test fixtures and the
JSON written into the C++ tests, plus a few hand-made inputs per target.

    python3 fuzz/make_corpus.py        # from the repository root

Files are named by the SHA-1 of their content, as libFuzzer names the inputs
it keeps, so rerunning the script only adds files.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"

# R"(...)" literals that hold a JSON object or array.
RAW_JSON = re.compile(r'R"\(([\[{].*?)\)"', re.S)


def write(target: str, data: bytes) -> None:
    directory = CORPUS / target
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def raw_json_literals(paths: list[Path]) -> list[str]:
    found: list[str] = []
    for path in paths:
        found.extend(RAW_JSON.findall(path.read_text(encoding="utf-8")))
    return found


def fixtures() -> list[bytes]:
    return [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures").glob("*.json"))]


def every_kind_documents() -> list[str]:
    leaf = {"id": "7", "name": "x", "on": "1"}
    full = {
        "text": "hello", "id": 1, "i8": "-128", "i16": 32767, "i32": "-2147483648", "i64": "7858259149",
        "u8": 255, "u16": "65535", "u32": 4294967295, "u64": "18446744073709551615",
        "amount": "15.95", "flag": "yes", "day": "2016-01-01", "moment": "2016-01-01 06:26:29",
        "sort": "ASC", "hue": "green", "child": leaf,
        "items": {"item": [leaf, leaf]}, "bare": [leaf], "files": [[]],
        "words": ["a", 1, "b"], "numbers": ["1", 2], "grid": [[1, "2"], []],
        "labels": {"a": "b", "c": 1}, "leaves": {"k": leaf}, "a/b~c": "s",
    }
    shapes = [
        full,
        {"text": "", "id": "0", "items": [], "bare": {}, "labels": [], "leaves": "", "files": ""},
        {"text": 1.5, "id": -1, "items": {"item": {"0": leaf, "1": leaf}}, "bare": leaf},
        {"text": "t", "id": 1, "items": {"item": leaf}, "amount": 1e3, "moment": "0000-00-00 00:00:00",
         "day": "0000-00-00", "flag": "", "child": None},
        {"text": "t", "id": 1, "items": {"0": leaf}, "bare": {"0": leaf, "1": leaf}, "unknown": {"x": [1, {}]}},
    ]
    return [json.dumps(s) for s in shapes]


def decode_response_documents() -> list[str]:
    return [
        '{"result":"error","message":"Ticket ID Not Found"}',
        '{"status":"error","message":"Domain not found"}',
        '{"result":"success","warning":["a","b"],"ticketid":1}',
        "result=success;ticketid=1;",
        "<!DOCTYPE html><html><title>Security Warning</title>",
    ]


def form_inputs() -> list[bytes]:
    rng = random.Random(6)
    special = b"&=%+[] ;#?\x00\xc3\xa9\xff\xed\xa0\x80actionsecret"
    out = []
    for size in (8, 32, 64, 128, 256, 512):
        out.append(bytes(rng.choice(special) if rng.random() < 0.5 else rng.randrange(256) for _ in range(size)))
    out.append(b"1&action=DeleteTicket&secret=x" * 4)
    return out


def main() -> None:
    tests = sorted((ROOT / "tests" / "runtime").glob("*.cpp")) + sorted((ROOT / "tests" / "client").glob("*.cpp"))
    literals = raw_json_literals(tests)
    for data in fixtures():
        write("decode_response", data)
        write("decode_every_kind", data)
    for text in literals:
        write("decode_response", text.encode())
        write("decode_every_kind", text.encode())
    for text in every_kind_documents():
        write("decode_every_kind", text.encode())
    for text in decode_response_documents():
        write("decode_response", text.encode())
    for data in form_inputs():
        write("form_encode", data)


if __name__ == "__main__":
    main()
