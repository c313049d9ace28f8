-- TBPA Registry on PostGIS, migration 009: the database keeps row versions, whoever writes.
--
-- * INSERT: row_version, updated_at and updated_by are the database's (a client cannot forge
--   a version nor the time and author of a change).
-- * UPDATE: a client that sends row_version sends the version it read; if the row has moved on
--   since, the write is refused, naming who changed it and when (psql, a script or a second
--   program are held to the same rule as the plugin, which always reads before it writes).

CREATE OR REPLACE FUNCTION @SCHEMA@.stamp_new_row() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
BEGIN
    NEW.row_version := 1;
    NEW.updated_at := pg_catalog.now();
    NEW.updated_by := @SCHEMA@.change_author();
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION @SCHEMA@.bump_row_version() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
BEGIN
    IF NEW.row_version IS DISTINCT FROM OLD.row_version THEN
        RAISE EXCEPTION '% row % was changed by % at % since you read it (version %, now %); '
                        'reload it and make your change again', TG_TABLE_NAME, OLD.fid,
                        OLD.updated_by,
                        pg_catalog.to_char(OLD.updated_at AT TIME ZONE 'UTC',
                                           'YYYY-MM-DD HH24:MI:SS "UTC"'),
                        NEW.row_version, OLD.row_version
            USING ERRCODE = 'serialization_failure';
    END IF;
    NEW.row_version := OLD.row_version + 1;
    NEW.updated_at := pg_catalog.now();
    NEW.updated_by := @SCHEMA@.change_author();
    RETURN NEW;
END $$;

REVOKE ALL ON FUNCTION @SCHEMA@.stamp_new_row(), @SCHEMA@.bump_row_version() FROM PUBLIC;

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['range_states', 'protected_areas', 'networks',
                                'reintroduction_sites'] LOOP
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS %I ON @SCHEMA@.%I',
                                  name || '_stamp', name);
        EXECUTE pg_catalog.format('CREATE TRIGGER %I BEFORE INSERT ON @SCHEMA@.%I '
                                  'FOR EACH ROW EXECUTE FUNCTION @SCHEMA@.stamp_new_row()',
                                  name || '_stamp', name);
    END LOOP;
END $$;
