-- Logins made by an earlier version's redaksi_add_user(): plain logins in a Redaksi group are
-- recorded as Redaksi's own, so redaksi_add_user() may keep changing them.
INSERT INTO redaksi_logins (name) SELECT u.name FROM users u
  JOIN pg_roles r ON r.rolname = u.name
 WHERE r.rolcanlogin AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb
       OR r.rolreplication OR r.rolbypassrls) AND u.name <> @OWNER@
   AND pg_has_role(r.oid, 'redaksi_staff', 'MEMBER') ON CONFLICT (name) DO NOTHING;
