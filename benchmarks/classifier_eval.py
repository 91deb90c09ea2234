"""Precision and recall of the classifier on the domain corpus: the tuning part (schemas d_*), the formerly
untouched part (schemas u_*, tuned on since the second round: docs/classifier.md) and the formerly blind part
(schemas b_*, public sample schemas written without reading the rules; measured blind once after the second round,
tuned on since the third), with sampling on and off. Reproducible: fixed seeds, a throwaway PostgreSQL 15 cluster.

    python -m benchmarks.classifier_eval                   # figures for all parts, mistakes of the tuning part only
    python -m benchmarks.classifier_eval --holdout-errors  # also list the u_* part's mistakes
    python -m benchmarks.classifier_eval --blind-errors    # also list the b_* part's mistakes
    python -m benchmarks.classifier_eval --second-blind    # also the formerly second blind part (c_*)
    python -m benchmarks.classifier_eval --second-blind-errors  # the same, and list the c_* part's mistakes
    python -m benchmarks.classifier_eval --third-blind     # also the formerly third blind part (e_*)
    python -m benchmarks.classifier_eval --third-blind-errors   # the same, and list the e_* part's mistakes
    python -m benchmarks.classifier_eval --fourth-blind    # also the formerly fourth blind part (g_*)
    python -m benchmarks.classifier_eval --fourth-blind-errors  # the same, and list the g_* part's mistakes
    python -m benchmarks.classifier_eval --fifth-blind     # also the formerly fifth blind part (h_*)
    python -m benchmarks.classifier_eval --fifth-blind-errors   # the same, and list the h_* part's mistakes
    python -m benchmarks.classifier_eval --sixth-blind     # also the formerly sixth blind part (i_*)
    python -m benchmarks.classifier_eval --sixth-blind-errors   # the same, and list the i_* part's mistakes
    python -m benchmarks.classifier_eval --seventh-blind   # also the formerly seventh blind part (j_*)
    python -m benchmarks.classifier_eval --seventh-blind-errors # the same, and list the j_* part's mistakes
    python -m benchmarks.classifier_eval --eighth-blind    # also the formerly eighth blind part (k_*)
    python -m benchmarks.classifier_eval --eighth-blind-errors  # the same, and list the k_* part's mistakes
    python -m benchmarks.classifier_eval --ninth-blind     # also the formerly ninth blind part (l_*)
    python -m benchmarks.classifier_eval --ninth-blind-errors   # the same, and list the l_* part's mistakes
    python -m benchmarks.classifier_eval --tenth-blind     # also the formerly tenth blind part (m_*)
    python -m benchmarks.classifier_eval --tenth-blind-errors   # the same, and list the m_* part's mistakes
    python -m benchmarks.classifier_eval --eleventh-blind  # also the formerly eleventh blind part (n_*)
    python -m benchmarks.classifier_eval --eleventh-blind-errors # the same, and list the n_* part's mistakes
    python -m benchmarks.classifier_eval --twelfth-blind   # also the formerly twelfth blind part (o_*)
    python -m benchmarks.classifier_eval --twelfth-blind-errors # the same, and list the o_* part's mistakes
    python -m benchmarks.classifier_eval --thirteenth-blind  # also the formerly thirteenth blind part (p_*)
    python -m benchmarks.classifier_eval --thirteenth-blind-errors # the same, and list the p_* part's mistakes
    python -m benchmarks.classifier_eval --fourteenth-blind  # also the formerly fourteenth blind part (q_*)
    python -m benchmarks.classifier_eval --fourteenth-blind-errors # the same, and list the q_* part's mistakes
    python -m benchmarks.classifier_eval --fifteenth-blind   # also the formerly fifteenth blind part (r_*)
    python -m benchmarks.classifier_eval --fifteenth-blind-errors  # the same, and list the r_* part's mistakes
    python -m benchmarks.classifier_eval --sixteenth-blind   # also the formerly sixteenth blind part (s_*)
    python -m benchmarks.classifier_eval --sixteenth-blind-errors  # the same, and list the s_* part's mistakes
    python -m benchmarks.classifier_eval --seventeenth-blind  # also the formerly seventeenth blind part (t_*)
    python -m benchmarks.classifier_eval --seventeenth-blind-errors # the same, and list the t_* part's mistakes
    python -m benchmarks.classifier_eval --eighteenth-blind  # also the formerly eighteenth blind part (v_*)
    python -m benchmarks.classifier_eval --eighteenth-blind-errors # the same, and list the v_* part's mistakes
    python -m benchmarks.classifier_eval --nineteenth-blind  # also the formerly nineteenth blind part (w_*)
    python -m benchmarks.classifier_eval --nineteenth-blind-errors # the same, and list the w_* part's mistakes
    python -m benchmarks.classifier_eval --twentieth-blind  # also the formerly twentieth blind part (x_*)
    python -m benchmarks.classifier_eval --twentieth-blind-errors # the same, and list the x_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-first-blind  # also the formerly twenty-first blind part (y_*)
    python -m benchmarks.classifier_eval --twenty-first-blind-errors # the same, and list the y_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-second-blind  # also the formerly twenty-second blind part (z_*)
    python -m benchmarks.classifier_eval --twenty-second-blind-errors # the same, and list the z_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-third-blind  # also the formerly twenty-third blind part (f_*)
    python -m benchmarks.classifier_eval --twenty-third-blind-errors # the same, and list the f_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-fourth-blind  # also the formerly twenty-fourth blind part (a_*)
    python -m benchmarks.classifier_eval --twenty-fourth-blind-errors # the same, and list the a_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-fifth-blind  # also the formerly twenty-fifth blind part (aa_*)
    python -m benchmarks.classifier_eval --twenty-fifth-blind-errors # the same, and list the aa_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-sixth-blind  # also the formerly twenty-sixth blind part (ab_*)
    python -m benchmarks.classifier_eval --twenty-sixth-blind-errors # the same, and list the ab_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-seventh-blind  # also the formerly twenty-seventh blind part (ac_*)
    python -m benchmarks.classifier_eval --twenty-seventh-blind-errors # the same, and list the ac_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-eighth-blind  # also the formerly twenty-eighth blind part (ad_*)
    python -m benchmarks.classifier_eval --twenty-eighth-blind-errors # the same, and list the ad_* part's mistakes
    python -m benchmarks.classifier_eval --twenty-ninth-blind  # also the formerly twenty-ninth blind part (ae_*)
    python -m benchmarks.classifier_eval --twenty-ninth-blind-errors # the same, and list the ae_* part's mistakes
    python -m benchmarks.classifier_eval --thirtieth-blind  # also the formerly thirtieth blind part (af_*)
    python -m benchmarks.classifier_eval --thirtieth-blind-errors # the same, and list the af_* part's mistakes
    python -m benchmarks.classifier_eval --thirty-first-blind  # also the formerly thirty-first blind part (ag_*)
    python -m benchmarks.classifier_eval --thirty-first-blind-errors # the same, and list the ag_* part's mistakes
    python -m benchmarks.classifier_eval --thirty-second-blind  # also the formerly thirty-second blind part (ah_*)
    python -m benchmarks.classifier_eval --thirty-second-blind-errors # the same, and list the ah_* part's mistakes
    python -m benchmarks.classifier_eval --thirty-third-blind  # also the formerly thirty-third blind part (ai_*)
    python -m benchmarks.classifier_eval --thirty-third-blind-errors # the same, and list the ai_* part's mistakes
    python -m benchmarks.classifier_eval --thirty-fourth-blind  # also the thirty-fourth blind part (aj_*): aggregate only
    python -m benchmarks.classifier_eval --seventh-blind --by-schema   # and each part's figures per schema

The second blind part (c_*, open-source application schemas) was measured blind after the second and third rounds
and is tuning data since the fourth (docs/classifier.md). The third blind part (e_*, other applications) was
measured blind after the third and fourth rounds and is tuning data since the fifth. The fourth blind part (g_*,
HR, ERP and health applications) was measured blind after the fourth and fifth rounds and is tuning data since the
sixth. The fifth blind part (h_*, hospital systems, an EMR, Django, e-commerce, helpdesk, insurance, primary care)
was measured blind after the fifth and sixth rounds and is tuning data since the seventh. The sixth blind part (i_*,
dental, veterinary, GP, union, parish, party CRM, pharmacy, dating; hand-written values, no Faker) was measured blind
after the sixth and seventh rounds and is tuning data since round 8. The seventh blind part (j_*, claims,
fertility, Danish, Czech and Turkish registers, a sheriff's records, a student information system, a campaign;
hand-written values) was measured blind after rounds 7 and 8 and is tuning data since round 9. The eighth blind
part (k_*, SAP HCM, TOTVS Protheus, Koha, OPERA PMS, a telecom, a social landlord, a blood bank; hand-written values)
was measured blind after rounds 8 and 9 and is tuning data since round 10. The ninth blind part (l_*, Nextcloud,
Fineract, Traccar, pretix, a Japanese payroll, a gym; hand-written values) was measured blind after rounds 9 and 10
and is tuning data since round 11. The formerly tenth blind part (m_*, nopCommerce, openIMIS, a Korean cram school,
a Chilean mining contractor's register, Bugzilla, solicitors; hand-written values) was measured blind after rounds
10 and 11 and is tuning data since round 12. The formerly eleventh blind part (n_*, Saleor, DHIS2, a Philippine rural
bank, osTicket, a Go ride-hailing backend, a home-care agency; hand-written values) was measured blind after rounds
11 and 12 and is tuning data since round 13. The formerly twelfth blind part (o_*, Snipe-IT, a Kenyan savings
co-operative, an Austrian driving school, Ghost, a Vietnamese clinic, Chatwoot; hand-written values) was measured
blind after rounds 12 and 13 and is tuning data since round 14. The formerly thirteenth blind part (p_*, Spree, a
Japanese inn, a Greek pharmacy, Invoice Ninja, a Romanian union, Gitea; hand-written values) was measured blind after
rounds 13 and 14 and is tuning data since round 15. The formerly fourteenth blind part (q_*, Sylius, a Norwegian
physiotherapy group, Request Tracker, an Argentine security company, Zulip, an Estonian biobank; hand-written values)
was measured blind after rounds 14 and 15 and is tuning data since round 16. The formerly fifteenth blind part (r_*,
Shopware, OJS, a Portuguese addiction-treatment team, a South African staffing agency, FreeRADIUS, ChurchCRM;
hand-written values) was measured blind before round 15 and before and after round 16 and is tuning data since
round 17. The formerly sixteenth blind part (s_*, OpenCart, a Belgian home-nursing practice, a US bail-bond agency,
a Hungarian party registry, a Colombian flower grower, a sexual-health clinic; hand-written values) was measured
blind before and after round 17 and is tuning data since round 18. The formerly seventeenth blind part (t_*,
OpenStreetMap, Matrix Synapse, Open Collective, a Finnish probation region, a Swedish poll panel, a German
hearing-aid chain; hand-written values) was measured blind before and after round 18 and is tuning data since round
19. The formerly eighteenth blind part (v_*, Mautic, ERPNext, a Zurich contractor's payroll, a Lithuanian
social-assistance system, Kimai, a Mexican migrant shelter; hand-written values) was measured blind before and after
round 19 and is tuning data since round 20. The formerly nineteenth blind part (w_*, Monica, Immich, OpenCATS, a
Slovak anti-doping register, Decidim, Firefly III; hand-written values) was measured blind before and after round 20
and is tuning data since round 21. The formerly twentieth blind part (x_*, Redmine, Akaunting, a Latvian
occupational-health register, a Cypriot thalassaemia programme, an Australian working-with-children check, a Peruvian
candidates' register; hand-written values) was measured blind before and after round 21 and is tuning data since
round 22. The formerly twenty-first blind part (y_*, OrangeHRM, OpenELIS Global, a Thai DNA paternity lab,
WooCommerce, a Nigerian inmate register, LimeSurvey; hand-written values) was measured blind before and after round
22 and is tuning data since round 23. The formerly twenty-second blind part (z_*, Lemmy, Cal.com, Vaultwarden, a
Sri Lankan tea estate's checkroll, a Moroccan Umrah agency, an Israeli road race; hand-written values) was measured
blind before and after round 23 and is tuning data since round 24. The formerly twenty-third blind part (f_*,
Mattermost, FixMyStreet, a Ghanaian funeral home, Kazakh personnel records, ZKTeco BioTime, listmonk; hand-written
values) was measured blind before and after round 24 and is tuning data since round 25. The formerly
twenty-fourth blind part (a_*, SORMAS, Jellyfin, Evergreen, Canvas, a Polish ambulance dispatch, an Irish adoption
agency; hand-written values) was measured blind before and after round 25 and is tuning data since round 26. The
formerly twenty-fifth blind part (aa_*, Kanboard, Paperless-ngx, Medusa, EspoCRM, a Nepali school-meals system, a
Ugandan microfinance lender; hand-written values) was measured blind before and after rounds 25 and 26 and is tuning
data since round 27. The formerly twenty-sixth blind part (ab_*, OpenClinica, iDempiere, vtiger CRM, Tryton, a
Tanzanian haulier, a Dominican dialysis clinic; hand-written values) was measured blind before and after rounds 26 and
27 and is tuning data since round 28. The formerly twenty-seventh blind part (ac_*, phpBB, SuiteCRM, MediaWiki,
PeerTube, a Mozambican legal-aid service, a Botswana HIV-prevention programme; hand-written values) was measured
blind before and after round 28 and is tuning data since round 29. The formerly twenty-eighth blind part (ad_*,
Discourse, Openfire, Alaveteli, Foodsoft, a Liberian magistrates' court, a Cabo Verde seafarers' register;
hand-written values) was measured blind before and after round 29 and is tuning data since round 30. The formerly
twenty-ninth blind part (ae_*, Apache OFBiz, HumHub, ODK Central, Kill Bill, a Maldivian social-housing allocator, a
Gabonese water and power utility; hand-written values) was measured blind before and after rounds 29 and 30 and is
tuning data since round 31. The formerly thirtieth blind part (af_*, GLPI, Ushahidi, Documenso, FreeScout, an
Andorran ski resort, a Bahamian firearms register; hand-written values) was measured blind before and after rounds
30 and 31 and is tuning data since round 32. The formerly thirty-first blind part (ag_*, Joomla, Piwigo, Outline,
pretalx, an Uzbek neighbourhood committees' register, a Seychelles dive centre; hand-written values) was measured
blind before and after rounds 31 and 32 and is tuning data since round 33. The formerly thirty-second blind part
(ah_*, Gibbon, IceHrm, Easy!Appointments, SLiMS, a Kyrgyz health resort, a Comorian SIM-registration register;
hand-written values) was measured blind before and after round 33 and is tuning data since round 34. The formerly
thirty-third blind part (ai_*, ILIAS, Indico, OpenPetra, OpenBiblio, a Greenlandic home-care service, a Liechtenstein
trade union; hand-written values) was measured blind before and after round 34 and is tuning data since round 35. The
thirty-fourth blind part (aj_*, QloApps, Question2Answer, Catarse, TimeTrex, an Eswatini eye unit's register, a Tajik
children's home register; hand-written values) is measured only when asked, and its mistakes are never printed, so
that nobody reads them while tuning (the parts listed in _UNTOUCHED). Each reading is recorded in docs/classifier.md.
"""
from __future__ import annotations

