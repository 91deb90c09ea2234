"""Round 10: values whose structure and check digits prove what they are, whatever the column is called.

Each test here is about a value's own format, as an ERP, a payments switch or a mobile network writes it, so it
carries over to any schema that stores the same thing:

* national numbers stored bare, as ERPs keep them (fixed-width character fields without punctuation): a Brazilian
  CPF (two check digits) or PIS/PASEP/NIT (mod 11), a German pension insurance number (area, date of birth, initial,
  serial and a weighted check digit), an Indian Aadhaar number (Verhoeff, also in groups of four) or a personal PAN
  (the fourth letter `P` marks an individual), a Japanese Individual Number (My Number; round 11);
* a card number masked to its last four digits (`XXXXXXXXXXXX8295`, `411111******1111`): a card, truncated;
* a cell global identity (`404-49-5105-85138`: country code, network, location area, cell): where a phone was;
* a UPI payment address (`name@okaxis`): a bank account's alias, not an e-mail address;
* HLA alleles in WHO nomenclature (`A*24:02, B*08:01`) and (round 16) a pharmacogene's diplotype in PharmVar's
  star-allele notation (`*1/*4`): a person's genotype;
* (round 16) an Estonian personal code, an Argentine CUIL (`20-32043210-4`) and CBU (22 digits), by their check
  digits; (round 18) a Belgian national number (`85.07.30-033.28`, mod 97), an Irish PPSN (`1234567T`, mod 23), a
  Hungarian tax id (adoazonosito jel: 8, days since 1867, a weighted mod-11 check) and a Hungarian GIRO account
  (`11773016-12345678-90123456`: each part's 9-7-3-1 check); (round 22) a Bulgarian EGN (birth date, serial and a
  weighted check) and a Latvian personal code as registers write it (`DDMMYY-NNNNN`, or `32`-prefixed since 2017;
  its check digit);
* (round 18) an ISO/IEC 19794-2 (or ANSI 378) finger minutiae record, base64-encoded: a fingerprint template;
* a mobile number in E.164 digits without its `+` (`917821602813`), as call records and message logs keep them;
* a German, Austrian or Swiss national number with its area code before a slash (`0621/4026677`, `06227/7-56773`);
* a street's name without a house number (`Gartenstraße`, `Am Sportplatz`, `Rua Bahia`, `Kerkstraat`);
* a message addressed to someone (`Dear Noah Ruawai,`, `Sehr geehrte Frau Weber,`): free text naming a person;
* a role mailbox (`info@`, `vendas@`, `reservierung@`, `library@`; RFC 2142's and their equivalents in the
  classifier's languages): an organisation's address, not a person's; and an organisation's name, by its legal form
  or the establishment it names (`Spedition Roth AG`, `Donatiecentrum Utrecht`, `Hotel Post`): with either in most
  of a column's values, a table that is not about people holds an organisation's contact data.

A single check digit passes one random number in ten or eleven: these convict a column only when most of its
values pass (the classifier's `min_match_ratio`), never one value in a text.
"""
from __future__ import annotations

import re

import phonenumbers
from stdnum.ar import cbu as _cbu
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ee import ik
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.jp import in_ as jp_individual
from stdnum.lv import pvn
from stdnum.th import pin as th_pin

_RVNR = re.compile(r"^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$")
_PAN = re.compile(r"^[A-Z]{3}P[A-Z]\d{4}[A-Z]$")
_MASKED_PAN = re.compile(r"^(?:\d{4,6}[*xX#•]{4,9}\d{4}|[*xX#•]{8,15}\d{4})$")
_CGI = re.compile(r"^([2-7]\d{2})[-.](\d{2,3})[-.](\d{1,5})[-.](\d{1,9})$")
_UPI = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-_]{1,255}@([A-Za-z]{2,16})$")
# Payment service providers' UPI handles (NPCI): the part after @ carries no dot, unlike any e-mail domain.
_UPI_HANDLES = frozenset("""ybl ibl axl okaxis okhdfcbank okicici oksbi paytm ptyes ptaxis pthdfc ptsbi apl upi
    axisbank icici sbi hdfcbank kotak idfcbank indus yesbank ikwik freecharge jupiteraxis slice waaxis wahdfcbank
    waicici wasbi postbank barodampay unionbankofindia cnrb pnb""".split())
