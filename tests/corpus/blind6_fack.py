"""i_fack: the shared membership register of Swedish LO unions (medlemsregister), in Swedish: medlem with
personnummer, avgifter by autogiro, employers' fackavgift deductions, union positions (förtroendeuppdrag), legal
cases (ärenden) and BankID portal logins. Foreign keys declared."""
from __future__ import annotations

from stdnum import luhn

from .blind6_gens import (city, day, email, fill, first, fk, full, last, maybe, money, personnummer, phone,
                          postcode, street, table, ts, weighted)
from .gens import Col, ident, pick, rand_token

S = "i_fack"
N_AVD, N_AG, N_MED = 20, 90, 150
FORBUND = weighted(("Kommunal", 30), ("IF Metall", 22), ("Handels", 18), ("Byggnads", 10), ("Seko", 8), ("Transport", 7),
                   ("Livs", 5))
EMPLOYERS = ["Volvo Personvagnar AB", "Region Stockholm", "ICA Maxi Stormarknad Haninge", "Skanska Sverige AB", "Göteborgs Stad",
             "SSAB EMEA AB", "Coop Butiker & Stormarknader AB", "Uppsala kommun", "PostNord Sverige AB", "Scania CV AB",
             "Attendo Sverige AB", "Norrmejerier", "Peab Sverige AB", "Willys AB", "Sandvik Coromant", "Umeå kommun", "SJ AB"]


def orgnr(kind: str):
    def gen(c, i):
        body = (f"556{c.r.randint(0, 999999):06d}" if kind == "ab" else f"2120{c.r.randint(0, 99999):05d}")
        v = body + luhn.calc_check_digit(body)
        return f"{v[:6]}-{v[6:]}"
    return gen


