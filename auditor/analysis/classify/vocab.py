"""The words the name classifier knows: phrases and single words per category with their strength, flag and
metadata words that veto a match, the table words that make a table about people or about health, and the
abbreviations of legacy schemas. names.py matches column names against them.
"""
from __future__ import annotations

from auditor.analysis.classify import fitted22, lexicon, round_words, special, terms, words27, world_terms
from auditor.analysis.classify.strengths import CONTEXT as CONTEXT, STRONG as STRONG, WEAK as WEAK

# Phrases first (longest first at match time), then single tokens. Value: (category or None, strength).
# A None category is a known non-sensitive phrase that must not fall through to its words.
PHRASES: dict[tuple[str, ...], tuple[str | None, str]] = {}
TOKENS: dict[str, tuple[str, str]] = {}
# Words names.tokens() drops from column names (`date_of_birth` -> date, birth); phrases drop them too.
STOP = frozenset({"de", "del", "of", "the", "la", "el", "y", "and", "du", "des", "da", "do", "der", "di", "a"})


def _add(category: str | None, strength: str, *items: str) -> None:
    for item in items:
        words = tuple(w for w in item.split() if w not in STOP)
        if len(words) == 1 and category is not None:
            TOKENS[words[0]] = (category, strength)
        else:
            PHRASES[words] = (category, strength)


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
     "guardian", "spouse", "tutor", "conyuge", "destinatario", "remitente", "composer", "composers", "compositor",
     "compositores", "lyricist", "songwriter", "author", "autor", "autores")
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
# Abbreviated identity documents (`lic_no`, `dl_num`, `pass_no`): a licence number is a driving licence in a
# table of people, a business licence elsewhere.
_add("national_id", CONTEXT, "licence number", "license number")
_add("national_id", STRONG, "pass number", "ss number", "driving licence number", "driving license number")
# Year, month or day of birth as a number (OMOP's `year_of_birth`), names of contact persons, ship-to addresses.
_add("birth_date", STRONG, "birth month", "birth day",      # round 17: ChurchCRM keeps them apart
     "year birth", "birth year", "month birth", "day birth", "ano nacimiento", "anio nacimiento",
     "yob")
_add("person_name", STRONG, "contact person", "persona contacto", "nombre persona contacto")
_add("postal_address", STRONG, "ship to", "bill to", "deliver to", "shipto", "billto", "sold to")
# Free text that holds what people write about themselves or others.
_add("free_text_may_contain_pii", STRONG, "review", "reviews", "review text", "testimonial", "testimonials",
     "complaint", "complaints", "queja", "quejas", "reclamacion", "reclamaciones", "resena", "resenas",
     "cover letter", "carta presentacion", "biografia", "personal statement")
# Health data under educational and social-care names, and doses (in a clinical table only).
_add("health", STRONG, "special needs", "special educational needs", "necesidades especiales",
     "necesidades educativas", "impairment", "impairments", "handicap", "minusvalia", "diversidad funcional",
     "icd9", "cie9", "icd9 code", "icd10 code")
_add("health", CONTEXT, "dose", "doses", "dosis", "dosage", "posologia")
_add("free_text_may_contain_pii", STRONG, "cv", "curriculum", "resume", "curriculum vitae", "notes", "note", "comments", "comment", "remarks", "observaciones",
     "observacion", "notas", "nota", "comentarios", "comentario", "message", "messages", "mensaje", "body",
     "feedback", "memo", "bio", "biography", "about me", "annotation", "anotaciones", "free text", "freetext",
     "additional info", "additional information", "informacion adicional", "details", "detalles",
     "description personal", "remarks internal", "internal notes", "transcript", "chat", "reply", "respuesta",
     "contact info", "contact information", "additional contact info", "informacion contacto", "datos contacto")
# Survey answers about a person (AdventureWorks' IndividualSurvey XML): personal only in a table of people.
_add("free_text_may_contain_pii", CONTEXT, "demographics", "demographic", "demografia", "datos demograficos")

