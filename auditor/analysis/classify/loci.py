"""Round 23: a forensic DNA profile's short tandem repeat loci, named as the standards name them (the FBI's 20 CODIS
core loci, the European Standard Set, the kits' Penta D/E and SE33). Each column of such a profile is a person's
genotype at that locus (`15,16`), genetic data; the names alone are short and ambiguous (a basketball box score's
`FGA`, a threshold `th01`), so they count only where a table has three loci or more (conventions.spelled)."""
from __future__ import annotations

STR_LOCI = frozenset("""d3s1358 vwa d16s539 csf1po tpox d8s1179 d21s11 d18s51 d2s441 d19s433 th01 fga d22s1045
d5s818 d13s317 d7s820 d10s1248 d1s1656 d12s391 d2s1338 se33 pentad pentae d6s1043""".split())
TAG = "str_locus_"       # read as `str locus`: terms.DNA_PROFILE


def _locus(column: str) -> bool:
    return column.lower().replace("_", "").replace(" ", "") in STR_LOCI


def spelled(columns: tuple[str, ...]) -> tuple[str, ...]:
    """`d8s1179` -> `str_locus_d8s1179` when three columns or more of the table are STR loci; else `columns`."""
    if sum(map(_locus, columns)) < 3:
        return columns
    return tuple(TAG + c if _locus(c) else c for c in columns)
