"""p_ryokan: a Gunma hot-spring inn's in-house reservation and guest-register system (Access moved to PostgreSQL,
romanised Japanese snake_case): rooms, web members, guests, reservations, companions, settlements."""
from __future__ import annotations

from typing import Any

from .blind13_gens import (FOREIGN_GUESTS, HEX, JP_ADDR, JP_FAMILY, JP_GIVEN, JP_MAIL, Rec, birth, digits, fk, flag,
                           ipv4, maybe, num, one, pk, ref, token, ts, day)
from .gens import Col as C, Table as T

S = "p_ryokan"
N_ROOMS, N_GUESTS, N_RES, N_MEMBERS = 28, 150, 150, 100
_FEMALE = frozenset(("陽菜", "美咲", "由美子", "直子", "さくら", "恵", "真由美"))
_OCC = ("会社員", "公務員", "自営業", "主婦", "学生", "無職", "教員", "医師", "看護師", "会社役員", "Engineer", "Teacher")


def _jp_phone(c: Any, mobile: bool) -> str:
    if mobile:
        return f"{c.r.choice(('090', '080', '070'))}-{digits(c, 4)}-{digits(c, 4)}"
    return c.r.choice((f"03-{digits(c, 4)}-{digits(c, 4)}", f"06-{digits(c, 4)}-{digits(c, 4)}",
                       f"027-{digits(c, 3)}-{digits(c, 4)}", f"052-{digits(c, 3)}-{digits(c, 4)}"))


def _guest(c: Any, i: int) -> dict:
    if c.r.random() < 0.22:
        given, family, cc, nat = c.r.choice(FOREIGN_GUESTS)
        return {"kanji": f"{family} {given}".upper(), "kana": None, "romaji": f"{given} {family}", "sex": one("M", "F")(
            c, i), "born": birth(c, 1955, 2003), "zip": None, "pref": None,
            "addr": c.r.choice(("12 Baker Street, London", "45 Rue de la Paix, Paris", "88 Nanjing West Rd, Shanghai",
                                "221 Pitt St, Sydney NSW", "5 Gangnam-daero, Seoul", "1200 Pine St, Seattle WA")),
            "tel": None, "mobile": f"+{c.r.choice(('44', '33', '86', '61', '82', '1'))} {digits(c, 3)} {digits(c, 7)}",
            "mail": f"{given.lower()}.{family.lower().replace(' ', '')}{c.r.randint(1, 99)}@gmail.com",
            "nat": nat, "passport": c.r.choice("ABCEGKM") + digits(c, 8), "occ": c.r.choice(_OCC[-2:])}
    fk_, fa, fr = c.r.choice(JP_FAMILY)
    gk, ga, gr = c.r.choice(JP_GIVEN)
    z, pref, city = c.r.choice(JP_ADDR)
    banchi = f"{c.r.randint(1, 5)}丁目{c.r.randint(1, 30)}-{c.r.randint(1, 20)}"
    bldg = c.r.choice(("", "", f" {c.r.choice(('メゾン', 'コーポ', 'パークハウス'))}{c.r.randint(101, 905)}号室"))
    return {"kanji": f"{fk_} {gk}", "kana": f"{fa} {ga}", "romaji": f"{gr} {fr}".upper(),
            "sex": "女" if gk in _FEMALE else "男",
            "born": birth(c, 1940, 2003), "zip": z, "pref": pref, "addr": f"{city}{banchi}{bldg}",
            "tel": maybe(0.4, lambda c, i: _jp_phone(c, False))(c, i), "mobile": _jp_phone(c, True),
            "mail": f"{fr.lower()}.{gr.lower()}{c.r.randint(1, 999)}@{c.r.choice(JP_MAIL)}",
            "nat": "日本", "passport": None, "occ": c.r.choice(_OCC[:-2])}


_G = Rec(_guest)
_R = Rec(_guest)
_M = Rec(_guest)
_K = Rec(_guest)

_MEMO = ("{n}様より電話あり、到着17時頃。", "結婚記念日のため部屋に花を手配。", "夕食は18:30開始希望。",
         "送迎希望 高崎駅 15:10着。連絡先 {p}", "前回ご利用時にタオル持ち帰りの件あり。", "", "",
         "お子様用布団1組追加。", "{n}様(ご友人)と同室希望。")
_ALLERGY = ("なし", "なし", "なし", "えび・かに", "そば", "卵", "乳製品", "小麦", "ピーナッツ", "shellfish",
            "そば(アナフィラキシー)", "青魚")
_DIET = ("なし", "なし", "なし", "量少なめ", "お酒なし", "ハラール対応", "ハラール対応(豚・アルコール不可)",
         "ベジタリアン", "生もの不可")


