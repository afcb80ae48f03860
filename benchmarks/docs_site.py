"""Docs target alone on one spec (default: the full Plaid spec): render time, page count and size.

    .venv/bin/python benchmarks/docs_site.py [--spec PATH] [--name plaid] [--repeat 3]

Loads the spec once, then times the docs target's emit (view building and template rendering,
no formatting and no writing) and prints the pages per folder and their total size. Figures
vary with machine load: compare runs made on the same machine at the same time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO.parent / "shared" / "specs" / "plaid" / "openapi.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--name", default="plaid")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from generator.config import ProviderConfig, target_options
    from generator.context import ApiContext
    from generator.markdown import plain_text, render_markdown
    from generator.spec_to_api import load_api
    from generator.targets.docs import emit

    api = load_api(args.spec, args.name, validate=False).api
    if api is None:
        raise SystemExit(f"{args.spec}: cannot be read")
    options = target_options(ProviderConfig(args.name, args.spec), api.version, api.docs_url)
    times, cpu_times = [], []
    files = []
    for _ in range(args.repeat):
        # as in one run of the generator: a fresh context (no example or plan reused) and no
        # description rendered yet
        render_markdown.cache_clear()
        plain_text.cache_clear()
        start, cpu_start = time.perf_counter(), time.process_time()
        files = emit(ApiContext(api, options))
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
    pages = [f for f in files if f.path.endswith(".html")]
    folders = Counter(f.path.rsplit("/", 1)[0] if "/" in f.path else "." for f in pages)
    total = sum(len(f.content) for f in files)
    largest = max(pages, key=lambda f: len(f.content))
    print(f"spec: {args.spec} ({len(api.operations)} operations, {len(api.schemas)} schemas)")
    print(f"docs render: {statistics.median(times):.2f} s, CPU {statistics.median(cpu_times):.2f} s (median of {len(times)})")
    print(f"pages: {len(pages)} (" + ", ".join(f"{folder}/: {count}" for folder, count in sorted(folders.items())) + ")")
    print(f"size: {total / 1e6:.1f} MB in {len(files)} files; largest page {largest.path} {len(largest.content) / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
