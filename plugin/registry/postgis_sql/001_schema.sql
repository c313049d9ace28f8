-- TBPA Registry on PostGIS, migration 001: the contract's tables with real constraints.
-- Run by the store with search_path set to the registry schema (``tbpa`` by default), so no
-- name here is schema-qualified; functions keep that search_path (SET search_path FROM CURRENT).

CREATE TABLE registry_meta (
    key   text PRIMARY KEY,
    value text
);

CREATE TABLE range_states (
    fid         bigserial PRIMARY KEY,
    iso3        text NOT NULL UNIQUE
                CHECK (iso3 IN ('KAZ','RUS','CHN','KGZ','UZB','TKM','TJK','MNG','AFG','IRN',
                                'IND','PAK')),
    name_en     text NOT NULL CHECK (name_en <> ''),
    name_ru     text,
    geom        geometry(MultiPolygon, 4326) NOT NULL,
    row_version integer NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user
);

CREATE TABLE protected_areas (
    fid            bigserial PRIMARY KEY,
    pa_id          text NOT NULL UNIQUE CHECK (pa_id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
    wdpa_id        bigint,
    name_en        text NOT NULL CHECK (name_en <> ''),
    name_ru        text,
    name_local     text,
    iso3           text NOT NULL
                   CHECK (iso3 IN ('KAZ','RUS','CHN','KGZ','UZB','TKM','TJK','MNG','AFG','IRN',
                                   'IND','PAK')),
    designation    text,
    iucn_cat       text CHECK (iucn_cat IN ('Ia','Ib','II','III','IV','V','VI','Not Reported',
                                            'Not Applicable','Not Assigned')),
    status         text NOT NULL CHECK (status IN ('planned','draft','created')),
    status_year    integer CHECK (status_year BETWEEN 1850 AND 2100),
    area_km2       double precision CHECK (area_km2 >= 0),
    target_species text,
    notes          text,
    geom           geometry(MultiPolygon, 4326) NOT NULL,
    row_version    integer NOT NULL DEFAULT 1,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL DEFAULT session_user
);

CREATE TABLE networks (
    fid            bigserial PRIMARY KEY,
    network_id     text NOT NULL UNIQUE
                   CHECK (network_id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
    name_en        text NOT NULL CHECK (name_en <> ''),
    name_ru        text,
    tbca_type      text NOT NULL CHECK (tbca_type IN ('protected_area','conservation_landscape',
                                                      'migratory_area')),
    status         text NOT NULL CHECK (status IN ('planned','draft','created')),
    status_year    integer CHECK (status_year BETWEEN 1850 AND 2100),
    range_states   text NOT NULL CHECK (range_states ~ '^[A-Z]{3}(;[A-Z]{3})+$'),
    target_species text,
    notes          text,
    row_version    integer NOT NULL DEFAULT 1,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL DEFAULT session_user
);

CREATE TABLE network_members (
    fid        bigserial PRIMARY KEY,
    network_id text NOT NULL REFERENCES networks (network_id) ON DELETE CASCADE,
    pa_id      text NOT NULL REFERENCES protected_areas (pa_id) ON DELETE CASCADE,
    CONSTRAINT network_members_pair UNIQUE (network_id, pa_id)
);

CREATE TABLE reintroduction_sites (
    fid         bigserial PRIMARY KEY,
    site_id     text NOT NULL UNIQUE CHECK (site_id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
    species     text NOT NULL CHECK (species IN ('przewalski_horse','kulan','bukhara_deer',
                                                 'tiger','saiga','snow_leopard',
                                                 'persian_leopard','caracal','goitered_gazelle',
                                                 'argali')),
    name_en     text NOT NULL CHECK (name_en <> ''),
    name_ru     text,
    iso3        text NOT NULL
                CHECK (iso3 IN ('KAZ','RUS','CHN','KGZ','UZB','TKM','TJK','MNG','AFG','IRN',
                                'IND','PAK')),
    pa_id       text REFERENCES protected_areas (pa_id) ON DELETE SET NULL,
    site_status text NOT NULL CHECK (site_status IN ('planned','enclosure','released',
                                                     'established')),
    sensitive   integer NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    geom        geometry(Point, 4326) NOT NULL,
    row_version integer NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user
);

CREATE TABLE releases (
    fid          bigserial PRIMARY KEY,
    site_id      text NOT NULL REFERENCES reintroduction_sites (site_id) ON DELETE CASCADE,
    release_date text NOT NULL CHECK (release_date ~ '^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$'),
    animals      integer NOT NULL CHECK (animals > 0),
    origin       text
);

CREATE TABLE status_history (
    fid        bigserial PRIMARY KEY,
    entity     text NOT NULL CHECK (entity IN ('protected_area', 'network')),
    entity_id  text NOT NULL,
    old_status text,
    new_status text NOT NULL,
    changed_at text NOT NULL,
    changed_by text,
    note       text,
    db_role    text NOT NULL DEFAULT session_user
);

CREATE INDEX range_states_geom ON range_states USING gist (geom);
CREATE INDEX protected_areas_geom ON protected_areas USING gist (geom);
CREATE INDEX protected_areas_iso3 ON protected_areas (iso3);
CREATE INDEX reintroduction_sites_geom ON reintroduction_sites USING gist (geom);
CREATE INDEX network_members_pa ON network_members (pa_id);
CREATE INDEX releases_site ON releases (site_id);
CREATE INDEX status_history_entity ON status_history (entity, entity_id);

-- Who signs a change: the client sets ``tbpa.changed_by`` / ``tbpa.note`` with SET LOCAL (the
-- store does); an edit in QGIS's attribute table is signed with the database role.
CREATE FUNCTION change_author() RETURNS text LANGUAGE sql STABLE
SET search_path FROM CURRENT AS $$
    SELECT coalesce(nullif(current_setting('tbpa.changed_by', true), ''), session_user::text)
$$;

-- Every update bumps row_version: a client writing a stale copy is refused (see the store).
CREATE FUNCTION bump_row_version() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    NEW.updated_at := now();
    NEW.updated_by := change_author();
    RETURN NEW;
END $$;

-- status_history is written here, for every client: nobody changes a status without history.
-- SECURITY DEFINER: editors may not write status_history themselves, only through this.
CREATE FUNCTION log_status_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    entity_name text := TG_ARGV[0];
    entity_key  text;
    old_value   text;
BEGIN
    entity_key := to_jsonb(NEW) ->> TG_ARGV[1];
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status IS NOT DISTINCT FROM NEW.status THEN
            RETURN NULL;
        END IF;
        old_value := OLD.status;
    END IF;
    INSERT INTO status_history (entity, entity_id, old_status, new_status, changed_at,
                                changed_by, note)
    VALUES (entity_name, entity_key, old_value, NEW.status,
            to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            change_author(), coalesce(current_setting('tbpa.note', true), ''));
    RETURN NULL;
END $$;

CREATE TRIGGER range_states_version BEFORE UPDATE ON range_states
    FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER protected_areas_version BEFORE UPDATE ON protected_areas
    FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER networks_version BEFORE UPDATE ON networks
    FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER reintroduction_sites_version BEFORE UPDATE ON reintroduction_sites
    FOR EACH ROW EXECUTE FUNCTION bump_row_version();

CREATE TRIGGER protected_areas_history AFTER INSERT OR UPDATE OF status ON protected_areas
    FOR EACH ROW EXECUTE FUNCTION log_status_change('protected_area', 'pa_id');
CREATE TRIGGER networks_history AFTER INSERT OR UPDATE OF status ON networks
    FOR EACH ROW EXECUTE FUNCTION log_status_change('network', 'network_id');
