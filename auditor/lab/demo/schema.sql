-- The demo shop: a small multi-tenant web shop with the weaknesses real audits find.
-- Run as the superuser in database "shop" after roles.sql. Rows are loaded by seed.py.

CREATE TABLE public.tenants (
    id         int PRIMARY KEY,
    name       text NOT NULL
);

CREATE TABLE public.customers (
    id            int PRIMARY KEY,
    tenant_id     int NOT NULL REFERENCES public.tenants,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    email         text NOT NULL CHECK (email LIKE '%@%'),
    phone         text,
    birth_date    date,
    ssn           text,
    address       text,
    iban          text,
    newsletter    boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN public.customers.ssn IS 'US social security number, for tax forms';

-- Spanish-speaking back office (column names in Spanish)
CREATE TABLE public.clientes_es (
    id                int PRIMARY KEY,
    nombre            text,
    apellidos         text,
    correo            text,
    telefono          text,
    dni               text,
    fecha_nacimiento  date,
    direccion         text
);

CREATE TABLE public.payments (
    id           int PRIMARY KEY,
    tenant_id    int NOT NULL REFERENCES public.tenants,
    customer_id  int NOT NULL REFERENCES public.customers,
    card_number  text NOT NULL,
    card_holder  text NOT NULL,
    amount       numeric(10,2) NOT NULL,
    paid_at      timestamptz NOT NULL DEFAULT now()
);

-- Card numbers encrypted with pgcrypto: the right way (created only where pgcrypto exists).
CREATE TABLE public.stored_cards (
    id           int PRIMARY KEY,
    customer_id  int NOT NULL REFERENCES public.customers,
    card_enc     bytea NOT NULL,
    last4        text NOT NULL
);

CREATE TABLE public.orders (
    id           int PRIMARY KEY,
    tenant_id    int NOT NULL REFERENCES public.tenants,
    customer_id  int NOT NULL REFERENCES public.customers,
    total        numeric(10,2) NOT NULL,
    status       text NOT NULL,
    contact      text,              -- neutral name, holds e-mail addresses
    email_sent   boolean NOT NULL DEFAULT false,
    notes        text
);
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_all ON public.orders USING (true);                       -- looks like RLS, filters nothing

CREATE TABLE public.invoices (
    id           int PRIMARY KEY,
    tenant_id    int NOT NULL REFERENCES public.tenants,
    order_id     int NOT NULL REFERENCES public.orders,
    amount       numeric(10,2) NOT NULL
);
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_tenant ON public.invoices
    USING (tenant_id = current_setting('app.tenant_id')::int);              -- errors when unset
-- Runs with its (superuser) owner's rights: readers see every tenant's invoices, whatever the policy says.
CREATE VIEW public.invoice_totals AS SELECT tenant_id, sum(amount) AS total FROM public.invoices GROUP BY tenant_id;

CREATE TABLE public.users (
    id             int PRIMARY KEY,
    username       text NOT NULL UNIQUE,
    email          text NOT NULL,
    password_hash  text NOT NULL,      -- unsalted md5 hex: weak
    last_login_ip  inet
);

CREATE TABLE public.admin_users (
    id             int PRIMARY KEY,
    login          text NOT NULL UNIQUE,
    pwd            text NOT NULL       -- bcrypt: strong
);

CREATE TABLE public.api_keys (
    id           int PRIMARY KEY,
    user_id      int NOT NULL REFERENCES public.users,
    token        text NOT NULL
);

CREATE TABLE public.products (
    id           int PRIMARY KEY,
    name         text NOT NULL,
    price        numeric(10,2) NOT NULL
);

-- A SECURITY DEFINER function owned by the superuser, without a pinned search_path, callable by PUBLIC.
CREATE FUNCTION public.find_customer(p_email text) RETURNS SETOF public.customers
    LANGUAGE sql SECURITY DEFINER AS $$ SELECT * FROM customers WHERE email = p_email $$;

-- A careful one: pinned search_path, EXECUTE revoked from PUBLIC.
CREATE FUNCTION public.order_total(p_order int) RETURNS numeric
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT total FROM public.orders WHERE id = p_order $$;
REVOKE EXECUTE ON FUNCTION public.order_total(int) FROM PUBLIC;

-- A card-sealing helper with its encryption key written into the code (PL/pgSQL: created without pgcrypto).
CREATE FUNCTION public.seal_card(p_card text) RETURNS bytea
    LANGUAGE plpgsql AS $$ BEGIN RETURN pgp_sym_encrypt(p_card, 'demo-card-key-2019'); END $$;

-- An audit trail of order changes whose trigger was disabled during a migration and never re-enabled.
CREATE TABLE public.audit_log (
    id           bigserial PRIMARY KEY,
    table_name   text NOT NULL,
    op           text NOT NULL,
    changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION public.audit_row() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.audit_log (table_name, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE OR DELETE ON public.orders
    FOR EACH ROW EXECUTE FUNCTION public.audit_row();
ALTER TABLE public.orders DISABLE TRIGGER orders_audit;
