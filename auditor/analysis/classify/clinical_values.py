"""Clinical values: the code systems and vocabulary that give health data away under generic column names.

Code systems are checked by structure and check digit, not looked up: SNOMED CT concept ids (partition digits and
Verhoeff), LOINC codes (mod-10), ICD-10 (also CM and the Portuguese CID-10 / Spanish CIE-10, with or without the
dot), ICD-9 and ATC codes by pattern, also behind their system's name (`ICD10:E11.9`). The vocabulary (diseases,
symptoms, allergens and reactions, medicines and their forms, lab tests, vital signs, procedures, blood groups, in
eight languages) ships as package data (data/clinical_*.txt) and is looked up per word in a set, phrases by their
first word; medicines also by their INN stem (`-pril`, `-sartan`, `-statina`). A code or term alone is health data
only about a person: callers apply this to tables linked to a person (entity.py, sensitivity.py).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from stdnum import luhn, verhoeff

_SNOMED = re.compile(r"^\d{6,18}$")
_LOINC = re.compile(r"^(\d{1,5})-(\d)$")
# ICD-10 (WHO, ICD-10-CM, CID-10, CIE-10): a category (`I10`) or a code with the dot (`E11.9`, `S52.521A`); without
# the dot (`E119`) a code is a letter and digits like any staff or lot number (`P10023`), so only a category counts.
# ICD-9 with one decimal (`401.9`) or its V/E codes (`V70.0`, `E849.0`): prices carry two decimals.
_ICD10 = re.compile(r"^[A-TV-Z]\d[0-9AB](?:\.[0-9A-Z]{1,4})?$")
_ICD9 = re.compile(r"^(?:\d{3}\.\d|V\d{2}\.\d{1,2}|E\d{3}\.\d)$")
_ATC = re.compile(r"^[A-V]\d{2}[A-Z]{2}\d{2}$")
# A code system's name before the code: `ICD10:E11.9`, `ICD-10 E11.9`, `CIE-10: J45`, `SNOMED:44054006`.
_PREFIXED = re.compile(r"^(?:icd|cie|cid|snomed(?:[ -]?ct)?|sct|loinc|atc)[ -]?(?:9|10)?(?:-?cm)?\s*[:#]?\s*(\S+)$",
                       re.I)
_TAG = re.compile(r"\((disorder|finding|procedure|substance|situation|observable entity|morphologic abnormality|"
                  r"regime/therapy|body structure|event)\)\s*$", re.I)
_DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|ui|unt|meq|mmhg|mmol/l|mg/dl|g/dl|µmol/l|umol/l|mg/kg|"
                   r"iu|ie/ml|u/l|ui/l)(?![a-z])", re.I)
_SUFFIX = re.compile(r"[a-z]{3,}(?:itis|osis|emia|aemia|algia|ectomy|ectomia|scopy|scopia|plasty|plastia|"
                     r"patia|pathy|otomy|otomia)\b")
# ABO and Rh: `AB-`, `O+`, `0 Rh-`, `A Rh+`, `O negative`, `B positivo`, `AB rhesus positief`. A bare `A+`, `B-`
# is a school grade as often as a blood group: it counts only with `Rh` or a word.
_BLOOD = re.compile(r"^(?:(?:ab|o|0)\s*(?:rh\s*(?:\(d\))?|rhd|rhesus)?\s*\(?[+-]\)?|(?:a|b|ab|o|0)\s*(?:(?:rh\s*(?:\(d\))?|rhd|"
                    r"rhesus)\s*\(?[+-]\)?|(?:rh\s*|rhesus\s*)?(?:pos|neg|positive|negative|positivo|negativo|positif|"
                    r"negatif|positiv|negativ|positief|negatief|dodatni|ujemny|dodatnie|ujemne)))$", re.I)
# A blood pressure reading: systolic above diastolic, both in human ranges (`120/80`, `135/85 mmHg`).
_BP = re.compile(r"^(\d{2,3})\s?/\s?(\d{2,3})(?:\s?mm\s?hg)?$", re.I)
_TOKEN = re.compile(r"[a-z0-9]+")
# WHO's INN stems in the spellings of eight languages: a long word ending in one is a medicine (`enalapril`,
# `losartan`, `atorvastatina`, `amoksycylina`, `ciprofloxacine`).
_INN_STEMS = tuple("""pril pryl sartan sartana statin statina statine statyna olol prazol prazole prazolo cillin
cilina cilline cillina cylina mycin micina mycine mycyna floxacin floxacino floxacine floxacina floksacyna dipine
dipino dipina dipin dypina azepam azolam tidine tidina triptan tinib tynib umab ximab gliptin gliptina gliptine
gliflozin gliflozina parin parina parine paryna cycline ciclina cyclin cyklina oxetine oxetina oxetin oksetyna
xaban ciclovir clovir navir tegravir cortisone cortisona cortison kortyzon methasone metasona metazon nisolone
nisolona nizolon tiazida thiazide thiazid tiazyd semide semida semid dronate dronato dronat""".split())


def is_snomed(v: str) -> bool:
    """A SNOMED CT concept/description id: partition 00/01/02/10/11/12 and a valid Verhoeff check digit."""
    return bool(_SNOMED.match(v)) and v[-3:-1] in ("00", "01", "02", "10", "11", "12") and verhoeff.is_valid(v)


def is_loinc(v: str) -> bool:
    m = _LOINC.match(v)
    return bool(m) and luhn.calc_check_digit(m.group(1)) == m.group(2)


def code_system(v: str) -> str | None:
    """Which clinical code system this value's structure and check digit fit, if any."""
    if not v:
        return None
    if v[0].isdigit():
        return "snomed" if is_snomed(v) else "loinc" if is_loinc(v) else "icd9" if _ICD9.match(v) else None
    if len(v) == 7 and _ATC.match(v):
        return "atc"
    if len(v) <= 9 and _ICD10.match(v):
        return "icd10"
    if len(v) <= 7 and _ICD9.match(v):
        return "icd9"
    if (m := _PREFIXED.match(v)) and m.group(1) != v:
        code = m.group(1).rstrip(".,;")
        return code_system(code) if len(code) <= 18 else None
    return None


