-- The live SQL (editor/store/postgres/*.sql), pinned.
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

-- The newsroom's rules on the tables: the transition table, who-is-who helpers, the guard
-- on articles, author stamps, desk notices, row-level security on locks and the audit trail.
-- The schema owner, schema, notice channel and lock time are filled in by security.py.
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

-- Content changes in newsroom mode: only through these SECURITY DEFINER functions.
--
-- Personal logins have no INSERT/UPDATE/DELETE on articles, tags, article_tags, revisions or
-- article_events, and may only move comment anchors. Every save, creation, deletion, comment
-- and resolve goes through a function below, which checks the login's Redaksi role against
-- redaksi_edit_rules (seeded from editor/domain/editing.py), the state, the author, the edit
-- lock and the version, and writes the change, its revision (a snapshot built here from what
-- was stored) and its audit event together. Lock times are the server's clock, and lock
-- takeovers are recorded by a trigger. Placeholders @SCHEMA@, @OWNER@, '120 seconds'::interval are filled in by
-- editor/store/postgres/security.py. SQLSTATE class "RK" as in security.py.

CREATE TABLE IF NOT EXISTS redaksi_edit_rules (
    role text NOT NULL,
    status text NOT NULL,
    others boolean NOT NULL,
    kind text,
    PRIMARY KEY (role, status)
);

-- Logins that redaksi_add_user() created or adopted in this database: the only roles it may
-- change afterwards.
CREATE TABLE IF NOT EXISTS redaksi_logins (
    name text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- True when the person connected is the schema owner (service login), even inside a
-- SECURITY DEFINER function (where current_user is always the owner).
CREATE OR REPLACE FUNCTION redaksi_is_service() RETURNS boolean
LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $f$ SELECT pg_has_role(session_user, @OWNER@, 'MEMBER') $f$;

-- The article's content as a revision snapshot, from the stored row and its tags.
-- PL/pgSQL, not SQL: its body is resolved when it runs, so an earlier migration that installs
-- these rules before a later column (photos, 0006) exists still succeeds.
CREATE OR REPLACE FUNCTION redaksi_snapshot(p_article integer) RETURNS json
LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  RETURN (SELECT json_build_object(
    'headline', a.headline, 'subheadline', a.subheadline, 'kicker', a.kicker,
    'body', a.body, 'summary', a.summary, 'slug', a.slug, 'dateline', a.dateline,
    'location', a.location,
    'tags', coalesce((SELECT json_agg(t.name ORDER BY x.position)
                        FROM article_tags x JOIN tags t ON t.id = x.tag_id
                       WHERE x.article_id = a.id), '[]'::json),
    'category', a.category, 'bylines', a.bylines, 'editor', a.editor,
    'related', a.related, 'photos', a.photos, 'source', a.source, 'url', a.url)
  FROM articles a WHERE a.id = p_article);
END $f$;

CREATE OR REPLACE FUNCTION redaksi_write_tags(p_article integer, p_names text[],
                                              p_keys text[]) RETURNS void
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  i integer;
  v_tag integer;
BEGIN
  IF coalesce(cardinality(p_names), 0) <> coalesce(cardinality(p_keys), 0) THEN
    RAISE EXCEPTION 'nama dan kunci tag tidak sepadan' USING ERRCODE = '22023';
  END IF;
  DELETE FROM article_tags WHERE article_id = p_article;
  FOR i IN 1 .. coalesce(cardinality(p_names), 0) LOOP
    IF p_keys[i] IS NULL OR p_keys[i] <> lower(p_keys[i]) OR length(p_keys[i]) > 200
       OR p_keys[i] = '' THEN
      RAISE EXCEPTION 'kunci tag % tidak sah', p_keys[i] USING ERRCODE = '22023';
    END IF;
    INSERT INTO tags (name, key) VALUES (p_names[i], p_keys[i]) ON CONFLICT (key) DO NOTHING;
    SELECT id INTO v_tag FROM tags WHERE key = p_keys[i];
    INSERT INTO article_tags (article_id, tag_id, position) VALUES (p_article, v_tag, i - 1)
      ON CONFLICT DO NOTHING;
  END LOOP;
END $f$;

-- The login's active Redaksi role, or RK002.
CREATE OR REPLACE FUNCTION redaksi_login_role() RETURNS text
LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE v_role text;
BEGIN
  SELECT role INTO v_role FROM users WHERE name = session_user AND active;
  IF v_role IS NULL THEN
    RAISE EXCEPTION 'pengguna % tidak dikenal', session_user
      USING ERRCODE = 'RK002', DETAIL = session_user;
  END IF;
  RETURN v_role;
END $f$;

-- RK004 when someone else holds a live edit lock on the article.
CREATE OR REPLACE FUNCTION redaksi_check_lock(p_article integer) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE v_lock article_locks%ROWTYPE;
BEGIN
  SELECT * INTO v_lock FROM article_locks WHERE article_id = p_article;
  IF FOUND AND v_lock.holder <> session_user
     AND v_lock.heartbeat_at > clock_timestamp() - '120 seconds'::interval THEN
    RAISE EXCEPTION 'naskah % sedang disunting oleh %', p_article, v_lock.holder
      USING ERRCODE = 'RK004',
            DETAIL = json_build_object('holder', v_lock.holder,
                                       'since', v_lock.acquired_at)::text;
  END IF;
END $f$;

CREATE OR REPLACE FUNCTION redaksi_version_conflict(v_row articles) RETURNS void
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  RAISE EXCEPTION 'naskah % sudah diubah (versi %)', v_row.id, v_row.version
    USING ERRCODE = 'RK006',
          DETAIL = json_build_object('current', v_row.version, 'updated_by', v_row.updated_by,
                                     'updated_at', v_row.updated_at)::text;
END $f$;

CREATE OR REPLACE FUNCTION redaksi_create_article(
    p_values json, p_status text, p_published_at timestamptz, p_tags text[],
    p_tag_keys text[], p_kind text DEFAULT 'create')
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_user text := session_user;
  v_role text := redaksi_login_role();
  v_now timestamptz := clock_timestamp();
  v_id integer;
BEGIN
  IF p_kind NOT IN ('create', 'autosave') THEN
    RAISE EXCEPTION 'jenis simpanan % tidak dikenal', p_kind USING ERRCODE = 'RK007';
  END IF;
  IF (p_status <> 'draft' OR p_published_at IS NOT NULL) AND v_role NOT IN ('editor', 'admin')
  THEN
    RAISE EXCEPTION 'peran % hanya boleh membuat naskah berstatus draft', v_role
      USING ERRCODE = '42501';
  END IF;
  INSERT INTO articles (external_id, headline, subheadline, kicker, body, summary, slug,
                        dateline, location, location_code, category, bylines, editor, status,
                        related, photos, source, url, version, created_at, updated_at,
                        published_at,
                        created_by, updated_by)
  VALUES (p_values->>'external_id', coalesce(p_values->>'headline', ''),
          coalesce(p_values->>'subheadline', ''), coalesce(p_values->>'kicker', ''),
          coalesce(p_values->>'body', ''), coalesce(p_values->>'summary', ''),
          coalesce(p_values->>'slug', ''), coalesce(p_values->'dateline', '{}'::json),
          coalesce(p_values->'location', '{}'::json), coalesce(p_values->>'location_code', ''),
          coalesce(p_values->>'category', ''), coalesce(p_values->'bylines', '[]'::json),
          coalesce(p_values->>'editor', ''), p_status,
          coalesce(p_values->'related', '[]'::json), coalesce(p_values->'photos', '[]'::json),
          coalesce(p_values->>'source', ''),
          coalesce(p_values->>'url', ''), 1, v_now, v_now, p_published_at, v_user, v_user)
  RETURNING id INTO v_id;
  PERFORM redaksi_write_tags(v_id, p_tags, p_tag_keys);
  INSERT INTO revisions (article_id, version, kind, author, created_at, status, snapshot)
  VALUES (v_id, 1, p_kind, v_user, v_now, p_status, redaksi_snapshot(v_id));
  INSERT INTO article_events (article_id, kind, action, user_name, note, detail, created_at)
  VALUES (v_id, 'create', '', v_user, '', json_build_object('version', 1), v_now);
  RETURN v_id;
END $f$;

CREATE OR REPLACE FUNCTION redaksi_save_article(
    p_article integer, p_base_version integer, p_values json, p_status text,
    p_tags text[], p_tag_keys text[], p_kind text DEFAULT 'save',
    p_restored integer DEFAULT NULL)
RETURNS TABLE (new_version integer, kind text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_user text := session_user;
  v_role text := redaksi_login_role();
  v_row articles%ROWTYPE;
  v_rule redaksi_edit_rules%ROWTYPE;
  v_now timestamptz := clock_timestamp();
  v_kind text;
  v_version integer;
  v_detail jsonb;
BEGIN
  IF p_kind NOT IN ('save', 'autosave', 'restore') THEN
    RAISE EXCEPTION 'jenis simpanan % tidak dikenal', p_kind USING ERRCODE = 'RK007';
  END IF;
  SELECT * INTO v_row FROM articles WHERE id = p_article FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'naskah % tidak ditemukan', p_article USING ERRCODE = 'RK003';
  END IF;
  PERFORM redaksi_check_lock(p_article);
  IF v_row.version <> p_base_version THEN
    PERFORM redaksi_version_conflict(v_row);
  END IF;
  IF p_status IS DISTINCT FROM v_row.status THEN
    RAISE EXCEPTION 'status naskah % hanya bisa diubah lewat alur kerja (redaksi_transition)',
      p_article USING ERRCODE = '42501';
  END IF;
  SELECT * INTO v_rule FROM redaksi_edit_rules r WHERE r.role = v_role AND r.status = v_row.status;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'peran % tidak boleh mengubah naskah berstatus %', v_role, v_row.status
      USING ERRCODE = 'RK007',
            DETAIL = json_build_object('role', v_role, 'status', v_row.status)::text;
  END IF;
  IF NOT v_rule.others AND v_row.created_by <> '' AND v_row.created_by <> v_user
     AND EXISTS (SELECT 1 FROM users WHERE name = v_row.created_by AND role = 'reporter') THEN
    RAISE EXCEPTION 'naskah ini milik reporter %; peran % tidak boleh mengubahnya',
      v_row.created_by, v_role
      USING ERRCODE = 'RK007',
            DETAIL = json_build_object('role', v_role, 'status', v_row.status,
                                       'author', v_row.created_by)::text;
  END IF;
  v_kind := coalesce(v_rule.kind, p_kind);
  v_version := v_row.version + 1;
  UPDATE articles SET
    external_id = p_values->>'external_id', headline = coalesce(p_values->>'headline', ''),
    subheadline = coalesce(p_values->>'subheadline', ''),
    kicker = coalesce(p_values->>'kicker', ''), body = coalesce(p_values->>'body', ''),
    summary = coalesce(p_values->>'summary', ''), slug = coalesce(p_values->>'slug', ''),
    dateline = coalesce(p_values->'dateline', '{}'::json),
    location = coalesce(p_values->'location', '{}'::json),
    location_code = coalesce(p_values->>'location_code', ''),
    category = coalesce(p_values->>'category', ''),
    bylines = coalesce(p_values->'bylines', '[]'::json),
    editor = coalesce(p_values->>'editor', ''),
    related = coalesce(p_values->'related', '[]'::json),
    photos = coalesce(p_values->'photos', '[]'::json),
    source = coalesce(p_values->>'source', ''), url = coalesce(p_values->>'url', ''),
    version = v_version, updated_at = v_now, updated_by = v_user
  WHERE id = p_article;
  PERFORM redaksi_write_tags(p_article, p_tags, p_tag_keys);
  IF v_kind = 'autosave' THEN
    -- An autosave right after this login's previous autosave replaces it.
    DELETE FROM revisions r WHERE r.article_id = p_article AND r.version = v_row.version
       AND r.kind = 'autosave' AND r.author = v_user;
  END IF;
  INSERT INTO revisions (article_id, version, kind, author, created_at, status, snapshot)
  VALUES (p_article, v_version, v_kind, v_user, v_now, v_row.status, redaksi_snapshot(p_article));
  v_detail := jsonb_build_object('version', v_version);
  IF p_kind = 'restore' AND p_restored IS NOT NULL THEN
    v_detail := v_detail || jsonb_build_object('restored_version', p_restored);
  END IF;
  IF v_kind <> p_kind THEN
    v_detail := v_detail || jsonb_build_object('requested', p_kind);
  END IF;
  INSERT INTO article_events (article_id, kind, action, user_name, note, detail, created_at)
  VALUES (p_article, v_kind, '', v_user, '', v_detail::json, v_now);
  RETURN QUERY SELECT v_version, v_kind;
END $f$;

CREATE OR REPLACE FUNCTION redaksi_delete_article(p_article integer,
                                                  p_expected integer DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_role text := redaksi_login_role();
  v_row articles%ROWTYPE;
BEGIN
  IF v_role NOT IN ('editor', 'admin') THEN
    RAISE EXCEPTION 'hanya editor atau admin yang boleh menghapus naskah (peran %)', v_role
      USING ERRCODE = '42501';
  END IF;
  SELECT * INTO v_row FROM articles WHERE id = p_article FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'naskah % tidak ditemukan', p_article USING ERRCODE = 'RK003';
  END IF;
  PERFORM redaksi_check_lock(p_article);
  IF p_expected IS NOT NULL AND v_row.version <> p_expected THEN
    PERFORM redaksi_version_conflict(v_row);
  END IF;
  DELETE FROM articles WHERE id = p_article;
  INSERT INTO article_events (article_id, kind, action, user_name, note, detail, created_at)
  VALUES (NULL, 'delete', '', session_user, '',
          json_build_object('article_id', p_article, 'headline', v_row.headline),
          clock_timestamp());
END $f$;

CREATE OR REPLACE FUNCTION redaksi_add_comment(
    p_article integer, p_body text, p_start integer DEFAULT NULL, p_end integer DEFAULT NULL,
    p_parent integer DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_user text := session_user;
  v_role text := redaksi_login_role();
  v_body text := btrim(coalesce(p_body, ''));
  v_article_body text;
  v_parent comments%ROWTYPE;
  v_root integer;
  v_quote text := '';
  v_id integer;
  v_now timestamptz := clock_timestamp();
BEGIN
  IF v_body = '' THEN
    RAISE EXCEPTION 'komentar kosong' USING ERRCODE = '22023';
  END IF;
  IF p_parent IS NOT NULL THEN
    SELECT * INTO v_parent FROM comments WHERE id = p_parent;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'komentar % tidak ditemukan', p_parent USING ERRCODE = 'RK008';
    END IF;
    v_root := coalesce(v_parent.parent_id, v_parent.id);
    INSERT INTO comments (article_id, parent_id, author, body, quote, resolved, resolved_by,
                          created_at)
    VALUES (v_parent.article_id, v_root, v_user, v_body, '', false, '', v_now)
    RETURNING id INTO v_id;
    INSERT INTO article_events (article_id, kind, action, user_name, note, detail, created_at)
    VALUES (v_parent.article_id, 'reply', '', v_user, left(v_body, 200),
            json_build_object('comment_id', v_id, 'parent_id', v_root), v_now);
    RETURN v_id;
  END IF;
  SELECT body INTO v_article_body FROM articles WHERE id = p_article;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'naskah % tidak ditemukan', p_article USING ERRCODE = 'RK003';
  END IF;
  IF p_start IS NOT NULL AND p_end IS NOT NULL THEN
    IF NOT (0 <= p_start AND p_start <= p_end AND p_end <= length(v_article_body)) THEN
      RAISE EXCEPTION 'jangkar komentar %-% di luar teks', p_start, p_end
        USING ERRCODE = '22023';
    END IF;
    v_quote := substr(v_article_body, p_start + 1, p_end - p_start);
  END IF;
  INSERT INTO comments (article_id, author, body, anchor_start, anchor_end, quote, resolved,
                        resolved_by, created_at)
  VALUES (p_article, v_user, v_body, p_start, p_end, v_quote, false, '', v_now)
  RETURNING id INTO v_id;
  INSERT INTO article_events (article_id, kind, action, user_name, note, detail, created_at)
  VALUES (p_article, 'comment', '', v_user, left(v_body, 200),
          json_build_object('comment_id', v_id), v_now);
  RETURN v_id;
END $f$;

CREATE OR REPLACE FUNCTION redaksi_resolve_comment(p_comment integer,
                                                   p_resolved boolean DEFAULT true)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_user text := session_user;
  v_role text := redaksi_login_role();
  v_row comments%ROWTYPE;
  v_now timestamptz := clock_timestamp();
BEGIN
  SELECT * INTO v_row FROM comments WHERE id = p_comment FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'komentar % tidak ditemukan', p_comment USING ERRCODE = 'RK008';
  END IF;
  IF v_role = 'reporter' AND v_row.author <> v_user THEN
    RAISE EXCEPTION 'reporter hanya boleh menyelesaikan atau membuka lagi komentarnya sendiri '
      '(komentar % dari %)', p_comment, v_row.author USING ERRCODE = 'RK007';
  END IF;
  UPDATE comments SET resolved = p_resolved,
         resolved_by = CASE WHEN p_resolved THEN v_user ELSE '' END,
         resolved_at = CASE WHEN p_resolved THEN v_now END
   WHERE id = p_comment;
  INSERT INTO article_events (article_id, kind, action, user_name, note, detail, created_at)
  VALUES (v_row.article_id, CASE WHEN p_resolved THEN 'resolve' ELSE 'reopen-comment' END, '',
          v_user, '', json_build_object('comment_id', p_comment), v_now);
END $f$;

-- Edit locks: the server's clock sets their times (nobody holds a lock "until 9999"), and a
-- lock changing hands is recorded here, for personal logins.
CREATE OR REPLACE FUNCTION redaksi_lock_times() RETURNS trigger
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  IF redaksi_is_service() THEN
    RETURN NEW;
  END IF;
  NEW.heartbeat_at := clock_timestamp();
  IF TG_OP = 'INSERT' OR NEW.holder IS DISTINCT FROM OLD.holder THEN
    NEW.acquired_at := clock_timestamp();
  ELSE
    NEW.acquired_at := OLD.acquired_at;
  END IF;
  NEW.article_id := CASE WHEN TG_OP = 'INSERT' THEN NEW.article_id ELSE OLD.article_id END;
  RETURN NEW;
END $f$;

CREATE OR REPLACE FUNCTION redaksi_lock_trail() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  IF redaksi_is_service() OR NEW.holder = OLD.holder THEN
    RETURN NULL;
  END IF;
  INSERT INTO article_events (article_id, kind, action, user_name, note, detail, created_at)
  VALUES (NEW.article_id,
          CASE WHEN OLD.heartbeat_at > clock_timestamp() - '120 seconds'::interval THEN 'takeover'
               ELSE 'lock-expired' END,
          '', session_user, '', json_build_object('previous_holder', OLD.holder),
          clock_timestamp());
  RETURN NULL;
END $f$;

DROP TRIGGER IF EXISTS redaksi_lock_times ON article_locks;
CREATE TRIGGER redaksi_lock_times BEFORE INSERT OR UPDATE ON article_locks
  FOR EACH ROW EXECUTE FUNCTION redaksi_lock_times();
DROP TRIGGER IF EXISTS redaksi_lock_trail ON article_locks;
CREATE TRIGGER redaksi_lock_trail AFTER UPDATE ON article_locks
  FOR EACH ROW EXECUTE FUNCTION redaksi_lock_trail();

-- The related-articles index, for personal logins: written only through this function. The
-- analysis runs in the app (the same Python as on SQLite), but an entry is accepted only for
-- an article at its current version that the index does not hold yet (what a save or a
-- catch-up produces), removed only for articles that are gone or spiked, and the document
-- frequencies are counted here from the stored and the new fields, never taken from the
-- client. So a login cannot rewrite or delete the suggestions of settled articles.
-- Could this analysed index term come from the (lower-cased) article text? The loose
-- form of the test (each name part, or a stem less its first letter, somewhere in the
-- text); redaksi_index_entry_ok now checks entries against word sets and PySastrawi's
-- roots instead (linear, and a stem must be a real root a text word gives), and keeps this
-- form only for words with letters beyond ASCII.
CREATE OR REPLACE FUNCTION redaksi_index_term_ok(p_lower text, p_term text)
RETURNS boolean LANGUAGE sql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $f$
  SELECT p_term IS NOT NULL AND p_term <> '' AND length(p_term) <= 200
     AND CASE WHEN position('_' IN p_term) > 0
              THEN NOT EXISTS (SELECT 1 FROM unnest(string_to_array(p_term, '_')) AS part
                                WHERE part = '' OR position(part IN p_lower) = 0)
              ELSE position((CASE WHEN length(p_term) > 2 THEN substr(p_term, 2)
                                  ELSE p_term END) IN p_lower) > 0
         END $f$;

-- An index entry is consistent with the stored article: every field term is one the text
-- can give (below), there are no more terms than the text has words, every weighted token
-- is a token of the field terms, none weighs more than the heaviest field (4) times its
-- occurrences there, the tsvector tokens are the weighted ones, and the length is at most
-- the number of tokens the fields can hold. Every step builds its sets once and joins them
-- by hashing (nested loops are switched off for this function: with the planner's default
-- row guesses for set-returning functions it chose them, and a 600 KB article took 4 s),
-- so the check grows in proportion to the article (benchmarks/index_check.py).
CREATE OR REPLACE FUNCTION redaksi_index_entry_ok(p_article integer, p_doc json)
RETURNS boolean LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp SET jit = off
SET enable_nestloop = off AS $f$
DECLARE
  v_lower text;
  v_fields jsonb := (p_doc->'fields')::jsonb;
  v_freqs jsonb := (p_doc->'freqs')::jsonb;
  v_joined text;
BEGIN
  IF jsonb_typeof(v_fields) IS DISTINCT FROM 'object'
     OR jsonb_typeof(v_freqs) IS DISTINCT FROM 'object'
     OR EXISTS (SELECT 1 FROM jsonb_each(v_fields) AS f
                 WHERE f.key NOT IN ('headline', 'tags', 'names', 'summary', 'body')
                    OR jsonb_typeof(f.value) <> 'array') THEN
    RETURN false;
  END IF;
  SELECT lower(concat_ws(E'\n', a.headline, a.kicker, a.subheadline, a.summary, a.body,
                         (SELECT string_agg(t.name, E'\n') FROM article_tags x
                            JOIN tags t ON t.id = x.tag_id WHERE x.article_id = a.id)))
    INTO v_lower FROM articles a WHERE a.id = p_article;
  IF v_lower IS NULL THEN
    RETURN false;
  END IF;
  -- Every distinct field term is checked against sets built once from the text, so the
  -- check is linear in the article (hash joins, no search through the text per term):
  -- * a word of the text as it stands (w: words with inner hyphens, and their pieces);
  -- * a name ("bobby_nasution"; the names field, and joined names among the tags): each
  --   part is such a word, or the tail of one from a capital inside it ("iPhone": "phone");
  -- * a stem: the app keeps a word or replaces it by PySastrawi's stem, which is always a
  --   word of PySastrawi's root dictionary (search_roots, written by migration 0010r, not
  --   by logins); so a term that is not a text word must be a root, and one that a text word
  --   gives by cutting a suffix chain (-i/-kan/-an/-is/-isasi/-isme, -ku/-mu/-nya,
  --   -lah/-kah/-tah/-pun) and up to 11 letters of prefixes, its first letter possibly
  --   replaced (meN-/peN-: "menulis" gives "tulis").
  -- Words with letters beyond ASCII (which the database's character classes may split
  -- differently) are searched for in the text instead, as before.
  -- Each set is built once and looked up with IN (a hashed subplan), so the check is
  -- linear in the article.
  IF EXISTS (WITH words AS MATERIALIZED (
               SELECT m[1] AS w FROM regexp_matches(v_lower, '([[:alnum:]]+(?:-[[:alnum:]]+)*)', 'g') AS m
               UNION SELECT m[1] FROM regexp_matches(v_lower, '([[:alnum:]]+)', 'g') AS m),
             bases AS MATERIALIZED (
               SELECT DISTINCT left(words.w, length(words.w) - j) AS b
                 FROM words, generate_series(0, least(10, length(words.w) - 1)) AS j
                WHERE right(words.w, j) IN (
                        SELECT d || p || l
                          FROM unnest(ARRAY['', 'i', 'kan', 'an', 'is', 'isasi', 'isme']) AS d,
                               unnest(ARRAY['', 'ku', 'mu', 'nya']) AS p,
                               unnest(ARRAY['', 'lah', 'kah', 'tah', 'pun']) AS l)),
             cuts AS MATERIALIZED (
               SELECT DISTINCT substr(bases.b, k + 1) AS c
                 FROM bases, generate_series(0, 11) AS k WHERE k < length(bases.b)),
             -- A name can start inside a word, at its first capital ("iPhone" gives the
             -- name "phone"): name parts may be a word's tail from its 2nd to 7th letter.
             tails AS MATERIALIZED (
               SELECT DISTINCT substr(words.w, k) AS s
                 FROM words, generate_series(2, least(length(words.w), 7)) AS k),
             terms AS MATERIALIZED (
               SELECT DISTINCT f.key = 'names' OR position('_' IN t) > 0 AS is_name, t
                 FROM jsonb_each(v_fields) AS f, jsonb_array_elements_text(f.value) AS t),
             parts AS MATERIALIZED (
               SELECT d.t, part FROM terms d, unnest(string_to_array(d.t, '_')) AS part
                WHERE d.is_name),
             bad_names AS MATERIALIZED (
               SELECT DISTINCT parts.t FROM parts
                WHERE parts.part NOT IN (SELECT w FROM words)
                  AND parts.part NOT IN (SELECT s FROM tails))
             SELECT 1 FROM terms d
              WHERE d.t NOT IN (SELECT w FROM words)
                AND NOT (d.t <> '' AND length(d.t) <= 200
                         AND CASE
                           WHEN d.t ~ '[^\x01-\x7f]'
                             THEN position(d.t IN v_lower) > 0
                                  OR (position('_' IN d.t) = 0 AND length(d.t) > 2
                                      AND position(substr(d.t, 2) IN v_lower) > 0)
                                  OR (position('_' IN d.t) > 0 AND NOT EXISTS (
                                        SELECT 1 FROM unnest(string_to_array(d.t, '_')) AS part
                                         WHERE part = '' OR position(part IN v_lower) = 0))
                           WHEN d.is_name THEN d.t NOT IN (SELECT t FROM bad_names)
                           ELSE (d.t IN (SELECT c FROM cuts) OR substr(d.t, 2) IN (SELECT c FROM cuts))
                                AND d.t IN (SELECT root FROM search_roots)
                         END)) THEN
    RETURN false;
  END IF;
  -- The app makes at most one term of each word of its field (and a name of at most every
  -- word pair): more terms than the text has words cannot come from it.
  IF (SELECT coalesce(sum(jsonb_array_length(f.value)), 0) FROM jsonb_each(v_fields) AS f
       WHERE f.key <> 'names')
     > (SELECT count(*) FROM regexp_matches(v_lower, '[[:alnum:]]+(?:-[[:alnum:]]+)*', 'g'))
     OR jsonb_array_length(coalesce(v_fields->'names', '[]'::jsonb))
        > 2 * (SELECT count(*) FROM regexp_matches(v_lower, '[[:alnum:]]+', 'g')) THEN
    RETURN false;
  END IF;
  SELECT coalesce(string_agg(t, ' '), '') INTO v_joined
    FROM jsonb_each(v_fields) AS f, jsonb_array_elements_text(f.value) AS t;
  -- The weighted tokens are the \w+ tokens of the field terms (as FTS5's tokenizer makes them).
  IF EXISTS (WITH tok AS (SELECT m[1] AS t, count(*) AS n
                            FROM regexp_matches(v_joined, '(\w+)', 'g') AS m GROUP BY m[1])
             SELECT 1 FROM jsonb_each_text(v_freqs) AS q LEFT JOIN tok ON tok.t = q.key
              WHERE q.value !~ '^[0-9]+(\.[0-9]+)?$' OR tok.n IS NULL
                 OR q.value::numeric > 4 * tok.n) THEN
    RETURN false;
  END IF;
  IF (SELECT array_agg(t ORDER BY t) FROM json_array_elements_text(p_doc->'tokens') AS t)
     IS DISTINCT FROM (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(v_freqs) AS k)
     THEN
    RETURN false;
  END IF;
  RETURN coalesce((p_doc->>'len')::integer, -1) BETWEEN 0 AND length(v_joined);
END $f$;

CREATE OR REPLACE FUNCTION redaksi_index_write(p_ids integer[], p_docs json)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_id integer;
  v_version integer;
  v_status text;
  v_doc json;
  v_old jsonb;
  v_minus text[] := '{}';
  v_plus text[] := '{}';
  v_written integer := 0;
BEGIN
  PERFORM redaksi_login_role();
  FOR v_id IN SELECT DISTINCT i FROM unnest(p_ids) AS i WHERE i IS NOT NULL ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(7140, v_id);
    SELECT a.version, a.status INTO v_version, v_status FROM articles a WHERE a.id = v_id;
    SELECT d INTO v_doc FROM json_array_elements(p_docs) AS d
     WHERE (d->>'id')::integer = v_id LIMIT 1;
    IF v_version IS NOT NULL THEN
      IF v_doc IS NULL OR (v_doc->>'version')::integer IS DISTINCT FROM v_version
         OR EXISTS (SELECT 1 FROM search_docs s
                     WHERE s.article_id = v_id AND s.version = v_version) THEN
        CONTINUE;
      END IF;
      -- Terms the stored article cannot give: refused (the entry stays unwritten).
      IF v_status <> 'killed' AND v_doc->'fields' IS NOT NULL
         AND NOT redaksi_index_entry_ok(v_id, v_doc) THEN
        CONTINUE;
      END IF;
    END IF;
    SELECT s.fields INTO v_old FROM search_pg s WHERE s.article_id = v_id;
    IF v_old IS NOT NULL THEN
      v_minus := v_minus || ARRAY(SELECT DISTINCT jsonb_array_elements_text(f.value)
                                    FROM jsonb_each(v_old) AS f);
    END IF;
    DELETE FROM search_pg WHERE article_id = v_id;
    DELETE FROM search_docs WHERE article_id = v_id;
    IF v_version IS NOT NULL THEN
      IF v_status <> 'killed' AND v_doc->'fields' IS NOT NULL THEN
        INSERT INTO search_pg (article_id, terms, freqs, fields, doc_len)
        VALUES (v_id,
                array_to_tsvector(ARRAY(SELECT json_array_elements_text(v_doc->'tokens'))),
                (v_doc->'freqs')::jsonb, (v_doc->'fields')::jsonb,
                (v_doc->>'len')::integer);
        v_plus := v_plus || ARRAY(SELECT DISTINCT jsonb_array_elements_text(f.value)
                                    FROM jsonb_each((v_doc->'fields')::jsonb) AS f);
      END IF;
      INSERT INTO search_docs (article_id, version) VALUES (v_id, v_version);
    END IF;
    v_written := v_written + 1;
  END LOOP;
  -- Sorted, so two desks updating the same terms lock them in the same order.
  INSERT INTO search_terms (term, df)
  SELECT x.term, sum(x.delta) FROM (
      SELECT unnest(v_plus) AS term, 1 AS delta
      UNION ALL SELECT unnest(v_minus), -1) AS x
   GROUP BY x.term HAVING sum(x.delta) <> 0 ORDER BY x.term
  ON CONFLICT (term) DO UPDATE SET df = search_terms.df + excluded.df;
  DELETE FROM search_terms WHERE df <= 0;
  RETURN v_written;
END $f$;

-- The proofreader's term lexicon (spelling_counts, spelling_docs). For personal logins the
-- database counts the terms itself, in the same transaction as the write: a trigger on
-- articles (redaksi_terms_follow) subtracts what the lexicon held for the article (the
-- version spelling_docs recorded: the row's previous text, or that version's revision
-- snapshot) and adds what the stored text now holds, with redaksi_count_text(), an exact
-- port of the app's tokeniser (editor/proofing/spelling/counts.py: count_text). Nothing a
-- login sends is counted, so no login can teach words its articles do not contain, leave a
-- version's terms out, count one twice or take other articles' counts away. The schema owner
-- (service login: setup, imports) counts in the app as on SQLite, with the same tokeniser;
-- tests/postgres/test_term_counts_pg.py checks the two agree on every code point and on real
-- articles.
CREATE OR REPLACE FUNCTION redaksi_substr_count(p_hay text, p_needle text)
RETURNS integer LANGUAGE sql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $f$
  SELECT CASE WHEN coalesce(p_needle, '') = '' OR p_hay IS NULL THEN 0
              ELSE (length(p_hay) - length(replace(p_hay, p_needle, ''))) / length(p_needle)
         END $f$;

DROP FUNCTION IF EXISTS redaksi_terms_write(json);
DROP FUNCTION IF EXISTS redaksi_text_terms(text);

-- count_text() in SQL: sentences end at . ! ? ; : and line breaks, clauses at , ( ) " “ ”;
-- a word is a run of Python's [^\W\d_] (letters, plus the non-decimal numerals such as ² and
-- Ⅻ, written out below) with inner hyphens, at most 40 characters; words are lower-cased
-- (ICU's full case mapping, as Python's str.lower), bigrams pair adjacent words of a clause,
-- and a name is a word starting with an upper-case letter that does not open its sentence.
-- ICU ("und-x-icu") makes the character classes and the case mapping independent of the
-- database's own locale. Linear in the text; no JIT (its planning cost dwarfs the query).
CREATE OR REPLACE FUNCTION redaksi_count_text(p_text text)
RETURNS TABLE (kind text, term text, n integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = @SCHEMA@, pg_temp SET jit = off
AS $f$
  WITH tok AS MATERIALIZED (
    SELECT s.si, c.ci, m.i, m.t[1] COLLATE "und-x-icu" AS t
      FROM regexp_split_to_table(coalesce(p_text, ''), '[.!?;:\n]+')
             WITH ORDINALITY AS s(sen, si),
           regexp_split_to_table(s.sen, '[,()"“”]+') WITH ORDINALITY AS c(cl, ci),
           regexp_matches(c.cl COLLATE "und-x-icu",
             '[[:alpha:]\u00B2-\u00B3\u00B9\u00BC-\u00BE\u09F4-\u09F9\u0B72-\u0B77\u0BF0-\u0BF2\u0C78-\u0C7E\u0D58-\u0D5E\u0D70-\u0D78\u0F2A-\u0F33\u1369-\u137C\u16EE-\u16F0\u17F0-\u17F9\u19DA\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2CFD\u3007\u3021-\u3029\u3038-\u303A\u3192-\u3195\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\uA6E6-\uA6EF\uA830-\uA835\U00010107-\U00010133\U00010140-\U00010178\U0001018A-\U0001018B\U000102E1-\U000102FB\U00010320-\U00010323\U00010341\U0001034A\U000103D1-\U000103D5\U00010858-\U0001085F\U00010879-\U0001087F\U000108A7-\U000108AF\U000108FB-\U000108FF\U00010916-\U0001091B\U000109BC-\U000109BD\U000109C0-\U000109CF\U000109D2-\U000109FF\U00010A40-\U00010A48\U00010A7D-\U00010A7E\U00010A9D-\U00010A9F\U00010AEB-\U00010AEF\U00010B58-\U00010B5F\U00010B78-\U00010B7F\U00010BA9-\U00010BAF\U00010CFA-\U00010CFF\U00010E60-\U00010E7E\U00010F1D-\U00010F26\U00010F51-\U00010F54\U00010FC5-\U00010FCB\U00011052-\U00011065\U000111E1-\U000111F4\U0001173A-\U0001173B\U000118EA-\U000118F2\U00011C5A-\U00011C6C\U00011FC0-\U00011FD4\U00012400-\U0001246E\U00016B5B-\U00016B61\U00016E80-\U00016E96\U0001D2E0-\U0001D2F3\U0001D360-\U0001D378\U0001E8C7-\U0001E8CF\U0001EC71-\U0001ECAB\U0001ECAD-\U0001ECAF\U0001ECB1-\U0001ECB4\U0001ED01-\U0001ED2D\U0001ED2F-\U0001ED3D\U0001F100-\U0001F10C]+(?:-[[:alpha:]\u00B2-\u00B3\u00B9\u00BC-\u00BE\u09F4-\u09F9\u0B72-\u0B77\u0BF0-\u0BF2\u0C78-\u0C7E\u0D58-\u0D5E\u0D70-\u0D78\u0F2A-\u0F33\u1369-\u137C\u16EE-\u16F0\u17F0-\u17F9\u19DA\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2CFD\u3007\u3021-\u3029\u3038-\u303A\u3192-\u3195\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\uA6E6-\uA6EF\uA830-\uA835\U00010107-\U00010133\U00010140-\U00010178\U0001018A-\U0001018B\U000102E1-\U000102FB\U00010320-\U00010323\U00010341\U0001034A\U000103D1-\U000103D5\U00010858-\U0001085F\U00010879-\U0001087F\U000108A7-\U000108AF\U000108FB-\U000108FF\U00010916-\U0001091B\U000109BC-\U000109BD\U000109C0-\U000109CF\U000109D2-\U000109FF\U00010A40-\U00010A48\U00010A7D-\U00010A7E\U00010A9D-\U00010A9F\U00010AEB-\U00010AEF\U00010B58-\U00010B5F\U00010B78-\U00010B7F\U00010BA9-\U00010BAF\U00010CFA-\U00010CFF\U00010E60-\U00010E7E\U00010F1D-\U00010F26\U00010F51-\U00010F54\U00010FC5-\U00010FCB\U00011052-\U00011065\U000111E1-\U000111F4\U0001173A-\U0001173B\U000118EA-\U000118F2\U00011C5A-\U00011C6C\U00011FC0-\U00011FD4\U00012400-\U0001246E\U00016B5B-\U00016B61\U00016E80-\U00016E96\U0001D2E0-\U0001D2F3\U0001D360-\U0001D378\U0001E8C7-\U0001E8CF\U0001EC71-\U0001ECAB\U0001ECAD-\U0001ECAF\U0001ECB1-\U0001ECB4\U0001ED01-\U0001ED2D\U0001ED2F-\U0001ED3D\U0001F100-\U0001F10C]+)*',
             'g') WITH ORDINALITY AS m(t, i)
     WHERE length(m.t[1]) <= 40),
  low AS MATERIALIZED (
    SELECT t, lower(t) COLLATE "C" AS w,
           lag(lower(t)) OVER (PARTITION BY si, ci ORDER BY i) COLLATE "C" AS prev,
           row_number() OVER (PARTITION BY si ORDER BY ci, i) AS pos
      FROM tok)
  SELECT 'w', w, count(*)::integer FROM low GROUP BY w
  UNION ALL
  SELECT 'b', prev || ' ' || w, count(*)::integer FROM low WHERE prev IS NOT NULL
   GROUP BY prev || ' ' || w
  UNION ALL
  -- Python's str.isupper() of one character: upper case (Lu), or cased and unchanged by
  -- upper-casing (Roman numerals)
  SELECT 'n', t COLLATE "C", count(*)::integer FROM low
   WHERE pos > 1 AND (left(t, 1) ~ '^[[:upper:]]'
                      OR (lower(left(t, 1)) <> left(t, 1) AND upper(left(t, 1)) = left(t, 1)))
   GROUP BY t COLLATE "C"
$f$;

-- The text the lexicon counts for an article (editor/store/term_lexicon.py: article_text).
CREATE OR REPLACE FUNCTION redaksi_terms_text(p_headline text, p_summary text, p_body text)
RETURNS text LANGUAGE sql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $f$
  SELECT coalesce(p_headline, '') || E'\n\n' || coalesce(p_summary, '') || E'\n\n'
         || coalesce(p_body, '') $f$;

-- Adds the counts of p_plus and takes away those of p_minus (either may be NULL), in term
-- order (two desks updating the same terms lock them in the same order); rows that reach zero
-- are removed, looked up by key (never a scan of the whole table).
CREATE OR REPLACE FUNCTION redaksi_terms_delta(p_minus text, p_plus text) RETURNS void
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp SET jit = off AS $f$
DECLARE
  v_kinds text[];
  v_terms text[];
BEGIN
  IF p_minus IS NOT DISTINCT FROM p_plus THEN
    RETURN;
  END IF;
  WITH up AS (
    INSERT INTO spelling_counts (kind, term, count)
    SELECT x.kind, x.term, sum(x.n) FROM (
        SELECT c.kind, c.term, c.n FROM redaksi_count_text(p_plus) AS c WHERE p_plus IS NOT NULL
        UNION ALL
        SELECT c.kind, c.term, -c.n FROM redaksi_count_text(p_minus) AS c
         WHERE p_minus IS NOT NULL) AS x
     GROUP BY x.kind, x.term HAVING sum(x.n) <> 0
     ORDER BY x.kind COLLATE "C", x.term COLLATE "C"
    ON CONFLICT (kind, term) DO UPDATE SET count = spelling_counts.count + excluded.count
    RETURNING spelling_counts.kind, spelling_counts.term, spelling_counts.count)
  SELECT array_agg(up.kind), array_agg(up.term) INTO v_kinds, v_terms
    FROM up WHERE up.count <= 0;
  IF v_kinds IS NOT NULL THEN
    DELETE FROM spelling_counts s USING unnest(v_kinds, v_terms) AS d(kind, term)
     WHERE s.kind = d.kind AND s.term = d.term AND s.count <= 0;
  END IF;
END $f$;

-- What the lexicon counted of an article at version p_counted: the text of that version's
-- revision snapshot (NULL: nothing counted, or the snapshot is gone).
CREATE OR REPLACE FUNCTION redaksi_terms_counted_text(p_article integer, p_counted integer)
RETURNS text LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $f$
  SELECT redaksi_terms_text(r.snapshot->>'headline', r.snapshot->>'summary',
                            r.snapshot->>'body')
    FROM revisions r WHERE r.article_id = p_article AND r.version = p_counted
   ORDER BY r.id LIMIT 1 $f$;

-- Keeps the lexicon in step with every write of a personal login (through the definer
-- functions: create, save, restore, transition, delete). AFTER INSERT/UPDATE, BEFORE DELETE
-- (the revisions go with the article). A status change alone only moves the counted version.
CREATE OR REPLACE FUNCTION redaksi_terms_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_id integer;
  v_counted integer;
  v_old text;
  v_new text;
BEGIN
  IF to_regclass('spelling_docs') IS NULL THEN  -- before migration 0005
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' AND redaksi_is_service() THEN
    RETURN NULL;  -- the service login's app counts (same tokeniser), see term_lexicon.py
  END IF;
  v_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
  PERFORM pg_advisory_xact_lock(7142, v_id);
  SELECT s.version INTO v_counted FROM spelling_docs s WHERE s.article_id = v_id;
  IF NOT FOUND THEN
    v_counted := NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF v_counted IS NOT DISTINCT FROM NEW.version THEN
      RETURN NULL;
    END IF;
    v_new := redaksi_terms_text(NEW.headline, NEW.summary, NEW.body);
  END IF;
  IF v_counted IS NOT NULL THEN
    IF TG_OP <> 'INSERT' AND v_counted = OLD.version THEN
      v_old := redaksi_terms_text(OLD.headline, OLD.summary, OLD.body);
    ELSE
      v_old := redaksi_terms_counted_text(v_id, v_counted);
    END IF;
  END IF;
  PERFORM redaksi_terms_delta(v_old, v_new);
  IF TG_OP = 'DELETE' THEN
    DELETE FROM spelling_docs WHERE article_id = v_id;
    RETURN OLD;
  END IF;
  INSERT INTO spelling_docs (article_id, version) VALUES (v_id, NEW.version)
  ON CONFLICT (article_id) DO UPDATE SET version = excluded.version;
  RETURN NULL;
END $f$;

DROP TRIGGER IF EXISTS redaksi_terms_follow ON articles;
CREATE TRIGGER redaksi_terms_follow AFTER INSERT OR UPDATE OF headline, summary, body, version
  ON articles FOR EACH ROW EXECUTE FUNCTION redaksi_terms_follow();
DROP TRIGGER IF EXISTS redaksi_terms_forget ON articles;
CREATE TRIGGER redaksi_terms_forget BEFORE DELETE ON articles
  FOR EACH ROW EXECUTE FUNCTION redaksi_terms_follow();

-- Counts the articles p_ids whose current version the lexicon has not counted (written by
-- the service login when its app's count failed, or before these rules): for the app's
-- catch-up. Everything is read from the database; returns how many were counted.
CREATE OR REPLACE FUNCTION redaksi_terms_write(p_ids integer[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_id integer;
  v_row articles%ROWTYPE;
  v_counted integer;
  v_written integer := 0;
BEGIN
  PERFORM redaksi_login_role();
  FOR v_id IN SELECT DISTINCT x FROM unnest(coalesce(p_ids, '{}')) AS x
               WHERE x IS NOT NULL ORDER BY x LOOP
    PERFORM pg_advisory_xact_lock(7142, v_id);
    SELECT * INTO v_row FROM articles a WHERE a.id = v_id;
    SELECT s.version INTO v_counted FROM spelling_docs s WHERE s.article_id = v_id;
    IF NOT FOUND THEN
      v_counted := NULL;
    END IF;
    IF v_row.id IS NULL THEN
      -- Gone before these rules (its revisions with it): forget the version; rebuild() by
      -- the service login recounts the totals.
      DELETE FROM spelling_docs WHERE article_id = v_id;
      CONTINUE;
    END IF;
    CONTINUE WHEN v_counted IS NOT DISTINCT FROM v_row.version;
    PERFORM redaksi_terms_delta(
      CASE WHEN v_counted IS NULL THEN NULL
           ELSE redaksi_terms_counted_text(v_id, v_counted) END,
      redaksi_terms_text(v_row.headline, v_row.summary, v_row.body));
    INSERT INTO spelling_docs (article_id, version) VALUES (v_id, v_row.version)
    ON CONFLICT (article_id) DO UPDATE SET version = excluded.version;
    v_written := v_written + 1;
  END LOOP;
  RETURN v_written;
END $f$;

-- Comment anchors: a personal login may move them only while carrying them through its own
-- save of the article, in the same transaction (the article row was written by this very
-- transaction); never by hand.
CREATE OR REPLACE FUNCTION redaksi_comment_anchors() RETURNS trigger
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $f$
BEGIN
  IF redaksi_privileged() OR redaksi_is_service() THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = NEW.article_id
                  AND a.xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text)
  THEN
    RAISE EXCEPTION 'jangkar komentar hanya bergeser bersama simpanan naskahnya'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $f$;

DROP TRIGGER IF EXISTS redaksi_comment_anchors ON comments;
CREATE TRIGGER redaksi_comment_anchors BEFORE UPDATE ON comments
  FOR EACH ROW EXECUTE FUNCTION redaksi_comment_anchors();

-- redaksi_transition(): the only way an article's status moves (checked against
-- redaksi_transitions, the edit lock and the note; writes the revision and the event).
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

ALTER FUNCTION redaksi_privileged() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_session_role() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_is_desk() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_articles_guard() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_stamp_author() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_notify_event() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_notify_lock() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_transition(integer, text, text, text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_add_user(text, text, text, text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_is_service() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_snapshot(integer) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_write_tags(integer, text[], text[]) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_login_role() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_check_lock(integer) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_version_conflict(articles) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_create_article(json, text, timestamp with time zone, text[], text[], text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_save_article(integer, integer, json, text, text[], text[], text, integer) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_delete_article(integer, integer) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_add_comment(integer, text, integer, integer, integer) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_resolve_comment(integer, boolean) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_lock_times() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_lock_trail() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_index_write(integer[], json) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_comment_anchors() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_substr_count(text, text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_count_text(text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_terms_text(text, text, text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_terms_delta(text, text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_terms_counted_text(integer, integer) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_terms_follow() OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_terms_write(integer[]) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_index_term_ok(text, text) OWNER TO @OWNER_IDENT@;
ALTER FUNCTION redaksi_index_entry_ok(integer, json) OWNER TO @OWNER_IDENT@;

ALTER TABLE redaksi_transitions OWNER TO @OWNER_IDENT@;
ALTER TABLE redaksi_edit_rules OWNER TO @OWNER_IDENT@;
ALTER TABLE redaksi_logins OWNER TO @OWNER_IDENT@;

DELETE FROM redaksi_transitions;
INSERT INTO redaksi_transitions (action, from_status, to_status, role, note_required) VALUES
  ('approve', 'in_review', 'approved', 'admin', false),
  ('approve', 'in_review', 'approved', 'editor', false),
  ('approve', 'submitted', 'approved', 'admin', false),
  ('approve', 'submitted', 'approved', 'editor', false),
  ('kill', 'approved', 'killed', 'admin', false),
  ('kill', 'approved', 'killed', 'editor', false),
  ('kill', 'changes_requested', 'killed', 'admin', false),
  ('kill', 'changes_requested', 'killed', 'editor', false),
  ('kill', 'draft', 'killed', 'admin', false),
  ('kill', 'draft', 'killed', 'editor', false),
  ('kill', 'in_review', 'killed', 'admin', false),
  ('kill', 'in_review', 'killed', 'editor', false),
  ('kill', 'published', 'killed', 'admin', false),
  ('kill', 'published', 'killed', 'editor', false),
  ('kill', 'submitted', 'killed', 'admin', false),
  ('kill', 'submitted', 'killed', 'editor', false),
  ('publish', 'approved', 'published', 'admin', false),
  ('publish', 'approved', 'published', 'editor', false),
  ('reopen', 'approved', 'draft', 'admin', false),
  ('reopen', 'approved', 'draft', 'editor', false),
  ('reopen', 'killed', 'draft', 'admin', false),
  ('reopen', 'killed', 'draft', 'editor', false),
  ('reopen', 'published', 'draft', 'admin', false),
  ('reopen', 'published', 'draft', 'editor', false),
  ('request-changes', 'approved', 'changes_requested', 'admin', true),
  ('request-changes', 'approved', 'changes_requested', 'editor', true),
  ('request-changes', 'in_review', 'changes_requested', 'admin', true),
  ('request-changes', 'in_review', 'changes_requested', 'editor', true),
  ('request-changes', 'submitted', 'changes_requested', 'admin', true),
  ('request-changes', 'submitted', 'changes_requested', 'editor', true),
  ('start-review', 'submitted', 'in_review', 'admin', false),
  ('start-review', 'submitted', 'in_review', 'editor', false),
  ('submit', 'changes_requested', 'submitted', 'admin', false),
  ('submit', 'changes_requested', 'submitted', 'editor', false),
  ('submit', 'changes_requested', 'submitted', 'reporter', false),
  ('submit', 'draft', 'submitted', 'admin', false),
  ('submit', 'draft', 'submitted', 'editor', false),
  ('submit', 'draft', 'submitted', 'reporter', false);

DELETE FROM redaksi_edit_rules;
INSERT INTO redaksi_edit_rules (role, status, others, kind) VALUES
  ('admin', 'approved', true, NULL),
  ('admin', 'changes_requested', true, NULL),
  ('admin', 'draft', true, NULL),
  ('admin', 'in_review', true, NULL),
  ('admin', 'killed', true, NULL),
  ('admin', 'published', true, 'correction'),
  ('admin', 'submitted', true, NULL),
  ('editor', 'approved', true, NULL),
  ('editor', 'changes_requested', true, NULL),
  ('editor', 'draft', true, NULL),
  ('editor', 'in_review', true, NULL),
  ('editor', 'killed', true, NULL),
  ('editor', 'published', true, 'correction'),
  ('editor', 'submitted', true, NULL),
  ('reporter', 'changes_requested', false, NULL),
  ('reporter', 'draft', false, NULL),
  ('reporter', 'submitted', false, NULL);

-- Logins made by an earlier version's redaksi_add_user(): plain logins in a Redaksi group are
-- recorded as Redaksi's own, so redaksi_add_user() may keep changing them.
INSERT INTO redaksi_logins (name) SELECT u.name FROM users u
  JOIN pg_roles r ON r.rolname = u.name
 WHERE r.rolcanlogin AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb
       OR r.rolreplication OR r.rolbypassrls) AND u.name <> @OWNER@
   AND pg_has_role(r.oid, 'redaksi_staff', 'MEMBER') ON CONFLICT (name) DO NOTHING;

-- Table privileges of the group roles (function privileges of the content rules are
-- generated from editor.store.postgres.content.CONTENT_FUNCTIONS).
REVOKE ALL ON FUNCTION redaksi_transition(integer, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_add_user(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION redaksi_transition(integer, text, text, text) TO redaksi_staff;
GRANT EXECUTE ON FUNCTION redaksi_add_user(text, text, text, text) TO redaksi_admin;
GRANT USAGE ON SCHEMA @SCHEMA@ TO redaksi_staff;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO redaksi_staff;
GRANT SELECT ON alembic_version, users, redaksi_transitions, redaksi_edit_rules
  TO redaksi_staff;
REVOKE ALL ON redaksi_logins FROM PUBLIC, redaksi_staff;
-- Content, its revisions and the audit trail change only through the definer functions of
-- content_rules.sql (and redaksi_transition): personal logins read them, nothing more.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON articles, tags, article_tags, revisions,
  article_events, comments FROM redaksi_staff, redaksi_reporter, redaksi_editor,
  redaksi_admin;
REVOKE UPDATE (anchor_start, anchor_end, resolved, resolved_by, resolved_at) ON comments
  FROM redaksi_staff, redaksi_reporter, redaksi_editor, redaksi_admin;
GRANT SELECT ON articles, tags, article_tags, revisions, article_events, comments
  TO redaksi_staff;
-- Comment anchors follow the body through a save (carried in the app, same transaction).
GRANT UPDATE (anchor_start, anchor_end) ON comments TO redaksi_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON article_locks TO redaksi_staff;
GRANT SELECT, INSERT ON dictionary_words TO redaksi_staff;
GRANT DELETE ON dictionary_words TO redaksi_editor, redaksi_admin;
-- The related-articles index: read by everyone, written through redaksi_index_write().
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON search_docs, search_terms, search_pg
  FROM redaksi_staff, redaksi_reporter, redaksi_editor, redaksi_admin;
GRANT SELECT ON search_docs, search_terms, search_pg TO redaksi_staff;
DO $$ BEGIN
  IF to_regclass('spelling_counts') IS NOT NULL THEN  -- migration 0005 (term lexicon)
    -- The term lexicon: read by everyone, written through redaksi_terms_write().
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON spelling_counts, spelling_docs
      FROM PUBLIC, redaksi_staff, redaksi_reporter, redaksi_editor, redaksi_admin;
    GRANT SELECT ON spelling_counts, spelling_docs TO redaksi_staff;
  END IF;
END $$;

REVOKE ALL ON FUNCTION redaksi_snapshot(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_write_tags(integer, text[], text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_login_role() FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_check_lock(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_version_conflict(articles) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_create_article(json, text, timestamp with time zone, text[], text[], text) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_save_article(integer, integer, json, text, text[], text[], text, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_delete_article(integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_add_comment(integer, text, integer, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_resolve_comment(integer, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_lock_times() FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_lock_trail() FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_index_write(integer[], json) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_comment_anchors() FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_substr_count(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_count_text(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_terms_text(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_terms_delta(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_terms_counted_text(integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_terms_follow() FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_terms_write(integer[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_index_term_ok(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION redaksi_index_entry_ok(integer, json) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION redaksi_create_article(json, text, timestamp with time zone, text[], text[], text) TO redaksi_staff;
GRANT EXECUTE ON FUNCTION redaksi_save_article(integer, integer, json, text, text[], text[], text, integer) TO redaksi_staff;
GRANT EXECUTE ON FUNCTION redaksi_delete_article(integer, integer) TO redaksi_staff;
GRANT EXECUTE ON FUNCTION redaksi_add_comment(integer, text, integer, integer, integer) TO redaksi_staff;
GRANT EXECUTE ON FUNCTION redaksi_resolve_comment(integer, boolean) TO redaksi_staff;
GRANT EXECUTE ON FUNCTION redaksi_index_write(integer[], json) TO redaksi_staff;
GRANT EXECUTE ON FUNCTION redaksi_terms_write(integer[]) TO redaksi_staff;

-- Image bytes are content-addressed and immutable: everyone on the desk may add and read
-- them, nobody changes one (an article drops a photo by dropping its reference). The table
-- comes with a later migration than the rules, so it is granted only where it exists.
DO $g$ BEGIN
  IF to_regclass('media') IS NOT NULL
     AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'redaksi_staff') THEN
    GRANT SELECT, INSERT ON media TO redaksi_staff;
    GRANT USAGE, SELECT ON SEQUENCE media_id_seq TO redaksi_staff;
  END IF;
END $g$;
