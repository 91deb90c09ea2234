"""a_zrm: an in-house emergency medical dispatch system of a Polish voivodeship (dispatch centres, dispatchers,
ambulance crews, emergency calls and the patients on the crews' medical-action cards), with Polish column names:
PESEL numbers with their check digit, identity-card numbers, ul./m. addresses and nn-nnn postcodes."""
from __future__ import annotations

from .blind24_gens import (PL_CITIES, PL_STREETS, _ascii, anyone, argon2_hash, b64, ch, col, dec, fk, flag, opt,
                           people, pk, ref, regon9, sha256_of, ts)
from .gens import Ctx, Table

S = "a_zrm"
N_CENTRE, N_DISP, N_CREW, N_CALL = 16, 90, 80, 150
REASONS = ("Ból w klatce piersiowej", "Duszność", "Utrata przytomności", "Drgawki", "Uraz głowy po upadku",
           "Niedowład prawostronny, zaburzenia mowy", "Krwawienie z rany przedramienia", "Zatrzymanie krążenia",
           "Wysoka gorączka u dziecka", "Zatrucie alkoholem", "Próba samobójcza", "Poród")
ICD = ("I21.9", "I63.9", "R55", "R56.8", "S06.0", "I46.9", "J44.1", "F10.0", "T14.1", "O80", "E10.0", "X84")


def dyspozytornia() -> Table:
    return Table(S, "dyspozytornia", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("nazwa", "varchar(200)", "none", lambda c, i: f"Dyspozytornia Medyczna {PL_CITIES[(i - 1) % 12][0]}"
                                                          + ("" if i <= 12 else " II")),
        col("wojewodztwo", "varchar(40)", "none", lambda c, i: PL_CITIES[(i - 1) % 12][2]),
        col("miasto", "varchar(80)", "none", lambda c, i: PL_CITIES[(i - 1) % 12][0]),
        col("ulica", "varchar(120)", "none", lambda c, i: f"ul. {c.r.choice(PL_STREETS)} {c.r.randint(1, 90)}"),
        col("kod_pocztowy", "varchar(6)", "none", lambda c, i: f"{PL_CITIES[(i - 1) % 12][1]}-{c.r.randint(1, 999):03d}"),
        col("telefon", "varchar(20)", "none", lambda c, i: f"{c.r.choice((22, 12, 42, 71, 61, 58))} "
                                                           f"{c.r.randint(100, 999)} {c.r.randint(10, 99)} "
                                                           f"{c.r.randint(10, 99)}"),
        col("email", "varchar(120)", "none", lambda c, i: f"dyspozytornia{i}@uw.gov.pl"),
        col("regon", "varchar(9)", "none", lambda c, i: regon9(c.r))], rows=N_CENTRE)


def dyspozytor() -> Table:
    p = people("pl", "dyspozytor")
    return Table(S, "dyspozytor", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("dyspozytornia_id", "integer", "none", ref(N_CENTRE)),
        col("imie", "varchar(60)", "person_name", p("first")),
        col("nazwisko", "varchar(80)", "person_name", p("last")),
        col("pesel", "char(11)", "national_id", p("pesel")),
        col("login", "varchar(40)", "none", lambda c, i: f"d{i:04d}"),
        col("haslo_hash", "varchar(120)", "credentials", argon2_hash),
        col("email_sluzbowy", "varchar(120)", "email", lambda c, i: f"{_plain(p('first')(c, i))}."
                                                                   f"{_plain(p('last')(c, i))}@uw.gov.pl"),
        col("telefon_sluzbowy", "varchar(20)", "phone", opt(p("mobile"), 0.3)),
        col("nr_pwz", "varchar(10)", "national_id", lambda c, i: f"{c.r.randint(10**6, 10**7 - 1)}P",
            "Numer prawa wykonywania zawodu pielęgniarki / ratownika"),
        col("aktywny", "boolean", "none", flag(0.9)),
        col("totp_secret", "varchar(32)", "secret_token", lambda c, i: "".join(
            c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32)))], rows=N_DISP,
        extra=[fk(S, "dyspozytor", "dyspozytornia_id", "dyspozytornia")])


def _plain(s: str) -> str:
    return _ascii(s)


def zespol() -> Table:
    return Table(S, "zespol", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("kod_zespolu", "varchar(12)", "none", lambda c, i: f"{c.r.choice('SP')} {c.r.randint(2, 32):02d} "
                                                               f"{c.r.randint(1, 199):03d}"),
        col("typ", "char(1)", "none", ch("S", "P", "P")),
        col("baza", "varchar(120)", "none", lambda c, i: f"Stacja Pogotowia {c.r.choice(PL_CITIES)[0]}"),
        col("rejestracja", "varchar(10)", "none", lambda c, i: f"{c.r.choice(('WX', 'KR', 'EL', 'DW', 'PO'))} "
                                                               f"{c.r.randint(10000, 99999)}"),
        col("telefon_zespolu", "varchar(20)", "none", lambda c, i: f"+48 {c.r.randint(500, 799)} 1{c.r.randint(10, 99)}"
                                                                   f" {c.r.randint(100, 999)}",
            "Służbowy telefon karetki"),
        col("kierownik", "varchar(120)", "person_name", lambda c, i: anyone(c, "pl")["full"],
            "Kierownik zespołu na bieżącej zmianie")], rows=N_CREW)


