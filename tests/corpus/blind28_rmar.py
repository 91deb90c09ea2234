"""ad_rmar: an in-house seafarers' register of a Cabo Verde maritime administration, named in Portuguese: seafarers,
medical fitness exams, fingerprint templates for the seafarer's identity document, STCW certificates, vessels and
sign-ons, union dues, criminal record certificates, family remittance accounts, emergency contacts, courses, staff."""
from __future__ import annotations

from .blind28_gens import (bcrypt, blob, day, digits, fill, fk, fk_sql, flag, iban_of, ident, imo, ipv4, maybe, money,
                           num, one_of, per, pick, shared, token, when)
from .blind28_people import POOLS
from .gens import Col, Table

S, CC = "ad_rmar", "cv"
N_MAR, N_NAV = 150, 85
MAR = fk(N_MAR, 7)
ACCOUNT = shared("remessa", iban_of(CC))
SHIPOWNERS = ["Atlantico Linhas Lda", "Pesqueira do Mindelo SA", "Navegacao Crioula Lda", "Frota Sal Rei Lda",
              "Transportes Maritimos da Brava", "Armadores do Porto Grande SA"]


def rmar_tables() -> list[Table]:
    staff = Table(S, "utilizador", [
        Col("id_utilizador", "integer PRIMARY KEY", "none", ident),
        Col("login", "varchar(30)", "none", per(CC, "funcionario", "user")),
        Col("senha_hash", "varchar(60)", "credentials", bcrypt(11)),
        Col("nome", "varchar(120)", "person_name", per(CC, "funcionario", "name")),
        Col("email", "varchar(120)", "email", lambda c, i: per(CC, "funcionario", "user")(c, i) + "@imp.example.cv"),
        Col("perfil", "varchar(20)", "none", pick("balcao", "balcao", "medico", "inspetor", "admin")),
        Col("token_recuperacao", "varchar(64)", "secret_token", maybe(token(40), 0.7)),
        Col("ultimo_acesso", "timestamp", "none", when(2025, 2025)),
        Col("ip_ultimo_acesso", "inet", "ip_address", ipv4("41.221", "196.207", "165.90")),
    ], rows=35)
    mar = Table(S, "maritimo", [
        Col("id_maritimo", "integer PRIMARY KEY", "none", ident),
        Col("nome_proprio", "varchar(60)", "person_name", per(CC, "maritimo", "first")),
        Col("apelidos", "varchar(80)", "person_name", per(CC, "maritimo", "last")),
        Col("nome_pai", "varchar(120)", "person_name", maybe(lambda c, i: c.r.choice(POOLS[CC]["male"]) + " "
                                                             + per(CC, "maritimo", "last")(c, i), 0.2)),
        Col("nome_mae", "varchar(120)", "person_name", lambda c, i: c.r.choice(POOLS[CC]["female"]) + " "
            + c.r.choice(POOLS[CC]["last"])),
        Col("sexo", "char(1)", "none", per(CC, "maritimo", "sex")),
        Col("data_nascimento", "date", "birth_date", per(CC, "maritimo", "born")),
        Col("naturalidade", "varchar(40)", "none", pick("Praia", "Sao Vicente", "Santa Catarina", "Tarrafal", "Sal",
                                                        "Porto Novo", "Sao Filipe", "Maio")),
        Col("nif", "varchar(9)", "national_id", digits(8, "1")),
        Col("num_cni", "varchar(20)", "national_id", per(CC, "maritimo", "nid")),
        Col("num_cedula_maritima", "varchar(12)", "national_id", lambda c, i: f"CM-{['SV', 'ST', 'SL'][i % 3]}-"
            f"{1000 + i * 37}", comment="cedula maritima (seafarer's book)"),
        Col("telemovel", "varchar(20)", "phone", per(CC, "maritimo", "mobile")),
        Col("telefone", "varchar(20)", "phone", maybe(per(CC, "maritimo", "landline"), 0.6)),
        Col("email", "varchar(120)", "email", maybe(per(CC, "maritimo", "email"), 0.3)),
        Col("morada", "varchar(200)", "postal_address", per(CC, "maritimo", "street")),
        Col("codigo_postal", "varchar(8)", "postal_address", per(CC, "maritimo", "postcode")),
        Col("ilha", "varchar(20)", "none", pick("Santiago", "Sao Vicente", "Sal", "Santo Antao", "Boa Vista", "Fogo")),
        Col("concelho", "varchar(30)", "none", per(CC, "maritimo", "town")),
        Col("estado_civil", "varchar(20)", "none", pick("solteiro", "casado", "uniao de facto", "divorciado")),
        Col("grupo_sanguineo", "varchar(3)", "health", pick("O+", "O+", "A+", "B+", "AB+", "O-", "A-")),
        Col("filiado_sindicato", "boolean", "trade_union", flag(0.45)),
        Col("habilitacoes", "varchar(30)", "none", pick("9.o ano", "12.o ano", "licenciatura", "curso tecnico")),
    ], rows=N_MAR)
    exam = Table(S, "exame_medico", [
        Col("id_exame", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", MAR),
        Col("data_exame", "date", "none", day(2021, 2025)),
        Col("medico", "varchar(120)", "person_name", lambda c, i: "Dr(a). " + per(CC, "medico", "name", fk(12))(c, i)),
        Col("apto", "varchar(30)", "health", pick("APTO", "APTO", "APTO", "APTO COM RESTRICOES", "INAPTO TEMPORARIO")),
        Col("restricoes", "varchar(200)", "health", maybe(pick("usar oculos", "sem servico de vigia noturna",
                                                               "nao apto para cozinha (hepatite A em tratamento)"),
                                                          0.7)),
        Col("acuidade_visual", "varchar(12)", "health", pick("10/10", "9/10", "8/10", "6/10 OD")),
        Col("daltonismo", "boolean", "health", flag(0.05)),
        Col("tensao_arterial", "varchar(10)", "health", lambda c, i: f"{c.r.randint(105, 165)}/{c.r.randint(65, 100)}"),
        Col("observacoes", "text", "health", maybe(pick("Hipertensao controlada com amlodipina.",
                                                        "Audiometria normal.", "Diabetes tipo 2, controlo trimestral.",
                                                        "Fratura antiga do pe esquerdo, sem limitacao."), 0.4)),
        Col("data_validade", "date", "none", day(2025, 2027)),
    ], rows=130, extra=[fk_sql(S, "exame_medico", "id_maritimo", "maritimo", "id_maritimo")])
    bio = Table(S, "biometria", [
        Col("id_biometria", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", fk(N_MAR, 1, -1)),
        Col("dedo", "varchar(20)", "none", pick("POLEGAR_DIREITO", "INDICADOR_DIREITO", "POLEGAR_ESQUERDO")),
        Col("template_minucias", "bytea", "biometric", blob(180, 400),
            comment="ISO 19794-2 minutiae template for the seafarer identity document (ILO C185)"),
        Col("qualidade_nfiq", "smallint", "none", num(1, 5)),
        Col("data_recolha", "timestamp", "none", when(2022, 2025)),
        Col("equipamento", "varchar(30)", "none", pick("balcao-praia-01", "balcao-mindelo-02")),
    ], rows=140, extra=[fk_sql(S, "biometria", "id_maritimo", "maritimo", "id_maritimo")])
    cert = Table(S, "certificado_stcw", [
        Col("id_certificado", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", fk(N_MAR, 3)),
        Col("tipo", "varchar(60)", "none", pick("VI/1 Formacao basica de seguranca", "II/1 Oficial chefe de quarto",
                                                "III/1 Oficial maquinista", "II/4 Marinheiro de quarto",
                                                "VI/2 Embarcacoes de sobrevivencia")),
        Col("numero", "varchar(20)", "none", lambda c, i: f"STCW/CV/{2015 + i % 10}/{i:05d}"),
        Col("data_emissao", "date", "none", day(2015, 2025)),
        Col("data_validade", "date", "none", day(2025, 2030)),
        Col("entidade_emissora", "varchar(60)", "none", pick("IMP Cabo Verde", "ISECMAR Mindelo", "EMP Lisboa")),
        Col("estado", "varchar(12)", "none", pick("valido", "valido", "caducado", "suspenso")),
    ], rows=150, extra=[fk_sql(S, "certificado_stcw", "id_maritimo", "maritimo", "id_maritimo")])
    ship = Table(S, "navio", [
        Col("id_navio", "integer PRIMARY KEY", "none", ident),
        Col("nome_navio", "varchar(60)", "none", lambda c, i: ["Praia d'Aguada", "Mindelo Star", "Sodade", "Morabeza",
                                                               "Ilha Brava", "Kriola", "Monte Cara", "Santa Luzia"]
            [i % 8] + f" {['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI'][i // 8]}"),
        Col("num_imo", "varchar(12)", "none", imo),
        Col("bandeira", "varchar(20)", "none", pick("Cabo Verde", "Panama", "Portugal", "Liberia", "Espanha")),
        Col("armador", "varchar(60)", "none", pick(*SHIPOWNERS)),
        Col("tipo_navio", "varchar(20)", "none", pick("pesca atuneira", "carga geral", "passageiros", "petroleiro")),
        Col("arqueacao_bruta", "integer", "none", num(120, 45000)),
        Col("porto_registo", "varchar(20)", "none", pick("Mindelo", "Praia", "Palmeira", "Las Palmas")),
        Col("email_armador", "varchar(80)", "none", pick("frota@atlantico.example.cv", "geral@pesqueira.example.cv",
                                                         "ops@crioula.example.cv")),
        Col("telefone_armador", "varchar(20)", "none", pick("+238 232 10 40", "+238 260 55 00", "+238 231 44 12")),
    ], rows=N_NAV)
    sign = Table(S, "embarque", [
        Col("id_embarque", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", fk(N_MAR, 11)),
        Col("id_navio", "integer", "none", fk(N_NAV, 3)),
        Col("funcao", "varchar(30)", "none", pick("marinheiro", "cozinheiro", "contramestre", "maquinista",
                                                  "piloto", "pescador")),
        Col("data_embarque", "date", "none", day(2020, 2025)),
        Col("data_desembarque", "date", "none", maybe(day(2021, 2025), 0.3)),
        Col("porto_embarque", "varchar(30)", "none", pick("Mindelo", "Praia", "Las Palmas", "Dakar", "Abidjan")),
        Col("salario_base_usd", "numeric(8,2)", "none", money(400, 2800)),
        Col("motivo_desembarque", "varchar(30)", "none", maybe(pick("fim de contrato", "ferias", "venda do navio",
                                                                    "a pedido do maritimo"), 0.3)),
    ], rows=150, extra=[fk_sql(S, "embarque", "id_maritimo", "maritimo", "id_maritimo"),
                        fk_sql(S, "embarque", "id_navio", "navio", "id_navio")])
    dues = Table(S, "quota_sindical", [
        Col("id_quota", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", fk(N_MAR, 13)),
        Col("sindicato", "varchar(80)", "trade_union", pick("Sindicato dos Maritimos de Cabo Verde",
                                                            "Sindicato dos Trabalhadores da Pesca",
                                                            "Sindicato Livre dos Transportes")),
        Col("num_socio", "varchar(12)", "none", digits(5, "S-")),
        Col("valor_mensal", "numeric(8,2)", "none", money(300, 900)),
        Col("data_adesao", "date", "none", day(2005, 2025)),
        Col("desconto_salario", "boolean", "none", flag(0.7)),
    ], rows=110, extra=[fk_sql(S, "quota_sindical", "id_maritimo", "maritimo", "id_maritimo")])
    crim = Table(S, "registo_criminal", [
        Col("id_registo", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", fk(N_MAR, 17)),
        Col("num_certificado", "varchar(20)", "none", digits(7, "RC-")),
        Col("data_emissao", "date", "none", day(2020, 2025)),
        Col("resultado", "varchar(20)", "criminal_record", pick("nada consta", "nada consta", "nada consta",
                                                               "com registo")),
        Col("detalhe", "text", "criminal_record", maybe(pick(
            "Condenado em 2017 por conducao sob efeito de alcool, pena de multa.",
            "Condenado em 2012 por ofensa a integridade fisica, pena suspensa.",
            "Condenado em 2019 por trafico de menor gravidade, 2 anos e 6 meses."), 0.75)),
        Col("finalidade", "varchar(40)", "none", pick("emissao de cedula maritima", "renovacao", "embarque estrangeiro")),
    ], rows=120, extra=[fk_sql(S, "registo_criminal", "id_maritimo", "maritimo", "id_maritimo")])
    acct = Table(S, "conta_remessa", [
        Col("id_conta", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", fk(N_MAR, 19)),
        Col("titular", "varchar(120)", "person_name", per(CC, "familiar", "name")),
        Col("parentesco", "varchar(20)", "none", pick("esposa", "mae", "filho(a)", "companheira", "proprio")),
        Col("iban", "varchar(25)", "iban", ACCOUNT),
        Col("nib", "varchar(21)", "bank_account", lambda c, i: ACCOUNT(c, i)[4:]),
        Col("banco", "varchar(40)", "none", pick("Caixa Economica", "BCA", "BCN", "Banco Interatlantico")),
        Col("percentagem", "smallint", "none", pick(30, 50, 70, 100)),
    ], rows=110, extra=[fk_sql(S, "conta_remessa", "id_maritimo", "maritimo", "id_maritimo")])
    kin = Table(S, "contacto_emergencia", [
        Col("id_contacto", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", ident),
        Col("nome", "varchar(120)", "person_name", per(CC, "familiar", "name")),
        Col("parentesco", "varchar(20)", "none", pick("esposa", "mae", "pai", "irmao", "companheira")),
        Col("telemovel", "varchar(20)", "phone", per(CC, "familiar", "mobile")),
        Col("morada", "varchar(200)", "postal_address", per(CC, "familiar", "address")),
    ], rows=N_MAR, extra=[fk_sql(S, "contacto_emergencia", "id_maritimo", "maritimo", "id_maritimo")])
    course = Table(S, "formacao", [
        Col("id_inscricao", "integer PRIMARY KEY", "none", ident),
        Col("id_maritimo", "integer", "none", fk(N_MAR, 23)),
        Col("curso", "varchar(60)", "none", pick("Seguranca basica", "Combate a incendios", "Primeiros socorros",
                                                 "Sobrevivencia no mar", "Radar ARPA")),
        Col("data_inicio", "date", "none", day(2020, 2025)),
        Col("nota_final", "numeric(4,1)", "none", lambda c, i: round(c.r.uniform(8, 20), 1)),
        Col("aprovado", "boolean", "none", flag(0.85)),
        Col("observacoes", "text", "free_text_may_contain_pii", maybe(one_of(
            fill("Faltou 3 dias; justificacao entregue por {n} ({m}).", n=per(CC, "familiar", "name", fk(N_MAR, 23)),
                 m=per(CC, "familiar", "mobile", fk(N_MAR, 23))),
            pick("Bom desempenho pratico.", "Repetir modulo de natacao.", "Transferido para turma de Mindelo.")),
            0.4)),
    ], rows=140, extra=[fk_sql(S, "formacao", "id_maritimo", "maritimo", "id_maritimo")])
    return [staff, mar, exam, bio, cert, ship, sign, dues, crim, acct, kin, course]
