"""Tables whose every row is a special-category fact about a person, like a clinical event's: a criminal-justice
record (an arrest, a conviction, a court case's disposition, a probation order, a prisoner's booking: Art. 10) and a
genetic test (a karyotype, a preimplantation test, a genotyping run: Art. 9 genetic data). In such a table the
generic words that say what happened (`charge`, `statute`, `disposition`, `sentence`, `conditions`; a genetic
test's `result`) hold that category, as `description` and `value` hold health data in a clinical event.

The table is recognised by its own name, memoised per name; the columns by their words. Neither needs a key to a
person: nobody is arrested, sentenced or karyotyped but a natural person.
"""
from __future__ import annotations

from functools import lru_cache

from auditor.analysis.classify import fitted16, fitted17, names, words29, words31

# Criminal-justice records, in the languages the classifier reads.
_JUSTICE_TABLES = frozenset("""arrest arrests arrestee arrestees conviction convictions offence offences offense
offenses offender offenders inmate inmates prisoner prisoners probation parole incarceration incarcerations jail
jails prison prisons criminal crime crimes indictment indictments prosecution prosecutions felony felonies
sentencing detencion detenciones detenido detenidos condena condenas delito delitos recluso reclusos prision
penitenciario festnahme festnahmen haft haftling haeftling haftlinge straftat straftaten verurteilung
verurteilungen bewahrung bewaehrung arrestation arrestations detenu detenus condamnation condamnations
detenuto detenuti condanna condanne reato reati arrestatie veroordeling veroordelingen gedetineerde gedetineerden
delict delicten reclassering aresztowanie zatrzymanie zatrzymania wyrok wyroki skazanie skazania przestepstwo
przestepstwa wiezien wiezniowie prisao detencao detido detidos condenacao""".split()) | frozenset(
    "penal penales penale".split()) | words29.JUSTICE_TABLES    # r22: a penal sentence, not a civil one; r29: arguido
# Two words that together name one (`court_case`, `court_disposition`, `police_record`); neither does alone.
_JUSTICE_PAIRS = frozenset({("court", "case"), ("court", "cases"), ("court", "disposition"),
                            ("court", "dispositions"), ("court", "order"), ("court", "orders"), ("police", "record"),
                            ("police", "records"), ("case", "disposition"), ("rap", "sheet")}) | fitted16.CRIMINAL_TABLES | (
                               fitted17.CRIMINAL_TABLES) | words31.CLEARANCE_PAIRS     # r31: a police clearance
# What such a record says about the person: the charge, the law broken, the outcome, the sentence, its conditions.
_JUSTICE_COLUMNS = frozenset("""charge charges statute statutes offense offence offenses offences disposition
dispositions sentence sentences sentencing verdict plea conviction convictions crime crimes conditions
delito delitos condena pena sentencia fallo acusacion imputacion straftat delikt urteil strafe anklage tatvorwurf
infraction peine condamnation accusation reato condanna imputazione delict vonnis straf tenlastelegging
przestepstwo wyrok kara zarzut czyn crime pena condenacao acusacao""".split()) | fitted16.CRIMINAL_COLUMNS | (
    fitted17.CRIMINAL_COLUMNS) | {"anzsoc"} | (   # (r16, r17); round 22: the ANZSOC offence class (an ABS standard)
    words29.JUSTICE_COLUMNS)                    # round 29: a sentença, pre-trial detention, the prior record
# Genetic tests: a preimplantation genetic test (PGT/PGD/PGS), a karyotype, a genotyping or sequencing run.
_GENETIC_TABLES = frozenset("""genetic genetics genomic genomics genome genomes genotype genotypes genotyping pgt pgd
pgs karyotype karyotypes cytogenetic cytogenetics sequencing dna genetico genetica geneticos geneticas
genetique genetik genetisch genetyczne""".split()) | frozenset(
    # round 16: a pharmacogenomic (PGx) test genotypes the person's drug-metabolising genes
    "pgx pharmacogenetic pharmacogenetics pharmacogenomic pharmacogenomics farmacogenetica farmacogenomica".split())
