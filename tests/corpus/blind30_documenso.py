"""af_documenso: Documenso (open-source document e-signing, Prisma) as Gibraltar law firms, letting agents and
gaming companies use it, recreated from memory of its Prisma models ("User", "Document", "Recipient", "Signature"...):
quoted PascalCase tables and camelCase columns, with NextAuth's snake_case "Account" columns."""
from __future__ import annotations

import base64
import json

from .blind30_gens import alnum, fk, fkey, hexstr, ipv4, maybe, pick, pp, row_id, say, stamp, uid
from .blind30_people import person
from .gens import Col as C
from .gens import Table

S = "af_documenso"
USERS, TEAMS, DOCS, RECS, FIELDS = 110, 15, 150, 150, 150
PK = "INTEGER PRIMARY KEY"
TPK = "TEXT PRIMARY KEY"
TS = "TIMESTAMP(3)"

_TITLES = ["Tenancy agreement - {street}", "Employment contract - {full}", "NDA {last} / Rock Gaming Ltd",
           "Share transfer form", "Board resolution 2025-03", "Guarantee - {first} {last}",
           "Engagement letter", "Consent to release of deposit", "Offer letter {full}", "Supplier agreement v4"]
_MESSAGES = ["Dear {first}, please review and sign the attached document at your earliest convenience.",
             "Hi {first}, as discussed on the phone ({mobile}) here is the contract for signature. Kind regards",
             "Please sign by Friday.", None, "Dear Mr/Ms {last}, the landlord has already signed; your turn now.",
             "Signature required"]
_UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15"]


def _png(c, i) -> str:
    """A drawn signature as Documenso keeps it: a PNG data URL (here random bytes after the PNG header)."""
    raw = b"\x89PNG\r\n\x1a\n" + bytes(c.r.getrandbits(8) for _ in range(60))
    return "data:image/png;base64," + base64.b64encode(raw).decode()


def _form_values(c, i) -> str | None:
    if c.r.random() < 0.4:
        return None
    p = person(c, "GI", "rec", i)
    return json.dumps({"tenant_name": p["full"], "tenant_id_card": p["nid"], "phone": p["mobile"],
                       "deposit": c.r.choice([1500, 2200, 3000])})


def _custom_text(c, i) -> str | None:
    p = person(c, "GI", "rec", (i * 3) % RECS + 1)
    return c.r.choice([p["full"], p["street"], p["nid"], "N/A", "12/03/2025", p["mobile"], None])


def _audit_data(c, i) -> str:
    p = person(c, "GI", "rec", (i * 7) % RECS + 1)
    return json.dumps({"recipientEmail": p["email"], "recipientName": p["full"],
                       "recipientRole": c.r.choice(["SIGNER", "VIEWER", "APPROVER"])})