import sys

from auditor.analysis.context import Context
from auditor.analysis.sensitivity import sensitive_columns
from auditor.collect.collector import collect
from auditor.lab.cluster import ThrowawayCluster, find_bindir
from auditor.model.gaps import GAP_PREFIX
from auditor.model.policy import Policy
from tests.corpus.generate import BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11, BLIND12, BLIND13, BLIND14, BLIND15, BLIND16, BLIND17, BLIND18, BLIND19, BLIND20, BLIND21, BLIND22, BLIND23, BLIND24, BLIND25, BLIND26, BLIND27, BLIND28, BLIND29, BLIND30, BLIND31, BLIND32, BLIND33, BLIND34, HOLDOUT, TUNING, labels, load
from tests.corpus.measure import markdown, score


def predictions(cluster, sampling: bool) -> dict[tuple[str, str, str], str]:
    snap = collect(cluster.dsn("domains"), Policy(sampling=sampling), databases=["domains"])
    if sampling and (gaps := [g for g in snap.gaps if g.item.startswith(GAP_PREFIX)]):
        # a sampled run that read no values would print names-only figures as sampled ones (seen once, under load)
        raise SystemExit(f"sampling left {len(gaps)} gap(s), first: {gaps[0].item}: {gaps[0].missing} {gaps[0].detail}")
    return {(c.schema, c.table, c.column): c.category for c in sensitive_columns(Context(snap, Policy()))}


