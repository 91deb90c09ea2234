"""Validators for single sampled values: what a value proves, what it merely fits, what hides inside free text.

`strong` validators prove a category from a value alone (a Luhn-valid PAN with a card prefix, an IBAN
passing mod-97, a DNI with its check letter, a `+`-prefixed number phonenumbers accepts); only they can
convict a column with a neutral name. `plausible` shapes merely fit what a column's name claims (nine
bare digits for `ssn`) and are used to confirm or refute that name. Column-level counting is in analyse.py.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import re
from functools import lru_cache

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.es import ccc
from stdnum.us import ssn

from auditor.analysis.classify import crypto, identifiers, national_numbers, structured
from auditor.analysis.classify.mask import mask

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$")
_LOCAL_PART = re.compile(r"^[A-Za-z][A-Za-z0-9._%+-]{1,63}$")
_EMAIL_IN = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}")
_PHONE_CHARS = re.compile(r"^[+(]?[0-9][0-9 ().\-/]{5,22}[0-9](\s*(x|ext\.?|extension)\s*\d{1,6})?$", re.I)
_EXTENSION = re.compile(r"\s*(x|ext\.?|extension)\s*\d{1,6}$", re.I)
_NANP = re.compile(r"^(\+?1[ .-]?|001[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$")
_ES_PHONE = re.compile(r"^[6789]\d{2}([ .]\d{3}[ .]\d{3}|( \d{2}){3})$")
_FR_PHONE = re.compile(r"^0[1-9]([ .]\d{2}){4}$")
_UK_PHONE = re.compile(r"^0\d{3,4} ?\d{3} ?\d{3,4}$")
_PHONE_IN = re.compile(r"(?<![\w+])(\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|[6789]\d{2} \d{3} \d{3})(?!\w)")
_CARD_IN = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")
_IBAN_IN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_SSN_IN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_DNI_IN = re.compile(r"\b(?:\d{8}|[XYZ]\d{7})-?[A-Z]\b")
_CCC = re.compile(r"^\d{4}[ -]?\d{4}[ -]?\d{2}[ -]?\d{10}$")
_GEO_PAIR = re.compile(r"^\(?\s*(-?\d{1,3}\.\d{3,})\s*[,; ]\s*(-?\d{1,3}\.\d{3,})\s*\)?$")
_WKT = re.compile(r"^(SRID=\d+;)?POINT\s*\(\s*-?\d+(\.\d+)?\s+-?\d+(\.\d+)?\s*\)$", re.I)
_SECRET = re.compile(
    r"^(sk|rk)_(live|test)_[A-Za-z0-9]{16,}$|^gh[pousr]_[A-Za-z0-9]{30,}$|^github_pat_\w{30,}$|^glpat-[\w-]{20,}$"
    r"|^xox[abposr]-[\w-]{10,}$|^(AKIA|ASIA)[0-9A-Z]{16}$|^AIza[0-9A-Za-z_-]{35}$|^SG\.[\w-]{16,}\.[\w-]{16,}$"
    r"|^npm_[A-Za-z0-9]{30,}$|^shp(at|ss|ca)_[a-fA-F0-9]{32}$|^-----BEGIN ([A-Z]+ )?PRIVATE KEY-----"
    r"|^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}$|^whsec_[A-Za-z0-9]{24,}$"
    r"|^(pi|seti)_[A-Za-z0-9]{14,}_secret_[A-Za-z0-9]{10,}$")     # round 15: Stripe's client secrets
_STREET = re.compile(
    r"\b(street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|terrace|circle|cir|"
    r"parkway|pkwy|highway|hwy|square|sq|trail|suite|ste|apt|apartment|unit|floor|po box|calle|c/|avenida|avda|av|"
    r"paseo|plaza|pza|camino|carretera|ctra|ronda|travesia|traves[ií]a|glorieta|cuesta|acceso|callej[oó]n|pasaje|"
    r"v[ií]a|urbanizaci[oó]n|rambla|alameda|bulevar|carrer|rua|rue|strasse|stra[ßs]e|piso|puerta|portal|bajo|"
    r"escalera|crescent|close|mews|row|walk|gardens|hill|park|grove|green|port|ports|camp|glen|loop|ridge|valley|"
    r"view|village|ville|station|stravenue|well|wells|mount|burg|fork|isle|junction|landing|manor|meadow|mill)\b\.?",
    re.I)
_HOUSE_NO = re.compile(r"(^|\s|,)\d{1,5}[A-Za-z]?(\s|,|$)")
_POSTCODE = re.compile(r"\b\d{5}(-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z]{2} \d{5}\b")
_PERSON = re.compile(r"^[^\W\d_]+(?:[ '\-.,]{1,2}[^\W\d_]+){0,4}\.?$")
_TYPOGRAPHIC = re.compile(r"(?<=[^\W\d_])[\u2018\u2019\u02bc](?=[^\W\d_])")    # r33: O’Brien, Jo‘rayev, o‘g‘li
_NOT_PERSON = re.compile(r"\b(inc|llc|ltd|plc|group|corp|co|company|sa|sl|gmbh|integration|app|services?|solutions|"
                         r"partners|and|team|bot|api|client|system|store|shop|product|the|of|for)\b", re.I)
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})|^(\d{1,2})[/.-] ?(\d{1,2})[/.-](\d{4})$")   # r29: phpBB's `%2d-%2d-%4d`
_HEX_IP = re.compile(r"^(?:[0-9A-F]{8}|v6-[0-9A-F]{32})$")     # round 29: MediaWiki's IPUtils::toHex, under an IP's name
_OPAQUE = re.compile(r"^(?=[^g-z]*\d)(?=[^g-z]*[a-f])[0-9a-f]{12,}$|^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", re.I)
_NAME_LIST = re.compile(r"\s*(?:[,;/&]|\s-\s)\s*")       # several names in one value: authors, composers
MASKED = re.compile(r"[*xX#•]{4,}")       # truncated PANs and the like: ****1111, XXXX-XXXX
_CARD_PREFIX = ("2", "3", "4", "5", "6")

# Categories a value alone may prove; the others need a name that says so.
VALUE_PROVABLE = frozenset({"email", "phone", "national_id", "payment_card", "iban", "bank_account", "ip_address",
                            "geo_location", "credentials", "secret_token", "postal_address"})


_NON_DIGIT = re.compile(r"\D+")
_GROUPED_DIGITS = re.compile(r"^\d+(?:[ .-]\d+)+$")


def _digits(v: str) -> str:
    return _NON_DIGIT.sub("", v)


def is_card(v: str) -> bool:
    d = _digits(v)
    if not 13 <= len(d) <= 19 or len(d) + v.count(" ") + v.count("-") != len(v):
        return False
    if len(d) == 15 and not d.startswith(("34", "37", "2014", "2149", "2131", "1800")):
        return False     # a 15-digit card is an Amex (34, 37): a handset's IMEI (35...) passes Luhn too
    return d.startswith(_CARD_PREFIX) and len(set(d)) > 1 and luhn.is_valid(d)


_SHAPE = str.maketrans("0123456789", "9999999999")


def is_phone(v: str) -> bool:
    """Numbers that only a phone number looks like: `+` international, or NANP/ES/FR/UK national formatting."""
    if not _PHONE_CHARS.match(v):
        return False
    core = _EXTENSION.sub("", v).strip()
    if core.startswith("+"):     # possible-number checks depend on the country code and the length only
        return _phone_by_shape(core[:4] + core[4:].translate(_SHAPE))
    if core.startswith("00"):
        return _phone_by_shape("+" + core[2:6] + core[6:].translate(_SHAPE))
    return _phone_by_shape(core.translate(_SHAPE))


@lru_cache(maxsize=8192)
def _phone_by_shape(shape: str) -> bool:
    probe = shape.replace("9", "5") if not shape.startswith("+") else shape[:4] + shape[4:].replace("9", "5")
    try:
        if probe.startswith("+"):
            return phonenumbers.is_possible_number(phonenumbers.parse(probe, None))
        for rx, region in ((_NANP, "US"), (_ES_PHONE, "ES"), (_FR_PHONE, "FR"), (_UK_PHONE, "GB")):
            if rx.match(probe) and (region != "GB" or " " in probe):
                return phonenumbers.is_possible_number(phonenumbers.parse(probe, region))
    except phonenumbers.NumberParseException:
        return False
    return False


def _is_ip(v: str) -> bool:
    if not (("." in v and v[0].isdigit()) or ":" in v) or len(v) > 45:
        return False
    try:
        ipaddress.ip_address(v.split("%")[0])
    except ValueError:
        return False
    return True


def _is_geo_pair(v: str) -> bool:
    if _WKT.match(v):
        return True
    m = _GEO_PAIR.match(v)
    return bool(m) and abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180


def is_address(v: str) -> bool:
    """A street address: a house number with a street word or postcode, in several comma/line-separated parts."""
    if not 8 <= len(v) <= 200 or "@" in v or v.count(" ") < 2:
        return False
    if not ("," in v or "\n" in v):
        return False
    return bool(_HOUSE_NO.search(v)) and bool(_STREET.search(v) or _POSTCODE.search(v))


_ANGLED = re.compile(r"<([^<>\s]+)>")
_LIST_SEP = re.compile(r"\s*[,;]\s*")


def _mailboxes(v: str) -> bool:
    """Mail headers' forms: `Ana Ruiz <ana@example.org>`, `"Ruiz, Ana" <ana@example.org>, bob@example.org`, and
    lists of addresses: every address valid, no `@` outside them."""
    if len(v) > 2000:
        return False
    if "<" in v:
        found = _ANGLED.findall(v)
        rest = _ANGLED.sub("", v)      # a bare `<id@host>` is a Message-ID, not a mailbox
        return bool(found) and rest.strip(' ,;"') != "" and all(_EMAIL.match(a) for a in found) and all(
            # display names, not prose
            _EMAIL.match(p) if "@" in p else len(p) <= 80 and p.count(" ") <= 5 and "\n" not in p
            for p in _LIST_SEP.split(rest))
    parts = [p for p in _LIST_SEP.split(v.strip()) if p]
    return len(parts) > 1 and all(_EMAIL.match(p) for p in parts)


def strong_categories(v: str) -> tuple[str, ...]:
    """Categories this one value proves on its own (usually zero or one). Cheap gates run before validators."""
    first, n = v[0], len(v)
    if "@" in v:
        return ("email",) if _EMAIL.match(v) or _mailboxes(v) else ("bank_account",) if identifiers.upi_address(v) else ()
    if first.isdigit() or first in "+(":
        if n >= 9 and "-" in v and identifiers.cell_identity(v):
            return ("geo_location",)
        if 10 <= n <= 18 and national_numbers.strong_kind(v):
            return ("national_id",)       # before cards: a South African ID passes Luhn, as a card number does
        if 13 <= n <= 23 and is_card(v):
            return ("payment_card",)
        if 8 <= n <= 21 and (national_numbers.national_id_kind(v) or (n <= 17 and identifiers.national_kind(v))):
            return ("national_id",)       # (round 18: from 8 characters, an Irish PPSN's `1234567T`; 23: 17, Thai)
        if (n == 17 or n == 26) and identifiers.giro_account(v):
            return ("bank_account",)      # round 18: a Hungarian GIRO account
        if 20 <= n <= 23 and (_CCC.match(v) and ccc.is_valid(_digits(v)) or identifiers.cbu(v)):
            return ("bank_account",)
        if ("." in v or ":" in v) and _is_ip(v):
            return ("ip_address",)
        if 7 <= n <= 32 and is_phone(v) or 11 <= n <= 13 and v.isdigit() and identifiers.e164_digits(v) or (
                "/" in v and identifiers.national_digits_phone(v)):
            return ("phone",)
        if ("," in v or " " in v) and _is_geo_pair(v):
            return ("geo_location",)
        if ("," in v or "\n" in v) and is_address(v):
            return ("postal_address",)
        return ()
    if first in "{a" and "lat" in v and structured.geo_object(v):     # JSON or PHP-serialised
        return ("geo_location",)
    if first.isalpha() or first in "$-{_*":
        if n >= 15 and v[2:4].isdigit() and _IBAN.match(v.replace(" ", "")) and _iban.is_valid(v):
            return ("iban",)
        if 9 <= n <= 18 and (national_numbers.national_id_kind(v) or (n in (10, 12, 15) and identifiers.national_kind(v))
                             or n == 14 and national_numbers.strong_kind(v)):
            return ("national_id",)
        if ("$" in v or first in "{*_" or v[-1] == "}" or v.startswith(("md5", "SCRAM"))) and crypto.hash_scheme(v, False):
            return ("credentials",)
        if ((n >= 16 and " " not in v) or first == "-") and _SECRET.match(v):
            return ("secret_token",)
        if first in "PpSs" and _WKT.match(v):
            return ("geo_location",)
        if ":" in v and _is_ip(v):
            return ("ip_address",)
        if ("," in v or "\n" in v) and is_address(v):
            return ("postal_address",)
    return ()


# Round 20: Malay patronymics (`binti`, `bte`) and, after _SON_OF, Tamil ones (`a/l` anak lelaki, `a/p` anak
# perempuan; `s/o`, `d/o`), as Malaysian and Singaporean identity cards print them. Round 33: the Turkic ones after
# the father's name, son of and daughter of (Uzbek `o‘g‘li`, `qizi`; Azerbaijani `oğlu`, `qızı`; Kazakh `uly`, `qyzy`;
# Kyrgyz `uulu`, `kyzy`; Turkmen `ogly`, `gyzy`).
_PARTICLES = frozenset("de del la las los van von da di du le y e bin al der den ter dos das binti bte".split()) | (
    frozenset("o'g'li ogli qizi oğlu oglu qızı uly qyzy uulu kyzy ogly gyzy".split()))   # round 33
_SON_OF = re.compile(r"(?<![^\s])(?:a/[lp]|[sd]/o)(?=\s)", re.I)


def _name_case(v: str) -> bool:
    """Names are Title Case (particles aside) or all lower case; "Fully-configurable mobile frame" is neither. Round
    15: a short word (a CJK name has two to four characters) in a script without case counts as capitalised (`Jerry
    Chang 張志偉`); `서울중학교` (a school) is longer. Round 23: so does a Thai word of any length. A lower-case
    `jerry-chang` or `shihhan.tsai` is a login handle."""
    words = [w for w in re.split(r"[ \-]+", v) if w and w.lower() not in _PARTICLES]
    if not words:
        return False
    if all(w[0].isupper() or (not w[0].islower() and (len(w) <= 4 or identifiers.THAI_WORD.match(w))) for w in words):
        return True
    return v.islower() and len(words) <= 3 and (" " in v or not _HANDLE.search(v))   # `jerry-chang`: a login


_HANDLE = re.compile(r"[^\W\d_][.-][^\W\d_]")     # round 15: lower case joined by a dot or hyphen, no space


def _date_like(v: str) -> bool:
    m = _DATE.match(v)
    if not m:     # ERPs keep dates as 8-digit text (SAP DATS, TOTVS Protheus): 19610628
        return len(v) == 8 and v.isdigit() and 1880 <= int(v[:4]) <= dt.date.today().year and (
            1 <= int(v[4:6]) <= 12 and 1 <= int(v[6:]) <= 31)
    year = int(m.group(1) or m.group(6))
    return 1880 <= year <= dt.date.today().year


def plausible(category: str, v: str) -> bool:
    """Does this value fit what a column named as `category` should hold (weaker than proving it)?"""
    if category == "email":     # an address, or its local part alone (Oracle HR's `email`: SKING)
        return "@" in v or bool(_LOCAL_PART.match(v))
    if category == "phone":     # r35: six digits are a whole national number in Greenland, the Faroes, Andorra (E.164)
        return bool(_PHONE_CHARS.match(v)) and 6 <= len(_digits(v)) <= 15
    if category == "person_name":
        if ":" in v or not v.isascii():      # a display name with emoji or `:shortcode:` decorations (Mastodon)
            v = _DECOR.sub("", v).strip() or v
        if len(v) > 80 and len(v) <= 300 and _NAME_LIST.search(v):     # "Angus Young, Malcolm Young, Brian Johnson"
            return all(plausible(category, p) for p in _NAME_LIST.split(v) if p)
        if len(v) > 80 or _NOT_PERSON.search(v):
            return False
        v = _HONORIFIC.sub("", v) or v          # `Dr. med. Hans Muster`: the name is what follows the titles
        if "/" in v:                            # round 20: Malaysian `a/l`, `a/p`, Singaporean `s/o`, `d/o`
            v = _SON_OF.sub(" bin ", v).strip()
        v = identifiers.thai_letters(v)         # round 23: Thai vowel and tone marks are not letters to a regex
        v = _TYPOGRAPHIC.sub("", v)             # round 33: a typographic apostrophe inside a word is part of it
        return (bool(_PERSON.match(v)) and _name_case(v)) or (bool(_NAME_LIST.search(v)) and all(
            _PERSON.match(p) and _name_case(p) for p in _NAME_LIST.split(v) if p))
    if category == "postal_address":     # r31: or a house number on its own (`12`, `7b`)
        return 3 <= len(v) <= 300 and "@" not in v or _HOUSE_NUMBER.match(v) is not None
    if category == "birth_date":     # a date, or a year, month or day of birth on its own (`year_of_birth`: 1975)
        return _date_like(v) or (v.isdigit() and (1 <= int(v) <= 31 if len(v) <= 2 else
                                                  len(v) == 4 and 1880 <= int(v) <= dt.date.today().year))
    if category == "national_id":     # digits may come in groups (`898 0012 3456 7890`), words may not
        return 5 <= len(v) <= 24 and sum(ch.isdigit() for ch in v) >= 4 and (
            " " not in v.strip() or _GROUPED_DIGITS.match(v) is not None)
    if category == "payment_card":
        return 12 <= len(_digits(v)) <= 19 and len(_digits(v)) >= len(v.replace(" ", "").replace("-", ""))
    if category == "iban":
        return bool(_IBAN.match(v.replace(" ", "").upper()))
    if category == "bank_account":
        return 6 <= len(_digits(v)) <= 34 and len(v) <= 40 and sum(ch.isalpha() for ch in v) <= 2
    if category == "ip_address":     # also as an integer (PHP's ip2long, MySQL's INET_ATON)
        return _is_ip(v) or (v.isdigit() and len(v) <= 10 and 1 << 24 <= int(v) < 1 << 32) or bool(_HEX_IP.match(v))
    if category == "geo_location":
        try:
            return abs(float(v)) <= 180
        except ValueError:
            return _is_geo_pair(v) or _GEOHASH.match(v) is not None     # under a name for it: `u4pruydqqvj`
    if category == "secret_token":     # one-time codes are short (`k3x9q2mz`); words are no secret
        return " " not in v and (len(v) >= 12 or (len(v) >= 8 and not v.isalpha()))
    if category == "health":    # clinical codes and text, not an opaque identifier (a uuid, a hex source key)
        return not _OPAQUE.match(v)
    return True   # credentials (plaintext passwords look like anything), free text


# Round 8: clergy (a baptism's `pastori Matti Virtanen`), Mexican, Czech and German professional titles (`Q.F.B.`,
# `Lic.`, `MUDr.`), and courtesy titles of the Nordic, Czech/Polish, Romanian and Greek registers.
_GEOHASH = re.compile(r"^(?=.*\d)[0-9bcdefghjkmnpqrstuvwxyz]{5,12}$")
_HOUSE_NUMBER = re.compile(r"^[1-9]\d{0,3}[A-Za-z]?$")     # round 31: a house number (`12`, `7b`), under an address name
_HONORIFIC = re.compile(r"^\s*(?:(?:dr|dra|mr|mrs|ms|sr|sra|srta|prof|med|dott|mme|mlle|lic|ing|arq|mtro|mtra|"
                        r"q\.?f\.?b|c\.?p|mudr|judr|mgr|phdr|dipl\.?-?ing|rev|revd|reverend|fr|father|pastor|pastori|"
                        r"kirkkoherra|kappalainen|rovasti|kyrkoherde|komminister|praest|prest|sogneprest|pfarrer|"
                        r"pfarrerin|padre|ks|dl|dna|herr|frau|fru|rouva|herra|pan|pani|sig|sig\.?ra|kyria|kyrios)\.?\s+)+",
                        re.I)
_DECOR = re.compile(r":[a-z0-9_+\-]+:|[\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001ffff]")
# Machine strings with spaces: public keys (ssh-keygen comments carry an e-mail) and PEM blocks are no prose.
_MACHINE = ("ssh-", "ecdsa-sha2-", "sk-ssh-", "sk-ecdsa-", "-----BEGIN ")


def is_prose(v: str) -> bool:
    if v.startswith(_MACHINE):
        return False
    return (v.count(" ") >= 3 and len(v) >= 20) or (len(v) >= 60 and " " in v)


def embedded_pii(text: str) -> tuple[str, str] | None:
    """The first personal datum found inside free text, as (category, masked example)."""
    if "@" in text and (m := _EMAIL_IN.search(text)):
        return "email", mask(m.group(0), "email")
    for m in _CARD_IN.finditer(text):
        if is_card(m.group(0)):
            return "payment_card", mask(m.group(0), "payment_card")
    if m := _SSN_IN.search(text):
        if ssn.is_valid(m.group(0)):
            return "national_id", mask(m.group(0), "national_id")
    if m := _DNI_IN.search(text):
        if national_numbers.national_id_kind(m.group(0)):
            return "national_id", mask(m.group(0), "national_id")
    for m in _IBAN_IN.finditer(text):
        if _iban.is_valid(m.group(0)):
            return "iban", mask(m.group(0), "iban")
    for m in _PHONE_IN.finditer(text):
        if is_phone(m.group(0).strip()):
            return "phone", mask(m.group(0), "phone")
    name = text[:1].isalpha() and identifiers.addressed_to(text)
    return ("person_name", mask(name, "person_name")) if name else None
