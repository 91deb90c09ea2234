"""t_hoer: the branch software of a family-owned hearing-aid acoustician chain in the Ruhr (Germany).

A legacy Delphi/Firebird application moved to PostgreSQL: short German abbreviations, J/N flags.
"""
from __future__ import annotations

from .blind17_gens import (bcrypt, boolean, chars, day, fill, fk, fkey, hexs, iban_de, ipv4, md5_of, num, person,
                           pick, ref, rng, seq, some, when, wpick)
from .gens import Col, Ctx, Table

S = "t_hoer"
K = "de.kd"
NK = 140
FIL = ["Dortmund-Hörde", "Dortmund City", "Bochum-Mitte", "Witten", "Unna", "Hagen", "Herne", "Schwerte", "Hamm",
       "Castrop-Rauxel"]
KASSEN = ["AOK NordWest", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic", "KNAPPSCHAFT",
          "BKK VBU", "Audi BKK", "HEK", "mhplus BKK", "Viactiv Krankenkasse", "SBK", "KKH", "hkk"]


def _k(c: Ctx, j: int):
    return person(c, K, j, "de", (1931, 1975))


def lanr(c: Ctx, i: int) -> str:
    """Lebenslange Arztnummer: six digits, a check digit (weights 4 and 9, mod 10), a two-digit specialty (ENT 53)."""
    six = f"{c.r.randint(100000, 999999)}"
    s = sum(int(d) * (4 if k % 2 == 0 else 9) for k, d in enumerate(six)) % 10
    return f"{six}{(10 - s) % 10}53"


def _ik(c: Ctx, k: int) -> str:
    return f"10{k:02d}{rng(c, 'de.ik', k).randint(10000, 99999)}"


def _branches() -> Table:
    return Table(S, "fil", [
        Col("fil_nr", "smallint PRIMARY KEY", "none", seq),
        Col("fil_bez", "varchar(40)", "none", lambda c, i: FIL[i - 1]),
        Col("fil_str", "varchar(60)", "none",
            lambda c, i: f"{c.r.choice(['Hermannstr.', 'Westenhellweg', 'Marktplatz'])} {c.r.randint(1, 90)}"),
        Col("fil_plz", "char(5)", "none", lambda c, i: f"{c.r.randint(44135, 59427)}"),
        Col("fil_ort", "varchar(40)", "none", lambda c, i: FIL[i - 1].split("-")[0]),
        Col("fil_tel", "varchar(20)", "none", lambda c, i: f"0231 {c.r.randint(400000, 499999)}"),
        Col("fil_mail", "varchar(60)", "none",
            lambda c, i: FIL[i - 1].split("-")[-1].lower().replace("ö", "oe").replace(" ", "")
            + "@brinkmann-hoeren.de"),
        Col("fil_leiter", "varchar(60)", "person_name",
            lambda c, i: f"{person(c, 'de.fl', i, 'de').first} {person(c, 'de.fl', i, 'de').last}"),
        Col("ik_nr", "char(9)", "none", lambda c, i: f"59{c.r.randint(1000000, 9999999)}"),
    ], rows=len(FIL))


