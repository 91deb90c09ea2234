"""q_fysio: an in-house patient system of a Bergen physiotherapy practice group ("Fysio Vest AS", three clinics),
a .NET application on PostgreSQL with Norwegian snake_case names: therapists, patients (fødselsnummer, GP, next of
kin), referrals with ICPC-2 codes, appointments with HELFO tariffs, SOAP journal notes, intake self-declarations,
invoices with refunds, and the SMS reminder log."""
from __future__ import annotations

from .blind14_gens import (NO_F, NO_LAST, NO_M, Rec, bcrypt, boolean, digits, fk, integer, maybe, no_account,
                           no_person, no_phone, num, one, pk, ref, ts, when)
from .gens import Col, Table

S = "q_fysio"
N_BEH, N_PAS, N_TIME = 22, 150, 150
ICPC = (("L03", "Korsryggsymptomer/plager", "korsrygg"), ("L02", "Ryggsymptomer/plager", "brystrygg"),
        ("L01", "Nakkesymptomer/plager", "nakke"), ("L84", "Ryggsyndrom uten smerteutstråling", "korsrygg"),
        ("L86", "Ryggsyndrom med smerteutstråling", "korsrygg"), ("L83", "Nakkesyndrom", "nakke"),
        ("L92", "Skuldersyndrom", "skulder"), ("L96", "Akutt meniskskade", "kne"), ("L90", "Kneartrose", "kne"),
        ("L89", "Hofteartrose", "hofte"), ("L93", "Tennisalbue", "albue"), ("L77", "Forstuing/forstrekking ankel", "ankel"),
        ("L18", "Muskelsmerter", "lår"), ("N01", "Hodepine", "nakke"), ("L72", "Brudd underarm", "håndledd"),
        ("L87", "Bursitt/tendinitt/synovitt IKA", "skulder"), ("L81", "Skade muskel-skjelett IKA", "kne"))
LEGEKONTOR = ("Landås legesenter", "Nesttun legekontor", "Åsane legesenter", "Sentrum legesenter Bergen",
              "Fyllingsdalen legesenter", "Laksevåg legesenter", "Sandviken legekontor", "Paradis legesenter")
SIDES = ("høyre", "venstre", "bilateralt")


def _doctor(c) -> str:
    return f"{c.r.choice(NO_M + NO_F)} {c.r.choice(NO_LAST)}"


def _hpr(c) -> str:
    return str(c.r.randint(1000000, 9999999))


def _beh(c, i):
    p = no_person(c)
    user = (p["first"][:3] + p["last"][:3]).lower().replace("ø", "o").replace("å", "a").replace("æ", "a")
    return {**p, "user": user, "work": f"{user}@fysiovest.no" if c.r.random() < 0.5 else
            f"{p['first'].lower()}.{p['last'].lower()}@fysiovest.no".replace("ø", "o").replace("å", "a")}


def behandlere() -> Table:
    r = Rec(_beh)
    return Table(S, "behandler", [
        pk("id", "integer"),
        Col("fornavn", "varchar(60)", "person_name", r.f("first")),
        Col("etternavn", "varchar(60)", "person_name", r.f("last")),
        Col("hpr_nummer", "varchar(9)", "national_id", lambda c, i: _hpr(c)),
        Col("tittel", "varchar(60)", "none", one("Fysioterapeut", "Fysioterapeut", "Manuellterapeut",
                                                   "Psykomotorisk fysioterapeut", "Idrettsfysioterapeut")),
        Col("avdeling", "varchar(40)", "none", one("Sentrum", "Nesttun", "Åsane")),
        Col("epost", "varchar(120)", "email", r.f("work")),
        Col("mobil", "varchar(20)", "phone", r.f("phone")),
        Col("brukernavn", "varchar(30)", "none", r.f("user")),
        Col("passord_hash", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "$2b$", 11)),
        Col("aktiv", "boolean", "none", boolean(0.85)),
        Col("opprettet", "timestamp", "none", ts(2015, 2025)),
        Col("driftstilskudd_prosent", "integer", "none", one(0, 50, 100, 100)),
    ], rows=N_BEH)


