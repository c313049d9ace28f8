-- TBPA Registry on PostGIS, migration 008: partners read sensitive sites generalised.
--
-- The exchange never lets a sensitive reintroduction site (tiger, say) leave exact without an
-- explicit choice; a shared registry keeps the same promise. The exact point of a sensitive
-- site is read only by its own country's editors, tbpa_admin and the owner; every other role
-- (tbpa_reader, other countries' editors) sees no such row in reintroduction_sites and reads
-- it in reintroduction_sites_shared moved to the centre of its ~10 km grid cell, the same cell
-- as plugin/exchange/generalise.py (rows of 10 km of latitude, columns of 10 km along each
-- row's middle parallel). The store and QGIS's layers read the view.

CREATE OR REPLACE FUNCTION @SCHEMA@.may_read_exact(country text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
    SELECT @SCHEMA@.may_write(country)
$$;

-- Centre of the ~10 km cell holding a point (EPSG:4326), as generalised_point() in Python.
CREATE OR REPLACE FUNCTION @SCHEMA@.generalised_point(point @POSTGIS@.geometry,
                                                      cell_km double precision DEFAULT 10)
RETURNS @POSTGIS@.geometry LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
DECLARE
    km_per_degree constant double precision := 111.32;
    row_height double precision := cell_km / km_per_degree;
    centre_lat double precision;
    column_width double precision;
    centre_lon double precision;
BEGIN
    centre_lat := -90.0 + (pg_catalog.floor((@POSTGIS@.ST_Y(point) + 90.0) / row_height) + 0.5)
                  * row_height;
    column_width := cell_km / (km_per_degree
                               * greatest(pg_catalog.cos(pg_catalog.radians(
                                   centre_lat)), 0.01));
    centre_lon := -180.0 + (pg_catalog.floor((@POSTGIS@.ST_X(point) + 180.0) / column_width)
                            + 0.5) * column_width;
    RETURN @POSTGIS@.ST_SetSRID(@POSTGIS@.ST_MakePoint(
        pg_catalog.round(centre_lon::numeric, 6)::double precision,
        pg_catalog.round(centre_lat::numeric, 6)::double precision), 4326);
END $$;

REVOKE ALL ON FUNCTION @SCHEMA@.may_read_exact(text),
    @SCHEMA@.generalised_point(@POSTGIS@.geometry, double precision) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @SCHEMA@.may_read_exact(text),
    @SCHEMA@.generalised_point(@POSTGIS@.geometry, double precision) TO tbpa_reader;

DROP POLICY IF EXISTS exact_sensitive_sites ON @SCHEMA@.reintroduction_sites;
CREATE POLICY exact_sensitive_sites ON @SCHEMA@.reintroduction_sites AS RESTRICTIVE
    FOR SELECT USING (sensitive = 0 OR @SCHEMA@.may_read_exact(iso3));

-- Read with the owner's rights (every row), each sensitive point generalised unless the reader
-- may read it exact. Only SELECT is granted: nobody writes through it.
CREATE OR REPLACE VIEW @SCHEMA@.reintroduction_sites_shared WITH (security_barrier) AS
SELECT s.fid, s.site_id, s.species, s.name_en, s.name_ru, s.iso3, s.pa_id, s.site_status,
       s.sensitive,
       CASE WHEN s.sensitive = 1 AND NOT @SCHEMA@.may_read_exact(s.iso3)
            THEN @SCHEMA@.generalised_point(s.geom) ELSE s.geom
       END::@POSTGIS@.geometry(Point, 4326) AS geom,
       s.row_version, s.updated_at, s.updated_by
FROM @SCHEMA@.reintroduction_sites s;

REVOKE ALL ON @SCHEMA@.reintroduction_sites_shared FROM PUBLIC;
GRANT SELECT ON @SCHEMA@.reintroduction_sites_shared TO tbpa_reader;
