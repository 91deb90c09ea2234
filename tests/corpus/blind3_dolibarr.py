"""e_dolibarr: a French Dolibarr 19 ERP (llx_ prefix): third parties (companies), their contacts, users, customer
invoices, and the bank accounts of third parties and of users, with Dolibarr's foreign keys."""

from __future__ import annotations

from .blind3_gens import (C, birth, city, day, email, first, fk, full, last, num, opt, phone, postcode, ref,
                          row_random, street)
from .blind3_formats import bcrypt, chars, iban, ipv4, siren, siret, tva_fr
from .gens import Col, Ctx, Table, ident, pick

S = "e_dolibarr"
SOC, USERS = 110, 80
FORMS = ["SARL", "SAS", "SA", "EURL", "SASU"]


def _company(c: Ctx, i: int) -> str:
    f = fk("fr_FR", c)
    return (
        c.r.choice(
            [
                f"{f.last_name()} {c.r.choice(['et Fils', 'Bâtiment', 'Transports', 'Menuiserie'])}",
                f"{c.r.choice(['Boulangerie', 'Garage', 'Cabinet', 'Imprimerie'])} {f.last_name()}",
                f"{c.r.choice(['Alpes', 'Atlantique', 'Provence', 'Nord'])} {c.r.choice(['Distribution', 'Logistique', 'Informatique'])}",
            ]
        )
        + f" {c.r.choice(FORMS)}"
    )


def _soc_street(c: Ctx, i: int) -> str:
    return (
        c.r.choice(
            [
                f"ZA des {c.r.choice(['Pins', 'Bruyères', 'Forges'])}, ",
                f"Parc d'activités {c.r.choice(['Nord', 'Est'])}, ",
                "",
            ]
        )
        + f"{c.r.randint(1, 120)} {c.r.choice(['rue de l’Industrie', 'avenue de la Gare', 'route Nationale', 'rue du Commerce'])}"
    )


def _soc_note(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"Contact compta : {full('fr_FR')(c, i)}, {phone('fr_FR', mobile=True)(c, i)}",
            "Paiement toujours en retard, relancer à 30 jours.",
            "",
            f"Interlocuteur : M. {last('fr_FR')(c, i)} ({email('fr_FR')(c, i)})",
            "Remise 5 % accordée sur les commandes > 2000 €.",
            f"Gérant : {full('fr_FR')(c, i)}",
        ]
    )


def _signature(c: Ctx, i: int) -> str:
    return (
        f"<p>{full('fr_FR')(c, i)}<br>{c.r.choice(['Responsable commercial', 'Comptable', 'Technicien'])}<br>"
        f"Tél. {phone('fr_FR', mobile=False)(c, i)} – {email('fr_FR', ['exemple-sarl.fr'])(c, i)}</p>"
    )


def _apikey(c: Ctx, i: int) -> str | None:
    if c.r.random() < 0.4:
        return None
    return (
        chars(32)(c, i)
        if c.r.random() < 0.5
        else f"dolcrypt:AES-256-CTR:{chars(16, '0123456789abcdef')(c, i)}:{chars(44)(c, i)}"
    )


def _ht(i: int) -> float:
    return round(row_random("facture", i).uniform(50, 9000), 2)


def _nir(c: Ctx, i: int) -> str:
    """French social security number (NIR): sex, YY, MM, department, commune, order, key (97 - n mod 97)."""
    b = birth(1955, 2003)(c, i)
    body = f"{c.r.choice('12')}{b:%y}{b:%m}{c.r.randint(1, 95):02d}{c.r.randint(1, 999):03d}{c.r.randint(1, 999):03d}"
    return f"{body}{97 - int(body) % 97:02d}"


