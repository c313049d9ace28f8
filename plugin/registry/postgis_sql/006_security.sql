-- TBPA Registry on PostGIS, migration 006: no role gains more than it was granted.
--
-- * Every function of the registry runs with search_path = pg_catalog, <registry schema>,
--   pg_temp (pg_temp named, last): a caller's TEMP table or function never shadows a registry
--   table or a catalog function, and nothing is looked up in a schema others may write
--   (``public``). PostGIS is called schema-qualified (@POSTGIS@, filled in by the store).
-- * Nobody but the owner may EXECUTE the trigger functions (a trigger attached elsewhere is
--   refused), and the history function refuses to run for any table but the registry's two.
-- * status_history accepts only the contract's statuses.
-- * tbpa_admin writes rows (SELECT, INSERT, UPDATE, DELETE), nothing else: no TRUNCATE, no
--   TRIGGER, no REFERENCES, no write to schema_migrations nor to the schema_version row.
-- Like 004 and 005 it may run again on a registry that has it (a test re-applies it).

CREATE OR REPLACE FUNCTION @SCHEMA@.change_author() RETURNS text LANGUAGE sql STABLE
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
    SELECT coalesce(
        nullif(pg_catalog.current_setting('tbpa.changed_by', true), ''),
        session_user::text)
$$;

CREATE OR REPLACE FUNCTION @SCHEMA@.bump_row_version() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    NEW.updated_at := pg_catalog.now();
    NEW.updated_by := @SCHEMA@.change_author();
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION @SCHEMA@.log_status_change() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
DECLARE
    entity_name text;
    entity_key  text;
    old_value   text;
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'ROW' OR TG_OP NOT IN ('INSERT', 'UPDATE') THEN
        RAISE EXCEPTION 'log_status_change() runs only as the registry''s history trigger'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_RELID = '@SCHEMA@.protected_areas'::regclass THEN
        entity_name := 'protected_area';
        entity_key := NEW.pa_id;
    ELSIF TG_RELID = '@SCHEMA@.networks'::regclass THEN
        entity_name := 'network';
        entity_key := NEW.network_id;
    ELSE
        RAISE EXCEPTION 'log_status_change() keeps the history of the registry''s own tables '
                        'only, not of %', TG_RELID::regclass
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status IS NOT DISTINCT FROM NEW.status THEN
            RETURN NULL;
        END IF;
        old_value := OLD.status;
    END IF;
    INSERT INTO @SCHEMA@.status_history (entity, entity_id, old_status, new_status, changed_at,
                                         changed_by, note, db_role)
    VALUES (entity_name, entity_key, old_value, NEW.status,
            pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC',
                               'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            @SCHEMA@.change_author(),
            coalesce(pg_catalog.current_setting('tbpa.note', true), ''),
            session_user);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION @SCHEMA@.may_edit(country text) RETURNS boolean LANGUAGE plpgsql
STABLE SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
BEGIN
    IF pg_catalog.pg_has_role(current_user, 'tbpa_admin'::name, 'MEMBER'::text) THEN
        RETURN true;
    END IF;
    IF country IS NULL OR NOT EXISTS (
            SELECT 1 FROM pg_catalog.pg_roles
            WHERE rolname = ('tbpa_editor_' || pg_catalog.lower(country))::name) THEN
        RETURN false;
    END IF;
    RETURN pg_catalog.pg_has_role(current_user,
                                  ('tbpa_editor_' || pg_catalog.lower(country))::name,
                                  'MEMBER'::text);
END $$;

CREATE OR REPLACE FUNCTION @SCHEMA@.may_edit_network(states text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
    SELECT coalesce(pg_catalog.bool_or(@SCHEMA@.may_edit(state)), false)
    FROM pg_catalog.unnest(pg_catalog.string_to_array(states, ';')) AS state
$$;

CREATE OR REPLACE FUNCTION @SCHEMA@.set_geodesic_area() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
BEGIN
    NEW.area_km2 := pg_catalog.round(
        (@POSTGIS@.ST_Area(NEW.geom::@POSTGIS@.geography, true) / 1e6)::numeric, 3);
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION @SCHEMA@.notify_registry_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
BEGIN
    PERFORM pg_catalog.pg_notify('qgis', 'tbpa:' || TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
    RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION @SCHEMA@.change_author(), @SCHEMA@.bump_row_version(),
    @SCHEMA@.log_status_change(), @SCHEMA@.may_edit(text), @SCHEMA@.may_edit_network(text),
    @SCHEMA@.set_geodesic_area(), @SCHEMA@.notify_registry_changed() FROM PUBLIC;
-- Row-level security and bump_row_version call these as the editing role.
GRANT EXECUTE ON FUNCTION @SCHEMA@.change_author(), @SCHEMA@.may_edit(text),
    @SCHEMA@.may_edit_network(text) TO tbpa_reader;

ALTER TABLE @SCHEMA@.status_history
    DROP CONSTRAINT IF EXISTS status_history_new_status_check,
    DROP CONSTRAINT IF EXISTS status_history_old_status_check,
    ADD CONSTRAINT status_history_new_status_check
        CHECK (new_status IN ('planned', 'draft', 'created')) NOT VALID,
    ADD CONSTRAINT status_history_old_status_check
        CHECK (old_status IS NULL OR old_status IN ('planned', 'draft', 'created')) NOT VALID;

REVOKE ALL ON ALL TABLES IN SCHEMA @SCHEMA@ FROM tbpa_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA @SCHEMA@ TO tbpa_admin;
GRANT INSERT, UPDATE, DELETE ON @SCHEMA@.registry_meta, @SCHEMA@.range_states,
    @SCHEMA@.protected_areas, @SCHEMA@.networks, @SCHEMA@.network_members,
    @SCHEMA@.reintroduction_sites, @SCHEMA@.releases TO tbpa_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA @SCHEMA@ FROM tbpa_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO tbpa_admin;

-- The schema_version row is the registry's own: an admin keeps the title and the other rows.
DROP POLICY IF EXISTS admin_writes ON @SCHEMA@.registry_meta;
CREATE POLICY admin_writes ON @SCHEMA@.registry_meta FOR ALL TO tbpa_admin
    USING (key <> 'schema_version') WITH CHECK (key <> 'schema_version');
