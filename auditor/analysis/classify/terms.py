"""Round-8 words (docs/classifier.md): the GDPR special categories other than health, person names, addresses,
identity numbers and sick leave named in more languages (Swedish, Danish, Norwegian, Finnish, Czech, Romanian,
Turkish, romanised Greek, besides the eight of lexicon.py) and in applications' own terms (a dating app's
`interested_in`, a campaign's `voting_intention`, a parish's `baptised_by`), and the columns that tell an animal
from a person (a veterinary patient is an animal: its clinical record is no human's health data). vocab.py,
special.py and entity.py register them; this module only lists them (accent-free, lower case, as names.tokens()
yields them). Written from knowledge of the languages, not from one schema's words.
"""
from __future__ import annotations

from auditor.analysis.classify import (fitted12, fitted13, fitted14, fitted15, fitted16, fitted17, fitted18, fitted19,
                                      fitted20, fitted21, fitted22, fitted25, fitted26, lexicon,
                                      romaji, words27, words46)

# category -> strong names; added to special.NAMES (words already known keep their meaning).
SPECIAL: dict[str, tuple[str, ...]] = {
    "political_opinion": (
        "politics", "political leaning", "political leanings", "political preference", "political view",
        "politische partei", "parteizugehorigkeit", "parteimitglied", "partei mitglied", "parti politique",
        "appartenance politique", "partito politico", "appartenenza politica", "partido politico", "filiacao partidaria",
        "filiado partido", "filiacao politica", "intencao voto", "intencion de voto", "intenzione voto",
        "wahlabsicht", "intention vote", "vote intention", "voting intention", "voter intention", "partido anterior",
        "partido atual", "partido actual", "previous party", "party preference", "politieke partij",
        "politieke voorkeur", "partijlidmaatschap", "partia polityczna", "przynaleznosc partyjna", "poglady polityczne",
        "politiskt parti", "partitillhorighet", "partimedlem", "partimedlemskap", "politisk asikt", "politisk parti",
        "partitilhorsforhold", "politisk holdning", "politisk overbevisning", "poliittinen puolue", "puolue",
        "puoluekanta", "puolueen jasen", "politicka strana", "stranicka prislusnost", "partid politic",
        "apartenenta politica", "siyasi parti", "parti uyeligi", "siyasi gorus", "politiko komma", "kommatiki idiotita", "volebni zamer",
        "volebni preference", "intentie vot", "oy tercihi",
        "canvass", "canvassing", "canvass result", "nivel apoio", "nivel apoyo", "nivel de apoio", "political donation"),
    "trade_union": (
        "fackforbund", "fackforening", "fackmedlem", "facklig", "fackligt", "fackavgift", "forbundskod", "fagforening",
        "fagforbund", "fagforeningsmedlem", "fagforeningskontingent", "ammattiliitto", "ammattiyhdistys",
        "liiton jasen", "ammattiliiton jasen", "jasenmaksu ammattiliitto", "odbory", "odborova organizace",
        "odborar", "clen odboru", "membru sindicat", "cotizatie sindicat", "sendika", "sendika uyesi",
        "sendika aidati", "syndikato", "syndikalistiki organosi", "union dues", "union steward", "shop steward",
        "union local", "union branch", "union position", "gewerkschaftsmitglied", "gewerkschaftsbeitrag",
        "membre syndicat", "cotisation syndicale", "iscritto sindacato", "quota sindacale", "sindicato filiado",
        "quota sindical", "czlonek zwiazku", "skladka zwiazkowa", "vakbondslidmaatschap",
        "fortroendevald", "tillitsvalgt", "tillidsrepraesentant", "luottamusmies"),
    "religious_belief": (
        "religion", "trossamfund", "trossamfunn", "trosuppfattning", "kyrkotillhorighet",
        "medlem svenska kyrkan", "kirkemedlem", "folkekirke", "uskonto", "uskontokunta", "kirkkoon kuuluminen",
        "seurakuntaan kuuluminen", "nabozenstvi", "nabozenske vyznani", "vyznani", "cirkev", "religie",
        "confesiune", "apartenenta religioasa", "din bilgisi", "mezhep", "inanc", "thriskevma", "thriskeia",
        "religie gezindte", "kerkgenootschap", "kerkelijke gezindte", "gezindte", "geloof", "wyznanie", "religia",
        "bekenntnis", "religionsgemeinschaft", "glaubensgemeinschaft", "credo", "confissao", "culto religioso",
        "appartenance religieuse", "confession religieuse", "church member", "church membership", "church affiliation",
        "faith community", "religious community", "previous religion"),
    "sex_life": (
        "interested in", "sexual interest", "seeking gender", "gender preference", "looking for gender",
        "relationship goal", "relationship goals", "kinks", "sexual preferences", "sexual activity",
        "sexuelle orientierung", "orientation sexuelle", "orientamento sessuale", "orientacao sexual",
        "seksuele orientatie", "seksuele geaardheid", "geaardheid", "orientacja seksualna", "sexuell laggning",
        "sexuell orientering", "seksuel orientering", "seksuell orientering", "seksuaalinen suuntautuminen",
        "sexualni orientace", "orientare sexuala", "cinsel yonelim", "sexoualikos prosanatolismos"),
    "ethnic_origin": (
        "etnicitet", "etniskt ursprung", "etnisk bakgrund", "etnisitet", "etnisk oprindelse", "etnisk opprinnelse",
        "etninen tausta", "etnisyys", "etnicita", "etnicky puvod", "etnie", "origine etnica", "etnik koken",
        "etnik koken", "ethnikotita", "ethnische herkunft", "ethnie", "origine ethnique", "origem etnica",
        "etniciteit", "afkomst", "pochodzenie etniczne", "race ethnicity", "racial group"),
    "biometric": (
        "fingeravtryck", "fingeraftryk", "fingeravtrykk", "sormenjalki", "otisk prstu", "amprenta", "amprenta digitala",
        "parmak izi", "daktylika apotypomata", "vingerafdruk", "odcisk palca", "fingerabdruck", "empreinte digitale",
        "impronta digitale", "impressao digital", "biometri", "biometrinen", "biometrie", "biometria",
        "biometrische daten", "face scan", "selfie embedding", "liveness template", "palm print", "palmprint",
        "minutiae", "minucias", "minuzie", "minutien"),
    "genetic": (
        "genotyp", "genetisk", "geneettinen", "genetika", "genetica", "genetik", "genetische", "genetique",
        "dna test", "dna result", "dna profil", "dna profile", "ancestry dna", "erbgut", "genanalyse",
        "karyotype", "karyotyp", "cariotipo", "caryotype", "kariotyp", "sex chromosomes", "chromosome analysis",
        "carrier screen", "carrier screening", "mosaicism"),
    "criminal_record": (
        "belastningsregister", "utdrag belastningsregistret", "straffeattest", "politiattest", "rikosrekisteri",
        "rikosrekisteriote", "trestni rejstrik", "vypis trestniho rejstriku", "cazier judiciar", "cazier",
        "adli sicil", "adli sicil kaydi", "sabika", "poiniko mitroo", "casier judiciaire", "fuhrungszeugnis",
        "vorstrafen", "vorstrafe", "strafregister", "strafregisterauszug", "verklaring omtrent gedrag",
        "casellario giudiziale", "carichi pendenti", "certificado antecedentes criminais", "registo criminal",
        "registro criminal", "kartoteka karna", "niekaralnosc", "zaswiadczenie niekaralnosci", "dbs check",
        "dbs certificate", "disclosure check", "crb check", "criminal conviction", "criminal convictions",
        "criminal history", "prior convictions", "sex offender", "fbi number", "rap sheet",
        # round 15: a criminal record check and Canada's vulnerable sector check, by their usual names
        "criminal check", "criminal record check", "criminal background check", "police check", "police clearance",
        "vulnerable sector", "vulnerable sector check"),
}
# Round 16: a donor's or a cohort's sexual-health questions (a partner count, a new partner, men who have sex with men),
SPECIAL["sex_life"] += ("sexual partner", "sexual partners", "sex partner", "sex partners", "same sex partner",
                        "life time sexual partners", "sekspartner", "sekspartners", "seksuele partner", "msm")
