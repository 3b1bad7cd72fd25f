-- The group roles (once per cluster): personal logins are members of one of the three,
-- and all three of redaksi_staff, which carries what every desk login may do.
DO $do$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['redaksi_staff', 'redaksi_reporter', 'redaksi_editor', 'redaksi_admin']
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END
$do$;
GRANT redaksi_staff TO redaksi_reporter, redaksi_editor, redaksi_admin;
