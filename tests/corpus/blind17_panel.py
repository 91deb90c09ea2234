"""t_panel: the panel database of a Swedish opinion-poll and survey company (SQL Server style, PascalCase).

Panelists with background variables, client surveys, invitations, answers of the voter barometer, rewards.
"""
from __future__ import annotations

import base64

from .blind17_gens import (b64, boolean, chars, day, fill, fk, fkey, ipv4, num, person, pick, ref, rng, seq, some,
                           uuid4, when, wpick)
from .gens import Col, Ctx, Table

S = "t_panel"
P = "se.panelist"
NP = 130
DT = "timestamp(3)"
PARTIES = [("S", 34), ("M", 19), ("SD", 20), ("V", 8), ("C", 4), ("KD", 4), ("L", 3), ("MP", 5), ("Vet ej", 6)]


def _p(c: Ctx, j: int):
    return person(c, P, j, "se", (1940, 2005))


LAN = {"Stockholm": "Stockholms län", "Göteborg": "Västra Götalands län", "Malmö": "Skåne län",
       "Uppsala": "Uppsala län", "Umeå": "Västerbottens län", "Luleå": "Norrbottens län"}


def _aspnet_v3(c: Ctx, i: int) -> str:
    raw = b"\x01\x00\x00\x00\x01\x00\x00\x27\x10\x00\x00\x00\x10" + bytes(c.r.getrandbits(8) for _ in range(48))
    return base64.b64encode(raw).decode()


