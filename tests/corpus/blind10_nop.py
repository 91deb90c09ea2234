"""m_nopcommerce: a South African online shop (tea, biltong, homeware) on nopCommerce 4.6 over PostgreSQL, with its
PascalCase tables, the Customer table that absorbed the old GenericAttribute names, addresses, orders (card fields
encrypted by the store key), order notes, the activity log, the system log and newsletter subscriptions."""
from __future__ import annotations

from .blind10_gens import (blob64, fk, flag, guid, ints, ipv4, key, maybe, money, part, pick, shared, stamp,
                           za_person)
from .gens import Col as C
from .gens import Ctx, Table as T

S = "m_nopcommerce"
TS = "timestamp without time zone"
NV = "character varying(1000)"
PRODUCTS = ("Rooibos tea 80 bags", "Beef biltong 500g", "Droëwors 250g", "Ouma rusks buttermilk", "Mrs Balls chutney",
            "Enamel mug (Karoo)", "Shweshwe table runner", "Braai tongs stainless", "Amarula gift box", "Safari hat")


def _fk(col: str, table: str, ref: str) -> str:
    return f'ALTER TABLE {S}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {S}."{ref}" ("Id")'


def _id_xml(c: Ctx, i: int) -> str | None:
    p = _cust(c, i)
    if c.r.random() < 0.3:
        return None
    return ('<Attributes><CustomerAttribute ID="1"><CustomerAttributeValue><Value>' + p["id"]
            + "</Value></CustomerAttributeValue></CustomerAttribute></Attributes>")


def _admin_comment(c: Ctx, i: int) -> str | None:
    p = _cust(c, i)
    return c.r.choice([None, None, None, "Wholesale client, 10% discount agreed",
                       f"Asked by phone ({p['phone']}) to close the account",
                       f"Duplicate of {p['first'].lower()}{c.r.randint(1, 9)}@gmail.com - merged",
                       f"Courier could not find address, spoke to {p['first']} {p['last']}", "Fraud check passed"])


def _ga(c: Ctx) -> dict:
    p = za_person(c)
    k = c.r.choice(["FirstName", "LastName", "FirstName", "LastName", "Phone", "DateOfBirth", "LastVisitedPage",
                    "LanguageAutomaticallyDetected", "SelectedPaymentMethod", "AvatarPictureId",
                    "NotifiedAboutNewPrivateMessages", "AccountActivationToken"])
    value = {"FirstName": p["first"], "LastName": p["last"], "Phone": p["phone"],
             "DateOfBirth": f"{p['born']:%Y-%m-%d}", "LastVisitedPage": f"https://www.lekkerbox.co.za/{c.r.choice(['biltong', 'cart', 'checkout', 'tea'])}",
             "LanguageAutomaticallyDetected": "True", "SelectedPaymentMethod": c.r.choice(["Payments.PayFast", "Payments.Manual"]),
             "AvatarPictureId": str(c.r.randint(100, 900)), "NotifiedAboutNewPrivateMessages": "False",
             "AccountActivationToken": guid(c, 0)}[k]
    return {"key": k, "value": value}


def _note(c: Ctx, i: int) -> str:
    p = za_person(c)
    return c.r.choice(["Order placed", "Order status has been edited. New status: Processing", "Order paid via PayFast",
                       f"Customer phoned from {p['phone']}: please leave parcel with {p['first']} at the guardhouse",
                       f"\"Order shipped\" email (to customer) has been queued. Queued email identifier: {c.r.randint(1000, 9999)}.",
                       f"Delivery rescheduled, contact {p['first']} {p['last']} ({p['email']})", "Courier Guy waybill added"])


def _activity(c: Ctx, i: int) -> str:
    p = za_person(c)
    return c.r.choice([f"Public store. Viewed a product details page ('{c.r.choice(PRODUCTS)}')", "Public store. Login",
                       f"Edited a customer ('{p['email']}')", "Public store. Placed a new order",
                       f"Added a new address ('{p['first']} {p['last']}')", "Public store. Added a product to shopping cart"])


