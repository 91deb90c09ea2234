"""r_cri: the in-house Laravel record system of a Porto integrated-response team for addictive behaviours (CRI), in
Portuguese snake_case: staff, service users (NIF, SNS number, citizen card, substance history), consultations,
opioid-substitution prescriptions, lab tests, risk assessments, court-ordered measures, SMS reminders."""
from __future__ import annotations

from typing import Any

from .blind15_gens import (PT_FIRST_F, PT_FIRST_M, PT_LAST, Rec, bcrypt, dates, fk, flag, idx, maybe, moment,
                           pick, pt_person, pt_phone, ref, rint, stamps)
from .gens import Col, Table

S = "r_cri"
N_TEC, N_UT = 18, 150
CATEG = ("Médico(a)", "Enfermeiro(a)", "Psicólogo(a)", "Técnico(a) Serviço Social", "Médico(a)", "Enfermeiro(a)")
SUBST = (("Heroína", "Fumada"), ("Heroína", "Injetada"), ("Cocaína", "Inalada"), ("Cocaína base (crack)", "Fumada"),
         ("Canábis", "Fumada"), ("Álcool", "Oral"), ("Heroína + cocaína (speedball)", "Injetada"),
         ("Benzodiazepinas", "Oral"), ("Jogo", "Não aplicável"), ("Anfetaminas", "Oral"))
NOTES = ("Utente estável no programa de metadona, sem consumos de heroína desde a última consulta. Urina negativa.",
         "Refere consumos esporádicos de cocaína ao fim de semana. Reforçada a motivação; mantém dose.",
         "Sintomas de privação ligeiros (ansiedade, insónia). Ajuste de dose para {d} mg.",
         "Humor deprimido, ideação suicida passiva sem plano. Articulação com psiquiatria do hospital.",
         "Abcesso no antebraço esquerdo, feito penso e prescrito antibiótico. Reforço sobre injeção segura.",
         "Faltou às duas últimas tomas. Reavaliar regime de take-home.",
         "VHC positivo, referenciado para consulta de hepatologia para início de tratamento antiviral.",
         "Grávida de {w} semanas, articulação com obstetrícia; manter buprenorfina.",
         "Recaída após perda do emprego. Plano: consultas semanais e grupo de prevenção da recaída.")
OBS = ("Encaminhado pelo centro de saúde. Vive com a mãe ({n}, tlm {p}).",
       "Sem retaguarda familiar. Dorme no albergue.",
       "Companheira ({n}) acompanha às consultas; contactar apenas com autorização.",
       "Pediu que não liguem para o telefone fixo de casa.",
       "Vem da Comunidade Terapêutica; contacto da técnica: {n}, {p}.",
       "", "", "Prefere ser tratado por {n}.")
COURT = (("Suspensão provisória do processo", "Tráfico de menor gravidade (art.º 25.º DL 15/93)"),
         ("Pena suspensa com regime de prova", "Furto qualificado"),
         ("Pena suspensa com regime de prova", "Roubo"),
         ("Obrigação de tratamento (art.º 52.º CP)", "Condução sob o efeito do álcool"),
         ("Liberdade condicional", "Tráfico de estupefacientes"),
         ("Suspensão provisória do processo", "Violência doméstica"),
         ("Comissão para a Dissuasão da Toxicodependência", "Consumo (contraordenação, Lei 30/2000)"))
TRIB = ("Juízo Local Criminal do Porto", "Juízo Central Criminal do Porto", "Tribunal de Execução das Penas do Porto",
        "Juízo Local Criminal de Vila Nova de Gaia", "CDT do Porto", "Juízo Local Criminal de Matosinhos")
