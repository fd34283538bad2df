-- The application's own database user for docker-compose.yml (ADR 0020): made if missing, given
-- the configured password each time. Tracker's migrations run as the owner and grant it what the
-- application needs (tracker_grant_app, V025). Run by psql with -v app_password=...
SELECT 'CREATE ROLE tracker_app LOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tracker_app') \gexec
ALTER ROLE tracker_app PASSWORD :'app_password';