def fack_tables():
    return [
        table(S, "avdelning", N_AVD, [
            Col("avdelning_id", "int PRIMARY KEY", "none", ident),
            Col("avdnr", "smallint", "none", lambda c, i: i),
            Col("namn", "varchar(80)", "none", lambda c, i: f"Avd {i} {c.r.choice(['Stockholm', 'Göteborg', 'Mälardalen', 'Norrbotten', 'Skåne', 'Väst', 'Mitt', 'Östra Götaland'])}"),
            Col("besoksadress", "varchar(80)", "none", street("sv")),
            Col("postnr", "varchar(6)", "none", postcode("sv")),
            Col("postort", "varchar(40)", "none", city("sv")),
            Col("telefon", "varchar(20)", "none", lambda c, i: f"010-{c.r.randint(442, 449)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"),
            Col("epost", "varchar(80)", "none", lambda c, i: f"avd{i}@{c.r.choice(['kommunal.se', 'ifmetall.se', 'handels.se'])}")]),
        table(S, "arbetsgivare", N_AG, [
            Col("arbetsgivare_id", "int PRIMARY KEY", "none", ident),
            Col("organisationsnummer", "char(11)", "none", lambda c, i: orgnr(c.r.choice(["ab", "ab", "kommun"]))(c, i)),
            Col("namn", "varchar(120)", "none", lambda c, i: c.r.choice(EMPLOYERS)),
            Col("sni_kod", "varchar(6)", "none", pick("29101", "86101", "47111", "41200", "84111", "24100", "53100", "87301")),
            Col("kollektivavtal", "boolean", "none", weighted((True, 90), (False, 10))),
            Col("utdelningsadress", "varchar(80)", "none", lambda c, i: f"Box {c.r.randint(10, 9999)}" if c.r.random() < 0.5 else street("sv")(c, i)),
            Col("postnr", "varchar(6)", "none", postcode("sv")),
            Col("postort", "varchar(40)", "none", city("sv")),
            Col("kontaktperson", "varchar(80)", "person_name", maybe(0.8, full("sv"))),
            Col("kontakt_epost", "varchar(120)", "email", maybe(0.7, lambda c, i: f"{first('sv')(c, i).lower()}.{last('sv')(c, i).lower()}@{c.r.choice(['volvocars.com', 'regionstockholm.se', 'skanska.se', 'goteborg.se', 'uppsala.se'])}".translate(str.maketrans('åäöé', 'aaoe')))),
            Col("kontakt_telefon", "varchar(20)", "phone", maybe(0.7, phone("sv")))]),
        table(S, "medlem", N_MED, [
            Col("medlem_id", "int PRIMARY KEY", "none", ident),
            Col("medlemsnummer", "varchar(10)", "none", lambda c, i: f"{c.r.randint(1000000, 9999999)}"),
            Col("personnummer", "varchar(13)", "national_id", personnummer()),
            Col("fornamn", "varchar(60)", "person_name", lambda c, i: " ".join(dict.fromkeys(first("sv")(c, i) for _ in range(c.r.choice([1, 1, 1, 2]))))),
            Col("efternamn", "varchar(60)", "person_name", last("sv")),
            Col("co_adress", "varchar(80)", "postal_address", maybe(0.06, lambda c, i: f"c/o {full('sv')(c, i)}", "")),
            Col("utdelningsadress", "varchar(80)", "postal_address", street("sv")),
            Col("postnummer", "varchar(6)", "postal_address", postcode("sv")),
            Col("postort", "varchar(40)", "none", lambda c, i: city("sv")(c, i).upper()),
            Col("mobiltelefon", "varchar(20)", "phone", maybe(0.85, phone("sv"))),
            Col("epost", "varchar(120)", "email", maybe(0.75, email("sv"))),
            Col("kon", "char(1)", "none", pick("K", "M")),
            Col("forbund", "varchar(20)", "trade_union", FORBUND),
            Col("avdelning_id", "int", "none", fk(N_AVD)),
            Col("arbetsgivare_id", "int", "none", fk(N_AG, 0.85)),
            Col("yrke", "varchar(60)", "none", pick("Undersköterska", "Svetsare", "Butikssäljare", "Betongarbetare", "Lokförare", "Truckförare", "Barnskötare", "Montör")),
            Col("medlemsstatus", "varchar(20)", "trade_union", weighted(("Aktiv", 80), ("Vilande", 6), ("Utträdd", 10), ("Utesluten", 1), ("Avliden", 3))),
            Col("intradesdatum", "date", "none", day(1975, 2026)),
            Col("uttradesdatum", "date", "none", day(2015, 2026, 0.12)),
            Col("akassa", "boolean", "none", pick(True, True, False)),
            Col("skyddad_identitet", "boolean", "none", weighted((False, 99), (True, 1))),
            Col("utskick_epost_ok", "boolean", "none", pick(True, False))],
            fks=(("avdelning_id", "avdelning", "avdelning_id"), ("arbetsgivare_id", "arbetsgivare", "arbetsgivare_id"))),
        table(S, "fortroendeuppdrag", 90, [
            Col("uppdrag_id", "int PRIMARY KEY", "none", ident),
            Col("medlem_id", "int", "none", fk(N_MED)),
            Col("uppdragstyp", "varchar(40)", "trade_union", pick("Skyddsombud", "Huvudskyddsombud", "Klubbordförande", "Arbetsplatsombud",
                                                                   "Studieorganisatör", "Sektionsstyrelse ledamot", "Förhandlingsombud")),
            Col("arbetsplats", "varchar(80)", "none", pick("Torslandaverken", "Karolinska Huddinge avd 64", "ICA Maxi Haninge", "Hemtjänst Rinkeby", "Borlänge verk", "Södertälje motor")),
            Col("fran_datum", "date", "none", day(2010, 2025)),
            Col("till_datum", "date", "none", day(2024, 2028, 0.6))], fks=(("medlem_id", "medlem", "medlem_id"),)),
        table(S, "avgift", 150, [
            Col("avgift_id", "int PRIMARY KEY", "none", ident),
            Col("medlem_id", "int", "none", fk(N_MED)),
            Col("period", "char(7)", "none", lambda c, i: f"{c.r.choice([2024, 2025, 2026])}-{c.r.randint(1, 12):02d}"),
            Col("belopp", "numeric(8,2)", "none", pick(0.0, 75.0, 280.0, 385.0, 450.0, 512.0)),
            Col("betalsatt", "varchar(12)", "none", weighted(("Autogiro", 55), ("Löneavdrag", 25), ("Faktura", 15), ("Swish", 5))),
            Col("clearingnummer", "varchar(6)", "bank_account", maybe(0.55, pick("8327-9", "6112", "5412", "3300", "8105-9", "9272", "6789"))),
            Col("kontonummer", "varchar(14)", "bank_account", maybe(0.55, lambda c, i: f"{c.r.randint(10000000, 9999999999)}")),
            Col("ocr", "varchar(20)", "none", lambda c, i: (b := f"{c.r.randint(10 ** 9, 10 ** 10 - 1)}") + luhn.calc_check_digit(b)),
            Col("betald", "date", "none", day(2024, 2026, 0.9))], fks=(("medlem_id", "medlem", "medlem_id"),)),
        table(S, "loneavdrag", 120, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("arbetsgivare_id", "int", "none", fk(N_AG)),
            Col("personnr", "varchar(13)", "national_id", personnummer(0.9)),
            Col("namn", "varchar(80)", "person_name", lambda c, i: f"{last('sv')(c, i)} {first('sv')(c, i)}".upper() if c.r.random() < 0.5 else full("sv")(c, i)),
            Col("period", "char(6)", "none", lambda c, i: f"{c.r.choice([2025, 2026])}{c.r.randint(1, 12):02d}"),
            Col("avdrag", "numeric(8,2)", "none", money(250, 560)),
            Col("forbundskod", "varchar(6)", "trade_union", pick("KOM", "MET", "HAN", "BYGG", "SEKO", "TPT")),
            Col("filnamn", "varchar(60)", "none", lambda c, i: f"fackavg_{c.r.randint(202501, 202512)}_{c.r.randint(100, 999)}.txt")],
            fks=(("arbetsgivare_id", "arbetsgivare", "arbetsgivare_id"),)),
        table(S, "arende", 100, [
            Col("arende_id", "int PRIMARY KEY", "none", ident),
            Col("arendenummer", "varchar(12)", "none", lambda c, i: f"{c.r.choice([2024, 2025, 2026])}-{i:05d}"),
            Col("medlem_id", "int", "none", fk(N_MED)),
            Col("arendetyp", "varchar(40)", "none", pick("Arbetsskada", "Uppsägning personliga skäl", "Lönefordran", "Diskriminering", "Rehabilitering", "Turordning LAS")),
            Col("handlaggare", "varchar(60)", "person_name", full("sv")),
            Col("beskrivning", "text", "free_text_may_contain_pii", weighted(
                ("Medlemmen uppger att chefen inte betalat ut OB-tillägg för juni-aug.", 6),
                (fill("Ring medlemmen på {p} efter kl 16, vill inte bli kontaktad på jobbet.", p=phone("sv")), 5),
                (fill("Arbetsgivarens kontakt {n} ({e}) har kallat till förhandling enl. 11 § MBL.", n=full("sv"), e=email("sv")), 4),
                ("Varsel om uppsägning mottaget, förhandling begärd.", 5),
                (fill("Vittne: arbetskamrat {n}, tel {p}.", n=full("sv"), p=phone("sv")), 3))),
            Col("sjukskriven", "boolean", "health", weighted((False, 75), (True, 25))),
            Col("skada_diagnos", "varchar(120)", "health", weighted((None, 65), ("Axelimpingement höger", 5), ("Lumbago, diskbråck L5-S1", 6),
                ("Utmattningssyndrom F43.8", 8), ("Tinnitus, bullerskada", 4), ("Fraktur vänster handled", 4), ("Kontakteksem händer", 3))),
            Col("oppnat", "date", "none", day(2023, 2026)),
            Col("avslutat", "date", "none", day(2024, 2026, 0.5)),
            Col("utfall", "varchar(40)", "none", maybe(0.5, pick("Förlikning", "Ersättning AFA godkänd", "Avslag", "Återanställning", "Dom i AD")))],
            fks=(("medlem_id", "medlem", "medlem_id"),)),
        table(S, "portal_inloggning", 150, [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("medlem_id", "int", "none", fk(N_MED)),
            Col("inloggad", "timestamp", "none", ts(2025, 2026)),
            Col("metod", "varchar(12)", "none", weighted(("BankID", 85), ("Freja eID", 10), ("Engångskod", 5))),
            Col("ip_adress", "inet", "ip_address", lambda c, i: f"{c.r.choice([78, 81, 90, 94, 155, 213])}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"),
            Col("user_agent", "varchar(200)", "none", pick("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
                                                            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36",
                                                            "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 Chrome/123.0 Mobile Safari/537.36")),
            Col("sessions_id", "varchar(64)", "secret_token", rand_token(48)),
            Col("utloggad", "timestamp", "none", ts(2025, 2026, 0.4))], fks=(("medlem_id", "medlem", "medlem_id"),)),
    ]