def per_schema(truth: dict[tuple[str, str, str], str], predicted: dict[tuple[str, str, str], str]) -> str:
    """Overall figures of each schema of a part: aggregate only, like the part's own (no mistake is named)."""
    lines = ["| schema | columns | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|"]
    for schema in sorted({k[0] for k in truth}):
        part = {k: v for k, v in truth.items() if k[0] == schema}
        _, o, _ = score(part, predicted)
        lines.append(f"| {schema} | {len(part)} | {o.tp} | {o.fp} | {o.fn} | {o.precision:.3f} | {o.recall:.3f} |")
    return "\n" + "\n".join(lines)


# The blind parts in the order they were written and are loaded: a part is loaded when it or a later one is asked
# for, so every part's generated values stay the same whichever parts a run asks for.
_BLIND_PARTS = [("second", BLIND2, "c"), ("third", BLIND3, "e"), ("fourth", BLIND4, "g"), ("fifth", BLIND5, "h"),
                ("sixth", BLIND6, "i"), ("seventh", BLIND7, "j"), ("eighth", BLIND8, "k"), ("ninth", BLIND9, "l"),
                ("tenth", BLIND10, "m"), ("eleventh", BLIND11, "n"),
                ("twelfth", BLIND12, "o"), ("thirteenth", BLIND13, "p"),
                ("fourteenth", BLIND14, "q"), ("fifteenth", BLIND15, "r"), ("sixteenth", BLIND16, "s"),
                ("seventeenth", BLIND17, "t"), ("eighteenth", BLIND18, "v"),
                ("nineteenth", BLIND19, "w"), ("twentieth", BLIND20, "x"),
                ("twenty-first", BLIND21, "y"), ("twenty-second", BLIND22, "z"),
                ("twenty-third", BLIND23, "f"), ("twenty-fourth", BLIND24, "a"),
                ("twenty-fifth", BLIND25, "aa"), ("twenty-sixth", BLIND26, "ab"),
                ("twenty-seventh", BLIND27, "ac"), ("twenty-eighth", BLIND28, "ad"),
                ("twenty-ninth", BLIND29, "ae"), ("thirtieth", BLIND30, "af"),
                ("thirty-first", BLIND31, "ag"), ("thirty-second", BLIND32, "ah"),
                ("thirty-third", BLIND33, "ai"), ("thirty-fourth", BLIND34, "aj")]
