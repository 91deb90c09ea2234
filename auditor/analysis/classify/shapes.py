"""Round 11: values whose layout says what they hold, whatever the column is called.

* Japanese personal data as Japanese systems write it: a full name as family and given name in kanji or kana,
  separated by a space (`山田　太郎`, `ヤマダ タロウ`, half-width `ﾔﾏﾀﾞ ﾀﾛｳ` on bank transfers); a mobile number
  (`090-1234-5678`: 070, 080 and 090 are mobile prefixes); a street address in the order prefecture, municipality,
  block numbers (`大阪市北区梅田2-4-9`); a company's name by its legal form (`東和精機株式会社`) marks an organisation's
  row, as identifiers.organisation_name does for the legal forms written in Latin letters.
  The Individual Number (My Number) is in identifiers.national_kind, by its check digit.
* Contact documents: a vCard or an iCalendar object is a record of people (names, e-mail addresses, phones,
  attendees); it is read as free text and scanned for personal data like prose.
* A JSON object naming a person in parts (`{"given_name": ..., "family_name": ...}`): its keys are column names,
  read by the same name rules; a person's name when every key holding text is a part of a person's name (an
  object with other fields too, a social login's profile, is free text).
* An LDAP distinguished name whose common name is a person's known name (`CN=Jonas Weber,OU=Staff,DC=...`).
* A network no wider than a /24 (IPv4) or a /64 (IPv6), written in CIDR notation: a household's or a small
  office's addresses.
* Round 12: Korean personal data as Korean systems write it: a mobile number (`010-1234-5678`, `010 1234 5678`:
  010 is the mobile prefix; the bare `01012345678` also has a Norwegian birth number's shape, so it counts only
  as phone-shaped) and a full name in Hangul, surname first without a space (`김민준`, `남궁민수`), among the
  commonest surnames, three or four syllables, and not ending as a place or a body does (`서울시`, `강남구`,
  `신한은행`). Such a mobile number inside free text, bare or not, is personal data in it, as values.py's phone
  numbers in prose are.
"""
from __future__ import annotations

import ipaddress
import json
import re
from functools import lru_cache

from auditor.analysis.classify import names, person_names
from auditor.analysis.classify.mask import mask

_KANJI = "\u3005\u4e00-\u9fff"
_KANA = "\u30a1-\u30fa\u30fc"
_HALF_KANA = "\uff66-\uff9f"
_JP_NAME = re.compile(rf"^(?:[{_KANJI}]{{1,4}}[ \u3000][{_KANJI}]{{1,3}}|[{_KANA}]{{1,7}}[ \u3000][{_KANA}]{{1,7}}"
                      rf"|[{_HALF_KANA}]{{1,9}} [{_HALF_KANA}]{{1,9}})$")
# Organisations' words a kanji or katakana name must not have (a firm, a legal person, a society, a branch)
_JP_NOT_PERSON = re.compile("会社|法人|組合|協会|支店|センター|グループ")
_JP_MOBILE = re.compile(r"^0[789]0-\d{4}-\d{4}$")
_JP_ADDRESS = re.compile(rf"^(?:[{_KANJI}]{{2,3}}[都道府県])?[{_KANJI}{_KANA}]{{1,10}}[市区町村郡]"
                         rf"[{_KANJI}{_KANA}]{{0,12}}\d{{1,4}}(?:(?:-|丁目|番地?|の)\d{{1,4}}){{1,3}}号?$")
_DOCUMENT = re.compile(r"^BEGIN:(VCARD|VCALENDAR)\r?\n", re.I)
_DN = re.compile(r"^(?:CN|cn)=((?:[^,\\]|\\.){2,80}),\s*(?:OU|ou|DC|dc|O|o)=")


# Round 12: the commonest Korean surnames (about nine people in ten) and the compound ones
_KR_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추소석선설마길연위표명기반금옥인맹제모탁국어은편용예경봉")
_KR_COMPOUND = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
# endings of places, roads and bodies (`강남구`, `테헤란로`, `신한은행`) that a given name does not have
_KR_NOT_PERSON = frozenset("시구군도동로길읍면리층호관청실과팀부국")
# with its separators only: `01001851234` could as well be a Norwegian birth number (born 1 October)
_KR_MOBILE = re.compile(r"^010(?:-\d{4}-\d{4}|\s\d{4}\s\d{4})$")


def korean_name(v: str) -> bool:
    """`김민준`, `남궁민수`: a common surname and a given name of two syllables, all Hangul, no space."""
    n = len(v)
    if not 3 <= n <= 4 or not all("\uac00" <= ch <= "\ud7a3" for ch in v) or v[-1] in _KR_NOT_PERSON:
        return False
    return v[:2] in _KR_COMPOUND if n == 4 else v[0] in _KR_SURNAMES


