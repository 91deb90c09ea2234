"""l_jinji: a Japanese manufacturer's in-house personnel and payroll database (人事給与), romanised upper-case names.

Like many Japanese package systems of its kind it declares foreign keys only from the detail tables to M_SHAIN.
"""
from __future__ import annotations

from .blind9_gens import (JP_ADDR, KANA_LAST, KANJI_FIRST, KANJI_LAST, day, digits, email, fk_sql, integer, maybe,
                          my_number, num, phone, pick, split, weighted, who)
from .gens import Col, Ctx, Table, ident

S = "l_jinji"
N = 140
KANA_FIRST = {"Hiroshi": "ヒロシ", "Takeshi": "タケシ", "Kenji": "ケンジ", "Daisuke": "ダイスケ", "Shota": "ショウタ",
              "Yuto": "ユウト", "Naoki": "ナオキ", "Kazuya": "カズヤ", "Ryo": "リョウ", "Satoshi": "サトシ", "Yuki": "ユキ",
              "Akiko": "アキコ", "Haruka": "ハルカ", "Misaki": "ミサキ", "Naomi": "ナオミ", "Keiko": "ケイコ",
              "Ayaka": "アヤカ", "Sakura": "サクラ", "Emi": "エミ", "Tomoko": "トモコ"}
BUSHO = [("100", "総務部"), ("110", "人事課"), ("200", "営業部"), ("210", "東日本営業課"), ("300", "製造部"),
         ("310", "第一製造課"), ("320", "品質保証課"), ("400", "開発部"), ("500", "経理部")]
# (KOMOKU_SHUBETSU, CODE, MEISHO)
KOMOKU = [("SEIBETSU", "1", "男"), ("SEIBETSU", "2", "女"), ("KOYO", "01", "正社員"), ("KOYO", "02", "契約社員"),
          ("KOYO", "03", "パート"), ("KOYO", "04", "嘱託"), ("YAKUSHOKU", "10", "部長"), ("YAKUSHOKU", "20", "課長"),
          ("YAKUSHOKU", "30", "係長"), ("YAKUSHOKU", "40", "主任"), ("YAKUSHOKU", "90", "一般"),
          ("ZOKUGARA", "01", "配偶者"), ("ZOKUGARA", "02", "子"), ("ZOKUGARA", "03", "父"), ("ZOKUGARA", "04", "母"),
          ("KINTAI", "01", "出勤"), ("KINTAI", "02", "有給休暇"), ("KINTAI", "03", "病気欠勤"), ("KINTAI", "04", "産前産後休業"),
          ("KINTAI", "05", "育児休業"), ("KINTAI", "06", "特別休暇(慶弔)"), ("KINTAI", "07", "労災休業"),
          ("SHOGAI", "0", "該当なし"), ("SHOGAI", "1", "一般障害者"), ("SHOGAI", "2", "特別障害者"),
          ("YOKIN", "1", "普通"), ("YOKIN", "2", "当座")]
BANKS = [("0001", "みずほ銀行"), ("0005", "三菱UFJ銀行"), ("0009", "三井住友銀行"), ("9900", "ゆうちょ銀行"),
         ("0138", "横浜銀行")]


def shain_no(c: Ctx, i: int) -> str:
    return f"{i + 10000:06d}"


def any_shain(c: Ctx, i: int) -> str:
    return shain_no(c, c.r.randint(1, N))


def kanji(salt: str) -> object:
    def gen(c: Ctx, i: int) -> str:
        p = who("jp", salt, i)
        return f"{KANJI_LAST[p.last]}\u3000{KANJI_FIRST[p.first]}"
    return gen


def kana(salt: str) -> object:
    def gen(c: Ctx, i: int) -> str:
        p = who("jp", salt, i)
        return f"{KANA_LAST[p.last]} {KANA_FIRST[p.first]}"
    return gen


def ymd(y0: int, y1: int) -> object:
    g = day(y0, y1)
    return lambda c, i: g(c, i).strftime("%Y%m%d")


def address(c: Ctx, i: int) -> tuple[str, str, str, str]:
    zipc, pref, rest = c.r.choice(JP_ADDR)
    bld = c.r.choice(["", "", "", f" グランドメゾン{c.r.randint(101, 905)}号室", f" コーポ山田{c.r.randint(1, 3)}0{c.r.randint(1, 6)}"])
    return zipc, pref, rest, bld.strip()


