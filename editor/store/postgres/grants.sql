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