# and a fingerprint template under the short names attendance clocks give it (`huella_template`, `fngr_tmpl`).
SPECIAL["biometric"] += ("huella template", "template huella", "plantilla huella", "fngr tmpl", "finger tmpl",
                         "fingerprint tmpl", "finger template", "fp template", "fp tmpl")

# Round 18: a sexual history's questions as a sexual-health clinic takes it (BASHH's guidance: partners in the last
# three or twelve months, condom use, receptive anal sex, chemsex, sex work), also as counts and yes/no;
_PARTNERS = ("partners", "sex partners", "sexual partners", "parceiros", "parceiros sexuais", "parejas sexuales")
_PERIODS = ("last 3 months", "last 6 months", "last 12 months", "last year", "3 months", "12 months", "3m", "6m",
            "12m", "ultimo ano", "ultimos 12 meses")
SEXUAL_HISTORY = tuple(f"{p} {q}" for p in _PARTNERS for q in _PERIODS) + (
    "condom use", "condom usage", "condoms", "receptive anal", "insertive anal", "anal sex", "chemsex", "sex work",
    "sex worker", "transactional sex", "uso preservativo", "uso preservativos", "uso condon")
SPECIAL["sex_life"] += SEXUAL_HISTORY
PARTNERS_IN_A_PERIOD = frozenset(f"partners {q}" for q in _PERIODS)    # also a company's: see entity_words
# a State Identification Number (a US state's criminal-history repository number, given at the first arrest),
# beside the FBI number; and a criminal check's abbreviations and the Spanish certificate of criminal antecedents.
SPECIAL["criminal_record"] += ("sid number", "state identification number", "crim chk", "crim check",
                               "criminal chk", "cert antecedentes", "certificado antecedentes",
                               "antecedentes judiciales", "certificado judicial")

