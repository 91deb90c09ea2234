"""Sixth-round words (docs/classifier.md): health facts kept as columns of a person's record, clinical events and
their columns in eight languages (English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, and the
Indonesian/Malay `pasien`), and Dutch and Polish words for personal data. vocab.py and special.py register them;
this module only lists them (accent-free, lower case, as names.tokens() yields them).
"""
from __future__ import annotations

from auditor.analysis.classify import fitted15, fitted16, fitted17, fitted18, fitted19, romaji

# Health facts as columns of a person's record: habits, histories, risk factors, blood group, pregnancy.
HEALTH_STRONG = ("smoker", "smoking", "smokes", "fumador", "fumadora", "tabaquismo", "fumante", "tabagismo", "fumeur",
                 "tabagisme", "raucher", "raucherin", "fumatore", "fumatrice", "roker", "palacz", "palenie",
                 "tobacco use", "consumo tabaco", "alcohol use", "alcohol consumption", "consumo alcohol",
                 "alcoolisme", "alkoholkonsum", "alkoholgebruik", "spozycie alkoholu", "drug use", "substance use",
                 "surgical history", "family history", "past history", "social history", "history surgical",
                 "history family", "antecedentes", "antecedentes familiares", "antecedentes personales",
                 "antecedentes quirurgicos", "antecedentes medicos", "antecedentes patologicos", "antecedents",
                 "antecedents medicaux", "anamnese", "anamnesis", "anamnesi", "anamneza", "vorerkrankungen",
                 "voorgeschiedenis", "medische voorgeschiedenis", "historico medico", "historial clinico",
                 "risk factors", "risk factor", "factores riesgo", "facteurs risque", "fattori rischio",
                 "risikofaktoren", "risicofactoren", "czynniki ryzyka", "chronic conditions", "medical conditions",
                 "health conditions", "pre existing conditions", "preexisting conditions", "rhesus", "rh factor",
                 "factor rh", "bloedgroep", "grupa krwi", "tipo sangue", "pregnant", "embarazada", "gravida",
                 "enceinte", "schwanger", "incinta", "zwanger", "ciaza", "weeks pregnancy", "semanas embarazo",
                 "gestational age", "edad gestacional", "chief complaint", "motivo consulta", "queixa principal",
                 "rozpoznanie", "rozpoznania", "diagnostyka", "diagnostique", "befund", "arbeidsongeschikt",
                 "arbeidsongeschiktheid", "arbeitsunfahig", "arbeitsunfaehig", "arbeitsunfaehigkeit", "niezdolnosc pracy", "zwolnienie lekarskie",
                 "ziekmelding", "sick days", "sickness absence", "krankheitstage", "dias baja", "jours maladie",
                 "dni choroby", "ziektedagen", "allergic", "alergico", "alergica", "allergique", "allergisch",
                 "intolerances", "intolerancias", "intolerancia", "unvertraglichkeiten", "nietolerancje",
                 "medicacion actual", "current medication", "medicatie", "medikation", "medicaments", "leki",
                 "szczepienia", "vaccinaties", "vacinas", "vaccins", "disabilities", "handicaps",
                 "niepelnosprawnosci", "mental illness", "psychiatric", "psiquiatrico", "psychiatrique",
                 "psychiatrisch", "psichiatrico", "psychiatryczny", "infectious", "infeccioso", "contagious")
# Health words that need a health-like table (a patient's record, a clinical event): elsewhere they are a
# product's property (`alcohol_content`), a department (`surgery`) or French/Spanish HR (`rh`).
HEALTH_CONTEXT = ("alcohol", "alcool", "alkohol", "alcol", "tobacco", "tabaco", "tabac", "tabak", "tytoń", "tyton",
                  "rh", "factors", "risk", "habits", "habitos", "habitudes", "gewohnheiten", "abitudini", "gewoonten",
                  "nawyki", "surgery", "surgeries", "cirugia", "cirugias", "cirurgia", "chirurgie", "chirurgia",
                  "operaties", "operacje", "surgical", "quirurgico", "chirurgical", "chirurgisch", "chirurgico",
                  "glycemia", "glucemia", "glicemia", "glykamie", "bpm", "hba1c", "cholesterol", "colesterol")
# Degrees of incapacity and counts of sick days: health data even as numbers.
NUMERIC_HEALTH = ("arbeitsunfaehig", "arbeitsunfaehigkeit", "smoker", "smoking", "fumador", "fumeur", "raucher", "fumatore", "roker", "palacz", "pregnant",
                  "arbeidsongeschikt", "arbeidsongeschiktheid", "arbeitsunfahig", "ziekteverzuim", "sick days",
                  "krankheitstage", "dias baja", "jours maladie", "dni choroby", "ziektedagen", "weeks pregnancy",
                  "semanas embarazo", "gestational age", "edad gestacional")
