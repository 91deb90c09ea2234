"""The core personal-data words of many languages (data/world_*.toml), written for pgcomply from general knowledge of
each language rather than from a schema that missed them: every blind part has shown that a schema whose column
names are in a language the vocabulary lacks is where recall falls (docs/classifier.md, "What the blind parts say").

Each file holds one table per language (its ISO 639 code), and in it one key per concept below, with the words and
phrases a column or a table would be named by: in Latin letters as names are written (accents are folded, as
names.tokens folds a column's name), or in the language's own script (scripts.py keeps it). Registered after every
round's words (round_words.py), and only where the vocabulary does not know the word already, so no older meaning
changes. A word of three letters counts only in a table of people or of health (strengths.CONTEXT); shorter ones
are refused (in Han, kana and hangul, whose words are short, two characters are enough). These words are not
pieces of glued names (names._glued), so they match only a whole word of a name (`familiyasy`, `doglan_senesi`),
never part of one.

The files are parsed once, when they change, into data/world_terms.json (`python -m
auditor.analysis.classify.world_terms`): parsing and folding 9,000 words took 60 ms of every audit's start-up,
reading the compiled form takes about 5. The compiled file carries a digest of the files it came from; if they differ (a
word edited, the file not rebuilt), the files are parsed as before, and a test fails until it is rebuilt.
"""
from __future__ import annotations

import hashlib
import json
import tomllib
from importlib import resources
from importlib.abc import Traversable

from auditor.analysis.classify import scripts
from auditor.analysis.classify.strengths import CONTEXT, STRONG

# concept -> (category, strength): what a column named by the concept's word holds.
CONCEPTS: dict[str, tuple[str, str]] = {
    "surname": ("person_name", STRONG),
    "given_name": ("person_name", STRONG),
    "full_name": ("person_name", STRONG),
    "patronymic": ("person_name", STRONG),
    "parent_name": ("person_name", STRONG),        # father's or mother's name
    "name": ("person_name", CONTEXT),              # a bare `name`: a person's only in a table of people
    "birth_date": ("birth_date", STRONG),
    "address": ("postal_address", STRONG),
    "street": ("postal_address", STRONG),
    "phone": ("phone", STRONG),
    "email": ("email", STRONG),
    "id_card": ("national_id", STRONG),
    "passport": ("national_id", STRONG),
    "personal_number": ("national_id", STRONG),    # a national or social-security number
    "bank_account": ("bank_account", STRONG),
    "password": ("credentials", STRONG),
    "diagnosis": ("health", STRONG),
    "disease": ("health", STRONG),
    "allergy": ("health", STRONG),
    "blood_group": ("health", STRONG),
    "disability": ("health", STRONG),
    "medication": ("health", CONTEXT),
    "pregnancy": ("health", STRONG),
    "vaccination": ("health", STRONG),
    "religion": ("religious_belief", STRONG),
    "ethnicity": ("ethnic_origin", STRONG),
    "political_party": ("political_opinion", CONTEXT),   # a person's party: a party's own table is an organisation
    "trade_union": ("trade_union", STRONG),
    "fingerprint": ("biometric", STRONG),
    "criminal_record": ("criminal_record", STRONG),
    "conviction": ("criminal_record", STRONG),
    "remarks": ("free_text_may_contain_pii", STRONG),
    # Asked for by the first files' authors (docs/classifier.md, "A multilingual core vocabulary").
    "tax_number": ("national_id", STRONG),         # a person's tax number
    "health_insurance": ("national_id", STRONG),   # a person's health-insurance number
    "driving_licence": ("national_id", STRONG),
    "emergency_contact": ("person_name", STRONG),
    "medical_record": ("health", STRONG),          # a medical history, a health record, an anamnesis
    "sexual_orientation": ("sex_life", STRONG),
    "genetic": ("genetic", STRONG),                # a genetic test, a DNA profile
    "caste_or_tribe": ("ethnic_origin", STRONG),
    # An IP address named with a script's own word for address (`IP地址`, `IP주소`): not a postal address.
    "ip_address": ("ip_address", STRONG),
}
# Table words: a table named so holds people (and, for patients, health).
TABLE_CONCEPTS = frozenset({"people_table", "patient_table"})