def _memo(c: Any, i: int) -> str:
    fam, _, _ = c.r.choice(JP_FAMILY)
    return c.r.choice(_MEMO).format(n=fam, p=_jp_phone(c, True))


def ryokan_tables() -> list[T]:
    rooms = T(S, "kyakushitsu", [
        pk("kyakushitsu_id", "integer"),
        C("heya_bango", "varchar(4)", "none", lambda c, i: f"{c.r.randint(1, 3)}{i:02d}"),
        C("heya_mei", "varchar(20)", "none", one("桔梗", "紅葉", "山吹", "藤", "萩", "椿", "楓", "白樺")),
        C("heya_type", "varchar(20)", "none", one("和室10畳", "和洋室", "露天風呂付き客室", "特別室")),
        C("teiin", "smallint", "none", num(2, 6)),
        C("kinen", "boolean", "none", flag(0.8)),
        C("ryokin_kihon", "integer", "none", num(18000, 62000)),
    ], rows=N_ROOMS)
    members = T(S, "web_kaiin", [
        pk("kaiin_id", "integer"),
        C("mail", "varchar(120)", "email", _M.f("mail")),
        C("password_hash", "char(64)", "credentials", token(64, HEX)),
        C("salt", "char(16)", "none", token(16, HEX)),
        C("shimei", "varchar(40)", "person_name", _M.f("kanji")),
        C("shimei_kana", "varchar(40)", "person_name", _M.f("kana")),
        C("denwa", "varchar(20)", "phone", _M.f("mobile")),
        C("yubin_bango", "varchar(8)", "postal_address", _M.f("zip")),
        C("todofuken", "varchar(8)", "none", _M.f("pref")),
        C("jusho", "varchar(120)", "postal_address", _M.f("addr")),
        C("tanjobi", "date", "birth_date", _M.f("born")),
        C("mail_haishin", "boolean", "none", flag(0.6)),
        C("point", "integer", "none", num(0, 12000)),
        C("last_login_ip", "inet", "ip_address", ipv4),
        C("last_login_at", "timestamp", "none", ts()),
        C("login_token", "varchar(40)", "secret_token", maybe(0.4, token(40, HEX))),
        C("toroku_bi", "date", "none", day(2016, 8)),
    ], rows=N_MEMBERS)
    guests = T(S, "shukuhakusha", [
        pk("shukuhakusha_id", "integer"),
        C("kaiin_id", "integer", "none", maybe(0.4, ref(N_MEMBERS))),
        C("shimei_kanji", "varchar(40)", "person_name", _G.f("kanji")),
        C("shimei_kana", "varchar(40)", "person_name", _G.f("kana")),
        C("shimei_romaji", "varchar(60)", "person_name", _G.f("romaji")),
        C("seibetsu", "char(1)", "none", _G.f("sex")),
        C("seinengappi", "date", "birth_date", _G.f("born")),
        C("yubin_bango", "varchar(8)", "postal_address", _G.f("zip")),
        C("todofuken", "varchar(8)", "none", _G.f("pref")),
        C("jusho", "varchar(160)", "postal_address", _G.f("addr")),
        C("denwa_jitaku", "varchar(20)", "phone", _G.f("tel")),
        C("denwa_keitai", "varchar(20)", "phone", _G.f("mobile")),
        C("mail", "varchar(120)", "email", _G.f("mail")),
        C("shokugyo", "varchar(20)", "none", _G.f("occ")),
        C("kokuseki", "varchar(20)", "none", _G.f("nat")),
        C("ryoken_bango", "varchar(12)", "national_id", _G.f("passport")),
        C("ryoken_copy", "varchar(80)", "none", lambda c, i: f"\\\\nas01\\passport\\{i:05d}.jpg"
          if _G.f("passport")(c, i) else None),
        C("allergy", "varchar(40)", "health", one(*_ALLERGY)),
        C("shokuji_hairyo", "varchar(40)", "religious_belief", one(*_DIET)),
        C("raikan_kaisu", "smallint", "none", num(1, 14)),
        C("dm_kyodaku", "boolean", "none", flag(0.5)),
        C("bikou", "text", "free_text_may_contain_pii", _memo),
        C("toroku_bi", "timestamp", "none", ts(2015, 10)),
    ], rows=N_GUESTS, extra=[fk(S, "shukuhakusha", "kaiin_id", "web_kaiin", "kaiin_id")])
    res = T(S, "yoyaku", [
        pk("yoyaku_id", "integer"),
        C("yoyaku_bango", "varchar(12)", "none", lambda c, i: f"R{c.r.randint(23, 25)}{i:06d}"),
        C("shukuhakusha_id", "integer", "none", ref(N_GUESTS)),
        C("kyakushitsu_id", "integer", "none", ref(N_ROOMS)),
        C("checkin_bi", "date", "none", day(2023, 2)),
        C("hakusu", "smallint", "none", num(1, 3)),
        C("otona", "smallint", "none", num(1, 4)),
        C("kodomo", "smallint", "none", num(0, 2)),
        C("plan_mei", "varchar(60)", "none", one("【基本】季節の会席プラン", "【記念日】ケーキ付き", "素泊まり",
                                                    "【早割30】朝食付き", "上州牛しゃぶしゃぶプラン")),
        C("ryokin_goukei", "integer", "none", num(22000, 180000)),
        C("yoyaku_keiro", "varchar(20)", "none", one("じゃらん", "楽天トラベル", "一休", "電話", "自社HP",
                                                     "Booking.com", "Expedia")),
        C("ota_yoyaku_bango", "varchar(20)", "none", lambda c, i: c.r.choice(("", "RY", "0")) + digits(c, 10)),
        C("daihyosha_mei", "varchar(40)", "person_name", _R.f("kanji")),
        C("renrakusaki", "varchar(20)", "phone", _R.f("mobile")),
        C("renrakusaki_mail", "varchar(120)", "email", _R.f("mail")),
        C("tochaku_yotei", "time", "none", one("15:00", "16:00", "17:30", "18:00")),
        C("sogei", "boolean", "none", flag(0.2)),
        C("yoyaku_memo", "text", "free_text_may_contain_pii", _memo),
        C("torikeshi", "boolean", "none", flag(0.07)),
        C("sakusei_nichiji", "timestamp", "none", ts()),
        C("sakuseisha", "varchar(10)", "none", one("fr_sato", "fr_kimura", "web", "ota_sync")),
    ], rows=N_RES, extra=[fk(S, "yoyaku", "shukuhakusha_id", "shukuhakusha", "shukuhakusha_id"),
                          fk(S, "yoyaku", "kyakushitsu_id", "kyakushitsu", "kyakushitsu_id")])
    comp = T(S, "dokosha", [
        pk("dokosha_id", "integer"),
        C("yoyaku_id", "integer", "none", ref(N_RES)),
        C("shimei", "varchar(40)", "person_name", _K.f("kanji")),
        C("shimei_kana", "varchar(40)", "person_name", _K.f("kana")),
        C("nenrei", "smallint", "none", num(1, 88)),
        C("zokugara", "varchar(10)", "none", one("妻", "夫", "子", "友人", "母", "父", "spouse", "friend")),
        C("kokuseki", "varchar(20)", "none", _K.f("nat")),
        C("ryoken_bango", "varchar(12)", "national_id", _K.f("passport")),
        C("allergy", "varchar(40)", "health", one(*_ALLERGY)),
    ], rows=120, extra=[fk(S, "dokosha", "yoyaku_id", "yoyaku", "yoyaku_id")])
    pay = T(S, "seisan", [
        pk("seisan_id", "integer"),
        C("yoyaku_id", "integer", "none", ref(N_RES)),
        C("seisan_nichiji", "timestamp", "none", ts()),
        C("shukuhaku_ryo", "integer", "none", num(22000, 180000)),
        C("inshoku_ryo", "integer", "none", num(0, 24000)),
        C("nyuto_zei", "integer", "none", one(150, 300, 450, 600)),
        C("shohi_zei", "integer", "none", num(2000, 18000)),
        C("shiharai_hoho", "varchar(10)", "none", one("現金", "クレジット", "PayPay", "事前決済", "請求書")),
        C("card_brand", "varchar(10)", "none", one(None, "VISA", "JCB", "MASTER", "AMEX")),
        C("card_shimo4keta", "char(4)", "none", lambda c, i: digits(c, 4)),
        C("shonin_bango", "varchar(8)", "none", lambda c, i: digits(c, 6)),
        C("ryoshusho_atena", "varchar(60)", "person_name", lambda c, i: c.r.choice(
            (f"{c.r.choice(JP_FAMILY)[0]} {c.r.choice(JP_GIVEN)[0]} 様", f"{c.r.choice(JP_FAMILY)[0]}様",
             "株式会社ミヤマ精機", "上様"))),
        C("tantosha", "varchar(10)", "none", one("fr_sato", "fr_kimura", "fr_ikeda")),
    ], rows=130, extra=[fk(S, "seisan", "yoyaku_id", "yoyaku", "yoyaku_id")])
    return [rooms, members, guests, res, comp, pay]
