-- TBPA Registry on PostGIS, migration 007: no state takes over a joint network.
--
-- Row-level security (002) lets an editor of any of a network's range states write the
-- network row and its members. These triggers bound what such an editor may do:
-- * range_states holds distinct codes of the CAMI range-state catalogue (no 'UZB;UZB', no
--   'ZZZ');
-- * an editor may add states and edit the network's own fields, but may not take out a state
--   it does not edit, nor delete a network of another state (tbpa_admin and the owner may);
-- * a member protected area lies in one of the network's states, and only that PA's country
--   (or tbpa_admin, or the owner) adds it to or takes it out of a network;
-- * a state is taken out of a network only once its protected areas are no longer members.

-- May the current role write everything (tbpa_admin, the registry's owner, a superuser)?
CREATE OR REPLACE FUNCTION @SCHEMA@.is_registry_admin() RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(current_user, 'tbpa_admin'::name, 'MEMBER'::text)
        OR pg_catalog.pg_has_role(current_user, c.relowner, 'MEMBER'::text)
    FROM pg_catalog.pg_class c WHERE c.oid = '@SCHEMA@.networks'::regclass
$$;

-- May the current role write rows of this country (its editor, or an admin)?
CREATE OR REPLACE FUNCTION @SCHEMA@.may_write(country text) RETURNS boolean LANGUAGE sql
STABLE SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
    SELECT @SCHEMA@.is_registry_admin() OR @SCHEMA@.may_edit(country)
$$;

CREATE OR REPLACE FUNCTION @SCHEMA@.check_network_states() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
DECLARE
    new_states text[];
    old_states text[];
    state text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        FOREACH state IN ARRAY pg_catalog.string_to_array(OLD.range_states, ';') LOOP
            IF NOT @SCHEMA@.may_write(state) THEN
                RAISE EXCEPTION 'network %: only an editor of each of its range states (or '
                                'tbpa_admin) may delete it; % is not yours', OLD.network_id,
                                state USING ERRCODE = 'insufficient_privilege';
            END IF;
        END LOOP;
        RETURN OLD;
    END IF;
    new_states := pg_catalog.string_to_array(NEW.range_states, ';');
    IF (SELECT pg_catalog.count(DISTINCT s) FROM pg_catalog.unnest(new_states) AS s)
            <> pg_catalog.cardinality(new_states) THEN
        RAISE EXCEPTION 'network %: range_states % names a state twice', NEW.network_id,
                        NEW.range_states USING ERRCODE = 'check_violation';
    END IF;
    FOREACH state IN ARRAY new_states LOOP
        IF state <> ALL (ARRAY['KAZ','RUS','CHN','KGZ','UZB','TKM','TJK','MNG','AFG','IRN',
                               'IND','PAK','BTN','NPL']) THEN
            RAISE EXCEPTION 'network %: % is not a range state of the CAMI catalogue',
                            NEW.network_id, state USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' THEN
        old_states := pg_catalog.string_to_array(OLD.range_states, ';');
        FOREACH state IN ARRAY old_states LOOP
            CONTINUE WHEN state = ANY (new_states);
            IF NOT @SCHEMA@.may_write(state) THEN
                RAISE EXCEPTION 'network %: only an editor of % (or tbpa_admin) may take % out '
                                'of the network''s range states', NEW.network_id, state, state
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM @SCHEMA@.network_members m
                       JOIN @SCHEMA@.protected_areas p ON p.pa_id = m.pa_id
                       WHERE m.network_id = NEW.network_id AND p.iso3 = state) THEN
                RAISE EXCEPTION 'network %: protected areas of % are members; take them out '
                                'before taking % out of the range states', NEW.network_id,
                                state, state USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION @SCHEMA@.check_network_member() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
DECLARE
    country text;
    states text;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        -- A cascade from a deleted PA or network finds no PA here and passes.
        SELECT p.iso3 INTO country FROM @SCHEMA@.protected_areas p WHERE p.pa_id = OLD.pa_id;
        IF country IS NOT NULL AND NOT @SCHEMA@.may_write(country) THEN
            RAISE EXCEPTION 'network %: only an editor of % (or tbpa_admin) may take its '
                            'protected area % out', OLD.network_id, country, OLD.pa_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    END IF;
    SELECT p.iso3 INTO country FROM @SCHEMA@.protected_areas p WHERE p.pa_id = NEW.pa_id;
    SELECT n.range_states INTO states FROM @SCHEMA@.networks n
        WHERE n.network_id = NEW.network_id;
    IF country IS NULL OR states IS NULL THEN
        RETURN NEW;  -- the foreign keys refuse it, with their own message
    END IF;
    IF NOT @SCHEMA@.may_write(country) THEN
        RAISE EXCEPTION 'network %: only an editor of % (or tbpa_admin) may add its protected '
                        'area %', NEW.network_id, country, NEW.pa_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT country = ANY (pg_catalog.string_to_array(states, ';')) THEN
        RAISE EXCEPTION 'network %: protected area % is in %, not in one of the network''s '
                        'range states (%)', NEW.network_id, NEW.pa_id, country, states
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

REVOKE ALL ON FUNCTION @SCHEMA@.is_registry_admin(), @SCHEMA@.may_write(text),
    @SCHEMA@.check_network_states(), @SCHEMA@.check_network_member() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @SCHEMA@.is_registry_admin(), @SCHEMA@.may_write(text)
    TO tbpa_reader;

DROP TRIGGER IF EXISTS networks_states ON @SCHEMA@.networks;
CREATE TRIGGER networks_states BEFORE INSERT OR UPDATE OR DELETE ON @SCHEMA@.networks
    FOR EACH ROW EXECUTE FUNCTION @SCHEMA@.check_network_states();
DROP TRIGGER IF EXISTS network_members_check ON @SCHEMA@.network_members;
CREATE TRIGGER network_members_check BEFORE INSERT OR UPDATE OR DELETE
    ON @SCHEMA@.network_members
    FOR EACH ROW EXECUTE FUNCTION @SCHEMA@.check_network_member();
