"""Round 16, fitted to `q_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 16"), with the figures without them: an Argentine payslip's
health-insurance contribution (`aporte_obra_social`: an obra social is a health fund, not the payslip's company);
an Argentine criminal-record certificate's table (`antecedentes_penales`: its result, the cases on record, the court);
a Norwegian physiotherapy system's words (`allergier`, `royker`, `gravid`, `tidligere_operasjoner`, the sick-leave
percentage, the pain score `smerte_nrs`, the referral's texts, the Health Personnel Register number `hpr_nummer`);
an Argentine security company's (visual acuity, the fitness verdict `apto`, the firearms credential `clu_anmac`, the
union UPSRA, a doctor's licence `matricula`, the CUIL and CBU by name); Request Tracker's `FreeformContactInfo`. terms.py registers them.
"""
from __future__ import annotations

# Word pairs whose `social` names no company (people_columns.py): an Argentine obra social is a health fund.
NOT_COMPANY: frozenset[tuple[str, str]] = frozenset({("obra", "social")})
# A criminal-record certificate's table (records.py), and what it says about the person.
CRIMINAL_TABLES: frozenset[tuple[str, str]] = frozenset({("antecedentes", "penales")})
CRIMINAL_COLUMNS = frozenset({"resultado", "causa", "causas", "juzgado"})
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("health", "strong"): ("allergier", "gravid", "royker", "tidligere operasjoner", "sykmeldt prosent", "smerte",
                           "smerte nrs", "diagnosetekst", "henvisningstekst", "agudeza visual"),
    ("health", "context"): ("tiltak", "apto"),          # a note's measures, a fitness verdict: in a clinical event only
    ("national_id", "strong"): ("hpr nummer", "henviser hpr", "clu anmac", "cuil"),
    ("bank_account", "strong"): ("cbu", "cbu destino"),
    ("free_text_may_contain_pii", "strong"): ("freeformcontactinfo",),
}
NUMERIC_HEALTH = ("sykmeldt prosent", "smerte", "smerte nrs")
SPECIAL: dict[str, tuple[str, ...]] = {"trade_union": ("afiliado upsra",)}
NOT_PERSONAL = ("matricula medico", "matricula medica", "matricula profesional")