# Round 19: a criminal charge's statute and offence level (a bail bond's or a court record's charge), a migration or
# foreign background (the statistical offices' standard terms for a person's or parents' foreign birth) as ethnic
# origin, and an authenticator app's TOTP key (ASP.NET Core Identity's `AuthenticatorKey`) as a secret.
CHARGE = ("statute", "statute code", "statute number", "offense level", "offence level", "offense class",
          "offence class", "offense degree", "offence degree")
SPECIAL["criminal_record"] += CHARGE
SPECIAL["ethnic_origin"] += ("foreign background", "migration background", "migrant background",
                             "migrationshintergrund", "migratieachtergrond", "utlandsk bakgrund",
                             "ulkomaalaistausta", "origine migratoire")
# Special categories coded as numbers: a canvass's level of support for the party (1-5) is a political opinion.
NUMERIC_SPECIAL = frozenset({"nivel apoio", "nivel apoyo", "canvass", "canvass result", "canvass score"}) | frozenset({
    # round 16: union dues deducted from pay (only a member pays them) and a count of sexual partners
    "union dues", "cuota sindical", "quota sindical", "quota sindacale", "cotisation syndicale", "gewerkschaftsbeitrag",
    "fackavgift", "fagforeningskontingent", "cotizatie sindicat", "sendika aidati", "skladka zwiazkowa",
    "sexual partners", "sex partners", "life time sexual partners"}) | frozenset(SEXUAL_HISTORY) | (   # round 18
    fitted25.NUMERIC_SPECIAL) | words46.NUMERIC_SPECIAL     # round 25, fitted; round 46, Russian union dues