def _panelists() -> Table:
    def age_group(c: Ctx, i: int) -> str:
        a = 2024 - _p(c, i).birth.year
        return "18-29" if a < 30 else "30-49" if a < 50 else "50-64" if a < 65 else "65+"
    return Table(S, "Panelist", [
        Col("PanelistID", "int PRIMARY KEY", "none", seq),
        Col("PersonalIdentityNo", "varchar(13)", "national_id", some(0.85, lambda c, i: _p(c, i).natid)),
        Col("FirstName", "varchar(50)", "person_name", lambda c, i: _p(c, i).first),
        Col("LastName", "varchar(80)", "person_name", lambda c, i: _p(c, i).last),
        Col("Gender", "char(1)", "none", lambda c, i: "K" if _p(c, i).sex == "F" else "M"),
        Col("DateOfBirth", "date", "birth_date", lambda c, i: _p(c, i).birth),
        Col("AgeGroup", "varchar(5)", "none", age_group),
        Col("Email", "varchar(256)", "email", lambda c, i: _p(c, i).email),
        Col("MobilePhone", "varchar(20)", "phone", some(0.9, lambda c, i: _p(c, i).phone)),
        Col("StreetAddress", "varchar(120)", "postal_address", lambda c, i: _p(c, i).street),
        Col("ZipCode", "varchar(6)", "postal_address", lambda c, i: _p(c, i).postcode),
        Col("City", "varchar(60)", "none", lambda c, i: _p(c, i).city),
        Col("Lan", "varchar(40)", "none", lambda c, i: LAN.get(_p(c, i).city, "Övriga")),
        Col("RecruitedVia", "varchar(20)", "none", pick("RDD-telefon", "Postutskick", "Webb", "Värvning vän")),
        Col("Status", "smallint", "none", wpick([(1, 8), (2, 1), (9, 1)])),
        Col("PointsBalance", "int", "none", num(0, 4500)),
        Col("PasswordHash", "varchar", "credentials", _aspnet_v3),
        Col("SecurityStamp", "varchar(64)", "secret_token", chars(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        Col("UnsubscribeToken", "uuid", "secret_token", uuid4),
        Col("CreatedUtc", DT, "none", when(2012, 2024)),
        Col("LastLoginUtc", DT, "none", some(0.8, when(2024, 2024))),
        Col("LastLoginIP", "varchar(45)", "ip_address", some(0.8, ipv4(["78.82", "85.226", "90.229", "81.234"]))),
    ], rows=NP)


def _profiles() -> Table:
    return Table(S, "PanelistProfile", [
        Col("PanelistID", "int PRIMARY KEY", "none", seq),
        Col("PartyPreference", "varchar(10)", "political_opinion", wpick(PARTIES)),
        Col("LeftRightScale", "smallint", "political_opinion", some(0.85, num(0, 10))),
        Col("UnionConfederation", "varchar(10)", "trade_union",
            wpick([("LO", 3), ("TCO", 3), ("Saco", 2), ("Nej", 4)])),
        Col("UnionName", "varchar(60)", "trade_union",
            wpick([(None, 5), ("Kommunal", 2), ("IF Metall", 2), ("Vision", 1), ("Unionen", 3), ("Lärarförbundet", 1),
                   ("Vårdförbundet", 1), ("Akademikerförbundet SSR", 1)])),
        Col("Religion", "varchar(40)", "religious_belief", wpick([("Svenska kyrkan", 8), ("Ingen", 10), ("Katolik", 1),
                                                                  ("Muslim", 2), ("Ortodox", 1), ("Pingst", 1),
                                                                  ("Vill ej uppge", 3)])),
        Col("ReligiousAttendance", "varchar(30)", "religious_belief",
            pick("Aldrig", "Vid högtider", "Någon gång per månad", "Varje vecka")),
        Col("ForeignBackground", "varchar(60)", "ethnic_origin",
            wpick([("Svensk bakgrund", 12), ("Utrikes född", 3), ("Inrikes född med två utrikes födda föräldrar", 1),
                   ("Inrikes född med en utrikes född förälder", 2)])),
        Col("CountryOfBirth", "varchar(40)", "none", wpick([("Sverige", 14), ("Finland", 1), ("Irak", 1), ("Syrien", 1),
                                                            ("Polen", 1), ("Somalia", 1)])),
        Col("SexualOrientation", "varchar(30)", "sex_life",
            wpick([("Heterosexuell", 12), ("Homosexuell", 1), ("Bisexuell", 1), ("Vill ej uppge", 2), (None, 3)])),
        Col("LongTermIllness", "varchar(60)", "health",
            wpick([("Nej", 10), ("Diabetes", 1), ("Astma/KOL", 1), ("Depression", 1), ("Hjärt-kärlsjukdom", 1)])),
        Col("Tobacco", "varchar(10)", "health", pick("Nej", "Nej", "Snus", "Röker", "Båda")),
        Col("HouseholdIncome", "varchar(20)", "none", pick("<200k", "200-400k", "400-600k", "600-900k", ">900k")),
        Col("Education", "varchar(40)", "none",
            pick("Grundskola", "Gymnasium", "Eftergymnasial <3 år", "Högskola 3+ år")),
        Col("Occupation", "varchar(60)", "none", pick("Undersköterska", "Lärare", "IT-konsult", "Pensionär", "Student",
                                                      "Snickare", "Sjuksköterska", "Arbetssökande")),
        Col("UpdatedUtc", DT, "none", when(2023, 2024)),
    ], rows=NP, extra=[fkey(S, "PanelistProfile", "PanelistID", "Panelist", "PanelistID")])


CLIENTS = ["Aftonbladet", "Sveriges Radio Ekot", "Folkhälsomyndigheten", "Svenska Dagbladet", "Kommunal",
           "Systembolaget",
           "Region Skåne", "Naturskyddsföreningen", "Göteborgs-Posten", "Trafikverket"]


def _surveys() -> Table:
    k = "se.client"
    return Table(S, "Survey", [
        Col("SurveyID", "int PRIMARY KEY", "none", seq),
        Col("ClientName", "varchar(80)", "none", lambda c, i: CLIENTS[i % len(CLIENTS)]),
        Col("Title", "varchar(120)", "none", lambda c, i: c.r.choice(["Väljarbarometern", "Förtroendemätning",
                                                                      "Hälsa och levnadsvanor", "Alkoholvanor",
                                                                      "Kollektivtrafik"]) + f" {i % 12 + 1}/2024"),
        Col("ClientContactName", "varchar(80)", "person_name",
            lambda c, i: f"{person(c, k, i, 'se').first} {person(c, k, i, 'se').last}"),
        Col("ClientContactEmail", "varchar(120)", "email",
            lambda c, i: (f"{person(c, k, i, 'se').first}.{person(c, k, i, 'se').last}@"
                          f"{CLIENTS[i % len(CLIENTS)].split()[0].lower()}.se").lower().replace("ö", "o")
            .replace("å", "a").replace("ä", "a")),
        Col("FieldStart", "date", "none", day(2023, 2024)),
        Col("FieldEnd", "date", "none", day(2023, 2024)),
        Col("TargetN", "int", "none", pick(1000, 1500, 2000, 3000)),
        Col("IncentivePoints", "int", "none", pick(20, 30, 50, 100)),
        Col("Status", "varchar(12)", "none", pick("Planerad", "Fält", "Stängd", "Levererad")),
    ], rows=40)


def _invitations() -> Table:
    return Table(S, "SurveyInvitation", [
        Col("InvitationID", "int PRIMARY KEY", "none", seq),
        Col("SurveyID", "int NOT NULL", "none", fk(40)),
        Col("PanelistID", "int NOT NULL", "none", fk(NP)),
        Col("SentUtc", DT, "none", when(2023, 2024)),
        Col("InviteToken", "varchar(32)", "secret_token", chars(22, "abcdefghijklmnopqrstuvwxyz0123456789")),
        Col("Opened", "boolean", "none", boolean(0.6)),
        Col("Completed", "boolean", "none", boolean(0.45)),
        Col("CompletedUtc", DT, "none", some(0.45, when(2023, 2024))),
        Col("PointsAwarded", "int", "none", pick(0, 20, 30, 50)),
    ], rows=150, extra=[fkey(S, "SurveyInvitation", "SurveyID", "Survey", "SurveyID"),
                        fkey(S, "SurveyInvitation", "PanelistID", "Panelist", "PanelistID")])


_Q = ref("se.q", 4)
_QS = ["Q1_PARTI", "Q2_SAKER", "Q3_REGERING", "Q4_NASTA_VAL"]


def _answer(c: Ctx, i: int) -> str:
    q = _Q(c, i)
    if q in (1, 4):
        return rng(c, "se.a", i).choices([p for p, _ in PARTIES], [w for _, w in PARTIES])[0]
    if q == 2:
        return c.r.choice(["Helt säker", "Ganska säker", "Kan ändra mig"])
    return c.r.choice(["Mycket stort", "Ganska stort", "Ganska litet", "Mycket litet", "Ingen uppfattning"])


_OPEN = fill(["Röstar {p} för att de tar tag i brottsligheten.", "Har alltid röstat {p}, som mina föräldrar.",
              "Missnöjd med regeringens hantering av elpriserna.", "Vet inte, alla partier låter likadant.",
              "Klimatfrågan avgör, därför {p}.", "Jag röstar inte längre."], p=[p for p, _ in PARTIES[:8]])


def _answers() -> Table:
    return Table(S, "SurveyAnswer", [
        Col("AnswerID", "bigint PRIMARY KEY", "none", seq),
        Col("InvitationID", "int NOT NULL", "none", fk(150)),
        Col("QuestionCode", "varchar(20)", "none", lambda c, i: _QS[_Q(c, i) - 1]),
        Col("AnswerValue", "varchar(60)", "political_opinion", _answer),
        Col("OpenText", "text", "political_opinion", some(0.35, _OPEN)),
        Col("AnsweredUtc", DT, "none", when(2023, 2024)),
    ], rows=150, extra=[fkey(S, "SurveyAnswer", "InvitationID", "SurveyInvitation", "InvitationID")])


_RW = ref("se.rw", NP)


def _rewards() -> Table:
    def kind(c: Ctx, i: int) -> str:
        return rng(c, "se.rw:k", i).choice(["Presentkort", "Swish", "Swish", "Bank", "Välgörenhet"])
    return Table(S, "Reward", [
        Col("RewardID", "int PRIMARY KEY", "none", seq),
        Col("PanelistID", "int NOT NULL", "none", _RW),
        Col("RewardType", "varchar(20)", "none", kind),
        Col("Points", "int", "none", pick(500, 1000, 2000)),
        Col("SwishNumber", "varchar(20)", "phone",
            lambda c, i: _p(c, _RW(c, i)).phone if kind(c, i) == "Swish" else None),
        Col("ClearingNo", "varchar(6)", "none",
            lambda c, i: c.r.choice(["8327-9", "6152", "3300", "5010", "9660"]) if kind(c, i) == "Bank" else None),
        Col("AccountNo", "varchar(20)", "bank_account",
            lambda c, i: f"{c.r.randint(100, 999)} {c.r.randint(100, 999)} {c.r.randint(100, 999)}"
            if kind(c, i) == "Bank" else None),
        Col("Charity", "varchar(60)", "none",
            lambda c, i: c.r.choice(["Röda Korset", "Barncancerfonden", "Läkare utan gränser"])
            if kind(c, i) == "Välgörenhet" else None),
        Col("RequestedUtc", DT, "none", when(2023, 2024)),
        Col("PaidUtc", DT, "none", some(0.85, when(2023, 2024))),
    ], rows=100, extra=[fkey(S, "Reward", "PanelistID", "Panelist", "PanelistID")])


_NOTE = fill(["Ringde och ville avsluta sitt medlemskap.", "Byter e-post till {mail}, uppdaterat.",
              "Klagade på att enkäten om alkoholvanor var för privat.", "Ny adress: {street}, {pc}.",
              "Presentkortet kom inte fram, skickat nytt.", "Dottern ringde, panelisten har avlidit. Avregistrerad."],
             mail=["karin.berg@telia.com", "ahmed.hassan@gmail.com"], street=["Tallvägen 7", "Skolgatan 22 lgh 1102"],
             pc=["752 28 Uppsala", "413 04 Göteborg"])


def _contactlog() -> Table:
    return Table(S, "ContactLog", [
        Col("LogID", "int PRIMARY KEY", "none", seq),
        Col("PanelistID", "int NOT NULL", "none", fk(NP)),
        Col("Channel", "varchar(10)", "none", pick("Telefon", "E-post", "Chatt")),
        Col("Note", "varchar(2000)", "free_text_may_contain_pii", _NOTE),
        Col("AgentInitials", "char(3)", "none", pick("KAN", "EJO", "MLI", "AHA", "SBE")),
        Col("CreatedUtc", DT, "none", when(2022, 2024)),
    ], rows=90, extra=[fkey(S, "ContactLog", "PanelistID", "Panelist", "PanelistID")])


def _appusers() -> Table:
    k = "se.staff"
    return Table(S, "AppUser", [
        Col("UserID", "int PRIMARY KEY", "none", seq),
        Col("UserName", "varchar(50)", "none", lambda c, i: person(c, k, i, "se").login),
        Col("NormalizedEmail", "varchar(256)", "email",
            lambda c, i: f"{person(c, k, i, 'se').first}.{person(c, k, i, 'se').last}@OPINIONSPANELEN.SE".upper()),
        Col("PasswordHash", "varchar(200)", "credentials", _aspnet_v3),
        Col("TwoFactorEnabled", "boolean", "none", boolean(0.7)),
        Col("AuthenticatorKey", "varchar(64)", "secret_token", chars(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        Col("LockoutEnd", DT, "none", some(0.05, when(2024, 2024))),
        Col("ConcurrencyStamp", "uuid", "none", uuid4),
        Col("ApiKey", "varchar(60)", "secret_token", lambda c, i: "op_live_" + b64(c, 24, urlsafe=True)),
    ], rows=25)


def panel_tables() -> list[Table]:
    return [_panelists(), _profiles(), _surveys(), _invitations(), _answers(), _rewards(), _contactlog(),
            _appusers()]
