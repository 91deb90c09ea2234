"""Round 17, fitted to `r_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 17"), with the figures without them: a Portuguese
addiction-treatment team's words (the main substance, the route of administration, the age at first use, a
previous overdose, sharing injecting material, sex work, unprotected sex, the family doctor `medico_familia`) and
its table of court measures (`medidas_judiciais`: the measure, the crime, the case number NUIPC, the notes); a
South African HR system's `KnownAs` (the name a candidate goes by). terms.py, lexicon.py and records.py register them.
"""
from __future__ import annotations

CRIMINAL_TABLES: frozenset[tuple[str, str]] = frozenset({("medidas", "judiciais"), ("medida", "judicial")})
CRIMINAL_COLUMNS = frozenset({"medida", "nuipc", "observacoes"})
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("health", "strong"): ("substancia principal", "via administracao", "idade inicio consumo", "overdose previa",
                           "partilha material"),
    ("person_name", "strong"): ("medico familia", "medica familia"),
    ("person_name", "context"): ("known as",),
}
NUMERIC_HEALTH = ("idade inicio consumo",)
SPECIAL: dict[str, tuple[str, ...]] = {"sex_life": ("trabalho sexual", "relacoes desprotegidas")}
