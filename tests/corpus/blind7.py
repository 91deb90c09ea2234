"""The seventh blind corpus part (schemas j_*): eight application schemas recreated from memory, labelled by an author
who never read the classifier's rules or data and never ran it. Values are hand-written (blind7_gens.py), no Faker.

Labelling follows docs/blind6-corpus.md: organisation contact data none, a natural person's contact data labelled;
clinical data linked to a person health, catalogues none; city/county/state/country none, street lines, house numbers,
postcodes and full addresses postal_address; gender, marital status, jobs, employers, amounts, dates other than birth
dates, ids, foreign keys and usernames none; free text free_text_may_contain_pii only when its values carry names,
phones or e-mails.

Doubtful decisions:
- j_claims: PRPR_NAME is person_name although about 30% of providers are facilities or labs; PRPR_NPI and tax ids
  none (provider identifiers, like a licence number). Diagnosis (IDCD_ID), procedure (IPCD_ID, svc_proc_cd), NDC,
  DRG, discharge status and the present-on-admission flag are health; modifiers, revenue codes, place of service,
  bill type and the CARC/remark codes none. MEME_HICN (Medicare beneficiary id) national_id. The raw 835 segment
  text carries patient names and is free_text_may_contain_pii. The employer group's contact person and her e-mail
  are labelled, the group's own address and phone are not.
- j_ivf: partner_type ("Female partner", "None (single)") is sex_life because it reveals orientation;
  abstinence_days sex_life; embryo grade/status, AMH, AFC, protocol and outcome health; PGT result, karyotype,
  embryo sex chromosomes, mosaicism and donor carrier screening genetic; donor ethnicity ethnic_origin while eye and
  hair colour and height are none; embryo_disposition (a consent choice) none; straw/tank/cane none.
- j_borger: folkekirkemedlem is religious_belief, fagforening trade_union, a_kasse none (unemployment fund, not a
  union); statsborgerskab (citizenship) none; beskyttet_adresse none; sagsomraade/ydelsestype (benefit types) none
  although a sickness-benefit case hints at illness; reg_nr and konto_nr both bank_account; caseworkers' direct
  phone and e-mail are labelled (a natural person's work contact).
- j_mzdy: clen_odboru (union member flag) trade_union; invalidita, ZTP and the child's ZTP/P health; srážky (court
  executions, insolvency) none, creditor accounts none (organisations); cislo_op (ID card number) national_id;
  rodne_prijmeni (maiden name) person_name; misto_narozeni none.
- j_hastane: kan_grubu and engellilik_orani health; baba_adi/anne_adi person_name; reçete barkod (the drug given to a
  patient) health while the ilac catalogue and its recete_turu (green/red prescription class) are none; tani_turu
  (preliminary/final) none; lab units and reference ranges none.
- j_rms: race and ethnicity ethnic_origin; height, weight, eye, hair and scars/marks/tattoos none; FBI and state
  (SID) numbers criminal_record because they exist only for fingerprinted arrestees; driver licence national_id;
  involvement role (SUSPECT/ARRESTEE/VICTIM...) criminal_record for the whole column; statute, charge, level,
  disposition, sentence and probation special conditions criminal_record; victim injury, BAC, jail medical
  screening and urinalysis results health; face and fingerprint templates biometric, the fingerprint TCN none;
  incident location (often a block address) postal_address and its coordinates geo_location; plates/VINs none.
- j_sis: Ethnicity and FedEthnicity ethnic_origin; LunchStatus (free/reduced meals) none; Web_Password (plain) and
  Teachers.Password credentials; Alert_Medical, IEP disabilities, services, accommodations and the 504 flag health;
  Alert_Guardian free text with names; Alert_Discipline and the discipline log's type/action/police flag none (school
  discipline, not criminal records); teacher names in StoredGrades and Log authors person_name.
- j_campaign: the voter-file Party and canvass SurveyResponse/IssuePriority and ActivistCodeName political_opinion;
  UnionMember trade_union; contributions themselves (committee ids, amounts, source codes) none, although a gift to
  a partisan committee reveals a leaning; committee party none (an organisation's); treasurer and event host names
  person_name; stored card numbers payment_card, billing zip postal_address, client IP ip_address.
"""
from __future__ import annotations

from .blind7_borger import borger_tables
from .blind7_campaign import campaign_tables
from .blind7_claims import claims_tables
from .blind7_hastane import hastane_tables
from .blind7_ivf import ivf_tables
from .blind7_mzdy import mzdy_tables
from .blind7_rms import rms_tables
from .blind7_sis import sis_tables
from .gens import Table


def blind7_tables() -> list[Table]:
    return (claims_tables() + ivf_tables() + borger_tables() + mzdy_tables() + hastane_tables() + rms_tables()
            + sis_tables() + campaign_tables())