def normalised(word: str) -> str:
    """A word or phrase as names.tokens reads a column's name: accents folded, Cyrillic and Greek romanised, other
    scripts kept, lower case, words apart (scripts.py)."""
    return " ".join(scripts.words(scripts.folded(word).lower()))


def _too_short(norm: str) -> bool:
    """Under three letters, or under two in Han, kana or hangul, whose words are short (氏名, a name)."""
    return not norm or (" " not in norm and len(norm) < (2 if scripts.has_cjk(norm) else 3))


def parse(text: str, source: str) -> dict[str, dict[str, list[str]]]:
    """language -> concept -> normalised words of one file; a ValueError names what is wrong (a test loads every
    shipped file, so a bad word fails the suite rather than an audit)."""
    out: dict[str, dict[str, list[str]]] = {}
    for language, concepts in tomllib.loads(text).items():
        for concept, words in concepts.items():
            if concept not in CONCEPTS and concept not in TABLE_CONCEPTS:
                raise ValueError(f"{source}: [{language}] unknown concept {concept!r}")
            kept = []
            for word in words:
                norm = normalised(word)
                if _too_short(norm):
                    raise ValueError(f"{source}: [{language}] {concept}: {word!r} is too short to name a column")
                kept.append(norm)
            out.setdefault(language, {})[concept] = kept
    return out


COMPILED = "world_terms.json"


def _data() -> Traversable:
    return resources.files("auditor.analysis.classify").joinpath("data")


def texts() -> list[tuple[str, str]]:
    """(file name, text) of every data/world_*.toml, in name order: what is parsed, and what the digest covers."""
    sources = (p for p in _data().iterdir() if p.name.startswith("world_") and p.name.endswith(".toml"))
    return [(p.name, p.read_text("utf-8")) for p in sorted(sources, key=lambda p: p.name)]


def digest(texts: list[tuple[str, str]]) -> str:
    """What the compiled file was built from: each source file's name and text."""
    h = hashlib.sha256()
    for name, text in texts:
        h.update(name.encode() + b"\0" + text.encode() + b"\0")
    return h.hexdigest()


def merged(texts: list[tuple[str, str]]) -> dict[str, dict[str, list[str]]]:
    """The files' words merged: files add to a language's words, none replaces them."""
    out: dict[str, dict[str, list[str]]] = {}
    for name, text in texts:
        for language, concepts in parse(text, name).items():
            for concept, words in concepts.items():
                known = out.setdefault(language, {}).setdefault(concept, [])
                known.extend(w for w in words if w not in known)
    return out


def _load() -> dict[str, dict[str, list[str]]]:
    sources = texts()
    compiled = _data().joinpath(COMPILED)
    if compiled.is_file():
        data = json.loads(compiled.read_text("utf-8"))
        if data.get("digest") == digest(sources):
            return data["languages"]
    return merged(sources)


def compile_files() -> str:
    """The compiled form of the files as they are now (what `python -m auditor.analysis.classify.world_terms`
    writes)."""
    sources = texts()
    return json.dumps({"digest": digest(sources), "languages": merged(sources)}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")) + "\n"


LANGUAGES = _load()


def _entries() -> list[tuple[str | None, str, tuple[str, ...], bool]]:
    """(category, strength, words, replace=False) per concept, in the order of CONCEPTS; three-letter words apart,
    as CONTEXT."""
    entries: list[tuple[str | None, str, tuple[str, ...], bool]] = []
    for concept, (category, strength) in CONCEPTS.items():
        words = sorted({w for concepts in LANGUAGES.values() for w in concepts.get(concept, ())})
        short = tuple(w for w in words if " " not in w and len(w) == 3 and not scripts.has_cjk(w))
        entries.append((category, strength, tuple(w for w in words if w not in short), False))
        entries.append((category, CONTEXT, short, False))
    return [e for e in entries if e[2]]


ENTRIES = _entries()
PERSON_TABLES = frozenset(w for concepts in LANGUAGES.values()
                          for concept in TABLE_CONCEPTS for w in concepts.get(concept, ()) if " " not in w)
HEALTH_TABLES = frozenset(w for concepts in LANGUAGES.values() for w in concepts.get("patient_table", ())
                          if " " not in w)


if __name__ == "__main__":       # rebuild data/world_terms.json after editing data/world_*.toml
    with resources.as_file(_data().joinpath(COMPILED)) as path:
        path.write_text(compile_files(), "utf-8")
        print(f"wrote {path}")
