"""Second blind corpus (schemas c_*): the table and column structure of widely used open-source applications,
recreated from memory, with generated values that look like their real contents. Written and labelled blind to the
classifier's rules and to the other corpus parts, and not measured by its author.

What each schema recreates (a subset of each application's columns, names and casing as in its PostgreSQL schema or
as a PostgreSQL port of its MySQL/SQL Server schema would have them):
- c_odoo: Odoo 16/17 res_company, res_partner, res_users, res_users_apikeys, hr_employee, crm_lead.
- c_moodle: Moodle 4.x mdl_user, mdl_user_info_data, mdl_course, mdl_forum_posts, mdl_grade_grades,
  mdl_logstore_standard_log, mdl_sessions, mdl_user_private_key.
- c_magento: Magento 2.4 store, customer_entity, customer_address_entity, sales_order, sales_order_address,
  sales_order_payment, catalog_product_entity, catalog_product_entity_varchar, admin_user.
- c_openmrs: OpenMRS 2.x concept, concept_name, drug, location, person, person_name, person_address,
  person_attribute, patient, patient_identifier, users, encounter, obs, orders, drug_order.
- c_wwi_application / c_wwi_sales / c_wwi_purchasing: WideWorldImporters (lower-case PostgreSQL port)
  application.people, sales.customers, sales.invoices, purchasing.suppliers.
- c_discourse: Discourse 3.x users, user_emails, user_profiles, topics, posts, user_ip_address_histories, api_keys,
  user_auth_tokens, email_tokens.
- c_gestion: a Spanish school-management schema: centros, profesores, alumnos, tutores, matriculas, calificaciones,
  incidencias.
- c_rh: a small French HR/CRM schema: services, salaries, absences, clients, contacts_clients, candidats.
Foreign keys of the originals are added after loading (Table.extra).

Labelling rules:
- Contact data of legal persons (companies, suppliers, organisation customers, stores, schools, health facilities)
  is `none`, except columns naming a contact person. So res_company, WWI customers/suppliers (their bank account
  columns too), Magento store, OpenMRS location (with its latitude/longitude), centros and clients (with their SIREN,
  SIRET, intra-EU VAT and IBAN) are `none`, while centros.director_nombre, contacts_clients.* and the WWI invoice's
  confirmedreceivedby are personal.
- Work contact data of employees (hr_employee.work_email/work_phone, profesores.email, salaries.email_pro,
  admin_user.email) is personal: e-mail / phone.
- Clinical data about a person or linked to one by FK is `health` even under generic names (obs.concept_id,
  value_coded, value_numeric, value_text, comments, interpretation, value_drug; orders.concept_id, instructions,
  order_reason*, comment_to_fulfiller; drug_order drug, dose, frequency, dosing_instructions, as_needed_condition;
  person.cause_of_death*; patient.allergy_status; alumnos.necesidades_educativas/alergias/observaciones_medicas;
  salaries.rqth (disabled-worker status) and aptitude_medecine_travail; absences.type_absence). Catalogues
  (concept, concept_name, drug) are `none`.
- Gender, marital status, job titles, salaries, dates other than birth dates (death_date, hire dates), internal ids,
  foreign keys, usernames, city or country alone, place of birth (a city) are `none`; street lines, postcodes and
  full addresses are `postal_address`.
- Passwords, password hashes, PINs, secret answers are `credentials`. Tokens (API keys, session ids, reset and
  confirmation tokens, TOTP seeds) are `secret_token`, and so are their stored hashes (Discourse api_keys.key_hash,
  user_auth_tokens.auth_token, email_tokens.token_hash; Odoo res_users_apikeys.key): a hash of a token is treated like
  a hash of a password, i.e. as the secret it verifies. Password salts are `none`.
- Free text is `free_text_may_contain_pii` when a good share of its values name people with e-mails or phones;
  free text labelled `none` is generated without personal data.

Doubtful decisions:
- res_partner mixes companies (one row in four, i % 4 == 1, values generated as company data in every column) and
  people (individuals and contacts of a company): labelled by the people, so name/email/phone/street/zip/
  partner_latitude/longitude are personal; vat and website are filled for company rows only and are `none`.
- Logins that hold e-mail addresses (Odoo res_users.login, WWI people.logonname) are labelled `email`, against the
  "usernames are none" rule, because their values are e-mail addresses. Plain usernames stay `none`.
- crm_lead street/zip/city: leads are generated as B2B (partner_name filled in most rows), so the address is the
  company's: `none`; contact_name, email_from, phone, mobile are the contact person's: personal.
- Magento customer_address_entity.vat_id and sales_order_address.vat_id hold company VAT numbers (B2B buyers, mostly
  NULL): `none`; customer_entity.taxvat and sales_order.customer_taxvat hold persons' tax ids: `national_id`.
- Magento sales_order_payment.cc_number_enc (AES ciphertext of a card number, "0:3:" prefix) is `payment_card`;
  cc_last_4 alone is `none`; cc_owner is `person_name`.
- Moodle mdl_user.idnumber (institution student number), OpenMRS patient_identifier.identifier (OpenMRS IDs with
  their mod-30 check character, and old local MRNs) and alumnos.nia (regional student number) are internal
  identifiers: `none`. alumnos.tarjeta_sanitaria (health card number), profesores.nrp (civil-servant number built
  on the DNI) and salaries.titre_sejour (residence permit) are `national_id`.
- mdl_user_info_data.data holds the values of six custom profile fields (emergency contact name, two phone fields,
  pronouns, employer, guardian name and e-mail): `free_text_may_contain_pii`. OpenMRS person_attribute.value holds
  Telephone Number (three rows in four) and Mother's Name: labelled by the majority, `phone`.
- mdl_logstore_standard_log.other (JSON with usernames and ids) is `none`; WWI invoices.returneddeliverydata (JSON
  with the receiver's name and GPS fixes of the delivery to an organisation) is `free_text_may_contain_pii`.
- WWI people.photo (a JPEG) is `none`: a photograph is not biometric data unless processed as such.
  hr_employee.private_car_plate is `none` (personal, but no category fits). hr_employee.place_of_birth is `none`.
- Discourse users.date_of_birth keeps only day and month (year 1904): still `birth_date`.
- alumnos.religion_optativa (Catholic/Islamic/Evangelical religion class vs. the secular alternative) is
  `religious_belief`; profesores.afiliacion_sindical is `trade_union`; salaries.mutuelle (the name of the
  complementary health insurer) is `none`.
- OpenMRS drug_order: what is prescribed, dose, frequency and instructions are `health`; units, quantities are `none`.
  encounter.encounter_type (an id) is `none`; obs.accession_number and orders.order_number are `none`.
- res_users_apikeys.index (the first 8 characters of a key) and api_keys.truncated_key (4) are `none`.
- Odoo res_users.totp_secret is `secret_token`, not `credentials`.
- salaries.bic (a bank code) is `none`; salaries.rib (French bank account number with key) is `bank_account`.
"""
from __future__ import annotations

from .blind2_discourse import discourse_tables
from .blind2_gestion import gestion_tables
from .blind2_magento import magento_tables
from .blind2_moodle import moodle_tables
from .blind2_odoo import odoo_tables
from .blind2_openmrs import openmrs_tables
from .blind2_rh import rh_tables
from .blind2_wwi import wwi_tables
from .gens import Table


def blind2_tables() -> list[Table]:
    """Every table of the second blind corpus, parents before children (foreign keys are added after each load)."""
    return (odoo_tables() + moodle_tables() + magento_tables() + openmrs_tables() + wwi_tables() + discourse_tables()
            + gestion_tables() + rh_tables())