def _short_log(c: Ctx, i: int) -> str:
    p = za_person(c)
    return c.r.choice([f"Error sending e-mail. Mailbox unavailable. The server response was: 5.1.1 <{p['email']}>: Recipient address rejected",
                       "The process cannot access the file 'App_Data/plugins.json'", "Task 'Keep alive' failed",
                       f"Payment error: PayFast ITN rejected for order {c.r.randint(1000, 4000)}", "Index was outside the bounds of the array."])


def _delivery_xml(c: Ctx, i: int) -> str | None:
    if c.r.random() < 0.5:
        return None
    p = za_person(c)
    return ("<DictionarySerializer><item><key>Delivery instructions</key><value>"
            + c.r.choice([f"Call {p['first']} on {p['phone']} at the gate", "Leave at reception",
                          f"Gate code 4471, ask for {p['first']} {p['last']}"]) + "</value></item></DictionarySerializer>")


_cust = shared("nop_customer", za_person)
_addr = shared("nop_address", za_person)
_attr = shared("nop_ga", _ga)
_card = shared("nop_card", lambda c: {"manual": c.r.random() < 0.25})


def _enc(n: int):
    return lambda c, i: blob64(n)(c, i) if _card(c, i)["manual"] else ""


def _masked(c: Ctx, i: int) -> str:
    return f"************{c.r.randint(0, 9999):04d}" if _card(c, i)["manual"] else ""