# Persons' data in French, German, Italian and Portuguese schemas (and more English forms), beyond the words above.
_add("person_name", STRONG, "apelido", "apelidos", "nome completo", "nom complet", "nom famille", "familienname",
     "rufname", "prenoms", "primeiro nome", "ultimo nome", "nome proprio", "birth name", "nom naissance",
     "nom usage", "nom marital", "geburtsname", "cognome nascita", "nome nascimento", "card owner",
     "cc owner", "cc holder", "card holder name", "karteninhaber", "titulaire carte", "titolare carta",
     "titular tarjeta", "titular cartao", "personne prevenir", "personne contacter", "contact urgence",
     "contacto emergencia", "contacto urgencia", "notfallkontakt", "contatto emergenza", "contato emergencia",
     "in case emergency", "next kin", "preferred name", "alternate name", "phonetic name", "search name",
     "firstname phonetic", "lastname phonetic", "middlename phonetic")
_add("person_name", CONTEXT, "nome", "complete name")
_add("postal_address", STRONG, "code postal", "codice postale", "postleitzahl", "plz", "morada", "rue",
     "hausnummer", "numero civico", "adresse postale", "complement adresse", "endereco postal", "codigo postal",
     "cod postal", "indirizzo residenza", "wohnort strasse")
_add("postal_address", CONTEXT, "cap", "cep", "npa")
_add("phone", STRONG, "cellulare", "telemovel", "mobiltelefon", "mobilnummer", "telefonnummer", "numero telephone",
     "numero telefone", "numero telefono", "telecopie", "natel", "portatile")
_add("phone", WEAK, "handy", "mobil")
_add("birth_date", STRONG, "data nascita", "data nascimento", "date naissance", "nascita", "nascimento",
     "geburtstag", "fecha nac")
_add("national_id", STRONG, "sozialversicherungsnummer", "svnr", "sv nummer", "versicherungsnummer",
     "rentenversicherungsnummer", "steueridentifikationsnummer", "steuer identifikationsnummer", "personalausweis",
     "ausweisnummer", "reisepass", "cartao cidadao", "numero cartao cidadao", "niss", "numero utente",
     "numero secu", "num secu", "secu", "securite sociale", "identification", "identification number",
     "identificacion", "numero identificacion", "identificazione", "documento identita", "carta identita",
     "carte identite", "cni", "work permit", "residence permit", "permit number", "titre sejour", "carte sejour",
     "permesso soggiorno", "aufenthaltstitel", "autorizacion residencia", "tarjeta residencia", "visa number",
     "numero visa", "sin id", "ssn id", "carte vitale", "tessera sanitaria", "versichertennummer",
     "krankenversicherungsnummer", "cartao saude", "numero sns")
# `id number` names a national id in a table of people; elsewhere it is the record's own code (a course's).
_add("national_id", CONTEXT, "id number", "idnumber")
_add("bank_account", STRONG, "rib", "releve identite bancaire", "bankverbindung", "conto corrente", "numero conto",
     "conta bancaria", "numero conta", "nib", "compte bancaire", "numero compte")
_add("credentials", STRONG, "secret answer", "security answer", "respuesta secreta", "respuesta seguridad",
     "reponse secrete", "kennwort", "mot passe", "palavra passe")
_add("health", STRONG, "cause death", "causa muerte", "causa defuncion", "cause deces", "todesursache",
     "causa morte", "causa obito", "medecine", "medicale", "medicales", "medica", "medicas", "medizinisch",
     "medizinische", "medicina", "krankheit", "krankheiten", "malattia", "malattie", "doenca", "doencas", "maladie",
     "maladies", "disabilita", "deficiencia", "deficiencias", "behinderung", "schwerbehinderung", "invalidite",
     "invalidez", "allergie", "allergien", "allergia", "diagnose", "diagnosi", "traitement",
     "trattamento", "tratamento", "behandlung", "impfung", "vaccino", "vacina", "blutgruppe", "groupe sanguin",
     "gruppo sanguigno", "tipo sanguigno", "rqth", "travailleur handicape", "medecine travail", "sick leave",
     "baja medica", "arret maladie", "krankmeldung", "arbeitsunfahigkeit", "krankschreibung", "incapacidad temporal",
     "gesundheit", "sante", "saude")
