"""p_spree: a Porto online wine shop on Spree 4.6 with spree_auth_devise (Rails snake_case, jsonb metadata)."""
from __future__ import annotations

import json
from typing import Any

from stdnum.pt import nif

from .blind13_gens import (ALNUM, HEX, PT_FIRST_F, PT_FIRST_M, PT_LAST, PT_MAIL, PT_STREETS, PT_TOWNS, Rec, ascii_fold,
                           bcrypt, birth, digits, fk, flag, ipv4, maybe, money, num, one, pk, ref, token, ts)
from .gens import Col as C, Table as T

S = "p_spree"
N_USERS, N_ADDR, N_ORDERS, N_CARDS = 110, 140, 150, 90


def _nif(c: Any) -> str:
    body = c.r.choice("12") + digits(c, 7)
    return body + nif.calc_check_digit(body)


def _phone(c: Any) -> str:
    if c.r.random() < 0.8:
        n = c.r.choice(("91", "92", "93", "96")) + digits(c, 7)
    else:
        n = c.r.choice(("22", "21", "253", "239")) + digits(c, 7)[: 9 - 2]
        n = n[:9]
    return c.r.choice((f"+351 {n[:3]} {n[3:6]} {n[6:]}", n, f"00351{n}", f"{n[:3]} {n[3:6]} {n[6:]}"))


def _person(c: Any, i: int) -> dict:
    female = c.r.random() < 0.5
    first = c.r.choice(PT_FIRST_F if female else PT_FIRST_M)
    last = f"{c.r.choice(PT_LAST)} {c.r.choice(PT_LAST)}" if c.r.random() < 0.6 else c.r.choice(PT_LAST)
    town, cp4, district = c.r.choice(PT_TOWNS)
    surname = last.split()[-1]
    mail = c.r.choice((f"{first}.{surname}", f"{first}{surname}{c.r.randint(1, 99)}", f"{first[0]}{surname}"))
    floor = c.r.choice(("", ", 2º Esq", ", 3º Dto", ", R/C", ", 1º Frente", ", 5º B"))
    return {"first": first, "last": last, "email": f"{ascii_fold(mail)}@{c.r.choice(PT_MAIL)}",
            "phone": _phone(c), "alt": maybe(0.3, lambda c, i: _phone(c))(c, i),
            "a1": f"{c.r.choice(PT_STREETS)}, {c.r.randint(1, 420)}{floor}",
            "a2": c.r.choice((None, None, "Edifício Miramar", "Bloco C", "Urbanização da Quinta")),
            "town": town, "zip": f"{cp4[:3]}{c.r.randint(0, 9)}-{digits(c, 3)}", "district": district,
            "nif": _nif(c), "born": birth(c, 1950, 2005), "ip": ipv4(c, i)}


_U = Rec(_person)
_A = Rec(_person)
_O = Rec(_person)


def _order_meta(c: Any, i: int) -> str:
    d: dict = {"age_confirmed": True}
    if c.r.random() < 0.55:
        d["nif_fatura"] = _nif(c)
    if c.r.random() < 0.3:
        d["moloni_document"] = f"FR {c.r.randint(2023, 2025)}/{c.r.randint(1, 4000)}"
    return json.dumps(d)


_NOTES = ("Entregar ao porteiro, sr. {n}.", "Se não estiver ninguém ligar para {p}.", "É uma prenda para a {n}, "
          "por favor sem fatura dentro da caixa.", "Deixar na loja do rés-do-chão.", "Entregar depois das 18h.",
          "Campainha avariada, ligar {p} ao chegar.", "", "", "")
_INTERNAL = ("Cliente ligou a pedir alteração de morada.", "Garrafa partida no envio anterior, oferecer portes.",
             "Falei com {n} por telefone ({p}), confirma entrega sábado.", "Reembolso parcial aprovado.",
             "Pedido duplicado, cancelar o outro.", None, None)


def _note(pool: tuple) -> Any:
    def gen(c: Any, i: int) -> Any:
        t = c.r.choice(pool)
        if t is None:
            return None
        name = f"{c.r.choice(PT_FIRST_F + PT_FIRST_M)} {c.r.choice(PT_LAST)}"
        return t.format(n=name, p=_phone(c))
    return gen