_HLA = re.compile(r"\b(?:HLA-)?(?:A|B|C|DRB[1345]|DQA1|DQB1|DPA1|DPB1)\*\d{2,3}(?::\d{2,3}){1,3}[A-Z]?\b")
_STAR = r"\*\d{1,3}[A-Z]?(?:\.\d{3})?(?:x(?:\d|N))?"
_DIPLOTYPE = re.compile(rf"^(?:[A-Z][A-Z0-9]{{2,7}} ?)?{_STAR}/{_STAR}$")
_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
_PIS_WEIGHTS = (3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def national_kind(v: str) -> str | None:
    """Which bare national number `v` is, by its check digits; None if none."""
    compact = v.replace(" ", "") if len(v) == 14 else v       # Aadhaar is written in groups of four
    if compact.isdigit():
        n = len(compact)
        if n == 11 and len(set(compact)) > 2:
            if cpf.is_valid(compact):
                return "br_cpf"
            if _pis_valid(compact):
                return "br_pis"
            if ik.is_valid(compact):
                return "ee_isikukood"      # round 16: Estonia's personal code (century and sex, birth date, check)
            if compact[:2] in _CUIL_PERSON and cuit.is_valid(compact):
                return "ar_cuil"           # round 16: an Argentine person's CUIL/CUIT, bare
            if be_nn.is_valid(compact):
                return "be_nn"             # round 18: a Belgian national number, bare (birth date, serial, mod 97)
        if n == 10 and compact[0] == "8" and _hu_tax_valid(compact):
            return "hu_tax_id"             # round 18: a Hungarian person's tax id (adoazonosito jel)
        if n == 10 and len(set(compact)) > 2 and egn.is_valid(compact):
            return "bg_egn"                # round 22: a Bulgarian EGN (birth date, serial, check digit)
        if n == 12 and aadhaar.is_valid(compact):
            return "in_aadhaar"
        if n == 12 and len(set(compact)) > 2 and jp_individual.is_valid(compact):
            return "jp_individual"     # round 11: Japan's Individual Number (My Number), its check digit
        if n == 12 and kz_iin(compact):
            return "kz_iin"            # round 25: Kazakhstan's IIN (birth date, century and sex, serial, mod 11)
        if n == 16 and nik.is_valid(compact):
            return "id_nik"            # round 15: Indonesia's NIK (region, birth date, serial)
        return None
    if len(v) == 13 and v[2] == "-" == v[11] and v[:2] in _CUIL_PERSON and cuit.is_valid(v):
        return "ar_cuil"               # round 16: `20-32043210-4` (a person's prefix, DNI, check digit)
    if len(v) == 15 and v[2] == "." == v[5] and v[8] == "-" and be_nn.is_valid(v):
        return "be_nn"                 # round 18: `85.07.30-033.28`, as Belgian registers write it
    if 8 <= len(v) <= 9 and v[:7].isdigit() and v[7:].isalpha() and pps.is_valid(v):
        return "ie_ppsn"               # round 18: an Irish PPS number (seven digits, a mod-23 check letter)
    if len(v) == 12 and v[6] == "-" and v[0] in "0123" and v.replace("-", "", 1).isdigit() and pvn.is_valid(v):
        return "lv_personas_kods"      # round 22: a Latvian personal code (`DDMMYY-NNNNN`, `32NNNN-NNNNN`)
    if len(v) == 17 and v[1] == "-" == v[6] == v[12] == v[15] and v[0] in "12345678" and th_pin.is_valid(v):
        return "th_pin"                # round 23: a Thai personal number as the card prints it (`1-2345-67890-12-1`)
    if len(v) == 15 and _GHANA_CARD.match(v):
        return "gh_card"               # round 25: a Ghana Card PIN as the NIA prints it (`GHA-123456789-0`)
    if len(v) == 11 and v[4] == " " and vnr.is_valid(v):
        return "at_vnr"                # round 15: Austria's social insurance number as written (`1237 010180`)
    if len(compact) == 12 and _rvnr_valid(compact):
        return "de_rvnr"
    if len(compact) == 10 and _PAN.match(compact):
        return "in_pan"
    return None


_GHANA_CARD = re.compile(r"^GHA-\d{9}-\d$")
_IIN_WEIGHTS = (tuple(range(1, 12)), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))


