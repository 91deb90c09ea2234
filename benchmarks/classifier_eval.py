"""Precision and recall of the classifier on the domain corpus: the tuning part (schemas d_*), the formerly
untouched part (schemas u_*, tuned on since the second round: docs/classifier.md) and the formerly blind part
(schemas b_*, public sample schemas written without reading the rules; measured blind once after the second round,
tuned on since the third), with sampling on and off. Reproducible: fixed seeds, a throwaway PostgreSQL 15 cluster.

    python -m benchmarks.classifier_eval                   # figures for all parts, mistakes of the tuning part only
    python -m benchmarks.classifier_eval --holdout-errors  # also list the u_* part's mistakes
    python -m benchmarks.classifier_eval --blind-errors    # also list the b_* part's mistakes
    python -m benchmarks.classifier_eval --NAME-blind      # also the blind part NAME (second, third, ...)
    python -m benchmarks.classifier_eval --NAME-blind-errors   # the same, and list that part's mistakes
    python -m benchmarks.classifier_eval --seventh-blind --by-schema   # and each part's figures per schema
    python -m benchmarks.classifier_eval --list            # the blind parts: name, schemas, tuned or untouched

The blind parts are listed in _BLIND_PARTS in the order they were written. Each was written and labelled by an
author who never read the rules, read blind (aggregate figures only) after the round or rounds that followed it, and
became tuning data from a later round on; docs/classifier.md records every reading and the round that first tuned on
each part. The parts in _UNTOUCHED are not tuning data yet: only their overall figures (and with --by-schema each
schema's) are printed, never their figures per category or their mistakes, so that nobody reads them while tuning.
"""
from __future__ import annotations

import sys

from auditor.analysis.context import Context
from auditor.analysis.sensitivity import sensitive_columns
from auditor.collect.collector import collect
from auditor.lab.cluster import ThrowawayCluster, find_bindir
from auditor.model.gaps import GAP_PREFIX
from auditor.model.policy import Policy
from tests.corpus.generate import BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11, BLIND12, BLIND13, BLIND14, BLIND15, BLIND16, BLIND17, BLIND18, BLIND19, BLIND20, BLIND21, BLIND22, BLIND23, BLIND24, BLIND25, BLIND26, BLIND27, BLIND28, BLIND29, BLIND30, BLIND31, BLIND32, BLIND33, BLIND34, BLIND35, BLIND36, BLIND37, BLIND38, BLIND39, BLIND40, BLIND41, BLIND42, BLIND43, BLIND44, BLIND45, BLIND46, BLIND47, BLIND48, BLIND49, BLIND50, BLIND51, HOLDOUT, TUNING, labels, load
from tests.corpus.measure import markdown, score


def predictions(cluster, sampling: bool) -> dict[tuple[str, str, str], str]:
    snap = collect(cluster.dsn("domains"), Policy(sampling=sampling), databases=["domains"])
    if sampling and (gaps := [g for g in snap.gaps if g.item.startswith(GAP_PREFIX)]):
        # a sampled run that read no values would print names-only figures as sampled ones (seen once, under load)
        raise SystemExit(f"sampling left {len(gaps)} gap(s), first: {gaps[0].item}: {gaps[0].missing} {gaps[0].detail}")
    return {(c.schema, c.table, c.column): c.category for c in sensitive_columns(Context(snap, Policy()))}


def per_schema(truth: dict[tuple[str, str, str], str], predicted: dict[tuple[str, str, str], str]) -> str:
    """Overall figures of each schema of a part: aggregate only, like the part's own (no mistake is named)."""
    lines = ["| schema | columns | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|"]
    for schema in sorted({k[0] for k in truth}):
        part = {k: v for k, v in truth.items() if k[0] == schema}
        _, o, _ = score(part, predicted)
        lines.append(f"| {schema} | {len(part)} | {o.tp} | {o.fp} | {o.fn} | {o.precision:.3f} | {o.recall:.3f} |")
    return "\n" + "\n".join(lines)