_add("free_text_may_contain_pii", STRONG, "raw email", "email raw", "raw mail", "email source", "email content",
     "mail content", "lettre motivation", "anschreiben", "lettera motivazione", "carta motivacion",
     "carta motivacao", "commentaire", "commentaires", "remarque", "remarques", "bemerkung", "bemerkungen",
     "kommentar", "notiz", "notizen", "osservazioni", "commento", "commenti", "observacoes", "anmerkungen")

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
           "mail status", "sms template", "message id", "message type", "message count", "body html template",
           "lieu naissance", "luogo nascita", "local nascimento", "naturalidade", "geburtsort", "birthplace",
           "place birth", "birth city", "city birth", "ville naissance", "commune naissance", "pays naissance",
           "departement naissance", "cc last 4", "cc last4", "cc last four"):
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
notification notifications notify alert alerts check url uri endpoint path port error errors interval salt
unit units uom unidad unidades algorithm algo iterations iter
""".split())
COMMENT_NEGATIVE = frozenset("sent verified confirmed count flag whether enviado verificado si".split())
# ... except where the phrase itself ends in one of them (`national id`, `postal code`, `dni`).
KEEP_NEGATIVE = {"national_id": {"id", "code"}, "postal_address": {"code"}, "bank_account": {"code"},
                  "health": {"code", "status", "iter"},    # r24: `iter_diagnostico`, a care pathway, not iterations
                  "birth_date": {"date", "time", "timestamp"}, "secret_token": {"reset"}, "credentials": {"reset"},
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
reviewer reviewers enfermo enfermos artist artists artista artistas composer composers actor actors actores
""".split())
# One-word columns that are person data only in a table of people (`patients.first`, `contacts.given`).
SHORT_PERSON = {w: "person_name" for w in ("given", "family", "first", "last", "middle", "maiden", "forenames")}
SHORT_PERSON["drivers"] = "national_id"      # Synthea's patients.drivers: a driving-licence number
HEALTH_TABLES = frozenset("""
patient patients paciente pacientes medical clinic clinics clinica clinicas health salud diagnosis
diagnoses diagnosticos consulta consultas visits hospital admissions ingresos historia historias
prescriptions recetas treatments tratamientos encounters
""".split())

# Abbreviations common in legacy schemas, expanded before matching.
ABBREV = {"fname": ("first", "name"), "lname": ("last", "name"), "mname": ("middle", "name"),
           "fullname": ("full", "name"), "nbr": ("number",), "num": ("number",), "no": ("number",),
           "nr": ("number",), "acct": ("account",), "addr": ("address",), "med": ("medical",), "grp": ("group",),
           "bday": ("birthday",), "dt": ("date",), "tel": ("telephone",), "tlf": ("telephone",), "telf": ("telephone",),
           "mob": ("mobile",), "pw": ("password",), "pwd": ("password",), "passwd": ("password",),
           "sec": ("security",), "soc": ("social",), "nat": ("national",), "diag": ("diagnosis",),
           "dx": ("diagnosis",), "rx": ("prescription",), "hx": ("history",), "lat": ("latitude",),
           "lng": ("longitude",), "lon": ("longitude",), "cust": ("customer",), "usr": ("user",),
           "lic": ("licence",), "ssnid": ("ssn", "id"), "sinid": ("sin", "id"), "nm": ("name",), "emp": ("employee",), "drv": ("driver",), "ename": ("employee", "name"),
           "dln": ("dl", "number"), "sname": ("surname",), "bdate": ("birthdate",), "tele": ("telephone",)}
ABBREV["ymd"] = ("date",)     # round 18: year-month-day, a date (`crim_chk_ymd` is when the check was made)

# `<person> name` is a person's name (`reviewer_name`, `passenger_name`, `nombre_paciente`), where no other
# phrase says otherwise; not for users, agents and drivers (user names, user agents, database drivers).
_NOT_NAMED = frozenset("user users usuario usuarios tenant_users account_holder driver drivers agent agents".split())
for _w in sorted(PERSON_TABLES - _NOT_NAMED):
    for _phrase in ((_w, "name"), ("nombre", _w)):
        PHRASES.setdefault(_phrase, ("person_name", STRONG))