def dolibarr_tables() -> list[Table]:
    soc = Table(
        S,
        "llx_societe",
        [
            Col("rowid", "integer PRIMARY KEY", "none", ident),
            C("nom", "varchar(128)", "none", _company),
            C("code_client", "varchar(24)", "none", lambda c, i: f"CU2{c.r.randint(301, 412)}-{i:05d}"),
            C(
                "code_fournisseur",
                "varchar(24)",
                "none",
                lambda c, i: c.r.choice([None, f"SU2{c.r.randint(301, 412)}-{i:05d}"]),
            ),
            C("address", "varchar(255)", "none", _soc_street),
            C("zip", "varchar(25)", "none", postcode("fr_FR")),
            C("town", "varchar(50)", "none", city("fr_FR")),
            C("phone", "varchar(20)", "none", phone("fr_FR", mobile=False)),
            C("url", "varchar(255)", "none", lambda c, i: f"https://www.{fk('fr_FR', c).domain_word()}.fr"),
            C(
                "email",
                "varchar(128)",
                "none",
                lambda c, i: f"{c.r.choice(['contact', 'compta', 'commandes'])}@{fk('fr_FR', c).domain_word()}.fr",
            ),
            C("siren", "varchar(128)", "none", siren),
            C("siret", "varchar(128)", "none", siret),
            C("ape", "varchar(128)", "none", pick("4120A", "4332A", "6201Z", "1071C", "4941A")),
            C("tva_intra", "varchar(20)", "none", tva_fr),
            C("note_private", "text", "free_text_may_contain_pii", _soc_note),
            C(
                "note_public",
                "text",
                "none",
                pick("", "Livraison le matin uniquement.", "Accès poids lourds par l'arrière."),
            ),
            C("client", "smallint", "none", pick(0, 1, 1, 2, 3)),
            C("fournisseur", "smallint", "none", pick(0, 0, 1)),
        ],
        rows=SOC,
    )
    people = Table(
        S,
        "llx_socpeople",
        [
            Col("rowid", "integer PRIMARY KEY", "none", ident),
            C("fk_soc", "integer", "none", ref(SOC)),
            C("civility", "varchar(6)", "none", pick("MR", "MME", "")),
            C("lastname", "varchar(50)", "person_name", last("fr_FR")),
            C("firstname", "varchar(50)", "person_name", first("fr_FR")),
            C("address", "varchar(255)", "postal_address", street("fr_FR")),
            C("zip", "varchar(25)", "postal_address", postcode("fr_FR")),
            C("town", "varchar(255)", "none", city("fr_FR")),
            C("birthday", "date", "birth_date", opt(0.8, birth(1955, 2000))),
            C(
                "poste",
                "varchar(255)",
                "none",
                pick("Gérant", "Comptable", "Responsable achats", "Assistante de direction"),
            ),
            C("phone", "varchar(30)", "phone", phone("fr_FR", mobile=False)),
            C("phone_perso", "varchar(30)", "phone", phone("fr_FR")),
            C("phone_mobile", "varchar(30)", "phone", phone("fr_FR", mobile=True)),
            C("email", "varchar(255)", "email", email("fr_FR")),
            C("no_email", "smallint", "none", pick(0, 0, 1)),
            C("note_public", "text", "none", pick("", "", "Présente le mardi et jeudi.")),
        ],
        rows=130,
        extra=[
            "ALTER TABLE e_dolibarr.llx_socpeople ADD CONSTRAINT fk_socpeople_fk_soc FOREIGN KEY (fk_soc) "
            "REFERENCES e_dolibarr.llx_societe(rowid)"
        ],
    )
    users = Table(
        S,
        "llx_user",
        [
            Col("rowid", "integer PRIMARY KEY", "none", ident),
            C("admin", "smallint", "none", pick(0, 0, 0, 1)),
            C(
                "login",
                "varchar(50)",
                "none",
                lambda c, i: (first("fr_FR")(c, i)[0] + last("fr_FR")(c, i)).lower()[:12],
            ),
            C("pass_crypted", "varchar(128)", "credentials", bcrypt("$2y$10$")),
            C("api_key", "varchar(128)", "secret_token", _apikey),
            C("lastname", "varchar(50)", "person_name", last("fr_FR")),
            C("firstname", "varchar(50)", "person_name", first("fr_FR")),
            C("address", "varchar(255)", "postal_address", street("fr_FR")),
            C("zip", "varchar(25)", "postal_address", postcode("fr_FR")),
            C("town", "varchar(50)", "none", city("fr_FR")),
            C("birth", "date", "birth_date", birth(1958, 2003)),
            C("job", "varchar(128)", "none", pick("Technicien", "Comptable", "Commercial", "Directeur")),
            C("office_phone", "varchar(20)", "phone", phone("fr_FR", mobile=False)),
            C("user_mobile", "varchar(20)", "phone", phone("fr_FR", mobile=True)),
            C("personal_mobile", "varchar(20)", "phone", phone("fr_FR", mobile=True)),
            C("email", "varchar(255)", "email", email("fr_FR", ["exemple-sarl.fr"])),
            C("personal_email", "varchar(255)", "email", email("fr_FR")),
            C("signature", "text", "free_text_may_contain_pii", _signature),
            C("iplastlogin", "varchar(250)", "ip_address", ipv4),
            C("ippreviouslogin", "varchar(250)", "ip_address", ipv4),
            C("salary", "double precision", "none", num(1800, 5200, 2)),
            C("national_registration_number", "varchar(50)", "national_id", _nir),
        ],
        rows=USERS,
    )
    invoices = Table(
        S,
        "llx_facture",
        [
            Col("rowid", "integer PRIMARY KEY", "none", ident),
            C("ref", "varchar(30)", "none", lambda c, i: f"FA2{c.r.randint(401, 412)}-{i:04d}"),
            C("fk_soc", "integer", "none", ref(SOC)),
            C("datef", "date", "none", day(2022)),
            C("total_ht", "double precision", "none", lambda c, i: _ht(i)),
            C("total_ttc", "double precision", "none", lambda c, i: round(_ht(i) * 1.2, 2)),
            C("fk_statut", "smallint", "none", pick(1, 2, 2, 3)),
            C("fk_user_author", "integer", "none", ref(USERS)),
            C(
                "note_private",
                "text",
                "none",
                pick("", "Relance envoyée.", "Escompte refusé.", "Acompte de 30 % reçu."),
            ),
            C(
                "note_public",
                "text",
                "none",
                pick("", "Merci de votre confiance.", "Pénalités de retard : 3 fois le taux légal."),
            ),
        ],
        rows=140,
        extra=[
            "ALTER TABLE e_dolibarr.llx_facture ADD CONSTRAINT fk_facture_fk_soc FOREIGN KEY (fk_soc) "
            "REFERENCES e_dolibarr.llx_societe(rowid)",
            "ALTER TABLE e_dolibarr.llx_facture ADD CONSTRAINT fk_facture_fk_user_author FOREIGN KEY (fk_user_author) "
            "REFERENCES e_dolibarr.llx_user(rowid)",
        ],
    )
    soc_rib = Table(
        S,
        "llx_societe_rib",
        [
            Col("rowid", "integer PRIMARY KEY", "none", ident),
            C("fk_soc", "integer", "none", ident),
            C("iban_prefix", "varchar(34)", "none", iban("fr_FR")),
            C("bic", "varchar(11)", "none", pick("AGRIFRPP882", "BNPAFRPPXXX", "SOGEFRPP", "CMCIFRPP", "PSSTFRPPPAR")),
            C("proprio", "varchar(60)", "none", _company),
            C("rum", "varchar(32)", "none", lambda c, i: f"RUM{c.r.randint(2015, 2024)}{i:06d}"),
        ],
        rows=90,
        extra=[
            "ALTER TABLE e_dolibarr.llx_societe_rib ADD CONSTRAINT llx_societe_rib_fk_societe FOREIGN KEY (fk_soc) "
            "REFERENCES e_dolibarr.llx_societe(rowid)"
        ],
    )
    user_rib = Table(
        S,
        "llx_user_rib",
        [
            Col("rowid", "integer PRIMARY KEY", "none", ident),
            C("fk_user", "integer", "none", ident),
            C("iban_prefix", "varchar(34)", "iban", iban("fr_FR")),
            C("bic", "varchar(11)", "none", pick("CMCIFR2A", "CRLYFRPP", "BOUSFRPPXXX", "CEPAFRPP751")),
            C("proprio", "varchar(60)", "person_name", full("fr_FR")),
            C(
                "owner_address",
                "varchar(255)",
                "postal_address",
                lambda c, i: f"{street('fr_FR')(c, i)}, {postcode('fr_FR')(c, i)} {city('fr_FR')(c, i)}",
            ),
        ],
        rows=USERS,
        extra=[
            "ALTER TABLE e_dolibarr.llx_user_rib ADD CONSTRAINT fk_user_rib_fk_user FOREIGN KEY (fk_user) "
            "REFERENCES e_dolibarr.llx_user(rowid)"
        ],
    )
    return [soc, people, users, invoices, soc_rib, user_rib]