def documenso_tables() -> list[Table]:
    u, r = "user", "rec"
    return [
        Table(S, "User", [
            C("id", PK, "none", row_id()),
            C("name", "TEXT", "person_name", pp("GI", u, "full")),
            C("email", "TEXT", "email", pp("GI", u, "email")),
            C("emailVerified", TS, "none", maybe(stamp(2023, 2025), 0.2)),
            C("password", "TEXT", "credentials", maybe(lambda c, i: "$2a$12$" + alnum(53)(c, i), 0.3)),
            C("source", "TEXT", "none", pick(None, "marketing", "referral")),
            C("createdAt", TS, "none", stamp(2023, 2025)),
            C("lastSignedIn", TS, "none", stamp(2025, 2025)),
            C("roles", "TEXT[]", "none", pick("{USER}", "{USER}", "{ADMIN,USER}")),
            C("identityProvider", "TEXT", "none", pick("DOCUMENSO", "DOCUMENSO", "GOOGLE")),
            C("twoFactorSecret", "TEXT", "secret_token", maybe(hexstr(96), 0.7)),
            C("twoFactorEnabled", "BOOLEAN", "none", pick(False, False, True)),
            C("twoFactorBackupCodes", "TEXT", "secret_token", maybe(hexstr(160), 0.7)),
            C("url", "TEXT", "none", maybe(lambda c, i: f"{pp('GI', u, 'user')(c, i)}{i}", 0.5)),
            C("customerId", "TEXT", "none", maybe(alnum(14, "cus_"), 0.5)),
            C("disabled", "BOOLEAN", "none", pick(False, False, False, True)),
        ], rows=USERS),
        Table(S, "Account", [
            C("id", TPK, "none", lambda c, i: f"cl{i:05d}" + alnum(18)(c, i).lower()),
            C("userId", "INTEGER", "none", fk(USERS, 3)),
            C("type", "TEXT", "none", lambda c, i: "oauth"),
            C("provider", "TEXT", "none", lambda c, i: "google"),
            C("providerAccountId", "TEXT", "none", lambda c, i: str(c.r.randint(10**20, 10**21))),
            C("refresh_token", "TEXT", "secret_token", lambda c, i: "1//0" + alnum(99)(c, i)),
            C("access_token", "TEXT", "secret_token", lambda c, i: "ya29." + alnum(160)(c, i)),
            C("expires_at", "INTEGER", "none", lambda c, i: 1735000000 + c.r.randint(0, 9_000_000)),
            C("token_type", "TEXT", "none", lambda c, i: "Bearer"),
            C("scope", "TEXT", "none", lambda c, i: "openid email profile"),
        ], rows=80, extra=[fkey(S, "Account", "userId", "User")]),
        Table(S, "Session", [
            C("id", TPK, "none", uid()),
            C("sessionToken", "TEXT", "secret_token", uid()),
            C("userId", "INTEGER", "none", fk(USERS, 7)),
            C("expires", TS, "none", stamp(2025, 2026)),
        ], rows=120, extra=[fkey(S, "Session", "userId", "User")]),
        Table(S, "VerificationToken", [
            C("id", PK, "none", row_id()),
            C("secondaryId", "TEXT", "none", uid()),
            C("identifier", "TEXT", "email", pp("GI", u, "email", USERS, 9)),
            C("token", "TEXT", "secret_token", hexstr(64)),
            C("expires", TS, "none", stamp(2025, 2025)),
            C("userId", "INTEGER", "none", fk(USERS, 9)),
        ], rows=90, extra=[fkey(S, "VerificationToken", "userId", "User")]),
        Table(S, "PasswordResetToken", [
            C("id", PK, "none", row_id()),
            C("token", "TEXT", "secret_token", hexstr(36)),
            C("createdAt", TS, "none", stamp(2024, 2025)),
            C("expiry", TS, "none", stamp(2024, 2025)),
            C("userId", "INTEGER", "none", fk(USERS, 11)),
        ], rows=80, extra=[fkey(S, "PasswordResetToken", "userId", "User")]),
        Table(S, "UserSecurityAuditLog", [
            C("id", PK, "none", row_id()),
            C("userId", "INTEGER", "none", fk(USERS, 13)),
            C("createdAt", TS, "none", stamp(2024, 2025)),
            C("type", "TEXT", "none", pick("SIGN_IN", "SIGN_OUT", "PASSWORD_UPDATE", "SIGN_IN_FAIL", "ACCOUNT_PROFILE_UPDATE")),
            C("userAgent", "TEXT", "none", pick(*_UA)),
            C("ipAddress", "TEXT", "ip_address", ipv4()),
        ], rows=150, extra=[fkey(S, "UserSecurityAuditLog", "userId", "User")]),
        Table(S, "Team", [
            C("id", PK, "none", row_id()),
            C("name", "TEXT", "none", lambda c, i: ["Hassans Conveyancing", "Rock Gaming Ltd", "Bayside Lettings",
                                                    "Isolas Corporate", "Ocean Village Marina", "Europa Fintech",
                                                    "Gib Property Shop", "Line Wall Trustees", "Calpe Insurance Brokers",
                                                    "Main Street Pharmacy", "Catalan Bay Dive Club", "GibFibre HR",
                                                    "Kings Bastion Events", "Queensway Quay Management",
                                                    "Governor's Street Accountants"][i - 1]),
            C("url", "TEXT", "none", lambda c, i: f"team-{i}"),
            C("createdAt", TS, "none", stamp(2023, 2024)),
            C("ownerUserId", "INTEGER", "none", fk(USERS, 17)),
        ], rows=TEAMS, extra=[fkey(S, "Team", "ownerUserId", "User")]),
        Table(S, "TeamEmail", [
            C("teamId", "INTEGER PRIMARY KEY", "none", row_id()),
            C("createdAt", TS, "none", stamp(2023, 2024)),
            C("name", "TEXT", "none", lambda c, i: "Contracts"),
            C("email", "TEXT", "none", lambda c, i: f"contracts@team{i}.gi"),
        ], rows=TEAMS, extra=[fkey(S, "TeamEmail", "teamId", "Team")]),
        Table(S, "TeamMember", [
            C("id", PK, "none", row_id()),
            C("teamId", "INTEGER", "none", fk(TEAMS, 1)),
            C("createdAt", TS, "none", stamp(2023, 2025)),
            C("role", "TEXT", "none", pick("ADMIN", "MANAGER", "MEMBER", "MEMBER")),
            C("userId", "INTEGER", "none", row_id()),
        ], rows=USERS, extra=[fkey(S, "TeamMember", "teamId", "Team"), fkey(S, "TeamMember", "userId", "User")]),
        Table(S, "DocumentData", [
            C("id", TPK, "none", lambda c, i: f"dd{i:05d}"),
            C("type", "TEXT", "none", pick("S3_PATH", "BYTES_64")),
            C("data", "TEXT", "none", lambda c, i: f"{c.r.getrandbits(32):08x}/{i}.pdf"),
            C("initialData", "TEXT", "none", lambda c, i: f"{c.r.getrandbits(32):08x}/{i}-initial.pdf"),
        ], rows=DOCS),
        Table(S, "Document", [
            C("id", PK, "none", row_id()),
            C("externalId", "TEXT", "none", maybe(lambda c, i: f"CRM-{c.r.randint(10000, 99999)}", 0.6)),
            C("userId", "INTEGER", "none", fk(USERS, 5)),
            C("formValues", "JSONB", "free_text_may_contain_pii", _form_values),
            C("visibility", "TEXT", "none", pick("EVERYONE", "MANAGER_AND_ABOVE", "ADMIN")),
            C("title", "TEXT", "free_text_may_contain_pii", say("GI", r, _TITLES)),
            C("status", "TEXT", "none", pick("DRAFT", "PENDING", "COMPLETED", "COMPLETED")),
            C("documentDataId", "TEXT", "none", lambda c, i: f"dd{i:05d}"),
            C("createdAt", TS, "none", stamp(2024, 2025)),
            C("completedAt", TS, "none", maybe(stamp(2024, 2025), 0.4)),
            C("teamId", "INTEGER", "none", maybe(fk(TEAMS, 1), 0.3)),
            C("source", "TEXT", "none", pick("DOCUMENT", "TEMPLATE", "TEMPLATE_DIRECT_LINK")),
        ], rows=DOCS, extra=[fkey(S, "Document", "userId", "User"), fkey(S, "Document", "teamId", "Team"),
                             fkey(S, "Document", "documentDataId", "DocumentData")]),
        Table(S, "DocumentMeta", [
            C("id", TPK, "none", lambda c, i: f"dm{i:05d}"),
            C("subject", "TEXT", "none", pick("Please sign", None, "Documents for signature", "Your tenancy agreement")),
            C("message", "TEXT", "free_text_may_contain_pii", say("GI", r, [m or "" for m in _MESSAGES])),
            C("timezone", "TEXT", "none", lambda c, i: "Europe/Gibraltar"),
            C("password", "TEXT", "credentials", maybe(pick("Rock2025!", "tenancy-4471", "Hassans#9", "gx11pass"), 0.85)),
            C("dateFormat", "TEXT", "none", lambda c, i: "dd/MM/yyyy"),
            C("documentId", "INTEGER UNIQUE", "none", row_id()),
            C("redirectUrl", "TEXT", "none", maybe(pick("https://bayside.gi/thanks", "https://rockgaming.gi"), 0.7)),
            C("signingOrder", "TEXT", "none", pick("PARALLEL", "SEQUENTIAL")),
            C("typedSignatureEnabled", "BOOLEAN", "none", pick(True, False)),
            C("language", "TEXT", "none", pick("en", "en", "es")),
        ], rows=DOCS, extra=[fkey(S, "DocumentMeta", "documentId", "Document")]),
        Table(S, "Recipient", [
            C("id", PK, "none", row_id()),
            C("documentId", "INTEGER", "none", row_id()),
            C("email", "TEXT", "email", pp("GI", r, "email")),
            C("name", "TEXT", "person_name", pp("GI", r, "full")),
            C("token", "TEXT", "secret_token", alnum(21)),
            C("signedAt", TS, "none", maybe(stamp(2024, 2025), 0.4)),
            C("rejectionReason", "TEXT", "none", maybe(pick("Wrong deposit amount", "Dates incorrect",
                                                             "Will sign in person"), 0.9)),
            C("role", "TEXT", "none", pick("SIGNER", "SIGNER", "VIEWER", "APPROVER", "CC")),
            C("readStatus", "TEXT", "none", pick("OPENED", "NOT_OPENED")),
            C("signingStatus", "TEXT", "none", pick("SIGNED", "NOT_SIGNED", "REJECTED")),
            C("sendStatus", "TEXT", "none", pick("SENT", "NOT_SENT")),
        ], rows=RECS, extra=[fkey(S, "Recipient", "documentId", "Document")]),
        Table(S, "Field", [
            C("id", PK, "none", row_id()),
            C("secondaryId", "TEXT", "none", uid()),
            C("documentId", "INTEGER", "none", fk(DOCS, 3)),
            C("recipientId", "INTEGER", "none", fk(RECS, 3)),
            C("type", "TEXT", "none", pick("SIGNATURE", "NAME", "DATE", "TEXT", "EMAIL", "INITIALS")),
            C("page", "INTEGER", "none", pick(1, 1, 2, 3)),
            C("positionX", "NUMERIC(65,30)", "none", lambda c, i: round(c.r.uniform(5, 80), 4)),
            C("positionY", "NUMERIC(65,30)", "none", lambda c, i: round(c.r.uniform(5, 90), 4)),
            C("customText", "TEXT", "free_text_may_contain_pii", _custom_text),
            C("inserted", "BOOLEAN", "none", pick(True, False)),
        ], rows=FIELDS, extra=[fkey(S, "Field", "documentId", "Document"), fkey(S, "Field", "recipientId", "Recipient")]),
        Table(S, "Signature", [
            C("id", PK, "none", row_id()),
            C("created", TS, "none", stamp(2024, 2025)),
            C("recipientId", "INTEGER", "none", fk(RECS, 3)),
            C("fieldId", "INTEGER UNIQUE", "none", row_id()),
            C("signatureImageAsBase64", "TEXT", "none", maybe(_png, 0.4)),
            C("typedSignature", "TEXT", "person_name", pp("GI", r, "full", RECS, 3)),
        ], rows=140, extra=[fkey(S, "Signature", "recipientId", "Recipient"), fkey(S, "Signature", "fieldId", "Field")]),
        Table(S, "DocumentAuditLog", [
            C("id", TPK, "none", uid()),
            C("documentId", "INTEGER", "none", fk(DOCS, 7)),
            C("createdAt", TS, "none", stamp(2024, 2025)),
            C("type", "TEXT", "none", pick("DOCUMENT_OPENED", "DOCUMENT_RECIPIENT_COMPLETED", "EMAIL_SENT",
                                           "DOCUMENT_FIELD_INSERTED")),
            C("data", "JSONB", "free_text_may_contain_pii", _audit_data),
            C("name", "TEXT", "person_name", pp("GI", r, "full", RECS, 7)),
            C("email", "TEXT", "email", pp("GI", r, "email", RECS, 7)),
            C("userId", "INTEGER", "none", maybe(fk(USERS, 5), 0.6)),
            C("userAgent", "TEXT", "none", pick(*_UA)),
            C("ipAddress", "TEXT", "ip_address", ipv4()),
        ], rows=150, extra=[fkey(S, "DocumentAuditLog", "documentId", "Document")]),
        Table(S, "ApiToken", [
            C("id", PK, "none", row_id()),
            C("name", "TEXT", "none", pick("zapier", "crm-sync", "n8n", "website")),
            C("token", "TEXT", "secret_token", hexstr(128)),
            C("algorithm", "TEXT", "none", lambda c, i: "SHA512"),
            C("expires", TS, "none", maybe(stamp(2025, 2026), 0.5)),
            C("userId", "INTEGER", "none", fk(USERS, 19)),
            C("teamId", "INTEGER", "none", maybe(fk(TEAMS, 1), 0.5)),
        ], rows=20, extra=[fkey(S, "ApiToken", "userId", "User")]),
        Table(S, "Webhook", [
            C("id", TPK, "none", uid()),
            C("webhookUrl", "TEXT", "none", lambda c, i: f"https://hooks.team{i}.gi/documenso"),
            C("eventTriggers", "TEXT[]", "none", lambda c, i: "{DOCUMENT_COMPLETED,DOCUMENT_SIGNED}"),
            C("secret", "TEXT", "secret_token", maybe(alnum(32, "whsec_"), 0.3)),
            C("enabled", "BOOLEAN", "none", pick(True, True, False)),
            C("userId", "INTEGER", "none", fk(USERS, 23)),
        ], rows=12, extra=[fkey(S, "Webhook", "userId", "User")]),
    ]
