-- TBPA Registry on PostGIS, migration 004: area_km2 is computed, never typed, whichever client
-- writes the row (the plugin, QGIS's attribute table, psql): geodesic area on the WGS84
-- spheroid, as pyproj.Geod computes it in the GeoPackage store (both use GeographicLib).

CREATE OR REPLACE FUNCTION set_geodesic_area() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    NEW.area_km2 := round((ST_Area(NEW.geom::geography, true) / 1e6)::numeric, 3);
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS protected_areas_geodesic_area ON protected_areas;
CREATE TRIGGER protected_areas_geodesic_area BEFORE INSERT OR UPDATE ON protected_areas
FOR EACH ROW EXECUTE FUNCTION set_geodesic_area();

UPDATE protected_areas SET area_km2 = round((ST_Area(geom::geography, true) / 1e6)::numeric, 3);