# An organisation's director, manager or representative (`director_nombre`, `manager_name`): a person's name, even
# in an organisation's table.
ROLE_WORDS = ("director", "directora", "manager", "gerente", "responsable", "representative", "representante", "owner",
              "propietario", "rector", "headmaster", "coordinator", "coordinador", "supervisor", "jefe", "geschaftsfuhrer",
              "dirigeant", "gerant", "gerante", "direttore", "titulaire") + words27.ROLE_WORDS + round_words.ROLE_WORDS
for _w in ROLE_WORDS:
    for _phrase in ((_w, "name"), ("nombre", _w), (_w, "nombre"), ("nom", _w), (_w, "nom"), ("nome", _w)):
        PHRASES.setdefault(_phrase, ("person_name", STRONG))

# Words a glued name (`nationalidnumber`, `passwordhash`, `addressline1`) may be split into, beyond the ones above.
GLUE_WORDS = frozenset("""line home work ship bill billing shipping marital job title hire login source value concept
reason description events event note text lab chart icu stays hash business review reviewer office sales order
datetime phonetic alternate preferred search complete
""".split())

# Fifth round (docs/classifier.md). Secrets and stored credentials by the names frameworks give them: Devise and
# Rails (`confirmation_token`, `unlock_token`, `remember_token`, `remember_digest`, `otp_secret`), Authlogic
# (`persistence_token`, `perishable_token`), Yii (`auth_key`), WordPress (`user_activation_key`), ASP.NET
# Identity (`SecurityStamp`), Keycloak (`secret_data`), OAuth servers (`api_token`, `client_secret`).
_add("secret_token", STRONG, "confirmation token", "unlock token", "remember token", "remember digest",
     "activation key", "activation token", "activation digest", "invitation token", "invite token",
     "verification token", "verify token", "reset key", "reset digest", "password reset key", "persistence token",
     "perishable token", "single access token", "auth key", "authkey", "security stamp", "securitystamp",
     "api token", "apitoken", "secret data", "session token", "csrf token", "magic link token", "login token",
     "otp secret key", "two factor secret", "totp key", "mfa key", "feed token", "incoming email token",
     "confirmation code", "activation code")     # round 15: Laravel's and Sentry's (Invoice Ninja, Snipe-IT)
_add("credentials", STRONG, "passwordhash", "password hash", "encrypted password", "hashed pin", "pin hash",
     "kennwort hash", "otp backup codes", "backup code hashes", "backup codes", "recovery code", "recovery codes")
# Names of people under the words forms and registers use for them: a relative's or guardian's name (possessive,
# glued: `mothersname`), an assistant, a referrer, the holder of a bank account in several languages.
_add("person_name", STRONG, "mothers name", "fathers name", "guardians name", "parents name", "spouses name",
     "mother maiden name", "nom mere", "nom pere", "nome madre", "nome padre", "nombre madre", "nombre padre",
     "name mutter", "name vater", "kontoinhaber", "kontoinhaberin", "titulaire compte", "intestatario",
     "intestatario conto", "titular conta", "titular cuenta", "account owner", "rekeninghouder",
     "referred by", "refered by", "referring physician", "referring doctor", "referrer name", "nickname",
     "nick name", "real name", "realname", "nome cognome", "cognome nome", "imie", "nazwisko",
     "imie nazwisko", "fornamn", "efternamn", "voornaam", "achternaam", "tussenvoegsel", "roepnaam",
     "geslachtsnaam")
# Round 15: a bank account's holder (`bank_account_name`; a bare `account_name` is as often a ledger account's) and
# a loan's guarantor, by name.
_add("person_name", STRONG, "bank account name", "account holder", "account holder name", "guarantor", "guarantor name")
_add("bank_account", STRONG, "bank ac", "bank ac number")     # `bank_ac_no`: A/c, as Indian banks abbreviate it
_add("person_name", CONTEXT, "assistant", "assistente", "asistente", "assistent")
# Health data in HR and school registers: degree of disability (`gdb`), severe disability, sickness.
_add("health", STRONG, "gdb", "grad behinderung", "schwerbehindert", "schwerbehinderung", "schwerbehinderter",
     "invalidita", "handicape", "handicapee", "discapacitado", "beperking", "niepelnosprawnosc", "funktionsnedsattning",
     "ziekte", "ziekteverzuim", "choroba", "sjukdom", "allergieen", "alergie", "diagnoza", "diagnos")