# Other personal data: (category, strength) -> names. Weak person words are names only when the values look like
# names; context ones only in a table of people.
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): (
        "fornamn", "efternamn", "tilltalsnamn", "mellannamn", "fornavn", "efternavn", "etternavn", "mellemnavn",
        "mellomnavn", "etunimi", "etunimet", "sukunimi", "entinen sukunimi", "kutsumanimi", "jmeno prijmeni",
        "prijmeni", "krestni jmeno", "rodne prijmeni", "prenume", "nume familie", "nume prenume", "soyad", "soyadi",
        "ad soyad", "adi soyadi", "eponymo", "patronymo", "ap paterno", "ap materno", "apellido casada",
        "kontaktperson", "kontaktpersonens namn", "yhteyshenkilo", "kontaktni osoba", "persoana contact",
        "ilgili kisi", "preferred name", "nickname person", "nombre receptor", "nombre emisor persona",
        "medico prescriptor", "medico tratante", "medico responsable", "responsable sanitario",
        "usual gp", "registered gp", "gp name", "family doctor", "huisarts naam"),
    ("person_name", "weak"): (
        "handlaggare", "sagsbehandler", "saksbehandler", "kasittelija", "kastaja", "vihkija", "kummit", "kummi",
        "toimittaja pappi", "officiant", "officiated by", "baptised by", "baptized by", "godparents", "godparent",
        "sponsors baptism", "padrinos", "padrino", "madrina", "presented by", "brought by", "accompanied by",
        "haltija", "hautaoikeuden haltija", "holder name", "gravholder", "gravrattsinnehavare",
        "pastor", "prast", "pappi", "kirchenpfleger", "caseworker", "case officer"),
    ("person_name", "context"): ("navn", "namn", "nimi", "jmeno", "nume", "onoma"),
    ("postal_address", "strong"): (
        "utdelningsadress", "co adress", "c o adress", "coadress", "gatuadress", "postadress", "lahiosoite",
        "katuosoite", "postiosoite", "osoite", "postinumero", "gadeadresse", "gateadresse", "postadresse", "adresse",
        "adresa", "ulice", "strada", "adres", "posta kodu", "odos", "diefthynsi", "number ext", "numero exterior",
        "number int", "numero interior", "numero ext", "numero int", "no exterior", "no interior", "house name", "flat number", "house name flat number",
        "housename", "flat no", "apartment number"),
    ("postal_address", "context"): ("postnummer", "postnr", "psc", "cp", "cp receptor"),
    ("phone", "strong"): ("puhelin", "puhelinnumero", "matkapuhelin", "telefonnummer", "mobilnummer", "mobiltelefon",
                          "telefonni cislo", "telefon mobil", "cep telefonu", "tilefono", "kinito"),
    ("email", "strong"): ("epost", "e post", "epostadress", "sahkoposti", "sahkopostiosoite", "e postadresse",
                          "epostadresse", "mejl", "eposta", "e posta", "posta electronica", "email adresse", "e mail adresse",
                          "mail adresse", "email adresa", "emailova adresa", "email adres", "e mail adres"),
    ("ip_address", "strong"): ("ip adresse", "ip adresa", "ip adres", "ip osoite", "ip adress"),
    ("national_id", "strong"): (
        "personnummer", "personnr", "samordningsnummer", "cpr", "cpr nummer", "cprnr", "fodselsnummer",
        "personnummer norge", "henkilotunnus", "hetu", "rodne cislo", "cnp", "cod numeric personal",
        "tc kimlik", "tc kimlik no", "kimlik no", "tckn", "amka", "arithmos tautotitas", "numero cc",
        "cartao cidadao", "numero cartao cidadao", "rfc receptor", "curp", "bsn", "burgerservicenummer", "pesel"),
    ("national_id", "context"): ("rfc", "legal identifier", "nif", "nie", "dni"),
    ("bank_account", "strong"): ("clearingnummer", "clearing nummer", "kontonummer", "bankkonto", "tilinumero",
                                 "cislo uctu", "numar cont", "hesap no", "hesap numarasi", "registreringsnummer konto"),
    ("geo_location", "strong"): ("geohash", "geo code", "geocode", "geo hash", "geo lat", "geo lon"),
    ("health", "strong"): (
        "sick leave", "on sick leave", "sjukskriven", "sjukskrivning", "sjukfranvaro", "sygemeldt", "sygemelding",
        "sykmeldt", "sykmelding", "sykefravaer", "sairausloma", "sairauslomalla", "pracovni neschopnost",
        "nemocenska", "concediu medical", "hastalik izni", "raporlu", "anarrotiki adeia", "krankgeschrieben",
        "arret maladie", "baja medica", "baixa medica", "licenca medica", "zwolnienie chorobowe", "sti status",
        "std status", "padecimiento", "padecimientos", "sjukdomar", "sygdomme", "sykdommer", "sairaudet", "nemoci",
        "hastaliklar", "kronik hastalik", "chronic illnesses", "enfermedades cronicas", "doencas cronicas"),
    ("credentials", "strong"): ("salasana", "salasana hash", "losenord", "losenord hash", "adgangskode", "passord",
                                "kodeord", "heslo", "sifre", "parola hash", "kodikos prosvasis"),
    ("trade_union", "context"): ("forbund", "fack", "union"),
    ("health", "context"): ("tooth", "teeth", "tooth number", "tooth num", "diente", "dente", "zahn", "dent",
                            "tand", "hammas", "zub", "dinte", "surface"),
}
# Round 9: birth dates and parents' names in those languages, and degrees of disability (also as numbers).
PERSONAL[("birth_date", "strong")] = (
    "fodselsdato", "foedselsdato", "fodelsedatum", "syntymaaika", "syntymapaiva", "datum narozeni", "data nasterii",
    "data nastere", "dogum tarihi", "imerominia gennisis")
