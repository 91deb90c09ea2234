"""Animals and catalogues. Animals: a veterinary practice's `patient` is an animal, and its owner (the client) is the person. A table of
animals names their species beside a breed, microchip or markings (or is named for them: `pets`, `mascotas`), and a
table that references one by foreign key (or by a column named for it) holds records about the animal: its
consultations, diagnoses, weights and vaccinations are not a human's health data, its name and date of birth no
person's. Catalogues: a table named only for medicines or definitions that nothing links to a person. Memoised per column list and table name like the rest of entity inference.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from auditor.analysis.classify import names, terms
from auditor.model.snapshot import Relation

ANIMAL = "animal"
# What a name can say that is about a person only: in an animal's record these are the animal's.
HUMAN_ONLY = frozenset({"health", "birth_date", "genetic", "ethnic_origin"})     # `raza`: a breed


@lru_cache(maxsize=16384)
def animal_named(table: str) -> bool:
    """`pets`, `client_pets`, `mascotas`; not `pet_owners`."""
    toks = names.tokens(table)
    return bool(toks) and toks[-1] in terms.ANIMAL_TABLES


def animal_columns(columns: tuple[str, ...]) -> bool:
    """`patient(name, species, breed, microchip, ...)`: a species beside a breed, microchip or markings. Called from
    entity's per-column-list memo: a schema-per-tenant cluster repeats the same table under thousands of names."""
    words = {t for c in columns for t in names.tokens(c)}
    return not words.isdisjoint(terms.SPECIES) and not words.isdisjoint(terms.ANIMAL_DETAILS)


@lru_cache(maxsize=16384)
def catalogue_named(table: str) -> bool:
    """A table not linked to anyone and named only for medicines (OpenDental's `medication`, a `farmacos` list) or
    for definitions (`diseasedef`): a catalogue, whatever health words its columns carry."""
    toks = names.tokens(table)
    return bool(toks) and (toks[-1] in terms.DEFINITIONS or set(toks) <= terms.MEDICINES)


@lru_cache(maxsize=65536)
def keys_animal(column: str, animal_tables: frozenset[str]) -> bool:
    """`patient_id` or `pet_id` where `patient` or `pet` is a table of animals in the same schema."""
    toks = names.tokens(column)
    return len(toks) == 2 and toks[1] in ("id", "number", "no", "nr") and toks[0] in animal_tables


def records(tables: list[Relation], base: dict[tuple[str, str, str], str], out: dict[tuple[str, str, str], str],
            references: Callable[[Relation], list[tuple[str, str]]], kinds: tuple[str, ...]) -> None:
    """A record (of one of `kinds`) that references an animal by foreign key, or by a column named for a table of
    animals, is about the animal (its consultations, vaccinations), even when it also names the vet who saw it."""
    animals: dict[tuple[str, str], frozenset[str]] = {}
    for (db, schema, table), kind in base.items():
        if kind == ANIMAL and (toks := names.tokens(table)):
            animals[(db, schema)] = animals.get((db, schema), frozenset()) | {toks[-1]}
    if not animals:
        return
    for r in tables:
        key, own = (r.database, r.schema, r.name), animals.get((r.database, r.schema))
        if own and out[key] in kinds and (any(base.get((r.database, s, t)) == ANIMAL for s, t in references(r))
                                          or any(keys_animal(c.name, own) for c in r.columns)):
            out[key] = ANIMAL
