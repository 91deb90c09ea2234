"""an_sinistri: an in-house system of a motor-insurance agency in Dogana (San Marino), with Italian names: the
insurers it places policies with, body shops, loss adjusters, policyholders, policies, claims and appraisals."""
from __future__ import annotations

from stdnum import iban as std_iban

from .blind26_gens import (C, alnum, amounts, const, dates, digits, fk, fkey, flag, ints, maybe, one, seq, sha1,
                           stamps)
from .blind38_gens import POOLS, any_address, any_name, person
from .gens import Table

S = "an_sinistri"
ASS, PER = "an.sinistri.assicurato", "an.sinistri.perito"
N_COMP, N_CARR, N_PER, N_ASS, N_POL, N_SIN = 18, 40, 25, 150, 150, 150
COMPAGNIE = ["Assicuratrice Sammarinese", "Titano Assicurazioni", "Società Reale Mutua", "Generali Italia",
             "UnipolSai", "Allianz", "AXA Assicurazioni", "Zurich Italia", "Vittoria Assicurazioni"]


def _iban_sm(c) -> str:
    bban = f"{c.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}0{c.r.choice(['3034', '6067', '8574', '6033'])}09800{digits(c, 12)}"
    return "SM" + std_iban.calc_check_digits("SM00" + bban) + bban


def _targa(c, i):
    return f"{c.r.choice('ABCDEFGHJKLMNPRSTVZ')}{digits(c, 4)}"


def _dinamica(c, i):
    return c.r.choice([
        "Tamponamento in colonna alla rotatoria di Dogana.", "Urto in retromarcia nel parcheggio del centro commerciale.",
        f"La controparte, sig. {any_name('sm')(c, i)}, ha invaso la corsia. Testimone presente.",
        f"Veicolo in sosta colpito; avvisato il proprietario {person('sm', ASS, 'full')(c, c.r.randint(1, N_ASS))} "
        f"al {person('sm', ASS, 'mobile')(c, c.r.randint(1, N_ASS))}.",
        "Grandinata del 14 luglio.", "Collisione con animale selvatico sulla superstrada."])


def _relazione(c, i):
    return c.r.choice(["Danni compatibili con la dinamica dichiarata.", "Paraurti e faro anteriore dx da sostituire.",
                       f"Sopralluogo presso {any_address('sm')(c, i)} alla presenza dell'assicurato.",
                       "Richiesta documentazione fotografica integrativa.", "Veicolo antieconomico: perdita totale."])


