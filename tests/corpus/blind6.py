"""The sixth blind corpus part (schemas i_*): eight application schemas recreated from memory, never measured by
their author, with hand-written values (blind6_gens.py: no Faker, no library word lists).

    i_opendental   Open Dental (US dental practice), CamelCase MySQL tables, no foreign keys (the original has none)
    i_vet          a UK small-animal veterinary practice system
    i_emis         a UK GP practice's EMIS Web extract ({GUID} keys, CSV origin, no foreign keys)
    i_fack         the shared membership register of Swedish LO unions (Swedish, personnummer)
    i_seurakunta   a Finnish Lutheran parish register (Finnish, henkilötunnus)
    i_civicrm      CiviCRM at a Portuguese political party's district office (NIF, Cartão de Cidadão)
    i_farmacia     a Mexican pharmacy chain's POS/dispensing database (CURP, RFC, CFDI)
    i_dating       a US dating app backend

Labelling rules: those of docs/blind5-corpus.md (restated in docs/blind6-corpus.md). Doubtful decisions:

- Animals are not people: pet names, species, dates of birth, weights, microchips, consultations, diagnoses and
  vaccinations in i_vet are none; the owners' names and contact data are labelled. consultation.presented_by
  ("Mrs Hughes") is person_name; reminder.message ("Dear Mrs Hughes, Bella is due ...") free_text_may_contain_pii.
- Surrogate integer keys pointing at catalogues (Open Dental CodeNum, DiseaseDefNum, MedicationNum; farmacia and
  vet product ids) are none like any foreign key; published terminology codes stored against a person (EMIS CodeId
  in CareRecord_Observation and Prescribing_DrugRecord, Open Dental DiagnosticCode and medicationpat.RxCui) are
  health. The same codes in catalogue tables (Coding_ClinicalCode, medication.RxCui, diseasedef.Icd10Code) are none.
- Open Dental: ToothNum, Surf, ProcDescript, ClaimNote and MedUrgNote are health; ApptModNote and AddrNote hold
  scheduling/mail notes without names or phones (none); FamFinUrgNote, appointment.Note and commlog.Note carry
  names and phone numbers (free_text_may_contain_pii); MiddleI (one letter) none; Preferred (nickname) person_name;
  provider.SSN national_id but StateLicense, DEANum, NationalProvID none; userod.UserName none although one
  value is "Dr. Sato"; payment.PayNote ("Visa x4821 auth 093211") none.
- EMIS: Value and AssociatedText are health, NumericUnit, ObservationType and ConsultationSourceTerm none;
  Village/Town/County none, HouseNameFlatNumber/NumberAndStreet/Postcode postal_address; CarerName and
  ExternalUsualGP person_name, CarerRelation none; DateOfDeath none; the DrugRecord Term/Dosage are health.
- Trade union (i_fack): the union's own register. Only columns that state union affiliation or role are
  trade_union (medlem.forbund, medlem.medlemsstatus, loneavdrag.forbundskod, fortroendeuppdrag.uppdragstyp);
  join/leave dates, a-kassa flag, branch ids, occupation and case types are none. sjukskriven (on sick leave) and
  skada_diagnos are health. The employer table is an organisation, but its kontaktperson, kontakt_epost
  (firstname.lastname@...) and kontakt_telefon belong to a named person and are labelled. clearingnummer and
  kontonummer are bank_account; ocr and organisationsnummer none.
- Parish (i_seurakunta): religious_belief only where a value states a denomination or a membership change
  (henkilo.uskontokunta, jasenyysmuutos.muutoslaji and edellinen_uskontokunta, vihkiminen.toimitus); the dates
  and places of baptisms, weddings and funerals are none although every row is a church rite. Godparents, pastors
  and grave-right holders are person_name; tilinumero (Finnish IBAN) iban; viitenumero none.
- Political CRM (i_civicrm): contact_sub_type (Militante/Simpatizante), intencao_voto_12, nivel_apoio_13 (support
  level 1-5), partido_anterior_14 and the canvassing notes civicrm_activity.details are political_opinion (the
  notes carry no names or phones); contribution.source ("Quota anual 2025", "Donativo Autárquicas 2025") none.
  sort_name/display_name are person_name though 10% are organisations and 5% households; household_name
  ("Família Silva") person_name; organization_name none; legal_identifier (NIF, a few company NIPC) national_id;
  hash and api_key secret_token; geo_code_1/geo_code_2 geo_location; phone_numeric phone; uf_name email.
- Pharmacy (i_farmacia): the branch's responsable_sanitario is person_name; doctors' office phone, address and
  e-mail are a natural person's contact data (labelled), cedula_profesional none; CURP and RFC (of individuals)
  national_id, including the generic RFC XAXX010101000 among them; num_ext postal_address, colonia none;
  padecimientos, alergias, diagnostico, indicaciones and libro_antibioticos.medicamento health; receta.tipo
  (antibiotic/psychotropic) and uso_cfdi ("D01" medical expenses) none; ultimos4 none.
- Dating (i_dating): sexual_orientation, interested_in and relationship_goal are sex_life; gender none; smoking,
  hiv_status and last_tested_on health; religion religious_belief; politics political_opinion; ethnicity
  ethnic_origin; selfie_verifications.face_embedding biometric, photos (storage keys) none; lat/lng/geohash
  geo_location; bio, messages.body and reports.details free_text_may_contain_pii; push_token secret_token.
"""
from __future__ import annotations

from .blind6_civicrm import civicrm_tables
from .blind6_dating import dating_tables
from .blind6_dental import dental_tables
from .blind6_emis import emis_tables
from .blind6_fack import fack_tables
from .blind6_farmacia import farmacia_tables
from .blind6_seurakunta import seurakunta_tables
from .blind6_vet import vet_tables
from .gens import Table


def blind6_tables() -> list[Table]:
    return (dental_tables() + vet_tables() + emis_tables() + fack_tables() + seurakunta_tables() + civicrm_tables()
            + farmacia_tables() + dating_tables())
