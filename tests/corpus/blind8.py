"""The eighth blind corpus part (schemas k_*): seven application schemas recreated from memory, labelled blind.

Written without reading the classifier, its documentation, its benchmark or any other corpus part, and never run
through the classifier. Values come from hand-written pools (blind8_gens.py); labels follow the rules of
docs/blind7-corpus.md (organisation contact data none, clinical data health, cities none, street lines and
postcodes postal_address, free text labelled free_text_may_contain_pii only when its values carry names, phones
or e-mails).

Doubtful decisions, kept as labelled:

k_sap (German SAP HCM/SD)
- PA0002.KONFE and PA0012.KONFS/KONFP (denomination codes RK/EV/--, kept for the church tax) are religious_belief.
- PA0002.GBORT (birthplace) and NATIO are none. PA0002.RUFNM (nickname, mostly empty) is person_name.
- PA2001.AWART (absence type code: holiday, sickness with/without certificate, cure, maternity protection) is health,
  because about a third of its rows are sickness, cure or maternity codes about a person; the T554T catalogue of
  those codes is none.
- PA0004 (severely disabled: group and degree) is health; the issuing office is none.
- PA0105.USRID holds an SAP user name, nothing, or a phone number depending on the subtype (one row in three each);
  labelled phone. USRID_LONG holds the e-mail rows and is email.
- PA0009.BANKL (German bank sort code) is none; BANKN is bank_account; EMFTX (payee) is person_name.
- PA0012.STIDN (Steuer-IdNr, 11 digits, no check digit computed) and PA0013.RVNUM (pension insurance number, with
  its check digit) are national_id.
- KNA1 customers are firms: their street, postcode and phone are none; KNA1.NAME2 ("z. Hd. Herrn ...", a named
  contact) is person_name. ZHR_BEWERBER.BEMERKUNG (interview remarks without names) is none.

k_protheus (Brazilian TOTVS Protheus)
- SA1010 mixes natural persons (two rows in three) and firms: A1_NOME, A1_NREDUZ are person_name, A1_END and A1_CEP
  postal_address, A1_TEL phone, A1_EMAIL email, A1_CGC (CPF or CNPJ) national_id, A1_DTNASC birth_date (blank for
  firms). A1_BAIRRO (neighbourhood) is none like a district; A1_INSCR (state registration, "ISENTO" for persons) none.
- SA2010 suppliers are firms: all none except A2_CONTATO (contact person) person_name; their bank account is none.
- SRA010.RA_RACACOR (IBGE race/colour code) is ethnic_origin; RA_DEFIFIS/RA_TPDEFFI (disability) health;
  RA_SINDICA (the union the employee's category belongs to) and RA_MENSIND (pays union dues) trade_union, although
  the union code is assigned by professional category rather than chosen.
- RA_CIC (CPF), RA_PIS, RA_RG, RA_NUMCP (work card number) and RA_TITULOE (voter card) are national_id; RA_SERCP
  (work card series) none; RA_MAE / RA_PAI (parents' names) person_name; RA_BCDEPSA (bank + branch) none and
  RA_CTDEPSA (account) bank_account.
- SR8010.R8_TIPOAFA (absence type: sickness, accident at work, maternity) and R8_CID (ICD-10) are health.
- SE1010.E1_NOMCLI (short customer name, persons and firms) is person_name; E1_HIST is free text (some rows carry a
  name and a phone or an e-mail).

k_koha (New Zealand public libraries)
- biblio.author is person_name (authors are natural persons, though public ones).
- borrowers.streetnumber, streettype and address2 (flat numbers or suburbs) are postal_address; city and state none.
- borrowers.cardnumber and userid (the card number again) are none; password (bcrypt) credentials.
- borrowers.debarredcomment and opacnote (fixed phrases) are none; borrowernotes is free text.
- borrower_attributes.attribute holds ethnicity for two codes in five, and school names, a Y/N flag and iwi for the
  rest; labelled ethnic_origin (iwi affiliation is also descent).
- message_queue.to_address is email (a few rows NULL); from_address (the library's) none.
- action_logs.info (Perl hash dumps of patron records) and sessions.a_session (serialized CGI session with name,
  e-mail and remote address, partly base64) are free_text_may_contain_pii; sessions.id is secret_token.
- branches.branchip (the library's network range) is none.

k_opera (OPERA PMS, Alpine hotels)
- NAME holds guests, companies and travel agents (one row in seven is an organisation); LAST, FIRST, MIDDLE and
  SALUTATION are person_name; PASSPORT national_id; BIRTH_PLACE none.
- NAME_PHONE.PHONE_NUMBER holds e-mails in about five rows of nine and phone numbers in the rest (OPERA keeps both
  in one column, told apart by PHONE_ROLE); labelled email.
- NAME_CREDIT_CARD.CREDIT_CARD_NUMBER (ciphertext, base64) and CREDIT_CARD_NUMBER_MASKED (last four digits) are both
  payment_card; the expiry date is none.
- NAME_PREFERENCES.PREFERENCE_VALUE is none although the SPECIALS rows include HALAL, KOSHER and GLUT(en-free).
- RESERVATION_COMMENT.COMMENT_TEXT is free text: some rows carry names, phones or e-mails, others allergies or a
  wheelchair; FINANCIAL_TRANSACTIONS.REMARK (fixed phrases) is none.
- NAME_DOCUMENTS.ID_NUMBER and AT_GAESTEBLATT.REISEDOKUMENT_NR (passport / ID card numbers) are national_id.

k_telco (Indian mobile operator)
- customer_caf.poi_number holds Aadhaar (half masked to the last four digits), PAN, voter id, passport and driving
  licence numbers: national_id. aadhaar_vault_ref (a reference key of the Aadhaar data vault) is none.
- father_husband_name is person_name; local_reference is free text.
- retailer: the shop's address and GSTIN are none, owner_name person_name and mobile phone (small proprietors).
- msisdn, a_party, b_party are phone; imsi, iccid and imei are none.
- cdr_voice.first_cell_id/last_cell_id and data_session.cell_id (cell global identity of the serving cell) are
  geo_location; cell_site.lat/lng (the tower's) are none.
- data_session.framed_ip (CGNAT IPv4 or IPv6) is ip_address.
- recharge_txn.upi_vpa (UPI payment address, name@bank) is bank_account.

k_hlm (French social landlord)
- logement.adresse_lgt (the dwelling's street line) is postal_address: it is where the tenant lives.
- locataire.num_alloc_caf (CAF benefit number) is national_id; lieu_naiss and nationalite none.
- bail.apl_mensuelle (housing benefit) and impaye.etape_contentieux (rent litigation, a civil matter) are none.
- occupant.taux_handicap and demande_sne.handicap_menage are health.
- agence contact data is an organisation's: none.

k_bloed (Dutch blood bank)
- voorletters, roepnaam, tussenvoegsel and achternaam are each person_name.
- bloedgroep and rhesus are health; donatie.hb_mmol, bloeddruk, pols, reden_afkeur are health.
- vragenlijst.v_nieuwe_sekspartner and v_msm_4mnd are sex_life; v_reis_buitenland (travel) none;
  opmerking_arts (doctor's notes without names) health.
- lab_uitslag.uitslag (infection markers) health; hla_typering genetic.
"""
from __future__ import annotations

from .blind8_bloed import bloed_tables
from .blind8_hlm import hlm_tables
from .blind8_koha import koha_tables
from .blind8_opera import opera_tables
from .blind8_protheus import protheus_tables
from .blind8_sap import sap_tables
from .blind8_telco import telco_tables
from .gens import Table


def blind8_tables() -> list[Table]:
    return (sap_tables() + protheus_tables() + koha_tables() + opera_tables() + telco_tables() + hlm_tables()
            + bloed_tables())
