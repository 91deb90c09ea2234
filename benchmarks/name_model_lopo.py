"""Would a model learned from column names find what the rules miss? Leave one corpus part out and see.

    python -m benchmarks.classifier_eval --holdout-errors --blind-errors ... --sixteenth-blind-errors > errors.txt
    python -m benchmarks.name_model_lopo errors.txt [on|off]

For each hand-written part (i_* to s_*), a naive Bayes model over the words and letter n-grams of column names (with
the table's words and the column's type) is trained on every other part, and asked about the columns the rules left
as "none" in the held-out part; it reports a category where it is at least `theta` sure. The rules' own verdicts
come from errors.txt (a column it does not list was classified as labelled). It prints, per part and threshold,
the rules' precision / recall and the rules' with the model added, and the columns the model gained and the false
alarms it added. Not a test: docs/classifier.md ("What the blind parts say") records what it printed.
"""
from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict

from tests.corpus import generate as g
from tests.corpus.gens import Col, Table

PARTS = {"d": g.TUNING, "u": g.HOLDOUT, "b": g.BLIND, "c": g.BLIND2, "e": g.BLIND3, "g": g.BLIND4, "h": g.BLIND5,
         "i": g.BLIND6, "j": g.BLIND7, "k": g.BLIND8, "l": g.BLIND9, "m": g.BLIND10, "n": g.BLIND11, "o": g.BLIND12,
         "p": g.BLIND13, "q": g.BLIND14, "r": g.BLIND15, "s": g.BLIND16}
HELD_OUT = "ijklmnopqrs"          # the parts with hand-written values
THETAS = (0.9, 0.999, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12)


def rule_mistakes(path: str, sampling: str) -> dict[tuple[str, str, str], str]:
    """(schema, table, column) -> what the rules said, for the columns classifier_eval listed as mistakes."""
    wrong, section = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("## sampling "):
            section = line.split()[2].rstrip(":")
        m = re.match(r"- `([^`]*)`: labelled (\S+), classified (\S+)", line)
        if m and section == sampling:
            schema, table, column = m[1].split(".", 2)
            wrong[(schema, table, column)] = m[3]
    return wrong


def words(name: str) -> list[str]:
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", folded).lower()
    return [w for w in re.split(r"[^a-z0-9]+|(?<=[a-z])(?=[0-9])", spaced) if w]


def features(t: Table, c: Col) -> set[str]:
    ws = words(c.name)
    glued = "_" + "".join(ws) + "_"
    grams = {"g:" + glued[i:i + n] for n in (3, 4, 5) for i in range(len(glued) - n + 1)}
    return {"w:" + w for w in ws} | grams | {"t:" + w for w in words(t.name)} | {
        "ty:" + c.type.split()[0].lower().split("(")[0]}


class NaiveBayes:
    def __init__(self, tables: list[Table]) -> None:
        self.classes, self.counts, self.totals, vocab = Counter(), defaultdict(Counter), Counter(), set()
        for t in tables:
            for c in t.cols:
                self.classes[c.label] += 1
                for x in features(t, c):
                    self.counts[c.label][x] += 1
                    self.totals[c.label] += 1
                    vocab.add(x)
        self.vocab = len(vocab)

    def predict(self, t: Table, c: Col) -> tuple[str, float]:
        n, xs = sum(self.classes.values()), features(t, c)
        logp = {y: math.log(k / n) + sum(math.log((self.counts[y][x] + 0.5) / (self.totals[y] + 0.5 * self.vocab))
                                         for x in xs) for y, k in self.classes.items()}
        top = max(logp.values())
        best = max(logp, key=lambda y: logp[y])
        return best, 1 / sum(math.exp(v - top) for v in logp.values())


def tally(into: Counter, label: str, got: str) -> None:
    if got == label:
        into["tp"] += label != "none"
        return
    into["fp"] += got != "none"
    into["fn"] += label != "none"


def main(argv: list[str]) -> None:
    wrong = rule_mistakes(argv[0], argv[1] if len(argv) > 1 else "on")
    guesses = {}
    for part in HELD_OUT:
        model = NaiveBayes([t for p, tables in PARTS.items() if p != part for t in tables])
        guesses[part] = [(c.label, wrong.get((t.schema, t.name, c.name), c.label), model.predict(t, c))
                         for t in PARTS[part] for c in t.cols]
    for theta in THETAS:
        print(f"\ntheta {theta:.12g}")
        for part in HELD_OUT:
            rules, both = Counter(), Counter()
            for label, said, (guess, sure) in guesses[part]:
                tally(rules, label, said)
                tally(both, label, guess if said == "none" and guess != "none" and sure >= theta else said)
            pr = lambda k: f"{k['tp'] / (k['tp'] + k['fp']):.3f} / {k['tp'] / (k['tp'] + k['fn']):.3f}"  # noqa: E731
            print(f"  {part}_*: rules {pr(rules)}, with the model {pr(both)} "
                  f"({both['tp'] - rules['tp']:+d} found, {both['fp'] - rules['fp']:+d} false alarms)")


if __name__ == "__main__":
    main(sys.argv[1:])