# The blind parts in the order they were written and are loaded: a part is loaded when it or a later one is asked
# for, so every part's generated values stay the same whichever parts a run asks for.
_BLIND_PARTS = [("second", BLIND2, "c"), ("third", BLIND3, "e"), ("fourth", BLIND4, "g"), ("fifth", BLIND5, "h"),
                ("sixth", BLIND6, "i"), ("seventh", BLIND7, "j"), ("eighth", BLIND8, "k"), ("ninth", BLIND9, "l"),
                ("tenth", BLIND10, "m"), ("eleventh", BLIND11, "n"),
                ("twelfth", BLIND12, "o"), ("thirteenth", BLIND13, "p"),
                ("fourteenth", BLIND14, "q"), ("fifteenth", BLIND15, "r"), ("sixteenth", BLIND16, "s"),
                ("seventeenth", BLIND17, "t"), ("eighteenth", BLIND18, "v"),
                ("nineteenth", BLIND19, "w"), ("twentieth", BLIND20, "x"),
                ("twenty-first", BLIND21, "y"), ("twenty-second", BLIND22, "z"),
                ("twenty-third", BLIND23, "f"), ("twenty-fourth", BLIND24, "a"),
                ("twenty-fifth", BLIND25, "aa"), ("twenty-sixth", BLIND26, "ab"),
                ("twenty-seventh", BLIND27, "ac"), ("twenty-eighth", BLIND28, "ad"),
                ("twenty-ninth", BLIND29, "ae"), ("thirtieth", BLIND30, "af"),
                ("thirty-first", BLIND31, "ag"), ("thirty-second", BLIND32, "ah"),
                ("thirty-third", BLIND33, "ai"), ("thirty-fourth", BLIND34, "aj"),
                ("thirty-fifth", BLIND35, "ak"), ("thirty-sixth", BLIND36, "al"),
                ("thirty-seventh", BLIND37, "am"), ("thirty-eighth", BLIND38, "an"),
                ("thirty-ninth", BLIND39, "ao"), ("fortieth", BLIND40, "ap"),
                ("forty-first", BLIND41, "aq"), ("forty-second", BLIND42, "ar"),
                ("forty-third", BLIND43, "as"), ("forty-fourth", BLIND44, "at"),
                ("forty-fifth", BLIND45, "au"), ("forty-sixth", BLIND46, "av"),
                ("forty-seventh", BLIND47, "aw"), ("forty-eighth", BLIND48, "ax"),
                ("forty-ninth", BLIND49, "ay"), ("fiftieth", BLIND50, "az"),
                ("fifty-first", BLIND51, "ba")]
_UNTOUCHED = ("fifty-first",)  # only their overall figures are printed
_PRINTED_WITH_LATER = 4         # the parts from the sixth on (hand-written values) print when a later one is asked


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for name, tables, prefix in _BLIND_PARTS:
            state = "untouched: aggregate figures only" if name in _UNTOUCHED else "tuning data: --" + name + "-blind-errors"
            print(f"--{name}-blind  {prefix}_*  {sum(len(t.cols) for t in tables)} columns  {state}")
        return
    asked = [f"--{name}-blind" in argv or f"--{name}-blind-errors" in argv for name, _, _ in _BLIND_PARTS]
    last = max((i for i, a in enumerate(asked) if a), default=-1)
    by_schema = "--by-schema" in argv
    cluster = ThrowawayCluster(find_bindir(prefer=15)).start()
    try:
        cluster.execute("CREATE DATABASE domains")
        with cluster.connect("domains") as conn:
            load(conn, TUNING + HOLDOUT + BLIND + [t for _, tables, _ in _BLIND_PARTS[:last + 1] for t in tables])
        # (title, tables, list its mistakes, untouched: its overall figures only)
        parts = [("tuning part (d_*)", TUNING, True, False),
                 ("formerly untouched part (u_*)", HOLDOUT, "--holdout-errors" in argv, False),
                 ("formerly blind part (b_*)", BLIND, "--blind-errors" in argv, False)]
        for i, (name, tables, prefix) in enumerate(_BLIND_PARTS):
            if asked[i] or (i >= _PRINTED_WITH_LATER and i < last):
                title, untouched = f"{name} blind part ({prefix}_*)", name in _UNTOUCHED
                parts.append((title if untouched else "formerly " + title, tables,
                              not untouched and f"--{name}-blind-errors" in argv, untouched))
        for sampling in (True, False):
            predicted = predictions(cluster, sampling)
            for title, tables, errors, untouched in parts:
                truth = labels(tables)
                per, overall, mistakes = score(truth, predicted)
                shown = {} if untouched else per
                print(f"\n## sampling {'on' if sampling else 'off'}: {title}\n\n{markdown(shown, overall, len(truth))}")
                if by_schema:
                    print(per_schema(truth, predicted))
                for key, label, got in mistakes if errors else ():
                    print(f"- `{'.'.join(key)}`: labelled {label}, classified {got}")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