MERKNAD = ("Ønsker time etter kl 15.", "Ring datter {nok} på {nokphone} ved endring av time.",
           "Bruker rullator, trenger behandlingsrom i 1. etg.", "Foretrekker kvinnelig behandler.",
           "Kontakt via kone {nok} ({nokphone}), pasienten hører dårlig.", "Har fått faktura i retur, ny adresse.",
           "Skoleelev, mor {nok} følger til timene.", "Betaler selv, ikke henvist.", "Vil ikke ha SMS, ring {phone}.")


def _pas(c, i):
    p = no_person(c)
    nok = f"{c.r.choice(NO_M + NO_F)} {p['last'] if c.r.random() < 0.6 else c.r.choice(NO_LAST)}"
    nokphone = no_phone(c)
    m = c.r.choice(MERKNAD).format(nok=nok, nokphone=nokphone, phone=p["phone"]) if c.r.random() < 0.4 else None
    return {**p, "kjonn": "M" if p["sex"] == "m" else "K", "nok": nok, "nokphone": nokphone, "merknad": m,
            "rel": c.r.choice(("ektefelle", "samboer", "datter", "sønn", "mor", "far", "søster"))}


def pasienter() -> Table:
    r = Rec(_pas)
    return Table(S, "pasient", [
        pk("id", "integer"),
        Col("fodselsnummer", "char(11)", "national_id", r.f("fnr")),
        Col("fornavn", "varchar(60)", "person_name", r.f("first")),
        Col("mellomnavn", "varchar(60)", "person_name", r.f("middle")),
        Col("etternavn", "varchar(60)", "person_name", r.f("last")),
        Col("fodselsdato", "date", "birth_date", r.f("birth")),
        Col("kjonn", "char(1)", "none", r.f("kjonn")),
        Col("adresse", "varchar(120)", "postal_address", r.f("street")),
        Col("postnr", "char(4)", "postal_address", r.f("pc")),
        Col("poststed", "varchar(60)", "none", r.f("town")),
        Col("telefon", "varchar(20)", "phone", r.f("phone")),
        Col("epost", "varchar(120)", "email", maybe(0.75, r.f("email"))),
        Col("fastlege", "varchar(120)", "person_name", lambda c, i: _doctor(c)),
        Col("fastlege_kontor", "varchar(120)", "none", one(*LEGEKONTOR)),
        Col("parorende_navn", "varchar(120)", "person_name", r.f("nok")),
        Col("parorende_relasjon", "varchar(30)", "none", r.f("rel")),
        Col("parorende_telefon", "varchar(20)", "phone", r.f("nokphone")),
        Col("tolk_sprak", "varchar(30)", "none", maybe(0.08, one("polsk", "arabisk", "somali", "tigrinja", "litauisk"))),
        Col("reservert_sms", "boolean", "none", boolean(0.05)),
        Col("opprettet", "timestamp", "none", ts(2016, 2026)),
        Col("merknad", "text", "free_text_may_contain_pii", r.f("merknad")),
    ], rows=N_PAS)


def _henv(c, i):
    code, text, region = c.r.choice(ICPC)
    weeks = c.r.randint(1, 30)
    body = c.r.choice((
        f"Henvises til fysioterapi pga. {text.lower()}. Plager i {weeks} uker, {c.r.choice(SIDES)} side. Ønskes vurdert og behandlet.",
        f"{text}. Rtg/MR {region}: {c.r.choice(('degenerative forandringer', 'ingen fraktur', 'lett prolaps L4/L5', 'partiell ruptur'))}. Opptrening.",
        f"Pasient med {text.lower()} etter {c.r.choice(('fall på glatt føre', 'fotballkamp', 'løft på jobb', 'operasjon'))}. Smertestillende: {c.r.choice(('Paracet', 'Ibux', 'Voltaren', 'Tramadol'))}.",
    ))
    return {"code": code, "text": text, "body": body}


