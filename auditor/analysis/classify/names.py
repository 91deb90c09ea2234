"""What a column's name, comment, type and constraints say it holds, before any value is read.

Names are split into lower-case, accent-free tokens (`fechaNacimiento` -> fecha, nacimiento). Phrases
(several tokens in a row) are tried before single tokens, so `ip_address` is an IP and not a postal
address, and `card_holder` is a person. Flag and metadata words (`email_sent`, `password_changed_at`,
`phone_id`) veto a match, and the type gates what a column can hold at all (a boolean holds no e-mail).
Everything here is memoised per distinct (name, type): 200,000 columns cost a few thousand look-ups.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from auditor.analysis.classify import special

STRONG, WEAK, CONTEXT = "strong", "weak", "context"   # CONTEXT: needs a person- or health-like table

# Type classes: what PostgreSQL type families can hold.
TEXT, BINARY, NUMBER, DATE, BOOL, INET, GEO, UUID, OTHER = (
    "text", "binary", "number", "date", "bool", "inet", "geo", "uuid", "other")
_ALLOWED = {   # categories a type class can hold (TEXT and OTHER hold anything)
    BOOL: frozenset(special.NAMES) | {"health"},     # `union_member boolean` is trade-union membership
    NUMBER: frozenset({"phone", "national_id", "payment_card", "bank_account", "geo_location", "credentials"}),
    DATE: frozenset({"birth_date"}),
    INET: frozenset({"ip_address"}),
    GEO: frozenset({"geo_location"}),
    UUID: frozenset({"secret_token"}),
}

# Phrases first (longest first at match time), then single tokens. Value: (category or None, strength).
# A None category is a known non-sensitive phrase that must not fall through to its words.
_PHRASES: dict[tuple[str, ...], tuple[str | None, str]] = {}
_TOKENS: dict[str, tuple[str, str]] = {}


def _add(category: str | None, strength: str, *items: str) -> None:
    for item in items:
        words = tuple(item.split())
        if len(words) == 1 and category is not None:
            _TOKENS[words[0]] = (category, strength)
        else:
            _PHRASES[words] = (category, strength)


_add("email", STRONG, "email", "emails", "correo", "courriel", "emailaddress", "mailaddress", "e mail",
     "email address", "mail address", "correo electronico", "direccion correo", "direccion email", "mail de contacto")
_add("email", WEAK, "mail", "emailaddr", "mailaddr")
_add("phone", STRONG, "phone", "phones", "telephone", "telefono", "telefonos", "telefone", "movil", "mobile",
     "cellphone", "celular", "msisdn", "phonenumber", "whatsapp", "fax", "tlf", "tfno", "telefon", "portable",
     "mobile number", "cell phone", "phone number", "numero telefono", "contact number", "numero contacto")
_add("phone", WEAK, "tel", "cell", "fijo")
_add("person_name", STRONG, "firstname", "lastname", "surname", "surnames", "fullname", "givenname", "familyname",
     "middlename", "maidenname", "apellido", "apellidos", "nombrecompleto", "prenom", "vorname", "nachname",
     "cognome", "sobrenome", "forename", "first name", "last name", "full name", "given name", "family name",
     "middle name", "maiden name", "nombre completo", "card holder", "cardholder", "holder name", "account holder",
     "nombre titular", "titular", "nombre cliente", "nombre paciente", "nombre empleado", "nombre contacto",
     "nombre y apellidos", "primer apellido", "segundo apellido", "apellido paterno", "apellido materno",
     "customer name", "client name", "contact name", "patient name", "employee name", "person name",
     "recipient name", "beneficiary name", "guardian name", "emergency contact", "spouse name", "mother name",
     "father name", "legal name", "display name")
_add("person_name", WEAK, "physician", "doctor", "medico", "nurse", "assignee", "recipient", "sender", "beneficiary",
     "guardian", "spouse", "tutor", "conyuge", "destinatario", "remitente")
_add("person_name", CONTEXT, "name", "nombre", "nom", "names")
_add("postal_address", STRONG, "address", "addresses", "street", "direccion", "domicilio", "postcode", "zipcode",
     "postal code", "zip code", "codigo postal", "address line", "address1", "address2", "street address",
     "home address", "billing address", "shipping address", "mailing address", "calle", "adresse", "indirizzo",
     "endereco", "anschrift", "strasse")
_add("postal_address", WEAK, "addr", "zip", "cp")
_add("birth_date", STRONG, "birthdate", "birthday", "dob", "nacimiento", "birth date", "date of birth",
     "fecha nacimiento", "fecha de nacimiento", "fnac", "fecha nac", "f nac", "born on", "geburtsdatum", "naissance", "birth")
_add("national_id", STRONG, "ssn", "dni", "nie", "nif", "passport", "pasaporte", "curp", "cpf", "nino", "nir",
     "pesel", "bsn", "aadhaar", "personnummer", "cedula", "rut", "social security", "social security number",
     "national id", "nationalid", "national identity", "tax id", "taxid", "tin", "id number", "id card",
     "identity card", "identity number", "documento identidad", "numero documento", "num documento",
     "documento", "codice fiscale", "codicefiscale", "driver license", "drivers license", "driving licence",
     "licencia conducir", "carnet conducir", "social insurance", "steuer id", "dni nie", "nif nie", "sin number",
     "national insurance", "seguridad social", "nss", "naf", "numero afiliacion", "insurance number", "ni number",
     "document number", "doc number", "id document", "id doc number")
_add("payment_card", STRONG, "pan", "cardnumber", "ccnumber", "ccnum", "creditcard", "tarjeta", "card number",
     "card num", "card no", "cc number", "cc num", "credit card", "debit card", "numero tarjeta",
     "num tarjeta", "credit card number", "primary account number", "card pan", "card enc", "card encrypted", "cardnum",
     "encrypted card", "card cipher")
_add("payment_card", WEAK, "card", "cc")
_add("iban", STRONG, "iban", "cuenta iban", "iban code")
_add("bank_account", STRONG, "bank account", "bankaccount", "account number", "account no", "acct no",
     "acct number", "numero cuenta", "cuenta bancaria", "ccc", "routing number", "aba number", "bank acct",
     "cuenta corriente", "kontonummer", "account num")
_add("bank_account", WEAK, "acct")
_add("ip_address", STRONG, "ip", "ipaddr", "ipaddress", "ip address", "ip addr", "remote addr", "client addr",
     "direccion ip", "ipv4", "ipv6", "x forwarded for")
_add("geo_location", STRONG, "latitude", "longitude", "latitud", "longitud", "geolocation", "geoloc", "coordinates",
     "coords", "coordenadas", "gps", "geopoint", "geo point", "lat lng", "lat lon", "latlng", "latlon", "geo")
_add("geo_location", WEAK, "lat", "lng", "lon")
_add("credentials", STRONG, "password", "passwords", "passwd", "pwd", "passhash", "pwhash", "passcode", "contrasena",
     "contrasenya", "passphrase", "pass hash", "pw hash", "hashed password", "encrypted password",
     "password digest", "mot de passe", "senha", "passwort", "pin code", "pin hash", "crypted password")
_add("credentials", WEAK, "pass", "pw", "clave", "pin")
_add("secret_token", STRONG, "token", "tokens", "apikey", "secret", "secrets", "api key", "access key",
     "secret key", "private key", "client secret", "refresh token", "access token", "auth token", "bearer",
     "otp secret", "totp secret", "mfa secret", "webhook secret", "signing key", "jwt", "session key",
     "clave api", "clave secreta", "clave privada", "api secret", "consumer secret", "oauth token",
     "app secret", "shared secret", "encryption key", "recovery code", "recovery codes", "backup codes")
_add("health", STRONG, "diagnosis", "diagnoses", "diagnostico", "medical", "medico", "allergy", "allergies",
     "alergia", "alergias", "medication", "medications", "medicacion", "medicamento", "medicamentos",
     "prescription", "receta", "symptoms", "sintomas", "disability", "discapacidad", "icd10", "icd", "cie10",
     "pregnancy", "embarazo", "hiv", "blood type", "blood group", "grupo sanguineo", "tipo sanguineo",
     "mental health", "vaccination", "vacunacion", "health", "salud", "clinical", "clinico", "patologia",
     "pathology", "treatment", "tratamiento", "enfermedad", "illness", "disease", "therapy", "terapia",
     "historia clinica", "historial medico", "medical history", "chronic", "genetic", "dna", "biometric",
     "clinical notes", "treatment notes", "medical notes", "history medical")
_add("health", CONTEXT, "condition", "conditions")
for _cat, (_strong, _weak) in special.NAMES.items():
    _add(_cat, STRONG, *_strong)
    _add(_cat, WEAK, *_weak)
_add("national_id", STRONG, *special.ID_DOCS)
_add("free_text_may_contain_pii", STRONG, "cv", "curriculum", "resume", "curriculum vitae", "notes", "note", "comments", "comment", "remarks", "observaciones",
     "observacion", "notas", "nota", "comentarios", "comentario", "message", "messages", "mensaje", "body",
     "feedback", "memo", "bio", "biography", "about me", "annotation", "anotaciones", "free text", "freetext",
     "additional info", "additional information", "informacion adicional", "details", "detalles",
     "description personal", "remarks internal", "internal notes", "transcript", "chat", "reply", "respuesta")

# Known non-sensitive phrases that contain a sensitive word.
for _p in ("mac address", "wallet address", "contract address", "host name", "hostname", "file name", "filename",
           "table name", "column name", "schema name", "user name", "username", "login name", "screen name",
           "product name", "company name", "business name", "bank name", "branch name", "city name", "country name", "domain name", "nombre producto", "nombre empresa", "nombre archivo",
           "token type", "token count", "token usage", "public key", "key name", "secret question",
           "password hint", "password policy", "pin code length", "card type", "card brand", "card last4",
           "card last 4", "card last four", "card expiry", "card exp", "card network", "card country",
           "gift card", "card bin", "cc bcc", "cc list", "phone type", "phone prefix", "country code",
           "dial code", "phone ext", "phone extension", "pan size", "icd version", "birth place", "place of birth", "lugar nacimiento",
           "tax rate", "tin roof", "sort order", "ip range", "ip allowlist", "geo region", "pass rate",
           "pass count", "display order", "mail server", "mail host", "mail queue", "mail template",
           "email template", "email subject", "email body", "email domain", "email provider", "email status",
           "mail status", "sms template", "message id", "message type", "message count", "body html template"):
    _add(None, STRONG, _p)

# Flags and metadata words: a column named with one of these describes the data, it does not hold it.
NEGATIVE = frozenset("""
sent verified confirmed confirmation count cnt is has enabled disabled optin opt consent consented allowed allow
type kind status state flag flags format template subject domain provider frequency preference preferences pref
bounced bounce changed updated created modified expires expiry expiration expired attempts attempt length len
policy hint question reset at on date time ts timestamp id ids uuid fk ref key_id last4 masked mask prefix suffix
bin brand network country code valid validated required visible public lang locale language timezone tz
currency amount score rank level version checksum size limit max min enviado verificado confirmado activo
tipo estado fecha_envio idioma pais contador intentos mostrar publico visible_en unsubscribed subscribed
notification notifications notify alert alerts check url uri endpoint path port error errors interval
""".split())
_COMMENT_NEGATIVE = frozenset("sent verified confirmed count flag whether enviado verificado si".split())
# ... except where the phrase itself ends in one of them (`national id`, `postal code`, `dni`).
_KEEP_NEGATIVE = {"national_id": {"id", "code"}, "postal_address": {"code"}, "bank_account": {"code"},
                  "health": {"code"}, "birth_date": {"date"}, "secret_token": {"reset"}, "credentials": {"reset"},
                  "iban": {"code"}}

# Tables whose bare `name` / `nombre` column names a person, and tables where `condition` is medical.
PERSON_TABLES = frozenset("""
customer customers client clients cliente clientes user users usuario usuarios employee employees empleado
empleados person persons people persona personas contact contactos contacto contacts member members socio socios
patient patients paciente pacientes student students alumno alumnos staff driver drivers guest guests huesped
huespedes lead leads subscriber subscribers suscriptor suscriptores applicant applicants candidate candidates
candidato candidatos author authors account_holder holders titular titulares beneficiary beneficiaries
traveler travelers travellers passenger passengers pasajero pasajeros doctor doctors medico medicos teacher
teachers profesor profesores worker workers trabajador trabajadores owner owners buyer buyers seller sellers
tenant_users recipient recipients signer signers volunteer volunteers donor donors athlete athletes player
players visitor visitors agent agents practitioner practitioners clinician clinicians physician physicians nurse nurses
""".split())
# One-word columns that are person data only in a table of people (`patients.first`, `contacts.given`).
SHORT_PERSON = {w: "person_name" for w in ("given", "family", "first", "last", "middle", "maiden", "forenames")}
SHORT_PERSON["drivers"] = "national_id"      # Synthea's patients.drivers: a driving-licence number
HEALTH_TABLES = frozenset("""
patient patients paciente pacientes medical clinic clinics clinica clinicas health salud diagnosis
diagnoses diagnosticos consulta consultas visits hospital admissions ingresos historia historias
prescriptions recetas treatments tratamientos encounters
""".split())

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_DIGITS_TAIL = re.compile(r"^([a-z]+)(\d+)$")
_STOP = frozenset({"de", "del", "of", "the", "la", "el", "y", "and", "du", "des", "da", "do", "der", "di"})


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# Abbreviations common in legacy schemas, expanded before matching.
_ABBREV = {"fname": ("first", "name"), "lname": ("last", "name"), "mname": ("middle", "name"),
           "fullname": ("full", "name"), "nbr": ("number",), "num": ("number",), "no": ("number",),
           "nr": ("number",), "acct": ("account",), "addr": ("address",), "med": ("medical",), "grp": ("group",),
           "bday": ("birthday",), "dt": ("date",), "tel": ("telephone",), "tlf": ("telephone",), "telf": ("telephone",),
           "mob": ("mobile",), "pw": ("password",), "pwd": ("password",), "passwd": ("password",),
           "sec": ("security",), "soc": ("social",), "nat": ("national",), "diag": ("diagnosis",),
           "dx": ("diagnosis",), "rx": ("prescription",), "hx": ("history",), "lat": ("latitude",),
           "lng": ("longitude",), "lon": ("longitude",), "cust": ("customer",), "usr": ("user",)}


@lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    """`fechaNacimiento2` -> ('fecha', 'nacimiento', '2'); accents dropped, stop words out, abbreviations expanded."""
    out: list[str] = []
    for part in _SPLIT.split(_CAMEL.sub(" ", _fold(name)).lower()):
        if not part or part in _STOP:
            continue
        m = _DIGITS_TAIL.match(part)
        if m and m.group(1) not in ("address", "icd", "cie", "ipv", "sha", "md"):
            out.extend(_ABBREV.get(m.group(1), (m.group(1),)))
            out.append(m.group(2))
        else:
            out.extend(_ABBREV.get(part, (part,)))
    return tuple(out)


_MAX_PHRASE = max(len(p) for p in _PHRASES)


def _find(toks: tuple[str, ...]) -> list[tuple[int, int, str | None, str]]:
    """Matches as (start, end, category, strength), longest phrase first, left to right, no overlaps."""
    found, i = [], 0
    while i < len(toks):
        for size in range(min(_MAX_PHRASE, len(toks) - i), 0, -1):
            words = toks[i:i + size]
            hit = _PHRASES.get(words) if size > 1 else (_PHRASES.get(words) or _TOKENS.get(words[0]))
            if hit is not None:
                found.append((i, i + size, hit[0], hit[1]))
                i += size
                break
        else:
            i += 1
    return found


@dataclass(frozen=True, slots=True)
class NameHint:
    category: str
    strength: str          # strong | weak | context
    source: str            # name | comment | constraint | type
    word: str              # the words that matched, for evidence

    @property
    def signal(self) -> str:
        return f"{self.source}:{self.word}"


def _from_tokens(toks: tuple[str, ...], source: str) -> tuple[NameHint | None, bool]:
    """The hint the words give, and whether a flag/metadata word vetoed one."""
    found = _find(toks)
    matches = [m for m in found if m[2] is not None]
    if not matches:
        return None, len(found) > 0
    if len(matches) < len(found) and not any(m[1] - m[0] > 1 for m in matches):
        return None, True      # `username_email`: a known non-sensitive phrase next to a bare word
    # The last sensitive word is the head noun in English (password_reset_token); Spanish phrases are listed whole.
    start, end, category, strength = max(
        matches, key=lambda m: (m[3] == STRONG, m[2] != "free_text_may_contain_pii", m[0]))
    covered = set(range(start, end))
    keep = _KEEP_NEGATIVE.get(category, set())
    negative = NEGATIVE if source == "name" else _COMMENT_NEGATIVE
    if any(t in negative and t not in keep for i, t in enumerate(toks) if i not in covered):
        return None, True
    return NameHint(category, strength, source, " ".join(toks[start:end])), False


@lru_cache(maxsize=4096)
def type_class(type_: str, base_type: str | None = None) -> str:
    t = (base_type or type_).lower()
    if t.endswith("[]"):
        return TEXT
    if t in ("boolean", "bool"):
        return BOOL
    if t.startswith(("character", "text", "varchar", "char", "citext", "name", "json", "xml", "\"char\"")):
        return TEXT
    if t == "bytea":
        return BINARY
    if t.startswith(("integer", "bigint", "smallint", "numeric", "real", "double", "decimal", "int", "money")):
        return NUMBER
    if t.startswith(("date", "timestamp", "time")):
        return DATE
    if t in ("inet", "cidr", "macaddr", "macaddr8"):
        return INET if t == "inet" else OTHER
    if t in ("point", "geometry", "geography", "box", "circle", "polygon") or t.startswith(("geometry", "geography")):
        return GEO
    if t == "uuid":
        return UUID
    if t.startswith(("tsvector", "interval", "bit", "int4range", "tsrange", "oid", "regclass", "money")):
        return NUMBER
    return OTHER     # enums, composite and extension types: sampled as text


@lru_cache(maxsize=16384)
def table_context(table: str) -> tuple[bool, bool]:
    """(person-like table, health-like table) from the table's name words."""
    toks = set(tokens(table))
    return bool(toks & PERSON_TABLES), bool(toks & HEALTH_TABLES)


