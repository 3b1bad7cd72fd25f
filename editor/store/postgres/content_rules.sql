-- Content changes in newsroom mode: only through these SECURITY DEFINER functions.
--
-- Personal logins have no INSERT/UPDATE/DELETE on articles, tags, article_tags, revisions or
-- article_events, and may only move comment anchors. Every save, creation, deletion, comment
-- and resolve goes through a function below, which checks the login's Redaksi role against
-- redaksi_edit_rules (seeded from editor/domain/editing.py), the state, the author, the edit
-- lock and the version, and writes the change, its revision (a snapshot built here from what
-- was stored) and its audit event together. Lock times are the server's clock, and lock
-- takeovers are recorded by a trigger. Placeholders @SCHEMA@, @OWNER@, @TTL@ are filled in by
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
     AND v_lock.heartbeat_at > clock_timestamp() - @TTL@ THEN
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
          CASE WHEN OLD.heartbeat_at > clock_timestamp() - @TTL@ THEN 'takeover'
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
-- Could this analysed index term come from the (lower-cased) article text? The analysis
-- (PySastrawi stems, name runs) stays in Python, so the database checks what it can without
-- knowing Indonesian: every part of a joined name ("bobby_nasution") occurs in the text, and
-- a stem without its first letter does (meN-/peN- replace a stem's first consonant:
-- "tulis" is in "menulis" only as "ulis"; infixes and suffixes keep the rest). It refuses
-- terms that the article does not contain; it cannot tell a true stem from a made-up one
-- built from the text's own letters.
-- (The same test is written out inline in redaksi_index_entry_ok: a call per term would cost
-- more than the search itself on a long article.)
CREATE OR REPLACE FUNCTION redaksi_index_term_ok(p_lower text, p_term text)
RETURNS boolean LANGUAGE sql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $f$
  SELECT p_term IS NOT NULL AND p_term <> '' AND length(p_term) <= 200
     AND CASE WHEN position('_' IN p_term) > 0
              THEN NOT EXISTS (SELECT 1 FROM unnest(string_to_array(p_term, '_')) AS part
                                WHERE part = '' OR position(part IN p_lower) = 0)
              ELSE position((CASE WHEN length(p_term) > 2 THEN substr(p_term, 2)
                                  ELSE p_term END) IN p_lower) > 0
         END $f$;

-- An index entry is consistent with the stored article: every field term passes
-- redaksi_index_term_ok, every weighted token is a token of the field terms, none weighs
-- more than the heaviest field (4) times its occurrences there, the tsvector tokens are the
-- weighted ones, and the length is at most the number of tokens the fields can hold.
CREATE OR REPLACE FUNCTION redaksi_index_entry_ok(p_article integer, p_doc json)
RETURNS boolean LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $f$
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
  -- A term that is one of the text's words as it stands passes at once (linear); only the
  -- others (stems, joined names) are searched for in the text.
  IF EXISTS (WITH words AS MATERIALIZED (
               SELECT DISTINCT m[1] AS w FROM regexp_matches(v_lower, '([[:alnum:]]+)', 'g') AS m)
             SELECT 1 FROM (SELECT DISTINCT t FROM jsonb_each(v_fields) AS f,
                                   jsonb_array_elements_text(f.value) AS t) AS d
              WHERE NOT EXISTS (SELECT 1 FROM words WHERE words.w = d.t)
                AND NOT (d.t <> '' AND length(d.t) <= 200
                         AND CASE WHEN position('_' IN d.t) > 0
                                  THEN NOT EXISTS (
                                    SELECT 1 FROM unnest(string_to_array(d.t, '_')) AS part
                                     WHERE part = '' OR position(part IN v_lower) = 0)
                                  ELSE position((CASE WHEN length(d.t) > 2
                                                      THEN substr(d.t, 2) ELSE d.t END)
                                                IN v_lower) > 0
                             END)) THEN
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

-- The proofreader's term lexicon (spelling_counts, spelling_docs), for personal logins:
-- written only through redaksi_terms_write(). The counting runs in the app (the same Python
-- tokeniser as on SQLite), but the database accepts counts only for an article at its current
-- version that the lexicon has not counted yet, once per version, and clamps every count to
-- what the stored text holds (redaksi_text_terms): a word, name or bigram the text does not
-- contain is dropped, and no count exceeds its occurrences. What is subtracted is clamped the same way against the revision
-- snapshot of the version the lexicon recorded (spelling_docs.version), never another one. So
-- a login cannot teach the proofreader words its articles do not contain, count a version
-- twice, or delete the counts of other articles.
CREATE OR REPLACE FUNCTION redaksi_substr_count(p_hay text, p_needle text)
RETURNS integer LANGUAGE sql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $f$
  SELECT CASE WHEN coalesce(p_needle, '') = '' OR p_hay IS NULL THEN 0
              ELSE (length(p_hay) - length(replace(p_hay, p_needle, ''))) / length(p_needle)
         END $f$;

