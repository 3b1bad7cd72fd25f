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
