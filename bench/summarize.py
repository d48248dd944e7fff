#!/usr/bin/env python3
"""Prints the ratio tables and the target checks from a whmcs_bench JSON result.

    summarize.py results.json [--compile-time compile_time.json] [--markdown]

Times are per-repetition CPU times (--benchmark_repetitions); a variant's time is
their median and its spread the range (max - min) as a percentage of the median.
Ratios are of medians from the same run. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys
from dataclasses import dataclass

FLOORS = ("floor", "floor_insitu", "floor_validating", "document_parse")
DECODERS = ("whmcs", "hand_dom", "boost_json", "nlohmann")
ENCODERS = ("whmcs", "hand_writer", "hand_writer_validating")
UNIT_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}


@dataclass
class Result:
    median_ns: float
    spread: float  # (max - min) / median
    mb_per_s: float
    runs: int
    counters: dict[str, float]


def load(path: pathlib.Path) -> tuple[dict, dict[str, Result]]:
    data = json.loads(path.read_text())
    runs: dict[str, list[dict]] = {}
    for b in data["benchmarks"]:
        if b.get("run_type", "iteration") != "iteration":
            continue
        runs.setdefault(b.get("run_name", b["name"]), []).append(b)
    results = {}
    for name, items in runs.items():
        times = [b["cpu_time"] * UNIT_NS[b.get("time_unit", "ns")] for b in items]
        median = statistics.median(times)
        rates = [b.get("bytes_per_second", 0.0) for b in items]
        counters = {k: items[0][k] for k in ("allocs", "peak_bytes", "peak_per_input", "result_bytes") if k in items[0]}
        results[name] = Result(median, (max(times) - min(times)) / median, statistics.median(rates) / 1e6,
                               len(items), counters)
    return data.get("context", {}), results


def fmt_time(ns: float) -> str:
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


def table(headers: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---:" if i else "---" for i in range(len(headers))) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    out = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))]
    out += ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=pathlib.Path)
    parser.add_argument("--compile-time", type=pathlib.Path)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args(argv)
    context, results = load(args.results)
    md = args.markdown

    load_avg = " ".join(f"{x:.2f}" for x in context.get("load_avg", [])) or "?"
    print(f"run: {context.get('date', '?')}, host {context.get('host_name', '?')}, "
          f"{context.get('num_cpus', '?')} CPUs, load average {load_avg}, "
          f"library build {context.get('library_build_type', '?')}")
    checks: list[tuple[str, bool, str]] = []

    for input_name in ("small", "large"):
        get = lambda v: results.get(f"decode/{input_name}/{v}")  # noqa: E731
        floor, insitu, hand = get("floor"), get("floor_insitu"), get("hand_dom")
        rows = []
        for v in FLOORS + DECODERS:
            r = get(v)
            if not r:
                continue
            rows.append([
                v, f"{r.mb_per_s:.0f}", fmt_time(r.median_ns), f"±{r.spread * 50:.1f}%",
                f"{r.median_ns / floor.median_ns:.2f}" if floor else "-",
                f"{r.median_ns / insitu.median_ns:.2f}" if insitu else "-",
                f"{r.median_ns / hand.median_ns:.2f}" if hand else "-",
                f"{r.counters.get('allocs', 0):.0f}",
                f"{r.counters.get('peak_per_input', 0):.2f}",
            ])
        n = next(iter(results.values())).runs if results else 0
        print(f"\ndecode, {input_name} input (median of {n} repetitions; time relative to each baseline, lower is faster)")
        print(table(["variant", "MB/s", "time", "spread", "x floor", "x in-situ", "x hand_dom", "allocs", "peak/input"],
                    rows, md))

        ours = get("whmcs")
        if ours and hand:
            checks.append((f"{input_name}: whmcs faster than hand_dom", ours.median_ns < hand.median_ns,
                           f"x{hand.median_ns / ours.median_ns:.2f} as fast"))
        for other, need in (("boost_json", 3.0), ("nlohmann", 8.0)):
            r = get(other)
            if ours and r:
                speedup = r.median_ns / ours.median_ns
                checks.append((f"{input_name}: whmcs >= {need:g}x {other}", speedup >= need, f"x{speedup:.2f}"))
        if ours and insitu:
            ratio = ours.median_ns / insitu.median_ns
            checks.append((f"{input_name}: whmcs within 2x of the in-situ floor", ratio <= 2.0, f"x{ratio:.2f}"))
        if ours and floor:
            ratio = ours.median_ns / floor.median_ns
            checks.append((f"{input_name}: whmcs near 1.1x the floor (aim)", ratio <= 1.1, f"x{ratio:.2f}"))
        if input_name == "large" and ours:
            peak = ours.counters.get("peak_per_input", 0.0)
            checks.append(("large: whmcs peak extra memory <= 1.5x input", peak <= 1.5, f"x{peak:.2f}"))

    for input_name in ("small", "large"):
        base = results.get(f"encode/{input_name}/hand_writer")
        rows = []
        for v in ENCODERS:
            r = results.get(f"encode/{input_name}/{v}")
            if r:
                rows.append([v, f"{r.mb_per_s:.0f}", fmt_time(r.median_ns), f"±{r.spread * 50:.1f}%",
                             f"{r.median_ns / base.median_ns:.2f}" if base else "-",
                             f"{r.counters.get('allocs', 0):.0f}"])
        if rows:
            print(f"\nencode, {input_name} input (MB/s of JSON written; time relative to hand_writer)")
            print(table(["variant", "MB/s", "time", "spread", "x hand_writer", "allocs"], rows, md))

    if args.compile_time and args.compile_time.exists():
        ct = json.loads(args.compile_time.read_text())
        units = ct["units"]
        print(f"\ncompile time ({ct['compiler']} -O2 -c, median of {ct['runs']} runs)")
        rows = [[u, f"{d['median_s']:.2f} s", f"{d['min_s']:.2f}-{d['max_s']:.2f} s", f"{d['ratio_to_baseline']:.2f}"]
                for u, d in units.items()]
        print(table(["unit", "median", "range", "x hand_dom"], rows, md))
        ours = units.get("decode_whmcs.cpp")
        if ours:
            r = ours["ratio_to_baseline"]
            checks.append(("compile time of a decoding TU <= 1.2x hand_dom's", r <= 1.2, f"x{r:.2f}"))

    print("\ntargets")
    for what, ok, detail in checks:
        print(f"  {'met   ' if ok else 'MISSED'}  {what}: {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