TESTS = (("Pesquisa de drogas na urina", ("Negativo", "Opiáceos +", "Cocaína +", "Canabinóides +", "Metadona +")),
         ("Anticorpos anti-VIH 1/2", ("Negativo", "Negativo", "Positivo")),
         ("Anticorpos anti-VHC", ("Negativo", "Positivo", "Positivo")), ("AgHBs", ("Negativo", "Negativo", "Positivo")),
         ("Carga viral VHC", ("Indetetável", "1 240 000 UI/mL", "85 300 UI/mL")),
         ("Etilometria", ("0,00 g/L", "0,42 g/L", "1,10 g/L")), ("Teste tuberculínico", ("Negativo", "Positivo 12 mm")))
MEDICOS_FAM = ("Dr.ª Helena Matos", "Dr. Álvaro Pinheiro", "Dr.ª Rosário Leite", "Dr. Vasco Seabra",
               "Dr.ª Inês Quintas")
CENTROS = ("USF Covelo", "USF Bonfim", "UCSP Campanhã", "USF Garcia de Orta", "USF Aldoar", "USF Serpa Pinto")


def _name(c: Any) -> str:
    return f"{c.r.choice(PT_FIRST_F + PT_FIRST_M)} {c.r.choice(PT_LAST)}"


def cri_tables() -> list[Table]:
    te = Rec(pt_person)
    tecnicos = Table(S, "tecnicos", [
        Col("id", "bigint PRIMARY KEY", "none", idx),
        Col("nome", "varchar(255)", "person_name", lambda c, i: f"{te.f('first')(c, i)} {te.f('last')(c, i)}"),
        Col("categoria", "varchar(60)", "none", lambda c, i: CATEG[i % len(CATEG)]),
        Col("cedula_profissional", "varchar(20)", "none", lambda c, i: str(c.r.randint(30000, 62000)) if CATEG[
            i % len(CATEG)].startswith("Méd") else f"5-E-{c.r.randint(10000, 89999)}"),
        Col("email", "varchar(255)", "email", lambda c, i: f"{te.f('first')(c, i).split()[0].lower()}."
            f"{te.f('last')(c, i).split()[-1].lower()}@arsnorte.min-saude.pt"),
        Col("telemovel", "varchar(20)", "phone", te.f("phone")),
        Col("username", "varchar(60)", "none", lambda c, i: f"cri.porto{i:02d}"),
        Col("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c, "$2y$12$")),
        Col("ativo", "boolean", "none", flag(0.9)),
        Col("created_at", "timestamp", "none", stamps(2015, 2023)),
    ], rows=N_TEC, comment="Equipa técnica")

    def draw_ut(c: Any, i: int) -> dict:
        p = pt_person(c, i)
        p["subst"], p["via"] = c.r.choice(SUBST)
        p["obs"] = c.r.choice(OBS).format(n=_name(c), p=pt_phone(c))
        p["ec_name"] = _name(c)
        return p
    u = Rec(draw_ut)
    utentes = Table(S, "utentes", [
        Col("id", "bigint PRIMARY KEY", "none", idx),
        Col("numero_processo", "varchar(20)", "none", lambda c, i: f"CRI-P/{c.r.randint(2005, 2025)}/{i:04d}"),
        Col("nome", "varchar(120)", "person_name", u.f("first")),
        Col("apelidos", "varchar(160)", "person_name", u.f("last")),
        Col("sexo", "char(1)", "none", u.f("sex")),
        Col("data_nascimento", "date", "birth_date", u.f("birth")),
        Col("nif", "char(9)", "national_id", u.f("nif")),
        Col("numero_utente_sns", "char(9)", "national_id", u.f("sns")),
        Col("cartao_cidadao", "varchar(20)", "national_id",
            lambda c, i: u.f("cc")(c, i) if c.r.random() < 0.8 else None),
        Col("nacionalidade", "varchar(60)", "none",
            pick(*("Portuguesa",) * 8, "Brasileira", "Cabo-verdiana", "Ucraniana")),
        Col("naturalidade", "varchar(80)", "none", pick("Porto", "Gondomar", "Vila Nova de Gaia", "Luanda", "Braga")),
        Col("estado_civil", "varchar(30)", "none", pick("Solteiro(a)", "Solteiro(a)", "Casado(a)", "Divorciado(a)",
                                                        "União de facto", "Viúvo(a)")),
        Col("morada", "varchar(255)", "postal_address", u.f("street")),
        Col("codigo_postal", "char(8)", "postal_address", u.f("cp")),
        Col("localidade", "varchar(80)", "none", u.f("town")),
        Col("concelho", "varchar(80)", "none", u.f("concelho")),
        Col("telemovel", "varchar(20)", "phone", u.f("phone")),
        Col("telefone_fixo", "varchar(20)", "phone",
            maybe(0.3, lambda c, i: f"22{c.r.randint(0, 9)} {c.r.randint(100, 999)} {c.r.randint(100, 999)}")),
        Col("email", "varchar(255)", "email", lambda c, i: u.f("email")(c, i) if c.r.random() < 0.45 else None),
        Col("escolaridade", "varchar(60)", "none", pick("1.º ciclo", "2.º ciclo", "3.º ciclo", "Secundário",
                                                        "Licenciatura")),
        Col("situacao_laboral", "varchar(60)", "none", pick("Desempregado(a)", "Empregado(a)", "Baixa médica",
                                                            "Pensionista", "Estudante", "RSI")),
        Col("profissao", "varchar(80)", "none", pick("Servente de obras", "Empregada de limpeza", "Pescador",
                                                     "Cozinheiro", "Operador de armazém", "Sem profissão", "Estafeta")),
        Col("contacto_emergencia_nome", "varchar(160)", "person_name", u.f("ec_name")),
        Col("contacto_emergencia_telefone", "varchar(20)", "phone", lambda c, i: pt_phone(c)),
        Col("contacto_emergencia_parentesco", "varchar(40)", "none", pick("Mãe", "Pai", "Irmã", "Companheira",
                                                                          "Filho", "Tia")),
        Col("substancia_principal", "varchar(80)", "health", u.f("subst")),
        Col("idade_inicio_consumo", "smallint", "health", rint(12, 30)),
        Col("via_administracao", "varchar(30)", "health", u.f("via")),
        Col("medico_familia", "varchar(120)", "person_name", maybe(0.7, pick(*MEDICOS_FAM))),
        Col("centro_saude", "varchar(120)", "none", pick(*CENTROS)),
        Col("data_admissao", "date", "none", dates(2008, 2026)),
        Col("tecnico_referencia_id", "bigint", "none", ref(N_TEC)),
        Col("observacoes", "text", "free_text_may_contain_pii", u.f("obs")),
        Col("rgpd_consentimento", "boolean", "none", flag(0.95)),
        Col("created_at", "timestamp", "none", stamps(2008, 2026)),
        Col("updated_at", "timestamp", "none", stamps(2024, 2026)),
    ], rows=N_UT, extra=[fk(S, "utentes", "tecnico_referencia_id", "tecnicos")])
    consultas = Table(S, "consultas", [
        Col("id", "bigint PRIMARY KEY", "none", idx),
        Col("utente_id", "bigint", "none", ref(N_UT)),
        Col("tecnico_id", "bigint", "none", ref(N_TEC)),
        Col("data_hora", "timestamp", "none", stamps(2023, 2026)),
        Col("tipo", "varchar(40)", "none", pick("Medicina", "Enfermagem", "Psicologia", "Serviço Social",
                                                "Primeira consulta")),
        Col("compareceu", "boolean", "none", flag(0.8)),
        Col("notas", "text", "health", lambda c, i: c.r.choice(NOTES).format(d=c.r.choice((40, 60, 80, 90, 120)),
                                                                           w=c.r.randint(8, 30))),
        Col("duracao_min", "smallint", "none", pick(15, 20, 30, 45, 60)),
        Col("proxima_marcacao", "date", "none", dates(2025, 2026, 0.3)),
    ], rows=150, extra=[fk(S, "consultas", "utente_id", "utentes"), fk(S, "consultas", "tecnico_id", "tecnicos")])

    def draw_rx(c: Any, i: int) -> dict:
        drug = c.r.choice(("Cloridrato de metadona 10 mg/mL sol. oral", "Buprenorfina + naloxona 8 mg/2 mg",
                           "Cloridrato de metadona 10 mg/mL sol. oral", "Buprenorfina 2 mg comp. subling."))
        dose = c.r.choice((30, 45, 60, 70, 80, 100, 120)) if "metadona" in drug else c.r.choice((4, 8, 12, 16))
        return {"drug": drug, "dose": dose}
    rx = Rec(draw_rx)
    prescricoes = Table(S, "prescricoes", [
        Col("id", "bigint PRIMARY KEY", "none", idx),
        Col("utente_id", "bigint", "none", ref(N_UT)),
        Col("medico_id", "bigint", "none", pick(1, 5, 7, 11, 13, 17)),
        Col("farmaco", "varchar(120)", "health", rx.f("drug")),
        Col("dose_mg", "numeric(6,1)", "health", rx.f("dose")),
        Col("data_inicio", "date", "none", dates(2020, 2026)),
        Col("data_fim", "date", "none", dates(2024, 2026, 0.6)),
        Col("posto_toma", "varchar(80)", "none",
            pick("CRI Porto Oriental", "CRI Porto Central", "Farmácia Sá da Bandeira", "Unidade móvel Aleixo",
                 "EP Porto (Custóias)")),
        Col("regime", "varchar(40)", "none", pick("Toma diária observada", "Take-home 7 dias", "Take-home 3 dias")),
        Col("observacoes", "text", "health", maybe(0.4, pick("Redução gradual de 5 mg/semana a pedido do utente.",
                                                             "QTc 478 ms no último ECG, não subir dose.",
                                                             "Interação com rifampicina: aumentar dose."))),
    ], rows=120, extra=[fk(S, "prescricoes", "utente_id", "utentes"), fk(S, "prescricoes", "medico_id", "tecnicos")])

    def draw_lab(c: Any, i: int) -> dict:
        kind, results = c.r.choice(TESTS)
        return {"kind": kind, "res": c.r.choice(results)}
    lab = Rec(draw_lab)
    analises = Table(S, "analises", [
        Col("id", "bigint PRIMARY KEY", "none", idx),
        Col("utente_id", "bigint", "none", ref(N_UT)),
        Col("data_colheita", "date", "none", dates(2022, 2026)),
        Col("tipo", "varchar(80)", "health", lab.f("kind")),
        Col("resultado", "varchar(80)", "health", lab.f("res")),
        Col("laboratorio", "varchar(80)", "none", pick("Laboratório CHUSJ", "Unilabs Porto", "Laboratório interno")),
        Col("validado_por", "bigint", "none", pick(2, 4, 8)),
        Col("observacao", "varchar(255)", "health", maybe(0.25, pick("Amostra diluída, repetir.", "Seroconversão.",
                                                                     "Coinfeção VIH/VHC conhecida."))),
    ], rows=140, extra=[fk(S, "analises", "utente_id", "utentes"), fk(S, "analises", "validado_por", "tecnicos")])
    avaliacoes_risco = Table(S, "avaliacoes_risco", [
        Col("id", "bigint PRIMARY KEY", "none", idx),
        Col("utente_id", "bigint", "none", ref(N_UT)),
        Col("data_avaliacao", "date", "none", dates(2022, 2026)),
        Col("partilha_material", "varchar(40)", "health", pick("Nunca", "Nunca", "Últimos 12 meses", "Há mais de 1 ano",
                                                               "Não injeta")),
        Col("relacoes_desprotegidas", "boolean", "sex_life", flag(0.4)),
        Col("n_parceiros_12m", "smallint", "sex_life", rint(0, 12)),
        Col("trabalho_sexual", "varchar(30)", "sex_life", pick("Não", "Não", "Não", "Sim, atual", "No passado")),
        Col("orientacao_sexual", "varchar(40)", "sex_life", maybe(0.7, pick("Heterossexual", "Heterossexual",
                                                                            "Homossexual", "Bissexual",
                                                                            "Prefere não responder"))),
        Col("situacao_habitacional", "varchar(60)", "none", pick("Casa própria/arrendada", "Casa de familiares",
                                                                 "Sem-abrigo", "Quarto", "Albergue")),
        Col("overdose_previa", "boolean", "health", flag(0.25)),
        Col("avaliado_por", "bigint", "none", ref(N_TEC)),
    ], rows=120, extra=[fk(S, "avaliacoes_risco", "utente_id", "utentes"),
                        fk(S, "avaliacoes_risco", "avaliado_por", "tecnicos")])

    def draw_court(c: Any, i: int) -> dict:
        m, crime = c.r.choice(COURT)
        f = c.r.choice(PT_FIRST_F + PT_FIRST_M)
        la = c.r.choice(PT_LAST)
        unit = c.r.choice(('PAPRT', 'PBPRT', 'JAPRT', 'GAVNG'))
        nuipc = f"{c.r.randint(1, 2999)}/{c.r.randint(15, 25)}.{c.r.randint(0, 9)}{unit}"
        return {"m": m, "crime": crime, "nuipc": nuipc,
                "dgrsp": f"{f} {la}", "mail": f"{f.lower()[:1]}{la.lower()}@dgrsp.mj.pt".replace("ç", "c")
                .replace("ã", "a").replace("é", "e")}
    ct = Rec(draw_court)
    medidas_judiciais = Table(S, "medidas_judiciais", [
        Col("id", "bigint PRIMARY KEY", "none", idx),
        Col("utente_id", "bigint", "none", ref(N_UT)),
        Col("tipo_medida", "varchar(120)", "criminal_record", ct.f("m")),
        Col("tribunal", "varchar(120)", "none", pick(*TRIB)),
        Col("nuipc", "varchar(30)", "criminal_record", ct.f("nuipc")),
        Col("crime", "varchar(160)", "criminal_record", ct.f("crime")),
        Col("data_decisao", "date", "none", dates(2018, 2026)),
        Col("tecnico_dgrsp", "varchar(160)", "person_name", ct.f("dgrsp")),
        Col("email_dgrsp", "varchar(160)", "email", ct.f("mail")),
        Col("relatorio_enviado_em", "date", "none", dates(2019, 2026, 0.3)),
        Col("observacoes", "text", "criminal_record", maybe(0.4, pick(
            "Obrigação de apresentação quinzenal no CRI; comunicar faltas ao tribunal.",
            "Cumpriu 18 meses de pena efetiva (EP Porto).", "Pena extinta pelo cumprimento em 2024."))),
    ], rows=90, extra=[fk(S, "medidas_judiciais", "utente_id", "utentes")])

    def draw_sms(c: Any, i: int) -> dict:
        when = moment(c, 2024, 2026)
        return {"msg": c.r.choice((f"CRI Porto: lembramos a sua consulta a {when:%d/%m} as {when:%H}h{when:%M}. "
                                   "Em caso de falta ligue 225 089 410.",
                                   f"Bom dia. A sua toma de {when:%d/%m} foi transferida para a unidade movel.",
                                   "CRI Porto: resultado das analises disponivel. Marque consulta de enfermagem.")),
                "when": when}
    sms = Rec(draw_sms)
    sms_enviados = Table(S, "sms_enviados", [
        Col("id", "bigint PRIMARY KEY", "none", idx),
        Col("utente_id", "bigint", "none", ref(N_UT)),
        Col("telemovel", "varchar(20)", "phone", lambda c, i: pt_phone(c)),
        Col("mensagem", "varchar(320)", "none", sms.f("msg")),
        Col("enviado_em", "timestamp", "none", sms.f("when")),
        Col("estado", "varchar(20)", "none", pick("entregue", "entregue", "entregue", "falhou", "pendente")),
    ], rows=120, extra=[fk(S, "sms_enviados", "utente_id", "utentes")])
    return [tecnicos, utentes, consultas, prescricoes, analises, avaliacoes_risco, medidas_judiciais, sms_enviados]
