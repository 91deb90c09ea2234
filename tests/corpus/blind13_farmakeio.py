"""p_farmakeio: a Thessaloniki community pharmacy's Delphi back-office moved from Firebird (upper-case Greeklish
names, Greek values in capitals): users, customers, e-prescriptions and their lines, vaccinations, measurements."""
from __future__ import annotations

import datetime as dt
from typing import Any

from stdnum import luhn
from stdnum.gr import vat

from .blind13_gens import (GR_FIRST_F, GR_FIRST_M, GR_LAST, GR_STREETS, GR_TOWNS, Rec, birth, digits, fk, maybe,
                           money, num, one, pk, ref, ts, day)
from .gens import Col as C, Table as T

S = "p_farmakeio"
N_CUST, N_RX, N_USERS = 150, 150, 9
_DX = (("E11.9", "ΣΑΚΧΑΡΩΔΗΣ ΔΙΑΒΗΤΗΣ ΤΥΠΟΥ 2"), ("I10", "ΙΔΙΟΠΑΘΗΣ ΥΠΕΡΤΑΣΗ"), ("E78.0", "ΥΠΕΡΧΟΛΗΣΤΕΡΙΝΑΙΜΙΑ"),
       ("J45.9", "ΑΣΘΜΑ"), ("F32.9", "ΚΑΤΑΘΛΙΠΤΙΚΟ ΕΠΕΙΣΟΔΙΟ"), ("E03.9", "ΥΠΟΘΥΡΕΟΕΙΔΙΣΜΟΣ"),
       ("M81.0", "ΟΣΤΕΟΠΟΡΩΣΗ ΜΕΤΑ ΤΗΝ ΕΜΜΗΝΟΠΑΥΣΗ"), ("J02.9", "ΟΞΕΙΑ ΦΑΡΥΓΓΙΤΙΔΑ"), ("N39.0", "ΛΟΙΜΩΞΗ ΟΥΡΟΠΟΙΗΤΙΚΟΥ"),
       ("G40.9", "ΕΠΙΛΗΨΙΑ"), ("B20", "ΝΟΣΟΣ HIV"), ("I48", "ΚΟΛΠΙΚΗ ΜΑΡΜΑΡΥΓΗ"))
_DRUGS = (("GLUCOPHAGE TAB 850MG/TAB BTx50", "1x2 ΗΜΕΡΗΣΙΩΣ"), ("CONCOR TAB 5MG/TAB BTx30", "1x1 ΠΡΩΙ"),
          ("LIPITOR F.C.TAB 20MG/TAB BTx30", "1x1 ΒΡΑΔΥ"), ("VENTOLIN INH.SUS 100MCG/DOSE", "2 ΕΙΣΠΝΟΕΣ ΠΡΝ"),
          ("SEROXAT F.C.TAB 20MG/TAB BTx30", "1x1 ΠΡΩΙ"), ("T4 TAB 100MCG/TAB BTx100", "1x1 ΝΗΣΤΙΚΟΣ"),
          ("AUGMENTIN F.C.TAB 875+125MG BTx14", "1x2 ΓΙΑ 7 ΗΜΕΡΕΣ"), ("XARELTO F.C.TAB 20MG BTx28", "1x1"),
          ("KEPPRA F.C.TAB 500MG/TAB BTx60", "1x2"), ("BIKTARVY F.C.TAB BTx30", "1x1"), ("DEPON TAB 500MG", "ΠΡΝ"))
_CHRONIC = (None, None, None, "ΔΙΑΒΗΤΗΣ", "ΥΠΕΡΤΑΣΗ", "ΥΠΕΡΤΑΣΗ, ΔΥΣΛΙΠΙΔΑΙΜΙΑ", "ΘΥΡΕΟΕΙΔΗΣ", "ΑΣΘΜΑ",
            "ΚΑΡΚΙΝΟΣ ΜΑΣΤΟΥ (ΥΠΟ ΘΕΡΑΠΕΙΑ)", "ΝΕΦΡΙΚΗ ΑΝΕΠΑΡΚΕΙΑ")
_DOCTORS = ("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ", "ΚΑΡΑΓΙΑΝΝΗ ΕΛΕΝΗ", "ΜΙΧΑΗΛΙΔΗΣ ΝΙΚΟΛΑΟΣ", "ΒΛΑΧΟΥ ΣΟΦΙΑ",
            "ΑΛΕΞΙΟΥ ΔΗΜΗΤΡΙΟΣ", "ΣΤΑΥΡΟΠΟΥΛΟΥ ΑΓΓΕΛΙΚΗ")