def spree_tables() -> list[T]:
    t_users = T(S, "spree_users", [
        pk(),
        C("encrypted_password", "varchar(128)", "credentials", bcrypt),
        C("password_salt", "varchar(128)", "none", lambda c, i: None),
        C("email", "varchar", "email", _U.f("email")),
        C("remember_token", "varchar", "secret_token", maybe(0.3, token(20))),
        C("persistence_token", "varchar", "secret_token", maybe(0.2, token(128, HEX))),
        C("reset_password_token", "varchar", "secret_token", maybe(0.15, token(64, HEX))),
        C("perishable_token", "varchar", "secret_token", maybe(0.1, token(20))),
        C("sign_in_count", "integer", "none", num(0, 60)),
        C("failed_attempts", "integer", "none", num(0, 4)),
        C("last_request_at", "timestamp", "none", ts()),
        C("current_sign_in_at", "timestamp", "none", ts()),
        C("last_sign_in_at", "timestamp", "none", ts()),
        C("current_sign_in_ip", "varchar", "ip_address", _U.f("ip")),
        C("last_sign_in_ip", "varchar", "ip_address", ipv4),
        C("login", "varchar", "email", _U.f("email")),
        C("ship_address_id", "bigint", "none", maybe(0.8, ref(N_ADDR))),
        C("bill_address_id", "bigint", "none", maybe(0.8, ref(N_ADDR))),
        C("authentication_token", "varchar", "secret_token", maybe(0.2, token(20))),
        C("unlock_token", "varchar", "secret_token", maybe(0.05, token(20))),
        C("locked_at", "timestamp", "none", lambda c, i: None),
        C("reset_password_sent_at", "timestamp", "none", maybe(0.15, ts())),
        C("created_at", "timestamp(6)", "none", ts(2020, 4)),
        C("updated_at", "timestamp(6)", "none", ts()),
        C("spree_api_key", "varchar(48)", "secret_token", maybe(0.1, token(48, HEX))),
        C("deleted_at", "timestamp", "none", maybe(0.04, ts())),
        C("confirmation_token", "varchar", "secret_token", maybe(0.1, token(20))),
        C("confirmed_at", "timestamp", "none", ts()),
        C("confirmation_sent_at", "timestamp", "none", ts()),
        C("first_name", "varchar", "person_name", _U.f("first")),
        C("last_name", "varchar", "person_name", _U.f("last")),
        C("selected_locale", "varchar", "none", one("pt", "pt", "en", "fr")),
        C("public_metadata", "jsonb", "none", lambda c, i: "{}"),
        C("private_metadata", "jsonb", "birth_date", lambda c, i: json.dumps({"data_nascimento": _U.f("born")(c, i)
                                                                                .isoformat(), "maior_18": True})),
    ], rows=N_USERS)
    t_addr = T(S, "spree_addresses", [
        pk(),
        C("firstname", "varchar", "person_name", _A.f("first")),
        C("lastname", "varchar", "person_name", _A.f("last")),
        C("address1", "varchar", "postal_address", _A.f("a1")),
        C("address2", "varchar", "postal_address", _A.f("a2")),
        C("city", "varchar", "none", _A.f("town")),
        C("zipcode", "varchar", "postal_address", _A.f("zip")),
        C("phone", "varchar", "phone", _A.f("phone")),
        C("state_name", "varchar", "none", _A.f("district")),
        C("alternative_phone", "varchar", "phone", _A.f("alt")),
        C("company", "varchar", "none", one(None, None, None, None, "Adega Ferreira Lda", "Restaurante O Gaveto")),
        C("state_id", "bigint", "none", num(1, 20)),
        C("country_id", "bigint", "none", one(175)),
        C("created_at", "timestamp(6)", "none", ts()),
        C("updated_at", "timestamp(6)", "none", ts()),
        C("user_id", "bigint", "none", maybe(0.85, ref(N_USERS))),
        C("deleted_at", "timestamp", "none", maybe(0.05, ts())),
        C("label", "varchar", "none", one(None, "Casa", "Trabalho", "Casa dos pais")),
        C("nif", "varchar(9)", "national_id", maybe(0.6, _A.f("nif")), ),
    ], rows=N_ADDR, extra=[fk(S, "spree_addresses", "user_id", "spree_users")])
    t_orders = T(S, "spree_orders", [
        pk(),
        C("number", "varchar(32)", "none", lambda c, i: "R" + digits(c, 9)),
        C("item_total", "numeric(10,2)", "none", money(12, 480)),
        C("total", "numeric(10,2)", "none", money(15, 500)),
        C("state", "varchar", "none", one("complete", "complete", "cart", "address", "payment", "canceled")),
        C("adjustment_total", "numeric(10,2)", "none", money(-20, 0)),
        C("user_id", "bigint", "none", maybe(0.7, ref(N_USERS))),
        C("completed_at", "timestamp", "none", ts()),
        C("bill_address_id", "bigint", "none", ref(N_ADDR)),
        C("ship_address_id", "bigint", "none", ref(N_ADDR)),
        C("payment_total", "numeric(10,2)", "none", money(0, 500)),
        C("shipment_state", "varchar", "none", one("shipped", "ready", "pending", None)),
        C("payment_state", "varchar", "none", one("paid", "balance_due", "failed", "void")),
        C("email", "varchar", "email", _O.f("email")),
        C("special_instructions", "text", "free_text_may_contain_pii", _note(_NOTES)),
        C("created_at", "timestamp(6)", "none", ts()),
        C("updated_at", "timestamp(6)", "none", ts()),
        C("currency", "varchar", "none", one("EUR")),
        C("last_ip_address", "varchar", "ip_address", _O.f("ip")),
        C("created_by_id", "bigint", "none", maybe(0.5, ref(N_USERS))),
        C("shipment_total", "numeric(10,2)", "none", one(0, 4.9, 6.5, 9.9)),
        C("additional_tax_total", "numeric(10,2)", "none", money(0, 40)),
        C("promo_total", "numeric(10,2)", "none", money(-15, 0)),
        C("channel", "varchar", "none", one("spree")),
        C("included_tax_total", "numeric(10,2)", "none", money(2, 90)),
        C("item_count", "integer", "none", num(1, 24)),
        C("approver_id", "bigint", "none", lambda c, i: None),
        C("confirmation_delivered", "boolean", "none", flag(0.9)),
        C("considered_risky", "boolean", "none", flag(0.05)),
        C("token", "varchar", "secret_token", token(22, ALNUM + "-_")),
        C("canceled_at", "timestamp", "none", maybe(0.06, ts())),
        C("store_id", "bigint", "none", one(1)),
        C("public_metadata", "jsonb", "none", lambda c, i: json.dumps({"gift_wrap": c.r.random() < 0.2})),
        C("private_metadata", "jsonb", "national_id", _order_meta),
        C("internal_note", "text", "free_text_may_contain_pii", _note(_INTERNAL)),
    ], rows=N_ORDERS, extra=[fk(S, "spree_orders", "user_id", "spree_users"),
                             fk(S, "spree_orders", "bill_address_id", "spree_addresses"),
                             fk(S, "spree_orders", "ship_address_id", "spree_addresses")])
    t_cards = T(S, "spree_credit_cards", [
        pk(),
        C("month", "varchar", "none", num(1, 12)),
        C("year", "varchar", "none", num(2025, 2031)),
        C("cc_type", "varchar", "none", one("visa", "master", "visa", "american_express")),
        C("last_digits", "varchar", "none", lambda c, i: digits(c, 4)),
        C("address_id", "bigint", "none", ref(N_ADDR)),
        C("gateway_customer_profile_id", "varchar", "none", token(14, prefix="cus_")),
        C("gateway_payment_profile_id", "varchar", "none", token(24, prefix="pm_")),
        C("created_at", "timestamp(6)", "none", ts()),
        C("updated_at", "timestamp(6)", "none", ts()),
        C("name", "varchar", "person_name", lambda c, i: f"{c.r.choice(PT_FIRST_F + PT_FIRST_M)} "
                                                          f"{c.r.choice(PT_LAST)}".upper()),
        C("user_id", "bigint", "none", ref(N_USERS)),
        C("payment_method_id", "bigint", "none", one(1, 2)),
        C("default", "boolean", "none", flag(0.6)),
        C("deleted_at", "timestamp", "none", maybe(0.05, ts())),
    ], rows=N_CARDS, extra=[fk(S, "spree_credit_cards", "user_id", "spree_users"),
                            fk(S, "spree_credit_cards", "address_id", "spree_addresses")])
    t_pay = T(S, "spree_payments", [
        pk(),
        C("amount", "numeric(10,2)", "none", money(15, 500)),
        C("order_id", "bigint", "none", ref(N_ORDERS)),
        C("source_type", "varchar", "none", one("Spree::CreditCard", "Spree::CreditCard", "Spree::StoreCredit")),
        C("source_id", "bigint", "none", ref(N_CARDS)),
        C("payment_method_id", "bigint", "none", one(1, 2, 3)),
        C("state", "varchar", "none", one("completed", "completed", "failed", "void", "checkout")),
        C("response_code", "varchar", "none", token(24, prefix="pi_")),
        C("avs_response", "varchar", "none", one(None, "pass", "unavailable")),
        C("created_at", "timestamp(6)", "none", ts()),
        C("updated_at", "timestamp(6)", "none", ts()),
        C("number", "varchar", "none", lambda c, i: "P" + "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                                  for _ in range(7))),
        C("cvv_response_code", "varchar", "none", one(None, "M", "pass")),
        C("cvv_response_message", "varchar", "none", lambda c, i: None),
        C("intent_client_key", "varchar", "secret_token",
          lambda c, i: "pi_" + token(24)(c, i) + "_secret_" + token(25)(c, i)),
    ], rows=140, extra=[fk(S, "spree_payments", "order_id", "spree_orders")])
    return [t_users, t_addr, t_orders, t_cards, t_pay]
