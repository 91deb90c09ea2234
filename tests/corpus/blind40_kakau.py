"""ap_kakau: the in-house system of a small organic cocoa cooperative of former roça workers in São Tomé and
Príncipe, with Portuguese and Forro names (mwala woman, ome man, tela land, nomi name, kakau cocoa, mina child)."""
from __future__ import annotations

from .blind26_gens import C, amounts, const, dates, digits, fk, fkey, flag, ints, maybe, md5, one, seq, stamps
from .blind40_gens import POOLS, any_mobile, any_name, landline, near, person, st_iban
from .gens import Table

S = "ap_kakau"
SOC, TEC = "ka.socio", "ka.tecnico"
N_SOC, N_TEC, N_ROCA = 150, 10, 12
ROCAS = ["Roça Monte Café", "Roça Bombaim", "Roça São João", "Roça Água Izé", "Roça Sundy", "Roça Uba Budo",
         "Roça Diogo Vaz", "Roça Porto Real", "Roça Belo Monte", "Roça Agostinho Neto", "Roça Java", "Roça Ribeira Peixe"]


def s(f):
    return person("st", SOC, f, 1948, 2000)


def t(f):
    return person("st", TEC, f, 1975, 1998)


def _obs(c, i):
    return c.r.choice([
        None, None, "Cacau bem fermentado.", "Humidade alta, secar mais 2 dias.",
        f"Entregue pelo filho {any_name('st')(c, i)}, tel. {any_mobile('st')(c, i)}.",
        "Sacos rasgados.", f"Pago em mão ao sócio {s('full')(c, c.r.randint(1, N_SOC))}."])


