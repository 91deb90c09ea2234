"""j_hastane: a Turkish state hospital's information system (HBYS, the e-Nabız / Sağlık.NET style), in Turkish:
hasta with TC Kimlik No, hasta yakını, doktor, poliklinik, muayene (with SGK provizyon), tanı (ICD-10), e-reçete,
laboratuvar sonuçları and the drug catalogue (barkod, ATC)."""
from __future__ import annotations

from .blind7_gens import (place, TR_CITIES, code, day, digits, email, first, fk, fkey, full_name, last, maybe, money, one,
                          phone, r_int, stamp, street, tckn, template)
from .gens import Col, Table

S = "j_hastane"
POL = ["Dahiliye", "Kardiyoloji", "Göğüs Hastalıkları", "Genel Cerrahi", "Kadın Hastalıkları ve Doğum", "Çocuk Sağlığı",
       "Ortopedi", "Psikiyatri", "Nöroloji", "Üroloji", "Enfeksiyon Hastalıkları", "Acil Servis", "Göz", "KBB", "Dermatoloji"]
TANI = [("I10", "Esansiyel (primer) hipertansiyon"), ("E11.9", "Tip 2 diabetes mellitus, komplikasyonsuz"),
        ("J18.9", "Pnömoni, tanımlanmamış"), ("F32.9", "Depresif epizod, tanımlanmamış"), ("K29.7", "Gastrit"),
        ("M54.5", "Bel ağrısı"), ("O24.4", "Gebelikte ortaya çıkan diabetes mellitus"), ("B18.1", "Kronik viral hepatit B"),
        ("F20.0", "Paranoid şizofreni"), ("N20.0", "Böbrek taşı"), ("Z34.0", "Normal ilk gebeliğin izlenmesi"),
        ("J45.9", "Astım"), ("I25.1", "Aterosklerotik kalp hastalığı")]
ILAC = [("8699536090115", "Parol 500 mg 20 tablet", "Parasetamol", "N02BE01"),
        ("8699514090051", "Glifor 1000 mg 100 film tablet", "Metformin", "A10BA02"),
        ("8699546150106", "Beloc Zok 50 mg 20 tablet", "Metoprolol", "C07AB02"),
        ("8699543350059", "Lansor 30 mg 28 kapsül", "Lansoprazol", "A02BC03"),
        ("8699525095102", "Augmentin BID 1000 mg 14 tablet", "Amoksisilin+klavulanik asit", "J01CR02"),
        ("8699591350018", "Lustral 50 mg 28 tablet", "Sertralin", "N06AB06"),
        ("8699717150034", "Ventolin inhaler 100 mcg", "Salbutamol", "R03AC02"),
        ("8699532090206", "Coraspin 100 mg 30 tablet", "Asetilsalisilik asit", "B01AC06"),
        ("8699809150028", "Zyprexa 10 mg 28 tablet", "Olanzapin", "N05AH03"),
        ("8699788750011", "Baraclude 0.5 mg 30 tablet", "Entekavir", "J05AF10")]
LAB = [("901620", "Hemogram (tam kan sayımı)", "g/dL", "12-16"), ("900200", "Glukoz", "mg/dL", "70-100"),
       ("901450", "HbA1c", "%", "4-6"), ("903010", "TSH", "mIU/L", "0.27-4.2"), ("900340", "Kreatinin", "mg/dL", "0.5-1.1"),
       ("906610", "HBsAg", "", "Negatif"), ("906660", "Anti-HIV", "", "Negatif"), ("901220", "CRP", "mg/L", "0-5"),
       ("904300", "Beta-hCG", "mIU/mL", "<5")]


def _city(k: int):
    return lambda c, i: place(TR_CITIES, i)[k]


