"""e_wordpress: a WordPress 6 site with WooCommerce (HPOS order tables), MySQL types translated to PostgreSQL.
WordPress declares no foreign keys, so none are added."""

from __future__ import annotations

from .blind3_gens import (C, company, city, const, email, first, fk, full, last, num, opt, phone, postcode, ref,
                          street, us_state, when)
from .blind3_formats import agent, bcrypt, chars, ipv4, phpass
from .gens import Col, Ctx, Table, ident, pick

USERS, POSTS, ORDERS = 120, 100, 120


def _login(c: Ctx, i: int) -> str:
    f = fk("en_US", c)
    a, b = f.first_name().lower(), f.last_name().lower()
    return c.r.choice(
        [f"{a}{b[0]}", f"{a[0]}{b}", f"{a}_{b}", f"{a}{c.r.randint(1, 99)}", "admin" if i == 1 else a + b]
    )


def _pass(c: Ctx, i: int) -> str:
    return phpass(c, i) if c.r.random() < 0.7 else "$wp" + bcrypt("$2y$10$")(c, i)


def _activation(c: Ctx, i: int) -> str:
    return f"{c.r.randint(1_600_000_000, 1_760_000_000)}:{phpass(c, i)}" if c.r.random() < 0.55 else ""


META = ["nickname", "first_name", "last_name", "billing_first_name", "billing_last_name", "billing_address_1",
        "billing_city", "billing_postcode", "billing_phone", "billing_email", "shipping_first_name",
        "shipping_last_name", "wp_capabilities", "locale"]


def _meta_value(c: Ctx, i: int) -> str:
    key = META[(i - 1) % len(META)]
    if key.endswith("first_name"):
        return first()(c, i)
    if key.endswith("last_name"):
        return last()(c, i)
    return {
        "nickname": lambda: fk("en_US", c).user_name(),
        "billing_address_1": lambda: street()(c, i),
        "billing_city": lambda: city()(c, i),
        "billing_postcode": lambda: postcode()(c, i),
        "billing_phone": lambda: phone()(c, i),
        "billing_email": lambda: email()(c, i),
        "wp_capabilities": lambda: c.r.choice(
            ['a:1:{s:8:"customer";b:1;}', 'a:1:{s:10:"subscriber";b:1;}', 'a:1:{s:13:"administrator";b:1;}']
        ),
        "locale": lambda: c.r.choice(["", "en_US", "en_GB"]),
    }[key]()


def _comment(c: Ctx, i: int) -> str:
    f = fk("en_US", c)
    return c.r.choice(
        [
            f"Made this for my sister {f.first_name()}'s birthday and everyone loved it! I used less sugar though.",
            f"Hi, I ordered the blue one last week and haven't heard back. Please email me at {email()(c, i)}.",
            "Great article, very helpful. Bookmarked!",
            f"Could someone call me back on {phone()(c, i)}? I have a question about the sizing.",
            f"@{f.first_name()} {f.last_name()} I had the same problem after the update, clearing the cache fixed it.",
            "Does this still work with the latest version? The second step fails for me.",
            f"My daughter {f.first_name()} {f.last_name()} is in the photo at the top, could you please remove it?",
            "Thank you so much for sharing, this is exactly what I was looking for.",
        ]
    )


def _post_content(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            "<!-- wp:paragraph -->\n<p>Our autumn collection is here: warm knits, wool scarves and hand-made ceramics.</p>\n<!-- /wp:paragraph -->",
            "<!-- wp:paragraph -->\n<p>Preheat the oven to 180°C. Mix flour, butter and sugar until crumbly.</p>\n<!-- /wp:paragraph -->",
            "[woocommerce_cart]",
            "[woocommerce_checkout]",
            "<!-- wp:heading --><h2>Shipping</h2><!-- /wp:heading --><p>Orders ship within 2 business days.</p>",
            "100% organic cotton. Machine wash cold, tumble dry low. Imported.",
            "",
        ]
    )