_UNTOUCHED = ("thirty-fourth",)  # its mistakes are never printed
_PRINTED_WITH_LATER = 4         # the parts from the sixth on (hand-written values) print when a later one is asked


def main(argv: list[str]) -> None:
    asked = [f"--{name}-blind" in argv or f"--{name}-blind-errors" in argv for name, _, _ in _BLIND_PARTS]
    last = max((i for i, a in enumerate(asked) if a), default=-1)
    by_schema = "--by-schema" in argv
    cluster = ThrowawayCluster(find_bindir(prefer=15)).start()
    try:
        cluster.execute("CREATE DATABASE domains")
        with cluster.connect("domains") as conn:
            load(conn, TUNING + HOLDOUT + BLIND + [t for _, tables, _ in _BLIND_PARTS[:last + 1] for t in tables])
        parts = [("tuning part (d_*)", TUNING, True),
                 ("formerly untouched part (u_*)", HOLDOUT, "--holdout-errors" in argv),
                 ("formerly blind part (b_*)", BLIND, "--blind-errors" in argv)]
        for i, (name, tables, prefix) in enumerate(_BLIND_PARTS):
            if asked[i] or (i >= _PRINTED_WITH_LATER and i < last):
                title = f"{name} blind part ({prefix}_*)"
                parts.append((title if name in _UNTOUCHED else "formerly " + title, tables,
                              name not in _UNTOUCHED and f"--{name}-blind-errors" in argv))
        for sampling in (True, False):
            predicted = predictions(cluster, sampling)
            for title, tables, errors in parts:
                truth = labels(tables)
                per, overall, mistakes = score(truth, predicted)
                print(f"\n## sampling {'on' if sampling else 'off'}: {title}\n\n{markdown(per, overall, len(truth))}")
                if by_schema:
                    print(per_schema(truth, predicted))
                for key, label, got in mistakes if errors else ():
                    print(f"- `{'.'.join(key)}`: labelled {label}, classified {got}")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
