"""Security in the database: roles, grants, row-level security, guards and definer functions.

In newsroom mode every person connects with their own PostgreSQL login (their Redaksi user
name). What they may do is decided by the server, not by the app, so a reporter with ``psql``
and their own password can do no more than the app would let them:

- Group roles ``redaksi_reporter``, ``redaksi_editor``, ``redaksi_admin`` (NOLOGIN, all members of
  ``redaksi_staff``) carry the table privileges; personal logins are members of one of them.
- The Redaksi role that decides workflow rights is the ``users`` row named like the login;
  only the schema owner and ``redaksi_add_user()`` (admins) may write ``users``.
- An article's ``status`` and ``published_at`` change only inside ``redaksi_transition()``, a
  SECURITY DEFINER function that checks ``session_user``'s role against ``redaksi_transitions``
  (seeded from :data:`editor.domain.workflow.TRANSITIONS`), the edit lock and the note, then
  moves the state, bumps the version and writes the revision and the audit event at once.
  A guard trigger refuses any other change of those columns, and any hand-written
  ``transition`` event.
- Authors are stamped: rows written by a personal login carry ``session_user`` as their
  author/editor/user, whatever the client sent, so the audit trail cannot be forged.
- Edit locks are row-level secured: a login may only hold locks in its own name, may take a
  lock whose holder is gone, and only editors and admins may take a live one.
- The related-articles index (``search_*``) is written by every desk's app after its saves,
  through ``redaksi_index_write()`` only (see ``content_rules.sql``): entries for an article's
  current, not yet indexed version; frequencies counted by the database.
- The proofreader's term lexicon (``spelling_*``) likewise, through ``redaksi_terms_write()``:
  counts for an article's current, not yet counted version, clamped to what its stored text
  holds; the subtraction clamped to the recorded version's snapshot.
- Content (articles, tags, revisions, comments, the audit trail) is written by personal logins
  only through the definer functions of ``content_rules.sql`` (:mod:`.content`).
- Desk changes are announced with ``pg_notify('redaksi_desk', json)`` by triggers, inside the
  transaction that made them (see :mod:`editor.store.postgres.notifications`).

The schema owner (whoever ran the migrations, usually the setup command's login) is the
"service" identity: its sessions and the definer functions are not restricted, like the
single-user SQLite store. ``install()`` is idempotent; migrations call it, and so does
``redaksi newsroom setup``. A later migration that adds a table calls it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from editor.domain.editing import edit_rule_rows
from editor.domain.workflow import TRANSITIONS
from editor.store.locks import LOCK_TTL
from editor.store.postgres.content import CONTENT_FUNCTIONS, content_rules_sql, grants_sql

GROUP_ROLES = ("redaksi_reporter", "redaksi_editor", "redaksi_admin")
STAFF_ROLE = "redaksi_staff"
NOTIFY_CHANNEL = "redaksi_desk"

# SQLSTATEs raised by the functions and guards (class "RK": Redaksi). Python maps them back to
# the store's exceptions in editor.store.postgres.workflow.
SQLSTATE_REFUSED = "RK001"       # role, state or missing note
SQLSTATE_NO_USER = "RK002"
SQLSTATE_NO_ARTICLE = "RK003"
SQLSTATE_LOCKED = "RK004"
SQLSTATE_IMPERSONATION = "RK005"
SQLSTATE_FORBIDDEN = "42501"     # insufficient_privilege, for the guard triggers

_ROLES_SQL = """
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
"""

_SCHEMA_SQL = r"""
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
"""

_TRANSITION_SQL = r"""
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
  IF FOUND AND v_lock.holder <> v_user AND v_lock.heartbeat_at > v_now - @TTL@ THEN
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
"""

_FUNCTIONS = (
    "redaksi_privileged()", "redaksi_session_role()", "redaksi_is_desk()",
    "redaksi_articles_guard()", "redaksi_stamp_author()", "redaksi_notify_event()",
    "redaksi_notify_lock()", "redaksi_transition(integer, text, text, text)",
    "redaksi_add_user(text, text, text, text)",
    *CONTENT_FUNCTIONS,
)

_GRANTS_SQL = """
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
"""

# Image bytes are content-addressed and immutable: everyone on the desk may add and read them,
# nobody changes one (an article drops a photo by dropping its reference). The table comes
# with a later migration than the rules, so it is granted only where it exists.
_MEDIA_GRANTS_SQL = """
DO $g$ BEGIN
  IF to_regclass('media') IS NOT NULL
     AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'redaksi_staff') THEN
    GRANT SELECT, INSERT ON media TO redaksi_staff;
    GRANT USAGE, SELECT ON SEQUENCE media_id_seq TO redaksi_staff;
  END IF;