PERSONAL[("person_name", "weak")] += (
    "anne adi", "baba adi", "jmeno matky", "jmeno otce", "numele mamei", "numele tatalui", "prenume mama",
    "prenume tata", "moders navn", "faders navn", "mors navn", "fars navn", "moderns namn", "faderns namn",
    "aidin nimi", "isan nimi", "onoma patros", "onoma mitros", "fathers name", "mothers name", "father name")
PERSONAL[("health", "strong")] += lexicon.NUMERIC_HEALTH_MORE + (
    "injury", "injuries", "work injury", "occupational injury", "workplace injury", "lesiones", "lesao", "verletzung",
    "verletzungen", "blessure", "blessures", "lesione", "letsel", "uraz", "urazy", "pracovni uraz", "arbejdsskade",
    "arbeidsskade", "yrkesskada", "tyotapaturma", "is kazasi", "accident de munca", "arbeitsunfall",
    "accidente laboral", "accidente trabajo", "acidente trabalho", "accident travail", "infortunio",
    "arbeidsongeval", "wypadek przy pracy")     # a person's injury, at work or not
PERSONAL[("bank_account", "strong")] += ("konto number", "numer konta", "nr konta", "cislo konta", "kontonr")
# Round 14: the Kenya Revenue Authority's Personal Identification Number is a taxpayer's number, not a secret PIN
# (Fineract's KYC data in `l_*`, a savings co-operative's members in `o_*`).
PERSONAL[("national_id", "strong")] += ("kra pin", "kra pin no", "kra pin number", "pin kra")
# Round 16: a consent's, a will's or a signature's witness is a natural person (a name when the values look like one).
PERSONAL[("person_name", "weak")] += ("witness", "witness name", "witnessed by", "testigo", "nombre testigo",
                                      "testemunha", "zeuge", "temoin", "getuige", "vittne", "vitne", "todistaja")
# and a contact person or a referring doctor under the names ERPs and clinics give them (a name if the values fit).
PERSONAL[("person_name", "weak")] += ("contacto nombre", "person to be contacted",
                                      "referring md", "referring physician", "referring doctor", "referred by")
# Round 18: a do-not-resuscitate order and the Katz index of independence in activities of daily living (a standard
# scale, A to G or a score) are health data, also as numbers; PrEP and contraception are a person's medication; a
# `gsm` is a mobile phone (Belgian, Dutch, German usage); Ireland's postcode is an Eircode.
PERSONAL[("health", "strong")] += ("do not resuscitate", "dnacpr", "dnar", "resuscitation status", "katz",
                                   "katz score", "katz index", "katz adl", "contraception", "contraceptive",
                                   "contraceptive method", "anticoncepcion", "metodo anticonceptivo",
                                   "anticoncepcao", "verhutung", "contraccezione", "anticonceptie", "on prep",
                                   "prep user", "taking prep")
DNR = ("dnr", "dnr code", "dnr status")
PERSONAL[("health", "context")] = PERSONAL.get(("health", "context"), ()) + DNR
PERSONAL[("phone", "strong")] += ("gsm", "gsm nummer", "gsmnummer", "gsm number")
PERSONAL[("postal_address", "strong")] += ("eircode",)
# Round 19: an authenticator app's key is the shared TOTP secret (RFC 6238).
PERSONAL[("secret_token", "strong")] = PERSONAL.get(("secret_token", "strong"), ()) + (
    "authenticator key", "authenticator secret", "totp secret", "totp key", "otp secret", "mfa secret",
    "two factor secret")
