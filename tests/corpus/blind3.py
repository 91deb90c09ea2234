"""Third blind part of the classifier corpus (schemas e_*): open-source application schemas recreated from memory,
written and labelled without reading the classifier's rules, its tests or the other corpus parts, and not measured by
its author. It is meant to be measured once, after tuning, and never tuned on.

What each schema recreates (table and column names, types and casing as the application declares them, cut to a
subset; MySQL types translated to PostgreSQL):
- e_wordpress: WordPress 6 with WooCommerce HPOS: wp_users, wp_usermeta, wp_comments, wp_posts, wp_wc_customer_lookup,
  wp_wc_order_addresses, wp_wc_orders. No foreign keys (WordPress declares none).
- e_gitlab: GitLab (db/structure.sql): users (Devise columns, inet sign-in IPs, OTP columns), user_details,
  personal_access_tokens, keys, identities, emails, audit_events; FKs to users as GitLab declares them.
- e_mastodon: Mastodon 4: accounts, users, statuses, login_activities, session_activations; its FKs.
- e_openemr: OpenEMR 7: patient_data, lists, prescriptions, form_vitals, users, users_secure, facility,
  insurance_companies, addresses, insurance_data. No FKs (OpenEMR declares none; rows link by pid).
- e_suitecrm: SuiteCRM 7 / SugarCRM CE: contacts, accounts, leads, email_addresses, email_addr_bean_rel, notes. No FKs.
- e_keycloak: Keycloak 24: realm, client, user_entity, credential, user_attribute, fed_user_attribute, event_entity;
  FKs client->realm, credential/user_attribute->user_entity.
- e_dolibarr: Dolibarr 19 (French install): llx_societe, llx_socpeople, llx_user, llx_facture, llx_societe_rib,
  llx_user_rib; their FKs.
- e_personal: a German HR/payroll schema: firmen, standorte, mitarbeiter, abwesenheiten, bewerber; FKs.
- e_scuola: an Italian school register: scuole, alunni, docenti, assenze; FKs.

Labelling rules (one category per column, or "none"):
- Contact data of legal persons (companies, accounts, facilities, insurers, schools, third parties) is "none", except
  a column naming a contact person (facility.attn, insurance_companies.attn, firmen.geschaeftsfuehrer,
  standorte.standortleiter, scuole.dirigente: person_name).
- Clinical data about or linked to a person is "health" even under generic names (lists.title/comments/reaction,
  prescriptions.dosage/route/note, form_vitals.*, absences' reasons); catalogue-like or logistic columns are "none".
- Gender, marital status, job titles, salaries, non-birth dates, ids, foreign keys, usernames: "none"; a username
  column whose values are mostly e-mail addresses is "email". City or country alone: "none"; street lines, postcodes
  and full addresses: "postal_address".
- A digest of a token is "secret_token"; password hashes are "credentials".
- Sparse columns (mostly NULL or empty, as in production: unconfirmed_email, OTP columns, reset tokens, deceased_reason)
  are labelled by what their filled rows hold. Key-value columns are labelled by what most rows hold (see below). Free text is "free_text_may_contain_pii" only
  when its values do carry names, e-mails or phones of people; free text without them is "none".

Doubtful decisions:
- wp_usermeta.meta_value holds first/last names (billing, shipping, profile) in 6 of 14 keys, the plurality:
  person_name. Other rows hold an address line, postcode, phone, e-mail, city and non-personal settings.
- Keycloak user_attribute.value: mostly phone numbers (phoneNumber, mobile): phone. fed_user_attribute.value: mostly
  birthdates: birth_date.
- wp_users.user_activation_key ("timestamp:phpass hash of the reset key", empty for about half the users) and GitLab /
  Mastodon reset_password_token (Devise stores an HMAC digest): secret_token, though they are digests.
- GitLab users.encrypted_otp_secret (attr_encrypted ciphertext) and Mastodon users.otp_secret (ActiveRecord
  encryption JSON): secret_token, though encrypted; the IV and salt columns: none.
- GitLab otp_backup_codes, Mastodon otp_backup_codes (hashed recovery codes): credentials.
- Mastodon accounts.private_key (PEM RSA private key of local actors): credentials (a stored secret that
  authenticates the account); public_key: none.
- GitLab keys.key (public SSH keys, some with an e-mail as ssh-keygen comment): none; not secret, not contact data.
- GitLab identities.extern_uid (LDAP DNs with uid=login, Google/GitHub numeric ids): none.
- Keycloak user_entity.username: 75% are e-mail addresses (realms with e-mail as username): email.
  email_constraint is the e-mail, or a UUID when the user has none: email.
- Keycloak event_entity.session_id (a session UUID, not a bearer secret): none. details_json (JSON with the
  username, mostly an e-mail): free_text_may_contain_pii.
- Keycloak credential.secret_data (hash+salt JSON, TOTP seed for otp rows): credentials; credential_data
  (algorithm parameters): none.
- wp_posts.post_password (plain-text post passwords, empty for most posts): credentials.
- OpenEMR users.password always holds the placeholder 'NoLongerUsed': none; users_secure.password and history: credentials.
- OpenEMR provider (users) street/zip/phone/fax/email: personal contact data of a natural person at work: labelled.
  npi, federaldrugid (DEA) and state_license_number are public professional registration numbers: none;
  federaltaxid (an SSN for individual providers): national_id.
- OpenEMR patient_data.contact_relationship holds the emergency contact's name: person_name. pubpid (MRN): none.
  sexual_orientation (SNOMED codes): sex_life; gender_identity (SNOMED codes): none. deceased_reason (filled for a
  quarter of patients): health. race and ethnicity (OpenEMR list ids): ethnic_origin; religion: religious_belief.
- OpenEMR insurance_data.policy_number (member ids): none; subscriber_ss: national_id; employer address: none.
- OpenEMR prescriptions: drug, rxnorm code, dosage, route, note, indication, instructions, diagnosis: health;
  quantity and refills (logistics): none. lists.type (medical_problem/allergy/medication): none; referredby: person_name.
- SuiteCRM contacts/leads work phones and fax: phone (a person's); accounts.*: none.
- Dolibarr llx_societe (companies) incl. siren/siret/tva_intra/email: none; note_private (names and mobiles of
  contacts): free_text_may_contain_pii. llx_societe_rib.iban_prefix (company accounts): none;
  llx_user_rib.iban_prefix: iban. llx_user.national_registration_number (French NIR): national_id. llx_user.api_key
  (clear or dolcrypt-encrypted, NULL for 40%): secret_token.
- e_personal: konfession (Lohnsteuer codes rk/ev/--): religious_belief; krankenkasse (insurer name): none;
  staatsangehoerigkeit and geburtsort: none; gdb (Grad der Behinderung, mostly NULL) and bewerber.schwerbehindert:
  health; gewerkschaft (union for dues deduction): trade_union; abwesenheiten.grund and bemerkung (mostly sickness):
  health; notfallkontakt ("name (relation), mobile"): free_text_may_contain_pii.
- e_scuola: alunni.irc (opts into Catholic religious education): religious_belief; disabilita (L.104, DSA) and
  allergie: health; assenze.motivo (mostly illness): health; scuole.codice_fiscale (an entity's 11-digit number):
  none; docenti.sindacato: trade_union.
"""

from __future__ import annotations

from .blind3_dolibarr import dolibarr_tables
from .blind3_gitlab import gitlab_tables
from .blind3_keycloak import keycloak_tables
from .blind3_mastodon import mastodon_tables
from .blind3_openemr import clinical_tables
from .blind3_openemr_admin import admin_tables
from .blind3_personal import personal_tables
from .blind3_scuola import scuola_tables
from .blind3_suitecrm import suitecrm_tables
from .blind3_wordpress import wordpress_tables
from .gens import Table


def blind3_tables() -> list[Table]:
    """Every table of the third blind part, parents before children (the foreign keys are added after each load)."""
    return (
        wordpress_tables()
        + gitlab_tables()
        + mastodon_tables()
        + clinical_tables()
        + admin_tables()
        + suitecrm_tables()
        + keycloak_tables()
        + dolibarr_tables()
        + personal_tables()
        + scuola_tables()
    )
