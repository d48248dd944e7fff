#!/usr/bin/env python3
"""Times `CXX <flags> -c` of translation units, several runs each, and reports the medians.

    compile_time.py [--runs N] [--cxx g++] [--output out.json] TU.cpp... -- <compiler flags>

Runs alternate between the units (a, b, a, b, ...) so that load from other work on a
shared machine falls on all of them alike. The first unit is the one under test; the
output gives each unit's median and spread, and each median as a ratio to the last
unit's (the baseline). Standard library only.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time


def time_once(cxx: str, flags: list[str], source: pathlib.Path, out_dir: pathlib.Path) -> float:
    command = [cxx, *flags, "-c", str(source), "-o", str(out_dir / (source.stem + ".o"))]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    if "--" in argv:
        split = argv.index("--")
        argv, flags = argv[:split], argv[split + 1:]
    else:
        flags = ["-std=c++17", "-O2"]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cxx", default="g++")
    parser.add_argument("--output", type=pathlib.Path)
    args = parser.parse_args(argv)

    times: dict[str, list[float]] = {s.name: [] for s in args.sources}
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = pathlib.Path(tmp)
        for source in args.sources:  # warm the file cache; not counted
            time_once(args.cxx, flags, source, out_dir)
        for _ in range(args.runs):
            for source in args.sources:
                times[source.name].append(time_once(args.cxx, flags, source, out_dir))

    baseline = statistics.median(times[args.sources[-1].name])
    report = {"compiler": args.cxx, "flags": flags, "runs": args.runs, "units": {}}
    print(f"compile time, {args.runs} runs each: {args.cxx} {' '.join(flags)} -c")
    for source in args.sources:
        runs = times[source.name]
        median = statistics.median(runs)
        report["units"][source.name] = {
            "median_s": median, "min_s": min(runs), "max_s": max(runs), "runs_s": runs,
            "ratio_to_baseline": median / baseline,
        }
        print(f"  {source.name:24} median {median:6.2f} s  (min {min(runs):.2f}, max {max(runs):.2f})"
              f"  x{median / baseline:.2f} of {args.sources[-1].name}")
    if args.output:
        args.output.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