def _customer_note(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"Please leave the parcel with my neighbour {full()(c, i)} if I'm not home.",
            f"Call {phone()(c, i)} when you arrive, the buzzer is broken.",
            f"It's a gift for {full()(c, i)}, please don't include the invoice.",
            "Gate code 4411",
            "",
            "",
            "Please ship together with my previous order.",
        ]
    )


def wordpress_tables() -> list[Table]:
    s = "e_wordpress"
    users = Table(
        s,
        "wp_users",
        [
            Col("ID", "bigint PRIMARY KEY", "none", ident),
            C("user_login", "varchar(60)", "none", _login),
            C("user_pass", "varchar(255)", "credentials", _pass),
            C("user_nicename", "varchar(50)", "none", lambda c, i: _login(c, i).replace("_", "-")),
            C("user_email", "varchar(100)", "email", email()),
            C(
                "user_url",
                "varchar(100)",
                "none",
                lambda c, i: c.r.choice(["", "", "", f"https://{fk('en_US', c).domain_name()}"]),
            ),
            C("user_registered", "timestamp", "none", when()),
            C("user_activation_key", "varchar(255)", "secret_token", _activation),
            C("user_status", "int", "none", const(0)),
            C("display_name", "varchar(250)", "person_name", full()),
        ],
        rows=USERS,
    )
    usermeta = Table(
        s,
        "wp_usermeta",
        [
            Col("umeta_id", "bigint PRIMARY KEY", "none", ident),
            C("user_id", "bigint", "none", ref(USERS)),
            C("meta_key", "varchar(255)", "none", lambda c, i: META[(i - 1) % len(META)]),
            C("meta_value", "text", "person_name", _meta_value),
        ],
        rows=140,
    )
    comments = Table(
        s,
        "wp_comments",
        [
            Col("comment_ID", "bigint PRIMARY KEY", "none", ident),
            C("comment_post_ID", "bigint", "none", ref(POSTS)),
            C("comment_author", "text", "person_name", full()),
            C("comment_author_email", "varchar(100)", "email", email()),
            C(
                "comment_author_url",
                "varchar(200)",
                "none",
                lambda c, i: c.r.choice(["", "", f"https://{fk('en_US', c).domain_name()}/"]),
            ),
            C("comment_author_IP", "varchar(100)", "ip_address", ipv4),
            C("comment_date", "timestamp", "none", when()),
            C("comment_content", "text", "free_text_may_contain_pii", _comment),
            C("comment_approved", "varchar(20)", "none", pick("1", "1", "1", "0", "spam", "trash")),
            C("comment_agent", "varchar(255)", "none", agent),
            C("comment_type", "varchar(20)", "none", pick("comment", "comment", "review", "pingback")),
            C("user_id", "bigint", "none", lambda c, i: c.r.choice([0, 0, c.r.randint(1, USERS)])),
        ],
        rows=130,
    )
    posts = Table(
        s,
        "wp_posts",
        [
            Col("ID", "bigint PRIMARY KEY", "none", ident),
            C("post_author", "bigint", "none", ref(5)),
            C("post_date", "timestamp", "none", when()),
            C("post_content", "text", "none", _post_content),
            C(
                "post_title",
                "text",
                "none",
                pick(
                    "Autumn Sale",
                    "Cart",
                    "Checkout",
                    "My account",
                    "Wool scarf – grey",
                    "Apple crumble",
                    "Shipping & Returns",
                    "Privacy Policy",
                    "Ceramic mug",
                ),
            ),
            C("post_status", "varchar(20)", "none", pick("publish", "publish", "draft", "private", "inherit")),
            C("comment_status", "varchar(20)", "none", pick("open", "closed")),
            C(
                "post_password",
                "varchar(255)",
                "credentials",
                lambda c, i: c.r.choice(
                    ["", "", "", f"{fk('en_US', c).word()}{c.r.randint(10, 2025)}", chars(10)(c, i)]
                ),
            ),
            C("post_name", "varchar(200)", "none", lambda c, i: fk("en_US", c).slug()),
            C("post_modified", "timestamp", "none", when()),
            C("guid", "varchar(255)", "none", lambda c, i: f"https://shop.example-crafts.com/?p={i}"),
            C(
                "post_type",
                "varchar(20)",
                "none",
                pick("post", "page", "product", "product", "attachment", "nav_menu_item"),
            ),
        ],
        rows=POSTS,
    )
    lookup = Table(
        s,
        "wp_wc_customer_lookup",
        [
            Col("customer_id", "bigint PRIMARY KEY", "none", ident),
            C("user_id", "bigint", "none", opt(0.6, ref(USERS))),
            C("username", "varchar(60)", "none", lambda c, i: _login(c, i) if c.r.random() < 0.6 else ""),
            C("first_name", "varchar(255)", "person_name", first()),
            C("last_name", "varchar(255)", "person_name", last()),
            C("email", "varchar(100)", "email", email()),
            C("date_last_active", "timestamp", "none", when(2023)),
            C("country", "char(2)", "none", pick("US", "US", "US", "CA", "GB")),
            C("postcode", "varchar(20)", "postal_address", postcode()),
            C("city", "varchar(100)", "none", city()),
            C("state", "varchar(100)", "none", us_state),
        ],
        rows=110,
    )
    addresses = Table(
        s,
        "wp_wc_order_addresses",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("order_id", "bigint", "none", ref(ORDERS)),
            C("address_type", "varchar(20)", "none", pick("billing", "shipping")),
            C("first_name", "text", "person_name", first()),
            C("last_name", "text", "person_name", last()),
            C("company", "text", "none", lambda c, i: c.r.choice(["", "", "", company(c, i)])),
            C("address_1", "text", "postal_address", street()),
            C(
                "address_2",
                "text",
                "postal_address",
                lambda c, i: c.r.choice(
                    [
                        f"Apt {c.r.randint(1, 40)}{c.r.choice('ABCD')}",
                        f"Suite {c.r.randint(100, 990)}",
                        f"Unit {c.r.randint(1, 20)}",
                        "",
                    ]
                ),
            ),
            C("city", "text", "none", city()),
            C("state", "text", "none", us_state),
            C("postcode", "text", "postal_address", postcode()),
            C("country", "text", "none", pick("US", "US", "CA")),
            C("email", "varchar(320)", "email", email()),
            C("phone", "varchar(100)", "phone", phone()),
        ],
        rows=140,
    )
    orders = Table(
        s,
        "wp_wc_orders",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C(
                "status",
                "varchar(20)",
                "none",
                pick("wc-completed", "wc-completed", "wc-processing", "wc-refunded", "wc-cancelled"),
            ),
            C("tax_amount", "numeric(26,8)", "none", num(0, 30, 2)),
            C("total_amount", "numeric(26,8)", "none", num(8, 420, 2)),
            C("customer_id", "bigint", "none", lambda c, i: c.r.choice([0, c.r.randint(1, USERS)])),
            C("billing_email", "varchar(320)", "email", email()),
            C("date_created_gmt", "timestamp", "none", when(2022)),
            C("payment_method", "varchar(100)", "none", pick("stripe", "stripe", "ppcp-gateway", "bacs", "cod")),
            C("payment_method_title", "text", "none", pick("Credit Card (Stripe)", "PayPal", "Direct bank transfer")),
            C(
                "transaction_id",
                "varchar(100)",
                "none",
                lambda c, i: "ch_3" + chars(23)(c, i) if c.r.random() < 0.7 else "",
            ),
            C("ip_address", "varchar(100)", "ip_address", ipv4),
            C("user_agent", "text", "none", agent),
            C("customer_note", "text", "free_text_may_contain_pii", _customer_note),
        ],
        rows=ORDERS,
    )
    return [users, usermeta, comments, posts, lookup, addresses, orders]