def henvisninger() -> Table:
    r = Rec(_henv)
    return Table(S, "henvisning", [
        pk("id", "integer"),
        Col("pasient_id", "integer", "none", ref(N_PAS)),
        Col("behandler_id", "integer", "none", ref(N_BEH, 0.1)),
        Col("henvist_av", "varchar(120)", "person_name", lambda c, i: _doctor(c)),
        Col("henviser_hpr", "varchar(9)", "national_id", lambda c, i: _hpr(c)),
        Col("henviser_virksomhet", "varchar(120)", "none", one(*LEGEKONTOR, "Haukeland universitetssjukehus",
                                                               "Haraldsplass Diakonale Sykehus")),
        Col("diagnosekode", "varchar(6)", "health", r.f("code")),
        Col("diagnosetekst", "varchar(120)", "health", r.f("text")),
        Col("henvisningsdato", "date", "none", lambda c, i: when(c, 2021, 2026).date()),
        Col("prioritet", "varchar(10)", "none", one("normal", "normal", "haster")),
        Col("henvisningstekst", "text", "health", r.f("body")),
        Col("mottatt", "timestamp", "none", ts(2021, 2026)),
        Col("status", "varchar(20)", "none", one("mottatt", "planlagt", "under behandling", "avsluttet")),
    ], rows=150, extra=[fk(S, "henvisning", "pasient_id", "pasient"), fk(S, "henvisning", "behandler_id", "behandler")])


def _time(c, i):
    start = when(c, 2023, 2026).replace(hour=c.r.randint(7, 18), minute=c.r.choice((0, 30)), second=0)
    return {"start": start, "slutt": start.replace(minute=start.minute + c.r.choice((20, 25, 29)))}


def timeavtaler() -> Table:
    r = Rec(_time)
    return Table(S, "timeavtale", [
        pk("id", "integer"),
        Col("pasient_id", "integer", "none", ref(N_PAS)),
        Col("behandler_id", "integer", "none", ref(N_BEH)),
        Col("start_tid", "timestamp", "none", r.f("start")),
        Col("slutt_tid", "timestamp", "none", r.f("slutt")),
        Col("takstkode", "varchar(10)", "none", one("A2a", "A2b", "A2c", "A2e", "A8a", "A9a", "G1")),
        Col("egenandel", "numeric(8,2)", "none", one(0, 196, 247, 294, 392)),
        Col("frikort", "boolean", "none", boolean(0.15)),
        Col("status", "varchar(20)", "none", one("fullført", "fullført", "fullført", "avlyst", "uteblitt", "bestilt")),
        Col("sms_paminnelse_sendt", "boolean", "none", boolean(0.9)),
        Col("avlysningsgrunn", "varchar(120)", "none", maybe(0.2, one("Forfall meldt på SMS", "Uteblitt",
                                                                         "Jobbkonflikt", "Syk", "Værforhold",
                                                                         "Behandler syk", "Flyttet til ny tid"))),
        Col("rom", "varchar(10)", "none", one("S1", "S2", "S3", "N1", "N2", "Å1", "Sal")),
    ], rows=N_TIME, extra=[fk(S, "timeavtale", "pasient_id", "pasient"), fk(S, "timeavtale", "behandler_id", "behandler")])


def _notat(c, i):
    code, text, region = c.r.choice(ICPC)
    side = c.r.choice(SIDES)
    s = c.r.choice((
        f"Smerter i {region} {side} siste {c.r.randint(1, 12)} uker. Verst om morgenen. Sover dårlig.",
        f"Bedre siden sist, NRS {c.r.randint(1, 5)}/10. Har gjort øvelsene daglig.",
        f"Økte smerter i {region} etter {c.r.choice(('trening', 'langtur', 'jobb på lager', 'hagearbeid'))}. Bruker {c.r.choice(('Paracet', 'Ibux', 'Naproxen'))} ved behov.",
    ))
    o = c.r.choice((
        f"Nedsatt bevegelighet {region} {side}. Palpasjonsøm. Kraft 4/5.",
        "SLR positiv ve 45 grader. Reflekser u.a. Sensibilitet u.a.",
        f"Hevelse {region}, ROM fleksjon {c.r.randint(60, 140)} grader. Lachman negativ.",
        "Hawkins og Neer positiv. Smertebue 70-120 grader.",
    ))
    v = c.r.choice((f"{text}. God respons på behandling.", f"{text}, langsom progresjon.",
                    f"Mistanke om {c.r.choice(('prolaps', 'ruptur', 'impingement', 'meniskskade'))}, anbefaler MR via fastlege."))
    t = c.r.choice(("Hjemmeøvelser 3x10 daglig. Ny time om en uke.", "Manuell behandling, taping. Kontroll om 2 uker.",
                    "Trykkbølge 2000 slag. Gradert belastning.", "Avslutter behandling, pasienten trener selv."))
    return {"s": s, "o": o, "v": v, "t": t}


