"""ac_sigpaj: an in-house case system of a Mozambican state legal-aid institute (Portuguese, UPPER-case names as its
Oracle-era design left them): provincial delegations, legal technicians, beneficiaries, cases with their criminal,
labour and family details, hearings, documents, walk-in intake and an access log."""
from __future__ import annotations

from stdnum.iban import calc_check_digits
from stdnum.iso7064 import mod_97_10
from stdnum.mz import nuit as mz_nuit

from .blind27_gens import (bcrypt, cyc, day, digest, fk, fk_sql, flag, ipv4, maybe, num, pick, rid, stamp, wpick)
from .blind27_people import MZ_BAIRROS, ascii_fold, other, pf, pfmt, say
from .gens import Col, Ctx, Gen, Table

S, CC = "ac_sigpaj", "MZ"
T, B = "mz_tecnico", "mz_benef"
N_DEL, N_TEC, N_BEN, N_PROC = 11, 45, 150, 150
CRIM = [i for i in range(1, N_PROC + 1) if i % 10 <= 5]       # 90 criminal cases
LAB = [i for i in range(1, N_PROC + 1) if i % 10 in (6, 7)]   # 30 labour cases
FAM = [i for i in range(1, N_PROC + 1) if i % 10 in (8, 9)]   # 30 family cases

_PROV = ("Maputo Cidade", "Maputo Província", "Gaza", "Inhambane", "Sofala", "Manica", "Tete", "Zambézia", "Nampula",
         "Cabo Delgado", "Niassa")
_CAPITAL = ("Maputo", "Matola", "Xai-Xai", "Inhambane", "Beira", "Chimoio", "Tete", "Quelimane", "Nampula", "Pemba",
            "Lichinga")
_CRIMES = (("Furto simples", "art. 264.º CP"), ("Furto qualificado", "art. 265.º CP"), ("Roubo", "art. 271.º CP"),
           ("Ofensas corporais voluntárias", "art. 159.º CP"), ("Homicídio voluntário simples", "art. 155.º CP"),
           ("Tráfico de estupefacientes", "art. 33.º Lei 3/97"), ("Violência doméstica", "art. 30.º Lei 29/2009"),
           ("Burla", "art. 276.º CP"), ("Condução em estado de embriaguez", "art. 193.º CE"))
_PRISONS = ("Cadeia Central da Machava", "Estabelecimento Penitenciário Provincial de Maputo", "Cadeia Civil de "
            "Maputo", "Estabelecimento Penitenciário Regional de Nampula", "Cadeia Distrital de Chimoio", "Esquadra da "
            "PRM do Bairro Central (celas)", "")
_UNIONS = ("SINTIA — Sindicato Nacional dos Trabalhadores da Indústria Alimentar", "SNEB — Sindicato Nacional dos "
           "Empregados Bancários", "SINTESP — Sindicato dos Trabalhadores de Segurança Privada", "SINTRAT — "
           "Sindicato Nacional dos Trabalhadores dos Transportes", "SNJ — Sindicato Nacional de Jornalistas")
_EMPLOYERS = ("Mozal, S.A.", "Cervejas de Moçambique, S.A.", "Segurança Total, Lda.", "Transportes Chapa Cem, Lda.",
              "Açucareira de Xinavane, S.A.", "Supermercados Nhamburi, Lda.", "Construções Matola Gare, Lda.")
_OBS = ("Beneficiária analfabeta; contactar através do filho {o_full}, {o_mobile}.", "Apresentou atestado de "
        "pobreza do bairro.", "Fala apenas changana; precisa de intérprete.", "Vive com o tio, {o_full}, no "
        "mesmo endereço.", "Prefere ser contactado por SMS para {mobile}.", "")
_NOTAS = ("Testemunha: {o_full}, contacto {o_mobile}.", "Adiada por falta do réu.", "Juiz pediu relatório "
          "social.", "A parte contrária, {o_full}, não compareceu.", "Leitura da sentença marcada.")
_ASSUNTO = ("Pretende divorciar-se; marido bebe e agride.", "Despedido sem aviso; patrão não paga o salário.",
            "Filho detido na esquadra desde sexta; pede advogado. Mãe: {full}, {mobile}.", "Disputa de terreno com "
            "o vizinho {o_full}.", "Pensão de alimentos em atraso.", "Quer registar o filho; falta certidão.")
