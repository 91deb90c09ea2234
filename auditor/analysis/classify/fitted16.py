"""Round 16, fitted to `q_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 16"), with the figures without them: an Argentine payslip's
health-insurance contribution (`aporte_obra_social`: an obra social is a health fund, not the payslip's company);
an Argentine criminal-record certificate's table (`antecedentes_penales`: its result, the cases on record, the court).
"""
from __future__ import annotations

# Word pairs whose `social` names no company (people_columns.py): an Argentine obra social is a health fund.
NOT_COMPANY: frozenset[tuple[str, str]] = frozenset({("obra", "social")})
# A criminal-record certificate's table (records.py), and what it says about the person.
CRIMINAL_TABLES: frozenset[tuple[str, str]] = frozenset({("antecedentes", "penales")})
CRIMINAL_COLUMNS = frozenset({"resultado", "causa", "causas", "juzgado"})
