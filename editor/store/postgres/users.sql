-- Users are logins: an admin (or the owner) creates the login, puts it in its role's group
-- and records its Redaksi role, in one go. A NULL password leaves an existing one unchanged.
-- Only logins this database's Redaksi created (listed in redaksi_logins) may be changed
-- afterwards: an admin can never reset the password of another role of the cluster. The
-- service login (schema owner) may adopt an existing plain login once, e.g. after setup.
CREATE OR REPLACE FUNCTION redaksi_add_user(
    p_name text, p_role text, p_password text DEFAULT NULL, p_display_name text DEFAULT '')
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  g text;
  v_role pg_roles%ROWTYPE;
  v_service boolean := pg_has_role(session_user, current_user, 'MEMBER');
BEGIN
  IF NOT (v_service
          OR coalesce((SELECT role = 'admin' FROM users
                       WHERE name = session_user AND active), false)) THEN
    RAISE EXCEPTION 'hanya admin yang boleh menambah pengguna (login %)', session_user
      USING ERRCODE = '42501';
  END IF;
  IF p_name !~ '^[a-z][a-z0-9_.-]{0,62}$' THEN
    RAISE EXCEPTION 'nama pengguna % tidak sah', p_name USING ERRCODE = '22023';
  END IF;
  IF p_role NOT IN ('reporter', 'editor', 'admin') THEN
    RAISE EXCEPTION 'peran % tidak dikenal', p_role USING ERRCODE = '22023';
  END IF;
  IF p_name IN ('redaksi_staff', 'redaksi_reporter', 'redaksi_editor', 'redaksi_admin')
     OR p_name = current_user THEN
    RAISE EXCEPTION 'nama % dipakai oleh sistem', p_name USING ERRCODE = '22023';
  END IF;
  -- Serialise concurrent calls for the same name (role creation is not transactional-safe).
  PERFORM pg_advisory_xact_lock(7141, hashtext(p_name));
  SELECT * INTO v_role FROM pg_roles WHERE rolname = p_name;
  IF FOUND THEN
    IF v_role.rolsuper OR v_role.rolcreaterole OR v_role.rolcreatedb OR v_role.rolreplication
       OR v_role.rolbypassrls OR pg_has_role(p_name, current_user, 'MEMBER')
       OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                   WHERE m.member = v_role.oid
                     AND r.rolname NOT IN ('redaksi_reporter', 'redaksi_editor',
                                           'redaksi_admin')) THEN
      RAISE EXCEPTION 'nama % dipakai oleh peran PostgreSQL lain (bukan login Redaksi)', p_name
        USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM redaksi_logins WHERE name = p_name) THEN
      IF NOT v_service THEN
        RAISE EXCEPTION 'login % sudah ada di server dan bukan buatan Redaksi; hanya login '
          'layanan yang boleh memakainya', p_name USING ERRCODE = '42501';
      END IF;
      INSERT INTO redaksi_logins (name) VALUES (p_name);
    END IF;
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN', p_name);
    INSERT INTO redaksi_logins (name) VALUES (p_name) ON CONFLICT (name) DO NOTHING;
  END IF;
  IF p_password IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_password);
  END IF;
  FOREACH g IN ARRAY ARRAY['redaksi_reporter', 'redaksi_editor', 'redaksi_admin'] LOOP
    IF g <> 'redaksi_' || p_role AND pg_has_role(p_name, g, 'MEMBER') THEN
      EXECUTE format('REVOKE %I FROM %I', g, p_name);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', 'redaksi_' || p_role, p_name);
  INSERT INTO users (name, display_name, role, active, created_at)
  VALUES (p_name, coalesce(nullif(p_display_name, ''), p_name), p_role, true, now())
  ON CONFLICT (name) DO UPDATE
    SET role = EXCLUDED.role, active = true,
        display_name = CASE WHEN p_display_name = '' THEN users.display_name
                            ELSE EXCLUDED.display_name END;
END $f$;
