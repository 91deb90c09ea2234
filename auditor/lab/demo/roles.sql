-- Cluster-wide roles of the demo shop. Run in database "postgres" as the superuser.
-- password_encryption is md5 in the demo's postgresql.conf: these three get legacy md5 hashes.
CREATE ROLE shop_app LOGIN CREATEROLE PASSWORD 'demo-app-password';
CREATE ROLE legacy_batch LOGIN PASSWORD 'demo-batch-2019';
CREATE ROLE shop_admin LOGIN SUPERUSER PASSWORD 'demo-admin-password';

SET password_encryption = 'scram-sha-256';
CREATE ROLE report_ro LOGIN PASSWORD 'demo-report-password';
CREATE ROLE analytics NOLOGIN;
CREATE ROLE analyst LOGIN BYPASSRLS PASSWORD 'demo-analyst-password' IN ROLE analytics;
CREATE ROLE support LOGIN PASSWORD 'demo-support-password' VALID UNTIL '2030-12-31';
CREATE ROLE etl LOGIN PASSWORD 'demo-etl-password' IN ROLE pg_read_server_files;
CREATE ROLE ops NOLOGIN IN ROLE pg_execute_server_program;
CREATE ROLE deploy LOGIN PASSWORD 'demo-deploy-password' IN ROLE ops;

-- The least-privilege auditing role pgcomply recommends (`pgcomply role-sql`): no superuser.
CREATE ROLE pgcomply_auditor LOGIN IN ROLE pg_monitor, pg_read_all_data;
GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO pgcomply_auditor;

-- Accounts nobody cleaned up: a contractor past its VALID UNTIL, and a backup role that also runs reports.
CREATE ROLE contractor_2019 LOGIN PASSWORD 'demo-contractor-password' VALID UNTIL '2020-06-30';
CREATE ROLE backup LOGIN REPLICATION PASSWORD 'demo-backup-password' IN ROLE report_ro;

-- "The nightly ETL was too noisy": its sessions now drop every LOG line, connections and statements included.
ALTER ROLE etl SET log_min_messages = 'fatal';
