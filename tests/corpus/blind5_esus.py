"""h_esus: a municipal primary-care system in the style of Brazil's e-SUS APS / PEC (tb_* tables, co_/no_/nu_/ds_/dt_
prefixes): citizens, professionals, SOAP encounters with CID-10 and CIAP-2 codes, prescriptions, allergies, vaccines.
"""
from __future__ import annotations

from .blind5_gens import T, cep, cns_value, cpf_value, day, dob, fk, loc, num, one, opt, phone_br, rg_br, stamp
from .gens import Ctx, Table, ident

S = "h_esus"
NCID, NPROF, NATEND = 120, 20, 130
CID = [("I10", "hipertensão essencial"), ("E119", "diabetes mellitus tipo 2"), ("J069", "infecção aguda das vias aéreas"),
       ("A90", "dengue"), ("F412", "transtorno misto ansioso e depressivo"), ("N390", "infecção do trato urinário"),
       ("O249", "diabetes na gravidez"), ("B342", "infecção por coronavírus"), ("M545", "dor lombar baixa"),
       ("Z349", "supervisão de gravidez normal"), ("A539", "sífilis não especificada"), ("K297", "gastrite")]
MEDS = [("Losartana potássica 50 mg", "1 comprimido de 12/12h"), ("Metformina 850 mg", "1 comprimido após café e jantar"),
        ("Hidroclorotiazida 25 mg", "1 comprimido pela manhã"), ("Dipirona 500 mg", "1 comprimido até 6/6h se dor ou febre"),
        ("Amoxicilina 500 mg", "1 cápsula de 8/8h por 7 dias"), ("Fluoxetina 20 mg", "1 cápsula pela manhã"),
        ("Sulfato ferroso 40 mg", "1 comprimido ao dia antes do almoço"), ("Insulina NPH", "10 UI pela manhã, 6 UI à noite"),
        ("Penicilina benzatina 1.200.000 UI", "dose única IM")]


def _f(c: Ctx):
    return loc(c, "pt_BR")


def _subjetivo(c: Ctx, i: int) -> str:
    return c.r.choice([f"Paciente refere cefaleia há {c.r.randint(2, 10)} dias, nega febre.", "Retorno para mostrar exames. Sem queixas.",
                       f"Queixa de dor lombar irradiando para perna {c.r.choice(['direita', 'esquerda'])}.",
                       "Gestante, 24 semanas, refere movimentos fetais presentes.", "Relata tristeza, insônia e falta de apetite."])


def _avaliacao(c: Ctx, i: int) -> str:
    code, name = c.r.choice(CID)
    return f"{name.capitalize()} ({code}). {c.r.choice(['Controlada.', 'Descompensada.', 'Em investigação.'])}"


def _plano(c: Ctx, i: int) -> str:
    m = c.r.choice(MEDS)
    return f"Prescrito {m[0]}, {m[1]}. Solicitado hemograma e glicemia. Retorno em {c.r.randint(15, 90)} dias."


