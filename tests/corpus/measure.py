"""Precision and recall of the classifier on the labelled corpus, per category and overall (micro-averaged).

A column counts once: its predicted category (or "none") against its label. For a category c,
TP = predicted c and labelled c; FP = predicted c, labelled otherwise; FN = labelled c, predicted otherwise.
Overall figures sum TP/FP/FN over the sensitive categories ("none" is the negative class).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from auditor.analysis.sensitivity import CATEGORIES


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(labels: dict[tuple[str, str, str], str], predicted: dict[tuple[str, str, str], str]
          ) -> tuple[dict[str, Score], Score, list[tuple[tuple[str, str, str], str, str]]]:
    """(per-category scores, overall score, mistakes as (column, label, predicted))."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    mistakes = []
    for key, label in labels.items():
        got = predicted.get(key, "none")
        if got == label:
            if label != "none":
                tp[label] += 1
            continue
        mistakes.append((key, label, got))
        if got != "none":
            fp[got] += 1
        if label != "none":
            fn[label] += 1
    per = {c: Score(tp[c], fp[c], fn[c]) for c in CATEGORIES if tp[c] + fp[c] + fn[c]}
    overall = Score(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return per, overall, sorted(mistakes)


def markdown(per: dict[str, Score], overall: Score, columns: int) -> str:
    lines = ["| category | columns labelled | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|"]
    for cat, s in per.items():
        lines.append(f"| {cat} | {s.tp + s.fn} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} |")
    lines.append(f"| **overall** ({columns} columns) | {overall.tp + overall.fn} | {overall.tp} | {overall.fp} | "
                 f"{overall.fn} | **{overall.precision:.3f}** | **{overall.recall:.3f}** |")
    return "\n".join(lines)
