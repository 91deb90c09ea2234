"""Round 46's words (docs/classifier.md, "Round 46"): Gagauz and Turkish birthday, postcode and father's name, a
Karakalpak birth date, name, full names by role and father's name; the Moldovan personal number (IDNP); a dosage
and union dues in Russian; a disability in Turkic languages; a contact person, a contact (`kontak`), a mobile and an
emergency contact in Haitian creole; a doctor (`doktor`); the number an SMS is sent to; a reason in a table of
health; tables of people, of prescriptions and clinics, and of branches, firms and
suppliers in Turkic languages; managers, accountants and the person responsible named by role.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning), the tables of
people and of health and the roles; entity_words.py the organisations; people_columns.py the contact; terms.py union
dues as a number. Cyrillic is romanised before the vocabulary is read (scripts.py), so
the Russian words are written romanised; the Turkic dotless `ı` folds to `i` (clinical_values.fold), so `adı` is
read `adi`.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK, Vocab

VOCAB: Vocab = (
    # Gagauz `duuma günü`, Turkish `doğum günü`: a birthday (`doğum tarihi` is known); Karakalpak `tuwılǵan kúni`,
    # `tuwılǵan sáne`, a birth date (Uzbek `tug'ilgan kuni`, `tug'ilgan sana` are known).
    ("birth_date", STRONG, ("duuma gunu", "dogum gunu", "tuwilgan kuni", "tuwilgan sane")),
    # Gagauz `poçta kodu`: a postcode (Turkish `posta kodu` is known).
    ("postal_address", STRONG, ("pocta kodu",)),
    # A father's or mother's name: Gagauz `bobasının adı`, Turkish `babasının adı` (Azerbaijani `atasının adı` is
    # known), Karakalpak `ákesiniń atı`, `anasınıń atı`.
    ("person_name", STRONG, ("bobasinin adi", "babasinin adi", "akesinin ati", "anasinin ati")),
    # A full name (`fio`) by role: a manager (Uzbek and Karakalpak `menejer`, Russian `menedzher`) and a doctor
    # (Karakalpak `shıpaker`, as Uzbek `shifokor fio`, known).
    ("person_name", STRONG, ("menejer fio", "menedzher fio", "shipaker fio")),
    # Karakalpak and Kazakh `atı`, `aty`: a name, only in a table of people (as `name`).
    ("person_name", CONTEXT, ("ati", "aty")),
    # A doctor in Turkish, Gagauz, Polish, German, Swedish and Indonesian (`doktor`), as `doctor`.
    ("person_name", WEAK, ("doktor",)),
    # The Moldovan personal identification number (IDNP, numărul de identificare de stat of a natural person).
    ("national_id", STRONG, ("idnp",)),
    # Russian `дозировка`: a dosage (`dosage` is known), in a table of health.
    ("health", CONTEXT, ("dozirovka",)),
    # A disability: Gagauz, Uzbek `invalidlik` (Russian `invalidnost` is known).
    ("health", STRONG, ("invalidlik",)),
    # Russian `профсоюзный взнос`: union dues (the abbreviation `profvznos` is known).
    ("trade_union", STRONG, ("profsoyuz vznos", "profsoyuznyy vznos", "profsoyuznye vznosy")),
    # Haitian creole `moun kontak`: a contact person (`contact person` is known); `kontak ijans`: an emergency contact
    # (`emergency contact` is known).
    ("person_name", STRONG, ("moun kontak", "kontak ijans")),
    # Haitian creole `selil`: a mobile phone (French `cellulaire`); `selil moun kontak`, the contact person's mobile
    # (creole puts the thing owned first, as French does).
    ("phone", STRONG, ("selil", "selil moun kontak")),
    # The number an SMS is sent to (Twilio's `To`).
    ("phone", STRONG, ("to number",)),
    # A medical visit's reason (Haitian creole `rezon`), in a table of health.
    ("health", CONTEXT, ("reason", "rezon")),
)
# Union dues as a number (terms.NUMERIC_SPECIAL).
NUMERIC_SPECIAL = frozenset({"profsoyuz vznos", "profsoyuznyy vznos", "profsoyuznye vznosy"})
# People an organisation's record names by their role (vocab.ROLE_WORDS, entity.personal_in): a manager (Uzbek and
# Karakalpak `menejer`, Russian `menedzher`), an accountant (Uzbek `buxgalter`, Russian `bukhgalter`), the person
# responsible (Turkish `sorumlu`, as `responsable`).
ROLE_WORDS = ("menejer", "menedzher", "buxgalter", "bukhgalter", "sorumlu")
# A contact in Haitian creole, Indonesian and Malay (`kontak`): an organisation's contact person's data is personal
# (people_columns.CONTACT).
CONTACT = frozenset({"kontak"})
# Tables of people: Gagauz and Turkish `azalar` (members), Karakalpak `klientler` (clients), `xızmetkerler`
# (employees).
PERSON_TABLES = frozenset({"aza", "azalar", "klientler", "xizmetker", "xizmetkerler"})
# Tables of health: prescriptions in Russian, Uzbek and Karakalpak (`рецепты`, `retseptlar`, `retseptler`); a clinic
# in German, Turkish, Scandinavian languages, Indonesian and Haitian creole (`klinik`).
HEALTH_TABLES = frozenset({"retsept", "retsepty", "retseptlar", "retseptler", "klinik"})
# Organisations: branches (Russian, Uzbek, Karakalpak `filial`, `filiallar`; Turkish `şube`, `şubeler`), firms
# (Turkish, Gagauz, Uzbek `firmalar`), suppliers (Karakalpak `jetkiziwshi`, `jetkiziwshiler`).
ORG_TABLES = frozenset({"filial", "filiallar", "sube", "subeler", "firmalar", "jetkiziwshi", "jetkiziwshiler"})