def journalnotater() -> Table:
    r = Rec(_notat)
    return Table(S, "journalnotat", [
        pk("id", "integer"),
        Col("pasient_id", "integer", "none", ref(N_PAS)),
        Col("behandler_id", "integer", "none", ref(N_BEH)),
        Col("timeavtale_id", "integer", "none", ref(N_TIME, 0.1)),
        Col("dato", "date", "none", lambda c, i: when(c, 2023, 2026).date()),
        Col("notattype", "varchar(30)", "none", one("Førstegangskonsultasjon", "Oppfølging", "Oppfølging",
                                                      "Epikrise", "Telefonnotat")),
        Col("subjektivt", "text", "health", r.f("s")),
        Col("objektivt", "text", "health", r.f("o")),
        Col("vurdering", "text", "health", r.f("v")),
        Col("tiltak", "text", "health", r.f("t")),
        Col("smerte_nrs", "smallint", "health", integer(0, 10)),
        Col("signert", "boolean", "none", boolean(0.9)),
        Col("signert_tid", "timestamp", "none", ts(2023, 2026, 0.1)),
    ], rows=150, extra=[fk(S, "journalnotat", "pasient_id", "pasient"), fk(S, "journalnotat", "behandler_id", "behandler"),
                        fk(S, "journalnotat", "timeavtale_id", "timeavtale")])


def egenerklaeringer() -> Table:
    return Table(S, "egenerklaering", [
        pk("id", "integer"),
        Col("pasient_id", "integer", "none", ref(N_PAS)),
        Col("utfylt_dato", "date", "none", lambda c, i: when(c, 2022, 2026).date()),
        Col("hoyde_cm", "smallint", "health", integer(150, 198)),
        Col("vekt_kg", "numeric(5,1)", "health", num(48, 130, 1)),
        Col("royker", "varchar(20)", "health", one("nei", "nei", "nei", "ja", "av og til", "sluttet")),
        Col("faste_medisiner", "text", "health", maybe(0.6, one("Levaxin 50 mikrog", "Metformin 500 mg x2",
                                                                 "Albyl-E 75 mg", "Sertralin 50 mg", "Atorvastatin 20 mg",
                                                                 "Ventoline ved behov", "P-piller", "Lyrica 75 mg"))),
        Col("tidligere_operasjoner", "text", "health", maybe(0.4, one("Korsbånd høyre kne 2015", "Prolaps L5/S1 2019",
                                                                       "Keisersnitt", "Hofteprotese venstre 2021",
                                                                       "Blindtarm", "Skulderstabilisering 2018"))),
        Col("gravid", "boolean", "health", maybe(0.5, boolean(0.05))),
        Col("allergier", "varchar(200)", "health", maybe(0.3, one("Penicillin", "Nøtter", "Plaster/lateks", "Pollen",
                                                                   "Ingen kjente"))),
        Col("yrke", "varchar(80)", "none", one("Sykepleier", "Snekker", "Lærer", "Student", "Pensjonist",
                                                "Butikkmedarbeider", "Ingeniør", "Barnehageassistent", "Sjåfør")),
        Col("arbeidsgiver", "varchar(120)", "none", maybe(0.7, one("Bergen kommune", "Equinor", "Helse Bergen HF",
                                                                     "Coop Vest", "Skyss", "Universitetet i Bergen"))),
        Col("sykmeldt_prosent", "smallint", "health", maybe(0.3, one(20, 50, 60, 100))),
        Col("fysisk_aktivitet", "varchar(40)", "none", one("Lite", "1-2 ganger i uken", "3+ ganger i uken", "Daglig")),
    ], rows=130, extra=[fk(S, "egenerklaering", "pasient_id", "pasient")])