def kz_iin(d: str) -> bool:
    """Round 25: a Kazakh individual identification number (IIN, ЖСН/ИИН): the birth date (YYMMDD), a digit for the
    century and sex (1-6), four serial digits and a check digit (weights 1-11 mod 11; on 10 again with weights 3-11,
    1, 2; never 10), as the Law on National Registers of Identification Numbers defines it."""
    if len(set(d)) <= 2 or d[6] not in "123456" or not ("01" <= d[2:4] <= "12" and "01" <= d[4:6] <= "31"):
        return False
    body = [int(x) for x in d[:11]]
    for weights in _IIN_WEIGHTS:
        check = sum(w * x for w, x in zip(weights, body)) % 11
        if check != 10:
            return check == int(d[11])
    return False


# AFIP's prefixes for natural persons (20 men, 27 women, 23/24 when the check would be 10); 30/33/34 are companies.
_CUIL_PERSON = frozenset({"20", "23", "24", "27"})


def cbu(v: str) -> bool:
    """Round 16: an Argentine CBU (22 digits: bank, branch and a check digit, then the account and a second)."""
    return len(v) == 22 and v.isdigit() and len(set(v)) > 2 and _cbu.is_valid(v)


def _hu_tax_valid(d: str) -> bool:
    """A Hungarian tax id: 8, the birth date as days since 1 January 1867 (here 1900 to 2030), a serial, and the
    first nine digits weighted 1 to 9, mod 11 (never 10)."""
    return 12053 <= int(d[1:6]) <= 59536 and sum(int(c) * w for w, c in enumerate(d[:9], 1)) % 11 == int(d[9])


_GIRO = re.compile(r"^\d{8}-\d{8}(?:-\d{8})?$")


def giro_account(v: str) -> bool:
    """Round 18: a Hungarian bank account (GIRO: bank, branch and a check digit; the account and its own; MNB
    decree 18/2009): each part's digits weighted 9, 7, 3, 1 sum to a multiple of ten."""
    if not _GIRO.match(v):
        return False
    d = v.replace("-", "")
    return len(set(d)) > 3 and all(sum(int(c) * (9, 7, 3, 1)[k % 4] for k, c in enumerate(part)) % 10 == 0
                                   for part in (d[:8], d[8:]))


_MINUTIAE = ("Rk1SACAy", "Rk1SACAx")    # base64 of `FMR\0 20`/`FMR\0 1`: ISO/IEC 19794-2 and ANSI INCITS 378 records


def minutiae_template(v: str) -> bool:
    """Round 18: a finger minutiae record (its format identifier `FMR\\0` and version), base64: a fingerprint."""
    return len(v) >= 40 and v.startswith(_MINUTIAE)


def _pis_valid(d: str) -> bool:
    r = sum(int(c) * w for c, w in zip(d, _PIS_WEIGHTS)) % 11
    return int(d[10]) == (0 if r < 2 else 11 - r)


def _rvnr_valid(v: str) -> bool:
    """German Rentenversicherungsnummer: area, DDMMYY of birth, the surname's initial, serial, check digit."""
    m = _RVNR.match(v)
    if not m or not 1 <= int(m.group(2)) % 50 <= 31 or not 1 <= int(m.group(3)) <= 12:
        return False      # the day carries +50 when a number for that date, area and initial was already taken
    digits = v[:8] + f"{ord(m.group(5)) - 64:02d}" + v[9:11]
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, _RVNR_WEIGHTS))
    return total % 10 == int(v[11])


def masked_card(v: str) -> bool:
    """A card number masked but for its last four (or first six and last four) digits."""
    return 13 <= len(v) <= 19 and _MASKED_PAN.match(v) is not None


