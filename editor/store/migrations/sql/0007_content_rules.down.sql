-- Recorded from security.uninstall_content_rules() at commit d37854a.
        DROP TRIGGER IF EXISTS redaksi_lock_times ON article_locks;
        DROP TRIGGER IF EXISTS redaksi_lock_trail ON article_locks;
        DROP TRIGGER IF EXISTS redaksi_comment_anchors ON comments;
        DROP TABLE IF EXISTS redaksi_edit_rules;
    
DROP FUNCTION IF EXISTS redaksi_index_entry_ok(integer, json);
DROP FUNCTION IF EXISTS redaksi_index_term_ok(text, text);
DROP FUNCTION IF EXISTS redaksi_terms_write(json);
DROP FUNCTION IF EXISTS redaksi_text_terms(text);
DROP FUNCTION IF EXISTS redaksi_substr_count(text, text);
DROP FUNCTION IF EXISTS redaksi_comment_anchors();
DROP FUNCTION IF EXISTS redaksi_index_write(integer[], json);
DROP FUNCTION IF EXISTS redaksi_lock_trail();
DROP FUNCTION IF EXISTS redaksi_lock_times();
DROP FUNCTION IF EXISTS redaksi_resolve_comment(integer, boolean);
DROP FUNCTION IF EXISTS redaksi_add_comment(integer, text, integer, integer, integer);
DROP FUNCTION IF EXISTS redaksi_delete_article(integer, integer);
DROP FUNCTION IF EXISTS redaksi_save_article(integer, integer, json, text, text[], text[], text, integer);
DROP FUNCTION IF EXISTS redaksi_create_article(json, text, timestamp with time zone, text[], text[], text);
DROP FUNCTION IF EXISTS redaksi_version_conflict(articles);
DROP FUNCTION IF EXISTS redaksi_check_lock(integer);
DROP FUNCTION IF EXISTS redaksi_login_role();
DROP FUNCTION IF EXISTS redaksi_write_tags(integer, text[], text[]);
DROP FUNCTION IF EXISTS redaksi_snapshot(integer);
DROP FUNCTION IF EXISTS redaksi_is_service();
GRANT SELECT, INSERT, UPDATE ON articles TO redaksi_staff;
GRANT DELETE ON articles TO redaksi_editor, redaksi_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON tags, article_tags TO redaksi_staff;
GRANT SELECT, INSERT ON revisions, article_events TO redaksi_staff;
GRANT SELECT, INSERT ON comments TO redaksi_staff;
GRANT UPDATE (anchor_start, anchor_end, resolved, resolved_by, resolved_at) ON comments
  TO redaksi_staff;