_SAUDE = ("Sem queixas", "Sem queixas", "Tuberculose em tratamento (DOTS)", "Seropositivo, em TARV",
          "Ferimento na mão esquerda", "Epilepsia", "Hipertensão", "Diabetes", "")


def proc_no(idx: int) -> str:
    return f"{idx:05d}/IPAJ/{2018 + idx % 7}"


def _proc(pool: list[int]) -> Gen:
    """A case number from one of the case lists above, the j-th row taking the j-th case."""
    return lambda c, i: proc_no(pool[(i - 1) % len(pool)])


def _nib_iban(c: Ctx, i: int) -> str:
    """MZ + IBAN check digits + a 21-digit NIB (bank, branch, account, and the NIB's own mod-97 pair), both pairs
    computed with stdnum; as with Portuguese NIBs the IBAN check digits then come out as a constant (59)."""
    body = f"{c.r.choice(('0001', '0003', '0008', '0034'))}{c.r.randint(0, 9999):04d}{c.r.randint(0, 10**11 - 1):011d}"
    nib = body + mod_97_10.calc_check_digits(body)
    return f"MZ{calc_check_digits('MZ00' + nib)}{nib}"


def _company_nuit(c: Ctx, i: int) -> str:
    body = f"4{c.r.randint(0, 9999999):07d}"
    return body + mz_nuit.calc_check_digit(body)