def cell_identity(v: str) -> bool:
    """A cell global identity (MCC-MNC-LAC-CI), the location of a handset's call or session. Round 13: no part is
    zero (3GPP TS 23.003 reserves location area 0; a cell id of 0 is a branch suffix, a tax number's `-000`)."""
    m = _CGI.match(v)
    return m is not None and 0 < int(m.group(3)) <= 65535 and 0 < int(m.group(4)) <= 268435455


def upi_address(v: str) -> bool:
    m = _UPI.match(v)
    return m is not None and m.group(1).lower() in _UPI_HANDLES


def hla_typing(v: str) -> bool:
    """HLA alleles, or (round 16) a pharmacogene's star-allele diplotype in PharmVar's notation (`*1/*4`,
    `CYP2D6 *1/*2xN`): both are a person's genotype."""
    return _HLA.search(v) is not None or ("/" in v and _DIPLOTYPE.match(v) is not None)


ROLE_MAILBOX = "email:role"       # the count of e-mail values that are role mailboxes, beside their `email` count
_ROLE_LOCAL = frozenset("""info information contact contacts contacto contato kontakt contatti sales vendas ventas
    vertrieb verkauf ventes vendite verkoop office buero bureau oficina escritorio kantoor ufficio admin administration
    administracion administracao support help helpdesk service servicio servico kundenservice klantenservice
    customerservice reservations reservation reservierung reservierungen reservas reserva booking bookings
    reception rezeption recepcion recepcao frontdesk library biblioteca bibliotheque bibliothek noreply no-reply
    donotreply do-not-reply hello hola ola enquiries enquiry inquiries billing accounts accounting finance invoices
    invoice rechnung rechnungen facturacion faturamento facturation comercial commercial marketing hr rh rrhh jobs
    careers karriere empleo press presse prensa imprensa webmaster postmaster hostmaster abuse security mail
    secretaria secretariat sekretariat secretariaat compras purchasing einkauf achats orders bestellung pedidos
    team welcome hallo bonjour atendimento atencion sac ouvidoria suporte soporte""".split()) | frozenset(
    "program programme orga organisers organizers archive archives".split())   # round 33: a conference's, a list's


def role_mailbox(v: str) -> bool:
    """`vendas@novaera.com.br`: a mailbox of a function, which no one person owns."""
    return v.split("@", 1)[0].lower() in _ROLE_LOCAL


def role_mailboxes(matches: tuple[tuple[str, int], ...], non_null: int, min_ratio: float) -> bool:
    """Are most of a sampled column's values role mailboxes?"""
    return bool(non_null) and dict(matches).get(ROLE_MAILBOX, 0) / non_null >= min_ratio


_SLASHED = re.compile(r"^0[1-9]\d{1,4}/\d{1,8}(?:-\d{1,6})?$")


def national_digits_phone(v: str) -> bool:
    """A phone number as DIN 5008 wrote it before 2011: the area code with its trunk 0, a slash, the number."""
    return 8 <= len(v) <= 16 and _SLASHED.match(v) is not None and sum(ch.isdigit() for ch in v) >= 8


def e164_digits(v: str) -> bool:
    """11 to 13 digits that are a valid mobile number once a `+` is put before them (a country code first): its
    prefixes and length are checked against its country's plan. Fixed lines are left out: a year-prefixed counter
    (`20250000001`) is a valid Cairo number."""
    try:
        number = phonenumbers.parse("+" + v)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _MOBILE


_MOBILE = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
# A street's name: a glued street word at its end (German, Dutch, Nordic), or a street word before the name (Romance
# languages); English street words are the address validator's (values.py), with a house number.
_STREET_NAME = re.compile(
    r"^(?:(?:am|an der|auf der|im|in der|zum|zur|op de|aan de)\s+)?[^\W\d_][^\d,;@]{1,40}?(?:stra(?:ss|ß)e|str\.|weg|"
    r"gasse|allee|platz|damm|ufer|steig|pfad|chaussee|straat|laan|plein|gracht|kade|singel|dreef|gatan|vagen|vägen|"
    r"gade|vej|veien|veg)$"
    r"|^(?:rua|avenida|av\.|calle|carrer|via|viale|rue|chemin|allee|allée|travessa|largo|praca|praça|piazza|corso|"
    r"paseo|plaza|ulica|ul\.)\s+[^\d,;@]{2,40}$", re.I)


