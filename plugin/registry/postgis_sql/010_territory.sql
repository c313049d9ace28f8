-- TBPA Registry on PostGIS, migration 010: records stay in their own country, keys stay the
-- database's.
--
-- * A protected area or a reintroduction site lies in (or within 0.1 degree of) the range
--   state of its iso3, when the registry holds that state's outline: the tolerance of the
--   partner import (COUNTRY_TOLERANCE_DEGREES in plugin/exchange/package_import.py, since the
--   shipped borders are generalised). A UZB area drawn inside Kazakhstan is refused.
-- * A reintroduction site's protected area is of the site's country.
-- * An INSERT cannot take an fid the sequence has not handed out yet (which would make a later
--   insert of every other client fail on a duplicate key): such an fid is replaced.

CREATE OR REPLACE FUNCTION @SCHEMA@.check_territory() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
DECLARE
    border @POSTGIS@.geometry;
    record_id text;
    pa_country text;
BEGIN
    IF TG_TABLE_NAME = 'protected_areas' THEN
        record_id := NEW.pa_id;
    ELSE
        record_id := NEW.site_id;
    END IF;
    SELECT r.geom INTO border FROM @SCHEMA@.range_states r WHERE r.iso3 = NEW.iso3;
    IF border IS NOT NULL AND NOT @POSTGIS@.ST_DWithin(border, NEW.geom, 0.1) THEN
        RAISE EXCEPTION '% %: it lies outside %, its own country (more than 0.1 degree from '
                        'its border): wrong coordinates or country code?', TG_TABLE_NAME,
                        record_id, NEW.iso3 USING ERRCODE = 'check_violation';
    END IF;
    IF TG_TABLE_NAME = 'reintroduction_sites' AND NEW.pa_id IS NOT NULL THEN
        SELECT p.iso3 INTO pa_country FROM @SCHEMA@.protected_areas p WHERE p.pa_id = NEW.pa_id;
        IF pa_country IS NOT NULL AND pa_country <> NEW.iso3 THEN
            RAISE EXCEPTION 'reintroduction_sites %: its protected area % is in %, not in %',
                            record_id, NEW.pa_id, pa_country, NEW.iso3
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION @SCHEMA@.keep_serial_fid() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
DECLARE
    fid_sequence regclass := pg_catalog.pg_get_serial_sequence(
        pg_catalog.format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'fid')::regclass;
BEGIN
    IF NEW.fid > coalesce(pg_catalog.pg_sequence_last_value(fid_sequence), 0) THEN
        NEW.fid := pg_catalog.nextval(fid_sequence);
    END IF;
    RETURN NEW;
END $$;

REVOKE ALL ON FUNCTION @SCHEMA@.check_territory(), @SCHEMA@.keep_serial_fid() FROM PUBLIC;

DROP TRIGGER IF EXISTS protected_areas_territory ON @SCHEMA@.protected_areas;
CREATE TRIGGER protected_areas_territory BEFORE INSERT OR UPDATE OF geom, iso3
    ON @SCHEMA@.protected_areas
    FOR EACH ROW EXECUTE FUNCTION @SCHEMA@.check_territory();
DROP TRIGGER IF EXISTS reintroduction_sites_territory ON @SCHEMA@.reintroduction_sites;
CREATE TRIGGER reintroduction_sites_territory BEFORE INSERT OR UPDATE OF geom, iso3, pa_id
    ON @SCHEMA@.reintroduction_sites
    FOR EACH ROW EXECUTE FUNCTION @SCHEMA@.check_territory();

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['range_states', 'protected_areas', 'networks',
                                'network_members', 'reintroduction_sites', 'releases',
                                'status_history'] LOOP
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS %I ON @SCHEMA@.%I',
                                  name || '_fid', name);
        EXECUTE pg_catalog.format('CREATE TRIGGER %I BEFORE INSERT ON @SCHEMA@.%I '
                                  'FOR EACH ROW EXECUTE FUNCTION @SCHEMA@.keep_serial_fid()',
                                  name || '_fid', name);
    END LOOP;
END $$;