def nop_tables() -> list[T]:
    cu, ad = _cust, _addr
    return [
        T(S, "Store", [key("Id"),
          C("Name", NV, "none", pick("Lekker Box", "Lekker Box Wholesale", "Lekker Box UK")),
          C("Url", NV, "none", pick("https://www.lekkerbox.co.za/", "https://trade.lekkerbox.co.za/", "https://lekkerbox.co.uk/")),
          C("SslEnabled", "boolean", "none", flag(0.9)),
          C("Hosts", NV, "none", pick("lekkerbox.co.za,www.lekkerbox.co.za", "trade.lekkerbox.co.za")),
          C("DisplayOrder", "integer", "none", ints(0, 3)),
          C("CompanyName", NV, "none", pick("Lekker Box (Pty) Ltd")),
          C("CompanyAddress", NV, "none", pick("Unit 7, Montague Park, 14 Montague Drive, Montague Gardens, 7441")),
          C("CompanyPhoneNumber", NV, "none", pick("021 555 0182")),
          C("CompanyVat", NV, "none", pick("4750281934"))], rows=3),
        T(S, "Address", [key("Id"),
          C("FirstName", NV, "person_name", part(ad, "first")),
          C("LastName", NV, "person_name", part(ad, "last")),
          C("Email", NV, "email", part(ad, "email")),
          C("Company", NV, "none", maybe(0.15, pick("Bidvest Office", "Protea Hotel Fire & Ice", "Woolworths DC"))),
          C("CountryId", "integer", "none", pick(194, 194, 194, 77)),
          C("StateProvinceId", "integer", "none", ints(160, 168)),
          C("County", NV, "none", maybe(0.2, pick("City of Cape Town", "eThekwini", "Tshwane"))),
          C("City", NV, "none", part(ad, "town")),
          C("Address1", NV, "postal_address", part(ad, "street")),
          C("Address2", NV, "postal_address", part(ad, "street2")),
          C("ZipPostalCode", NV, "postal_address", part(ad, "postcode")),
          C("PhoneNumber", NV, "phone", part(ad, "phone")),
          C("FaxNumber", NV, "none", lambda c, i: None),
          C("CustomAttributes", "text", "none", lambda c, i: None),
          C("CreatedOnUtc", TS, "none", stamp(2021, 1200))], rows=130),
        T(S, "Customer", [key("Id"),
          C("CustomerGuid", "uuid", "none", guid),
          C("Username", NV, "email", part(cu, "email")),
          C("Email", NV, "email", part(cu, "email")),
          C("EmailToRevalidate", NV, "email", lambda c, i: cu(c, i)["email"].replace("@", "1@") if c.r.random() < 0.1 else None),
          C("FirstName", NV, "person_name", part(cu, "first")),
          C("LastName", NV, "person_name", part(cu, "last")),
          C("Gender", NV, "none", lambda c, i: cu(c, i)["sex"]),
          C("DateOfBirth", TS, "birth_date", lambda c, i: cu(c, i)["born"]),
          C("Company", NV, "none", maybe(0.1, pick("Spar Hout Bay", "Nandos Head Office"))),
          C("StreetAddress", NV, "postal_address", part(cu, "street")),
          C("StreetAddress2", NV, "postal_address", part(cu, "street2")),
          C("ZipPostalCode", NV, "postal_address", part(cu, "postcode")),
          C("City", NV, "none", part(cu, "town")),
          C("County", NV, "none", part(cu, "province")),
          C("CountryId", "integer", "none", pick(194)),
          C("StateProvinceId", "integer", "none", ints(160, 168)),
          C("Phone", NV, "phone", part(cu, "phone")),
          C("Fax", NV, "none", lambda c, i: None),
          C("VatNumber", NV, "none", maybe(0.05, lambda c, i: f"4{c.r.randint(100000000, 999999999)}")),
          C("VatNumberStatusId", "integer", "none", pick(0, 10, 20)),
          C("TimeZoneId", NV, "none", pick("South Africa Standard Time")),
          C("CustomCustomerAttributesXML", "text", "national_id", _id_xml),
          C("CurrencyId", "integer", "none", pick(5, 5, 1)),
          C("LanguageId", "integer", "none", pick(1, 1, 2)),
          C("TaxDisplayTypeId", "integer", "none", pick(0, 10)),
          C("AdminComment", "text", "free_text_may_contain_pii", _admin_comment),
          C("IsTaxExempt", "boolean", "none", flag(0.03)),
          C("AffiliateId", "integer", "none", pick(0, 0, 0, 2)),
          C("VendorId", "integer", "none", pick(0)),
          C("HasShoppingCartItems", "boolean", "none", flag(0.3)),
          C("RequireReLogin", "boolean", "none", flag(0.02)),
          C("FailedLoginAttempts", "integer", "none", ints(0, 4)),
          C("CannotLoginUntilDateUtc", TS, "none", maybe(0.03, stamp(2024, 300))),
          C("Active", "boolean", "none", flag(0.95)),
          C("Deleted", "boolean", "none", flag(0.04)),
          C("IsSystemAccount", "boolean", "none", lambda c, i: False),
          C("SystemName", NV, "none", lambda c, i: None),
          C("LastIpAddress", NV, "ip_address", ipv4),
          C("CreatedOnUtc", TS, "none", stamp(2020, 1400)),
          C("LastLoginDateUtc", TS, "none", stamp(2024, 500)),
          C("LastActivityDateUtc", TS, "none", stamp(2024, 600)),
          C("RegisteredInStoreId", "integer", "none", pick(1, 1, 2)),
          C("BillingAddress_Id", "integer", "none", fk(130)),
          C("ShippingAddress_Id", "integer", "none", fk(130))],
          extra=[_fk("BillingAddress_Id", "Customer", "Address"), _fk("ShippingAddress_Id", "Customer", "Address")]),
        T(S, "CustomerAddresses", [
          C("Customer_Id", "integer", "none", fk(120)),
          C("Address_Id", "integer", "none", lambda c, i: i)],
          rows=130, extra=[_fk("Customer_Id", "CustomerAddresses", "Customer"), _fk("Address_Id", "CustomerAddresses", "Address")]),
        T(S, "CustomerPassword", [key("Id"),
          C("CustomerId", "integer", "none", lambda c, i: i),
          C("Password", NV, "credentials", lambda c, i: blob64(64)(c, i) if c.r.random() < 0.7 else blob64(20)(c, i)),
          C("PasswordFormatId", "integer", "none", pick(1, 1, 1, 0)),
          C("PasswordSalt", NV, "none", blob64(5)),
          C("CreatedOnUtc", TS, "none", stamp(2020, 1400))], extra=[_fk("CustomerId", "CustomerPassword", "Customer")]),
        T(S, "GenericAttribute", [key("Id"),
          C("EntityId", "integer", "none", fk(120)),
          C("KeyGroup", "character varying(400)", "none", pick("Customer", "Customer", "Customer", "Order")),
          C("Key", "character varying(400)", "none", part(_attr, "key")),
          C("Value", "text", "person_name", part(_attr, "value")),
          C("StoreId", "integer", "none", pick(0, 1)),
          C("CreatedOrUpdatedDateUTC", TS, "none", stamp(2022, 900))], rows=150),
    ] + _order_tables()


