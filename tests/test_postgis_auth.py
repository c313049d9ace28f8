"""A PostGIS registry reached with credentials from QGIS's authentication manager."""

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig

from plugin.registry.backend import RegistryError
from plugin.registry.store import create_registry, open_registry

pytestmark = pytest.mark.postgis


@pytest.fixture
def kaz_agency_authcfg(postgis_server, qgis_app) -> str:
    """An authentication configuration for the login ``kaz_agency`` (made by the test)."""
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("tbpa-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("KAZ agency")
    config.setConfig("username", "kaz_agency")
    config.setConfig("password", "not used with trust authentication")
    assert manager.storeAuthenticationConfig(config)
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


def test_authcfg_gives_the_user_of_the_connection(postgis_database, postgis_server,
                                                  kaz_agency_authcfg):
    with create_registry(postgis_database, "Agencies"):
        pass
    postgis_server.psql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                        "'kaz_agency') THEN CREATE ROLE kaz_agency LOGIN "
                        "IN ROLE tbpa_editor_kaz; END IF; END $$")
    location = postgis_database.replace("postgresql://postgres@", "postgresql://", 1)
    with open_registry(f"{location}&authcfg={kaz_agency_authcfg}") as store:
        assert store.query("SELECT current_user")[0][0] == "kaz_agency"
        assert "password" not in store.location
        source, provider = store.layer_source("protected_areas")
        assert provider == "postgres"
        assert f"authcfg={kaz_agency_authcfg}" in source and "password" not in source


def test_unknown_authcfg_is_a_clear_error(postgis_database, qgis_app):
    with pytest.raises(RegistryError, match="no configuration 'nosuch1'"):
        open_registry(f"{postgis_database}&authcfg=nosuch1")