def _amka(c: Any, born: dt.date) -> str:
    body = born.strftime("%d%m%y") + digits(c, 4)
    return body + luhn.calc_check_digit(body)


def _afm(c: Any) -> str:
    body = c.r.choice("01") + digits(c, 7)
    return body + vat.calc_check_digit(body)


def _mail(c: Any) -> str:
    user = c.r.choice(("gpap", "eleni.k", "mar.nik", "sofia_v", "jim.alex", "kostas.m", "vaso.p"))
    return f"{user}{c.r.randint(1, 999)}@{c.r.choice(('gmail.com', 'yahoo.gr', 'otenet.gr', 'hotmail.com'))}"


def _person(c: Any, i: int) -> dict:
    female = c.r.random() < 0.55
    first = c.r.choice(GR_FIRST_F if female else GR_FIRST_M)
    male_last, female_last = c.r.choice(GR_LAST)
    father = c.r.choice(GR_FIRST_M)
    town, tk3 = c.r.choice(GR_TOWNS)
    born = birth(c, 1932, 2006)
    return {"first": first, "last": female_last if female else male_last, "father": father,
            "sex": "Γ" if female else "Α", "born": born, "amka": _amka(c, born), "afm": _afm(c),
            "adt": f"{c.r.choice(('ΑΚ', 'ΑΒ', 'ΑΗ', 'Χ', 'ΑΟ'))} {digits(c, 6)}",
            "street": c.r.choice(GR_STREETS), "no": str(c.r.randint(1, 180)), "tk": f"{tk3} {digits(c, 2)}",
            "town": town, "tel": f"2310 {digits(c, 6)}" if c.r.random() < 0.7 else None,
            "mob": c.r.choice(("69", "+30 69")) + c.r.choice("3479") + digits(c, 7),
            "mail": _mail(c) if c.r.random() < 0.45 else None}


_P = Rec(_person)
_RX = Rec(lambda c, i: {"dx": c.r.choice(_DX), "patient": _person(c, i)})
_LINE = Rec(lambda c, i: {"drug": c.r.choice(_DRUGS)})
_VAX = Rec(lambda c, i: {"p": _person(c, i), "v": c.r.choice((("VAXIGRIP TETRA", "ΓΡΙΠΗ"),
                                                               ("COMIRNATY JN.1", "COVID-19"),
                                                               ("PREVENAR 20", "ΠΝΕΥΜΟΝΙΟΚΟΚΚΟΣ")))})
_NOTE = ("ΠΑΙΡΝΕΙ ΤΑ ΦΑΡΜΑΚΑ Η ΚΟΡΗ ΤΗΣ {n}, ΤΗΛ {p}", "ΧΡΩΣΤΑΕΙ 12,40 ΑΠΟ ΣΥΜΜΕΤΟΧΗ", "ΠΡΟΤΙΜΑ ΓΕΝΟΣΗΜΑ", None,
         None, "ΚΑΤ' ΟΙΚΟΝ ΠΑΡΑΔΟΣΗ - ΚΑΛΕΙ ΣΤΟ {p}", "ΕΝΗΜΕΡΩΣΗ ΜΕ SMS ΟΤΑΝ ΕΡΘΕΙ ΤΟ ΦΑΡΜΑΚΟ", None)


def _note(c: Any, i: int) -> Any:
    t = c.r.choice(_NOTE)
    return t and t.format(n=c.r.choice(GR_FIRST_F), p="69" + c.r.choice("347") + digits(c, 7))


