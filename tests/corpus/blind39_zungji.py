"""ao_zungji: an in-house system of a Chinese-medicine clinic group in Kowloon, Hong Kong, with column names in
romanised Cantonese (Jyutping without tones): doctors, patients, consultations, herb prescriptions, suppliers,
appointments and payments. The patient's `biu_gei` (tag) and `fan_leoi` (category) hold health conditions."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, card, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps
from .blind39_gens import any_name, any_phone, person
from .gens import Table

S = "ao_zungji"
BJ, JS = "zj.beng_jan", "zj.ji_si"
N_JS, N_BJ, N_ZL, N_GJ = 24, 140, 150, 80
HERBS = ["黃芪", "當歸", "白朮", "茯苓", "甘草", "川芎", "熟地黃", "黨參", "陳皮", "半夏", "柴胡", "桂枝"]
SUPPLIERS = ["Wing Tai Herbal Trading Co. Ltd", "Po Sum On Medicine Factory", "Hung Fook Tong Trading", "Kwong Sang "
             "Hong Medicine", "Yuen Tai Hong Ginseng Co.", "Sai Ying Pun Herbs Wholesale"]


def _bei_zyu(c, i):
    return c.r.choice([None, None, "覆診兩星期後", "Patient prefers Saturday slots.",
                       f"由女兒 {any_name('hk')(c, i)} 陪同, 電話 {any_phone('hk')(c, i)}",
                       f"Refer to Dr {person('hk', JS, 'full')(c, c.r.randint(1, N_JS))} for acupuncture.",
                       "已解釋煎藥方法"])


def zungji_tables() -> list[Table]:
    b = lambda f: person("hk", BJ, f, 1940, 2010)           # noqa: E731
    j = lambda f: person("hk", JS, f, 1955, 1995)           # noqa: E731
    return [
        Table(S, "ji_si", [
            C("ji_si_id", "integer PRIMARY KEY", "none", seq()),
            C("sing_ming", "varchar(80)", "person_name", j("full")),
            C("zung_man_meng", "varchar(20)", "person_name", j("zh")),
            C("zap_ciu_hou", "varchar(12)", "none", lambda c, i: f"{c.r.choice(['001', '002', '003'])}{digits(c, 3)}",
              comment="註冊中醫編號"),
            C("din_jau", "varchar(80)", "email", lambda c, i: j("user")(c, i) + "@kowloontcm.com.hk"),
            C("sau_gei", "varchar(20)", "phone", j("mobile")),
            C("mat_maa", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("zan_so", "varchar(40)", "none", one("旺角診所", "深水埗診所", "觀塘診所")),
        ], rows=N_JS),
        Table(S, "beng_jan", [
            C("beng_jan_id", "integer PRIMARY KEY", "none", seq()),
            C("beng_lik_hou", "varchar(12)", "none", lambda c, i: f"KT{i + 30000:07d}"),
            C("sing_ming", "varchar(80)", "person_name", b("full")),
            C("zung_man_meng", "varchar(20)", "person_name", b("zh")),
            C("san_fan_zing", "varchar(12)", "national_id", b("natid")),
            C("ceot_sang_jat_kei", "date", "birth_date", b("birth")),
            C("sing_bit", "char(1)", "none", b("sex")),
            C("sau_gei", "varchar(20)", "phone", b("mobile")),
            C("uk_kei_din_wa", "varchar(20)", "phone", maybe(b("phone"), 0.4)),
            C("din_jau", "varchar(80)", "email", maybe(b("email"), 0.6)),
            C("dei_zi", "varchar(160)", "postal_address", b("a_line")),
            C("keoi", "varchar(30)", "none", b("a_city")),
            C("gan_gap_lyun_lok_jan", "varchar(80)", "person_name", any_name("hk")),
            C("gan_gap_din_wa", "varchar(20)", "phone", any_phone("hk")),
            C("gwo_man", "varchar(80)", "health", maybe(one("青黴素", "海鮮", "花生", "Aspirin"), 0.3)),
            C("biu_gei", "varchar(40)", "health", maybe(one("孕婦", "糖尿病", "高血壓", "化療中", "HIV"), 0.5),
              comment="標記"),
            C("fan_leoi", "varchar(20)", "health", one("痛症", "婦科", "內科", "腫瘤科", "皮膚科")),
            C("sing_jan_gyun", "boolean", "none", flag(0.3), comment="醫療券 elderly health care voucher holder"),
            C("zing_jan_hei_jat", "timestamp", "none", stamps(2015, 2025)),
        ], rows=N_BJ),
        Table(S, "gung_jing_soeng", [
            C("gung_jing_soeng_id", "integer PRIMARY KEY", "none", seq()),
            C("gung_si_meng", "varchar(80)", "none", lambda c, i: SUPPLIERS[i % 6] if i <= 6 else
              f"{SUPPLIERS[i % 6]} ({i})"),
            C("soeng_jip_dang_gei", "varchar(12)", "none", lambda c, i: digits(c, 8), comment="商業登記號碼"),
            C("dei_zi", "varchar(160)", "none", lambda c, i: f"G/F, {c.r.randint(1, 200)} Ko Shing Street, Sheung Wan"),
            C("din_wa", "varchar(20)", "none", lambda c, i: f"25{digits(c, 2)} {digits(c, 4)}"),
            C("lyun_lok_jan", "varchar(80)", "person_name", any_name("hk")),
            C("lyun_lok_jan_sau_gei", "varchar(20)", "phone", any_phone("hk")),
            C("fu_fun_kei", "smallint", "none", one(30, 60, 90)),
        ], rows=N_GJ),
        Table(S, "zan_liu_gei_luk", [
            C("zan_liu_id", "integer PRIMARY KEY", "none", seq()),
            C("beng_jan_id", "integer", "none", fk(N_BJ, 3)),
            C("ji_si_id", "integer", "none", fk(N_JS, 5)),
            C("jat_kei", "date", "none", dates(2023, 2025)),
            C("zing_zong", "text", "health", one("頭痛失眠", "腰膝痠軟", "月經不調", "咳嗽痰多", "胃脘脹痛", "濕疹")),
            C("zeon_dyun", "varchar(80)", "health", one("肝鬱氣滯", "腎陽虛", "脾胃虛弱", "風熱犯肺", "血瘀")),
            C("mak_zoeng", "varchar(20)", "health", one("弦", "沉細", "滑數", "浮緊")),
            C("sit_toi", "varchar(20)", "health", one("舌紅苔黃", "舌淡苔白", "舌暗有瘀點")),
            C("zam_gau", "boolean", "health", flag(0.4), comment="針灸 acupuncture given"),
            C("fai_jung", "numeric(8,2)", "none", amounts(150, 680)),
            C("bei_zyu", "text", "free_text_may_contain_pii", _bei_zyu),
        ], rows=N_ZL, extra=[fkey(S, "zan_liu_gei_luk", "beng_jan_id", "beng_jan", "beng_jan_id"),
                             fkey(S, "zan_liu_gei_luk", "ji_si_id", "ji_si", "ji_si_id")]),
        Table(S, "cyu_fong_ming_sai", [
            C("ming_sai_id", "integer PRIMARY KEY", "none", seq()),
            C("zan_liu_id", "integer", "none", fk(N_ZL, 1)),
            C("joek_coi", "varchar(20)", "health", one(*HERBS)),
            C("fan_loeng", "numeric(5,1)", "none", amounts(3, 30, 1)),
            C("tip_sou", "smallint", "none", ints(3, 14)),
            C("gung_jing_soeng_id", "integer", "none", fk(N_GJ, 7)),
        ], rows=150, extra=[fkey(S, "cyu_fong_ming_sai", "zan_liu_id", "zan_liu_gei_luk", "zan_liu_id"),
                            fkey(S, "cyu_fong_ming_sai", "gung_jing_soeng_id", "gung_jing_soeng", "gung_jing_soeng_id")]),
        Table(S, "jyu_jeuk", [
            C("jyu_jeuk_id", "integer PRIMARY KEY", "none", seq()),
            C("beng_jan_id", "integer", "none", fk(N_BJ, 11)),
            C("si_gaan", "timestamp", "none", stamps(2025, 2025)),
            C("zong_taai", "varchar(10)", "none", one("已確認", "已取消", "未到", "已完成")),
            C("duen_seon_jyu_zi", "boolean", "none", flag(0.8), comment="SMS reminder sent"),
            C("bei_zyu", "text", "free_text_may_contain_pii", _bei_zyu),
        ], rows=150, extra=[fkey(S, "jyu_jeuk", "beng_jan_id", "beng_jan", "beng_jan_id")]),
        Table(S, "sau_fei", [
            C("sau_fei_id", "integer PRIMARY KEY", "none", seq()),
            C("zan_liu_id", "integer", "none", fk(N_ZL, 13)),
            C("gam_ngaak", "numeric(8,2)", "none", amounts(150, 1800)),
            C("fu_fun_fong_sik", "varchar(10)", "none", one("現金", "八達通", "信用卡", "FPS", "醫療券")),
            C("seon_jung_kaat", "varchar(19)", "payment_card", lambda c, i: card(c) if c.r.random() < 0.25 else None),
            C("bou_him_gung_si", "varchar(40)", "none", maybe(one("AIA", "Bupa", "AXA", "Blue Cross"), 0.3)),
            C("bou_daan_hou", "varchar(20)", "none", maybe(lambda c, i: f"P{digits(c, 9)}", 0.3)),
            C("sau_geoi_hou", "varchar(14)", "none", lambda c, i: f"R{i:08d}"),
        ], rows=120, extra=[fkey(S, "sau_fei", "zan_liu_id", "zan_liu_gei_luk", "zan_liu_id")]),
    ]