PERSONAL[("political_opinion", "context")] = ("party",)      # a voter's or member's `party`; a company's is a key
# Round 20: Mautic's entities keep the name of the user who created, modified or checked them out as text beside the
# user's id (FormEntity: `created_by_user`); SAP HCM's and German payrolls' church-tax denomination (`KONFE`, PA0002;
# `KONFP`, `KONFS`, the taxpayer's and spouse's, PA0012; `KONF`) is a religion, in a table of people.
PERSONAL[("person_name", "strong")] += ("created by user", "modified by user", "checked out by user")
PERSONAL[("religious_belief", "context")] = ("konf", "konfe", "konfp", "konfs")
for _key, _words in [*romaji.PERSONAL.items(), *fitted12.PERSONAL.items(), *fitted13.PERSONAL.items(),
                     *fitted14.PERSONAL.items(), *fitted15.PERSONAL.items(), *fitted16.PERSONAL.items(),
                     *fitted17.PERSONAL.items(), *fitted18.PERSONAL.items(), *fitted19.PERSONAL.items(),
                     *fitted20.PERSONAL.items(), *fitted21.PERSONAL.items(),
                     *fitted22.PERSONAL.items(), *fitted25.PERSONAL.items(),
                     *fitted26.PERSONAL.items()]:
    # fitted to `l_*` (round 11), `m_*` (12), `n_*` (13), `o_*` (14), `p_*` (15), `q_*` (16), `r_*` (17), `s_*` (18),
    # `t_*` (19), `v_*` (20), `w_*` (21), `x_*` (22), `f_*` (25), `a_*` (26)
    PERSONAL[_key] = PERSONAL.get(_key, ()) + _words
SPECIAL["criminal_record"] += fitted12.CRIMINAL      # round 12, fitted to `m_*` (fitted12.py)
for _cat, _words in [*fitted14.SPECIAL.items(), *fitted15.SPECIAL.items(), *fitted16.SPECIAL.items(),
                     *fitted17.SPECIAL.items(), *fitted18.SPECIAL.items(), *fitted19.SPECIAL.items(),
                     *fitted20.SPECIAL.items(), *fitted21.SPECIAL.items(), *fitted25.SPECIAL.items()]:
    SPECIAL[_cat] += _words        # rounds 14 to 21 and 25, fitted to `o_*` ... `v_*`, `w_*` and `f_*`
# Round 21: the haematological module of an athlete's biological passport (WADA's ABP guidelines) and a full blood
# count under their standard abbreviations (haemoglobin, haematocrit, red cells, mean cell volume and haemoglobin,
# reticulocytes, the OFF-score and ABPS), numbers about a person; a forensic DNA profile's short tandem repeats and
# its sex marker (amelogenin); the US EEO-1 race/ethnicity of an applicant. Blood counts and DNA words count only in
# records about people (entity_words.ABOUT_PEOPLE_ONLY: a bank's `rbc`, a config's `str_profile`).
BLOOD_COUNT = ("hgb", "hct", "rbc", "mcv", "mch", "mchc", "ret perc", "ret pct", "reticulocytes", "haemoglobin",
               "hemoglobin", "hematocrit", "haematocrit", "off score", "abps")
PERSONAL[("health", "strong")] += BLOOD_COUNT
DNA_PROFILE = ("amelogenin", "str profile", "str locus")      # round 23: loci.py
SPECIAL["genetic"] += DNA_PROFILE
SPECIAL["ethnic_origin"] += ("eeo ethnic", "eeo ethnic type", "eeo race", "eeo race type", "eeo race ethnicity")
PERSONAL[("person_name", "weak")] += ("lekar",)     # Czech and Slovak: the doctor (a name only if values say so)
# Round 22: haemoglobin (`Hb`) and its fractions (HbA2, HbF: thalassaemia screening; HbA1c: diabetes), ferritin, the
# red-cell units transfused and iron chelation; the ABS Indigenous Status standard's question (Aboriginal, Torres
# Strait Islander), an ethnic origin. They count only in records about people (entity_words.ABOUT_PEOPLE_ONLY: a
# server's heartbeat `hb`, a plant's `indigenous` status, a water plant's chelation).
HAEMOGLOBIN = ("hb", "hb a 2", "hb f", "hba 2", "hbf", "hba 1 c", "hb a 1 c", "hba1c", "ferritin", "serum ferritin",
               "units rbc", "rbc units", "chelation", "chelation therapy")
PERSONAL[("health", "strong")] += HAEMOGLOBIN
INDIGENOUS = ("indigenous", "indigenous status", "aboriginal", "aboriginal status", "atsi", "atsi status",
              "torres strait islander")
