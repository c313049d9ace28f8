-- TBPA Registry on PostGIS, migration 005: every committed change of the registry's tables is
-- announced on the channel QGIS's PostgreSQL provider listens to ("qgis"), so the layer panel
-- and the dock of every analyst who has the shared registry open follow another agency's edits.

CREATE OR REPLACE FUNCTION notify_registry_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pg_notify('qgis', 'tbpa:' || TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
    RETURN NULL;
END $$;

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['protected_areas', 'networks', 'network_members',
                                'reintroduction_sites', 'releases'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', name || '_notify', name);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_registry_changed()',
                       name || '_notify', name);
    END LOOP;
END $$;
