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