def sigpaj_tables() -> list[Table]:
    deleg = Table(S, "DELEGACAO", [
        Col("COD_DELEGACAO", "integer PRIMARY KEY", "none", rid()),
        Col("NOME_DELEGACAO", "varchar(80)", "none", lambda c, i: f"Delegação Provincial de {_PROV[i - 1]}"),
        Col("PROVINCIA", "varchar(40)", "none", cyc(_PROV)),
        Col("ENDERECO", "varchar(200)", "none", lambda c, i: f"Av. Samora Machel, n.º {100 + 7 * i}, "
                                                              f"{_CAPITAL[i - 1]}"),
        Col("TELEFONE", "varchar(20)", "none", lambda c, i: f"2{c.r.randint(1, 9)} {c.r.randint(100, 999)} "
                                                            f"{c.r.randint(100, 999)}"),
        Col("EMAIL", "varchar(80)", "none", lambda c, i: f"delegacao.{_CAPITAL[i - 1].lower().replace('-', '')}"
                                                         f"@ipaj.gov.example.mz"),
        Col("RESPONSAVEL", "varchar(120)", "person_name", pf("full", "mz_delegado", CC)),
        Col("TEL_RESPONSAVEL", "varchar(20)", "phone", pf("mobile", "mz_delegado", CC)),
    ], rows=N_DEL)
    tec = Table(S, "TECNICO", [
        Col("ID_TECNICO", "integer PRIMARY KEY", "none", rid()),
        Col("COD_DELEGACAO", "integer", "none", fk(N_DEL, 1, -1)),
        Col("NOME_COMPLETO", "varchar(120)", "person_name", pf("full", T, CC)),
        Col("CATEGORIA", "varchar(40)", "none", pick(("Técnico Jurídico", "Assistente Jurídico", "Advogado "
                                                      "Estagiário", "Técnico Jurídico Principal"))),
        Col("NUM_CARTEIRA", "varchar(12)", "none", lambda c, i: f"TJ-{c.r.randint(100, 2999):04d}"),
        Col("TELEMOVEL", "varchar(20)", "phone", pf("mobile", T, CC)),
        Col("EMAIL_INSTITUCIONAL", "varchar(80)", "email",
            lambda c, i: f"{ascii_fold(pfmt('{given}.{family}', T, CC)(c, i))}@ipaj.gov.example.mz"),
        Col("DATA_ADMISSAO", "date", "none", day(2005, 2023)),
        Col("SENHA_HASH", "varchar(100)", "credentials", bcrypt("$2a$12$")),
        Col("ACTIVO", "char(1)", "none", wpick(("S", "N"), (90, 10))),
    ], rows=N_TEC, extra=[fk_sql(S, "TECNICO", "COD_DELEGACAO", "DELEGACAO", "COD_DELEGACAO")])
    ben = Table(S, "BENEFICIARIO", [
        Col("ID_BENEF", "integer PRIMARY KEY", "none", rid()),
        Col("NOME", "varchar(80)", "person_name", pf("given", B, CC)),
        Col("APELIDO", "varchar(80)", "person_name", pf("family", B, CC)),
        Col("SEXO", "char(1)", "none", pf("sex", B, CC)),
        Col("DATA_NASC", "date", "birth_date", pf("dob", B, CC)),
        Col("ESTADO_CIVIL", "varchar(20)", "none", pick(("Solteiro(a)", "Casado(a)", "União de facto", "Viúvo(a)",
                                                         "Divorciado(a)"))),
        Col("NUM_BI", "varchar(13)", "national_id", pf("nid", B, CC)),
        Col("NUIT", "varchar(9)", "national_id", maybe(pf("nuit", B, CC), 0.5)),
        Col("PROFISSAO", "varchar(60)", "none", pick(("Vendedeira", "Desempregado", "Guarda", "Camponesa",
                                                      "Mecânico", "Empregada doméstica", "Estudante", "Pedreiro"))),
        Col("RENDA_MENSAL", "numeric(10,2)", "none", lambda c, i: c.r.choice((0, 1500, 3000, 4500, 6000, 8200))),
        Col("AGREGADO", "smallint", "none", num(1, 11)),
        Col("BAIRRO", "varchar(60)", "none", pick(MZ_BAIRROS)),
        Col("ENDERECO", "varchar(200)", "postal_address", pf("street", B, CC)),
        Col("DISTRITO", "varchar(60)", "none", pf("town", B, CC)),
        Col("PROVINCIA", "varchar(40)", "none", pick(_PROV)),
        Col("CONTACTO", "varchar(30)", "phone", pf("mobile", B, CC)),
        Col("CONTACTO_ALT", "varchar(60)", "phone", maybe(lambda c, i: f"{other('mobile', B, CC)(c, i)} "
                                                                       f"({c.r.choice(('irmã', 'vizinho', 'filho'))})",
                                                          0.5)),
        Col("LINGUA", "varchar(20)", "none", pick(("Português", "Changana", "Macua", "Sena", "Ronga", "Ndau"))),
        Col("DEFICIENCIA", "varchar(60)", "health", wpick(("Nenhuma", "Visual", "Auditiva", "Física (membros "
                                                           "inferiores)", "Mental"), (80, 5, 5, 6, 4))),
        Col("OBS", "varchar(400)", "free_text_may_contain_pii", say(_OBS, B, CC)),
    ], rows=N_BEN)
    proc = Table(S, "PROCESSO", [
        Col("NUM_PROCESSO", "varchar(20) PRIMARY KEY", "none", lambda c, i: proc_no(i)),
        Col("ID_BENEF", "integer", "none", fk(N_BEN, 7)),
        Col("ID_TECNICO", "integer", "none", fk(N_TEC, 3)),
        Col("AREA", "varchar(20)", "none", lambda c, i: "Criminal" if i in CRIM else "Laboral" if i in LAB
            else "Família"),
        Col("DATA_ABERTURA", "date", "none", day(2018, 2024)),
        Col("TRIBUNAL", "varchar(80)", "none", pick(("Tribunal Judicial da Cidade de Maputo", "Tribunal Judicial "
                                                     "do Distrito de KaMpfumo", "Tribunal Judicial da Província de "
                                                     "Sofala", "Tribunal de Menores de Maputo", "Tribunal Judicial do "
                                                     "Distrito de Nampula"))),
        Col("NUM_PROC_TRIBUNAL", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1, 999)}/{c.r.randint(18, 24)}"
                                                                     f"-{c.r.choice('ABCDE')}"),
        Col("FASE", "varchar(20)", "none", pick(("Instrução", "Julgamento", "Recurso", "Execução", "Mediação"))),
        Col("ESTADO", "varchar(12)", "none", wpick(("ABERTO", "ENCERRADO", "ARQUIVADO"), (50, 40, 10))),
        Col("DATA_ENCERRAMENTO", "date", "none", maybe(day(2020, 2024), 0.5)),
    ], rows=N_PROC, extra=[fk_sql(S, "PROCESSO", "ID_BENEF", "BENEFICIARIO", "ID_BENEF"),
                           fk_sql(S, "PROCESSO", "ID_TECNICO", "TECNICO", "ID_TECNICO")])
    arg = Table(S, "ARGUIDO", [
        Col("ID_ARGUIDO", "integer PRIMARY KEY", "none", rid()),
        Col("NUM_PROCESSO", "varchar(20)", "none", _proc(CRIM)),
        Col("CRIME_IMPUTADO", "varchar(80)", "criminal_record", lambda c, i: _CRIMES[(i * 5) % len(_CRIMES)][0]),
        Col("ARTIGO_CP", "varchar(30)", "criminal_record", lambda c, i: _CRIMES[(i * 5) % len(_CRIMES)][1]),
        Col("DATA_DETENCAO", "date", "none", maybe(day(2018, 2024), 0.3)),
        Col("PRISAO_PREVENTIVA", "char(1)", "criminal_record", wpick(("S", "N"), (40, 60))),
        Col("ESTABELECIMENTO", "varchar(80)", "criminal_record", pick(_PRISONS)),
        Col("ANTECEDENTES", "varchar(120)", "criminal_record", pick(("Sem antecedentes", "Sem antecedentes",
                                                                     "Condenado em 2019 por furto (6 meses)",
                                                                     "Processo pendente por ofensas corporais",
                                                                     "Reincidente"))),
        Col("SENTENCA", "varchar(300)", "criminal_record", pick(("", "", "Absolvido", "Condenado a 2 anos de "
                                                                 "prisão, suspensa por 3 anos", "Condenado a 8 meses"
                                                                 " de prisão convertidos em multa", "Condenado a 12 "
                                                                 "anos de prisão maior", "Trabalho socialmente útil"))),
        Col("PENA_MESES", "integer", "criminal_record", lambda c, i: c.r.choice((None, None, 0, 6, 8, 24, 144))),
        Col("ESTADO_SAUDE", "varchar(80)", "health", pick(_SAUDE)),
        Col("MENOR", "char(1)", "none", wpick(("S", "N"), (10, 90))),
    ], rows=len(CRIM), extra=[fk_sql(S, "ARGUIDO", "NUM_PROCESSO", "PROCESSO", "NUM_PROCESSO")])
    aud = Table(S, "AUDIENCIA", [
        Col("ID_AUDIENCIA", "integer PRIMARY KEY", "none", rid()),
        Col("NUM_PROCESSO", "varchar(20)", "none", lambda c, i: proc_no(fk(N_PROC, 11)(c, i))),
        Col("DATA_HORA", "timestamp", "none", stamp(2019, 2024)),
        Col("SALA", "varchar(10)", "none", lambda c, i: f"Sala {c.r.randint(1, 8)}"),
        Col("ID_TECNICO", "integer", "none", fk(N_TEC, 5)),
        Col("RESULTADO_SESSAO", "varchar(60)", "none", pick(("Realizada", "Adiada", "Suspensa", "Conciliação"))),
        Col("NOTAS", "varchar(400)", "free_text_may_contain_pii", say(_NOTAS, "mz_testemunha", CC)),
    ], rows=140, extra=[fk_sql(S, "AUDIENCIA", "NUM_PROCESSO", "PROCESSO", "NUM_PROCESSO"),
                        fk_sql(S, "AUDIENCIA", "ID_TECNICO", "TECNICO", "ID_TECNICO")])
    lab = Table(S, "LABORAL", [
        Col("ID_LAB", "integer PRIMARY KEY", "none", rid()),
        Col("NUM_PROCESSO", "varchar(20)", "none", _proc(LAB)),
        Col("EMPREGADOR", "varchar(120)", "none", pick(_EMPLOYERS)),
        Col("NUIT_EMPREGADOR", "varchar(9)", "none", _company_nuit),
        Col("FUNCAO", "varchar(60)", "none", pick(("Guarda", "Operário fabril", "Motorista", "Caixa", "Servente"))),
        Col("SALARIO", "numeric(10,2)", "none", lambda c, i: c.r.choice((5800, 7200, 9500, 12500, 18000))),
        Col("DATA_DESPEDIMENTO", "date", "none", day(2018, 2024)),
        Col("FILIADO_SINDICATO", "char(1)", "trade_union", wpick(("S", "N"), (45, 55))),
        Col("SINDICATO", "varchar(120)", "trade_union", lambda c, i: c.r.choice(_UNIONS + ("", "", ""))),
        Col("IBAN_INDEMNIZACAO", "varchar(25)", "iban", maybe(_nib_iban, 0.3)),
    ], rows=len(LAB), extra=[fk_sql(S, "LABORAL", "NUM_PROCESSO", "PROCESSO", "NUM_PROCESSO")])
    fam = Table(S, "FAMILIA", [
        Col("ID_FAM", "integer PRIMARY KEY", "none", rid()),
        Col("NUM_PROCESSO", "varchar(20)", "none", _proc(FAM)),
        Col("NOME_CONJUGE", "varchar(120)", "person_name", pf("full", "mz_conjuge", CC)),
        Col("CONTACTO_CONJUGE", "varchar(30)", "phone", maybe(pf("mobile", "mz_conjuge", CC), 0.3)),
        Col("NUM_FILHOS", "smallint", "none", num(0, 7)),
        Col("VIOLENCIA_DOMESTICA", "char(1)", "criminal_record", wpick(("S", "N"), (35, 65))),
        Col("PENSAO_ALIMENTOS", "numeric(10,2)", "none", lambda c, i: c.r.choice((None, 1500, 2500, 4000))),
        Col("REGIME_BENS", "varchar(40)", "none", pick(("Comunhão de adquiridos", "Separação de bens", "União de "
                                                        "facto"))),
    ], rows=len(FAM), extra=[fk_sql(S, "FAMILIA", "NUM_PROCESSO", "PROCESSO", "NUM_PROCESSO")])
    doc = Table(S, "DOCUMENTO", [
        Col("ID_DOC", "integer PRIMARY KEY", "none", rid()),
        Col("NUM_PROCESSO", "varchar(20)", "none", lambda c, i: proc_no(fk(N_PROC, 13)(c, i))),
        Col("TIPO_DOC", "varchar(40)", "none", pick(("Cópia do BI", "Atestado de pobreza", "Relatório médico",
                                                     "Contrato de trabalho", "Certidão de nascimento", "Auto de "
                                                     "notícia"))),
        Col("NOME_FICHEIRO", "varchar(80)", "none", lambda c, i: f"DOC_{i:06d}.pdf"),
        Col("DATA_ENTRADA", "date", "none", day(2018, 2024)),
        Col("HASH_SHA256", "char(64)", "none", digest("sha256")),
        Col("CONFIDENCIAL", "char(1)", "none", wpick(("S", "N"), (30, 70))),
    ], rows=120, extra=[fk_sql(S, "DOCUMENTO", "NUM_PROCESSO", "PROCESSO", "NUM_PROCESSO")])
    atend = Table(S, "ATENDIMENTO", [
        Col("ID_ATEND", "integer PRIMARY KEY", "none", rid()),
        Col("DATA_ATEND", "date", "none", day(2022, 2024)),
        Col("COD_DELEGACAO", "integer", "none", fk(N_DEL, 3)),
        Col("NOME_UTENTE", "varchar(120)", "person_name", pf("full", "mz_utente", CC)),
        Col("TEL", "varchar(30)", "phone", maybe(pf("mobile", "mz_utente", CC), 0.2)),
        Col("ASSUNTO", "varchar(400)", "free_text_may_contain_pii", say(_ASSUNTO, "mz_utente", CC)),
        Col("ENCAMINHADO_PARA", "varchar(60)", "none", pick(("Abertura de processo", "Mediação", "Ministério "
                                                             "Público", "Acção Social", "Sem seguimento"))),
        Col("ID_BENEF", "integer", "none", fk(N_BEN, 1, -1, null_every=2)),
    ], rows=150, extra=[fk_sql(S, "ATENDIMENTO", "COD_DELEGACAO", "DELEGACAO", "COD_DELEGACAO"),
                        fk_sql(S, "ATENDIMENTO", "ID_BENEF", "BENEFICIARIO", "ID_BENEF")])
    log = Table(S, "LOG_ACESSO", [
        Col("ID_LOG", "integer PRIMARY KEY", "none", rid()),
        Col("ID_TECNICO", "integer", "none", fk(N_TEC, 7)),
        Col("DATA_HORA", "timestamp", "none", stamp(2024, 2024)),
        Col("IP_ORIGEM", "varchar(40)", "ip_address", ipv4),
        Col("ACCAO", "varchar(30)", "none", pick(("LOGIN", "CONSULTA_PROCESSO", "EDITA_BENEFICIARIO", "EXPORTA_PDF",
                                                  "LOGOUT"))),
        Col("NUM_PROCESSO", "varchar(20)", "none", lambda c, i: proc_no(fk(N_PROC, 17)(c, i))),
        Col("SUCESSO", "char(1)", "none", flag(0.95, "S", "N")),
    ], rows=120, extra=[fk_sql(S, "LOG_ACESSO", "ID_TECNICO", "TECNICO", "ID_TECNICO")])
    return [deleg, tec, ben, proc, arg, aud, lab, fam, doc, atend, log]
