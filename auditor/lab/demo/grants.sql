-- Ownership and grants of the demo shop. Run in database "shop" as the superuser after the rows are loaded.
ALTER TABLE public.customers OWNER TO shop_app;            -- a login role owns personal data
ALTER TABLE public.orders OWNER TO shop_app;
ALTER TABLE public.users OWNER TO shop_app;

GRANT SELECT ON public.payments TO PUBLIC;                 -- every role can read card numbers
GRANT CREATE ON SCHEMA public TO PUBLIC;                   -- anyone can plant objects in public
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_ro;
GRANT INSERT, UPDATE, DELETE ON public.orders TO report_ro; -- a "read-only" role that writes
GRANT SELECT ON public.customers, public.clientes_es TO analytics;
GRANT SELECT (id, first_name, email, phone) ON public.customers TO support;
GRANT SELECT, INSERT, UPDATE ON public.users TO legacy_batch WITH GRANT OPTION;
GRANT SELECT, INSERT ON public.api_keys TO shop_app;
GRANT INSERT, DELETE ON public.audit_log TO shop_app;          -- the application can erase its own audit trail
GRANT SELECT ON public.orders, public.invoices TO analytics;  -- analyst (BYPASSRLS) reads every tenant's orders
GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_file(text) TO etl; -- with pg_read_server_files: any file on the server