-- The occurrences of every word (w, lower-cased), name (n, as written) and bigram (b, two
-- adjacent lower-cased words) of a text, tokenised once like the Python tokeniser (runs of
-- letters with inner hyphens): the counts the app computes can never exceed these (the app
-- also breaks bigrams at punctuation and leaves out a sentence's first word as a name).
-- Linear in the text, so a huge article costs no more than its size.
CREATE OR REPLACE FUNCTION redaksi_text_terms(p_text text)
RETURNS TABLE (kind text, term text, n integer)
LANGUAGE sql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $f$
  WITH tok AS MATERIALIZED (
    SELECT m.t[1] AS t, m.i
      FROM regexp_matches(coalesce(p_text, ''), '[[:alpha:]]+(?:-[[:alpha:]]+)*', 'g')
           WITH ORDINALITY AS m(t, i)),
  pairs AS (SELECT lower(lag(t) OVER (ORDER BY i)) || ' ' || lower(t) AS b FROM tok)
  SELECT 'w', lower(t), count(*)::integer FROM tok GROUP BY lower(t)
  UNION ALL SELECT 'n', t, count(*)::integer FROM tok GROUP BY t
  UNION ALL SELECT 'b', b, count(*)::integer FROM pairs WHERE b IS NOT NULL GROUP BY b
$f$;

-- p_docs: [{"id", "version", "plus": {"w": {term: n}, "b": {...}, "n": {...}},
--           "minus": {...}}]; "minus" are the counts of the version spelling_docs recorded.
CREATE OR REPLACE FUNCTION redaksi_terms_write(p_docs json)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_doc json;
  v_id integer;
  v_row articles%ROWTYPE;
  v_counted integer;
  v_snap json;
  v_text text;
  v_kinds text[] := '{}';
  v_terms text[] := '{}';
  v_deltas integer[] := '{}';
  v_written integer := 0;
BEGIN
  PERFORM redaksi_login_role();
  FOR v_doc IN SELECT d FROM json_array_elements(coalesce(p_docs, '[]'::json)) AS d
                ORDER BY (d->>'id')::integer LOOP
    v_id := (v_doc->>'id')::integer;
    CONTINUE WHEN v_id IS NULL;
    PERFORM pg_advisory_xact_lock(7142, v_id);
    SELECT * INTO v_row FROM articles a WHERE a.id = v_id;
    SELECT s.version INTO v_counted FROM spelling_docs s WHERE s.article_id = v_id;
    IF NOT FOUND THEN
      v_counted := NULL;
    END IF;
    IF v_row.id IS NULL THEN
      -- The article is gone (its revisions with it): forget the version; rebuild() by the
      -- service login recounts the totals.
      DELETE FROM spelling_docs WHERE article_id = v_id;
      CONTINUE;
    END IF;
    IF (v_doc->>'version')::integer IS DISTINCT FROM v_row.version
       OR v_counted IS NOT DISTINCT FROM v_row.version THEN
      CONTINUE;
    END IF;
    IF v_counted IS NOT NULL THEN
      SELECT r.snapshot INTO v_snap FROM revisions r
       WHERE r.article_id = v_id AND r.version = v_counted LIMIT 1;
      IF v_snap IS NOT NULL AND v_doc->'minus' IS NOT NULL THEN
        v_text := concat_ws(E'\n\n', coalesce(v_snap->>'headline', ''),
                            coalesce(v_snap->>'summary', ''), coalesce(v_snap->>'body', ''));
        WITH o AS MATERIALIZED (SELECT * FROM redaksi_text_terms(v_text))
        SELECT v_kinds || array_agg(x.kind), v_terms || array_agg(x.term),
               v_deltas || array_agg(-x.n)
          INTO v_kinds, v_terms, v_deltas
          FROM (SELECT k.key AS kind, t.key AS term, least(t.value::integer, o.n) AS n
                  FROM json_each(v_doc->'minus') AS k, json_each_text(k.value) AS t, o
                 WHERE k.key IN ('w', 'b', 'n') AND t.value ~ '^[0-9]{1,9}$'
                   AND o.kind = k.key AND o.term = t.key) AS x
         WHERE x.n > 0;
        v_kinds := coalesce(v_kinds, '{}'); v_terms := coalesce(v_terms, '{}');
        v_deltas := coalesce(v_deltas, '{}');
      END IF;
      DELETE FROM spelling_docs WHERE article_id = v_id;
    END IF;
    IF v_doc->'plus' IS NOT NULL THEN
      v_text := concat_ws(E'\n\n', v_row.headline, v_row.summary, v_row.body);
      WITH o AS MATERIALIZED (SELECT * FROM redaksi_text_terms(v_text))
      SELECT v_kinds || array_agg(x.kind), v_terms || array_agg(x.term),
             v_deltas || array_agg(x.n)
        INTO v_kinds, v_terms, v_deltas
        FROM (SELECT k.key AS kind, t.key AS term, least(t.value::integer, o.n) AS n
                FROM json_each(v_doc->'plus') AS k, json_each_text(k.value) AS t, o
               WHERE k.key IN ('w', 'b', 'n') AND t.value ~ '^[0-9]{1,9}$'
                 AND o.kind = k.key AND o.term = t.key) AS x
       WHERE x.n > 0;
      v_kinds := coalesce(v_kinds, '{}'); v_terms := coalesce(v_terms, '{}');
      v_deltas := coalesce(v_deltas, '{}');
    END IF;
    INSERT INTO spelling_docs (article_id, version) VALUES (v_id, v_row.version);
    v_written := v_written + 1;
  END LOOP;
  -- Sorted, so two desks updating the same terms lock them in the same order.
  INSERT INTO spelling_counts (kind, term, count)
  SELECT x.kind, x.term, sum(x.delta) FROM unnest(v_kinds, v_terms, v_deltas)
      AS x(kind, term, delta)
   GROUP BY x.kind, x.term HAVING sum(x.delta) <> 0 ORDER BY x.kind, x.term
  ON CONFLICT (kind, term) DO UPDATE SET count = spelling_counts.count + excluded.count;
  IF EXISTS (SELECT 1 FROM unnest(v_deltas) AS d WHERE d < 0) THEN
    DELETE FROM spelling_counts WHERE count <= 0;
  END IF;
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

-- Deleting an article takes its counts out of the term lexicon (issue 11; kept apart from
-- redaksi_terms_write). A trigger, so that it acts only when an article really goes (by
-- redaksi_delete_article, which only editors and admins may call): just before, in the same
-- transaction, the app puts the counts it computed for the version spelling_docs recorded
-- into the transaction-local setting redaksi.terms_forget as {"id", "version", "minus":
-- {"w": {term: n}, "b": {...}, "n": {...}}}. They are clamped, as redaksi_terms_write clamps
-- what it subtracts, to that version's stored text (the row being deleted when it is that
-- version, else its revision snapshot), and the spelling_docs entry goes. Without (or with
-- an unreadable) setting only the entry goes, and rebuild() recounts. A service login's app
-- subtracts by itself and removes the entry first, so nothing is taken twice.
CREATE OR REPLACE FUNCTION redaksi_terms_forget() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $f$
DECLARE
  v_counted integer;
  v_payload json;
  v_snap json;
  v_text text;