def is_clinical(v: str) -> bool:
    """A clinical code (alone, behind its system's name, or before its description: `E11.9 Type 2 diabetes`), or
    text in clinical language: a vocabulary word or phrase, a medicine by its INN stem, a SNOMED semantic tag, a dose
    or lab unit, a medical suffix (-itis, -ectomy), a blood group, a blood pressure."""
    if not v or len(v) > 400:
        return False
    if len(v) <= 40 and (code_system(v) or (" " in v and code_system(v.split(" ", 1)[0]) not in (None, "icd9"))):
        return True
    low = v.lower()
    if _TAG.search(v) or _DOSE.search(v) or _SUFFIX.search(low):
        return True
    if len(v) <= 24 and (_BLOOD.match(low) or ((m := _BP.match(low)) is not None and 70 <= int(m.group(1)) <= 260
                                                and 30 <= int(m.group(2)) < int(m.group(1)))):
        return True
    return has_term(_TOKEN.findall(fold(low)))


def has_term(words: list[str]) -> bool:
    """A vocabulary word, a phrase (looked up only from its first word), or a long word ending in an INN stem."""
    single, phrases, longest = vocabulary()
    for i, w in enumerate(words):
        if w in single or (len(w) >= 7 and w.endswith(_INN_STEMS)):
            return True
        for n in range(2, longest.get(w, 0) + 1):
            if tuple(words[i:i + n]) in phrases:
                return True
    return False


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[tuple[str, ...]], dict[str, int]]:
    """(single words, phrases, longest phrase per first word) from every data/clinical_*.txt: comma-separated
    terms, `#` comments; accents folded, words of one or two letters dropped (too ambiguous alone)."""
    single: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    longest: dict[str, int] = {}
    folder = resources.files("auditor.analysis.classify").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not (entry.name.startswith("clinical_") and entry.name.endswith(".txt")):
            continue
        for line in entry.read_text("utf-8").splitlines():
            for term in ([] if line.startswith("#") else line.split(",")):
                words = tuple(_TOKEN.findall(fold(term.strip().lower())))
                if len(words) == 1 and len(words[0]) >= 3:
                    single.add(words[0])
                elif len(words) > 1:
                    phrases.add(words)
                    longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return frozenset(single), frozenset(phrases), longest


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"})


def fold(text: str) -> str:
    """Accents off (`ciąża` -> ciaza, `głowy` -> glowy, `Größe` -> grosse)."""
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
