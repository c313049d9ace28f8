-- TBPA Registry on PostGIS, migration 003: Bhutan and Nepal, the other two range states of the
-- CMS Central Asian Mammals Initiative, accepted in every iso3 column, with editor roles.

DO $$
DECLARE
    country text;
BEGIN
    FOREACH country IN ARRAY ARRAY['btn', 'npl'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tbpa_editor_' || country) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE tbpa_editor',
                           'tbpa_editor_' || country);
        END IF;
    END LOOP;
END $$;

ALTER TABLE range_states DROP CONSTRAINT range_states_iso3_check,
    ADD CONSTRAINT range_states_iso3_check CHECK (iso3 IN (
        'KAZ','RUS','CHN','KGZ','UZB','TKM','TJK','MNG','AFG','IRN','IND','PAK','BTN','NPL'));
ALTER TABLE protected_areas DROP CONSTRAINT protected_areas_iso3_check,
    ADD CONSTRAINT protected_areas_iso3_check CHECK (iso3 IN (
        'KAZ','RUS','CHN','KGZ','UZB','TKM','TJK','MNG','AFG','IRN','IND','PAK','BTN','NPL'));
ALTER TABLE reintroduction_sites DROP CONSTRAINT reintroduction_sites_iso3_check,
    ADD CONSTRAINT reintroduction_sites_iso3_check CHECK (iso3 IN (
        'KAZ','RUS','CHN','KGZ','UZB','TKM','TJK','MNG','AFG','IRN','IND','PAK','BTN','NPL'));