def _kid(c, i) -> str:
    body = f"{i:06d}{digits(c, 3)}"
    tot = 0
    for k, d in enumerate(reversed(body)):
        v = int(d) * (2 if k % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return body + str((10 - tot % 10) % 10)


def fakturaer() -> Table:
    return Table(S, "faktura", [
        pk("id", "integer"),
        Col("fakturanr", "integer", "none", lambda c, i: 240000 + i),
        Col("pasient_id", "integer", "none", ref(N_PAS)),
        Col("timeavtale_id", "integer", "none", ref(N_TIME, 0.05)),
        Col("belop", "numeric(10,2)", "none", one(196, 247, 294, 392, 650, 800)),
        Col("betalt_dato", "date", "none", lambda c, i: when(c, 2023, 2026).date() if c.r.random() < 0.8 else None),
        Col("betalingsmate", "varchar(20)", "none", one("Vipps", "Bankterminal", "Faktura", "Faktura")),
        Col("kid", "varchar(25)", "none", _kid),
        Col("kontonummer_refusjon", "varchar(14)", "bank_account", maybe(0.25, lambda c, i: no_account(c))),
        Col("helfo_refusjon_belop", "numeric(10,2)", "none", one(0, 140, 250, 356)),
        Col("forfallsdato", "date", "none", lambda c, i: when(c, 2023, 2026).date()),
        Col("status", "varchar(20)", "none", one("betalt", "betalt", "åpen", "purret", "inkasso", "kreditert")),
    ], rows=150, extra=[fk(S, "faktura", "pasient_id", "pasient"), fk(S, "faktura", "timeavtale_id", "timeavtale")])


def _sms(c, i):
    p = no_person(c)
    ther = f"{c.r.choice(NO_M + NO_F)} {c.r.choice(NO_LAST)}"
    t = when(c, 2024, 2026)
    msg = c.r.choice((
        f"Hei {p['first']}! Påminnelse om time hos fysioterapeut {ther} {t:%d.%m} kl {t:%H}:30. Avbestill innen 24t på 55 20 30 40. Hilsen Fysio Vest",
        f"Hei {p['first']}, du har time {t:%d.%m.%Y} kl {t:%H}:00 på Fysio Vest {c.r.choice(('Sentrum', 'Nesttun', 'Åsane'))}. Svar NEI for å avbestille.",
        f"Faktura {240000 + i} fra Fysio Vest AS forfaller {t:%d.%m}. Betal med Vipps til 123456.",
    ))
    return {"to": p["phone"], "msg": msg}


def sms_logg() -> Table:
    r = Rec(_sms)
    return Table(S, "sms_logg", [
        pk("id", "bigint"),
        Col("pasient_id", "integer", "none", ref(N_PAS)),
        Col("mottaker", "varchar(20)", "phone", r.f("to")),
        Col("melding", "text", "free_text_may_contain_pii", r.f("msg")),
        Col("sendt_tid", "timestamp", "none", ts(2024, 2026)),
        Col("status", "varchar(20)", "none", one("levert", "levert", "levert", "feilet", "ukjent nummer")),
        Col("leverandor_ref", "varchar(40)", "none", lambda c, i: f"LX{c.r.randint(10**9, 10**10 - 1)}"),
    ], rows=120, extra=[fk(S, "sms_logg", "pasient_id", "pasient")])


def fysio_tables() -> list[Table]:
    return [behandlere(), pasienter(), henvisninger(), timeavtaler(), journalnotater(), egenerklaeringer(),
            fakturaer(), sms_logg()]