END $g$;
"""


def grant_media(conn: Connection) -> None:
    """Grant the desk's roles access to the media table (idempotent, in the caller's
    transaction); a database without the newsroom roles is left alone."""
    _driver(conn).execute(_MEDIA_GRANTS_SQL)


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _quote_ident(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _render(sql: str, *, owner: str, schema: str) -> str:
    ttl = _quote_literal(f"{int(LOCK_TTL.total_seconds())} seconds") + "::interval"
    return (sql.replace("@OWNER@", _quote_literal(owner))
            .replace("@SCHEMA@", _quote_ident(schema))
            .replace("@CHANNEL@", _quote_literal(NOTIFY_CHANNEL))
            .replace("@TTL@", ttl))


def _driver(conn: Connection) -> Any:
    """The psycopg connection under ``conn`` (same transaction): it runs multi-statement SQL
    without treating ``%`` as a placeholder."""
    return conn.connection.driver_connection


def transition_rows() -> list[tuple[str, str, str, str, bool]]:
    """(action, from, to, role, note_required) for every allowed cell of the domain table."""
    return sorted(
        (t.action.value, source.value, t.target.value, role.value, t.note_required)
        for t in TRANSITIONS.values() for source in t.sources for role in t.roles
    )


def install(conn: Connection) -> None:
    """Create or refresh every database-side rule, in the caller's transaction.

    Needs a login that owns the schema's tables and may create roles (the setup command's
    superuser or an owner with CREATEROLE); the group roles are created once per cluster.
    """
    raw = _driver(conn)
    owner, schema = raw.execute(
        "SELECT tableowner, current_schema() FROM pg_tables "
        "WHERE tablename = 'articles' AND schemaname = current_schema()").fetchone()
    can_create = raw.execute(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    ).fetchone()[0]
    missing = raw.execute(
        "SELECT count(*) FROM unnest(%s::text[]) r WHERE r NOT IN (SELECT rolname FROM pg_roles)",
        ([STAFF_ROLE, *GROUP_ROLES],)).fetchone()[0]
    if missing and not can_create:
        raise PermissionError(
            "peran grup redaksi_* belum ada dan login ini tidak boleh membuat peran: jalankan "
            "'redaksi newsroom setup' sebagai superuser PostgreSQL (atau login dengan CREATEROLE)")
    raw.execute(_ROLES_SQL)
    raw.execute(_render(_SCHEMA_SQL, owner=owner, schema=schema))
    raw.execute(_render(content_rules_sql(), owner=owner, schema=schema))
    raw.execute(_render(_TRANSITION_SQL, owner=owner, schema=schema))
    for signature in _FUNCTIONS:
        raw.execute(f"ALTER FUNCTION {signature} OWNER TO {_quote_ident(owner)}")
    for table in ("redaksi_transitions", "redaksi_edit_rules", "redaksi_logins"):
        raw.execute(f"ALTER TABLE {table} OWNER TO {_quote_ident(owner)}")
    raw.execute("DELETE FROM redaksi_transitions")
    raw.execute("DELETE FROM redaksi_edit_rules")
    with raw.cursor() as cur:
        cur.executemany(
            "INSERT INTO redaksi_transitions (action, from_status, to_status, role, "
            "note_required) VALUES (%s, %s, %s, %s, %s)", transition_rows())
        cur.executemany(
            "INSERT INTO redaksi_edit_rules (role, status, others, kind) "
            "VALUES (%s, %s, %s, %s)", edit_rule_rows())
    # Logins made by an earlier version's redaksi_add_user(): plain logins in a Redaksi group.
    raw.execute(
        "INSERT INTO redaksi_logins (name) SELECT u.name FROM users u "
        "JOIN pg_roles r ON r.rolname = u.name "
        "WHERE r.rolcanlogin AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb "
        "OR r.rolreplication OR r.rolbypassrls) AND u.name <> %s "
        "AND pg_has_role(r.oid, 'redaksi_staff', 'MEMBER') ON CONFLICT (name) DO NOTHING",
        (owner,))
    raw.execute(_render(_GRANTS_SQL, owner=owner, schema=schema))
    raw.execute(grants_sql())
    raw.execute(_MEDIA_GRANTS_SQL)


def uninstall(conn: Connection) -> None:
    """Remove the rules (downgrade below the newsroom migration). Group roles stay: they are
    shared by every database of the cluster."""
    raw = _driver(conn)
    raw.execute("""
        DROP TRIGGER IF EXISTS redaksi_articles_guard ON articles;
        DROP TRIGGER IF EXISTS redaksi_stamp_author ON revisions;
        DROP TRIGGER IF EXISTS redaksi_stamp_author ON article_events;
        DROP TRIGGER IF EXISTS redaksi_stamp_author ON comments;
        DROP TRIGGER IF EXISTS redaksi_stamp_author ON dictionary_words;
        DROP TRIGGER IF EXISTS redaksi_notify ON article_events;
        DROP TRIGGER IF EXISTS redaksi_notify ON article_locks;
        DROP POLICY IF EXISTS redaksi_locks_read ON article_locks;
        DROP POLICY IF EXISTS redaksi_locks_insert ON article_locks;
        DROP POLICY IF EXISTS redaksi_locks_update ON article_locks;
        DROP POLICY IF EXISTS redaksi_locks_delete ON article_locks;
        ALTER TABLE article_locks DISABLE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS redaksi_events_read ON article_events;
        DROP POLICY IF EXISTS redaksi_events_insert ON article_events;
        ALTER TABLE article_events DISABLE ROW LEVEL SECURITY;
        DROP TRIGGER IF EXISTS redaksi_lock_times ON article_locks;
        DROP TRIGGER IF EXISTS redaksi_lock_trail ON article_locks;
        DROP TRIGGER IF EXISTS redaksi_comment_anchors ON comments;
        DROP TRIGGER IF EXISTS redaksi_terms_forget ON articles;
        DROP TABLE IF EXISTS redaksi_transitions;
        DROP TABLE IF EXISTS redaksi_edit_rules;
        DROP TABLE IF EXISTS redaksi_logins;
    """)
    for signature in reversed(_FUNCTIONS):
        raw.execute(f"DROP FUNCTION IF EXISTS {signature}")


_OLD_CONTENT_GRANTS_SQL = """
GRANT SELECT, INSERT, UPDATE ON articles TO redaksi_staff;
GRANT DELETE ON articles TO redaksi_editor, redaksi_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON tags, article_tags TO redaksi_staff;
GRANT SELECT, INSERT ON revisions, article_events TO redaksi_staff;
GRANT SELECT, INSERT ON comments TO redaksi_staff;
GRANT UPDATE (anchor_start, anchor_end, resolved, resolved_by, resolved_at) ON comments
  TO redaksi_staff;
"""


def uninstall_content_rules(conn: Connection) -> None:
    """Back to the newsroom rules of migration 0004: the app writes content directly again
    (guarded by the status trigger and the author stamps only)."""
    raw = _driver(conn)
    raw.execute("""
        DROP TRIGGER IF EXISTS redaksi_lock_times ON article_locks;
        DROP TRIGGER IF EXISTS redaksi_lock_trail ON article_locks;
        DROP TRIGGER IF EXISTS redaksi_comment_anchors ON comments;
        DROP TRIGGER IF EXISTS redaksi_terms_forget ON articles;
        DROP TABLE IF EXISTS redaksi_edit_rules;
    """)  # redaksi_logins stays: redaksi_add_user() keeps checking it
    for signature in reversed(CONTENT_FUNCTIONS):
        raw.execute(f"DROP FUNCTION IF EXISTS {signature}")
    raw.execute(_OLD_CONTENT_GRANTS_SQL)