def korean_mobile(v: str) -> bool:
    return len(v) == 13 and _KR_MOBILE.match(v) is not None


_MOBILE_IN = re.compile(r"(?<![\d-])(?:010(?:-\d{4}-\d{4}|\s\d{4}\s\d{4}|\d{8})|0[789]0-\d{4}-\d{4})(?![\d-])")


def embedded_mobile(text: str) -> str | None:
    """A Korean or Japanese mobile number inside free text (`어머니(010-1234-5678)와 통화`), masked."""
    m = _MOBILE_IN.search(text) if "0" in text else None
    return mask(m.group(0), "phone") if m else None


def japanese_name(v: str) -> bool:
    """`山田　太郎`, `ヤマダ タロウ`: a family and a given name in kanji or kana, and no organisation's word."""
    return len(v) <= 21 and _JP_NAME.match(v) is not None and not _JP_NOT_PERSON.search(v)


def japanese_mobile(v: str) -> bool:
    return len(v) == 13 and _JP_MOBILE.match(v) is not None


def japanese_address(v: str) -> bool:
    return len(v) <= 60 and _JP_ADDRESS.match(v) is not None


def contact_document(v: str) -> bool:
    """A vCard or iCalendar object (`BEGIN:VCARD`, `BEGIN:VCALENDAR`)."""
    return v[:1] in "Bb" and _DOCUMENT.match(v) is not None


def small_network(v: str) -> bool:
    """`77.12.40.0/24`: a network of a few hosts, in CIDR notation."""
    if "/" not in v or len(v) > 49:
        return False
    try:
        net = ipaddress.ip_network(v, strict=False)
    except ValueError:
        return False
    return net.prefixlen >= (24 if net.version == 4 else 64)


def dn_person(v: str) -> bool:
    """`CN=Jonas Weber,OU=Staff,DC=example,DC=com`: a directory entry whose common name is a person's."""
    m = _DN.match(v) if v[:3].lower() == "cn=" else None
    return m is not None and person_names.known_name(m.group(1).replace("\\", ""))


def json_person_name(v: str) -> bool:
    """`{"given_name": "Anna", "family_name": "Huber"}`: a JSON object whose every key holding text the name rules
    read as a part of a person's name (keys starting with `_` are the application's metadata)."""
    if v[:1] != "{" or len(v) > 2000 or "name" not in v.lower():
        return False
    try:
        obj = json.loads(v)
    except ValueError:
        return False
    if not isinstance(obj, dict):
        return False
    parts = [key for key, value in obj.items() if not key.startswith("_") and isinstance(value, str) and value.strip()]
    return bool(parts) and all(_names_person(key) for key in parts)     # a profile's other fields: free text


@lru_cache(maxsize=4096)
def _names_person(key: str) -> bool:
    h = names.hint_for(key, "text", None, "", None)
    return h is not None and h.category == "person_name"


def strong(v: str) -> tuple[str, ...]:
    """The categories these layouts prove on their own (values.strong_categories found none)."""
    first = v[0]
    if first == "0" and (japanese_mobile(v) or korean_mobile(v)):
        return ("phone",)
    if first.isdigit() and small_network(v):
        return ("ip_address",)
    if ord(first) > 0x3000 and japanese_address(v):
        return ("postal_address",)
    if 22 <= len(v) <= 128 and v.isascii() and v.isalnum() and random_token(v):
        return ("secret_token",)
    return ()


_WORDISH = re.compile(r"[a-z]{8}|[A-Z]{8}|\d{8}")


def random_token(v: str) -> bool:
    """Round 15: `r2IpkEjafHdEZulevZ3spakczcLgmZAAYpfnIrBc`, 22 letters and digits or more drawn at random (Laravel's
    `Str::random`, Rails' `has_secure_token`, session ids): upper and lower case and digits mixed with no run of
    eight of one kind, as no word, hex digest or number has. Applications keep such strings only as secrets (keys,
    tokens, session and invitation ids)."""
    return sum(ch.isupper() for ch in v) >= 3 and sum(ch.islower() for ch in v) >= 3 and any(
        ch.isdigit() for ch in v) and _WORDISH.search(v) is None


def person_name(v: str) -> bool:
    """A person's name in one of these layouts: Japanese, Korean, a directory entry, JSON parts."""
    first = v[0]
    return (ord(first) > 0x3000 and (japanese_name(v) or korean_name(v))) or (first in "Cc" and dn_person(v)) or (
        first == "{" and json_person_name(v))


_JP_LEGAL_FORM = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社")


def japanese_company(v: str) -> bool:
    """`東和精機株式会社`: a Japanese legal form opening or closing the name (identifiers.organisation_name's rule)."""
    return 5 <= len(v) <= 40 and (v.startswith(_JP_LEGAL_FORM) or v.endswith(_JP_LEGAL_FORM))
