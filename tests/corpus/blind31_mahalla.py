"""ag_mahalla: an in-house social-assistance register of Tashkent mahalla committees (Uzbek snake_case names).

Families ("oila"), their members ("fuqaro"), medical checks, disability records, aid applications and payouts,
home visits and the preventive police register ("profilaktik hisob") that mahalla committees keep.
"""
from __future__ import annotations

from .blind31_gens import (bcrypt, day, fill, fk, fkv, ipv4, maybe, money, moment, num, person, pick, point, pv, raw,
                           seq, token)
from .gens import Col, Table

S = "ag_mahalla"
F = "uz_fuqaro"        # citizen i; citizens 1..120 head family i, 121..150 are further members of families 1..30
N_MAHALLA, N_XODIM, N_OILA, N_FUQARO, N_ARIZA = 14, 30, 120, 150, 140
UZ_IPS = ("84.54", "213.230", "195.158", "188.113")


def _fk(table: str, col: str, ref: str, key: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} ({key})"


def _oila_of(i: int) -> int:
    return (i - 1) % N_OILA + 1


DIAGNOSES = (("I10", "Arterial gipertenziya", "Enalapril 10 mg"), ("J45.9", "Bronxial astma", "Salbutamol ingalyator"),
             ("N18.5", "Surunkali buyrak yetishmovchiligi", "Gemodializ, haftada 3 marta"),
             ("F20.0", "Paranoid shizofreniya", "Risperidon 2 mg"), ("G40.9", "Epilepsiya", "Karbamazepin 200 mg"),
             ("C50.9", "Sut bezi saratoni", "Tamoksifen 20 mg"), ("A15.0", "O'pka sili", "Izoniazid + Rifampitsin"),
             ("K29.7", "Gastrit", "Omeprazol 20 mg"), ("M54.5", "Bel og'rig'i", "Diklofenak"))
SABAB = ("Oila boquvchisini yo'qotgan, {first}ning onasi yolg'iz.", "Ishsiz, {full} 2023-yildan ish qidirmoqda.",
         "Ko'p bolali oila. Bog'lanish: {mobile}.", "Uy-joy yong'indan zarar ko'rgan.", "Nogiron farzand parvarishida.")
KUZATUV = ("Uyda {first} va uch nafar bola yashaydi, isitish yo'q.", "Oila a'zolari bilan suhbat o'tkazildi.",
           "{full} uyda yo'q edi, qo'shnisi telefon berdi: {mobile}.", "Sharoit qoniqarli.",
           "Tom ta'mirga muhtoj, gaz ulanmagan.")
PROF_IZOH = ("{first} har oy uchastka inspektoriga keladi.", "Ishga joylashtirildi, nazorat davom etadi.",
             "{full} bilan profilaktik suhbat o'tkazildi.", "")


