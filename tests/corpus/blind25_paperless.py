"""aa_paperless: Paperless-ngx (the Django document archive) as a small Tunis accountancy office runs it for its
clients' papers, recreated from memory with its Django table and column names (documents_*, paperless_mail_*,
authtoken_token, auditlog_logentry)."""
from __future__ import annotations

import json

from .blind25_gens import (P, b64, chars, const, day, flag, hexs, idx, integer, ipv4, maybe, md5_hex, one, ref, stamp,
                           text, uid)
from .gens import Col, Table

S = "aa_paperless"
N_CORR, N_TYPES, N_DOCS, N_FIELDS, N_ACCOUNTS, N_RULES = 90, 40, 150, 12, 12, 80

ORGS = ("STEG", "SONEDE", "Tunisie Telecom", "Ooredoo Tunisie", "CNAM", "CNSS", "Banque de Tunisie", "BIAT",
        "Attijari Bank", "Recette des Finances Tunis", "Clinique Les Oliviers", "Monoprix Lafayette")
TYPES = ("Facture", "Bulletin de paie", "Relevé bancaire", "Contrat de bail", "Ordonnance", "Déclaration fiscale",
         "Attestation de travail", "Quittance de loyer", "Avis d'imposition", "Bordereau CNAM")


def _fk(table: str, col: str, target: str, tcol: str = "id") -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{target} ({tcol})"


