"""k_protheus: a Brazilian company on TOTVS Protheus (company 01): SA1 customers (people and firms in one table),
SA2 suppliers, SRA employees, SRB dependants, SR8 absences, SB1 products, SX5 generic tables, SE1 receivables.
Protheus keeps text in fixed-width upper case without accents, dates as 'YYYYMMDD' text (blank when empty), and
marks deleted rows with D_E_L_E_T_ = '*'. It declares no foreign keys on the database."""
from __future__ import annotations

from .blind8_gens import (ascii_upper, cnpj_value, cpf_value, day, full, money, num, opt, other_name,
                          phone, postcode, seq, street, template, town, who)
from .gens import Col, Table, pick

S = "k_protheus"
D = "%Y%m%d"
BLANK = "        "


def _tail() -> list[Col]:
    return [Col("D_E_L_E_T_", "char(1)", "none", pick(" ", " ", " ", " ", " ", " ", " ", "*")),
            Col("R_E_C_N_O_", "integer", "none", lambda c, i: i)]


def _fil(prefix: str) -> Col:
    return Col(f"{prefix}_FILIAL", "char(2)", "none", pick("01", "01", "02", "  "))


def _pf(i: int) -> bool:
    return i % 3 != 0          # SA1: two rows in three are natural persons (A1_PESSOA 'F')


def _firm(c, i) -> str:
    return c.r.choice(["{} COMERCIO DE ALIMENTOS LTDA", "SUPERMERCADO {} LTDA", "{} DISTRIBUIDORA EIRELI",
                       "AUTO PECAS {} LTDA ME", "{} TRANSPORTES S/A", "FARMACIA {} LTDA"]).format(
        c.r.choice(["BOA VISTA", "SAO JORGE", "PARANA", "IRMAOS ROCHA", "NOVA ERA", "TRES PODERES", "CENTRAL"]))


_hist = template("pt", "REF NF {n} - FALAR C/ {first} {phone}", "COBRAR {first} {last}", "ACORDO CLIENTE PAGTO EM {n}X",
                 "BOLETO REENV P/ {email}", "CHEQUE DEVOLVIDO ALINEA {n}", "PEDIDO {n} - ENTREGA PARCIAL")