def tables() -> list[Table]:
    cid = fk(NCID)
    return [
        T(S, "tb_cidadao", [
            ("co_seq_cidadao", "bigint PRIMARY KEY", "none", ident),
            ("no_cidadao", "varchar(500)", "person_name", lambda c, i: _f(c).name().upper()),
            ("no_social", "varchar(255)", "person_name", opt(0.05, lambda c, i: _f(c).first_name())),
            ("nu_cpf", "varchar(14)", "national_id", opt(0.85, cpf_value)),
            ("nu_cns", "varchar(18)", "national_id", cns_value),
            ("nu_rg", "varchar(15)", "national_id", opt(0.5, rg_br)),
            ("nu_nis_pis_pasep", "varchar(11)", "national_id", opt(0.4, lambda c, i: str(c.r.randint(10**10, 10**11 - 1)))),
            ("dt_nascimento", "date", "birth_date", dob),
            ("no_sexo", "varchar(20)", "none", one("MASCULINO", "FEMININO")),
            ("co_raca_cor", "smallint", "ethnic_origin", one(1, 2, 3, 3, 3, 4, 5)),
            ("no_etnia", "varchar(100)", "ethnic_origin", opt(0.05, one("GUARANI KAIOWÁ", "TIKUNA", "KAINGANG", "YANOMÁMI"))),
            ("no_mae", "varchar(500)", "person_name", lambda c, i: _f(c).name_female().upper()),
            ("no_pai", "varchar(500)", "person_name", opt(0.6, lambda c, i: _f(c).name_male().upper())),
            ("ds_logradouro", "varchar(255)", "postal_address", lambda c, i: _f(c).street_name()),
            ("nu_numero", "varchar(7)", "postal_address", lambda c, i: c.r.choice([str(c.r.randint(1, 3000)), "S/N"])),
            ("ds_complemento", "varchar(50)", "postal_address", opt(0.3, lambda c, i: f"{c.r.choice(['APTO', 'CASA', 'BLOCO'])} {c.r.randint(1, 300)}")),
            ("no_bairro", "varchar(100)", "none", lambda c, i: _f(c).bairro()),
            ("ds_cep", "varchar(9)", "postal_address", cep),
            ("no_municipio", "varchar(100)", "none", one("Recife", "Olinda", "Jaboatão dos Guararapes", "Paulista")),
            ("nu_telefone_residencial", "varchar(20)", "phone", opt(0.3, phone_br)),
            ("nu_telefone_celular", "varchar(20)", "phone", opt(0.85, phone_br)),
            ("ds_email", "varchar(255)", "email", opt(0.4, lambda c, i: _f(c).free_email())),
            ("co_nacionalidade", "smallint", "none", one(1, 1, 1, 2)),
            ("st_faleceu", "smallint", "none", one(0, 0, 0, 1)),
            ("dt_obito", "date", "none", opt(0.05, day())),
            ("dt_atualizado", "timestamp", "none", stamp())], rows=NCID),
        T(S, "tb_prof", [
            ("co_seq_prof", "bigint PRIMARY KEY", "none", ident),
            ("no_profissional", "varchar(255)", "person_name", lambda c, i: _f(c).name()),
            ("nu_cpf", "varchar(14)", "national_id", cpf_value),
            ("nu_cns", "varchar(18)", "national_id", cns_value),
            ("nu_conselho_classe", "varchar(20)", "none", lambda c, i: f"CRM-PE {c.r.randint(5000, 39999)}"),
            ("ds_cbo", "varchar(100)", "none", one("Médico da estratégia de saúde da família", "Enfermeiro", "Agente comunitário de saúde")),
            ("ds_email", "varchar(255)", "email", lambda c, i: _f(c).email()),
            ("nu_telefone", "varchar(20)", "phone", phone_br)], rows=NPROF),
        T(S, "tb_atend", [
            ("co_seq_atend", "bigint PRIMARY KEY", "none", ident),
            ("co_cidadao", "bigint", "none", cid),
            ("co_prof", "bigint", "none", fk(NPROF)),
            ("dt_inicio", "timestamp", "none", stamp(2022, 2025)),
            ("co_unidade_saude", "int", "none", one(2345678, 2345679, 6543210)),
            ("tp_atend", "varchar(40)", "none", one("CONSULTA AGENDADA", "DEMANDA ESPONTÂNEA", "VISITA DOMICILIAR")),
            ("ds_subjetivo", "text", "health", _subjetivo),
            ("ds_objetivo", "text", "health", lambda c, i: f"PA {c.r.randint(100, 180)}x{c.r.randint(60, 110)} mmHg, FC {c.r.randint(55, 110)} bpm, BEG, corado."),
            ("ds_avaliacao", "text", "health", _avaliacao),
            ("ds_plano", "text", "health", _plano),
            ("co_cid10", "varchar(4)", "health", lambda c, i: c.r.choice(CID)[0]),
            ("co_ciap", "varchar(3)", "health", one("K86", "T90", "R74", "P76", "W78", "L03", "A77")),
            ("nu_peso", "numeric(6,3)", "health", num(3, 130, 1)),
            ("nu_altura", "numeric(5,1)", "health", num(50, 195, 1)),
            ("nu_pressao_sistolica", "int", "health", num(95, 190)),
            ("nu_pressao_diastolica", "int", "health", num(55, 115)),
            ("nu_glicemia", "int", "health", opt(0.5, num(65, 380))),
            ("st_fim_atend", "smallint", "none", one(1, 1, 0))],
            rows=NATEND, fks=(("co_cidadao", "tb_cidadao(co_seq_cidadao)"), ("co_prof", "tb_prof(co_seq_prof)"))),
        T(S, "tb_receita_medicamento", [
            ("co_seq_receita", "bigint PRIMARY KEY", "none", ident),
            ("co_atend", "bigint", "none", fk(NATEND)),
            ("no_medicamento", "varchar(255)", "health", lambda c, i: c.r.choice(MEDS)[0]),
            ("ds_posologia", "varchar(500)", "health", lambda c, i: c.r.choice(MEDS)[1]),
            ("qt_dias_tratamento", "int", "none", one(7, 10, 30, 60, 90)),
            ("st_uso_continuo", "boolean", "none", one(True, False)),
            ("dt_inicio_tratamento", "date", "none", day(2022, 2025))],
            rows=130, fks=(("co_atend", "tb_atend(co_seq_atend)"),)),
        T(S, "tb_alergia", [
            ("co_seq_alergia", "bigint PRIMARY KEY", "none", ident),
            ("co_cidadao", "bigint", "none", cid),
            ("ds_agente_causador", "varchar(255)", "health", one("Dipirona", "Penicilina", "Camarão", "AAS", "Sulfa", "Látex")),
            ("tp_criticidade", "varchar(10)", "health", one("BAIXA", "ALTA", "INDETERMINADA")),
            ("ds_observacao", "varchar(500)", "health", opt(0.5, one("Edema de glote em 2019", "Urticária generalizada", "Refere prurido leve"))),
            ("dt_inicio", "date", "none", opt(0.5, day(2000, 2024)))], rows=90, fks=(("co_cidadao", "tb_cidadao(co_seq_cidadao)"),)),
        T(S, "tb_vacinacao", [
            ("co_seq_vacinacao", "bigint PRIMARY KEY", "none", ident),
            ("co_cidadao", "bigint", "none", cid),
            ("no_imunobiologico", "varchar(100)", "health", one("COVID-19 PFIZER", "HEPATITE B", "INFLUENZA", "DTP", "FEBRE AMARELA", "HPV QUADRIVALENTE")),
            ("ds_lote", "varchar(30)", "none", lambda c, i: f"{c.r.choice(['FF', 'EW', 'L'])}{c.r.randint(1000, 9999)}"),
            ("nu_dose", "smallint", "none", one(1, 2, 3)),
            ("dt_aplicacao", "date", "none", day(2021, 2025))], rows=130, fks=(("co_cidadao", "tb_cidadao(co_seq_cidadao)"),)),
    ]