SPECIAL["ethnic_origin"] += INDIGENOUS
# Round 23: OrangeHRM's direct-debit account (`hs_hr_emp_directdebit.dd_account`) and driving licence number
# (`hs_hr_employee.emp_dri_lice_num`); Nigeria's NUBAN (the CBN's ten-digit uniform bank account number); a person's
# tribe, an ethnic origin where the table is about people (entity_words.ABOUT_PEOPLE_ONLY: a taxonomy's `tribe` rank).
PERSONAL[("bank_account", "strong")] += ("dd account", "nuban", "nuban number", "nuban account")
PERSONAL[("national_id", "strong")] += ("dri lice number", "dri lice num")
TRIBE = ("tribe", "tribal group", "tribal affiliation", "ethnic group tribe")
SPECIAL["ethnic_origin"] += TRIBE
# Round 25: Ghana's national identity card (the NIA's Ghana Card, whose PIN is also the taxpayer's number) and its
# Social Security and National Insurance Trust number; a mobile-money wallet's number, which is the subscriber's
# mobile number (MTN MoMo and its kind); Kazakhstan's IIN (ИИН), in a table of people only: a card's IIN is the
# issuer's prefix (ISO/IEC 7812). Only with `number` or `pin`: a `ghana_card_fee`, an `ssnit_contribution` are amounts.
PERSONAL[("national_id", "strong")] += ("ghana card number", "ghana card pin", "ghanacard number", "ssnit number")
PERSONAL[("national_id", "context")] += ("iin",)
PERSONAL[("phone", "strong")] += ("momo number", "momo wallet", "mobile money number", "mobile money wallet")
# Round 27 (words27.py): the NIN of Nigeria and Uganda (in a table of people), an NSSF member's number, a citizenship
# certificate's number.
PERSONAL[("national_id", "context")] += words27.NATIONAL_ID_CONTEXT
PERSONAL[("national_id", "strong")] += words27.NATIONAL_ID
# Names that say what a thing is, not a person: a prescription's number, a professional's registration, a product
# that requires a prescription, a loyalty card.
NOT_PERSONAL = ("folio receta", "folio prescripcion", "numero receta", "prescription number", "rx number",
                "cedula profesional", "cedula medico", "requiere receta", "requires prescription",
                "prescription required", "rx only", "receta requerida", "tarjeta monedero", "tarjeta puntos",
                "tarjeta fidelidad", "tarjeta lealtad", "loyalty card", "club card", "wallet card", "member card",
                "school name", "job category name", "category name", "organization name", "organisation name"
                ) + fitted16.NOT_PERSONAL     # round 16, fitted: an Argentine doctor's licence (`matricula`)
# One-word columns of a table of people: OpenDental's `Preferred` is the name the patient goes by.
SHORT_PERSON = {"preferred": "person_name"}
# Company registration numbers: Swedish/Norwegian organisation numbers, the Finnish Y-tunnus, the Czech ICO, the
# Turkish tax number.
COMPANY_IDS = frozenset("organisationsnummer organisasjonsnummer ytunnus ico vkn".split()) | frozenset(
    "ein fein cnpj abn nipc".split())     # round 9: US employer, Brazilian, Australian, Portuguese company numbers
# Heads of catalogue tables: OpenDental's `diseasedef`; and medicine lists (a table linked to no one).
DEFINITIONS = frozenset("def defs definition definitions".split())
MEDICINES = frozenset("""medication medications medicament medicaments medicamento medicamentos medicine medicines
farmaco farmaci farmacos lek leki geneesmiddel geneesmiddelen arzneimittel medikament medikamente laake laakkeet
lakemedel legemiddel leciva medicamente ilac ilaclar farmaka""".split())
GLUE = DEFINITIONS | fitted26.GLUE      # round 26, fitted: a glued SORMAS name's word
# A contact person's columns in an organisation's record (`kontakt_epost`), beside entity.py's `contact`.
CONTACT = frozenset({"kontakt", "kontaktperson", "yhteyshenkilo", "kontaktni", "ilgili"}) | fitted19.CONTACT   # r19
# A parish, congregation, union branch or (veterinary) clinic is an organisation.
ORG_TABLES = frozenset("""clinic clinics clinica clinicas praxis practice practices avdelning avdelningar
seurakunta seurakunnat forsamling forsamlingar sogn menighet menigheter farnost farnosti parohie parohii parish
parishes congregation congregations church churches diocese union unions forbund branch arbetsgivare arbejdsgiver
arbeidsgiver tyonantaja tyonantajat zamestnavatel angajator isveren ergodotis kommun kunta obec
primarie belediye committee committees""".split()) | fitted12.ORG_TABLES | fitted19.ORG_TABLES | (
    fitted22.ORG_TABLES | fitted25.ORG_TABLES | fitted26.ORG_TABLES)   # r19, r22, r25, r26: fitted
