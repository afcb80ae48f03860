"""Load time of a Swagger 2.0 document with and without its conversion to OpenAPI 3.0.

    .venv/bin/python benchmarks/swagger2_load.py            # the 1 MB AWS EC2 description (241 operations)
    .venv/bin/python benchmarks/swagger2_load.py --spec path/to/swagger.json --runs 9

"With conversion" loads the 2.0 document as written: read, convert, build the model. "Without"
loads the OpenAPI 3.0 document the conversion produced, written to a file beforehand: read and
build the model. Both skip openapi-spec-validator (cached by content, and run beside rendering)
and read parsed files from a warm parse cache of their own, as a second run of the generator does.
Prints the median of each phase over the runs, and the conversion's share of the load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_SPEC = REPO.parent / "shared" / "corpus" / "aws-ec2-2016-apisguru" / "2016-11-15.json"


def _converted_copy(spec: Path, directory: Path) -> Path:
    from generator.diagnostics import Diagnostics
    from generator.load.refs import SpecSet
    from generator.load.swagger2 import convert_swagger

    specs = SpecSet(spec, Diagnostics())
    convert_swagger(specs)
    root = specs.root()
    assert root is not None
    target = directory / (spec.stem + ".openapi3.json")
    target.write_text(json.dumps(root.value), encoding="utf-8")
    return target


def _phases(spec: Path, runs: int) -> dict[str, float]:
    from generator.spec_to_api import load_api

    load_api(spec, "bench", validate=False)  # fills the parse cache
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        loaded = load_api(spec, "bench", validate=False)
        assert loaded.api is not None, [d.render() for d in loaded.diagnostics][:5]
        for phase, seconds in loaded.timings.items():
            samples.setdefault(phase, []).append(seconds)
        samples.setdefault("total", []).append(sum(loaded.timings.values()))
    return {phase: statistics.median(values) for phase, values in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="a Swagger 2.0 document (default: the AWS EC2 one of the corpus)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.spec.is_file():
        sys.stderr.write(f"{args.spec} is absent: pass --spec with a Swagger 2.0 document\n")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["UTDK_CACHE_DIR"] = str(Path(tmp) / "cache")
        openapi3 = _converted_copy(args.spec, Path(tmp))
        with_conversion = _phases(args.spec, args.runs)
        without = _phases(openapi3, args.runs)
        size_2, size_3 = args.spec.stat().st_size, openapi3.stat().st_size
    print(f"{args.spec.name}: {size_2 / 1e6:.2f} MB Swagger 2.0 ({size_3 / 1e6:.2f} MB as OpenAPI 3.0), median of {args.runs} runs")
    print(f"{'phase':<10}{'2.0, converted':>16}{'3.0 as written':>16}")
    for phase in ("read", "convert", "model", "total"):
        a, b = with_conversion.get(phase), without.get(phase)
        print(f"{phase:<10}{'' if a is None else f'{a * 1000:.1f} ms':>16}{'' if b is None else f'{b * 1000:.1f} ms':>16}")
    share = with_conversion["convert"] / with_conversion["total"]
    print(f"conversion: {with_conversion['convert'] * 1000:.1f} ms, {share:.0%} of loading the 2.0 document; "
          f"load with conversion {with_conversion['total'] / without['total']:.2f}x the load without")
    return 0


if __name__ == "__main__":
    sys.exit(main())