BEGIN
  PERFORM pg_advisory_xact_lock(7142, OLD.id);
  SELECT s.version INTO v_counted FROM spelling_docs s WHERE s.article_id = OLD.id;
  IF NOT FOUND THEN
    RETURN OLD;
  END IF;
  DELETE FROM spelling_docs WHERE article_id = OLD.id;
  BEGIN
    v_payload := nullif(current_setting('redaksi.terms_forget', true), '')::json;
  EXCEPTION WHEN others THEN
    v_payload := NULL;
  END;
  IF v_payload IS NULL OR json_typeof(v_payload) <> 'object'
     OR (v_payload->>'id') IS DISTINCT FROM OLD.id::text
     OR (v_payload->>'version') IS DISTINCT FROM v_counted::text
     OR json_typeof(v_payload->'minus') IS DISTINCT FROM 'object' THEN
    RETURN OLD;
  END IF;
  IF v_counted = OLD.version THEN
    v_text := concat_ws(E'\n\n', OLD.headline, OLD.summary, OLD.body);
  ELSE
    SELECT r.snapshot INTO v_snap FROM revisions r
     WHERE r.article_id = OLD.id AND r.version = v_counted LIMIT 1;
    IF v_snap IS NULL THEN
      RETURN OLD;
    END IF;
    v_text := concat_ws(E'\n\n', coalesce(v_snap->>'headline', ''),
                        coalesce(v_snap->>'summary', ''), coalesce(v_snap->>'body', ''));
  END IF;
  -- Sorted, so two desks updating the same terms lock them in the same order.
  WITH o AS MATERIALIZED (SELECT * FROM redaksi_text_terms(v_text)),
       x AS (SELECT k.key AS kind, t.key AS term, least(t.value::integer, o.n) AS n
               FROM json_each(v_payload->'minus') AS k, json_each_text(k.value) AS t, o
              WHERE k.key IN ('w', 'b', 'n') AND json_typeof(k.value) = 'object'
                AND t.value ~ '^[0-9]{1,9}$' AND o.kind = k.key AND o.term = t.key)
  INSERT INTO spelling_counts (kind, term, count)
  SELECT x.kind, x.term, -max(x.n) FROM x WHERE x.n > 0
   GROUP BY x.kind, x.term ORDER BY x.kind, x.term
  ON CONFLICT (kind, term) DO UPDATE SET count = spelling_counts.count + excluded.count;
  DELETE FROM spelling_counts WHERE count <= 0;
  RETURN OLD;
END $f$;

DROP TRIGGER IF EXISTS redaksi_terms_forget ON articles;
CREATE TRIGGER redaksi_terms_forget BEFORE DELETE ON articles
  FOR EACH ROW EXECUTE FUNCTION redaksi_terms_forget();