# Tables of clinical events in more languages (and the patient-only ones: `patient_evaluation`).
CLINICAL_TABLES = frozenset("""disease diseases enfermedades doencas maladies krankheiten malattie ziekten choroby
pathologies patologias patologie consultation consultations konsultation konsultationen consulti consulten
anamnesis anamnese anamnesi anamnezy triage triagem surgeries cirugias cirurgias operationen interventions
therapies terapias therapien terapie behandlungen untersuchungen examens esami exames badania pemeriksaan
laborwerte messwerte metingen uitslagen wyniki labresults labtests verrichtingen zabiegi procedimientos
procedimentos interventi eingriffe medicatie medikation medicaments leki obat resep recepten receituario
prescricoes prescricao rozpoznania diagnosa szczepienia vaccinaties vacinas imunisasi alergi allergieen
alergie uczulenia internacoes internamentos ricoveri hospitalisations hospitalizations hospitalizacje
opnames prontuario prontuarios rekam medis referti historiales antecedentes vorerkrankungen sickleave
verzuim verzuimmeldingen verzuimmelding ziekmeldingen ziekmelding krankmeldungen krankmeldung
arbeitsunfahigkeit zwolnienia laboratory laboratories opd ipd outpatient outpatients inpatient inpatients""".split())
PATIENT_EVENTS = frozenset("""evaluation evaluations assessment assessments exam exams examination examinations
visit visits history histories record records note notes problem problems test tests result results episode
episodes admission admissions stay stays document documents evolution evolucion evolucao evoluciones visita
visitas visite wizyta wizyty besuch besuche bezoek bezoeken kunjungan atendimento atendimentos""".split())
# Patients in more languages: a table's person and a person's key (`pacjent_id`, `id_pasien`).
PATIENTS = frozenset("""patient patients paciente pacientes paziente pazienti patienten patientin pacjent pacjenci
pacjenta pacjentow doente doentes pasien enfermo enfermos utente utentes""".split())
# A key to an encounter, visit or admission: beside a clinical word, the table holds events of that encounter.
ENCOUNTER_KEYS = frozenset("""visit encounter admission hadm episode stay icustay consulta consultation visita
wizyta besuch bezoek kunjungan atendimento ingreso episodio sejour ricovero opname internacao parent""".split())
# Columns only clinical tables carry, in more languages.
CLINICAL_COLUMNS = frozenset("""rozpoznanie diagnostique befund anamnese anamnesis anamnesi symptom symptoms sintoma
sintomas symptome sintomi objawy symptomen complaint queixa pathology patologia pathologie medicament medicament
medicamento medicamentos medication farmaco lek leki geneesmiddel medikament glycemia glucemia glicemia hba1c
vaccine vacuna vacina szczepionka impfstoff allergy alergia allergie alergie uczulenie disease enfermedad doenca
maladie krankheit malattia ziekte choroba triage""".split()) | fitted15.VITALS    # (round 15: fitted)
# Generic columns of a clinical event, in more languages: descriptions, results, values, recommendations, causes.
CLINICAL_GENERIC = frozenset("""opis beschreibung beschrijving omschrijving descrizione descricao wynik ergebnis
resultaat risultato resultat wert waarde valore valeur wartosc notitie notities zalecenia recommendation
recommendations recomendacion recomendaciones recomendacoes recommandation recommandations empfehlung empfehlungen
raccomandazioni aanbeveling aanbevelingen advies directions cause causa oorzaak ursache przyczyna complaint
complaints queja queixa plainte beschwerden klacht klachten dolegliwosci history historia anamnese antecedentes
dawkowanie dawka dosierung dosaggio posologie dosering remark remarks res onset subjective objective subjetivo
objetivo subjetiva objetiva""".split())
# A condition's status in a table named for one (`allergies.status`: active, resolved).
KINDS = ("status", "estado", "stato", "statut", "zustand", "stan")

