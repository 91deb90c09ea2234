"""Print the corpus figures for docs/classifier.md: precision/recall per category, with and without sampling.

    python -m tests.corpus.report
"""
from __future__ import annotations

import time

from auditor.lab.cluster import ThrowawayCluster, find_bindir
from auditor.collect.collector import collect
from auditor.analysis.context import Context
from auditor.model.policy import Policy
from auditor.analysis.sensitivity import sensitive_columns

from .generate import labels, load
from .measure import markdown, score


def main() -> None:
    cluster = ThrowawayCluster(find_bindir(prefer=15)).start()
    try:
        cluster.execute("CREATE DATABASE corpus")
        with cluster.connect("corpus") as conn:
            load(conn)
        truth = labels()
        parts = {"whole corpus": truth, "curated schemas": {k: v for k, v in truth.items() if k[0] != "wild"},
                 "`wild` schema": {k: v for k, v in truth.items() if k[0] == "wild"}}
        for sampling in (True, False):
            t0 = time.perf_counter()
            snap = collect(cluster.dsn("corpus"), Policy(sampling=sampling), databases=["corpus"])
            took = time.perf_counter() - t0
            predicted = {(c.schema, c.table, c.column): c.category for c in sensitive_columns(Context(snap, Policy()))}
            print(f"\n## sampling {'on' if sampling else 'off'} (collect {took:.1f} s)")
            for title, subset in parts.items():
                per, overall, mistakes = score(subset, predicted)
                print(f"\n### {title}\n\n{markdown(per, overall, len(subset))}")
                for key, label, got in mistakes:
                    print(f"- `{'.'.join(key)}`: labelled {label}, classified {got}")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