def _correspondent(c, i):
    if i % 3 == 0:
        return ORGS[i // 3 % len(ORGS)] + ("" if i < 40 else f" ({c.r.choice(('Sfax', 'Sousse', 'Ariana'))})")
    p = P("tn", "documents_correspondent", "full")(c, i)
    return c.r.choice(("{}", "Dr {}", "Maître {}", "{} (client)", "{}")).format(p)


CONTENT = (
    "STEG Société Tunisienne de l'Electricité et du Gaz\nFacture N° {n}0712\nClient : {full}\n{addr}\n"
    "Référence : 0{n}33 21 Montant à payer : {n},450 DT",
    "REPUBLIQUE TUNISIENNE\nBulletin de paie - mars 2024\nNom et prénom : {full}\nCIN : {natid}\nMatricule CNSS : "
    "{n}118844-0{n}\nSalaire net : 1 {n}80,000 DT",
    "CONTRAT DE LOCATION\nEntre les soussignés : {full}, demeurant au {addr}, titulaire de la CIN n° {natid}\n"
    "et la société ... loyer mensuel {n}50 DT",
    "Dr {full}\nMédecin généraliste\nOrdonnance du {n}/03/2024\nAmoxicilline 1 g, 2 fois par jour pendant 7 jours\n"
    "Tél cabinet : {phone}",
    "Attestation de travail\nNous soussignés attestons que M./Mme {full}, né(e) le {dob}, est employé(e) ...",
    "Relevé de compte\n{full}\nPériode du 01/02/2024 au 29/02/2024\nSolde créditeur : {n}12,380 DT",
)
NOTES = ("Original remis à {full} le {n}/04.", "Appeler le client au {phone} pour la pièce manquante.",
         "Doublon du document {n}.", "À envoyer à {email} après signature.", "Vérifié par le comptable.",
         "Montant contesté, voir avec {first}.")


def paperless_tables() -> list[Table]:
    corr = Table(S, "documents_correspondent", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("name", "varchar(128)", "person_name", _correspondent),
        Col("match", "varchar(256)", "none", maybe(one("steg facture", "cnam", "bulletin", "loyer"), 0.6)),
        Col("matching_algorithm", "integer", "none", one(0, 1, 6)),
        Col("is_insensitive", "boolean", "none", const(True)),
        Col("owner_id", "integer", "none", one(1, 2, 3, None)),
    ], rows=N_CORR)
    types = Table(S, "documents_documenttype", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("name", "varchar(128)", "none", lambda c, i: TYPES[i % len(TYPES)] + ("" if i <= 10 else f" {i}")),
        Col("match", "varchar(256)", "none", maybe(one("facture", "salaire net", "ordonnance"), 0.5)),
        Col("matching_algorithm", "integer", "none", one(0, 1, 6)),
        Col("is_insensitive", "boolean", "none", const(True)),
        Col("owner_id", "integer", "none", one(1, None)),
    ], rows=N_TYPES)
    docs = Table(S, "documents_document", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("title", "varchar(128)", "none", lambda c, i: f"{c.r.choice(TYPES)} {c.r.choice(ORGS)} 2024-{i % 12 + 1:02d}"),
        Col("content", "text", "free_text_may_contain_pii", text("tn", "documents_document", *CONTENT)),
        Col("created", "date", "none", day(2022, 2025)),
        Col("modified", "timestamptz", "none", stamp(2024, 2025)),
        Col("added", "timestamptz", "none", stamp(2023, 2025)),
        Col("checksum", "varchar(32)", "none", md5_hex()),
        Col("archive_checksum", "varchar(32)", "none", maybe(md5_hex(), 0.2)),
        Col("storage_type", "varchar(11)", "none", const("unencrypted")),
        Col("correspondent_id", "integer", "none", maybe(ref(N_CORR, 7), 0.1)),
        Col("document_type_id", "integer", "none", maybe(ref(N_TYPES, 3), 0.1)),
        Col("mime_type", "varchar(256)", "none", one("application/pdf", "application/pdf", "image/jpeg")),
        Col("filename", "varchar(1024)", "none", lambda c, i: f"{i:07d}.pdf"),
        Col("archive_filename", "varchar(1024)", "none", lambda c, i: f"{i:07d}.pdf"),
        Col("archive_serial_number", "bigint", "none", maybe(idx(1000), 0.5)),
        Col("owner_id", "integer", "none", one(1, 2, 3, 4)),
        Col("original_filename", "varchar(1024)", "none", lambda c, i: f"scan_2024{i % 12 + 1:02d}{i % 28 + 1:02d}_"
            f"{i:04d}.pdf"),
        Col("storage_path_id", "integer", "none", const(None)),
        Col("deleted_at", "timestamptz", "none", maybe(stamp(2025, 2025), 0.95)),
        Col("restored_at", "timestamptz", "none", const(None)),
        Col("transaction_id", "uuid", "none", maybe(uid(), 0.9)),
        Col("page_count", "integer", "none", integer(1, 12)),
    ], rows=N_DOCS, extra=[_fk("documents_document", "correspondent_id", "documents_correspondent"),
                           _fk("documents_document", "document_type_id", "documents_documenttype")])
    notes = Table(S, "documents_note", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("note", "text", "free_text_may_contain_pii", text("tn", "documents_note", *NOTES)),
        Col("created", "timestamptz", "none", stamp(2024, 2025)),
        Col("document_id", "integer", "none", ref(N_DOCS, 3)),
        Col("user_id", "integer", "none", one(1, 2, 3, 4)),
        Col("deleted_at", "timestamptz", "none", const(None)),
        Col("restored_at", "timestamptz", "none", const(None)),
        Col("transaction_id", "uuid", "none", const(None)),
    ], rows=120, extra=[_fk("documents_note", "document_id", "documents_document")])
    fields = Table(S, "documents_customfield", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("name", "varchar(128)", "none", lambda c, i: ("Montant TTC", "Échéance", "Payé", "N° de contrat",
                                                          "Lien portail", "Exercice", "Taux TVA", "Statut",
                                                          "Document lié", "Nombre de pages", "Réf. dossier",
                                                          "Montant HT")[i - 1]),
        Col("data_type", "varchar(50)", "none", lambda c, i: ("monetary", "date", "boolean", "string", "url",
                                                              "integer", "float", "select", "documentlink",
                                                              "integer", "string", "monetary")[i - 1]),
        Col("created", "timestamptz", "none", stamp(2023, 2023)),
        Col("extra_data", "jsonb", "none", lambda c, i: json.dumps(
            {"select_options": ["Brouillon", "Déposé", "Accepté"]} if i == 8 else {"default_currency": "TND"}
            if i in (1, 12) else {})),
    ], rows=N_FIELDS)
    instances = Table(S, "documents_customfieldinstance", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("created", "timestamptz", "none", stamp(2024, 2025)),
        Col("value_text", "varchar(128)", "none", maybe(lambda c, i: c.r.choice(
            (f"CTR-2024-{i:04d}", f"Dossier {c.r.randint(100, 999)}/24", f"0{c.r.randint(1000000, 9999999)}")), 0.5)),
        Col("value_bool", "boolean", "none", maybe(flag(), 0.7)),
        Col("value_url", "varchar(200)", "none", maybe(lambda c, i: f"https://www.impots.finances.gov.tn/dossier/{i}",
                                                       0.8)),
        Col("value_date", "date", "none", maybe(day(2024, 2025), 0.6)),
        Col("value_int", "integer", "none", maybe(integer(2019, 2025), 0.7)),
        Col("value_float", "double precision", "none", maybe(one(7.0, 13.0, 19.0), 0.8)),
        Col("value_monetary", "varchar(128)", "none", maybe(lambda c, i: f"TND{c.r.randint(10, 9000)}.{c.r.randint(0, 999):03d}",
                                                           0.5)),
        Col("document_id", "integer", "none", ref(N_DOCS, 1)),
        Col("field_id", "integer", "none", ref(N_FIELDS, 5)),
        Col("value_document_ids", "jsonb", "none", maybe(lambda c, i: json.dumps([1 + (i * 13) % N_DOCS]), 0.9)),
        Col("value_select", "varchar(16)", "none", maybe(one("Brouillon", "Déposé", "Accepté"), 0.8)),
        Col("deleted_at", "timestamptz", "none", const(None)),
        Col("restored_at", "timestamptz", "none", const(None)),
        Col("transaction_id", "uuid", "none", const(None)),
    ], rows=150, extra=[_fk("documents_customfieldinstance", "document_id", "documents_document"),
                        _fk("documents_customfieldinstance", "field_id", "documents_customfield")])
    accounts = Table(S, "paperless_mail_mailaccount", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("name", "varchar(256)", "none", lambda c, i: f"Boîte {i}"),
        Col("imap_server", "varchar(256)", "none", one("imap.gmail.com", "mail.topnet.tn", "outlook.office365.com")),
        Col("imap_port", "integer", "none", const(993)),
        Col("imap_security", "integer", "none", const(2)),
        Col("username", "varchar(256)", "email", P("tn", "mailaccount", "email")),
        Col("password", "text", "credentials", lambda c, i: c.r.choice(
            (f"Tunis{c.r.randint(1000, 9999)}!", chars(16, "abcdefghijklmnopqrstuvwxyz")(c, i),
             f"{P('tn', 'mailaccount', 'first')(c, i).lower()}{c.r.randint(1970, 2004)}"))),
        Col("character_set", "varchar(256)", "none", const("UTF-8")),
        Col("is_token", "boolean", "none", flag(0.2)),
        Col("owner_id", "integer", "none", one(1, 2, 3)),
        Col("account_type", "integer", "none", one(1, 1, 2)),
        Col("expiration", "timestamptz", "none", maybe(stamp(2025, 2025), 0.7)),
        Col("refresh_token", "text", "secret_token", maybe(lambda c, i: "1//0" + b64(72, True)(c, i), 0.6)),
    ], rows=N_ACCOUNTS)
    rules = Table(S, "paperless_mail_mailrule", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("name", "varchar(256)", "none", lambda c, i: f"Règle {i} - {c.r.choice(ORGS)}"),
        Col("folder", "varchar(256)", "none", one("INBOX", "INBOX/Factures", "[Gmail]/All Mail")),
        Col("filter_from", "varchar(256)", "none", one(
            "facturation@steg.com.tn", "noreply@ooredoo.tn", "releve@biat.com.tn", "e-facture@tunisietelecom.tn",
            "ne-pas-repondre@cnam.nat.tn", "notifications@attijaribank.com.tn", None)),
        Col("filter_subject", "varchar(256)", "none", maybe(one("Votre facture", "Relevé", "Avis"), 0.4)),
        Col("filter_body", "varchar(256)", "none", const(None)),
        Col("maximum_age", "integer", "none", one(30, 60, 365)),
        Col("action", "integer", "none", one(1, 2, 3, 4)),
        Col("action_parameter", "varchar(256)", "none", one("Traité", "INBOX/Archive", None)),
        Col("assign_title_from", "integer", "none", one(1, 2)),
        Col("assign_correspondent_from", "integer", "none", one(1, 2, 3, 4)),
        Col("account_id", "integer", "none", ref(N_ACCOUNTS, 1)),
        Col("assign_correspondent_id", "integer", "none", maybe(ref(N_CORR, 3), 0.5)),
        Col("assign_document_type_id", "integer", "none", maybe(ref(N_TYPES, 1), 0.5)),
        Col("order", "integer", "none", integer(0, 10)),
        Col("attachment_type", "integer", "none", one(1, 2)),
        Col("filter_to", "varchar(256)", "email", maybe(lambda c, i: P("tn", "mailaccount", "email")(
            c, 1 + (i - 1) % N_ACCOUNTS).replace("@", "+paperless@"), 0.3)),
        Col("enabled", "boolean", "none", flag(0.9)),
    ], rows=N_RULES, extra=[_fk("paperless_mail_mailrule", "account_id", "paperless_mail_mailaccount"),
                            _fk("paperless_mail_mailrule", "assign_correspondent_id", "documents_correspondent")])
    processed = Table(S, "paperless_mail_processedmail", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("folder", "varchar(256)", "none", one("INBOX", "INBOX/Factures")),
        Col("uid", "varchar(256)", "none", lambda c, i: str(10000 + i * 17)),
        Col("subject", "varchar(256)", "none", one("Votre facture du mois", "Relevé de compte mensuel",
                                                   "Avis de paiement CNAM", "E-facture disponible")),
        Col("received", "timestamptz", "none", stamp(2024, 2025)),
        Col("processed", "timestamptz", "none", stamp(2024, 2025)),
        Col("status", "varchar(256)", "none", one("SUCCESS", "SUCCESS", "FAILED")),
        Col("error", "text", "none", maybe(const("No attachments found"), 0.9)),
        Col("owner_id", "integer", "none", one(1, 2)),
        Col("rule_id", "integer", "none", ref(N_RULES, 7)),
    ], rows=150, extra=[_fk("paperless_mail_processedmail", "rule_id", "paperless_mail_mailrule")])
    shares = Table(S, "documents_sharelink", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("created", "timestamptz", "none", stamp(2024, 2025)),
        Col("expiration", "timestamptz", "none", maybe(stamp(2025, 2025), 0.3)),
        Col("slug", "varchar(50)", "secret_token", chars(50)),
        Col("file_version", "varchar(50)", "none", one("archive", "original")),
        Col("document_id", "integer", "none", ref(N_DOCS, 11)),
        Col("owner_id", "integer", "none", one(1, 2, 3)),
    ], rows=80, extra=[_fk("documents_sharelink", "document_id", "documents_document")])
    tokens = Table(S, "authtoken_token", [
        Col("key", "varchar(40) PRIMARY KEY", "secret_token", hexs(40)),
        Col("created", "timestamptz", "none", stamp(2023, 2025)),
        Col("user_id", "integer", "none", idx()),
    ], rows=15)
    audit = Table(S, "auditlog_logentry", [
        Col("id", "bigint PRIMARY KEY", "none", idx()),
        Col("object_pk", "varchar(255)", "none", lambda c, i: str(1 + (i * 3) % N_DOCS)),
        Col("object_id", "bigint", "none", lambda c, i: 1 + (i * 3) % N_DOCS),
        Col("object_repr", "text", "none", lambda c, i: f"{c.r.choice(TYPES)} 2024-{i % 12 + 1:02d}"),
        Col("action", "smallint", "none", one(0, 1, 1, 2)),
        Col("changes", "jsonb", "none", lambda c, i: json.dumps(
            {"title": ["scan_" + str(i), c.r.choice(TYPES)], "document_type": ["None", str(1 + i % N_TYPES)]})),
        Col("timestamp", "timestamptz", "none", stamp(2024, 2025)),
        Col("actor_id", "integer", "none", one(1, 2, 3, 4, None)),
        Col("content_type_id", "integer", "none", one(9, 12)),
        Col("remote_addr", "inet", "ip_address", ipv4("tn")),
        Col("additional_data", "jsonb", "none", const(None)),
        Col("cid", "varchar(255)", "none", maybe(hexs(32), 0.5)),
        Col("serialized_data", "jsonb", "none", const(None)),
    ], rows=150, extra=[_fk("auditlog_logentry", "object_id", "documents_document")])
    return [corr, types, docs, notes, fields, instances, accounts, rules, processed, shares, tokens, audit]
