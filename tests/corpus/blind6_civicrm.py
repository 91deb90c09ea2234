"""i_civicrm: CiviCRM as run by a Portuguese political party's district office (civicrm_* tables, a custom field
group civicrm_value_dados_eleitorais_3 with CiviCRM's column_name_<id> naming), with canvassing activities.
CiviCRM declares its foreign keys (FK_civicrm_email_contact_id...), so they are declared here."""
from __future__ import annotations

from stdnum.pt import cc as pt_cc

from .blind6_gens import (FIRST, LAST, day, email, fill, fk, maybe, money, nif_pt, nipc_pt, phone, postcode, street,
                          table, ts, weighted)
from .gens import Col, ident, md5_hex, pick, rand_token

S = "i_civicrm"
N_CON = 150
SEP = "\x01"
PARTIDOS = weighted(("PS", 24), ("PSD", 26), ("CH", 12), ("IL", 8), ("BE", 5), ("PCP", 5), ("L", 4), ("PAN", 3), ("Indeciso", 10), ("Abstenção", 3))
ORGS = ["Junta de Freguesia de Arroios", "Associação de Moradores do Bairro Alto", "Sindicato dos Professores da Grande Lisboa",
        "Café Central Lda", "Gráfica Almeida & Filhos, Lda", "Clube Desportivo de Alvalade", "Rádio Comercial"]


def kind(i: int) -> str:
    return "Organization" if i % 10 == 0 else "Household" if i % 20 == 5 else "Individual"


def per(kind_: str, gen, other=None):
    return lambda c, i: gen(c, i) if kind(i) == kind_ else other


def _first(c, i):           # deterministic per contact, so that sort_name, display_name and first_name agree
    return FIRST["pt"][(i * 7) % len(FIRST["pt"])]


def _last(c, i):
    return LAST["pt"][(i * 11) % len(LAST["pt"])] + " " + LAST["pt"][(i * 5 + 3) % len(LAST["pt"])]


def cc_number(c, i):
    while True:
        body = f"{c.r.randint(5000000, 39999999):08d}{c.r.randint(0, 9)}" + c.r.choice(["ZZ", "ZY", "ZX", "ZW"])
        v = body + pt_cc.calc_check_digit(body)
        if pt_cc.is_valid(v):
            return pt_cc.format(v) if c.r.random() < 0.6 else v


