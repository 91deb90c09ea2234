"""Words that say whose rows a table holds (entity.py, people_columns.py): a company's own name, a column telling
persons from companies, named places, tables of secrets, organisations and their register numbers in several
languages, and people an organisation names by their role. Kept apart from the column vocabulary (vocab.py), which
says what a column holds."""
from __future__ import annotations

from auditor.analysis.classify import lexicon, round_words, terms, words28, words29

# Entity words (entity.py).
# A company's own name: a "customers" table that has one, and no person's name but a contact's, is of companies
# (Northwind's B2B customers); `company` alone is a person's employer (Chinook's customers).
COMPANY_NAMES = frozenset({("company", "name"), ("companyname",), ("razon", "social"), ("nombre", "empresa"),
                            ("business", "name"), ("organization", "name"), ("organisation", "name"),
                            ("nombre", "compania"), ("trade", "name"), ("raison", "sociale"), ("ragione", "sociale"),
                            ("denominacion", "social"), ("denominacao", "social"), ("denominazione",),
                            ("firmenname",), ("nom", "entreprise"), ("nom", "societe"), ("nome", "azienda"),
                            ("nome", "empresa"), ("legal", "name")})
# A column saying whether a row is a company or a person: the table holds both (Odoo's res_partner `is_company`,
# `tipo_persona`, `persona_juridica`), so its contact data is personal for its person rows.
MIXED = frozenset({("is", "company"), ("is", "person"), ("is", "individual"), ("is", "organization"),
                    ("is", "organisation"), ("es", "empresa"), ("es", "persona"), ("tipo", "persona"),
                    ("person", "type"), ("persona", "fisica"), ("persona", "juridica"), ("personne", "morale"),
                    ("personne", "physique"), ("est", "societe"), ("ist", "firma"), ("e", "azienda")})
# A place with a name of its own (OpenMRS's `location`, a `sede`, a `standort`) is an organisation's site; a
# person's address record has no name (OMOP's `location`).
PLACES = frozenset("""location locations place places venue venues premises ubicacion ubicaciones lugar lugares
standort standorte sede sedi lieu lieux localizacao""".split())
OWN_NAME = frozenset({("name",), ("nombre",), ("nom",), ("nome",), ("location", "name"), ("place", "name"),
                       ("site", "name")})
# Tables of secrets (`api_keys`, `user_auth_tokens`, `sessions`, `user_private_key`): not tables of people, and
# their bare `key`, `value`, `sid` or `key_hash` is the secret (or its digest).
SECRET_TABLE = frozenset("apikey apikeys token tokens secret secrets session sessions".split())
SECRET_PAIRS = frozenset({("api", "key"), ("api", "keys"), ("private", "key"), ("private", "keys"),
                           ("access", "key"), ("access", "keys"), ("secret", "key"), ("secret", "keys")})
SECRET_VALUE = frozenset("key value hash digest sid secret token hashed valor valeur wert".split())

# Entity words (entity.py), fifth round: organisations in German, Italian, French, Dutch, Polish and Swedish,
# company register and VAT numbers, a site's own designation, people an organisation names by their role alone
# (`attn`, `dirigente`, `geschaeftsfuehrer`, `standortleiter`), and a person's key spelt without a foreign key.
ORG_TABLES_MORE = frozenset("""firma firmen unternehmen gesellschaft gesellschaften betrieb betriebe filiale filialen
niederlassung niederlassungen lieferant lieferanten krankenkasse krankenkassen versicherung versicherungen schule
schulen scuola scuole istituto istituti azienda aziende societa ditta ditte ente enti ufficio uffici negozio negozi
fornitore fornitori ospedale ospedali entreprise entreprises societe societes fournisseur fournisseurs agence
agences magasin magasins banque banques ecole ecoles etablissement etablissements bedrijf bedrijven organisatie
organisaties vestiging vestigingen leverancier leveranciers winkel winkels scholen firmy przedsiebiorstwo dostawca
dostawcy szkola szkoly oddzial oddzialy foretag leverantor leverantorer skola skolor""".split()) | (
    round_words.union("ORG_TABLES"))   # r29: a delegação; r32: a comerç; r34: Russian; r35: a German Arbeitgeber;
    # r46: Turkic branches, firms and suppliers; r49: English firms
COMPANY_ID_WORDS = frozenset("""ust ustid handelsregister hrb partita piva kvk btw regon krs orgnr
organisationsnummer cvr uidnr siret siren""".split())
ROLE_ALONE = frozenset("""attn attention director directora directeur directrice dirigente preside rector
headmaster manager gerente gerant responsable leiter leiterin geschaftsfuhrer geschaeftsfuehrer geschaftsfuehrer
inhaber owner propietario proprietaire proprietario titolare kierownik dyrektor chef chefe""".split()) | frozenset(
    words29.ROLE_WORDS) | round_words.union("ROLE_ALONE")     # r29: `mgr`, `responsavel`; r43: `principal`;
    # r44: `presidente`; r49: `contact`
ROLE_SUFFIXES = ("leiter", "leiterin", "fuehrer", "fuhrer", "direktor", "direktorin", "verantwortlicher")
OWN_DESIGNATION = frozenset({("bezeichnung",), ("denominazione",), ("designation",), ("libelle",), ("label",),
                              ("benaming",), ("nazwa",), ("benamning",)})
# Round 7: secrets of one-time-password devices and confirmations (lexicon.py); a session's `data` is the secret too.
SECRET_TABLE = SECRET_TABLE | lexicon.SECRET_TABLE
SECRET_VALUE = SECRET_VALUE | frozenset({"data"})

# Words that name a person's special-category or contact data in a record about people, and something else anywhere
# else: a charge's statute and offence level (a table of laws, a compliance register), a State Identification Number
# (a Windows security identifier), sexual partners in a period (a company's business partners), `gsm` (a modem's GSM
# band), the Katz index (a surname) and DNR (a mailer's do-not-reply). Rounds 18 and 19 added them for tables of
# people and their records; entity.hint_at drops them in tables that are neither (an organisation's, reference
# data, or a table linked to no one).
ABOUT_PEOPLE_ONLY = frozenset({"statutes", "sid number", "state identification number", "gsm", "katz"}) | (
    terms.PARTNERS_IN_A_PERIOD) | frozenset(
    terms.CHARGE + terms.DNR                   # round 19's charges, round 18's DNR
    + terms.BLOOD_COUNT + terms.DNA_PROFILE    # round 21: a bank's `rbc`, a config's `str_profile`
    + terms.HAEMOGLOBIN + terms.INDIGENOUS     # round 22: a heartbeat's `hb`, a plant's `indigenous`
    + terms.TRIBE                              # round 23: a taxonomy's `tribe`
    + words28.LAB_ABOUT_PEOPLE) | (            # round 28: a fertiliser's `potasio`
    words29.ABOUT_PEOPLE_ONLY)                 # round 29: a Norwegian file's `sti` (a path)
