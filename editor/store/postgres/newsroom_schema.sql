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
  PERFORM pg_notify(@CHANNEL@, json_build_object(
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
    PERFORM pg_notify(@CHANNEL@, json_build_object(
      'source', 'lock', 'kind', 'unlock', 'article_id', OLD.article_id,
      'user', OLD.holder, 'at', now())::text);
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.holder = OLD.holder THEN
    RETURN NULL;  -- a heartbeat: nothing the desk needs to hear about
  END IF;
  PERFORM pg_notify(@CHANNEL@, json_build_object(
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
  USING (holder = session_user OR heartbeat_at < now() - @TTL@ OR redaksi_is_desk())
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
