"""Where evaluation time goes, from a snapshot file: each derived view (role graph, privileges, sensitivity
classification, entity inference, ...) and each check, timed on its own (a check's time excludes the derived
views it was first to ask for).

    python -m auditor collect DSN --no-sample -o snap.json
    python benchmarks/evaluate_profile.py snap.json [N]      # the N slowest of each (default 15)

Not a test: timings depend on the machine. Run it on a quiet machine, with the CLI's GC thresholds (set below).
"""
from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.analysis import context as context_module
from auditor.collect.serialize import read_snapshot
from auditor.engine.evaluate import SECTIONS, run_check
from auditor.engine.registry import load_checks
from auditor.model.policy import Policy


def main(argv: list[str]) -> None:
    gc.set_threshold(500_000, 50, 50)           # as auditor.cli.main does
    snap = read_snapshot(Path(argv[0]))
    top = int(argv[1]) if len(argv) > 1 else 15
    derived: dict[str, float] = {}
    stack: list[float] = []
    plain = context_module.Context.derive

    def timed(self, fn):           # a derived view's own time, without the views it asks for in turn
        if fn in self._derived:
            return self._derived[fn]
        start = time.perf_counter()
        stack.append(0.0)
        value = plain(self, fn)
        spent, inner = time.perf_counter() - start, stack.pop()
        derived[f"{fn.__module__}.{fn.__qualname__}"] = spent - inner
        if stack:
            stack[-1] += spent
        return value

    context_module.Context.derive = timed   # type: ignore[method-assign]
    checks = load_checks()
    ctx = context_module.Context(snap, Policy())
    own: dict[str, float] = {}
    t0 = time.perf_counter()
    runs = [(c.id, lambda c=c: run_check(c, ctx)) for c in checks.values()]
    runs += [(key, lambda build=build: build(ctx)) for _, key, build in SECTIONS]
    for name, run in runs:
        start = time.perf_counter()
        stack.append(0.0)
        run()
        own[name] = time.perf_counter() - start - stack.pop()
    print(f"evaluate {time.perf_counter() - t0:.3f} s: derived views {sum(derived.values()):.3f} s, "
          f"checks and sections {sum(own.values()):.3f} s")
    for title, times in (("derived views", derived), ("checks and sections", own)):
        print(f"\n{title}:")
        for name, spent in sorted(times.items(), key=lambda kv: -kv[1])[:top]:
            print(f"  {spent:6.3f} s  {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
