"""Given names and surnames as supporting evidence: a column of a table of people whose values are names in the
shape of names (one to four words, `LAST, First`, titles aside) and mostly contain a common given name or surname
is its people's names, whatever the column is called (`US_DESC`, `alias`, `no_cidadao`).

The dictionary (data/person_names.txt, about 1,250 names) was written for pgcomply from general knowledge of the
names most frequent in the registers of the languages the classifier reads; it is evidence only where a table is
about people (sensitivity.py), never alone, and counted on the sampled values (30 rows a table by default).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from auditor.analysis.classify import names
from auditor.analysis.classify.clinical_event import KEYS
from auditor.analysis.classify.clinical_values import fold
from auditor.analysis.classify.values import plausible
from auditor.analysis.classify.vocab import ADDRESS_PARTS, PHRASES, TOKENS

_WORD = re.compile(r"[a-z]+")
PERSON_WORDS = frozenset(w for phrase, (cat, _) in PHRASES.items() if cat == "person_name" for w in phrase) | frozenset(
    t for t, (cat, _) in TOKENS.items() if cat == "person_name")
_DIGIT = re.compile(r"\d")
# Titles and honorifics before a name (`Dr. med. Hans Muster`, `Sra. Lucía Pérez`), not part of it.
TITLES = frozenset("""dr dra drs mr mrs ms miss mx sr sra srta prof med herr frau dott dottssa sig mme mlle sir dame
rev""".split())


@lru_cache(maxsize=1)
def dictionary() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """(one-word names, several-word names such as `de jong`), folded to lower-case ASCII."""
    single: set[str] = set()
    several: set[tuple[str, ...]] = set()
    text = resources.files("auditor.analysis.classify").joinpath("data", "person_names.txt").read_text("utf-8")
    for line in text.splitlines():
        for term in ([] if line.startswith("#") else line.split(",")):
            words = tuple(_WORD.findall(fold(term.strip().lower())))
            if len(words) == 1:
                single.add(words[0])
            elif words:
                several.add(words)
    return frozenset(single), frozenset(several)


def known_name(v: str) -> bool:
    """A value shaped like a person's name with a common given name or surname among its words. The dictionary is
    asked first: most values hit no name, and the shape checks cost more."""
    if not 3 <= len(v) <= 80 or not v[0].isalpha() or "/" in v or "@" in v or v[:4].lower() == "www.":
        return False      # a web address (`www.smith.com/`) or an e-mail holds a surname, but is no name
    low = v.lower()
    words = _WORD.findall(low if low.isascii() else fold(low))
    if len(words) > 7:
        return False
    single, several = dictionary()
    if single.isdisjoint(words) and not any(p in several for p in zip(words, words[1:])):
        return False
    while words and words[0] in TITLES:
        words = words[1:]
    return 1 <= len(words) <= 5 and not _DIGIT.search(v) and plausible("person_name", v)   # a name's case


_NAME_WORDS = frozenset("name names nombre nome nom naam nazwa namn desc description".split())


@lru_cache(maxsize=65536)
def names_people(people: bool, column: str) -> bool:
    """May a column whose values are people's names be read as such, without a name that says so? In a table of people
    any column that is no key or address part (`alias`, `US_DESC`); in an event about a person (an appointment, a
    prescription) only one called a name (`appointment.name`, `outside_provider_name`)."""
    toks = set(names.tokens(column))
    if toks & (KEYS | _THINGS):
        return False
    return people or bool(toks & _NAME_WORDS)


_THINGS = ADDRESS_PARTS | frozenset("""city country title job position status type login user username url uri
website web link domain""".split())
_OWN_WORDS = _NAME_WORDS | frozenset("navn nazev naziv nimi isim ad adi label designation".split())


@lru_cache(maxsize=65536)
def named_by_role(table: str, column: str) -> bool:
    """May a column of a table that is not about people, whose values are people's names, be read as a person's
    name? When it names someone by a role (`judge`, `witness`, `principal`, `treasurer_name`, `canvassed_by`, a
    Czech centre's `vedouci`): not when it is the row's own designation (`name`, `realm_name`, `navn`), whose
    person-like values (a firm named for its founder) say what the row is called, nor a key, place or login."""
    toks = set(names.tokens(column))
    own = {w for t in names.tokens(table) for w in (t, t[:-1] if t.endswith("s") else t)}
    return bool(toks) and not toks & (KEYS | _THINGS) and not toks <= (_OWN_WORDS | own)


@lru_cache(maxsize=16384)
def role_named(table: str) -> bool:
    """A table named as a column naming a person would be (`caseworker`, `sagsbehandler`, `officiants`): its rows
    are those people. Asked of every table name: a word of a person's name phrase must be in it first."""
    toks = names.tokens(table)
    if PERSON_WORDS.isdisjoint(toks) and not (toks and toks[-1][:-1] in PERSON_WORDS):
        return False
    h = names.hint_for(" ".join(toks[:-1] + (toks[-1][:-1],)) if toks and toks[-1].endswith("s") else table, "text",
                       None, "", None)
    return h is not None and h.category == "person_name"


_PROFESSIONALS = frozenset("""staff doctor doctors physician physicians nurse nurses clinician clinicians practitioner
practitioners medico medicos teacher teachers profesor profesores lawyer lawyers abogado abogados""".split())
_LICENCE = frozenset({"licence", "license", "licencia"})
_DRIVING = frozenset({"driver", "drivers", "driving", "dl", "conducir"})


@lru_cache(maxsize=65536)
def professional_licence(table: str, column: str) -> bool:
    """A licence number in a table of professionals is their registration with a professional body, published in
    its register, not an identity document (a driving licence says so: `driver_licence`)."""
    toks = set(names.tokens(column))
    return bool(toks & _LICENCE) and not toks & _DRIVING and not _PROFESSIONALS.isdisjoint(names.tokens(table))