def _order_tables() -> list[T]:
    return [
        T(S, "Order", [key("Id"),
          C("OrderGuid", "uuid", "none", guid),
          C("CustomOrderNumber", NV, "none", lambda c, i: f"LB{20000 + i}"),
          C("StoreId", "integer", "none", pick(1, 1, 2)),
          C("CustomerId", "integer", "none", fk(120)),
          C("BillingAddressId", "integer", "none", fk(130)),
          C("ShippingAddressId", "integer", "none", maybe(0.9, fk(130))),
          C("PickupAddressId", "integer", "none", lambda c, i: None),
          C("PickupInStore", "boolean", "none", flag(0.05)),
          C("OrderStatusId", "integer", "none", pick(10, 20, 30, 30, 40)),
          C("ShippingStatusId", "integer", "none", pick(10, 20, 30, 40)),
          C("PaymentStatusId", "integer", "none", pick(10, 30, 30, 35, 40)),
          C("PaymentMethodSystemName", NV, "none", pick("Payments.PayFast", "Payments.Manual", "Payments.CheckMoneyOrder")),
          C("CustomerCurrencyCode", NV, "none", pick("ZAR", "ZAR", "GBP")),
          C("CurrencyRate", "numeric(18,8)", "none", pick(1, 1, 0.0431)),
          C("CustomerTaxDisplayTypeId", "integer", "none", pick(0, 10)),
          C("VatNumber", NV, "none", lambda c, i: None),
          C("OrderSubtotalInclTax", "numeric(18,4)", "none", money(90, 4200)),
          C("OrderSubtotalExclTax", "numeric(18,4)", "none", money(80, 3600)),
          C("OrderShippingInclTax", "numeric(18,4)", "none", pick(0, 99, 120, 185)),
          C("OrderTax", "numeric(18,4)", "none", money(10, 540)),
          C("OrderDiscount", "numeric(18,4)", "none", pick(0, 0, 0, 50)),
          C("OrderTotal", "numeric(18,4)", "none", money(100, 4500)),
          C("RefundedAmount", "numeric(18,4)", "none", pick(0, 0, 0, 0, 120)),
          C("CheckoutAttributeDescription", "text", "none", pick("", "Gift wrapping: Yes", "Gift wrapping: No")),
          C("CustomerLanguageId", "integer", "none", pick(1)),
          C("AffiliateId", "integer", "none", pick(0)),
          C("CustomerIp", NV, "ip_address", ipv4),
          C("AllowStoringCreditCardNumber", "boolean", "none", lambda c, i: _card(c, i)["manual"]),
          C("CardType", NV, "none", _enc(16)),
          C("CardName", NV, "person_name", _enc(24)),
          C("CardNumber", NV, "payment_card", _enc(24)),
          C("MaskedCreditCardNumber", NV, "none", _masked),
          C("CardCvv2", NV, "payment_card", _enc(8)),
          C("CardExpirationMonth", NV, "none", _enc(8)),
          C("CardExpirationYear", NV, "none", _enc(8)),
          C("AuthorizationTransactionId", NV, "none", maybe(0.6, lambda c, i: f"{c.r.randint(10**9, 10**10)}")),
          C("CaptureTransactionId", NV, "none", lambda c, i: None),
          C("SubscriptionTransactionId", NV, "none", lambda c, i: None),
          C("PaidDateUtc", TS, "none", maybe(0.8, stamp(2023, 700))),
          C("ShippingMethod", NV, "none", pick("The Courier Guy", "PostNet to PostNet", "Pargo pickup point", "Aramex")),
          C("ShippingRateComputationMethodSystemName", NV, "none", pick("Shipping.FixedByWeightByTotal")),
          C("CustomValuesXml", "text", "free_text_may_contain_pii", _delivery_xml),
          C("Deleted", "boolean", "none", flag(0.02)),
          C("CreatedOnUtc", TS, "none", stamp(2023, 700))],
          extra=[_fk("CustomerId", "Order", "Customer"), _fk("BillingAddressId", "Order", "Address"),
                 _fk("ShippingAddressId", "Order", "Address")]),
        T(S, "OrderNote", [key("Id"),
          C("OrderId", "integer", "none", fk(120)),
          C("Note", "text", "free_text_may_contain_pii", _note),
          C("DownloadId", "integer", "none", pick(0)),
          C("DisplayToCustomer", "boolean", "none", flag(0.3)),
          C("CreatedOnUtc", TS, "none", stamp(2023, 700))], rows=140, extra=[_fk("OrderId", "OrderNote", "Order")]),
        T(S, "ActivityLog", [key("Id"),
          C("ActivityLogTypeId", "integer", "none", ints(1, 140)),
          C("EntityId", "integer", "none", maybe(0.7, ints(1, 400))),
          C("EntityName", NV, "none", pick("Product", "Customer", "Order", None)),
          C("CustomerId", "integer", "none", fk(120)),
          C("Comment", "text", "free_text_may_contain_pii", _activity),
          C("CreatedOnUtc", TS, "none", stamp(2024, 500)),
          C("IpAddress", "character varying(200)", "ip_address", ipv4)], rows=150,
          extra=[_fk("CustomerId", "ActivityLog", "Customer")]),
        T(S, "NewsLetterSubscription", [key("Id"),
          C("NewsLetterSubscriptionGuid", "uuid", "none", guid),
          C("Email", NV, "email", lambda c, i: za_person(c)["email"]),
          C("Active", "boolean", "none", flag(0.8)),
          C("StoreId", "integer", "none", pick(1, 2)),
          C("CreatedOnUtc", TS, "none", stamp(2021, 1100)),
          C("LanguageId", "integer", "none", pick(1))], rows=110),
        T(S, "Log", [key("Id"),
          C("LogLevelId", "integer", "none", pick(20, 30, 40, 40)),
          C("ShortMessage", "text", "free_text_may_contain_pii", _short_log),
          C("FullMessage", "text", "none", pick("System.Net.Mail.SmtpException: Mailbox unavailable.\n   at Nop.Services.Messages.EmailSender.SendEmailAsync()",
                                                "System.IO.IOException: The process cannot access the file", None)),
          C("IpAddress", "character varying(200)", "ip_address", maybe(0.8, ipv4)),
          C("CustomerId", "integer", "none", maybe(0.6, fk(120))),
          C("PageUrl", "text", "none", pick("https://www.lekkerbox.co.za/checkout", "https://www.lekkerbox.co.za/admin/order/list")),
          C("ReferrerUrl", "text", "none", pick("", "https://www.google.co.za/")),
          C("CreatedOnUtc", TS, "none", stamp(2024, 500))], rows=100, extra=[_fk("CustomerId", "Log", "Customer")]),
    ]

