-- The related-articles index as a tsvector with a GIN index (search_pg).
CREATE TABLE IF NOT EXISTS search_pg (
    article_id integer PRIMARY KEY,
    terms tsvector NOT NULL,
    freqs jsonb NOT NULL,
    fields jsonb NOT NULL,
    doc_len integer NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_search_pg_terms ON search_pg USING gin (terms);
-- Recorded from security.install() at commit a81149c.
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
CREATE TABLE IF NOT EXISTS redaksi_transitions (
    action text NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    role text NOT NULL,
    note_required boolean NOT NULL DEFAULT false,
    PRIMARY KEY (action, from_status, role)
);

-- True when the code runs as the schema owner: an owner/superuser session, or inside one of
-- the SECURITY DEFINER functions below. Personal logins are never members of the owner.
CREATE OR REPLACE FUNCTION redaksi_privileged() RETURNS boolean
LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $f$ SELECT pg_has_role(current_user, @OWNER@, 'MEMBER') $f$;

-- The Redaksi role of the person logged in (NULL when the login is no active Redaksi user).
CREATE OR REPLACE FUNCTION redaksi_session_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $f$ SELECT role FROM users WHERE name = session_user AND active $f$;

CREATE OR REPLACE FUNCTION redaksi_is_desk() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $f$ SELECT pg_has_role(session_user, @OWNER@, 'MEMBER')
          OR coalesce((SELECT role IN ('editor', 'admin') FROM users
                       WHERE name = session_user AND active), false) $f$;

-- Articles: status and published_at move only through redaksi_transition(); reporters create
-- drafts only; every save bumps the version by one; who saved is the login.
CREATE OR REPLACE FUNCTION redaksi_articles_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  IF redaksi_privileged() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF (NEW.status <> 'draft' OR NEW.published_at IS NOT NULL) AND NOT redaksi_is_desk() THEN
      RAISE EXCEPTION 'peran % hanya boleh membuat naskah berstatus draft',
        coalesce(redaksi_session_role(), 'tanpa peran') USING ERRCODE = '42501';
    END IF;
    NEW.version := 1;
    NEW.created_by := session_user;
  ELSE
    IF NEW.status IS DISTINCT FROM OLD.status
       OR NEW.published_at IS DISTINCT FROM OLD.published_at THEN
      RAISE EXCEPTION 'status naskah % hanya bisa diubah lewat alur kerja (redaksi_transition)',
        OLD.id USING ERRCODE = '42501';
    END IF;
    IF NEW.version <> OLD.version + 1 THEN
      RAISE EXCEPTION 'setiap simpanan naskah % harus menaikkan versi tepat satu (% -> %)',
        OLD.id, OLD.version, NEW.version USING ERRCODE = '42501';
    END IF;
    NEW.created_by := OLD.created_by;
    NEW.created_at := OLD.created_at;
  END IF;
  NEW.updated_by := session_user;
  RETURN NEW;
END $f$;

CREATE OR REPLACE FUNCTION redaksi_stamp_author() RETURNS trigger
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  IF redaksi_privileged() THEN
    RETURN NEW;
  END IF;
  IF TG_TABLE_NAME = 'revisions' THEN
    NEW.author := session_user;
  ELSIF TG_TABLE_NAME = 'article_events' THEN
    IF NEW.kind = 'transition' THEN
      RAISE EXCEPTION 'peristiwa transisi hanya dicatat oleh redaksi_transition'
        USING ERRCODE = '42501';
    END IF;
    NEW.user_name := session_user;
  ELSIF TG_TABLE_NAME = 'comments' THEN
    IF TG_OP = 'INSERT' THEN
      NEW.author := session_user;
    ELSIF NEW.resolved AND NOT OLD.resolved THEN
      NEW.resolved_by := session_user;
    END IF;
  ELSIF TG_TABLE_NAME = 'dictionary_words' THEN
    NEW.added_by := session_user;
  END IF;
  RETURN NEW;
END $f$;

-- Live desk: one small JSON notice per change, sent when the transaction commits.
CREATE OR REPLACE FUNCTION redaksi_notify_event() RETURNS trigger
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  PERFORM pg_notify('redaksi_desk', json_build_object(
    'source', 'event', 'id', NEW.id, 'article_id', NEW.article_id, 'kind', NEW.kind,
    'action', NEW.action, 'from_status', NEW.from_status, 'to_status', NEW.to_status,
    'user', NEW.user_name, 'version', NEW.detail::jsonb -> 'version',
    'at', NEW.created_at)::text);
  RETURN NULL;
END $f$;

CREATE OR REPLACE FUNCTION redaksi_notify_lock() RETURNS trigger
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('redaksi_desk', json_build_object(
      'source', 'lock', 'kind', 'unlock', 'article_id', OLD.article_id,
      'user', OLD.holder, 'at', now())::text);
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.holder = OLD.holder THEN
    RETURN NULL;  -- a heartbeat: nothing the desk needs to hear about
  END IF;
  PERFORM pg_notify('redaksi_desk', json_build_object(
    'source', 'lock', 'kind', 'lock', 'article_id', NEW.article_id,
    'user', NEW.holder, 'at', NEW.acquired_at)::text);
  RETURN NULL;
END $f$;

DROP TRIGGER IF EXISTS redaksi_articles_guard ON articles;
CREATE TRIGGER redaksi_articles_guard BEFORE INSERT OR UPDATE ON articles
  FOR EACH ROW EXECUTE FUNCTION redaksi_articles_guard();
DROP TRIGGER IF EXISTS redaksi_stamp_author ON revisions;
CREATE TRIGGER redaksi_stamp_author BEFORE INSERT ON revisions
  FOR EACH ROW EXECUTE FUNCTION redaksi_stamp_author();
DROP TRIGGER IF EXISTS redaksi_stamp_author ON article_events;
CREATE TRIGGER redaksi_stamp_author BEFORE INSERT ON article_events
  FOR EACH ROW EXECUTE FUNCTION redaksi_stamp_author();
DROP TRIGGER IF EXISTS redaksi_stamp_author ON comments;
CREATE TRIGGER redaksi_stamp_author BEFORE INSERT OR UPDATE ON comments
  FOR EACH ROW EXECUTE FUNCTION redaksi_stamp_author();
DROP TRIGGER IF EXISTS redaksi_stamp_author ON dictionary_words;
CREATE TRIGGER redaksi_stamp_author BEFORE INSERT ON dictionary_words
  FOR EACH ROW EXECUTE FUNCTION redaksi_stamp_author();
DROP TRIGGER IF EXISTS redaksi_notify ON article_events;
CREATE TRIGGER redaksi_notify AFTER INSERT ON article_events
  FOR EACH ROW EXECUTE FUNCTION redaksi_notify_event();
DROP TRIGGER IF EXISTS redaksi_notify ON article_locks;
CREATE TRIGGER redaksi_notify AFTER INSERT OR UPDATE OR DELETE ON article_locks
  FOR EACH ROW EXECUTE FUNCTION redaksi_notify_lock();

-- Edit locks: in your own name only; someone else's only when its holder is gone, or as desk.
ALTER TABLE article_locks ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS redaksi_locks_read ON article_locks;
CREATE POLICY redaksi_locks_read ON article_locks FOR SELECT USING (true);
DROP POLICY IF EXISTS redaksi_locks_insert ON article_locks;
CREATE POLICY redaksi_locks_insert ON article_locks FOR INSERT
  WITH CHECK (holder = session_user);
DROP POLICY IF EXISTS redaksi_locks_update ON article_locks;
CREATE POLICY redaksi_locks_update ON article_locks FOR UPDATE
  USING (holder = session_user OR heartbeat_at < now() - '120 seconds'::interval OR redaksi_is_desk())
  WITH CHECK (holder = session_user);
DROP POLICY IF EXISTS redaksi_locks_delete ON article_locks;
CREATE POLICY redaksi_locks_delete ON article_locks FOR DELETE
  USING (holder = session_user OR redaksi_is_desk());

-- The audit trail: everybody reads it; a login adds events only in its own name.
ALTER TABLE article_events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS redaksi_events_read ON article_events;
CREATE POLICY redaksi_events_read ON article_events FOR SELECT USING (true);
DROP POLICY IF EXISTS redaksi_events_insert ON article_events;
CREATE POLICY redaksi_events_insert ON article_events FOR INSERT
  WITH CHECK (user_name = session_user AND kind <> 'transition');
CREATE OR REPLACE FUNCTION redaksi_transition(
    p_article integer, p_action text, p_note text DEFAULT '', p_user text DEFAULT NULL)
RETURNS TABLE (from_status text, to_status text, new_version integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_user text := session_user;
  v_role text;
  v_row articles%ROWTYPE;
  v_target text;
  v_note_required boolean;
  v_note text := regexp_replace(coalesce(p_note, ''), '^\s+|\s+$', '', 'g');
  v_lock article_locks%ROWTYPE;
  v_now timestamptz := clock_timestamp();
  v_snapshot json;
BEGIN
  -- Only the service identity (owner/superuser: CLI and scripts on the owner's URL) may act in
  -- someone else's name; a personal login always acts as itself.
  IF p_user IS NOT NULL AND p_user <> session_user THEN
    IF NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
      RAISE EXCEPTION 'login % tidak boleh bertindak atas nama %', session_user, p_user
        USING ERRCODE = 'RK005';
    END IF;
    v_user := p_user;
  END IF;
  SELECT role INTO v_role FROM users WHERE name = v_user AND active;
  IF v_role IS NULL THEN
    RAISE EXCEPTION 'pengguna % tidak dikenal', v_user USING ERRCODE = 'RK002', DETAIL = v_user;
  END IF;
  SELECT * INTO v_row FROM articles WHERE id = p_article FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'naskah % tidak ditemukan', p_article USING ERRCODE = 'RK003';
  END IF;
  SELECT t.to_status, t.note_required INTO v_target, v_note_required
    FROM redaksi_transitions t
    WHERE t.action = p_action AND t.role = v_role AND t.from_status = v_row.status;
  IF v_target IS NULL OR (v_note_required AND v_note = '') THEN
    RAISE EXCEPTION 'peran % tidak boleh melakukan % pada naskah berstatus %',
      v_role, p_action, v_row.status
      USING ERRCODE = 'RK001',
            DETAIL = json_build_object('role', v_role, 'status', v_row.status)::text;
  END IF;
  SELECT * INTO v_lock FROM article_locks WHERE article_id = p_article;
  IF FOUND AND v_lock.holder <> v_user AND v_lock.heartbeat_at > v_now - '120 seconds'::interval THEN
    RAISE EXCEPTION 'naskah % sedang disunting oleh %', p_article, v_lock.holder
      USING ERRCODE = 'RK004',
            DETAIL = json_build_object('holder', v_lock.holder,
                                       'since', v_lock.acquired_at)::text;
  END IF;
  UPDATE articles SET status = v_target, version = v_row.version + 1, updated_at = v_now,
         updated_by = v_user,
         published_at = CASE WHEN v_target = 'published' AND v_row.published_at IS NULL
                             THEN v_now ELSE v_row.published_at END
   WHERE id = p_article;
  SELECT r.snapshot INTO v_snapshot FROM revisions r
   WHERE r.article_id = p_article ORDER BY r.version DESC LIMIT 1;
  INSERT INTO revisions (article_id, version, kind, author, created_at, status, snapshot)
  VALUES (p_article, v_row.version + 1, 'transition', v_user, v_now, v_target,
          coalesce(v_snapshot, '{}'::json));
  INSERT INTO article_events (article_id, kind, action, from_status, to_status, user_name,
                              note, detail, created_at)
  VALUES (p_article, 'transition', p_action, v_row.status, v_target, v_user, v_note,
          json_build_object('version', v_row.version + 1, 'role', v_role), v_now);
  RETURN QUERY SELECT v_row.status::text, v_target, v_row.version + 1;
END $f$;

-- Users are logins: an admin (or the owner) creates the login, puts it in its role's group
-- and records its Redaksi role, in one go. A NULL password leaves an existing one unchanged.
CREATE OR REPLACE FUNCTION redaksi_add_user(
    p_name text, p_role text, p_password text DEFAULT NULL, p_display_name text DEFAULT '')
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE g text;
BEGIN
  IF NOT (pg_has_role(session_user, current_user, 'MEMBER')
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
     OR p_name = current_user
     OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name AND rolsuper) THEN
    RAISE EXCEPTION 'nama % dipakai oleh sistem', p_name USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', p_name);
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
ALTER FUNCTION redaksi_privileged() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_session_role() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_is_desk() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_articles_guard() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_stamp_author() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_notify_event() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_notify_lock() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_transition(integer, text, text, text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_add_user(text, text, text, text) OWNER TO @OWNER_IDENT@;
ALTER TABLE redaksi_transitions OWNER TO @OWNER_IDENT@;
DELETE FROM redaksi_transitions;
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('approve', 'in_review', 'approved', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('approve', 'in_review', 'approved', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('approve', 'submitted', 'approved', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('approve', 'submitted', 'approved', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'approved', 'killed', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'approved', 'killed', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'changes_requested', 'killed', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'changes_requested', 'killed', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'draft', 'killed', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'draft', 'killed', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'in_review', 'killed', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'in_review', 'killed', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'published', 'killed', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'published', 'killed', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'submitted', 'killed', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('kill', 'submitted', 'killed', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('publish', 'approved', 'published', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('publish', 'approved', 'published', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('reopen', 'approved', 'draft', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('reopen', 'approved', 'draft', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('reopen', 'killed', 'draft', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('reopen', 'killed', 'draft', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('reopen', 'published', 'draft', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('reopen', 'published', 'draft', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('request-changes', 'approved', 'changes_requested', 'admin', true);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('request-changes', 'approved', 'changes_requested', 'editor', true);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('request-changes', 'in_review', 'changes_requested', 'admin', true);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('request-changes', 'in_review', 'changes_requested', 'editor', true);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('request-changes', 'submitted', 'changes_requested', 'admin', true);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('request-changes', 'submitted', 'changes_requested', 'editor', true);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('start-review', 'submitted', 'in_review', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('start-review', 'submitted', 'in_review', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('submit', 'changes_requested', 'submitted', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('submit', 'changes_requested', 'submitted', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('submit', 'changes_requested', 'submitted', 'reporter', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('submit', 'draft', 'submitted', 'admin', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('submit', 'draft', 'submitted', 'editor', false);
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES ('submit', 'draft', 'submitted', 'reporter', false);
REVOKE ALL ON FUNCTION redaksi_transition(integer, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_add_user(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION redaksi_transition(integer, text, text, text) TO redaksi_staff;
GRANT EXECUTE ON FUNCTION redaksi_add_user(text, text, text, text) TO redaksi_admin;
GRANT USAGE ON SCHEMA @SCHEMA@ TO redaksi_staff;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO redaksi_staff;
GRANT SELECT ON alembic_version, users, redaksi_transitions TO redaksi_staff;
GRANT SELECT, INSERT, UPDATE ON articles TO redaksi_staff;
GRANT DELETE ON articles TO redaksi_editor, redaksi_admin;
GRANT SELECT, INSERT, DELETE ON tags, article_tags TO redaksi_staff;
GRANT UPDATE ON tags, article_tags TO redaksi_staff;
GRANT SELECT, INSERT ON revisions, article_events TO redaksi_staff;
GRANT SELECT, INSERT ON comments TO redaksi_staff;
GRANT UPDATE (anchor_start, anchor_end, resolved, resolved_by, resolved_at) ON comments
  TO redaksi_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON article_locks TO redaksi_staff;
GRANT SELECT, INSERT ON dictionary_words TO redaksi_staff;
GRANT DELETE ON dictionary_words TO redaksi_editor, redaksi_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON search_docs, search_terms, search_pg TO redaksi_staff;
