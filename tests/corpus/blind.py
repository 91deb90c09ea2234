"""The blind part of the classifier corpus (schemas b_*): well-known public sample databases recreated from memory.

Written WITHOUT reading the classifier's rules, its documentation or the other corpus parts (d_*, u_*), and labelled
before the classifier was ever run on it, so that it measures how the rules generalise to schemas their author did
not write. Labels must not be changed after a measurement; a label found wrong later is fixed in a new, dated commit
that says so, and the figures are measured again from scratch.

What is recreated (table and column names, types and casing as their PostgreSQL ports have them; values generated
to look like the real contents of a production database using that schema, e.g. valid SSNs rather than Synthea's
999- ones and plain names rather than Synthea's digit-suffixed ones):

- b_northwind: Northwind (the northwind_psql port): customers, suppliers, shippers, employees, categories, products,
  orders, order_details, region, territories, employee_territories, us_states.
- b_chinook: Chinook, PostgreSQL port with quoted CamelCase identifiers ("Customer"."FirstName", "Invoice"...).
- b_pagila: Pagila (Sakila for PostgreSQL): country, city, address, staff, store, customer, language, film, actor,
  film_actor, category, rental, payment (text columns, text[] special_features, tsvector fulltext).
- b_jardineria: the Spanish teaching database "jardineria": oficina, empleado, gama_producto, producto, cliente,
  pedido, detalle_pedido, pago.
- b_aw_person, b_aw_hr, b_aw_sales, b_aw_purchasing: an AdventureWorks subset (the lower-case PostgreSQL port):
  person, emailaddress, phonenumbertype, personphone, password, stateprovince, address (spatiallocation as SQL
  Server's serialised geography in bytea), businessentityaddress; employee, employeepayhistory, department,
  employeedepartmenthistory, jobcandidate (resume xml); creditcard, personcreditcard, store (demographics xml),
  customer, salesorderheader; vendor.
- b_hr: Oracle's HR sample schema: regions, countries, locations, jobs, departments, employees, job_history.
- b_synthea: Synthea's CSV output as commonly loaded into PostgreSQL (lower-case columns): organizations, providers,
  patients, encounters, conditions, medications, observations, procedures, immunizations, allergies.
- b_omop: an OMOP CDM v5.4 subset: location, care_site, provider, person, visit_occurrence, condition_occurrence,
  drug_exposure, measurement, note, concept.
- b_mimic: the MIMIC-III demo: patients, admissions, d_icd_diagnoses, diagnoses_icd, prescriptions, noteevents,
  d_labitems, labevents.
- b_hospital: the Spanish SQL-course schema hospital, sala, plantilla, doctor, enfermo (with NSS), ocupacion.

Foreign keys follow the originals (Table.extra); composite keys of the originals are simplified where harmless.

Labelling rules (one category per column, or "none"):

- Identifiers internal to the database (ids, foreign keys, uuids, row_id, person_source_value, rowguid) are none.
  Login names and usernames (AdventureWorks loginid "adventure-works\\ken0", Pagila staff.username) are none: they
  are account identifiers, not among the categories ("credentials" means passwords and password hashes).
- Contact data of legal persons is none: Northwind customers/suppliers/shippers (address, phone, fax, and
  orders.ship_* which are the customer companies' addresses), jardineria oficina and cliente (clients are companies),
  Oracle HR locations (company offices), Synthea organizations, OMOP care_site, AdventureWorks store and vendor,
  the hospitals of b_hospital. Columns naming a contact person are person_name (Northwind contact_name, jardineria
  nombre_contacto/apellido_contacto).
- A natural person's work contact data is labelled like private contact data: Oracle HR employees.phone_number is
  phone, Chinook "Employee"."Email" is email. Synthea providers (doctors) are natural persons: their address/zip are
  postal_address and lat/lon geo_location even though the values are their practice's location (doubtful).
- Street address lines, postcodes/ZIP codes and full address strings of persons are postal_address (also in mixed
  address tables shared by people and stores: Pagila address, AdventureWorks person.address, OMOP location, whose
  location_source_value holds the full address); city, state, county, district, region, country and FIPS codes
  alone are none. A birthplace given as city/state/country (Synthea) is none.
- Dates other than birth dates are none (hire, death, admission, visit dates). Birth date parts are birth_date:
  OMOP person.year_of_birth, month_of_birth, day_of_birth and provider.year_of_birth (doubtful: a year alone).
  MIMIC patients.dob (shifted to the 2100s as in MIMIC) is birth_date.
- Plain gender/sex, marital status, title of courtesy, prefix/suffix, job titles, salaries, income, insurance type,
  language, healthcare expenses/coverage and claim costs are none.
- Race and ethnicity, coded or not, are ethnic_origin (Synthea race/ethnicity, OMOP race/ethnicity concept ids and
  source values, MIMIC admissions.ethnicity). MIMIC admissions.religion is religious_belief.
- Clinical content linked to a person (directly or through an encounter/visit FK) is health, also under generic
  names: what the condition, drug, procedure, vaccine, test or allergy is (codes, concept ids, descriptions, drug
  names, NDC/GSN/formulary codes), result values and abnormal flags, reason codes/descriptions, allergy
  type/category/reaction/severity, MIMIC admissions.diagnosis, clinical notes (note_text, noteevents.text, OMOP
  drug_exposure.sig). noteevents.description is health (it names the exam, e.g. "CT HEAD W/O CONTRAST").
  Administrative and provenance columns of the same tables are none: dates, costs, counts, quantities, units,
  route, dose and strength, type/status concept ids, the encounter class / admission type and location / visit
  concept (doubtful), observation category and type, range_low/high, code system names.
  Reference/catalogue tables (OMOP concept, MIMIC d_icd_diagnoses and d_labitems) are none.
- AdventureWorks sickleavehours is an accrued leave entitlement, not an absence record: none (doubtful).
- Identity numbers of persons are national_id: SSN, driving licence and passport (Synthea), AdventureWorks
  nationalidnumber, Spanish NSS (b_hospital enfermo.nss). Professional registry numbers of providers (OMOP
  provider.npi, dea) are none: public registry identifiers of a professional, not identity documents (doubtful).
- Password hashes are credentials (Pagila staff.password SHA-1, AdventureWorks passwordhash). A password salt is
  none: it is not secret by design (AdventureWorks passwordsalt, doubtful).
- Free text: Northwind employees.notes (education and career notes naming the person, some with an e-mail) and the
  XML documents about persons (AdventureWorks additionalcontactinfo with phones/addresses/e-mails, demographics
  with birth date and income, jobcandidate.resume with name, address, phone, e-mail) are free_text_may_contain_pii.
  Product, film and category descriptions and jardineria pedido.comentarios (generated without personal data),
  store demographics (StoreSurvey) are none.
- Photos (Northwind employees.photo, Pagila staff.picture) are none: a photograph is biometric data only when
  processed for unique identification (GDPR recital 51). Northwind photo_path URLs (surname.bmp) are none.
- Telephone extensions (Northwind employees.extension, jardineria empleado.extension) are none: four digits are
  not a telephone number (doubtful).
- Oracle HR employees.email holds the mailbox name without domain ("SKING"); labelled email (doubtful).
- Names of natural persons are person_name even when public (GDPR has no public-figure exception): Pagila
  actor.first_name/last_name, Chinook "Track"."Composer", and Chinook "Artist"."Name", which mixes bands and
  orchestras with solo artists (about half are persons: doubtful). Album, track, film and playlist titles are none.
- Payment: AdventureWorks creditcard.cardnumber is payment_card (expiry month/year none); creditcardapprovalcode,
  accountnumber (customer account "10-4020-000123", vendor account), jardineria pago.id_transaccion are none.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .blind_business import chinook, northwind
from .blind_clinical import hospital, synthea
from .blind_enterprise import adventureworks, oracle_hr
from .blind_research import mimic, omop
from .blind_retail import jardineria, pagila
from .gens import Col, Gen, Table


def _cut(gen: Gen, width: int) -> Gen:
    return lambda c, i: v[:width] if isinstance(v := gen(c, i), str) else v


def _fit(col: Col) -> Col:
    """Cut string values to the column's declared width: Faker values vary with what was generated before."""
    m = re.match(r"(?:var)?char\((\d+)\)", col.type)
    return replace(col, gen=_cut(col.gen, int(m.group(1)))) if m else col


def blind_tables() -> list[Table]:
    """Every table of the blind part, in load order (referenced tables before the tables that refer to them)."""
    tables = [*northwind(), *chinook(), *pagila(), *jardineria(), *adventureworks(), *oracle_hr(),
              *synthea(), *omop(), *mimic(), *hospital()]
    return [replace(t, cols=[_fit(c) for c in t.cols]) for t in tables]
