"""Round 33's words (docs/classifier.md, "Round 33"): personal data named in Uzbek (Latin script, as ASCII identifiers
write it: `oʻ` and `gʻ` lose their mark, `tugʻilgan` is `tugilgan`) and in transliterated Russian (the register
round 25 met in a Kazakh personnel database), as concept families: a person's names and the full name `fio` of
someone named by role, birth date, address, e-mail, passport and personal numbers, a payment card and a bank account,
password, diagnosis, disability, blood group, pregnancy, medicines, ethnicity (the Soviet-passport `millat`),
conviction and sentence, fingerprint; the heads of an organisation; a one-time code sent by SMS and a TOTP key.

vocab.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning), the tables of
people and of health, the heads of organisations and the disability group as a number; special.py the generic
columns of a clinical event (a note, a cause, a result) in Uzbek and Russian.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK, Vocab

# People an organisation or a record names by role, in Uzbek and Russian: a committee's chairman (rais), a head
# (rahbar, mudir, boshliq, rukovoditel, nachalnik), a director; their full name is `<role> fio` (below).
ROLE_WORDS = ("rais", "rahbar", "mudir", "boshliq", "direktor", "rukovoditel", "nachalnik")
# Others named by role or relation whose full name a register keeps as `<who> fio`: an inspector, a doctor, an
# employee, a patient, a client, a citizen, a student or pupil, a father or mother.
_FIO_OF = ROLE_WORDS + ("inspektor", "shifokor", "vrach", "xodim", "sotrudnik", "bemor", "patsient", "mijoz", "klient",
                        "fuqaro", "talaba", "oquvchi", "ota", "ona", "otets", "kassir", "buxgalter", "bukhgalter")

VOCAB: Vocab = (
    # Names. Uzbek `ism` is a person's given name (a thing's name is `nom`), `otasining ismi` the father's name (the
    # patronymic), `sharif` the patronymic; `familiya` and the Russian forms were known (round 25). `ism` alone only
    # in a table of people (SHORT_PERSON, below), as `given` and `first`.
    ("person_name", STRONG, ("ismi", "otasining ismi", "ota ismi", "sharif", "sharifi", "ismi sharifi", "toliq ismi",
                             "toliq ism", "ism familiya", "familiya ism", "familiyasi", "oila boshligi", "glava semi",
                             *(f"{w} fio" for w in _FIO_OF))),
    # People named by their role on a boat or beside someone: a skipper (a boat's master, a crew's or team's
    # captain), a buddy (a diving or climbing partner, a new employee's onboarding buddy), as `assignee`, `tutor`.
    ("person_name", WEAK, ("skipper", "buddy")),
    ("person_name", STRONG, ("buddy name", "skipper name")),
    # Birth: Uzbek `tugʻilgan` (born: `tugilgan_sana`, `tugilgan_kun`), Russian `rozhdeniya` (of birth: `data`,
    # `den`, `god rozhdeniya`) and its abbreviation `data_rozhd`; the place of birth is no date. (Not `kun`, a day,
    # alone: as a word of glued names it would split German `kundennr`.)
    ("birth_date", STRONG, ("tugilgan", "rozhdeniya", "data rozhd")),
    (None, STRONG, ("tugilgan joy", "tugilgan joyi", "mesto rozhdeniya")),
    # Address: Uzbek `manzil` (an address; the possessive `manzili` names its owner first, an office's or a
    # person's, and is not read alone), a place of residence, a house and flat number, a street, a postcode;
    # Russian street, flat and postcode.
    ("postal_address", STRONG, ("manzil", "yashash manzili", "yashash joyi", "doimiy manzil", "uy manzili",
                                "uy raqami", "xonadon raqami", "kocha", "pochta indeksi", "pochta indeks",
                                "pochtovyy indeks", "ulitsa", "kvartira")),
    # E-mail: Uzbek `elektron pochta` (`el_pochta`), Russian `elektronnaya pochta`.
    ("email", STRONG, ("elektron pochta", "elektron pochtasi", "el pochta", "elektronnaya pochta", "elektron manzil")),
    # Identity documents and personal numbers: a passport (Uzbek and Russian `pasport`, genitive `pasporta`),
    # Uzbekistan's personal identification number (JShShIR, Russian PINFL), Russia's SNILS.
    ("national_id", STRONG, ("pasport", "pasporta", "jshshir", "pinfl", "snils")),
    # A taxpayer number of a person (Russian INN, Uzbek STIR) in a table of people only: an organisation has one too.
    ("national_id", CONTEXT, ("inn", "stir")),
    # A payment card's number (Uzbek `karta raqami`, Russian `nomer karty`, `karta nomer`) and a bank account
    # (Uzbek `bank hisobi`, `hisob raqami`; Russian `raschetnyy schet`, `bankovskiy schet`).
    ("payment_card", STRONG, ("karta raqami", "karta raqam", "karta nomer", "karta nomeri", "nomer karty",
                              "plastik karta", "bank kartasi")),
    ("bank_account", STRONG, ("bank hisob", "bank hisobi", "bank hisob raqami", "hisob raqami", "hisob raqam",
                              "raschetnyy schet", "bankovskiy schet")),
    # A password (Uzbek and Russian `parol`) and its hash (Uzbek `xesh`).
    ("credentials", STRONG, ("parol", "parol xesh", "parol xeshi")),
    # A one-time code sent by SMS and a TOTP key (Joomla's `otpKey`; `totp key` was known).
    ("secret_token", STRONG, ("sms kod", "sms kodi", "sms code", "otp key", "tasdiqlash kodi",
                              "kod podtverzhdeniya")),
    # Health: a diagnosis (Uzbek `tashxis`), illness, disability and its group, blood group, pregnancy, medicines,
    # treatment, vaccination, a prosthesis, medical (`tibbiy`); Russian blood group, pregnancy, illness, allergy.
    ("health", STRONG, ("tashxis", "tashxisi", "kasallik", "kasalligi", "nogironlik", "nogironligi",
                        "nogironlik guruhi", "qon guruhi", "homiladorlik", "homilador", "allergiya", "dori",
                        "dorilar", "dori vositalari", "davolash", "emlash", "tibbiy", "protez", "prosthesis",
                        "prostheses", "gruppa krovi", "beremennost", "zabolevanie", "bolezn", "gruppa invalidnosti")),
    # An institution or centre named medical is an organisation, not anyone's health (as `medical centre`).
    (None, STRONG, ("tibbiy muassasa", "tibbiy markaz", "tibbiy muassasasi")),
    # Ethnicity: Uzbek `millat` (nationality in the Soviet-passport sense: Uzbek, Tajik, Russian, Korean...), as
    # Russian `natsionalnost` (round 25); citizenship is `fuqarolik`, not this.
    ("ethnic_origin", STRONG, ("millat", "millati")),
    # A conviction (Uzbek `sudlanganlik`), a crime, a criminal sentence or punishment (Uzbek `jazo`, `hukm`;
    # Russian `nakazanie`, `prigovor`, `prestuplenie`); a disciplinary penalty at work is no criminal record.
    ("criminal_record", STRONG, ("sudlanganlik", "sudlangan", "sudlanganligi", "jinoyat", "jinoiy", "jazo", "hukm",
                                 "nakazanie", "prigovor", "prestuplenie")),
    (None, STRONG, ("intizomiy jazo",)),
    # A fingerprint (Uzbek `barmoq izi`, Russian `otpechatok paltsa`).
    ("biometric", STRONG, ("barmoq izi", "barmoq izlari", "otpechatok paltsa", "otpechatki paltsev")),
    # Latitude and longitude in Russian (Uzbek `kenglik` and `uzunlik` are also width and length: not read).
    ("geo_location", STRONG, ("shirota", "dolgota")),
    # A note or comment (Uzbek `izoh`, `sharh`; Russian `primechanie`): free text.
    ("free_text_may_contain_pii", STRONG, ("izoh", "izohlar", "sharh", "primechanie", "primechaniya")),
)
# Uzbek `ism` (a given name) alone, in a table of people only.
SHORT_PERSON = {"ism": "person_name"}
# Tables of people in Uzbek and Russian: citizens, employees, patients, clients, students, pupils, users, applicants.
PERSON_TABLES = frozenset("""fuqaro fuqarolar xodim xodimlar bemor bemorlar mijoz mijozlar talaba talabalar oquvchi
oquvchilar foydalanuvchi foydalanuvchilar arizachi arizachilar klient klienty patsient patsienty polzovatel
polzovateli""".split())
# Tables of health in Uzbek and Russian: medical (checks, records), patients, illnesses.
HEALTH_TABLES = frozenset("tibbiy bemor bemorlar kasallik kasalliklar patsient patsienty".split())
# A disability and its group as a number (`nogironlik_guruhi smallint`: group I to III).
NUMERIC_HEALTH = frozenset({"nogironlik", "nogironlik guruhi", "gruppa invalidnosti"})
# The generic columns of a clinical event (special.CLINICAL_GENERIC), health there only: in Uzbek and Russian a
# note or comment, a cause or reason, a result, a conclusion, a description, a code; and in any language the verdict
# of a medical examination on fitness (fit to work, dive, fly or hold a licence; Portuguese and Spanish `apto`,
# French `apte`, German `tauglich`, Dutch `geschikt`, Russian `goden`), which discloses the examined person's health.
CLINICAL_GENERIC = frozenset("""izoh izohlar sabab sababi natija natijasi xulosa tavsif kodi primechanie primechaniya
kommentariy prichina zaklyuchenie opisanie fit fitness unfit apto apta inapto aptitud aptidao apte aptitude tauglich
tauglichkeit geschikt geschiktheid goden godnost""".split())
# What people write (comments, reviews, replies, posts, a guestbook): a table of it with a website column is no
# organisation's, the website being its author's (FixMyStreet's and Piwigo's comments, WordPress's comment URL);
# its text under a generic name (`text`, `content`, Ghost's `html`, Discourse's `raw` and `cooked`) is what they
# wrote: free text.
WRITINGS = frozenset("comment comments review reviews reply replies post posts guestbook feedback testimonial "
                     "testimonials".split())
WRITTEN = frozenset({("text",), ("content",), ("html",), ("raw",), ("cooked",), ("markdown",), ("content", "html"),
                     ("text", "html")})