# Tables of people in the languages above (members, employees, customers, persons, patients).
PERSON_TABLES = frozenset("""medlem medlemmar medlemmer jasen jasenet henkilo henkilot tyontekija tyontekijat asiakas
asiakkaat potilas potilaat kund kunder kunde anstalld anstallda ansatt ansatte medarbejder medarbejdere ansat clen
clenove zamestnanec zamestnanci zakaznik zakaznici pacient pacienti angajat angajati clienti membru membri
calisan calisanlar musteri musteriler hasta hastalar uye uyeler pelatis pelates asthenis astheneis ypallilos
melos meli propietario propietarios dueno duenos proprietaire proprietaires besitzer halter eigenaar eigenaren
wlasciciel wlasciciele proprietari agare ejer ejere eier eiere omistaja omistajat majitel majitele proprietar
sahip sahibi""".split()) | fitted21.PERSON_TABLES | fitted22.PERSON_TABLES | (
    fitted25.PERSON_TABLES)     # r21, r22, r25: fitted
# An animal: a table of them names its species and breed or microchip (a veterinary `patient`), or is named for them.
ANIMAL_TABLES = frozenset("""pet pets animal animals mascota mascotas animale animali tier tiere haustier dier dieren
huisdier djur husdjur dyr lemmikki elain elaimet zvire zvirata hayvan hayvanlar zoo livestock horse horses
equine canine feline""".split())
SPECIES = frozenset("species especie especies espece specie tierart diersoort djurart dyreart laji druh tur".split())
ANIMAL_DETAILS = frozenset("""breed breeds raza raca race rasse ras rasa rotu plemeno cins irk microchip chip
transponder mikrochip tattoo pedigree neutered spayed castrated kastriert gecastreerd kastrerad steriliseret
steriloitu colour color coat markings""".split())

# Values that state a special category on their own, as a CRM's contact sub-type (`Militante`), a profile's religion
# (`Catholic`, `luterilainen`) or orientation (`bisexual`) does: category -> words (accent-free, lower case). Read only
# in columns no name points at, of tables about people, and only when most values hold one (sensitivity.py).
SPECIAL_VALUES: dict[str, str] = {w: cat for cat, words in {
    "political_opinion": """militante militantes militant militants simpatizante simpatizantes sympathisant
        sympathisante sympathizer sympathiser parteimitglied partijlid partimedlem puolueenjasen""",
    "religious_belief": """catholic catolico catolica katholisch katholiek catholique cattolico cattolica katolik
        katolsk katolinen katolicky catolic protestant protestante evangelisch evangelico evangelica evangelical
        evangelique lutheran luterano luterana lutherisch luthers luthersk luterilainen evankelisluterilainen
        orthodox ortodoxo ortodoxa ortodox ortodoks ortodoksinen orthodoxe pravoslavny prawoslawny muslim muslimsk
        musulman musulmana musulmano muculmano moslim muzulman musliman jewish judio judia judeu judaica juif juive
        ebreo judisk jodisk joods juutalainen zidovsky zydowski evreu yahudi hindu hinduist buddhist budista
        bouddhiste buddhistisch buddhista buddhalainen sikh atheist atheistisch ateo atea ateu athee ateista
        ateisti agnostic agnostico agnostica agnostique agnostiker agnostikko sunni sunnita shia shiite chiita alevi
        anglican anglicano methodist baptist mormon adventist pentecostal christian christen cristiano cristiana
        cristao crista chretien chretienne kristen kristitty krestan crestin hristiyan""",
    "sex_life": """heterosexual homosexual bisexual lesbian lesbiana lesbienne lesbisch lesbica gay pansexual asexual
        queer heteroseksuel homoseksuel biseksuel heterosexuell homosexuell bisexuell heterossexual homossexual
        bissexual heteroseksuaali homoseksuaali biseksuaali heteroseksuel""",
}.items() for w in words.split()}
# Words of institutions named for a faith or a cause (`Catholic University`): such a value is no one's belief.
INSTITUTIONS = frozenset("""university universidad universidade universite universitat college school escuela
colegio escola ecole schule church iglesia igreja eglise kirche chiesa kirkko kyrka kirke hospital hospice charity
foundation fundacion society association asociacion club party partido""".split())