def _staff() -> Table:
    m = lambda c, i: person(c, "de.ma", i, "de", (1960, 2003))  # noqa: E731
    return Table(S, "mitarb", [
        Col("ma_nr", "smallint PRIMARY KEY", "none", seq),
        Col("fil_nr", "smallint", "none", lambda c, i: 1 + i % len(FIL)),
        Col("ma_vname", "varchar(30)", "person_name", lambda c, i: m(c, i).first),
        Col("ma_nname", "varchar(40)", "person_name", lambda c, i: m(c, i).last),
        Col("ma_kuerzel", "char(3)", "none", lambda c, i: (m(c, i).first[0] + m(c, i).last[:2]).upper()),
        Col("ma_login", "varchar(20)", "none", lambda c, i: m(c, i).login),
        Col("ma_pw", "char(32)", "credentials", lambda c, i: md5_of(c, m(c, i).last + str(c.r.randint(1, 99)))),
        Col("ma_email", "varchar(60)", "email",
            lambda c, i: f"{m(c, i).first[0]}.{m(c, i).last}@brinkmann-hoeren.de".lower()
            .replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")),
        Col("ma_handy", "varchar(20)", "phone", some(0.7, lambda c, i: m(c, i).phone)),
        Col("ma_meister", "char(1)", "none", wpick([("J", 1), ("N", 3)])),
    ], rows=35, extra=[fkey(S, "mitarb", "fil_nr", "fil", "fil_nr")])


def _kassen() -> Table:
    return Table(S, "kk", [
        Col("kk_ik", "char(9) PRIMARY KEY", "none", lambda c, i: _ik(c, i)),
        Col("kk_name", "varchar(60)", "none", lambda c, i: KASSEN[(i - 1) % len(KASSEN)]
            + ("" if i <= len(KASSEN) else " (Pflege)")),
        Col("kk_str", "varchar(60)", "none", pick("Postfach 10 08 12", "Kopenhagener Str. 1", "Königswall 42")),
        Col("kk_plz", "char(5)", "none", pick("44137", "44789", "20095", "42103")),
        Col("kk_ort", "varchar(40)", "none", pick("Dortmund", "Bochum", "Hamburg", "Wuppertal")),
        Col("kk_tel", "varchar(20)", "none", lambda c, i: f"0800 {c.r.randint(1000000, 9999999)}"),
        Col("kk_sachb", "varchar(60)", "person_name",
            lambda c, i: f"{person(c, 'de.sb', i, 'de').first} {person(c, 'de.sb', i, 'de').last}"),
        Col("kk_sachb_tel", "varchar(30)", "phone",
            lambda c, i: f"0231 {c.r.randint(5000, 9999)}-{c.r.randint(100, 4999)}"),
        Col("kk_kv_mail", "varchar(60)", "none", pick("hilfsmittel@nw.aok.de", "kv-hoerhilfen@kkh.de", None)),
    ], rows=20)


_KK = ref("de.kd:kk", 20)


def _bemerk(c: Ctx, i: int) -> str | None:
    p = _k(c, i)
    return c.r.choice([None, None, "Schwer erreichbar, nur vormittags.",
                       f"Betreuerin: Tochter {c.r.choice(['Sabine', 'Petra', 'Anja'])} {p.last}, Tel. "
                       f"0171 {c.r.randint(1000000, 9999999)}",
                       "Wohnt im Pflegeheim St. Josef, Termine über Station 2.",
                       "Trägt Brille, Ohrpassstück links drückt.",
                       f"Ehemann {c.r.choice(['Heinz', 'Werner'])} ebenfalls Kunde.", "Zahlt bar.",
                       f"Rechnung an Sohn: {c.r.choice(['Frank', 'Stefan'])} {p.last}, "
                       f"{c.r.choice(['Bergstraße 4', 'Am Markt 9'])}"])


def _customers() -> Table:
    def sepa(c: Ctx, i: int) -> bool:
        return rng(c, "de.kd:sepa", i).random() < 0.3
    return Table(S, "kd", [
        Col("kd_nr", "integer PRIMARY KEY", "none", lambda c, i: 10000 + i),
        Col("anrede", "varchar(5)", "none", lambda c, i: "Herr" if _k(c, i).sex == "M" else "Frau"),
        Col("titel", "varchar(15)", "none", wpick([("", 20), ("Dr.", 2), ("Prof. Dr.", 1)])),
        Col("vname", "varchar(30)", "person_name", lambda c, i: _k(c, i).first),
        Col("nname", "varchar(40)", "person_name", lambda c, i: _k(c, i).last),
        Col("geb_dat", "date", "birth_date", lambda c, i: _k(c, i).birth),
        Col("str", "varchar(60)", "postal_address", lambda c, i: _k(c, i).street),
        Col("plz", "char(5)", "postal_address", lambda c, i: _k(c, i).postcode),
        Col("ort", "varchar(40)", "none", lambda c, i: _k(c, i).city),
        Col("tel", "varchar(25)", "phone", some(0.85, lambda c, i: _k(c, i).phone)),
        Col("mobil", "varchar(25)", "phone",
            some(0.3, lambda c, i: f"0151 {rng(c, 'de.mob', i).randint(1000000, 9999999)}")),
        Col("email", "varchar(60)", "email", some(0.35, lambda c, i: _k(c, i).email)),
        Col("kk_ik", "char(9)", "none", lambda c, i: _ik(c, _KK(c, i))),
        Col("vers_nr", "char(10)", "national_id", lambda c, i: _k(c, i).natid),
        Col("vers_status", "char(1)", "none", wpick([("1", 4), ("3", 1), ("5", 6)])),
        Col("zuzahl_befreit", "char(1)", "none", wpick([("N", 5), ("J", 1)])),
        Col("fil_nr", "smallint", "none", fk(len(FIL))),
        Col("hno_arzt", "varchar(60)", "person_name",
            lambda c, i: (lambda h: f"Dr. med. {h.first} {h.last}")(person(c, "de.hno", c.r.randint(1, 12), "de"))),
        Col("bemerk", "text", "free_text_may_contain_pii", _bemerk),
        Col("angelegt_am", "date", "none", day(2004, 2024)),
        Col("dsgvo_einw", "char(1)", "none", wpick([("J", 9), ("N", 1)])),
        Col("iban", "varchar(34)", "iban", lambda c, i: iban_de(c, i) if sepa(c, i) else None),
        Col("kontoinh", "varchar(60)", "person_name",
            lambda c, i: f"{_k(c, i).first} {_k(c, i).last}" if sepa(c, i) else None),
    ], rows=NK, extra=[fkey(S, "kd", "kk_ik", "kk", "kk_ik"), fkey(S, "kd", "fil_nr", "fil", "fil_nr")])


def _thr(lo: int, hi: int):
    return lambda c, i: c.r.randrange(lo, hi + 1, 5)


def _audiogram() -> Table:
    return Table(S, "audiogramm", [
        Col("ag_id", "integer PRIMARY KEY", "none", seq),
        Col("kd_nr", "integer NOT NULL", "none", lambda c, i: 10000 + (i - 1) % NK + 1),
        Col("mess_dat", "date", "none", day(2019, 2024)),
        Col("ma_nr", "smallint", "none", fk(35)),
        Col("seite", "char(1)", "none", pick("L", "R")),
        Col("ll_250", "smallint", "health", _thr(10, 45)),
        Col("ll_500", "smallint", "health", _thr(15, 50)),
        Col("ll_1000", "smallint", "health", _thr(20, 60)),
        Col("ll_2000", "smallint", "health", _thr(30, 75)),
        Col("ll_4000", "smallint", "health", _thr(40, 90)),
        Col("ll_8000", "smallint", "health", _thr(45, 100)),
        Col("kl_1000", "smallint", "health", _thr(15, 55)),
        Col("sv_einsilb_65", "smallint", "health", _thr(20, 95)),
        Col("ucl_2000", "smallint", "health", _thr(85, 110)),
        Col("tinnitus", "char(1)", "health", wpick([("N", 3), ("J", 1)])),
    ], rows=150, extra=[fkey(S, "audiogramm", "kd_nr", "kd", "kd_nr"),
                        fkey(S, "audiogramm", "ma_nr", "mitarb", "ma_nr")])


DX = [("H90.3", "Schallempfindungsschwerhörigkeit beidseits"), ("H90.5", "Schallempfindungsschwerhörigkeit, n.n.bez."),
      ("H91.1", "Presbyakusis"), ("H90.6", "Kombinierte Schwerhörigkeit beidseits"), ("H93.1", "Tinnitus aurium"),
      ("H83.3", "Lärmschäden des Innenohres")]


def _prescriptions() -> Table:
    dx = lambda c, i: DX[rng(c, "de.dx", i).randrange(len(DX))]  # noqa: E731
    return Table(S, "verordnung", [
        Col("vo_id", "integer PRIMARY KEY", "none", seq),
        Col("kd_nr", "integer NOT NULL", "none", lambda c, i: 10000 + (i * 3 - 1) % NK + 1),
        Col("vo_dat", "date", "none", day(2019, 2024)),
        Col("arzt_name", "varchar(60)", "person_name",
            lambda c, i: f"Dr. {person(c, 'de.hno', c.r.randint(1, 12), 'de').last}"),
        Col("arzt_lanr", "char(9)", "none", lanr),
        Col("bsnr", "char(9)", "none", lambda c, i: f"{c.r.choice(['38', '71', '27'])}{c.r.randint(1000000, 9999999)}"),
        Col("icd10", "varchar(8)", "health", lambda c, i: dx(c, i)[0] + c.r.choice(["", " G", " G", " B"])),
        Col("diag_txt", "varchar(120)", "health", lambda c, i: dx(c, i)[1]),
        Col("versorg_art", "varchar(20)", "none", pick("beidohrig", "beidohrig", "einseitig li", "einseitig re")),
        Col("erstvers", "char(1)", "none", wpick([("J", 2), ("N", 3)])),
        Col("vo_scan", "varchar(120)", "none", lambda c, i: f"\\\\srv-dms\\scan\\VO\\{2019 + i % 6}\\{i:06d}.pdf"),
    ], rows=130, extra=[fkey(S, "verordnung", "kd_nr", "kd", "kd_nr")])


def _fittings() -> Table:
    return Table(S, "versorgung", [
        Col("vs_id", "integer PRIMARY KEY", "none", seq),
        Col("kd_nr", "integer NOT NULL", "none", lambda c, i: 10000 + (i * 3 - 1) % NK + 1),
        Col("vo_id", "integer", "none", seq),
        Col("hg_herst", "varchar(20)", "none", pick("Phonak", "Signia", "Oticon", "Widex", "ReSound", "Starkey")),
        Col("hg_modell", "varchar(40)", "none", pick("Audéo L90-R", "Pure C&G 7AX", "Intent 1", "Moment Sheer 440",
                                                     "Omnia 9", "Genesis AI 16", "Audéo Lumity 30")),
        Col("snr_li", "varchar(20)", "none", some(0.9, chars(10, "0123456789ABCDEF"))),
        Col("snr_re", "varchar(20)", "none", some(0.9, chars(10, "0123456789ABCDEF"))),
        Col("kv_betrag", "numeric(8,2)", "none", pick(1468.40, 1560.00, 2980.00, 4290.00, 5890.00)),
        Col("eigenant", "numeric(8,2)", "none", pick(0.0, 20.0, 790.0, 1690.0, 2890.0)),
        Col("kv_status", "varchar(12)", "none", pick("genehmigt", "genehmigt", "offen", "abgelehnt", "Widerspruch")),
        Col("abgabe_dat", "date", "none", some(0.8, day(2019, 2024))),
        Col("ohrstueck", "varchar(40)", "none", pick("Otoplastik Hohlschale", "Schirmchen offen", "Silikon Lite Tip")),
    ], rows=130, extra=[fkey(S, "versorgung", "kd_nr", "kd", "kd_nr"),
                        fkey(S, "versorgung", "vo_id", "verordnung", "vo_id")])


_NOTIZ = fill(["Kundin bringt Hörgerät li, pfeift.", "Kommt mit Tochter, Rückruf unter {ph}", "Hausbesuch Seniorenheim",
               "Batterien 312 x 6 mitgeben", "Frau {n} ruft wegen Termin an (Nachbarin)", "", "Fernanpassung via App"],
               ph=["0172 3308821", "02304 77120"], n=["Krüger", "Nowak", "Westermann"])


def _appointments() -> Table:
    return Table(S, "termin", [
        Col("t_id", "integer PRIMARY KEY", "none", seq),
        Col("kd_nr", "integer", "none", lambda c, i: 10000 + c.r.randint(1, NK)),
        Col("fil_nr", "smallint", "none", fk(len(FIL))),
        Col("ma_nr", "smallint", "none", fk(35)),
        Col("beginn", "timestamp", "none", when(2024, 2025)),
        Col("art", "varchar(20)", "none",
            pick("Hörtest", "Anpassung", "Nachsorge", "Reparatur", "Ohrabdruck", "Service")),
        Col("notiz", "varchar(250)", "free_text_may_contain_pii", _NOTIZ),
        Col("sms_erinn", "char(1)", "none", wpick([("J", 1), ("N", 2)])),
    ], rows=150, extra=[fkey(S, "termin", "kd_nr", "kd", "kd_nr"), fkey(S, "termin", "fil_nr", "fil", "fil_nr"),
                        fkey(S, "termin", "ma_nr", "mitarb", "ma_nr")])


def _portal() -> Table:
    def kd(c: Ctx, i: int) -> int:
        return (i * 7 - 1) % NK + 1
    return Table(S, "app_konto", [
        Col("konto_id", "integer PRIMARY KEY", "none", seq),
        Col("kd_nr", "integer NOT NULL", "none", lambda c, i: 10000 + kd(c, i)),
        Col("login_mail", "varchar(80)", "email", lambda c, i: _k(c, kd(c, i)).email),
        Col("pw_hash", "varchar(80)", "credentials", bcrypt),
        Col("reset_token", "varchar(64)", "secret_token", some(0.1, hexs(64))),
        Col("letzte_anm", "timestamp", "none", when(2024, 2024)),
        Col("letzte_ip", "inet", "ip_address", ipv4(["93.196", "87.78", "91.60", "217.237", "79.193"])),
        Col("push_aktiv", "boolean", "none", boolean(0.5)),
        Col("fernanp_freigabe", "char(1)", "none", wpick([("J", 1), ("N", 1)])),
        Col("anz_logins", "integer", "none", num(1, 300)),
    ], rows=80, extra=[fkey(S, "app_konto", "kd_nr", "kd", "kd_nr")])


def hoer_tables() -> list[Table]:
    return [_branches(), _staff(), _kassen(), _customers(), _audiogram(), _prescriptions(), _fittings(),
            _appointments(), _portal()]