def farmakeio_tables() -> list[T]:
    users = T(S, "XRHSTES", [
        pk("KODIKOS", "integer"),
        C("USERNAME", "varchar(20)", "none", lambda c, i: ("admin", "farm1", "farm2", "voithos1", "voithos2",
                                                           "tameio", "logistis", "eopyy", "service")[i - 1]),
        C("ONOMATEPONYMO", "varchar(60)", "person_name", lambda c, i: f"{c.r.choice(GR_LAST)[0]} "
                                                                      f"{c.r.choice(GR_FIRST_M + GR_FIRST_F)}"),
        C("KODIKOS_PROSVASIS", "varchar(40)", "credentials", lambda c, i: "".join(c.r.choice("0123456789ABCDEF")
                                                                                   for _ in range(40))),
        C("IDIOTITA", "varchar(20)", "none", one("ΦΑΡΜΑΚΟΠΟΙΟΣ", "ΒΟΗΘΟΣ", "ΔΙΑΧΕΙΡΙΣΤΗΣ")),
        C("TAXIS_USER", "varchar(30)", "none", lambda c, i: f"FARM{digits(c, 5)}"),
        C("TAXIS_PASS", "varchar(30)", "credentials", lambda c, i: c.r.choice(("Thess", "Farm", "Pyl")) +
          digits(c, 4) + c.r.choice("!#$")),
        C("ENERGOS", "smallint", "none", one(0, 1, 1)),
    ], rows=N_USERS)
    cust = T(S, "PELATES", [
        pk("KODIKOS", "integer"),
        C("EPONYMO", "varchar(40)", "person_name", _P.f("last")),
        C("ONOMA", "varchar(30)", "person_name", _P.f("first")),
        C("PATRONYMO", "varchar(30)", "person_name", _P.f("father")),
        C("FYLO", "char(1)", "none", _P.f("sex")),
        C("HM_GENNHSHS", "date", "birth_date", _P.f("born")),
        C("AMKA", "char(11)", "national_id", _P.f("amka")),
        C("AFM", "char(9)", "national_id", maybe(0.5, _P.f("afm"))),
        C("ADT", "varchar(12)", "national_id", maybe(0.3, _P.f("adt"))),
        C("ODOS", "varchar(40)", "postal_address", _P.f("street")),
        C("ARITHMOS", "varchar(6)", "postal_address", _P.f("no")),
        C("TK", "varchar(6)", "postal_address", _P.f("tk")),
        C("POLH", "varchar(30)", "none", _P.f("town")),
        C("THLEFONO", "varchar(15)", "phone", _P.f("tel")),
        C("KINHTO", "varchar(15)", "phone", _P.f("mob")),
        C("EMAIL", "varchar(60)", "email", _P.f("mail")),
        C("TAMEIO", "varchar(20)", "none", one("ΕΟΠΥΥ-ΙΚΑ", "ΕΟΠΥΥ-ΟΑΕΕ", "ΕΟΠΥΥ-ΟΓΑ", "ΔΗΜΟΣΙΟ", "ΙΔΙΩΤΗΣ")),
        C("XRONIA_NOSHMATA", "varchar(80)", "health", one(*_CHRONIC)),
        C("ALLERGIES", "varchar(60)", "health", one(None, None, None, "ΠΕΝΙΚΙΛΙΝΗ", "ΑΣΠΙΡΙΝΗ", "ΣΟΥΛΦΟΝΑΜΙΔΕΣ")),
        C("KARTA_PISTOTHTAS", "varchar(13)", "none", lambda c, i: "2900" + digits(c, 9)),
        C("YPOLOIPO", "numeric(9,2)", "none", money(0, 85)),
        C("SXOLIA", "varchar(200)", "free_text_may_contain_pii", _note),
        C("SYNAINESI_GDPR", "smallint", "none", one(0, 1)),
        C("SYNAINESI_SMS", "smallint", "none", one(0, 1)),
        C("HM_EGGRAFIS", "timestamp", "none", ts(2012, 12)),
    ], rows=N_CUST)
    rx = T(S, "SYNTAGES", [
        pk("KODIKOS", "integer"),
        C("BARCODE_SYNTAGIS", "char(13)", "none", lambda c, i: f"{c.r.randint(23, 25):02d}{digits(c, 2)}"
                                                               f"{digits(c, 9)}"),
        C("PELATIS", "integer", "none", maybe(0.85, ref(N_CUST))),
        C("AMKA_ASTHENOUS", "char(11)", "national_id", lambda c, i: _RX.f("patient")(c, i)["amka"]),
        C("ONOMA_ASTHENOUS", "varchar(70)", "person_name",
          lambda c, i: f"{_RX.f('patient')(c, i)['last']} {_RX.f('patient')(c, i)['first']}"),
        C("GIATROS", "varchar(60)", "person_name", one(*_DOCTORS)),
        C("GIATROS_AMKA", "char(11)", "national_id", lambda c, i: _amka(c, birth(c, 1950, 1990))),
        C("EIDIKOTHTA", "varchar(30)", "none", one("ΠΑΘΟΛΟΓΟΣ", "ΓΕΝΙΚΟΣ ΙΑΤΡΟΣ", "ΚΑΡΔΙΟΛΟΓΟΣ", "ΨΥΧΙΑΤΡΟΣ")),
        C("ICD10", "varchar(8)", "health", lambda c, i: _RX.f("dx")(c, i)[0]),
        C("DIAGNOSI", "varchar(80)", "health", lambda c, i: _RX.f("dx")(c, i)[1]),
        C("HM_EKDOSIS", "date", "none", day(2023, 2)),
        C("HM_EKTELESIS", "timestamp", "none", ts(2023, 2)),
        C("SYMMETOXH", "smallint", "none", one(0, 10, 25, 25)),
        C("EPANALAMVANOMENI", "smallint", "none", one(0, 0, 1)),
        C("TAMEIO", "varchar(20)", "none", one("ΕΟΠΥΥ-ΙΚΑ", "ΕΟΠΥΥ-ΟΑΕΕ", "ΔΗΜΟΣΙΟ")),
        C("POSO_TAMEIOU", "numeric(9,2)", "none", money(0, 400)),
        C("POSO_ASTHENOUS", "numeric(9,2)", "none", money(0, 60)),
    ], rows=N_RX, extra=[fk(S, "SYNTAGES", "PELATIS", "PELATES", "KODIKOS")])
    lines = T(S, "SYNTAGES_GRAMMES", [
        pk("KODIKOS", "integer"),
        C("SYNTAGI", "integer", "none", ref(N_RX)),
        C("BARCODE_FARMAKOU", "char(12)", "health", lambda c, i: "2800" + digits(c, 8)),
        C("ONOMASIA", "varchar(80)", "health", lambda c, i: _LINE.f("drug")(c, i)[0]),
        C("DOSOLOGIA", "varchar(40)", "health", lambda c, i: _LINE.f("drug")(c, i)[1]),
        C("TEMAXIA", "smallint", "none", num(1, 3)),
        C("TIMH_LIANIKHS", "numeric(9,2)", "none", money(2, 300)),
        C("PERIORISMENH", "smallint", "none", one(0, 0, 1)),
    ], rows=150, extra=[fk(S, "SYNTAGES_GRAMMES", "SYNTAGI", "SYNTAGES", "KODIKOS")])
    vax = T(S, "EMVOLIASMOI", [
        pk("KODIKOS", "integer"),
        C("PELATIS", "integer", "none", maybe(0.7, ref(N_CUST))),
        C("AMKA", "char(11)", "national_id", lambda c, i: _VAX.f("p")(c, i)["amka"]),
        C("EMVOLIO", "varchar(40)", "health", lambda c, i: _VAX.f("v")(c, i)[0]),
        C("NOSOS", "varchar(30)", "health", lambda c, i: _VAX.f("v")(c, i)[1]),
        C("PARTIDA", "varchar(12)", "none", lambda c, i: c.r.choice(("HT", "FP", "LL")) + digits(c, 4)),
        C("DOSI", "smallint", "health", num(1, 4)),
        C("HM_EMVOLIASMOU", "timestamp", "none", ts(2023, 2)),
        C("EMVOLIASTIS", "integer", "none", num(1, 3)),
        C("ANTIDRASI", "varchar(60)", "health", one(None, None, None, None, "ΠΟΝΟΣ ΣΤΟ ΣΗΜΕΙΟ", "ΠΥΡΕΤΟΣ 38.2")),
    ], rows=110, extra=[fk(S, "EMVOLIASMOI", "PELATIS", "PELATES", "KODIKOS"),
                        fk(S, "EMVOLIASMOI", "EMVOLIASTIS", "XRHSTES", "KODIKOS")])
    meas = T(S, "METRHSEIS", [
        pk("KODIKOS", "integer"),
        C("PELATIS", "integer", "none", ref(N_CUST)),
        C("HMEROMHNIA", "timestamp", "none", ts(2023, 2)),
        C("SYSTOLIKI", "smallint", "health", num(100, 185)),
        C("DIASTOLIKI", "smallint", "health", num(60, 110)),
        C("SFYGMOI", "smallint", "health", num(52, 110)),
        C("SAKXARO", "smallint", "health", maybe(0.6, num(75, 260))),
        C("NHSTIS", "smallint", "none", one(0, 1)),
        C("XRHSTHS", "integer", "none", num(1, N_USERS)),
        C("EKTYPOTHIKE", "smallint", "none", one(0, 0, 1)),
    ], rows=120, extra=[fk(S, "METRHSEIS", "PELATIS", "PELATES", "KODIKOS"),
                        fk(S, "METRHSEIS", "XRHSTHS", "XRHSTES", "KODIKOS")])
    return [users, cust, rx, lines, vax, meas]