@lru_cache(maxsize=65536)
def _column_hint(column: str, type_: str, base_type: str | None) -> tuple[NameHint | None, bool, str]:
    """(hint from the name alone, vetoed by a flag word, type class); shared by every table with this column."""
    toks = tokens(column)
    if toks and toks[0] in SHORT_PERSON and (len(toks) == 1 or toks[1:] in (("1",), ("2",))):
        return NameHint(SHORT_PERSON[toks[0]], CONTEXT, "name", toks[0]), False, type_class(type_, base_type)
    hint, vetoed = _from_tokens(toks, "name")
    if hint is None and not vetoed and base_type:      # a domain named for its content: `contact public.email`
        hint, _ = _from_tokens(tokens(type_.rsplit(".", 1)[-1]), "type")
    return hint, vetoed, type_class(type_, base_type)


@lru_cache(maxsize=16384)
def _comment_hint(comment: str) -> NameHint | None:
    hint, _ = _from_tokens(tokens(comment[:200]), "comment")
    if hint is None or hint.strength != STRONG or hint.category == "free_text_may_contain_pii":
        return None
    return hint


def hint_for(column: str, type_: str, base_type: str | None, table: str, comment: str | None) -> NameHint | None:
    """The category name, comment and type suggest for one column (None: nothing, or vetoed)."""
    return column_signals(column, type_, base_type, table, comment)[0]


