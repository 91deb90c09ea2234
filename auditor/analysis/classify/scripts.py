"""Column and table names written in Cyrillic or Greek letters, romanised before they are split into words, so that
`Фамилия`, `ДатаРождения` or `επώνυμο` read as the transliterated words the vocabulary knows (familiya, data
rozhdeniya, eponymo). PostgreSQL allows such names (quoted, or unquoted with a UTF-8 server encoding), and 1C-style
and other in-house schemas use them; without this, accent folding drops every letter and the name says nothing.

Russian letters follow BGN/PCGN, as the vocabulary's Russian words are written (ж zh, х kh, ц ts, щ shch, я ya); a
name with a letter only Ukrainian has (і ї є ґ) reads и as y, as the romanisations of Ukrainian do. Greek follows
ELOT 743 for single letters (η i, υ y, χ ch). Other scripts are left to accent folding, as before.
"""
from __future__ import annotations

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
    "ӯ": "u", "ҝ": "g", "ј̌": "j",
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