BIKO = weighted({"": 60, "通院のため早退": 6, "子の発熱により欠勤": 5, "インフルエンザ(診断書提出済)": 4, "電車遅延": 8,
                 "腰痛で通院": 4, "在宅勤務": 10, "人間ドック受診": 3})


def kintai(c: Ctx, i: int) -> str:
    return c.r.choices(["01", "02", "03", "04", "05", "06", "07"], [50, 15, 15, 5, 7, 5, 3])[0]


def jinji_tables() -> list[Table]:
    fks = [fk_sql(S, t, "SHAIN_NO", "M_SHAIN", "SHAIN_NO") for t in
           ("T_MYNUMBER", "T_FUYO_KAZOKU", "T_KYUYO_FURIKOMI", "T_SHAKAI_HOKEN", "T_KYUYO_MEISAI", "T_KENKO_SHINDAN")]
    return [
        Table(S, "M_KAISHA", [
            Col("KAISHA_CD", "char(3) PRIMARY KEY", "none", lambda c, i: f"{i:03d}"),
            Col("KAISHA_NM", "varchar(60)", "none", lambda c, i: ["東和精機株式会社", "東和ロジスティクス株式会社"][i - 1]),
            Col("HOJIN_BANGO", "char(13)", "none", lambda c, i: ["4010001034567", "7010401056789"][i - 1]),
            Col("YUBIN_NO", "varchar(8)", "none", lambda c, i: ["144-0052", "210-0024"][i - 1]),
            Col("JUSHO", "varchar(120)", "none", lambda c, i: ["東京都大田区蒲田5-13-1", "神奈川県川崎市川崎区日進町3-2"][i - 1]),
            Col("TEL_NO", "varchar(15)", "none", lambda c, i: ["03-3731-4410", "044-211-7730"][i - 1])], rows=2),
        Table(S, "M_BUSHO", [
            Col("BUSHO_CD", "varchar(5) PRIMARY KEY", "none", lambda c, i: BUSHO[i - 1][0]),
            Col("BUSHO_NM", "varchar(40)", "none", lambda c, i: BUSHO[i - 1][1]),
            Col("JOI_BUSHO_CD", "varchar(5)", "none", lambda c, i: BUSHO[i - 1][0][0] + "00"),
            Col("KAISHA_CD", "char(3)", "none", pick("001"))], rows=len(BUSHO)),
        Table(S, "M_KOMOKU", [
            Col("KOMOKU_SHUBETSU", "varchar(10)", "none", lambda c, i: KOMOKU[i - 1][0]),
            Col("CODE", "varchar(4)", "none", lambda c, i: KOMOKU[i - 1][1]),
            Col("MEISHO", "varchar(40)", "none", lambda c, i: KOMOKU[i - 1][2]),
            Col("HYOJI_JUN", "smallint", "none", ident)], rows=len(KOMOKU)),
        Table(S, "M_SHAIN", [
            Col("SHAIN_NO", "char(6) PRIMARY KEY", "none", shain_no),
            Col("SHIMEI_KANJI", "varchar(40)", "person_name", kanji("M_SHAIN")),
            Col("SHIMEI_KANA", "varchar(60)", "person_name", kana("M_SHAIN")),
            Col("SHIMEI_ROMAJI", "varchar(60)", "person_name", maybe(0.6, lambda c, i:
                f"{who('jp', 'M_SHAIN', i).last.upper()} {who('jp', 'M_SHAIN', i).first}")),
            Col("KYUSEI", "varchar(40)", "person_name", maybe(0.1, lambda c, i: KANJI_LAST[c.r.choice(list(KANJI_LAST))])),
            Col("SEIBETSU_KBN", "char(1)", "none", lambda c, i: "1" if who("jp", "M_SHAIN", i).sex == "M" else "2"),
            Col("SEINENGAPPI", "char(8)", "birth_date", ymd(1962, 2003)),
            Col("NYUSHA_YMD", "char(8)", "none", ymd(1985, 2024)),
            Col("TAISHOKU_YMD", "char(8)", "none", maybe(0.1, ymd(2020, 2025), "")),
            Col("KAISHA_CD", "char(3)", "none", pick("001", "001", "002")),
            Col("BUSHO_CD", "varchar(5)", "none", lambda c, i: c.r.choice(BUSHO)[0]),
            Col("YAKUSHOKU_CD", "varchar(4)", "none", weighted({"10": 3, "20": 8, "30": 12, "40": 20, "90": 57})),
            Col("KOYO_KBN", "varchar(4)", "none", weighted({"01": 70, "02": 12, "03": 14, "04": 4})),
            Col("YUBIN_NO", "varchar(8)", "postal_address", split("addr", address, 0)),
            Col("TODOFUKEN", "varchar(10)", "none", split("addr", address, 1)),
            Col("JUSHO1", "varchar(100)", "postal_address", split("addr", address, 2)),
            Col("JUSHO2", "varchar(100)", "postal_address", split("addr", address, 3)),
            Col("TEL_NO", "varchar(15)", "phone", maybe(0.4, phone("jp"), "")),
            Col("KEITAI_NO", "varchar(15)", "phone", maybe(0.85, lambda c, i: f"0{c.r.choice('789')}0-{digits(4)(c, i)}-"
                                                                    f"{digits(4)(c, i)}", "")),
            Col("MAIL_ADDR", "varchar(100)", "email", maybe(0.5, email("jp", "M_SHAIN"))),
            Col("SHANAI_MAIL", "varchar(100)", "email", lambda c, i: f"{who('jp', 'M_SHAIN', i).last.lower()}."
                f"{who('jp', 'M_SHAIN', i).first[0].lower()}{i}@towa-seiki.co.jp"),
            Col("HAIGUSHA_UMU", "char(1)", "none", pick("0", "1")),
            Col("FUYO_NINZU", "smallint", "none", integer(0, 4)),
            Col("KOSHIN_YMD", "timestamp", "none", lambda c, i: day(2023, 2025)(c, i))], rows=N),
        Table(S, "T_MYNUMBER", [
            Col("SHAIN_NO", "char(6)", "none", shain_no),
            Col("TAISHOSHA_KBN", "char(1)", "none", pick("0")),
            Col("KOJIN_BANGO", "char(12)", "national_id", my_number),
            Col("KAKUNIN_SHORUI_KBN", "char(2)", "none", pick("01", "02", "03")),
            Col("TOROKU_YMD", "char(8)", "none", ymd(2016, 2024)),
            Col("TOROKU_USER", "varchar(10)", "none", pick("jinji01", "jinji02"))], rows=130),
        Table(S, "T_FUYO_KAZOKU", [
            Col("SHAIN_NO", "char(6)", "none", any_shain),
            Col("RENBAN", "smallint", "none", integer(1, 3)),
            Col("SHIMEI_KANJI", "varchar(40)", "person_name", kanji("T_FUYO_KAZOKU")),
            Col("SHIMEI_KANA", "varchar(60)", "person_name", kana("T_FUYO_KAZOKU")),
            Col("ZOKUGARA_KBN", "char(2)", "none", pick("01", "02", "02", "03", "04")),
            Col("SEINENGAPPI", "char(8)", "birth_date", ymd(1940, 2024)),
            Col("DOKYO_KBN", "char(1)", "none", pick("1", "1", "2")),
            Col("SHOGAISHA_KBN", "char(1)", "health", weighted({"0": 88, "1": 8, "2": 4})),
            Col("KOJIN_BANGO", "char(12)", "national_id", maybe(0.8, my_number)),
            Col("NENKAN_SHOTOKU", "integer", "none", pick(0, 0, 480000, 1030000))], rows=120),
        Table(S, "T_KYUYO_FURIKOMI", [
            Col("SHAIN_NO", "char(6)", "none", shain_no),
            Col("GINKO_CD", "char(4)", "none", split("bank", lambda c, i: c.r.choice(BANKS), 0)),
            Col("GINKO_NM", "varchar(30)", "none", split("bank", lambda c, i: c.r.choice(BANKS), 1)),
            Col("SHITEN_CD", "char(3)", "none", digits(3)),
            Col("YOKIN_SHUMOKU", "char(1)", "none", pick("1", "1", "1", "2")),
            Col("KOZA_BANGO", "char(8)", "bank_account", digits(7)),
            Col("KOZA_MEIGI_KANA", "varchar(60)", "person_name", kana("M_SHAIN")),
            Col("FURIKOMI_GAKU_KOTEI", "integer", "none", pick(None, None, 30000))], rows=N),
        Table(S, "T_SHAKAI_HOKEN", [
            Col("SHAIN_NO", "char(6)", "none", shain_no),
            Col("KENPO_KIGO", "varchar(8)", "none", pick("東和健", "12040017")),
            Col("KENPO_BANGO", "varchar(8)", "national_id", lambda c, i: str(c.r.randint(1, 2400))),
            Col("KISO_NENKIN_BANGO", "char(11)", "national_id", lambda c, i: f"{digits(4)(c, i)}-{digits(6)(c, i)}"),
            Col("KOYO_HOKEN_HIHOKENSHA_NO", "char(13)", "national_id",
                lambda c, i: f"{digits(4)(c, i)}-{digits(6)(c, i)}-{c.r.randint(0, 9)}"),
            Col("HYOJUN_HOSHU_GETSUGAKU", "integer", "none", pick(200000, 240000, 300000, 380000, 500000)),
            Col("SHUTOKU_YMD", "char(8)", "none", ymd(1990, 2024)),
            Col("KAIGO_TAISHO_FLG", "char(1)", "none", pick("0", "1"))], rows=N),
        Table(S, "T_KYUYO_MEISAI", [
            Col("SHAIN_NO", "char(6)", "none", any_shain),
            Col("SHIKYU_YM", "char(6)", "none", lambda c, i: f"2024{c.r.randint(1, 12):02d}"),
            Col("KIHONKYU", "integer", "none", integer(180000, 520000)),
            Col("ZANGYO_TEATE", "integer", "none", integer(0, 90000)),
            Col("TSUKIN_TEATE", "integer", "none", integer(0, 30000)),
            Col("KENKO_HOKENRYO", "integer", "none", integer(9000, 26000)),
            Col("KOSEI_NENKIN", "integer", "none", integer(18000, 48000)),
            Col("KOYO_HOKENRYO", "integer", "none", integer(900, 3000)),
            Col("SHOTOKUZEI", "integer", "none", integer(3000, 40000)),
            Col("JUMINZEI", "integer", "none", integer(0, 35000)),
            Col("KUMIAIHI", "integer", "trade_union", weighted({0: 40, 2500: 30, 3000: 30})),
            Col("SASHIHIKI_SHIKYUGAKU", "integer", "none", integer(150000, 420000))], rows=150),
        Table(S, "T_KINTAI", [
            Col("SHAIN_NO", "char(6)", "none", any_shain),
            Col("KINMU_YMD", "date", "none", day(2024, 2024)),
            Col("SHUKKIN_JIKOKU", "time", "none", lambda c, i: f"{c.r.randint(7, 9):02d}:{c.r.randint(0, 59):02d}"),
            Col("TAIKIN_JIKOKU", "time", "none", lambda c, i: f"{c.r.randint(16, 21):02d}:{c.r.randint(0, 59):02d}"),
            Col("KINTAI_KBN", "char(2)", "health", kintai),
            Col("BIKO", "varchar(200)", "health", BIKO)], rows=150),
        Table(S, "T_KENKO_SHINDAN", [
            Col("SHAIN_NO", "char(6)", "none", any_shain),
            Col("JUSHIN_YMD", "date", "none", day(2023, 2024)),
            Col("SHINCHO", "numeric(4,1)", "health", num(148, 188, 1)),
            Col("TAIJU", "numeric(4,1)", "health", num(42, 105, 1)),
            Col("BMI", "numeric(4,1)", "health", num(17, 34, 1)),
            Col("KETSUATSU_JO", "smallint", "health", integer(98, 172)),
            Col("KETSUATSU_GE", "smallint", "health", integer(58, 104)),
            Col("HBA1C", "numeric(3,1)", "health", num(4.8, 8.9, 1)),
            Col("HANTEI", "char(1)", "health", weighted({"A": 30, "B": 35, "C": 20, "D": 10, "E": 5})),
            Col("SHOKEN", "varchar(400)", "health", pick("", "異常なし", "脂質異常、要経過観察", "高血圧、要精密検査",
                                                         "肝機能軽度異常。飲酒を控えること", "空腹時血糖高値、要再検査")),
            Col("KIKAN_NM", "varchar(60)", "none", pick("蒲田総合健診センター", "川崎健康管理クリニック"))], rows=140,
              extra=fks),
    ]