# In a genetic test, its findings: the result, the variant, the chromosomes, mosaicism.
_GENETIC_COLUMNS = frozenset("""result results resultado interpretation finding findings variant variants call calls
mosaic mosaicism chromosome chromosomes zygosity allele alleles ploidy diplotype diplotypes haplotype haplotypes
phenotype phenotypes acmg""".split())     # round 16: a PGx test's diplotype and phenotype, a variant's ACMG class

_CALL_RATE = frozenset({"call", "rate"})      # a genotyping array's call rate: the share of loci called, the same
# Round 16: union dues deducted from pay (`cuota_sindical`, `union_dues`): only a member pays them, so the amount and
# the union the row names say the person belongs to one.
_DUES_PAIRS = frozenset({("union", "dues"), ("cuota", "sindical"), ("quota", "sindical"), ("quota", "sindacale"),
                         ("cotisation", "syndicale"), ("cotizatie", "sindicat"), ("sendika", "aidati"),
                         ("skladka", "zwiazkowa")})
_DUES_COLUMNS = frozenset("""amount amt monto importe valor value descuento deduction betrag bedrag kwota montant
importo""".split())
_UNIONS = frozenset("union sindicato sindicat sindacato syndicat gewerkschaft vakbond sendika zwiazek".split())
_KEY = frozenset({"id", "code", "codigo", "cod", "fk"})
_DURATION = frozenset("years months days anos meses dias".split())
_ANY = _JUSTICE_TABLES | _GENETIC_TABLES | {w for pair in _JUSTICE_PAIRS | _DUES_PAIRS for w in pair}
_TEXTUAL = (names.TEXT, names.OTHER)
CRIMINAL = names.NameHint("criminal_record", names.WEAK, "context", "criminal-justice record")
GENETIC = names.NameHint("genetic", names.WEAK, "context", "genetic test")
DUES = names.NameHint("trade_union", names.WEAK, "context", "union dues")


@lru_cache(maxsize=16384)
def kind(table: str) -> str | None:
    """'criminal_record', 'genetic', 'trade_union' (union dues) or None: what every row of a table so named is about."""
    toks = names.tokens(table)
    if _ANY.isdisjoint(toks):
        return None
    if not _JUSTICE_TABLES.isdisjoint(toks) or any(p in _JUSTICE_PAIRS for p in zip(toks, toks[1:])):
        return "criminal_record"
    if any(p in _DUES_PAIRS for p in zip(toks, toks[1:])):
        return "trade_union"
    return "genetic" if not _GENETIC_TABLES.isdisjoint(toks) else None


@lru_cache(maxsize=65536)
def hint(table: str, column: str, tclass: str, h: names.NameHint | None) -> names.NameHint | None:
    """The column's hint in a criminal-justice record or a genetic test: a generic column that says what happened
    to the person holds that category (in a genetic test also a health hint, which a result under its clinical
    name would get); otherwise the hint it has."""
    what = kind(table)
    if what is None or (h is not None and h.category not in ("health", "free_text_may_contain_pii")):
        return h
    toks = set(names.tokens(column))
    if what == "trade_union":       # the amount deducted, the union's key
        return DUES if h is None and (toks & _DUES_COLUMNS and tclass == names.NUMBER or toks & _UNIONS and toks & _KEY
                                      ) else h
    if what == "criminal_record":
        ttoks = names.tokens(table)     # r31: a police clearance's outcome, or whether a record was found
        said = _JUSTICE_COLUMNS | (words31.CLEARANCE_COLUMNS if words31.CLEARANCE_PAIRS & set(zip(ttoks, ttoks[1:]))
                                   else frozenset())
        return CRIMINAL if (tclass in _TEXTUAL or tclass == names.NUMBER and toks & _DURATION) and (
            toks & said) and (h is None or h.category != "health" or h.source == "context" or (
                h.word in words29.JUSTICE_COLUMNS)) else h    # r16: not a clinical guess; r29: a prior record
        # and a sentence's length (`PENA_MESES`, `sentenceYears`)
    if (h is not None and h.category == "health") or (toks & _GENETIC_COLUMNS and tclass in (*_TEXTUAL, names.NUMBER)
                                                      and not toks >= _CALL_RATE):     # r16: the assay's quality
        return GENETIC
    return h
