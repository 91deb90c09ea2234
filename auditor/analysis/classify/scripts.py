"""Column and table names written in Cyrillic or Greek letters, romanised before they are split into words, so that
`Фамилия`, `ДатаРождения` or `επώνυμο` read as the transliterated words the vocabulary knows (familiya, data
rozhdeniya, eponymo). PostgreSQL allows such names (quoted, or unquoted with a UTF-8 server encoding), and 1C-style
and other in-house schemas use them; without this, accent folding drops every letter and the name says nothing.

Russian letters follow BGN/PCGN, as the vocabulary's Russian words are written (ж zh, х kh, ц ts, щ shch, я ya); a
name with a letter only Ukrainian has (і ї є ґ) reads и as y, as the romanisations of Ukrainian do. Greek follows
ELOT 743 for single letters (η i, υ y, χ ch).

Letters of other scripts (Arabic, Hebrew, Devanagari, Thai, Han, kana, hangul...) are kept as they are, so a name
such as `تاريخ_الميلاد` or `生年月日` is split into words the vocabulary can know (world_terms.py holds such words);
before, accent folding dropped them and the name said nothing. Han, kana and hangul write no spaces, so a run of
them is cut into the longest words the vocabulary knows (`患者氏名` -> 患者, 氏名); so is a run of Thai, Lao, Khmer or
Myanmar letters, also written without spaces (`ที่อยู่ลูกค้า`, a customer's address -> ที่อยู่, ลูกค้า).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby

from auditor.analysis.classify.clinical_values import fold

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Ukrainian and Belarusian
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    # Serbian and Macedonian
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    # Kazakh, Kyrgyz, Uzbek, Tajik, Tatar, Bashkir, Azerbaijani Cyrillic
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ҳ": "h", "ҷ": "j", "ӣ": "i",
    "ӯ": "u", "ҝ": "g",
}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
    "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ϊ": "i", "ΐ": "i", "ό": "o", "ύ": "y", "ϋ": "y", "ΰ": "y", "ώ": "o",
}
_LETTERS = {**_CYRILLIC, **_GREEK}
_UKRAINIAN_ONLY = frozenset("іїєґ")
# Greek vowel pairs (ELOT 743): ου is u; αυ, ευ, ηυ are av, ev, iv, but af, ef, if before a voiceless consonant
# or at the end (`διεύθυνση` -> diefthynsi).
_OU = {"ου", "ού", "όυ"}
_U_PAIRS = {"αυ": "a", "αύ": "a", "άυ": "a", "ευ": "e", "εύ": "e", "έυ": "e", "ηυ": "i", "ηύ": "i", "ήυ": "i"}
_VOICELESS = frozenset("θκξπστφχψς")


def _pieces(name: str) -> list[tuple[str, str]]:
    """(original letters, their Latin spelling) of each letter or Greek vowel pair; other characters stay as they are."""
    low = name.lower()
    letters = dict(_LETTERS, и="y") if _UKRAINIAN_ONLY & set(low) else _LETTERS
    out, i = [], 0
    while i < len(name):
        pair = low[i:i + 2]
        if pair in _OU:
            out.append((name[i:i + 2], "ou"))
            i += 2
        elif pair in _U_PAIRS:
            nxt = low[i + 2:i + 3]
            out.append((name[i:i + 2], _U_PAIRS[pair] + ("f" if not nxt.isalpha() or nxt in _VOICELESS else "v")))
            i += 2
        else:
            out.append((name[i], letters.get(low[i], name[i])))
            i += 1
    return out


def romanised(name: str) -> str:
    """`ДатаРождения` -> `DataRozhdeniya`; a capital keeps its case, and a digraph of a capital is written in
    capitals only inside a word in capitals (`ЖИЗНЬ` -> `ZHIZN`, `ВРАЧ` -> `VRACH`, `Жанна` -> `Zhanna`), so
    camel-case splitting still finds the words. Names with no Cyrillic or Greek letter come back unchanged."""
    if not any(ch in _LETTERS for ch in name.lower()):
        return name
    pieces = _pieces(name)
    out = []
    for i, (orig, latin) in enumerate(pieces):
        if orig == latin or not orig[0].isupper() or not latin:
            out.append(latin)
            continue
        before = pieces[i - 1][0][-1:] if i else ""
        after = pieces[i + 1][0][:1] if i + 1 < len(pieces) else ""
        in_capitals = after.isupper() or (before.isupper() and not after.islower()) or orig.isupper() and len(orig) > 1
        out.append(latin.upper() if len(latin) == 1 or in_capitals else latin.capitalize())
    return "".join(out)


def _kept(ch: str) -> str:
    """A letter with its accent off, a letter of another script as it is, anything else dropped (as before)."""
    if ch.isascii():
        return ch
    if latin := fold(ch):
        return latin
    name = unicodedata.name(ch, "")
    if unicodedata.category(ch)[0] in "LMN" and not name.startswith(("LATIN", "COMBINING")):
        return ch
    return ""


def folded(name: str) -> str:
    """A name as the name rules read it: Cyrillic and Greek romanised, Latin accents off (`Größe` -> Grosse), other
    scripts' letters kept."""
    if name.isascii():      # most names, and most words of the multilingual vocabulary: nothing to fold
        return name
    return "".join(map(_kept, unicodedata.normalize("NFC", romanised(name))))