def kakau_tables() -> list[Table]:
    return [
        Table(S, "roca", [
            C("roca_id", "integer PRIMARY KEY", "none", seq()),
            C("nomi", "varchar(60)", "none", lambda c, i: ROCAS[i - 1]),
            C("distrito", "varchar(30)", "none", one("Mé-Zóchi", "Lembá", "Cantagalo", "Caué", "Lobata", "Pagué")),
            C("altitude_m", "integer", "none", ints(50, 900)),
            C("ponto_gps", "varchar(30)", "none", near(0.25, 6.6, 0.15), comment="centro da roça"),
            C("certificacao", "varchar(30)", "none", one("Ecocert bio", "Fairtrade", "bio+Fairtrade")),
        ], rows=N_ROCA),
        Table(S, "tecnico", [
            C("tecnico_id", "integer PRIMARY KEY", "none", seq()),
            C("nome", "varchar(80)", "person_name", t("full")),
            C("telemovel", "varchar(20)", "phone", t("mobile")),
            C("email", "varchar(80)", "email", lambda c, i: f"{t('user')(c, i)}@kakau-coop.st"),
            C("senha", "varchar(40)", "credentials", lambda c, i: md5(c)),
            C("mota_matricula", "varchar(12)", "none", lambda c, i: f"ST-{digits(c, 2)}-{digits(c, 2)}"),
        ], rows=N_TEC),
        Table(S, "socio", [
            C("socio_id", "integer PRIMARY KEY", "none", seq()),
            C("numero_socio", "varchar(10)", "none", lambda c, i: f"KK-{i:04d}"),
            C("nomi", "varchar(60)", "person_name", s("first"), comment="nomi: nome próprio"),
            C("apelido", "varchar(60)", "person_name", s("last")),
            C("nomi_santome", "varchar(40)", "person_name", maybe(one("Ninha", "Zé Bôbô", "Tonecas", "Mana Dja", "Quinzinho",
                                                                      "Nené", "Bilú"), 0.4),
              comment="alcunha em forro"),
            C("mwala_ome", "char(1)", "none", lambda c, i: "M" if s("sex")(c, i) == "F" else "O",
              comment="M = mwala (mulher), O = ome (homem)"),
            C("data_nasc", "date", "birth_date", s("birth")),
            C("bi", "varchar(10)", "national_id", s("natid"), comment="bilhete de identidade"),
            C("nif", "varchar(9)", "national_id", maybe(lambda c, i: f"1{digits(c, 8)}", 0.6)),
            C("telemovel", "varchar(20)", "phone", maybe(s("mobile"), 0.8)),
            C("comunidade", "varchar(60)", "none", lambda c, i: c.r.choice(POOLS["st"]["town"])),
            C("morada", "varchar(120)", "postal_address", s("a_line")),
            C("roca_id", "integer", "none", fk(N_ROCA, 5)),
            C("origem", "varchar(30)", "ethnic_origin", one("Forro", "Forro", "Angolar", "Tonga", "Moncó", "Cabo-verdiano"),
              comment="grupo de origem, para o projecto de memória das roças"),
            C("religiao", "varchar(30)", "religious_belief", maybe(one("Católica", "Católica", "Adventista", "Nova Apostólica",
                                                                        "IURD", "Testemunha de Jeová"), 0.6)),
            C("sindicato", "boolean", "trade_union", flag(0.3), comment="filiado na ONTSTP"),
            C("n_mina", "smallint", "none", ints(0, 9), comment="número de filhos"),
            C("ativo", "boolean", "none", flag(0.9)),
            C("entrada", "date", "none", dates(2008, 2024)),
        ], rows=N_SOC, extra=[fkey(S, "socio", "roca_id", "roca", "roca_id")]),
        Table(S, "tela", [
            C("tela_id", "integer PRIMARY KEY", "none", seq()),
            C("socio_id", "integer", "none", fk(N_SOC, 3)),
            C("roca_id", "integer", "none", fk(N_ROCA, 5)),
            C("hectares", "numeric(5,2)", "none", amounts(0.5, 6)),
            C("lat", "numeric(9,6)", "geo_location", lambda c, i: round(c.r.uniform(0.05, 0.4), 6)),
            C("lon", "numeric(9,6)", "geo_location", lambda c, i: round(c.r.uniform(6.5, 6.75), 6)),
            C("arvores", "integer", "none", ints(200, 4000)),
            C("variedade", "varchar(30)", "none", one("Amelonado", "Forasteiro", "Trinitário", "Crioulo")),
            C("ultima_visita", "date", "none", dates(2024, 2025)),
            C("tecnico_id", "integer", "none", fk(N_TEC, 3)),
        ], rows=140, extra=[fkey(S, "tela", "socio_id", "socio", "socio_id"),
                            fkey(S, "tela", "tecnico_id", "tecnico", "tecnico_id")]),
        Table(S, "entrega_kakau", [
            C("entrega_id", "integer PRIMARY KEY", "none", seq()),
            C("socio_id", "integer", "none", fk(N_SOC, 7)),
            C("data", "date", "none", dates(2024, 2025)),
            C("kg_molhado", "numeric(7,1)", "none", amounts(20, 600, 1)),
            C("preco_kg_dobras", "numeric(7,2)", "none", amounts(18, 35)),
            C("lote", "varchar(12)", "none", lambda c, i: f"L{2024 + i % 2}-{i:03d}"),
            C("qualidade", "varchar(10)", "none", one("A", "A", "B", "rejeitado")),
            C("obs", "text", "free_text_may_contain_pii", _obs),
            C("recebido_por", "integer", "none", fk(N_TEC, 7)),
        ], rows=150, extra=[fkey(S, "entrega_kakau", "socio_id", "socio", "socio_id"),
                            fkey(S, "entrega_kakau", "recebido_por", "tecnico", "tecnico_id")]),
        Table(S, "pagamento", [
            C("pagamento_id", "integer PRIMARY KEY", "none", seq()),
            C("socio_id", "integer", "none", fk(N_SOC, 11)),
            C("valor_dobras", "numeric(12,2)", "none", amounts(500, 25000)),
            C("via", "varchar(20)", "none", one("numerário", "BISTP", "Unitel Money", "CST Dinheiro")),
            C("iban", "varchar(34)", "iban", maybe(lambda c, i: st_iban(c), 0.4)),
            C("numero_carteira", "varchar(20)", "phone", maybe(lambda c, i: s("mobile")(c, fk(N_SOC, 11)(c, i)), 0.4),
              comment="carteira móvel = número de telemóvel"),
            C("pago_em", "timestamp", "none", stamps(2024, 2025)),
            C("recibo_hash", "char(32)", "none", lambda c, i: md5(c)),
        ], rows=150, extra=[fkey(S, "pagamento", "socio_id", "socio", "socio_id")]),
        Table(S, "comprador", [
            C("comprador_id", "integer PRIMARY KEY", "none", seq()),
            C("empresa", "varchar(80)", "none", lambda c, i: f"{['Kennedy Cocoa BV', 'Claudio Corallo', 'Satocao', 'Cacao Barry Export', 'Chocolaterie du Sud'][i % 5]} {i}"),
            C("pais", "varchar(30)", "none", one("Países Baixos", "Portugal", "França", "Bélgica", "STP")),
            C("telefone", "varchar(20)", "none", lambda c, i: landline(c, "st")),
            C("email_geral", "varchar(80)", "none", lambda c, i: f"compras{i}@buyer{i}.com"),
            C("iban_empresa", "varchar(34)", "none", lambda c, i: st_iban(c)),
            C("contacto_nome", "varchar(80)", "person_name", any_name("st")),
            C("contacto_tel", "varchar(20)", "phone", any_mobile("st")),
        ], rows=80),
        Table(S, "contrato_venda", [
            C("contrato_id", "integer PRIMARY KEY", "none", seq()),
            C("comprador_id", "integer", "none", fk(80, 3)),
            C("toneladas", "numeric(6,2)", "none", amounts(1, 40)),
            C("preco_usd_t", "numeric(8,2)", "none", amounts(3000, 9000)),
            C("embarque", "date", "none", dates(2023, 2025)),
            C("porto", "varchar(30)", "none", one("Porto de São Tomé", "Porto de Santo António")),
            C("assinado", "boolean", "none", flag(0.9)),
        ], rows=90, extra=[fkey(S, "contrato_venda", "comprador_id", "comprador", "comprador_id")]),
        Table(S, "log_sms", [
            C("sms_id", "integer PRIMARY KEY", "none", seq()),
            C("socio_id", "integer", "none", fk(N_SOC, 13)),
            C("destino", "varchar(20)", "phone", lambda c, i: s("mobile")(c, fk(N_SOC, 13)(c, i))),
            C("texto", "varchar(160)", "none", one("Kakau: preco hoje 28 Db/kg.", "Reuniao geral sabado 9h na sede.",
                                                   "Pagamento disponivel no BISTP.")),
            C("sms_enviado", "boolean", "none", flag(0.9)),
            C("enviado_em", "timestamp", "none", stamps(2024, 2025)),
            C("custo", "numeric(5,2)", "none", const(1.5)),
        ], rows=150, extra=[fkey(S, "log_sms", "socio_id", "socio", "socio_id")]),
    ]