def protheus_tables() -> list[Table]:
    return [
        Table(S, "SA1010", [_fil("A1"),
            Col("A1_COD", "char(6)", "none", seq("{:06d}")),
            Col("A1_LOJA", "char(2)", "none", pick("01", "01", "01", "02")),
            Col("A1_NOME", "char(40)", "person_name", lambda c, i: full("pt", "sa1", upper=True)(c, i) if _pf(i) else _firm(c, i)),
            Col("A1_PESSOA", "char(1)", "none", lambda c, i: "F" if _pf(i) else "J"),
            Col("A1_NREDUZ", "char(20)", "person_name", lambda c, i: (who("pt", "sa1", "first", True)(c, i) if _pf(i)
                                                                      else _firm(c, i).split(" LTDA")[0])[:20]),
            Col("A1_END", "char(80)", "postal_address", street("pt", upper=True)),
            Col("A1_BAIRRO", "char(40)", "none", pick("CENTRO", "JARDIM AMERICA", "VILA MARIANA", "BOA VIAGEM", "TATUAPE",
                                                      "SANTA CRUZ", "PARQUE INDUSTRIAL", "COPACABANA")),
            Col("A1_MUN", "char(60)", "none", town("pt", upper=True)),
            Col("A1_EST", "char(2)", "none", pick("SP", "SP", "SP", "RJ", "MG", "PR", "RS", "SC", "BA")),
            Col("A1_CEP", "char(8)", "postal_address", lambda c, i: postcode("pt")(c, i).replace("-", "")),
            Col("A1_DDD", "char(3)", "none", pick("11", "11", "21", "31", "41", "51", "19")),
            Col("A1_TEL", "char(15)", "phone", lambda c, i: f"9{c.r.randint(1000, 9999)}-{c.r.randint(1000, 9999)}"),
            Col("A1_EMAIL", "char(100)", "email", opt(0.75, lambda c, i: who("pt", "sa1", "email")(c, i) if _pf(i)
                                                    else f"financeiro@{c.r.choice(['boavista', 'saojorge', 'novaera'])}.com.br", " ")),
            Col("A1_CGC", "char(14)", "national_id", lambda c, i: cpf_value(False)(c, i) if _pf(i) else cnpj_value(c, i)),
            Col("A1_INSCR", "char(18)", "none", lambda c, i: "ISENTO" if _pf(i) else f"{c.r.randint(100, 999)}.{c.r.randint(100, 999)}.{c.r.randint(100, 999)}.{c.r.randint(100, 999)}"),
            Col("A1_DTNASC", "char(8)", "birth_date", lambda c, i: day(1950, 2003, D)(c, i) if _pf(i) else BLANK),
            Col("A1_TIPO", "char(1)", "none", pick("F", "F", "R", "S")),
            Col("A1_RISCO", "char(1)", "none", pick("A", "B", "B", "C", "E")),
            Col("A1_LC", "numeric(14,2)", "none", money(0, 50000)),
        ] + _tail(), rows=120),
        Table(S, "SA2010", [_fil("A2"),
            Col("A2_COD", "char(6)", "none", seq("F{:05d}")),
            Col("A2_LOJA", "char(2)", "none", pick("01")),
            Col("A2_NOME", "char(40)", "none", _firm),
            Col("A2_NREDUZ", "char(20)", "none", pick("BOA VISTA", "SAO JORGE", "NOVA ERA", "CENTRAL", "PARANA")),
            Col("A2_END", "char(80)", "none", street("pt", upper=True)),
            Col("A2_MUN", "char(60)", "none", town("pt", upper=True)),
            Col("A2_EST", "char(2)", "none", pick("SP", "SP", "PR", "SC", "MG")),
            Col("A2_CEP", "char(8)", "none", lambda c, i: postcode("pt")(c, i).replace("-", "")),
            Col("A2_TEL", "char(15)", "none", lambda c, i: f"(11) 3{c.r.randint(100, 999)}-{c.r.randint(1000, 9999)}"),
            Col("A2_EMAIL", "char(100)", "none", pick("comercial@ferragensparana.com.br", "nfe@distribuidoracentral.com.br",
                                                      "vendas@novaeraembalagens.com.br", " ")),
            Col("A2_CGC", "char(14)", "none", cnpj_value),
            Col("A2_BANCO", "char(3)", "none", pick("001", "237", "341", "104", "033")),
            Col("A2_AGENCIA", "char(5)", "none", lambda c, i: f"{c.r.randint(100, 9999):04d}"),
            Col("A2_NUMCON", "char(10)", "none", lambda c, i: f"{c.r.randint(10000, 999999)}-{c.r.randint(0, 9)}"),
            Col("A2_CONTATO", "char(15)", "person_name", opt(0.6, lambda c, i: ascii_upper(other_name("pt")(c, i))[:15], " ")),
        ] + _tail(), rows=90),
        Table(S, "SRA010", [_fil("RA"),
            Col("RA_MAT", "char(6)", "none", seq("{:06d}", 100)),
            Col("RA_NOME", "char(30)", "person_name", lambda c, i: full("pt", "sra", upper=True)(c, i)[:30]),
            Col("RA_NOMECMP", "char(70)", "person_name", full("pt", "sra", upper=True)),
            Col("RA_MAE", "char(40)", "person_name", lambda c, i: ascii_upper(c.r.choice(
                ["MARIA", "ANA", "FRANCISCA", "ANTONIA", "RAIMUNDA", "TEREZINHA", "LUZIA"]) + " " + who("pt", "sra", "last")(c, i))),
            Col("RA_PAI", "char(40)", "person_name", opt(0.8, other_name("pt", upper=True), " ")),
            Col("RA_SEXO", "char(1)", "none", who("pt", "sra", "sex")),
            Col("RA_RACACOR", "char(1)", "ethnic_origin", pick("2", "2", "2", "8", "8", "8", "4", "6", "1", "9")),
            Col("RA_NASC", "char(8)", "birth_date", day(1960, 2005, D)),
            Col("RA_ESTCIVI", "char(1)", "none", pick("S", "C", "C", "D", "V", "M")),
            Col("RA_NACIONA", "char(2)", "none", pick("10", "10", "10", "10", "20", "24")),
            Col("RA_NATURAL", "char(2)", "none", pick("SP", "SP", "MG", "BA", "PE", "PR", "CE")),
            Col("RA_CIC", "char(11)", "national_id", cpf_value(False)),
            Col("RA_PIS", "char(12)", "national_id", lambda c, i: f"{c.r.randint(10000000000, 19999999999)}"),
            Col("RA_RG", "char(15)", "national_id", lambda c, i: f"{c.r.randint(10, 59)}.{c.r.randint(100, 999)}.{c.r.randint(100, 999)}-{c.r.choice('0123456789X')}"),
            Col("RA_NUMCP", "char(7)", "national_id", lambda c, i: f"{c.r.randint(1000000, 9999999)}"),
            Col("RA_SERCP", "char(5)", "none", lambda c, i: f"{c.r.randint(1, 999):05d}"),
            Col("RA_TITULOE", "char(12)", "national_id", lambda c, i: f"{c.r.randint(10**11, 10**12 - 1)}"),
            Col("RA_ENDEREC", "char(30)", "postal_address", lambda c, i: street("pt", upper=True)(c, i)[:30]),
            Col("RA_COMPLEM", "char(15)", "postal_address", opt(0.4, pick("APTO 12", "CASA 2", "BLOCO B AP 304", "FUNDOS"), " ")),
            Col("RA_BAIRRO", "char(15)", "none", pick("CENTRO", "JD PAULISTA", "VILA NOVA", "CAPAO REDONDO", "SANTANA")),
            Col("RA_MUNICIP", "char(20)", "none", town("pt", upper=True)),
            Col("RA_ESTADO", "char(2)", "none", pick("SP", "SP", "SP", "MG", "PR")),
            Col("RA_CEP", "char(8)", "postal_address", lambda c, i: postcode("pt")(c, i).replace("-", "")),
            Col("RA_TELEFON", "char(20)", "phone", phone("pt")),
            Col("RA_EMAIL", "char(50)", "email", opt(0.6, who("pt", "sra", "email"), " ")),
            Col("RA_ADMISSA", "char(8)", "none", day(2005, 2024, D)),
            Col("RA_DEMISSA", "char(8)", "none", opt(0.15, day(2020, 2024, D), BLANK)),
            Col("RA_CC", "char(9)", "none", pick("110101", "110102", "210301", "310001")),
            Col("RA_CODFUNC", "char(5)", "none", pick("00012", "00015", "00031", "00044", "00102")),
            Col("RA_SALARIO", "numeric(12,2)", "none", money(1412, 18000)),
            Col("RA_BCDEPSA", "char(8)", "none", lambda c, i: c.r.choice(["001", "237", "341", "104", "260"]) + f"{c.r.randint(100, 9999):05d}"),
            Col("RA_CTDEPSA", "char(12)", "bank_account", lambda c, i: f"{c.r.randint(10000, 99999999)}{c.r.randint(0, 9)}"),
            Col("RA_DEFIFIS", "char(1)", "health", pick("2", "2", "2", "2", "2", "2", "2", "1")),
            Col("RA_TPDEFFI", "char(1)", "health", pick("0", "0", "0", "0", "0", "1", "2", "3", "5")),
            Col("RA_SINDICA", "char(2)", "trade_union", pick("01", "01", "02", "03", "  ")),
            Col("RA_MENSIND", "char(1)", "trade_union", pick("1", "2", "2", "2")),
        ] + _tail(), rows=120),
        Table(S, "SRB010", [_fil("RB"),
            Col("RB_MAT", "char(6)", "none", lambda c, i: f"{c.r.randint(101, 220):06d}"),
            Col("RB_COD", "char(2)", "none", pick("01", "01", "02", "03")),
            Col("RB_NOME", "char(70)", "person_name", other_name("pt", upper=True)),
            Col("RB_DTNASC", "char(8)", "birth_date", day(1965, 2023, D)),
            Col("RB_SEXO", "char(1)", "none", pick("M", "F")),
            Col("RB_GRAUPAR", "char(1)", "none", pick("C", "F", "F", "F", "E", "O")),
            Col("RB_TIPIR", "char(1)", "none", pick("1", "2", "3", "4")),
            Col("RB_TIPSF", "char(1)", "none", pick("1", "2", "3")),
            Col("RB_CIC", "char(11)", "national_id", opt(0.7, cpf_value(False), " ")),
        ] + _tail(), rows=110),
        Table(S, "SR8010", [_fil("R8"),
            Col("R8_MAT", "char(6)", "none", lambda c, i: f"{c.r.randint(101, 220):06d}"),
            Col("R8_SEQ", "char(3)", "none", pick("001", "001", "002", "003")),
            Col("R8_TIPOAFA", "char(3)", "health", pick("001", "002", "002", "002", "003", "006", "007", "018")),
            Col("R8_DATAINI", "char(8)", "none", day(2021, 2024, D)),
            Col("R8_DATAFIM", "char(8)", "none", opt(0.85, day(2021, 2024, D), BLANK)),
            Col("R8_DURACAO", "numeric(5)", "none", num(1, 120)),
            Col("R8_CID", "char(8)", "health", opt(0.8, pick("M54.5", "J11", "A09", "F32.1", "F41.1", "S82.0", "O80",
                                                             "K35.8", "M75.1", "J06.9", "Z76.3"), " ")),
        ] + _tail(), rows=100),
        Table(S, "SB1010", [_fil("B1"),
            Col("B1_COD", "char(15)", "none", seq("PA{:06d}")),
            Col("B1_DESC", "char(30)", "none", lambda c, i: c.r.choice(
                ["OLEO DE SOJA 900ML", "ARROZ TIPO 1 5KG", "FEIJAO CARIOCA 1KG", "CAFE TORRADO 500G", "ACUCAR CRISTAL 2KG",
                 "PARAFUSO SEXT M8X40 ZINC", "CAIXA PAPELAO 40X30X20", "LUVA NITRILICA M CX100"]) + f" {c.r.randint(1, 99)}"),
            Col("B1_TIPO", "char(2)", "none", pick("PA", "PA", "MP", "MC", "EM")),
            Col("B1_UM", "char(2)", "none", pick("UN", "KG", "CX", "PC", "LT")),
            Col("B1_LOCPAD", "char(2)", "none", pick("01", "01", "02")),
            Col("B1_GRUPO", "char(4)", "none", pick("0001", "0002", "0010", "0020")),
            Col("B1_POSIPI", "char(10)", "none", pick("15079011", "10063021", "07133319", "09012100", "73181500", "48191000")),
            Col("B1_PICM", "numeric(5,2)", "none", pick(7.0, 12.0, 18.0, 18.0)),
            Col("B1_PRV1", "numeric(12,2)", "none", money(2, 400)),
            Col("B1_CODBAR", "char(15)", "none", lambda c, i: f"789{c.r.randint(10**9, 10**10 - 1)}"),
            Col("B1_MSBLQL", "char(1)", "none", pick("2", "2", "2", "1")),
        ] + _tail(), rows=120),
        Table(S, "SX5010", [_fil("X5"),
            Col("X5_TABELA", "char(2)", "none", lambda c, i: ["12", "05", "13", "Z1", "Z2"][i % 5]),
            Col("X5_CHAVE", "char(6)", "none", lambda c, i: f"{i:02d}"),
            Col("X5_DESCRI", "char(55)", "none", lambda c, i: [
                c.r.choice(["SAO PAULO", "RIO DE JANEIRO", "MINAS GERAIS", "PARANA", "BAHIA"]),
                c.r.choice(["NF  NOTA FISCAL", "DP  DUPLICATA", "BOL BOLETO", "CH  CHEQUE"]),
                c.r.choice(["VENDA A VISTA", "VENDA 30/60/90", "BONIFICACAO"]),
                c.r.choice(["REGIAO NORTE", "REGIAO SUL", "GRANDE SP", "INTERIOR SP"]),
                c.r.choice(["MOTIVO DEVOLUCAO - AVARIA", "MOTIVO DEVOLUCAO - PRAZO", "ERRO DE PEDIDO"])][i % 5]),
            Col("X5_DESCSPA", "char(55)", "none", pick(" ", " ", "VENTA AL CONTADO")),
            Col("X5_DESCENG", "char(55)", "none", pick(" ", " ", "CASH SALE")),
        ] + _tail(), rows=100),
        Table(S, "SE1010", [_fil("E1"),
            Col("E1_PREFIXO", "char(3)", "none", pick("1  ", "UNI", "NF ")),
            Col("E1_NUM", "char(9)", "none", seq("{:09d}", 4500)),
            Col("E1_PARCELA", "char(1)", "none", pick(" ", "A", "B", "C")),
            Col("E1_TIPO", "char(3)", "none", pick("NF ", "NF ", "BOL", "DP ")),
            Col("E1_CLIENTE", "char(6)", "none", lambda c, i: f"{c.r.randint(1, 120):06d}"),
            Col("E1_LOJA", "char(2)", "none", pick("01")),
            Col("E1_NOMCLI", "char(20)", "person_name", lambda c, i: (ascii_upper(other_name("pt")(c, i)) if c.r.random() < 0.65
                                                                      else _firm(c, i))[:20]),
            Col("E1_EMISSAO", "char(8)", "none", day(2023, 2024, D)),
            Col("E1_VENCTO", "char(8)", "none", day(2023, 2025, D)),
            Col("E1_VALOR", "numeric(14,2)", "none", money(35, 25000)),
            Col("E1_SALDO", "numeric(14,2)", "none", money(0, 5000)),
            Col("E1_HIST", "char(40)", "free_text_may_contain_pii", opt(0.7, lambda c, i: _hist(c, i)[:40], " ")),
            Col("E1_PORTADO", "char(3)", "none", pick("341", "237", "001", "   ")),
            Col("E1_NUMBCO", "char(15)", "none", lambda c, i: f"{c.r.randint(10**9, 10**10 - 1)}"),
        ] + _tail(), rows=130),
    ]