def mahalla_tables() -> list[Table]:
    kenglik, uzunlik = point((41.23, 41.38), (69.18, 69.35))
    mahalla = Table(S, "mahalla", [
        Col("mahalla_id", "integer PRIMARY KEY", "none", seq()),
        Col("nomi", "varchar(120)", "none", lambda c, i: ("Bodomzor", "Qoraqamish", "Navbahor", "Yangiobod", "Oqtepa",
                                                          "Beshyog'och", "Ko'kcha")[i % 7] + f" MFY-{i}"),
        Col("tuman", "varchar(60)", "none", pick("Yunusobod", "Chilonzor", "Mirobod", "Olmazor")),
        Col("rais_fio", "varchar(150)", "person_name", pv("uz_rais", "uz", "full")),
        Col("rais_telefon", "varchar(30)", "phone", pv("uz_rais", "uz", "mobile")),
        Col("idora_manzili", "varchar(200)", "none", lambda c, i: f"{('Navoiy', 'Bobur', 'Lutfiy')[i % 3]} ko'chasi, "
                                                                   f"{i + 2}-bino (MFY idorasi)"),
        Col("idora_telefoni", "varchar(30)", "none", lambda c, i: f"+998 71 2{i:02d}-{30 + i}-00"),
        Col("stir", "char(9)", "none", lambda c, i: f"20{c.r.randint(1000000, 9999999)}", comment="tashkilot STIR"),
        Col("tashkil_sana", "date", "none", day(1995, 2015)),
    ], rows=N_MAHALLA)
    xodim = Table(S, "xodim", [
        Col("xodim_id", "integer PRIMARY KEY", "none", seq()),
        Col("mahalla_id", "integer", "none", fk(N_MAHALLA, 1)),
        Col("fio", "varchar(150)", "person_name", pv("uz_xodim", "uz", "full")),
        Col("lavozim", "varchar(80)", "none", pick("Hokim yordamchisi", "Xotin-qizlar faoli", "Yoshlar yetakchisi",
                                                   "Ijtimoiy xodim", "Kotib")),
        Col("login", "varchar(40)", "none", lambda c, i: f"xodim{i:03d}"),
        Col("parol_xesh", "varchar(100)", "credentials", bcrypt("$2b$12$")),
        Col("telefon", "varchar(30)", "phone", pv("uz_xodim", "uz", "mobile")),
        Col("email", "varchar(120)", "email", pv("uz_xodim", "uz", "email")),
        Col("oxirgi_kirish_ip", "inet", "ip_address", ipv4(*UZ_IPS)),
        Col("faol", "boolean", "none", pick(True, True, False)),
    ], rows=N_XODIM, extra=[_fk("xodim", "mahalla_id", "mahalla", "mahalla_id")])
    oila = Table(S, "oila", [
        Col("oila_id", "integer PRIMARY KEY", "none", seq()),
        Col("mahalla_id", "integer", "none", fk(N_MAHALLA, 3)),
        Col("oila_boshligi", "varchar(150)", "person_name", pv(F, "uz", "full")),
        Col("manzil", "varchar(200)", "postal_address", pv(F, "uz", "street")),
        Col("uy_raqami", "varchar(20)", "postal_address", pv(F, "uz", "house")),
        Col("pochta_indeksi", "char(6)", "postal_address", pv(F, "uz", "postcode")),
        Col("tuman", "varchar(60)", "none", pv(F, "uz", "district")),
        Col("telefon", "varchar(30)", "phone", pv(F, "uz", "mobile")),
        Col("azolar_soni", "smallint", "none", num(1, 9)),
        Col("oylik_daromad", "numeric(12,2)", "none", money(300000, 6000000)),
        Col("temir_daftar", "boolean", "none", pick(True, False, False)),
        Col("royxatga_olingan", "date", "none", day(2019, 2024)),
        Col("uy_joy_holati", "varchar(40)", "none", pick("shaxsiy uy", "ijara", "kvartira", "qarindoshlarinikida")),
    ], rows=N_OILA, extra=[_fk("oila", "mahalla_id", "mahalla", "mahalla_id")])
    fuqaro = Table(S, "fuqaro", [
        Col("fuqaro_id", "integer PRIMARY KEY", "none", seq()),
        Col("oila_id", "integer", "none", lambda c, i: _oila_of(i)),
        Col("familiya", "varchar(60)", "person_name", pv(F, "uz", "last")),
        Col("ism", "varchar(60)", "person_name", pv(F, "uz", "first")),
        Col("otasining_ismi", "varchar(60)", "person_name", pv(F, "uz", "middle")),
        Col("tugilgan_sana", "date", "birth_date", pv(F, "uz", "birth")),
        Col("jinsi", "char(1)", "none", lambda c, i: "E" if person(c, F, i, "uz")["sex"] == "M" else "A"),
        Col("jshshir", "char(14)", "national_id", pv(F, "uz", "pinfl")),
        Col("pasport", "varchar(9)", "national_id", pv(F, "uz", "passport")),
        Col("millati", "varchar(30)", "ethnic_origin", pick("o'zbek", "o'zbek", "o'zbek", "tojik", "rus", "qozoq",
                                                            "tatar", "koreys", "qoraqalpoq")),
        Col("oilaviy_holati", "varchar(20)", "none", pick("uylangan", "turmushga chiqqan", "ajrashgan", "beva",
                                                          "bo'ydoq")),
        Col("qarindoshligi", "varchar(20)", "none", lambda c, i: "oila boshlig'i" if i <= N_OILA else
            c.r.choice(("turmush o'rtog'i", "o'g'li", "qizi", "onasi", "kelini"))),
        Col("mehnat_holati", "varchar(30)", "none", pick("ishsiz", "ishlaydi", "pensioner", "talaba", "uy bekasi")),
        Col("telefon", "varchar(30)", "phone", maybe(pv(F, "uz", "mobile"), 0.8)),
        Col("elektron_pochta", "varchar(120)", "email", maybe(pv(F, "uz", "email"), 0.4)),
        Col("nogironlik_guruhi", "smallint", "health", maybe(num(1, 3), 0.2)),
    ], rows=N_FUQARO, extra=[_fk("fuqaro", "oila_id", "oila", "oila_id")])
    korik = Table(S, "tibbiy_korik", [
        Col("korik_id", "integer PRIMARY KEY", "none", seq()),
        Col("fuqaro_id", "integer", "none", fk(N_FUQARO, 7)),
        Col("sana", "date", "none", day(2022, 2024)),
        Col("shifokor_fio", "varchar(150)", "person_name", pv("uz_shifokor", "uz", "full")),
        Col("muassasa", "varchar(120)", "none", lambda c, i: f"{c.r.randint(1, 60)}-oilaviy poliklinika"),
        Col("tashxis_kodi", "varchar(10)", "health", lambda c, i: DIAGNOSES[i % len(DIAGNOSES)][0]),
        Col("tashxis", "varchar(200)", "health", lambda c, i: DIAGNOSES[i % len(DIAGNOSES)][1]),
        Col("dori_vositalari", "text", "health", lambda c, i: DIAGNOSES[i % len(DIAGNOSES)][2]),
        Col("qon_guruhi", "varchar(8)", "health", pick("O(I)+", "A(II)+", "B(III)+", "AB(IV)-", "A(II)-")),
        Col("homiladorlik", "boolean", "health", pick(False, False, False, True)),
        Col("izoh", "text", "health", pick("Nazorat 3 oydan keyin.", "Statsionar davolash tavsiya etildi.",
                                           "Nogironlikka yo'llanma berildi.", "Dispanser hisobida.")),
    ], rows=130, extra=[_fk("tibbiy_korik", "fuqaro_id", "fuqaro", "fuqaro_id")])
    nogironlik = Table(S, "nogironlik", [
        Col("nogironlik_id", "integer PRIMARY KEY", "none", seq()),
        Col("fuqaro_id", "integer", "none", fk(N_FUQARO, 11)),
        Col("guruh", "smallint", "health", num(1, 3)),
        Col("sabab", "varchar(60)", "health", pick("umumiy kasallik", "bolalikdan nogiron", "mehnat jarohati",
                                                   "ko'rish qobiliyati yo'qolgan", "eshitish qobiliyati past")),
        Col("tibbiy_komissiya_sana", "date", "none", day(2015, 2024)),
        Col("qayta_korik_sana", "date", "none", maybe(day(2025, 2027), 0.7)),
        Col("protez_ehtiyoji", "varchar(60)", "health", pick("yo'q", "nogironlar aravachasi", "eshitish apparati",
                                                             "oyoq protezi", "yo'q")),
        Col("nafaqa_summasi", "numeric(12,2)", "none", money(700000, 1500000)),
    ], rows=85, extra=[_fk("nogironlik", "fuqaro_id", "fuqaro", "fuqaro_id")])
    ariza = Table(S, "yordam_ariza", [
        Col("ariza_id", "integer PRIMARY KEY", "none", seq()),
        Col("oila_id", "integer", "none", lambda c, i: _oila_of(fkv(i, N_FUQARO, 13))),
        Col("fuqaro_id", "integer", "none", fk(N_FUQARO, 13)),
        Col("ariza_turi", "varchar(60)", "none", pick("moddiy yordam", "bolalar nafaqasi", "kam ta'minlangan oila "
                                                      "nafaqasi", "qishki kiyim-kechak")),
        Col("ariza_sana", "date", "none", day(2021, 2024)),
        Col("summa", "numeric(12,2)", "none", money(200000, 3000000)),
        Col("holati", "varchar(20)", "none", pick("ko'rib chiqilmoqda", "tasdiqlandi", "rad etildi")),
        Col("sabab", "text", "free_text_may_contain_pii", fill(F, "uz", SABAB, N_FUQARO, 13)),
        Col("xodim_id", "integer", "none", fk(N_XODIM, 3)),
        Col("qaror_sana", "date", "none", maybe(day(2021, 2024), 0.7)),
        Col("bank_hisob", "char(20)", "bank_account", lambda c, i: person(c, F, fkv(i, N_FUQARO, 13), "uz")["account"]),
        Col("karta_raqami", "char(16)", "payment_card", lambda c, i: person(c, F, fkv(i, N_FUQARO, 13), "uz")["card"]),
    ], rows=N_ARIZA, extra=[_fk("yordam_ariza", "fuqaro_id", "fuqaro", "fuqaro_id"),
                            _fk("yordam_ariza", "oila_id", "oila", "oila_id"),
                            _fk("yordam_ariza", "xodim_id", "xodim", "xodim_id")])
    tolov = Table(S, "tolov", [
        Col("tolov_id", "integer PRIMARY KEY", "none", seq()),
        Col("ariza_id", "integer", "none", fk(N_ARIZA, 3)),
        Col("summa", "numeric(12,2)", "none", money(200000, 3000000)),
        Col("tolov_sana", "timestamp", "none", moment(2021, 2024)),
        Col("tolov_usuli", "varchar(20)", "none", pick("karta", "naqd", "pochta")),
        Col("barmoq_izi_shablon", "bytea", "biometric", raw(96), comment="naqd olishda olingan barmoq izi shabloni"),
        Col("sms_kod", "char(6)", "secret_token", token(6, "0123456789")),
        Col("kassir_id", "integer", "none", fk(N_XODIM, 7)),
    ], rows=150, extra=[_fk("tolov", "ariza_id", "yordam_ariza", "ariza_id"),
                        _fk("tolov", "kassir_id", "xodim", "xodim_id")])
    prof = Table(S, "profilaktik_hisob", [
        Col("hisob_id", "integer PRIMARY KEY", "none", seq()),
        Col("fuqaro_id", "integer", "none", fk(N_FUQARO, 17)),
        Col("hisob_turi", "varchar(40)", "criminal_record", pick("muqaddam sudlangan", "jazoni o'tab qaytgan",
                                                                 "shartli hukm qilingan", "ma'muriy nazoratda")),
        Col("modda", "varchar(40)", "criminal_record", pick("JK 169-modda 2-qism", "JK 277-modda", "JK 105-modda",
                                                            "JK 273-modda 1-qism", "JK 168-modda", "JK 266-modda")),
        Col("jazo_turi", "varchar(60)", "criminal_record", pick("ozodlikdan mahrum qilish", "axloq tuzatish ishlari",
                                                                "jarima", "ozodlikni cheklash")),
        Col("muddat_oy", "smallint", "criminal_record", num(6, 96)),
        Col("hukm_sana", "date", "none", day(2008, 2022)),
        Col("ozod_sana", "date", "none", maybe(day(2015, 2024), 0.8)),
        Col("inspektor_fio", "varchar(150)", "person_name", pv("uz_inspektor", "uz", "full")),
        Col("izoh", "text", "free_text_may_contain_pii", fill(F, "uz", PROF_IZOH, N_FUQARO, 17)),
    ], rows=90, extra=[_fk("profilaktik_hisob", "fuqaro_id", "fuqaro", "fuqaro_id")])
    tashrif = Table(S, "uy_tashrifi", [
        Col("tashrif_id", "integer PRIMARY KEY", "none", seq()),
        Col("oila_id", "integer", "none", fk(N_OILA, 5)),
        Col("xodim_id", "integer", "none", fk(N_XODIM, 11)),
        Col("sana", "date", "none", day(2022, 2024)),
        Col("maqsad", "varchar(60)", "none", pick("ariza tekshiruvi", "qishki tekshiruv", "rejali tashrif")),
        Col("kuzatuv", "text", "free_text_may_contain_pii", fill(F, "uz", KUZATUV, N_OILA, 5)),
        Col("uy_sharoiti", "varchar(20)", "none", pick("yaxshi", "qoniqarli", "og'ir")),
        Col("kenglik", "numeric(9,6)", "geo_location", kenglik),
        Col("uzunlik", "numeric(9,6)", "geo_location", uzunlik),
        Col("rasm_soni", "smallint", "none", num(0, 6)),
    ], rows=120, extra=[_fk("uy_tashrifi", "oila_id", "oila", "oila_id"),
                        _fk("uy_tashrifi", "xodim_id", "xodim", "xodim_id")])
    return [mahalla, xodim, oila, fuqaro, korik, nogironlik, ariza, tolov, prof, tashrif]