# Personal data words in Dutch and Polish registers (and a few more): addresses, phones, birth dates, identity
# documents, names of doctors and emergency contacts, union membership.
PERSONAL = {
    "postal_address": ("straat", "straatnaam", "huisnummer", "huisnummer toevoeging", "huisletter", "adres", "ulica",
                       "kod pocztowy", "numer domu", "nr domu", "numer mieszkania", "nr mieszkania", "adres zamieszkania",
                       "logradouro", "numero casa", "rua", "indirizzo", "woonadres", "postadres"),
    "phone": ("telefoon", "telefoonnummer", "mobiel", "mobiele nummer", "telefon komorkowy", "nr telefonu",
              "numer telefonu", "noodcontact telefoon", "telefone celular"),
    "birth_date": ("geboortedatum", "data urodzenia", "data nascita", "data de nascimento", "fecha nacimiento",
                   "tanggal lahir", "date naiss", "dtnasc", "nasc"),     # round 10: French and Portuguese abbreviations
    "national_id": ("id bewijs nummer", "identiteitsbewijs", "paspoortnummer", "rijbewijsnummer", "nr dowodu",
                    "numer dowodu", "dowod osobisty", "seria dowodu", "nr paszportu", "numer paszportu", "ktp",
                    "numero rg", "cartao sus", "carteira identidade"),
    "person_name": ("voorletters", "noodcontact naam", "noodcontact", "contactpersoon", "imie ojca", "imie matki",
                    "nama lengkap", "nama pasien"),
    "trade_union": ("vakbond", "vakbondslid", "vakbondscontributie", "zwiazek zawodowy", "zwiazkowiec",
                    "sindicalizado", "filiado sindicato"),
}
# Doctors and other people named by their role (a name only when the values look like one).
PERSON_WEAK = ("lekarz", "huisarts", "bedrijfsarts", "behandelaar", "hausarzt", "medecin traitant", "medico curante",
               "medico cabecera", "nama", "komorka")
PERSON_TABLES = PATIENTS | frozenset("""medewerker medewerkers werknemer werknemers pracownik pracownicy
dipendente dipendenti mitarbeiter mitarbeiterin salarie salaries funcionario funcionarios karyawan pegawai""".split())
# Pieces of glued Dutch and Polish names (`verzuimnotitie`, `huisnummer`), and (round 7) the clinical table words and
# the events of a patient, so that `patientexamination` and `dxresearch` split.
GLUE = frozenset("verzuim notitie nummer toevoeging naam meldingen melding research freq fragen frage".split()) | CLINICAL_TABLES | (
    PATIENT_EVENTS)
# Round 18: a diagnosis glued to its rank or its code in Dutch, Norwegian and Danish (`hoofddiagnose`, `diagnosekode`).
GLUE = GLUE | frozenset("diagnose hoofd neven kode".split())

# Round 7: names hospital systems, EMRs, web shops and Swiss, Brazilian and Canadian registers give personal data,
# as (category, strength) -> names. A prescriber is a person like a physician; `fName`/`lName` (camelCase) are first
# and last names like `fname`/`lname`; `pat name` a patient's. A tax code is a person's (Italy's codice fiscale) in a
# table of people, a company's elsewhere. Brazil's CID-10 is ICD-10; `nome_mae` a mother's name (`no_mae` spelled out
# by conventions.spelled).
NAMED: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "weak"): ("prescriber", "prescribers", "prescriptor", "prescritor", "prescripteur"),
    ("person_name", "strong"): ("f name", "l name", "m name", "pat name", "pt name", "nome mae", "nome pai",
                                "nome profissional", "nome social", "nome paciente", "nome cidadao", "nome utente"),
    ("national_id", "context"): ("tax code", "taxcode", "rg", "cns", "nis", "pis", "pasep", "pis pasep"),
    ("national_id", "strong"): ("ahv", "ahv nummer", "ahv nr", "avs", "numero avs", "ausweis", "ausweis nr",
                                "ausweis nummer", "ausweisnummer", "identitatskarte", "numero rg",
                                "cartao nacional saude"),
    ("ethnic_origin", "strong"): ("raca", "raca cor", "cor raca", "etnia raca"),
    ("secret_token", "strong"): ("secure key",),          # PrestaShop's `secure_key`
    ("phone", "strong"): ("sms number", "sms phone", "numero sms"),
    ("health", "strong"): ("cid10", "cid 10"),
    # an address's complement (flat, floor, block) in Portuguese and Spanish forms, in a table of people
    ("postal_address", "context"): ("complemento", "complemento endereco", "complemento direccion"),
}
# One-word columns of a table of people: an alias is another name of the person, `postal` a postcode, `sin` (Canada's
# social insurance number) and `hin` (a health insurance number) identity numbers.
SHORT_PERSON = {"alias": "person_name", "postal": "postal_address", "sin": "national_id", "hin": "national_id"}
# A one-time-password device's or a confirmation's `key` is the secret, as a session's data is.
SECRET_TABLE = frozenset("otp totp mfa confirmation confirmations".split())
# A neighbourhood (`bairro`) is a part of an address, as a city is, not an address alone.
ADDRESS_PARTS = frozenset({"bairro", "barrio", "quartier", "quartiere", "stadtteil", "wijk"})