def street_name(v: str) -> bool:
    return len(v) <= 48 and v.count(" ") <= 4 and _STREET_NAME.match(v) is not None


_SALUTATION = re.compile(
    r"^\s*(?:dear|hi|hello|hallo|liebe|lieber|sehr geehrte|sehr geehrter|bonjour|cher|chère|beste|geachte|hola|"
    r"estimado|estimada|caro|cara|olá|ola|prezado|prezada|kia ora|hej|hei|egregio|gentile)\s+"
    r"(?:(?:mr|mrs|ms|dr|frau|herr|heer|mevrouw|sr|sra|madame|monsieur|sig|sig\.ra)\.?\s+)?"
    r"([^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+){0,2})\s*[,!:\n]", re.I)


def addressed_to(text: str) -> str | None:
    """The person a message opens by addressing (`Dear Noah Ruawai,`), when the dictionary knows the name; not
    `Dear Customer,` or `Hi there,`."""
    from auditor.analysis.classify.person_names import known_name

    m = _SALUTATION.match(text)
    return m.group(1) if m and known_name(m.group(1)) else None


PHONE_SHAPED = "phone:shaped"     # round 12: the count of values a phone number fits, none proved (analyse.py)
REPEATED_POINTS = "geo:repeated"   # round 15: coordinates repeating a few points: a site's or a map's default
RANDOM_TOKENS = "secret:random"    # secrets proved only by looking random (shapes.random_token): ids look so too
ORG_NAME = "organisation_name"     # the count of values that name an organisation
_LEGAL_FORMS = frozenset("""gmbh ag kg ohg gbr ek e.k. e.v. ev ug ltd limited llc inc plc corp sa s.a. sl s.l. sarl sas
    srl s.r.l. spa s.p.a. bv b.v. nv n.v. vof ltda eireli pvt pty oy ab a/s aps kft s.r.o. sro zrt kk""".split())
_ESTABLISHMENTS = ("centrum", "zentrum", "centre", "center", "centro", "hotel", "hostel", "klinik", "kliniek", "clinic",
                   "clinica", "hospital", "ziekenhuis", "krankenhaus", "apotheke", "apotheek", "pharmacy", "farmacia",
                   "bibliothek", "bibliotheek", "library", "biblioteca", "stadtwerke", "gemeente", "gemeinde",
                   "municipio", "mairie", "universit", "hochschule", "schule", "school", "escola", "escuela")
_ORG_WORDS = re.compile(r"[\w/.&]+")


def organisation_name(v: str) -> bool:
    """`Spedition Roth AG`, `Donatiecentrum Utrecht`: a legal form among the words, or an establishment's word."""
    if len(v) > 80 or not v[:1].isalpha():
        return False
    words = _ORG_WORDS.findall(v.lower())
    if not 2 <= len(words) <= 8:     # a name's legal form closes it (`GmbH & Co. KG`); its establishment opens or
        return False                 # closes it (`Hotel Post`, `Donatiecentrum Utrecht`, `Tauranga Library`)
    return not _LEGAL_FORMS.isdisjoint(words[-3:]) or any(
        w.startswith(_ESTABLISHMENTS) or w.endswith(_ESTABLISHMENTS[:5]) for w in (words[0], words[-1]))


def organisation_rows(matches: tuple[tuple[str, int], ...], non_null: int, min_ratio: float) -> bool:
    """Do most of a sampled column's values name an organisation or a role mailbox?"""
    counts = dict(matches)
    return bool(non_null) and max(counts.get(ROLE_MAILBOX, 0), counts.get(ORG_NAME, 0)) / non_null >= min_ratio


# Round 23: Thai script has no letter case, and its vowel and tone marks are combining characters (Unicode Mn), which
# regular expressions do not count as letters: `สุภาพร` is read as the letters `สภาพร`.
THAI_WORD = re.compile(r"[\u0e01-\u0e4e]+$")
_THAI_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def thai_letters(v: str) -> str:
    """`v` without Thai combining marks (unchanged unless it holds Thai letters)."""
    return _THAI_MARKS.sub("", v) if any("\u0e01" <= ch <= "\u0e2e" for ch in v) else v
