"""as_arackiralama: in-house system of a family car-rental firm in Girne (Northern Cyprus), Turkish names in ASCII
as the local developer wrote them, with some English: customers, drivers' licences, vehicles with GPS, rentals,
damage reports, card payments, the blacklist, branches and the log."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, bcrypt, const, dates, digits, fk, fkey, flag, iban, ints, maybe, one,
                           seq, stamps)
from .blind43_gens import any_mobile, any_name, card, person
from .gens import Table

S = "as_arackiralama"
MUS, PER = "tr.musteri", "tr.personel"
N_SUBE, N_PER, N_MUS, N_ARAC, N_KIR = 5, 24, 140, 80, 150
SUBE = [("Girne Merkez", "Ziya Rızkı Cad. No:22, Girne", "+90 392 815 40 40", "girne@akdenizrent.com"),
        ("Ercan Havalimanı", "Ercan Havalimanı Geliş Katı, Lefkoşa", "+90 392 600 51 51", "ercan@akdenizrent.com"),
        ("Lefkoşa", "Dereboyu Cad. No:105, Lefkoşa", "+90 392 227 30 30", "lefkosa@akdenizrent.com"),
        ("Gazimağusa", "Salamis Yolu No:8, Gazimağusa", "+90 392 366 12 12", "magusa@akdenizrent.com"),
        ("Alsancak Otel Noktası", "Alsancak Sahil Yolu, Girne", "+90 392 821 77 77", "alsancak@akdenizrent.com")]


def _hasar(c, i):
    return c.r.choice(["Sağ ön çamurlukta çizik.", "Arka tampon göçük, otoparkta çarpılmış.", "Ön cam çatlak (taş).",
                       f"Karşı taraf sürücüsü {any_name('tr')(c, i)}, tel {any_mobile('tr')(c, i)}, kaza tespit tutanağı var.",
                       "Jant hasarı.", f"Polis memuru {any_name('tr')(c, i)} tutanak tuttu, alkol testi negatif."])


def _not(c, i):
    return c.r.choice([None, None, None, "Bebek koltuğu istedi.", "Uçuş rötarlı, 02:00'de teslim.",
                       f"Ek sürücü: {any_name('tr')(c, i)}", "Depo dolu teslim edilecek."])


def arackiralama_tables() -> list[Table]:
    m = lambda f: person("tr", MUS, f, 1950, 2004)         # noqa: E731
    p = lambda f: person("tr", PER, f, 1965, 2002)         # noqa: E731
    return [
        Table(S, "subeler", [
            C("sube_id", "integer PRIMARY KEY", "none", seq()),
            C("sube_adi", "varchar(60)", "none", lambda c, i: SUBE[i - 1][0]),
            C("adres", "varchar(120)", "none", lambda c, i: SUBE[i - 1][1]),
            C("telefon", "varchar(20)", "none", lambda c, i: SUBE[i - 1][2]),
            C("eposta", "varchar(60)", "none", lambda c, i: SUBE[i - 1][3]),
            C("sorumlu", "varchar(60)", "person_name", lambda c, i: person("tr", PER, "full")(c, i)),
            C("sorumlu_cep", "varchar(20)", "phone", lambda c, i: person("tr", PER, "mobile")(c, i)),
        ], rows=N_SUBE),
        Table(S, "personel", [
            C("personel_id", "integer PRIMARY KEY", "none", seq()),
            C("ad_soyad", "varchar(80)", "person_name", p("full")),
            C("kullanici_adi", "varchar(40)", "none", p("user")),
            C("sifre", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("cep_tel", "varchar(20)", "phone", p("mobile")),
            C("kimlik_no", "varchar(15)", "national_id", p("natid")),
            C("sube_id", "integer", "none", fk(N_SUBE, 1)),
            C("gorev", "varchar(30)", "none", one("Teslimat", "Ofis", "Yönetici", "Teknisyen")),
            C("sendika_uyesi", "boolean", "trade_union", flag(0.3), comment="Kamu-Sen / Koop-Sen aidat kesintisi"),
            C("maas", "numeric(10,2)", "none", amounts(28000, 65000)),
        ], rows=N_PER, extra=[fkey(S, "personel", "sube_id", "subeler", "sube_id")]),
        Table(S, "musteriler", [
            C("musteri_id", "integer PRIMARY KEY", "none", seq()),
            C("ad", "varchar(40)", "person_name", m("first")),
            C("soyad", "varchar(40)", "person_name", m("last")),
            C("dogum_tarihi", "date", "birth_date", m("birth")),
            C("kimlik_pasaport_no", "varchar(20)", "national_id", m("natid")),
            C("uyruk", "varchar(20)", "none", one("KKTC", "KKTC", "TC", "KKTC/TC", "UK")),
            C("cep", "varchar(20)", "phone", m("mobile")),
            C("ev_tel", "varchar(20)", "phone", maybe(m("phone"), 0.4)),
            C("email", "varchar(80)", "email", maybe(m("email"), 0.7)),
            C("adres", "varchar(150)", "postal_address", m("a_line")),
            C("sehir", "varchar(30)", "none", m("a_town")),
            C("posta_kodu", "varchar(10)", "postal_address", m("a_postcode")),
            C("kampanya_sms", "boolean", "none", flag(0.5)),
            C("kayit_tarihi", "timestamp", "none", stamps(2019, 2025)),
        ], rows=N_MUS),
        Table(S, "ehliyetler", [
            C("ehliyet_id", "integer PRIMARY KEY", "none", seq()),
            C("musteri_id", "integer", "none", seq()),
            C("ehliyet_no", "varchar(20)", "national_id", lambda c, i: f"{c.r.choice(['KKTC', 'TR'])}-{digits(c, 6)}"),
            C("sinif", "varchar(5)", "none", one("B", "B", "B1", "A,B")),
            C("verilis_tarihi", "date", "none", dates(1995, 2023)),
            C("gozluk_sarti", "boolean", "health", flag(0.2), comment="ehliyette 01 kodu: gözlük/lens"),
            C("ceza_puani", "smallint", "criminal_record", ints(0, 70), comment="trafik ceza puanı"),
        ], rows=N_MUS, extra=[fkey(S, "ehliyetler", "musteri_id", "musteriler", "musteri_id")]),
        Table(S, "araclar", [
            C("arac_id", "integer PRIMARY KEY", "none", seq()),
            C("plaka", "varchar(10)", "none", lambda c, i: f"{c.r.choice(['ZA', 'ZB', 'ZC', 'ZD'])} {digits(c, 3)}"),
            C("marka_model", "varchar(40)", "none", one("Toyota Vitz", "Nissan Note", "Honda Fit", "Toyota Corolla", "Kia Picanto")),
            C("yil", "smallint", "none", ints(2012, 2024)),
            C("gunluk_ucret", "numeric(8,2)", "none", amounts(900, 2500)),
            C("sube_id", "integer", "none", fk(N_SUBE, 1)),
            C("km", "integer", "none", ints(12000, 210000)),
            C("sasi_no", "varchar(17)", "none", lambda c, i: "JTD" + "".join(c.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))),
        ], rows=N_ARAC, extra=[fkey(S, "araclar", "sube_id", "subeler", "sube_id")]),
        Table(S, "kiralamalar", [
            C("kiralama_id", "integer PRIMARY KEY", "none", seq()),
            C("musteri_id", "integer", "none", fk(N_MUS, 3)),
            C("arac_id", "integer", "none", fk(N_ARAC, 7)),
            C("alis_tarihi", "timestamp", "none", stamps(2024, 2025)),
            C("donus_tarihi", "timestamp", "none", stamps(2024, 2025)),
            C("teslim_yeri", "varchar(120)", "postal_address",
              lambda c, i: person("tr", "tr.otel", "a_full")(c, i) if i % 4 else "Ercan Havalimanı",
              comment="araç müşterinin evine/oteline bırakılır"),
            C("toplam", "numeric(10,2)", "none", amounts(2500, 40000)),
            C("depozito", "numeric(10,2)", "none", one(3000, 5000)),
            C("notlar", "text", "free_text_may_contain_pii", _not),
            C("personel_id", "integer", "none", fk(N_PER, 5)),
        ], rows=N_KIR, extra=[fkey(S, "kiralamalar", "musteri_id", "musteriler", "musteri_id"),
                              fkey(S, "kiralamalar", "arac_id", "araclar", "arac_id"),
                              fkey(S, "kiralamalar", "personel_id", "personel", "personel_id")]),
        Table(S, "gps_kayitlari", [
            C("kayit_id", "integer PRIMARY KEY", "none", seq()),
            C("arac_id", "integer", "none", fk(N_ARAC, 3)),
            C("enlem", "numeric(9,6)", "geo_location", lambda c, i: round(35.2 + c.r.uniform(-0.15, 0.15), 6)),
            C("boylam", "numeric(9,6)", "geo_location", lambda c, i: round(33.4 + c.r.uniform(-0.4, 0.5), 6)),
            C("hiz", "smallint", "none", ints(0, 120)),
            C("zaman", "timestamp", "none", stamps(2025, 2025)),
            C("kontak_acik", "boolean", "none", flag(0.6)),
        ], rows=150, extra=[fkey(S, "gps_kayitlari", "arac_id", "araclar", "arac_id")]),
        Table(S, "hasar_raporlari", [
            C("rapor_id", "integer PRIMARY KEY", "none", seq()),
            C("kiralama_id", "integer", "none", fk(N_KIR, 3)),
            C("aciklama", "text", "free_text_may_contain_pii", _hasar),
            C("tutar", "numeric(10,2)", "none", amounts(500, 30000)),
            C("sigorta_dosya_no", "varchar(20)", "none", lambda c, i: f"GNS-{digits(c, 8)}"),
            C("foto_sayisi", "smallint", "none", ints(0, 12)),
        ], rows=80, extra=[fkey(S, "hasar_raporlari", "kiralama_id", "kiralamalar", "kiralama_id")]),
        Table(S, "odemeler", [
            C("odeme_id", "integer PRIMARY KEY", "none", seq()),
            C("kiralama_id", "integer", "none", fk(N_KIR, 1)),
            C("kart_no", "varchar(19)", "payment_card", lambda c, i: card(c)),
            C("kart_sahibi", "varchar(60)", "person_name", lambda c, i: person("tr", MUS, "full")(c, fk(N_MUS, 3)(c, fk(N_KIR, 1)(c, i))).upper()),
            C("son_kullanma", "varchar(5)", "none", lambda c, i: f"{c.r.randint(1, 12):02d}/{c.r.randint(25, 30)}"),
            C("provizyon_kodu", "varchar(10)", "none", lambda c, i: digits(c, 6)),
            C("tutar", "numeric(10,2)", "none", amounts(2500, 40000)),
            C("para_birimi", "char(3)", "none", one("TRY", "TRY", "GBP", "EUR")),
            C("iade_iban", "varchar(34)", "iban",
              maybe(lambda c, i: iban("TR", c.r.choice(["00062", "00010", "00046", "00067"]) + "0" + digits(c, 16)), 0.2)),
    ], rows=N_KIR, extra=[fkey(S, "odemeler", "kiralama_id", "kiralamalar", "kiralama_id")]),
        Table(S, "kara_liste", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("musteri_id", "integer", "none", lambda c, i: i * 13),
            C("sebep", "text", "criminal_record", one("Araç çalma girişimi, polise ihbar edildi.",
                                                     "Alkollü araç kullanmaktan mahkûm (2023).",
                                                     "Sahte ehliyet ibraz etti, dava sürüyor.",
                                                     "Kaçakçılıktan aranıyor (polis yazısı)."),
              comment="sebep"),
            C("eklenme", "date", "none", dates(2020, 2025)),
        ], rows=10, extra=[fkey(S, "kara_liste", "musteri_id", "musteriler", "musteri_id")]),
        Table(S, "api_anahtarlari", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("servis", "varchar(30)", "none", one("booking-portal", "sms-gateway", "gps-provider")),
            C("anahtar", "varchar(80)", "secret_token", lambda c, i: "sk_live_" + b64(c, 30).replace("/", "x").replace("+", "y")),
            C("aktif", "boolean", "none", flag(0.8)),
        ], rows=6),
        Table(S, "islem_log", [
            C("log_id", "integer PRIMARY KEY", "none", seq()),
            C("personel_id", "integer", "none", fk(N_PER, 1)),
            C("islem", "varchar(40)", "none", one("giris", "kiralama_olustur", "odeme_iade", "musteri_sil")),
            C("ip_adresi", "varchar(40)", "ip_address", lambda c, i: f"{c.r.choice(['194.27', '213.14', '31.206'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("tarih", "timestamp", "none", stamps(2025, 2025)),
            C("basarili", "boolean", "none", const(True)),
        ], rows=150, extra=[fkey(S, "islem_log", "personel_id", "personel", "personel_id")]),
    ]