def zgloszenie() -> Table:
    p = people("pl", "zgloszenie")

    def opis(c: Ctx, i: int) -> str:
        o = anyone(c, "pl")
        return c.r.choice((f"Mężczyzna ok. 60 lat upadł na klatce schodowej, sąsiadka {o['full']} tel. {o['mobile']}",
                           "Dzwoni córka, ojciec nie odpowiada na pytania, oddycha",
                           f"Kod do domofonu 15K, otworzy {o['first']} {o['last']}",
                           "Kobieta w ciąży, 38 tydzień, odeszły wody", "Wypadek na rowerze, przytomny"))
    return Table(S, "zgloszenie", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("nr_zgloszenia", "varchar(20)", "none", lambda c, i: f"ZG/{c.r.choice((2023, 2024))}/{i * 97 + 10000:06d}"),
        col("data_przyjecia", "timestamptz", "none", ts(2023, 2024)),
        col("dyspozytor_id", "integer", "none", ref(N_DISP, 7)),
        col("numer_dzwoniacego", "varchar(20)", "phone", p("mobile")),
        col("imie_dzwoniacego", "varchar(120)", "person_name", opt(p("full"), 0.3)),
        col("adres_zdarzenia", "varchar(250)", "postal_address", p("address")),
        col("miejscowosc", "varchar(80)", "none", p("city")),
        col("wsp_lat", "numeric(9,6)", "geo_location", dec(49.1, 54.7, 6), "Lokalizacja AML telefonu dzwoniącego"),
        col("wsp_lon", "numeric(9,6)", "geo_location", dec(14.2, 24.1, 6)),
        col("kod_pilnosci", "smallint", "none", ch(1, 1, 2)),
        col("powod_wezwania", "varchar(200)", "health", ch(*REASONS)),
        col("opis", "text", "free_text_may_contain_pii", opis),
        col("nagranie_sha256", "char(64)", "none", sha256_of("nagranie")),
        col("czy_aml", "boolean", "none", flag(0.7))], rows=N_CALL,
        extra=[fk(S, "zgloszenie", "dyspozytor_id", "dyspozytor")])


def karta() -> Table:
    p = people("pl", "karta")
    return Table(S, "karta_medycznych_czynnosci", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("zgloszenie_id", "bigint", "none", pk),
        col("zespol_id", "integer", "none", ref(N_CREW, 3)),
        col("imie", "varchar(60)", "person_name", opt(p("first"), 0.1)),
        col("nazwisko", "varchar(80)", "person_name", opt(p("last"), 0.1)),
        col("pesel", "char(11)", "national_id", opt(p("pesel"), 0.25)),
        col("nr_dowodu", "varchar(9)", "national_id", opt(p("idcard"), 0.7), "Gdy brak PESEL: seria i numer dowodu"),
        col("data_urodzenia", "date", "birth_date", opt(p("dob"), 0.2)),
        col("plec", "char(1)", "none", p("sex")),
        col("godz_przybycia", "timestamptz", "none", ts(2023, 2024)),
        col("rozpoznanie_icd10", "varchar(8)", "health", ch(*ICD)),
        col("cisnienie", "varchar(7)", "health", lambda c, i: f"{c.r.randint(80, 200)}/{c.r.randint(45, 120)}"),
        col("leki_podane", "text", "health", opt(ch("Aspiryna 300 mg p.o., morfina 5 mg i.v.",
                                                     "Relanium 10 mg p.r.", "Adrenalina 1 mg i.v. x3",
                                                     "Salbutamol 5 mg nebulizacja", "Glukoza 20% 40 ml i.v."), 0.3)),
        col("decyzja", "varchar(40)", "none", ch("Przekazany do SOR", "Pozostawiony na miejscu",
                                                 "Odmowa transportu", "Przekazany do pracowni hemodynamiki")),
        col("szpital_docelowy", "varchar(160)", "none", opt(ch("Szpital Bielański, SOR", "SPSK nr 4 Lublin",
                                                              "Szpital Uniwersytecki w Krakowie",
                                                              "WSS im. M. Kopernika w Łodzi"), 0.3)),
        col("podpis_png", "text", "none", b64(48), "Podpis kierownika zespołu na tablecie (obraz)")], rows=N_CALL,
        extra=[fk(S, "karta_medycznych_czynnosci", "zgloszenie_id", "zgloszenie"),
               fk(S, "karta_medycznych_czynnosci", "zespol_id", "zespol")])


def zrm_tables() -> list[Table]:
    return [dyspozytornia(), dyspozytor(), zespol(), zgloszenie(), karta()]

