"""af_ushahidi: an Ushahidi 2.x crowdmap deployed for cyclone response in Madagascar, recreated from memory of the
Ushahidi v2 (Kohana) tables: incident, location, reporter, message, comment, alert, form_response..."""
from __future__ import annotations

from .blind30_gens import (alnum, coord, epoch, fk, fkey, hexstr, ipv4, maybe, num, pick, pp, row_id, say,
                           stamp)
from .blind30_people import person
from .gens import Col as C
from .gens import Table

S = "af_ushahidi"
USERS, LOC, INC, CAT, REP, FIELDS = 80, 150, 150, 12, 130, 10
PK = "integer PRIMARY KEY"
LAT, LON = (-25.6, -12.0), (43.2, 50.5)

_CATS = ["Olona voafandrika / Personnes bloquées", "Maratra / Blessés", "Sakafo / Besoin alimentaire",
         "Rano fisotro / Eau potable", "Trano rava / Maisons détruites", "Lalana tapaka / Route coupée",
         "Jiro / Électricité", "Fifamoivoizana / Transport", "Toerana fialofana / Abris", "Fahasalamana / Santé",
         "Famatsiana / Distributions", "Hafa / Autres"]
_INCIDENT = [
    "Fianakaviana {0} mianadahy voafandrika eny an-tampon-trano. Antsoy i {first} {last} amin'ny {mobile}.",
    "Route coupée au PK {0} de la RN7, pont emporté par la crue.",
    "Famille de {first} {last} sans abri depuis deux jours, {0} enfants. Tél. {mobile}",
    "Tsy misy rano fisotro intsony ao amin'ny fokontany, olona {0}00 no voakasik'izany.",
    "Toit de l'EPP arraché, les salles servent d'abri pour {0} familles.",
    "Reny bevohoka {0} volana mila fitaterana mankany amin'ny CSB. Mpiantso: {first}, {mobile}",
    "Poteaux électriques tombés sur la route d'Ivato, {0} quartiers sans courant.",
]
_SMS = [
    "Vonjeo izahay! {0} isika eto Ambohijatovo, tondra-drano. {first}",
    "Besoin de riz et d'eau à {town}, {0} familles. Contact {first} {last}",
    "Lalana tapaka eto {town}",
    "Mila fanafody ny zanako, marary tazo {0} andro. {first} {mobile}",
    "Efa nihena ny rano eto {town}",
    "OK voaray ny fanampiana, misaotra",
]
_COMMENTS = [
    "Confirmé par l'équipe BNGRC sur place.", "{first} {last} a été évacué(e) ce matin, merci à tous.",
    "Misaotra betsaka!", "Le pont est de nouveau praticable pour les motos.",
    "Contactez plutôt {first} au {mobile}, le numéro affiché ne répond pas.", "Doublon du rapport précédent.",
]
_FORM_ANSWERS = [
    "{0}", "Vary, rano, lamba firakotra", "Contact sur place : {first} {last} {mobile}", "Oui",
    "Tsia", "{0} maratra, {1} tsy hita", "Chef fokontany : {first} {last}",
]


def _t(templates: list[str], entity: str, n: int | None = None, k: int = 7):
    """Ushahidi text with number slots ({0}, {1}) besides the parts of a person."""
    def g(c, i):
        p = person(c, "MG", entity, i if n is None else (i * k) % n + 1)
        t = c.r.choice(templates).replace("{0}", str(c.r.randint(2, 12))).replace("{1}", str(c.r.randint(0, 4)))
        return t.format(**p)
    return g