_SPLIT = re.compile(r"[^a-z0-9\u0080-\U0010ffff]+")


def is_cjk(ch: str) -> bool:
    """Han, hiragana, katakana or hangul: scripts written without spaces between words."""
    return ("\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
            or "\uf900" <= ch <= "\ufaff")


def has_cjk(text: str) -> bool:
    """Whether a word holds Han, kana or hangul (ASCII words, most of them, answer at once)."""
    return not text.isascii() and any(map(is_cjk, text))


def is_unspaced(ch: str) -> bool:
    """A letter of a script written without spaces between words: Han, kana and hangul, and Thai, Lao, Khmer and
    Myanmar (`ที่อยู่ลูกค้า`, a customer's address, is one word to a splitter)."""
    return (is_cjk(ch) or "\u0e00" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f"
            or "\u1780" <= ch <= "\u17ff")


def has_unspaced(text: str) -> bool:
    """Whether a word holds letters of a script written without spaces."""
    return not text.isascii() and any(map(is_unspaced, text))


def words(text: str) -> list[str]:
    """The words of a lower-case folded name: runs of ASCII letters and digits or of other scripts' letters."""
    return [w for w in _SPLIT.split(text) if w]


@lru_cache(maxsize=4096)
def segmented(run: str, known: frozenset[str]) -> tuple[str, ...]:
    """A run of a script written without spaces cut into the longest known words from the left; a character that
    starts no known word stays on its own (`顧客氏名`, with 氏名 known and 顧客 not: 顧, 客, 氏名)."""
    longest = max((len(w) for w in known), default=1)
    out, i = [], 0
    while i < len(run):
        for size in range(min(longest, len(run) - i), 0, -1):
            if size == 1 or run[i:i + size] in known:
                out.append(run[i:i + size])
                i += size
                break
    return tuple(out)


def parts(text: str, known: frozenset[str]) -> list[str]:
    """The words of a lower-case folded name, runs of a script written without spaces cut into known words
    (segmented)."""
    out: list[str] = []
    for word in words(text):
        if not has_unspaced(word):
            out.append(word)
            continue
        for unspaced, letters in groupby(word, is_unspaced):
            run = "".join(letters)
            out.extend(segmented(run, known) if unspaced else (run,))
    return out


def caseless_text(v: str) -> bool:
    """A value written only in scripts without letter case (Arabic, Hebrew, the Indic scripts, Thai, Han, kana,
    hangul...): it has letters, none of them upper or lower case, and no digit. The value rules read people's names
    by their Latin, Greek or Cyrillic shapes (a capital, then small letters), so such a value is evidence of nothing."""
    letters = False
    for ch in v:
        if ch.isdigit() or ch.isupper() or ch.islower():
            return False
        letters = letters or ch.isalpha()
    return letters