def column_signals(column: str, type_: str, base_type: str | None, table: str, comment: str | None,
                   context: tuple[bool, bool] | None = None) -> tuple[NameHint | None, str]:
    """(hint, type class) for one column; the type class comes free with the memoised name analysis.

    `context` is (person table, health table) when the caller inferred the table's entity (entity.py);
    otherwise the table's name decides."""
    hint, vetoed, tclass = _column_hint(column, type_, base_type)
    if hint is None and (vetoed or not comment) and tclass not in (INET, GEO):
        return None, tclass
    return _resolve(hint, vetoed, tclass, type_, context or table_context(table), comment), tclass


def _resolve(hint: NameHint | None, vetoed: bool, tclass: str, type_: str, context: tuple[bool, bool],
             comment: str | None) -> NameHint | None:
    if tclass == BOOL and (hint is None or hint.category not in _ALLOWED[BOOL]):
        return None
    if hint is None and not vetoed and comment:
        hint = _comment_hint(comment)
    if hint is not None and hint.strength == CONTEXT:
        person, health = context
        if (hint.category != "health" and person) or (hint.category == "health" and health):
            hint = NameHint(hint.category, WEAK, hint.source, hint.word)
        else:
            hint = None
    if tclass == INET and (hint is None or hint.category != "ip_address"):
        return None if vetoed else NameHint("ip_address", WEAK if hint is None else STRONG, "type", "inet")
    if tclass == GEO and not vetoed:
        return NameHint("geo_location", STRONG, "type", type_)
    if hint is None:
        return None
    allowed = _ALLOWED.get(tclass)
    if allowed is not None and hint.category not in allowed:
        return None
    if hint.category == "free_text_may_contain_pii" and tclass not in (TEXT, OTHER):
        return None
    return hint


_EMAIL_CHECK = re.compile(r"~\*?\s*'[^']*@|like\s+'%@%'|@", re.I)


def constraint_hint(definition: str) -> str | None:
    """A CHECK constraint that only an e-mail column would carry (email ~ '@', LIKE '%@%')."""
    if "@" in definition and _EMAIL_CHECK.search(definition):
        return "email"
    return None


def is_sampleable(tclass: str, hint: NameHint | None) -> bool:
    """Which columns the sampler reads: text-like ones always, numbers and uuids only when a name points at them."""
    if tclass in (TEXT, OTHER, BINARY):
        return True
    return hint is not None and tclass in (NUMBER, UUID)


_HASHED_WORDS = frozenset({"hash", "hashed", "digest", "sha1", "sha256", "sha512", "md5", "hmac", "fingerprint"})


def says_hashed(column: str) -> bool:
    """`token_hash`, `api_key_sha256`: the name says the column keeps a digest, not the secret."""
    return bool(_HASHED_WORDS & set(tokens(column)))