def ushahidi_tables() -> list[Table]:
    return [
        Table(S, "users", [
            C("id", PK, "none", row_id()),
            C("riverid", "varchar(128)", "none", hexstr(32)),
            C("name", "varchar(200)", "person_name", pp("MG", "user", "full")),
            C("email", "varchar(127)", "email", pp("MG", "user", "email")),
            C("username", "varchar(100)", "none", pp("MG", "user", "user")),
            C("password", "char(64)", "credentials", hexstr(64)),
            C("logins", "integer", "none", num(0, 400)),
            C("last_login", "integer", "none", epoch(2022, 2024)),
            C("notify", "smallint", "none", pick(0, 1)),
            C("updated", "timestamp", "none", stamp(2022, 2024)),
            C("color", "varchar(6)", "none", pick("FF0000", "00AA00", "3366CC", "FFCC00")),
            C("code", "varchar(30)", "secret_token", maybe(alnum(30), 0.5)),
            C("confirmed", "smallint", "none", pick(0, 1, 1)),
            C("public_profile", "smallint", "none", pick(0, 1)),
        ], rows=USERS),
        Table(S, "roles_users", [
            C("user_id", "integer", "none", row_id()),
            C("role_id", "integer", "none", pick(1, 1, 1, 3, 4)),
        ], rows=USERS, extra=[fkey(S, "roles_users", "user_id", "users")]),
        Table(S, "location", [
            C("id", PK, "none", row_id()),
            C("location_name", "varchar(255)", "none", lambda c, i: pp("MG", "loc", "street")(c, i).split(" ", 4)[-1]
              + ", " + pp("MG", "loc", "town")(c, i)),
            C("country_id", "integer", "none", lambda c, i: 135),
            C("latitude", "double precision", "geo_location", coord(*LAT)),
            C("longitude", "double precision", "geo_location", coord(*LON)),
            C("location_visible", "smallint", "none", pick(1, 1, 0)),
            C("location_date", "timestamp", "none", stamp(2022, 2024)),
        ], rows=LOC),
        Table(S, "incident", [
            C("id", PK, "none", row_id()),
            C("location_id", "integer", "none", lambda c, i: i),
            C("form_id", "integer", "none", lambda c, i: 1),
            C("locale", "varchar(10)", "none", pick("mg_MG", "fr_FR", "fr_FR")),
            C("user_id", "integer", "none", maybe(fk(USERS, 3), 0.4)),
            C("incident_title", "varchar(255)", "none", pick("Olona voafandrika", "Route coupée", "Sans abri",
                                                              "Tsy misy rano", "École endommagée", "Mila vonjy maika",
                                                              "Coupure d'électricité")),
            C("incident_description", "text", "free_text_may_contain_pii", _t(_INCIDENT, "inc")),
            C("incident_date", "timestamp", "none", stamp(2022, 2024)),
            C("incident_mode", "smallint", "none", pick(1, 2, 2, 3, 4)),
            C("incident_active", "smallint", "none", pick(0, 1, 1)),
            C("incident_verified", "smallint", "none", pick(0, 1)),
            C("incident_dateadd", "timestamp", "none", stamp(2022, 2024)),
            C("incident_alert_status", "smallint", "none", pick(0, 1, 2)),
            C("incident_zoom", "smallint", "none", pick(None, 12, 14)),
        ], rows=INC, extra=[fkey(S, "incident", "location_id", "location"), fkey(S, "incident", "user_id", "users")]),
        Table(S, "incident_person", [
            C("id", PK, "none", row_id()),
            C("incident_id", "integer", "none", fk(INC, 1)),
            C("person_first", "varchar(200)", "person_name", pp("MG", "inc", "first", INC, 1)),
            C("person_last", "varchar(200)", "person_name", pp("MG", "inc", "last", INC, 1)),
            C("person_email", "varchar(120)", "email", maybe(pp("MG", "inc", "email", INC, 1), 0.5)),
            C("person_phone", "varchar(60)", "phone", pp("MG", "inc", "mobile", INC, 1)),
            C("person_ip", "varchar(50)", "ip_address", ipv4()),
            C("person_date", "timestamp", "none", stamp(2022, 2024)),
        ], rows=120, extra=[fkey(S, "incident_person", "incident_id", "incident")]),
        Table(S, "category", [
            C("id", PK, "none", row_id()),
            C("parent_id", "integer", "none", lambda c, i: 0),
            C("locale", "varchar(10)", "none", lambda c, i: "mg_MG"),
            C("category_position", "smallint", "none", row_id()),
            C("category_title", "varchar(255)", "none", lambda c, i: _CATS[i - 1]),
            C("category_color", "varchar(20)", "none", hexstr(6)),
            C("category_visible", "smallint", "none", lambda c, i: 1),
        ], rows=CAT),
        Table(S, "incident_category", [
            C("id", PK, "none", row_id()),
            C("incident_id", "integer", "none", row_id()),
            C("category_id", "integer", "none", fk(CAT, 5)),
        ], rows=INC, extra=[fkey(S, "incident_category", "incident_id", "incident"),
                            fkey(S, "incident_category", "category_id", "category")]),
        Table(S, "reporter", [
            C("id", PK, "none", row_id()),
            C("incident_id", "integer", "none", maybe(fk(INC, 1), 0.3)),
            C("user_id", "integer", "none", lambda c, i: None),
            C("service_id", "integer", "none", pick(1, 1, 1, 2, 3)),
            C("level_id", "integer", "none", pick(1, 3, 3, 4)),
            C("service_account", "varchar(255)", "phone", pp("MG", "rep", "mobile")),
            C("reporter_first", "varchar(200)", "person_name", maybe(pp("MG", "rep", "first"), 0.4)),
            C("reporter_last", "varchar(200)", "person_name", maybe(pp("MG", "rep", "last"), 0.4)),
            C("reporter_email", "varchar(120)", "email", maybe(pp("MG", "rep", "email"), 0.6)),
            C("reporter_phone", "varchar(60)", "phone", pp("MG", "rep", "mobile")),
            C("reporter_date", "timestamp", "none", stamp(2022, 2024)),
            C("location_id", "integer", "none", fk(LOC, 11)),
        ], rows=REP, extra=[fkey(S, "reporter", "incident_id", "incident"),
                            fkey(S, "reporter", "location_id", "location")]),
        Table(S, "message", [
            C("id", PK, "none", row_id()),
            C("parent_id", "integer", "none", lambda c, i: 0),
            C("incident_id", "integer", "none", maybe(fk(INC, 7), 0.5)),
            C("reporter_id", "integer", "none", fk(REP, 1)),
            C("service_messageid", "varchar(100)", "none", hexstr(16)),
            C("message_from", "varchar(100)", "phone", pp("MG", "rep", "mobile", REP, 1)),
            C("message_to", "varchar(100)", "none", pick("38383", "8080")),
            C("message", "text", "free_text_may_contain_pii", _t(_SMS, "rep", REP, 1)),
            C("message_type", "smallint", "none", pick(1, 1, 2)),
            C("message_date", "timestamp", "none", stamp(2022, 2024)),
            C("message_level", "smallint", "none", pick(0, 0, 1)),
            C("latitude", "double precision", "geo_location", maybe(coord(*LAT), 0.5)),
            C("longitude", "double precision", "geo_location", maybe(coord(*LON), 0.5)),
        ], rows=150, extra=[fkey(S, "message", "incident_id", "incident"),
                            fkey(S, "message", "reporter_id", "reporter")]),
        Table(S, "comment", [
            C("id", PK, "none", row_id()),
            C("incident_id", "integer", "none", fk(INC, 3)),
            C("user_id", "integer", "none", lambda c, i: 0),
            C("comment_author", "varchar(100)", "person_name", pp("MG", "com", "full")),
            C("comment_email", "varchar(120)", "email", pp("MG", "com", "email")),
            C("comment_description", "text", "free_text_may_contain_pii", say("MG", "inc", _COMMENTS, INC, 3)),
            C("comment_ip", "varchar(100)", "ip_address", ipv4()),
            C("comment_spam", "smallint", "none", pick(0, 0, 0, 1)),
            C("comment_active", "smallint", "none", pick(1, 1, 0)),
            C("comment_date", "timestamp", "none", stamp(2022, 2024)),
        ], rows=100, extra=[fkey(S, "comment", "incident_id", "incident")]),
        Table(S, "alert", [
            C("id", PK, "none", row_id()),
            C("alert_type", "smallint", "none", lambda c, i: 1 if i % 3 else 2),
            C("alert_recipient", "varchar(200)", "phone", lambda c, i: pp("MG", "alert", "mobile" if i % 3 else "email")(c, i)),
            C("alert_code", "varchar(30)", "secret_token", alnum(20)),
            C("alert_confirmed", "smallint", "none", pick(0, 1, 1)),
            C("alert_lat", "varchar(150)", "geo_location", lambda c, i: f"{coord(*LAT)(c, i):.6f}"),
            C("alert_lon", "varchar(150)", "geo_location", lambda c, i: f"{coord(*LON)(c, i):.6f}"),
            C("alert_radius", "smallint", "none", pick(1, 5, 10, 20)),
        ], rows=110),
        Table(S, "form_field", [
            C("id", PK, "none", row_id()),
            C("form_id", "integer", "none", lambda c, i: 1),
            C("field_name", "varchar(200)", "none", lambda c, i: ["Isan'ny olona", "Filana", "Contact sur place",
                                                                     "Misy maratra?", "Vonjy maika?", "Maratra / tsy hita",
                                                                     "Chef fokontany", "Source", "Langue", "Remarque"][i - 1]),
            C("field_type", "smallint", "none", pick(1, 2, 5)),
            C("field_required", "smallint", "none", pick(0, 1)),
        ], rows=FIELDS),
        Table(S, "form_response", [
            C("id", PK, "none", row_id()),
            C("form_field_id", "integer", "none", fk(FIELDS, 3)),
            C("incident_id", "integer", "none", fk(INC, 1)),
            C("form_response", "text", "free_text_may_contain_pii", _t(_FORM_ANSWERS, "inc", INC, 1)),
        ], rows=150, extra=[fkey(S, "form_response", "form_field_id", "form_field"),
                            fkey(S, "form_response", "incident_id", "incident")]),
        Table(S, "user_tokens", [
            C("id", PK, "none", row_id()),
            C("user_id", "integer", "none", fk(USERS, 1)),
            C("user_agent", "varchar(40)", "none", hexstr(40)),
            C("token", "varchar(64)", "secret_token", hexstr(40)),
            C("created", "integer", "none", epoch(2023, 2024)),
            C("expires", "integer", "none", epoch(2024, 2025)),
        ], rows=90, extra=[fkey(S, "user_tokens", "user_id", "users")]),
        Table(S, "checkin", [
            C("id", PK, "none", row_id()),
            C("user_id", "integer", "none", fk(USERS, 7)),
            C("location_id", "integer", "none", fk(LOC, 13)),
            C("incident_id", "integer", "none", maybe(fk(INC, 9), 0.6)),
            C("checkin_description", "varchar(255)", "none", pick("Tonga eto", "Distribution terminée", "En route",
                                                                   "Équipe sur place", "Niverina")),
            C("checkin_date", "timestamp", "none", stamp(2022, 2024)),
            C("checkin_auto", "smallint", "none", pick(0, 0, 1)),
        ], rows=90, extra=[fkey(S, "checkin", "user_id", "users"), fkey(S, "checkin", "location_id", "location"),
                           fkey(S, "checkin", "incident_id", "incident")]),
    ]