# Round 9: the clinical words of the languages round 8 added to the special categories (Danish, Norwegian, Swedish,
# Finnish, Czech, Romanian, Turkish, romanised Greek), as the words above give them in others; and a treatment's
# outcome and protocol. Examinations and diagnoses as tables; results, doses, complaints, histories, conclusions and
# the name of what was found as a clinical event's generic columns; vital signs; degrees of disability.
CLINICAL_TABLES_MORE = frozenset("""undersogelse undersogelser undersokelse undersokelser undersokning
undersokningar tutkimus tutkimukset prohlidka prohlidky vysetreni muayene muayeneler tetkik examinare examinari
consultatie consultatii exetasi exetaseis diagnoser diagnoosi diagnoosit diagnozy diagnostic diagnostice tani
tanilar diagnoseis""".split()) | romaji.CLINICAL_TABLES
CLINICAL_GENERIC_MORE = frozenset("""resultat resultater tulos tulokset vysledek vysledky rezultat rezultate sonuc
sonuclar apotelesma dosis annos annostus davka davkovani doza dozaj doz dozu dosologia klage klager besvaer besvar
besvaer vaiva vaivat obtize potize acuze simptome sikayet sikayetler enochlimata anamnes anamneesi anamneza anamnez
konklusion konklusjon slutsats johtopaatos zaver zavery concluzie concluzii sumperasma outcome outcomes protocol
navn namn nimi nazev nume adi onoma""".split()) | romaji.CLINICAL_GENERIC | fitted18.CLINICAL_GENERIC    # (r18: fitted)
VITALS_MORE = frozenset("""puls pulssi tep nabiz sfygmos temperatur lampotila teplota ates thermokrasia blodtryk
blodtrykk verenpaine tlak tensiune tansiyon piesi""".split()) | romaji.VITALS | fitted15.VITALS | (
    fitted18.VITALS)     # (rounds 15 and 18: fitted)
# Round 19: an audiogram (ISO 8253-1 pure-tone audiometry) is a clinical table; in it the thresholds at the standard
# test frequencies (125 Hz to 8 kHz: `air_1000`, `ll_4000`), the uncomfortable loudness level and tinnitus are the
# person's hearing, as vital signs are in other clinical events.
AUDIOGRAM_TABLES = frozenset("audiogram audiograms audiogramm audiogramme audiograma audiogramma audiometry".split())
AUDIOGRAM_VITALS = frozenset("125 250 500 750 1000 1500 2000 3000 4000 6000 8000 ucl tinnitus".split())
NUMERIC_HEALTH_MORE = ("engellilik", "engellilik orani", "engelli", "invaliditet", "invaliditetsgrad",
                       "vammaisuus", "vammaisuusaste", "postizeni", "zdravotni postizeni", "dizabilitate",
                       "grad handicap", "grad de handicap", "anapiria", "pososto anapirias", "handicapgrad",
                       # round 16: tobacco and alcohol use, as smoking already was, and an alcohol test's result
                       "cigarettes per day", "cigarettes day", "pack years", "alcohol units", "alcohol units week",
                       "units alcohol", "alcohol consumption", "alcohol intake", "drinks per week", "alcotest",
                       "alcotest resultado", "alcoholemia", "blood alcohol", "breathalyser", "breathalyzer",
                       # round 18: a do-not-resuscitate order's code, the Katz index
                       "dnr", "dnr code", "dnr status", "katz", "katz score", "katz index")
NUMERIC_HEALTH = (NUMERIC_HEALTH + NUMERIC_HEALTH_MORE + fitted16.NUMERIC_HEALTH
                  + fitted17.NUMERIC_HEALTH + fitted19.NUMERIC_HEALTH)     # (rounds 16, 17, 19: fitted)
# Round 16: the headings of a SOAP note (Weed's problem-oriented record: subjective, objective, assessment, plan) as
# columns. A person's table with a subjective and an objective column is a clinical note (clinical_event.py); there
# the headings, the assessment's included, are the patient's health data. `plan` alone is left out (a claim's plan).
SOAP_SUBJECTIVE = frozenset("""subjective subjetivo subjetiva subjektiv subjektivt subjectif subjectief soggettivo
subiektywne subjektiivinen""".split())
SOAP_OBJECTIVE = frozenset("""objective objetivo objetiva objektiv objektivt objectif objectief oggettivo obiektywne
objektiivinen""".split())
SOAP_ASSESSMENT = frozenset("""assessment evaluacion avaliacao beurteilung evaluation valutazione ocena vurdering
bedomning arviointi""".split())