def sinistri_tables() -> list[Table]:
    a = lambda f: person("sm", ASS, f, 1940, 2005)           # noqa: E731
    pe = lambda f: person("sm", PER, f, 1960, 1992)          # noqa: E731
    return [
        Table(S, "compagnie", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ragione_sociale", "varchar(100)", "none", lambda c, i: COMPAGNIE[i % len(COMPAGNIE)]
              + ("" if i <= len(COMPAGNIE) else " - Agenzia RSM")),
            C("coe", "varchar(10)", "none", lambda c, i: f"SM{c.r.randint(10000, 29999)}",
              comment="codice operatore economico"),
            C("indirizzo", "varchar(120)", "none", lambda c, i: f"{c.r.choice(POOLS['sm']['street'])}, "
                                                                f"{c.r.randint(1, 80)}"),
            C("telefono", "varchar(20)", "none", lambda c, i: f"0549 {digits(c, 6)}"),
            C("pec", "varchar(80)", "none", lambda c, i: f"sinistri{i}@pec.{c.r.choice(['titano', 'asam', 'rmsm'])}.sm"),
            C("referente", "varchar(100)", "person_name", any_name("sm")),
            C("cellulare_referente", "varchar(20)", "phone", lambda c, i: f"+39 3{c.r.choice('2345')}{digits(c, 1)} "
                                                                          f"{digits(c, 7)}"),
            C("provvigione_pct", "numeric(4,2)", "none", amounts(6, 18)),
        ], rows=N_COMP),
        Table(S, "carrozzerie", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("denominazione", "varchar(100)", "none", lambda c, i: f"Carrozzeria {c.r.choice(POOLS['sm']['last'])} "
                                                                    f"{c.r.choice(['snc', 'srl', '& C.'])}"),
            C("coe", "varchar(10)", "none", lambda c, i: f"SM{c.r.randint(10000, 29999)}"),
            C("indirizzo", "varchar(120)", "none", lambda c, i: f"Strada {c.r.choice(['Cardio', 'Genghe', 'Bulumina'])}"
                                                                f", {c.r.randint(1, 60)}"),
            C("castello", "varchar(40)", "none", one(*POOLS["sm"]["city"])),
            C("telefono", "varchar(20)", "none", lambda c, i: f"0549 {digits(c, 6)}"),
            C("email", "varchar(80)", "none", lambda c, i: f"info@carrozzeria{i}.sm"),
            C("iban", "varchar(34)", "none", lambda c, i: _iban_sm(c)),
            C("titolare", "varchar(100)", "person_name", any_name("sm")),
            C("convenzionata", "boolean", "none", flag(0.6)),
        ], rows=N_CARR),
        Table(S, "periti", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nome_cognome", "varchar(100)", "person_name", pe("full")),
            C("iscrizione_ruolo", "varchar(12)", "none", lambda c, i: f"RPA {digits(c, 4)}"),
            C("email", "varchar(80)", "email", lambda c, i: f"{pe('user')(c, i)}@periziesm.com"),
            C("cellulare", "varchar(20)", "phone", pe("mobile")),
            C("tariffa_oraria", "numeric(6,2)", "none", amounts(40, 95)),
        ], rows=N_PER),
        Table(S, "assicurati", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("cognome", "varchar(60)", "person_name", a("last")),
            C("nome", "varchar(60)", "person_name", a("first")),
            C("sesso", "char(1)", "none", a("sex")),
            C("data_nascita", "date", "birth_date", a("birth")),
            C("luogo_nascita", "varchar(40)", "none", one("San Marino", "San Marino", "Rimini", "Novafeltria", "Pesaro")),
            C("codice_iss", "varchar(8)", "national_id", a("natid")),
            C("indirizzo", "varchar(120)", "postal_address", a("a_line")),
            C("cap", "varchar(5)", "postal_address", a("a_postcode")),
            C("castello", "varchar(40)", "none", a("a_city")),
            C("frazione", "varchar(40)", "none", a("a_district")),
            C("telefono", "varchar(20)", "phone", maybe(a("phone"), 0.6)),
            C("cellulare", "varchar(20)", "phone", a("mobile")),
            C("email", "varchar(80)", "email", maybe(a("email"), 0.7)),
            C("iban_rimborsi", "varchar(34)", "iban", maybe(lambda c, i: _iban_sm(c), 0.6)),
            C("numero_patente", "varchar(12)", "national_id", lambda c, i: f"RSM{digits(c, 6)}"),
            C("professione", "varchar(40)", "none", maybe(one("Impiegato", "Artigiano", "Frontaliere", "Pensionato",
                                                              "Libero professionista"), 0.8)),
            C("note", "text", "free_text_may_contain_pii", maybe(lambda c, i: c.r.choice([
                "Cliente storico, preferisce essere contattato la sera.", f"Delegato: figlio {any_name('sm')(c, i)}",
                "Invalidità civile 67%, richiesta agevolazione.", "Cambio residenza in arrivo."]), 0.4)),
            C("creato_il", "timestamp", "none", stamps(2015, 2025)),
        ], rows=N_ASS),
        Table(S, "polizze", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("assicurato_id", "integer", "none", fk(N_ASS, 1)),
            C("compagnia_id", "integer", "none", fk(N_COMP, 5)),
            C("numero_polizza", "varchar(20)", "none", lambda c, i: f"{c.r.randint(100, 999)}.{digits(c, 7)}"),
            C("targa", "varchar(10)", "none", _targa),
            C("telaio", "varchar(17)", "none", lambda c, i: "ZFA" + alnum(c, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
            C("classe_bm", "smallint", "none", ints(1, 18)),
            C("premio_annuo", "numeric(8,2)", "none", amounts(280, 1900)),
            C("decorrenza", "date", "none", dates(2023, 2025)),
            C("scadenza", "date", "none", dates(2025, 2026)),
            C("guida_esperta", "boolean", "none", flag(0.5)),
        ], rows=N_POL, extra=[fkey(S, "polizze", "assicurato_id", "assicurati", "id"),
                              fkey(S, "polizze", "compagnia_id", "compagnie", "id")]),
        Table(S, "sinistri", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("polizza_id", "integer", "none", fk(N_POL, 3)),
            C("carrozzeria_id", "integer", "none", maybe(fk(N_CARR, 7), 0.7)),
            C("data_sinistro", "timestamp", "none", stamps(2023, 2025)),
            C("luogo", "varchar(120)", "none", one("Rotatoria di Dogana", "Superstrada, km 4", "Parcheggio Atlante",
                                                    "Via 3 Settembre, Serravalle", "Borgo Maggiore, funivia")),
            C("lat", "numeric(9,6)", "geo_location", amounts(43.89, 43.99, 6)),
            C("lon", "numeric(9,6)", "geo_location", amounts(12.40, 12.51, 6)),
            C("dinamica", "text", "free_text_may_contain_pii", _dinamica),
            C("lesioni", "varchar(80)", "health", maybe(one("Colpo di frusta", "Trauma cranico lieve",
                                                            "Frattura polso sx", "Contusioni multiple"), 0.25)),
            C("prognosi_giorni", "smallint", "health", maybe(ints(3, 60), 0.25)),
            C("controparte_nome", "varchar(100)", "person_name", maybe(any_name("sm"), 0.6)),
            C("controparte_targa", "varchar(10)", "none", maybe(_targa, 0.6)),
            C("testimone", "varchar(100)", "person_name", maybe(any_name("sm"), 0.2)),
            C("cid_firmato", "boolean", "none", flag(0.5), comment="constatazione amichevole"),
            C("importo_liquidato", "numeric(10,2)", "none", maybe(amounts(150, 18000), 0.7)),
            C("stato", "varchar(20)", "none", one("Aperto", "In perizia", "Liquidato", "Respinto")),
        ], rows=N_SIN, extra=[fkey(S, "sinistri", "polizza_id", "polizze", "id"),
                              fkey(S, "sinistri", "carrozzeria_id", "carrozzerie", "id")]),
        Table(S, "perizie", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("sinistro_id", "integer", "none", fk(N_SIN, 1)),
            C("perito_id", "integer", "none", fk(N_PER, 3)),
            C("data_perizia", "date", "none", dates(2023, 2025)),
            C("importo_stimato", "numeric(10,2)", "none", amounts(150, 20000)),
            C("relazione", "text", "free_text_may_contain_pii", _relazione),
            C("foto_sha1", "char(40)", "none", lambda c, i: sha1(c)),
            C("chiusa", "boolean", "none", const(True)),
        ], rows=120, extra=[fkey(S, "perizie", "sinistro_id", "sinistri", "id"),
                            fkey(S, "perizie", "perito_id", "periti", "id")]),
    ]