def hastane_tables() -> list[Table]:
    pol = Table(S, "poliklinik", [
        Col("kodu", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("adi", "varchar(60)", "none", lambda c, i: POL[i - 1]),
        Col("bina", "varchar(10)", "none", one("A Blok", "B Blok", "Ek Bina")),
        Col("kat", "smallint", "none", r_int(0, 5)),
        Col("dahili_tel", "varchar(6)", "none", digits(4)),
        Col("mhrs_kodu", "varchar(8)", "none", code("9999")),
    ], rows=15)
    dr = Table(S, "doktor", [
        Col("doktor_id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("diploma_tescil_no", "varchar(10)", "none", digits(6)),
        Col("adi_soyadi", "varchar(80)", "person_name", full_name("tr", upper=0.3)),
        Col("unvan", "varchar(20)", "none", one("Uzm. Dr.", "Doç. Dr.", "Prof. Dr.", "Dr.", "Op. Dr.")),
        Col("brans_kodu", "int", "none", fk(15)),
        Col("cep_tel", "varchar(20)", "phone", phone("tr")),
        Col("aktif", "boolean", "none", one(True, True, True, False)),
    ], rows=35, extra=[fkey(S, "doktor", "brans_kodu", "poliklinik", "kodu")])
    hasta = Table(S, "hasta", [
        Col("hasta_id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("tc_kimlik_no", "char(11)", "national_id", tckn),
        Col("adi", "varchar(40)", "person_name", lambda c, i: first("tr")(c, i).upper() if c.r.random() < 0.6 else first("tr")(c, i)),
        Col("soyadi", "varchar(40)", "person_name", lambda c, i: last("tr")(c, i).upper() if c.r.random() < 0.6 else last("tr")(c, i)),
        Col("baba_adi", "varchar(40)", "person_name", first("tr")),
        Col("anne_adi", "varchar(40)", "person_name", first("tr")),
        Col("dogum_tarihi", "date", "birth_date", day(1935, 2024)),
        Col("dogum_yeri", "varchar(40)", "none", one("ANKARA", "ÇORUM", "YOZGAT", "KIRŞEHİR", "SİVAS", "İSTANBUL", "Kars")),
        Col("cinsiyet", "char(1)", "none", one("E", "K")),
        Col("medeni_hali", "varchar(10)", "none", one("Evli", "Bekar", "Dul", "Boşanmış", "")),
        Col("kan_grubu", "varchar(8)", "health", maybe(0.7, one("A Rh+", "0 Rh+", "B Rh+", "AB Rh+", "A Rh-", "0 Rh-"), "")),
        Col("cep_tel", "varchar(20)", "phone", maybe(0.92, phone("tr"), "")),
        Col("ev_tel", "varchar(20)", "phone", maybe(0.15, lambda c, i: f"0312 {c.r.randint(200, 499)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}", "")),
        Col("e_posta", "varchar(80)", "email", maybe(0.35, email("tr"), "")),
        Col("adres", "varchar(200)", "postal_address", street("tr")),
        Col("ilce", "varchar(40)", "none", _city(0)),
        Col("il", "varchar(20)", "none", _city(1)),
        Col("uyruk", "varchar(20)", "none", one("TC", "TC", "TC", "TC", "Suriye", "Afganistan")),
        Col("sosyal_guvence", "varchar(20)", "none", one("SGK", "SGK", "SGK Emekli", "Yeşil Kart", "Özel Sigorta", "Ücretli")),
        Col("engellilik_orani", "smallint", "health", maybe(0.08, one(40, 50, 70, 90), 0)),
    ], rows=140)
    yakin = Table(S, "hasta_yakini", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("hasta_id", "int", "none", fk(140)),
        Col("yakinlik", "varchar(15)", "none", one("Eşi", "Oğlu", "Kızı", "Annesi", "Babası", "Kardeşi", "Komşu")),
        Col("adi_soyadi", "varchar(80)", "person_name", full_name("tr")),
        Col("telefon", "varchar(20)", "phone", phone("tr")),
    ], rows=100, extra=[fkey(S, "hasta_yakini", "hasta_id", "hasta", "hasta_id")])
    mua = Table(S, "muayene", [
        Col("muayene_id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("hasta_id", "int", "none", fk(140)),
        Col("doktor_id", "int", "none", fk(35)),
        Col("poliklinik_kodu", "int", "none", fk(15)),
        Col("protokol_no", "varchar(12)", "none", lambda c, i: f"2025{i:07d}"),
        Col("kabul_zamani", "timestamp", "none", stamp(2024, 2025)),
        Col("takip_no", "varchar(10)", "none", code("9AA9AA9")),
        Col("sikayet", "varchar(120)", "health", one("Baş ağrısı, bulantı", "Nefes darlığı", "Karın ağrısı 2 gündür", "Ateş, öksürük",
                                                    "Göğüs ağrısı", "Uykusuzluk, isteksizlik", "Gebelik kontrolü", "Bel ağrısı")),
        Col("anamnez", "text", "health", template(
            "{y} yıldır DM, insülin kullanıyor. Sigara {s} paket/yıl.", "Bilinen HT. İlaç uyumu kötü.",
            "Son adet tarihi {t}. Bulantı mevcut.", "Özgeçmiş: astım. Soygeçmiş: babada MI.", "Ek hastalık yok.",
            y=r_int(2, 25), s=r_int(5, 40), t=lambda c, i: day(2025, 2025)(c, i).strftime("%d.%m.%Y"))),
        Col("ates", "numeric(3,1)", "health", money(36.0, 39.8)),
        Col("tansiyon", "varchar(7)", "health", lambda c, i: f"{c.r.randint(95, 180)}/{c.r.randint(55, 110)}"),
        Col("nabiz", "smallint", "health", r_int(52, 128)),
        Col("taburcu_sekli", "varchar(20)", "none", one("Ayaktan", "Ayaktan", "Yatış", "Sevk")),
    ], rows=150, extra=[fkey(S, "muayene", "hasta_id", "hasta", "hasta_id"), fkey(S, "muayene", "doktor_id", "doktor", "doktor_id")])
    tani = Table(S, "tani", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("muayene_id", "int", "none", fk(150)),
        Col("icd10_kodu", "varchar(7)", "health", lambda c, i: TANI[(i * 5) % len(TANI)][0]),
        Col("tani_adi", "varchar(120)", "health", lambda c, i: TANI[(i * 5) % len(TANI)][1]),
        Col("tani_turu", "varchar(10)", "none", one("Ön tanı", "Kesin", "Kesin", "Ek tanı")),
    ], rows=150, extra=[fkey(S, "tani", "muayene_id", "muayene", "muayene_id")])
    ilac = Table(S, "ilac", [
        Col("barkod", "char(13) PRIMARY KEY", "none", lambda c, i: ILAC[i - 1][0]),
        Col("ilac_adi", "varchar(80)", "none", lambda c, i: ILAC[i - 1][1]),
        Col("etken_madde", "varchar(60)", "none", lambda c, i: ILAC[i - 1][2]),
        Col("atc_kodu", "varchar(8)", "none", lambda c, i: ILAC[i - 1][3]),
        Col("kamu_fiyati", "numeric(10,2)", "none", money(18, 950)),
        Col("recete_turu", "varchar(10)", "none", one("Normal", "Normal", "Yeşil", "Kırmızı")),
    ], rows=10)
    rec = Table(S, "recete", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("muayene_id", "int", "none", fk(150)),
        Col("e_recete_no", "varchar(8)", "none", code("9AAA9AA")),
        Col("barkod", "char(13)", "health", lambda c, i: c.r.choice(ILAC)[0]),
        Col("doz", "varchar(20)", "health", one("1x1", "2x1", "3x1", "1x2", "gerektiğinde", "2x2 puf")),
        Col("kullanim_yolu", "varchar(12)", "health", one("Ağızdan", "Ağızdan", "İnhaler", "IM", "IV")),
        Col("kutu_adedi", "smallint", "none", one(1, 1, 2, 3)),
        Col("aciklama", "varchar(120)", "none", one("", "", "Tok karnına", "Sabah aç karnına", "3 ay kullanım")),
    ], rows=150, extra=[fkey(S, "recete", "muayene_id", "muayene", "muayene_id"), fkey(S, "recete", "barkod", "ilac", "barkod")])

    def lab(k: int):
        return lambda c, i: LAB[(i * 3) % len(LAB)][k]
    sonuc = Table(S, "lab_sonuc", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("hasta_id", "int", "none", fk(140)),
        Col("istem_no", "varchar(12)", "none", digits(10)),
        Col("sut_kodu", "varchar(8)", "health", lab(0)),
        Col("test_adi", "varchar(60)", "health", lab(1)),
        Col("sonuc", "varchar(20)", "health", lambda c, i: c.r.choice(["Negatif", "Pozitif"]) if not lab(2)(c, i)
            else f"{c.r.uniform(0.3, 180):.1f}"),
        Col("birim", "varchar(10)", "none", lab(2)),
        Col("referans", "varchar(20)", "none", lab(3)),
        Col("onay_zamani", "timestamp", "none", stamp(2024, 2025)),
        Col("onaylayan", "varchar(80)", "person_name", lambda c, i: "Uzm. Dr. " + full_name("tr")(c, i)),
    ], rows=150, extra=[fkey(S, "lab_sonuc", "hasta_id", "hasta", "hasta_id")])
    return [pol, dr, hasta, yakin, mua, tani, ilac, rec, sonuc]
