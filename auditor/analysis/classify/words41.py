"""Round 41's words (docs/classifier.md, "Round 41"): the standard vocabulary of three languages the world word
lists lack, as forms and in-house schemas name their columns: Cantonese romanised in Jyutping (the Linguistic
Society of Hong Kong's scheme, tones dropped; world_b.toml has Mandarin pinyin), Tahitian (apostrophes and macrons
dropped) and the French Antillean creoles (Guadeloupean, Martinican and Haitian share these words).

Only phrases of two or more syllables and words no other language writes the same way; bare short words that mean
something else elsewhere (Creole `non`, a name and French "no"; Tahitian `toto`, blood and a brand; `mai`,
illness and a month) are left out.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning).
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, Vocab

VOCAB: Vocab = (
    # Cantonese (Jyutping), as pinyin's `xingming`, `dizhi`, `dianhua`, `shouji`, `mima`... in world_b.toml:
    # 姓名 a full name, 中文名 a Chinese name, 聯絡人 a contact person.
    ("person_name", STRONG, ("sing ming", "zung man meng", "lyun lok jan")),
    # 地址 an address.
    ("postal_address", STRONG, ("dei zi",)),
    # 電話 a telephone, 手機 a mobile.
    ("phone", STRONG, ("din wa", "sau gei")),
    # 電郵 an e-mail.
    ("email", STRONG, ("din jau",)),
    # 出生日期 a date of birth.
    ("birth_date", STRONG, ("ceot sang jat kei",)),
    # 身份證 an identity card.
    ("national_id", STRONG, ("san fan zing",)),
    # 密碼 a password.
    ("credentials", STRONG, ("mat maa",)),
    # 信用卡 a credit card.
    ("payment_card", STRONG, ("seon jung kaat",)),
    # 診斷 a diagnosis, 症狀 symptoms, 過敏 an allergy, 針灸 acupuncture, 脈象 a pulse reading and 舌苔 a tongue's
    # coating (the last two are Chinese medicine's standard findings).
    ("health", STRONG, ("zeon dyun", "zing zong", "gwo man", "zam gau", "mak zoeng", "sit toi")),
    # 備註 remarks (pinyin `beizhu` in world_b.toml).
    ("free_text_may_contain_pii", STRONG, ("bei zyu",)),
    # Tahitian: `ioa` a name, read as a person's only in a table of people, as English `name` and French `nom` (a
    # race, a club and a canoe have names too); `ioa fetii` a relative's name (fetii, family).
    ("person_name", CONTEXT, ("ioa",)),
    ("person_name", STRONG, ("ioa fetii",)),
    # Tahitian: `niuniu` a telephone, `rata uira` an e-mail ("electric letter"), `mahana fanauraa` a
    # birthday, `parau huna` a password ("hidden word"), `faaroo` faith, `vahi noho` a dwelling place and
    # `afata rata` a letter box.
    ("phone", STRONG, ("niuniu",)),
    ("email", STRONG, ("rata uira",)),
    ("birth_date", STRONG, ("mahana fanauraa",)),
    ("credentials", STRONG, ("parau huna",)),
    ("religious_belief", STRONG, ("faaroo",)),
    ("postal_address", STRONG, ("vahi noho", "afata rata")),
    # Antillean creole: `tinon` a first name (ti non), `potab` a mobile (pòtab), `blesi` an injury (blessure),
    # `nimewo sekirite` a social-security number, `kod postal` a postcode.
    ("person_name", STRONG, ("tinon",)),
    ("phone", STRONG, ("potab",)),
    ("health", STRONG, ("blesi",)),
    ("national_id", STRONG, ("nimewo sekirite",)),
    ("postal_address", STRONG, ("kod postal",)),
)
