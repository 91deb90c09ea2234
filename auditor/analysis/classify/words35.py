"""Round 35's words (docs/classifier.md, "Round 35"): home care in Danish and Norwegian (assistive aids, diagnoses,
resuscitation opted out, a doctor, who prescribed a medication, the code of a key box at a client's door), next of
kin (Danish, Norwegian, Swedish) as tables of people, a lawyer and a pupil's teacher named by role, religion named by
a word of religious life (a believer, a congregation, a madhab), a remark in Danish and Norwegian as free text, the
name in a passport (and its nationality, no number), the client's address a web server sees (REMOTE_ADDR) as an IP
address, a hash named after what it unlocks (an invitation, a login, a registration, a private feed) as a token; an
employer in German as an organisation; a medication list in Danish, Norwegian and Swedish as a clinical event table
and a medicine in the Nordic languages, Dutch and French as its generic column.

vocab.py registers the words through round_words.py (`_add_new`: a word the vocabulary already knows keeps its
meaning) and the tables of people; entity_words.py the organisations; special.py the clinical table and columns.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import STRONG, WEAK, Vocab

VOCAB: Vocab = (
    # Health: assistive aids (Danish `hjælpemiddel`, `hjælpemidler`; Norwegian `hjelpemiddel`; Swedish `hjälpmedel`;
    # English mobility and walking aids), which a home-care or social-care record grants for a
    # disability; diagnoses in the Scandinavian plural (`diagnoser`); resuscitation in Danish (`genoplivning`,
    # `genoplivning fravalgt`: resuscitation opted out) and Norwegian (`gjenoppliving`), as English `dnr`.
    ("health", STRONG, ("hjaelpemiddel", "hjaelpemidler", "hjelpemiddel", "hjelpemidler", "hjalpmedel",
                        "mobility aid", "mobility aids", "walking aid", "walking aids", "diagnoser", "genoplivning",
                        "gjenoppliving")),
    # The code of a key box at a home-care client's door: English `key safe code` (credentials, as an older part
    # labels it), Danish `nøglekode`, `nøgleboks kode`, Norwegian `nøkkelkode` (a token, as Dutch `sleutelkluis code`).
    ("credentials", STRONG, ("key safe code", "keysafe code", "key safe", "keysafe")),
    ("secret_token", STRONG, ("noeglekode", "noglekode", "noegleboks kode", "noegleboks", "nokkelkode")),
    # A doctor named by role in Danish (`læge`) and Swedish (`läkare`), as `vrach`; who prescribed a medication
    # (Danish `ordineret af`, English `prescribed by`) is a clinician.
    ("person_name", WEAK, ("laege", "lakare")),
    ("person_name", STRONG, ("ordineret af", "ordineret laege", "prescribed by")),
    # A lawyer named by role: German `Anwalt`, `Rechtsanwalt`, `Anwältin`; English lawyer, attorney, solicitor.
    ("person_name", WEAK, ("anwalt", "rechtsanwalt", "anwaeltin", "rechtsanwaeltin", "lawyer", "attorney",
                           "solicitor")),
    # Religion named by a word of religious life: a believer (and since when), a congregation, an Islamic school of
    # law (`madhab`, `madhhab`).
    ("religious_belief", STRONG, ("believer", "believer since", "believers", "congregation", "madhab", "madhhab")),
    # The name as printed in a passport is a person's name, no document number; a passport's nationality is a
    # country's code.
    ("person_name", STRONG, ("passport name", "full passport name", "name on passport", "name in passport")),
    (None, STRONG, ("passport nationality", "passport nationality code", "nationality code")),
    # A pupil's teacher named by role (a school library's member's class teacher), as `doctor`; `teacher` alone
    # heads a teacher's own number and other columns of a table of teachers, so only the phrases.
    ("person_name", WEAK, ("school teacher", "class teacher", "homeroom teacher", "form teacher")),
    # A remark in Danish (`bemærkning`) and Norwegian (`bemerkning`, `merknad`), as German `Bemerkung`: free text.
    ("free_text_may_contain_pii", STRONG, ("bemaerkning", "bemaerkninger", "bemerkning", "bemerkninger", "merknad",
                                           "merknader")),
    # The client's address a web server sees (CGI's REMOTE_ADDR, RFC 3875; PHP's `$_SERVER['REMOTE_ADDR']`) is an
    # IP address, no postal one.
    ("ip_address", STRONG, ("remote addr", "remote address")),
    # A hash named after what it unlocks is a token in a link, no digest of content: an invitation's, a login's
    # (remember-me), a registration's or an activation's confirmation, a private feed's.
    ("secret_token", STRONG, ("invite hash", "invitation hash", "login hash", "reg hash", "registration hash",
                              "activation hash", "confirmation hash", "confirm hash", "feed hash")),
)
# Tables of people: next of kin in Danish (`pårørende`), Norwegian (`pårørende`) and Swedish (`anhöriga`).
PERSON_TABLES = frozenset("paaroerende parorende paarorende anhoriga anhorig".split())
# Organisations: an employer in German (`Arbeitgeber`, as English `employer`).
ORG_TABLES = frozenset({"arbeitgeber", "arbeitgebende"})
# A medication list in Danish and Swedish (`medicin`), Norwegian (`medisin`, `legemidler`) and Swedish (`läkemedel`):
# a clinical event table (special.CLINICAL_TABLES), as English `medication`.
CLINICAL_TABLES = frozenset("medicin medisin legemidler lakemedel".split())
# The generic columns of a clinical event, health there only: the medicine (Danish `præparat`, `lægemiddel`,
# Norwegian `legemiddel`, Swedish `läkemedel`, Dutch `geneesmiddel`, French `médicament`), as English `drug` (the
# dose, `dosering`, is read there already).
CLINICAL_GENERIC = frozenset("""praeparat laegemiddel legemiddel lakemedel geneesmiddel medicament""".split())
