-- TBPA Registry on PostGIS, migration 011: a range state joins a network of other states.
--
-- Row-level security lets only an editor of one of a network's states change the network, so
-- a state not yet in it could not add itself. join_network(network_id, iso3) adds ``iso3`` to
-- the network's range_states for a login that is an editor of ``iso3`` (or tbpa_admin), and
-- does nothing else: it cannot take a state out nor touch another field.

CREATE OR REPLACE FUNCTION @SCHEMA@.join_network(network text, country text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
DECLARE
    states text;
    login name := session_user;
BEGIN
    IF NOT (pg_catalog.pg_has_role(login, 'tbpa_admin'::name, 'MEMBER'::text)
            OR (EXISTS (SELECT 1 FROM pg_catalog.pg_roles
                        WHERE rolname = ('tbpa_editor_' || pg_catalog.lower(country))::name)
                AND pg_catalog.pg_has_role(login,
                                           ('tbpa_editor_' || pg_catalog.lower(country))::name,
                                           'MEMBER'::text))) THEN
        RAISE EXCEPTION 'network %: only an editor of % (or tbpa_admin) may add % to its range '
                        'states; you are connected as %', network, country, country, login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT n.range_states INTO states FROM @SCHEMA@.networks n WHERE n.network_id = network
        FOR UPDATE;
    IF states IS NULL THEN
        RAISE EXCEPTION 'no network %', network USING ERRCODE = 'no_data_found';
    END IF;
    IF country = ANY (pg_catalog.string_to_array(states, ';')) THEN
        RETURN states;
    END IF;
    PERFORM pg_catalog.set_config('tbpa.changed_by', coalesce(
        nullif(pg_catalog.current_setting('tbpa.changed_by', true), ''), login::text),
        true);
    UPDATE @SCHEMA@.networks SET range_states = states || ';' || country
        WHERE network_id = network;
    RETURN states || ';' || country;
END $$;

REVOKE ALL ON FUNCTION @SCHEMA@.join_network(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @SCHEMA@.join_network(text, text) TO tbpa_editor;
