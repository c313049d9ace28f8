-- TBPA Registry on PostGIS, migration 002: who may write what.
-- Everyone with read access (tbpa_reader) sees every row. An editor of a range state
-- (tbpa_editor_kaz, tbpa_editor_uzb, ...) inserts, changes and deletes only rows of its own
-- country (row-level security on iso3); network rows need an editor of one of the network's
-- range states. tbpa_admin writes everything. The country rules are RESTRICTIVE policies, so
-- PostgreSQL names the refusing policy in its error, and the store quotes it to the user.
-- Roles are cluster-wide: they are created once and shared by every registry schema.

DO $$
DECLARE
    country text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tbpa_reader') THEN
        CREATE ROLE tbpa_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tbpa_editor') THEN
        CREATE ROLE tbpa_editor NOLOGIN IN ROLE tbpa_reader;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tbpa_admin') THEN
        CREATE ROLE tbpa_admin NOLOGIN IN ROLE tbpa_editor;
    END IF;
    FOREACH country IN ARRAY ARRAY['kaz','rus','chn','kgz','uzb','tkm','tjk','mng','afg',
                                   'irn','ind','pak'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tbpa_editor_' || country) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE tbpa_editor',
                           'tbpa_editor_' || country);
        END IF;
    END LOOP;
END $$;

-- May the current role write rows of ``country``?
CREATE FUNCTION may_edit(country text) RETURNS boolean LANGUAGE plpgsql STABLE
SET search_path FROM CURRENT AS $$
BEGIN
    IF pg_has_role(current_user, 'tbpa_admin', 'MEMBER') THEN
        RETURN true;
    END IF;
    IF country IS NULL OR NOT EXISTS (
            SELECT 1 FROM pg_roles WHERE rolname = 'tbpa_editor_' || lower(country)) THEN
        RETURN false;
    END IF;
    RETURN pg_has_role(current_user, 'tbpa_editor_' || lower(country), 'MEMBER');
END $$;

-- May the current role write rows of a network of these range states ('KAZ;UZB')?
CREATE FUNCTION may_edit_network(states text) RETURNS boolean LANGUAGE sql STABLE
SET search_path FROM CURRENT AS $$
    SELECT coalesce(bool_or(may_edit(state)), false)
    FROM unnest(string_to_array(states, ';')) AS state
$$;

GRANT USAGE ON SCHEMA @SCHEMA@ TO tbpa_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA @SCHEMA@ TO tbpa_reader;
GRANT INSERT, UPDATE, DELETE ON protected_areas, networks, network_members,
    reintroduction_sites, releases TO tbpa_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO tbpa_editor;
GRANT ALL ON ALL TABLES IN SCHEMA @SCHEMA@ TO tbpa_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO tbpa_admin;
REVOKE INSERT, UPDATE, DELETE ON status_history FROM tbpa_admin;

DO $$
DECLARE
    rule record;
BEGIN
    FOR rule IN SELECT * FROM (VALUES
        ('registry_meta', NULL),
        ('range_states', NULL),
        ('status_history', NULL),
        ('protected_areas', 'may_edit(iso3)'),
        ('reintroduction_sites', 'may_edit(iso3)'),
        ('releases', 'may_edit((SELECT s.iso3 FROM reintroduction_sites s '
                     'WHERE s.site_id = releases.site_id))'),
        ('networks', 'may_edit_network(range_states)'),
        ('network_members', 'may_edit_network((SELECT n.range_states FROM networks n '
                            'WHERE n.network_id = network_members.network_id))')
    ) AS rules (table_name, predicate) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', rule.table_name);
        EXECUTE format('CREATE POLICY everyone_reads ON %I FOR SELECT USING (true)',
                       rule.table_name);
        EXECUTE format('CREATE POLICY admin_writes ON %I FOR ALL TO tbpa_admin '
                       'USING (true) WITH CHECK (true)', rule.table_name);
        IF rule.predicate IS NOT NULL THEN
            EXECUTE format('CREATE POLICY editors_write ON %I FOR ALL TO tbpa_editor '
                           'USING (true) WITH CHECK (true)', rule.table_name);
            EXECUTE format('CREATE POLICY editor_of_own_country_insert ON %I AS RESTRICTIVE '
                           'FOR INSERT WITH CHECK (%s)', rule.table_name, rule.predicate);
            EXECUTE format('CREATE POLICY editor_of_own_country_update ON %I AS RESTRICTIVE '
                           'FOR UPDATE USING (%s) WITH CHECK (%s)', rule.table_name,
                           rule.predicate, rule.predicate);
            EXECUTE format('CREATE POLICY editor_of_own_country_delete ON %I AS RESTRICTIVE '
                           'FOR DELETE USING (%s)', rule.table_name, rule.predicate);
        END IF;
    END LOOP;
END $$;
