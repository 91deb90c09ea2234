"""Fifth blind part of the classifier corpus (schemas h_*): seven open-source or typical application schemas,
recreated from memory and labelled by hand, blind to the classifier's rules, to the other corpus parts and to their
clinical generators. Its author never ran the classifier on it: it is the untouched part for a single later reading.

What each schema recreates
- h_openhospital: Open Hospital (Informatici Senza Frontiere) OH_* tables, upper-case names (PAT_FNAME, ADM_IN_DIS_ID_A,
  PEX_AP_MAX ...) of a district hospital in Uganda: patients, wards, admissions, OPD visits, lab requests and result
  rows, examinations (vital signs), drug catalogue and therapies, operations, users, SMS reminders, suppliers.
- h_oscar: OSCAR EMR (Ontario family practice): demographic with hin/ver/hc_type, the split year/month/date_of_birth,
  provider, security, casemgmt_note, drugs (BN/GN/ATC/special), measurements (type/dataField), allergies
  (DESCRIPTION/reaction), appointment, dxresearch, professionalSpecialists.
- h_django: auth_user, django_session, authtoken_token, allauth (account_emailaddress, account_emailconfirmation,
  socialaccount_socialapp/socialaccount/socialtoken), django-otp, django-rest-passwordreset, django-axes, dj-stripe
  payment methods and the project's profiles_profile.
- h_prestashop: ps_customer, ps_address, ps_orders, ps_guest, ps_connections (ip2long integer), ps_customer_thread,
  ps_customer_message, ps_employee, ps_store of a French shop shipping to Spain and Italy.
- h_zammad: organizations, users (login = e-mail), tickets, ticket_articles (from/to/cc/body), user_devices, tokens,
  Rails sessions of a German software vendor's helpdesk.
- h_versicherung: a Swiss KVG/VVG insurer in German: berater, kunden (AHV-Nummer, Austrian SV-Nummer of cross-border
  commuters, Konfession, IBAN CH/AT), vertraege (with VVG health reservations), schadenfaelle (claim descriptions with
  medical details, ICD-10), gesundheitsfragen (health questionnaire answers), bankverbindungen.
- h_esus: a Brazilian municipal primary-care system in the style of e-SUS APS (tb_cidadao with CPF, CNS, RG, NIS,
  raça/cor, etnia, nome da mãe; tb_prof; tb_atend SOAP with CID-10/CIAP-2 and vitals; prescriptions; allergies;
  vaccinations).

Foreign keys are declared where the originals declare them (Open Hospital, Django, Zammad, the insurer, e-SUS);
OSCAR and PrestaShop declare none in their own schemas, so none are added there.

Labelling rules (one label per column, or "none")
- Contact data of organisations (hospital wards, suppliers, shops, insurer agencies, health-care providers,
  Zammad organizations) is none; contact data naming or belonging to a natural person is labelled.
- Clinical data linked to a person is health, including codes that encode a diagnosis, an exam ordered, a drug
  prescribed or an operation (OPD_DIS_ID_A, LAB_EXA_ID_A, THR_MDSR_ID, dxresearch_code, co_ciap), vital signs,
  height/weight, blood group, allergies, vaccinations, transfused units. Catalogue tables (OH_DISEASE, OH_EXAM,
  OH_MEDICALDSR) are none.
- Gender, marital status, jobs, employers, amounts, dates other than birth dates, ids, foreign keys and usernames are
  none; usernames/logins whose values are e-mail addresses are email. City, canton, province, country, bairro: none;
  street lines, house numbers, postcodes, full addresses: postal_address.
- Free text is free_text_may_contain_pii only when its generated values carry names, phones or e-mails; free text
  without personal data (ticket titles, organisation notes, change messages) is none.

Doubtful decisions
- OSCAR's year_of_birth, month_of_birth and date_of_birth (the day, varchar(2)) are all birth_date: together they are
  the birth date, each alone a part of it.
- Dosing numbers of a prescription (THR_QTY, THR_FREQINDAY, takemin/takemax, freqcode, quantity, qt_dias_tratamento)
  are none; the drug, the full instruction text and notes are health. LAB_MATERIAL (specimen type) and OSCAR
  measurements.type (BP, WT, A1C: the key of an EAV pair whose dataField is the value) are none, whereas a lab
  request's exam code is health.
- OH_SMS.SMS_TEXT holds therapy reminders with the patient's first name and drug: health rather than free text.
- Notes whose values mix clinical and contact content were generated one way only: PAT_NOTE and OSCAR appointment
  notes carry guardians' names/phones (free_text_may_contain_pii); ADM_NOTE, OPD_NOTE, casemgmt_note.note/history
  carry clinical text (health).
- Doctors are natural persons: OPER_PRESCRIBER, outside_provider_name, hausarzt, family_doctor (an XML snippet with
  the referring doctor's name) are person_name; professionalSpecialists' office address/phone/fax/e-mail are
  labelled as a person's contact data (fax as phone). Their professional registration and billing numbers
  (ohip_no, practitionerNo, outside_provider_ohip, nu_conselho_classe, referralNo) are none, not national_id.
- PAT_TAXCODE (a personal tax code) and ps_address.dni are national_id; ps_customer.siret/ape/company and
  ps_address.vat_number (company identifiers, mostly empty in a B2C shop) are none.
- aufenthaltsbewilligung (the permit category letter B/C/G/L, no number), nationalitaet and country_of_origin are
  none (not ethnic origin); co_raca_cor (IBGE colour/race code 1-5) and no_etnia are ethnic_origin.
- konfession is religious_belief; raucher (smoker, for life/health underwriting) and gesundheitsfragen.antwort (yes/no
  to a health question) are health.
- Zammad ticket_articles from/to/cc hold "Name <address>" strings (30% the support address): email. user_devices.
  location ("City, Country") is none, location_details (JSON with latitude/longitude) geo_location.
- django_admin_log.object_repr is 80% user e-mails (the user model's str), so email. socialaccount extra_data (Google
  profile JSON), dj-stripe billing_details (name, e-mail, phone, address JSON) and profile bios are
  free_text_may_contain_pii. dj-stripe card JSON (brand, last4, expiry) is none, not payment_card.
  socialaccount_socialapp.client_id (public OAuth client id) is none, its secret secret_token; avatar paths,
  socialaccount uid, Zammad image hash and device fingerprint are none.
- casemgmt_note.password (OSCAR's per-note lock password, mostly NULL) and security.pin are credentials;
  ps_customer/ps_orders.secure_key, ps_customer_thread.token, Zammad sessions.data and django session_data are
  secret_token.
- ps_store latitude/longitude and OH_WARD / ps_store phones and e-mails belong to places, not persons: none.
- kontrollschild (car plate) is none: personal data, but in no category of the guide.
"""
from __future__ import annotations

from . import (blind5_django, blind5_esus, blind5_openhospital, blind5_oscar, blind5_prestashop, blind5_versicherung,
               blind5_zammad)
from .gens import Table


def blind5_tables() -> list[Table]:
    return [t for m in (blind5_openhospital, blind5_oscar, blind5_django, blind5_prestashop, blind5_zammad,
                        blind5_versicherung, blind5_esus) for t in m.tables()]