# Assessments of a person (an applicant's or pupil's evaluation), free text in a table of people.
_add("free_text_may_contain_pii", CONTEXT, "bewertung", "beurteilung", "valutazione", "giudizio", "evaluation",
     "appraisal", "evaluacion", "avaliacao", "beoordeling", "appreciation")
# A degree or percentage of disability is health data even as a number.
NUMERIC_HEALTH = frozenset({"gdb", "grad behinderung", "disability", "discapacidad", "disabilita", "invalidita",
                            "invalidite", "invalidez", "behinderung", "schwerbehinderung", "handicap", "minusvalia",
                            "impairment", "beperking"})
# Flags of moderated content and initialisation vectors: they describe a value, they do not hold one.
NEGATIVE = NEGATIVE | frozenset("approved approval moderated published spam deleted hidden pinned archived iv".split())
# Address parts that are not an address alone (`primary_address_city`, `billing_address_country`), and the address,
# phone or e-mail of a person's employer or company (`subscriber_employer_street`), which is the company's.
ADDRESS_PARTS = frozenset("""city town country state region province county district ort stadt land ville pays citta
paese ciudad pais provincia estado cidade kraj stad gemeente woonplaats""".split())
EMPLOYER = frozenset("""employer employers company arbeitgeber firma employeur entreprise empresa datore azienda
werkgever pracodawca arbetsgivare""".split())
GLUE_WORDS = GLUE_WORDS | frozenset("federal state referred refered mothers fathers guardians parents spouses".split())

# A person's key without a foreign key: `patient_id`, `id_paciente`, `pat_id`, `person_id`; `pid` only beside a
# clinical word (a process id elsewhere).
PERSON_KEY_ABBREV = frozenset("pat patid patientid personid pacienteid paz paziente patient_no mrn".split())
WEAK_PERSON_KEYS = frozenset({("pid",), ("pt", "id"), ("ptid",)})

# Sixth round (docs/classifier.md): health facts in a person's record and Dutch/Polish personal data (lexicon.py).
# Words the vocabulary already knows keep their meaning.


def _add_new(category: str, strength: str, *items: str) -> None:
    _add(category, strength, *(i for i in items if tuple(w for w in i.split() if w not in STOP) not in PHRASES
                                and i not in TOKENS))


_add_new("health", STRONG, *lexicon.HEALTH_STRONG)
# A medical department, specialty or service is a unit of the organisation, not anyone's health.
for _unit in ("department", "departamento", "specialty", "speciality", "especialidad", "service", "servicio", "unit",
              "ward", "center", "centre", "centro"):
    _add(None, STRONG, "medical " + _unit)
_add_new("health", CONTEXT, *lexicon.HEALTH_CONTEXT)
for _cat, _words in lexicon.PERSONAL.items():
    _add_new(_cat, STRONG, *_words)
_add_new("person_name", WEAK, *lexicon.PERSON_WEAK)
NUMERIC_HEALTH = NUMERIC_HEALTH | frozenset(lexicon.NUMERIC_HEALTH)
PERSON_TABLES = PERSON_TABLES | lexicon.PERSON_TABLES
HEALTH_TABLES = HEALTH_TABLES | lexicon.PATIENTS
GLUE_WORDS = GLUE_WORDS | lexicon.GLUE

# Round 7 (docs/classifier.md): the names hospital systems, EMRs, web shops and Swiss, Brazilian and Canadian
# registers give personal data (lexicon.NAMED), one-word columns of a table of people, secrets of one-time-password
# devices, confirmations and sessions, address parts, and `codigo`/`cod` as metadata words like `code`.
for (_cat, _strength), _items in lexicon.NAMED.items():
    _add(_cat, _strength, *_items)