def civicrm_tables():
    con = fk(N_CON)
    return [
        table(S, "civicrm_contact", N_CON, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("contact_type", "varchar(64)", "none", lambda c, i: kind(i)),
            Col("contact_sub_type", "varchar(255)", "political_opinion", per("Individual", lambda c, i: c.r.choice(
                [f"{SEP}Militante{SEP}", f"{SEP}Simpatizante{SEP}", f"{SEP}Militante{SEP}Voluntario{SEP}", f"{SEP}Eleitor{SEP}", None]))),
            Col("do_not_email", "boolean", "none", weighted((False, 9), (True, 1))),
            Col("do_not_phone", "boolean", "none", weighted((False, 9), (True, 1))),
            Col("do_not_mail", "boolean", "none", weighted((False, 9), (True, 1))),
            Col("do_not_sms", "boolean", "none", weighted((False, 8), (True, 2))),
            Col("is_opt_out", "boolean", "none", weighted((False, 9), (True, 1))),
            Col("legal_identifier", "varchar(32)", "national_id", lambda c, i: (nipc_pt(c, i) if kind(i) == "Organization" else nif_pt(c, i)) if c.r.random() < 0.7 else None),
            Col("external_identifier", "varchar(64)", "none", maybe(0.6, lambda c, i: f"M-{c.r.randint(1000, 99999):06d}")),
            Col("sort_name", "varchar(128)", "person_name", lambda c, i: ORGS[i % len(ORGS)] if kind(i) == "Organization" else f"Família {_last(c, i).split()[0]}" if kind(i) == "Household" else f"{_last(c, i)}, {_first(c, i)}"),
            Col("display_name", "varchar(128)", "person_name", lambda c, i: ORGS[i % len(ORGS)] if kind(i) == "Organization" else f"Família {_last(c, i).split()[0]}" if kind(i) == "Household" else f"{_first(c, i)} {_last(c, i)}"),
            Col("nick_name", "varchar(128)", "person_name", per("Individual", maybe(0.1, pick("Zé", "Quim", "Manel", "Nando", "Becas", "Xico", "Nanda")))),
            Col("preferred_communication_method", "varchar(255)", "none", pick(f"{SEP}1{SEP}", f"{SEP}2{SEP}5{SEP}", f"{SEP}4{SEP}", "", None)),
            Col("preferred_language", "varchar(5)", "none", weighted(("pt_PT", 95), ("en_US", 3), ("pt_BR", 2))),
            Col("hash", "varchar(32)", "secret_token", md5_hex),
            Col("api_key", "varchar(32)", "secret_token", lambda c, i: rand_token(32)(c, i) if i < 6 else None),
            Col("first_name", "varchar(64)", "person_name", per("Individual", _first)),
            Col("middle_name", "varchar(64)", "person_name", per("Individual", maybe(0.4, lambda c, i: c.r.choice(FIRST["pt"] + ["de Jesus", "da Conceição", "dos Santos"])))),
            Col("last_name", "varchar(64)", "person_name", per("Individual", _last)),
            Col("prefix_id", "int", "none", per("Individual", maybe(0.3, pick(1, 2, 3, 4)))),
            Col("job_title", "varchar(255)", "none", per("Individual", maybe(0.4, pick("Professor", "Enfermeira", "Engenheiro Civil", "Reformado", "Estudante", "Advogada", "Empresário")))),
            Col("gender_id", "int", "none", per("Individual", pick(1, 2, None))),
            Col("birth_date", "date", "birth_date", per("Individual", day(1938, 2006, 0.7))),
            Col("is_deceased", "boolean", "none", weighted((False, 98), (True, 2))),
            Col("household_name", "varchar(128)", "person_name", per("Household", lambda c, i: f"Família {_last(c, i).split()[0]}")),
            Col("organization_name", "varchar(128)", "none", lambda c, i: ORGS[i % len(ORGS)] if kind(i) == "Organization" else (c.r.choice(ORGS) if c.r.random() < 0.08 else None)),
            Col("employer_id", "int", "none", per("Individual", maybe(0.08, lambda c, i: c.r.choice([10, 20, 30, 40])))),
            Col("is_deleted", "boolean", "none", weighted((False, 97), (True, 3))),
            Col("created_date", "timestamp", "none", ts(2016, 2026)),
            Col("modified_date", "timestamp", "none", ts(2024, 2026))], fks=(("employer_id", "civicrm_contact", "id"),)),
        table(S, "civicrm_email", 150, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("contact_id", "int", "none", con),
            Col("location_type_id", "int", "none", pick(1, 1, 2, 3)),
            Col("email", "varchar(254)", "email", email("pt")),
            Col("is_primary", "boolean", "none", pick(True, True, False)),
            Col("on_hold", "smallint", "none", weighted((0, 95), (1, 4), (2, 1))),
            Col("is_bulkmail", "boolean", "none", pick(False, False, True)),
            Col("hold_date", "timestamp", "none", ts(2020, 2026, 0.05))], fks=(("contact_id", "civicrm_contact", "id"),)),
        table(S, "civicrm_phone", 150, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("contact_id", "int", "none", con),
            Col("location_type_id", "int", "none", pick(1, 2, 3)),
            Col("is_primary", "boolean", "none", pick(True, False)),
            Col("phone", "varchar(32)", "phone", phone("pt")),
            Col("phone_ext", "varchar(16)", "none", maybe(0.05, lambda c, i: str(c.r.randint(100, 999)))),
            Col("phone_numeric", "varchar(32)", "phone", lambda c, i: "".join(ch for ch in phone("pt")(c, i) if ch.isdigit())),
            Col("phone_type_id", "int", "none", pick(1, 2, 2, 3))], fks=(("contact_id", "civicrm_contact", "id"),)),
        table(S, "civicrm_address", 150, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("contact_id", "int", "none", con),
            Col("location_type_id", "int", "none", pick(1, 2, 5)),
            Col("is_primary", "boolean", "none", pick(True, True, False)),
            Col("street_address", "varchar(96)", "postal_address", street("pt")),
            Col("supplemental_address_1", "varchar(96)", "postal_address", maybe(0.25, pick("Bairro da Boavista", "Quinta do Conde", "Urbanização Quinta da Fonte, Lote 12", "Apartado 45"), "")),
            Col("city", "varchar(64)", "none", pick("Lisboa", "Amadora", "Odivelas", "Loures", "Oeiras", "Sintra", "Almada")),
            Col("state_province_id", "int", "none", pick(6391, 6392, 6408)),
            Col("postal_code", "varchar(64)", "postal_address", postcode("pt")),
            Col("country_id", "int", "none", weighted((1173, 97), (1076, 3))),
            Col("geo_code_1", "double precision", "geo_location", maybe(0.7, lambda c, i: round(c.r.uniform(38.69, 38.80), 7))),
            Col("geo_code_2", "double precision", "geo_location", maybe(0.7, lambda c, i: round(c.r.uniform(-9.23, -9.09), 7))),
            Col("manual_geo_code", "boolean", "none", lambda c, i: False),
            Col("master_id", "int", "none", lambda c, i: None)], fks=(("contact_id", "civicrm_contact", "id"), ("master_id", "civicrm_address", "id"))),
        table(S, "civicrm_value_dados_eleitorais_3", 140, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("entity_id", "int", "none", lambda c, i: i),
            Col("intencao_voto_12", "varchar(255)", "political_opinion", maybe(0.85, PARTIDOS)),
            Col("nivel_apoio_13", "int", "political_opinion", maybe(0.8, pick(1, 2, 3, 4, 5))),
            Col("partido_anterior_14", "varchar(255)", "political_opinion", maybe(0.5, PARTIDOS)),
            Col("numero_cc_15", "varchar(20)", "national_id", maybe(0.5, cc_number)),
            Col("freguesia_recenseamento_16", "varchar(255)", "none", pick("Arroios", "Avenidas Novas", "Campo de Ourique", "Benfica", "Lumiar", "Penha de França", "Alvalade")),
            Col("quotas_em_dia_17", "boolean", "none", maybe(0.6, pick(True, False))),
            Col("temas_interesse_18", "varchar(255)", "none", pick(f"{SEP}habitacao{SEP}", f"{SEP}saude{SEP}transportes{SEP}", f"{SEP}educacao{SEP}", f"{SEP}ambiente{SEP}habitacao{SEP}", None))],
            fks=(("entity_id", "civicrm_contact", "id"),)),
        table(S, "civicrm_contribution", 150, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("contact_id", "int", "none", con),
            Col("financial_type_id", "int", "none", pick(1, 2, 4)),
            Col("payment_instrument_id", "int", "none", pick(1, 3, 5, 6)),
            Col("receive_date", "timestamp", "none", ts(2021, 2026)),
            Col("total_amount", "numeric(20,2)", "none", lambda c, i: c.r.choice([12.0, 24.0, 50.0, 100.0, float(round(c.r.uniform(5, 1000)))])),
            Col("fee_amount", "numeric(20,2)", "none", money(0, 3)),
            Col("trxn_id", "varchar(255)", "none", maybe(0.6, lambda c, i: f"MB{c.r.randint(10 ** 9, 10 ** 10)}")),
            Col("currency", "varchar(3)", "none", lambda c, i: "EUR"),
            Col("source", "varchar(255)", "none", pick("Quota anual 2025", "Donativo Autárquicas 2025", "Jantar-comício Setúbal", "MB Way", "Transferência")),
            Col("contribution_status_id", "int", "none", weighted((1, 85), (2, 10), (3, 5)))], fks=(("contact_id", "civicrm_contact", "id"),)),
        table(S, "civicrm_activity", 150, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("activity_type_id", "int", "none", pick(2, 3, 32, 52, 53)),
            Col("subject", "varchar(255)", "none", pick("Porta-a-porta Arroios", "Contacto telefónico", "Arruada Av. Almirante Reis", "Reunião de núcleo", "Inscrição militante")),
            Col("activity_date_time", "timestamp", "none", ts(2024, 2026)),
            Col("duration", "int", "none", maybe(0.5, pick(5, 10, 30, 60))),
            Col("location", "varchar(255)", "none", maybe(0.4, pick("Sede concelhia", "Mercado de Arroios", "Online", "Rua Morais Soares"))),
            Col("phone_number", "varchar(64)", "phone", maybe(0.4, phone("pt"))),
            Col("details", "text", "political_opinion", weighted((None, 25),
                (fill("Vota {p} desde sempre, não muda.", p=PARTIDOS), 15),
                (fill("Indecisa entre {p} e {q}; preocupada com a habitação.", p=PARTIDOS, q=PARTIDOS), 15),
                ("Desiludido com o governo, admite votar branco.", 8), ("Quer ser voluntário na campanha, militante desde 2019.", 8),
                (fill("Apoiante firme, ofereceu a garagem para os cartazes. Votou {p} nas legislativas.", p=PARTIDOS), 6))),
            Col("status_id", "int", "none", pick(1, 2, 2, 3)),
            Col("campaign_id", "int", "none", maybe(0.7, pick(1, 2, 3))),
            Col("source_contact_id", "int", "none", fk(N_CON)),
            Col("is_deleted", "boolean", "none", weighted((False, 98), (True, 2)))], fks=(("source_contact_id", "civicrm_contact", "id"),)),
        table(S, "civicrm_note", 100, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("entity_table", "varchar(64)", "none", weighted(("civicrm_contact", 90), ("civicrm_activity", 10))),
            Col("entity_id", "int", "none", con),
            Col("note", "text", "free_text_may_contain_pii", weighted(("Pediu para não ser contactado ao fim de semana.", 10),
                (fill("Filha {f} também quer inscrever-se, contacto {p}.", f=lambda c, i: c.r.choice(FIRST["pt"]), p=phone("pt")), 8),
                (fill("Novo email: {e}", e=email("pt")), 6), ("Mudou de freguesia, atualizar morada.", 8),
                (fill("Conhecido do {f} {l}, presidente da junta.", f=lambda c, i: c.r.choice(FIRST["pt"]), l=lambda c, i: c.r.choice(LAST["pt"])), 5))),
            Col("contact_id", "int", "none", fk(12)),
            Col("note_date", "timestamp", "none", ts(2020, 2026)),
            Col("subject", "varchar(255)", "none", maybe(0.5, pick("Telefonema", "Atualização", "Nota interna"))),
            Col("privacy", "varchar(255)", "none", pick("0", "0", "1"))], fks=(("contact_id", "civicrm_contact", "id"),)),
        table(S, "civicrm_uf_match", 80, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("domain_id", "int", "none", lambda c, i: 1),
            Col("uf_id", "int", "none", lambda c, i: i + 1),
            Col("uf_name", "varchar(128)", "email", email("pt")),
            Col("contact_id", "int", "none", lambda c, i: i),
            Col("language", "varchar(5)", "none", lambda c, i: "pt_PT")], fks=(("contact_id", "civicrm_contact", "id"),)),
    ]