SHORT_PERSON.update(lexicon.SHORT_PERSON)
ADDRESS_PARTS = ADDRESS_PARTS | lexicon.ADDRESS_PARTS
NEGATIVE = NEGATIVE | frozenset({"codigo", "cod"})
# Round 16: `allow` and `consent` already veto; so do their other forms (a consent's `allows_genetic_research` flag).
NEGATIVE = NEGATIVE | frozenset({"allows", "allowed", "consents", "consented", "agrees", "permits"})
for _cat in ("national_id", "postal_address", "bank_account", "health", "iban"):
    KEEP_NEGATIVE[_cat] = KEEP_NEGATIVE[_cat] | {"codigo", "cod"}
# Round 8 (docs/classifier.md): personal data named in Nordic, Finnish, Czech, Romanian, Turkish and Greek (terms.py).
for (_cat, _strength), _items in terms.PERSONAL.items():
    _add_new(_cat, _strength, *_items)
_add(None, STRONG, *terms.NOT_PERSONAL)
SHORT_PERSON.update(terms.SHORT_PERSON)     # `LastReviewUserInRoleGuid` is a key, not a review:
NEGATIVE, PERSON_TABLES, GLUE_WORDS = NEGATIVE | {"guid", "guids"}, PERSON_TABLES | terms.PERSON_TABLES, GLUE_WORDS | terms.GLUE
# Round 21 (maintainer's rule): common nouns for the people a record is about (a hospice's residents, a survey's
# respondents, a court's defendants), so that words kept for people's records (entity_words.ABOUT_PEOPLE_ONLY) count
# there. Not `tenants` (organisations in SaaS schemas) nor `subjects` (a message's).
PERSON_TABLES = PERSON_TABLES | frozenset("""resident residents respondent respondents defendant defendants participant
participants attendee attendees offender offenders inmate inmates prisoner prisoners claimant claimants pupil pupils
occupant occupants parolee parolees probationer probationers""".split())
NUMERIC_HEALTH = NUMERIC_HEALTH | frozenset(terms.BLOOD_COUNT + ("hustota mocu", "t e pomer"))  # r21 (2 fitted)
NUMERIC_HEALTH = NUMERIC_HEALTH | frozenset(terms.HAEMOGLOBIN + fitted22.NUMERIC_HEALTH)   # r22 (fitted apart)
# Rounds 26 onwards (round_words.py, in their order): a known word keeps its meaning unless the entry replaces it.
for _cat, _strength, _words, _replace in round_words.ENTRIES:
    (_add if _replace else _add_new)(_cat, _strength, *_words)
GLUE_WORDS, NUMERIC_HEALTH = GLUE_WORDS | round_words.GLUE, NUMERIC_HEALTH | round_words.NUMERIC_HEALTH
PERSON_TABLES, HEALTH_TABLES = PERSON_TABLES | round_words.PERSON_TABLES, HEALTH_TABLES | round_words.HEALTH_TABLES
KEEP_NEGATIVE["ip_address"] = round_words.IP_KEEP
SHORT_PERSON.update(round_words.SHORT_PERSON)


def _matched() -> set[str]:
    """Every word a name is matched on as the vocabulary stands: its tokens, its phrases' words, its table words."""
    return set(TOKENS) | {w for p in PHRASES for w in p} | PERSON_TABLES | HEALTH_TABLES


# The core words of many languages (world_terms.py), after every round's: a known word keeps its meaning. The words
# they add (WORLD_ONLY) are no pieces of glued names (names._KNOWN).
_BEFORE = _matched() | NEGATIVE | GLUE_WORDS
for _cat, _strength, _words, _replace in world_terms.ENTRIES:     # not a phrase that stop words cut to one word
    _add_new(_cat, _strength, *(w for w in _words if " " not in w or sum(x not in STOP for x in w.split()) > 1))
PERSON_TABLES, HEALTH_TABLES = PERSON_TABLES | world_terms.PERSON_TABLES, HEALTH_TABLES | world_terms.HEALTH_TABLES
MATCHED = frozenset(_matched())
WORLD_ONLY = MATCHED - _BEFORE
