"""Attacks on a shared registry by its own users, against the real PostgreSQL the tests start.

Each test plays one of a reader, the UZB editor, the KAZ editor or ``tbpa_admin`` with plain SQL
(as psql would) or the command line, on a registry made by the owner (here the superuser, as a
careless DBA would do: the worst case for an escalation).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from urllib.parse import urlsplit

import psycopg2
import pytest

from plugin.registry.model import Network, NetworkMember, ProtectedArea
from plugin.registry.postgis_store import SQL_DIR, migration_files
from plugin.registry.store import RegistryError, create_registry, open_registry
from tests.polygons import box_wkt

pytestmark = pytest.mark.postgis

LOGINS = {"sec_reader": "tbpa_reader", "sec_uzb": "tbpa_editor_uzb",
          "sec_kaz": "tbpa_editor_kaz", "sec_admin": "tbpa_admin"}


def make_pa(pa_id: str, iso3: str, lon: float, lat: float = 42.0,
            status: str = "created") -> ProtectedArea:
    return ProtectedArea.parse(dict(pa_id=pa_id, name_en=pa_id, iso3=iso3, status=status,
                                    geometry=box_wkt(lon, lat)))


def make_network(network_id: str, states: str) -> Network:
    return Network.parse(dict(network_id=network_id, name_en=network_id,
                              tbca_type="protected_area", status="planned",
                              range_states=states))


def as_user(uri: str, user: str) -> str:
    return uri.replace("postgresql://postgres@", f"postgresql://{user}@", 1)


class Registry:
    """A shared registry and its server, with one login per role."""

    def __init__(self, uri: str, server) -> None:
        self.uri = uri
        self.server = server
        self.dbname = urlsplit(uri).path.lstrip("/")

    def psql(self, sql: str) -> str:
        """Run ``sql`` as the superuser in the registry's database."""
        return self.server.psql(sql, dbname=self.dbname)

    @contextmanager
    def sql(self, user: str) -> Iterator:
        """A psycopg2 cursor of ``user`` (autocommit), as psql would give."""
        connection = psycopg2.connect(as_user(self.uri, user))
        connection.autocommit = True
        try:
            yield connection.cursor()
        finally:
            connection.close()

    def history(self) -> list[tuple]:
        return [tuple(line.split("|")) for line in self.psql(
            "SELECT entity_id, old_status, new_status, changed_by FROM tbpa.status_history "
            "ORDER BY fid").splitlines()]

    def is_superuser(self, user: str) -> bool:
        return self.psql(f"SELECT rolsuper FROM pg_roles WHERE rolname = '{user}'").strip() == "t"


@pytest.fixture
def registry(postgis_database, postgis_server, qgis_app) -> Registry:
    """KAZ and UZB protected areas, a KAZ;UZB network with both, and a login per role."""
    with create_registry(postgis_database, "Security") as owner:
        owner.add(make_pa("KAZ-A", "KAZ", 70.0))
        owner.add(make_pa("UZB-A", "UZB", 64.0, status="planned"))
        owner.add(make_network("NET-KU", "KAZ;UZB"))
        owner.add(NetworkMember(network_id="NET-KU", pa_id="KAZ-A"))
        owner.add(NetworkMember(network_id="NET-KU", pa_id="UZB-A"))
    for user, group in LOGINS.items():
        postgis_server.psql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{user}') "
            f"THEN CREATE ROLE {user} LOGIN IN ROLE {group}; END IF; "
            f"ALTER ROLE {user} NOSUPERUSER; END $$")
    return Registry(postgis_database, postgis_server)


def refused(cursor, sql: str, match: str | None = None) -> str:
    """Run ``sql``, expecting the database to refuse it; return the error text."""
    with pytest.raises(psycopg2.Error, match=match) as caught:
        cursor.execute(sql)
    return str(caught.value)


# ----- 1. the history function: temp tables, attached triggers ---------------------------------

TEMP_HISTORY = ("CREATE TEMP TABLE status_history (entity text, entity_id text, "
                "old_status text, new_status text, changed_at text, changed_by text, note text, "
                "db_role text)")


def test_temp_table_does_not_swallow_the_history(registry):
    with registry.sql("sec_uzb") as uzb:
        uzb.execute(TEMP_HISTORY)
        uzb.execute("UPDATE tbpa.protected_areas SET status = 'draft' WHERE pa_id = 'UZB-A'")
        uzb.execute("SELECT count(*) FROM pg_temp.status_history")
        assert uzb.fetchone()[0] == 0
    assert ("UZB-A", "planned", "draft", "sec_uzb") in registry.history()


def test_temp_table_trigger_does_not_run_as_the_owner(registry):
    with registry.sql("sec_uzb") as uzb:
        uzb.execute(TEMP_HISTORY)
        uzb.execute("CREATE FUNCTION pg_temp.escalate() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN EXECUTE 'ALTER ROLE sec_uzb SUPERUSER'; RETURN NULL; END $$")
        uzb.execute("CREATE TRIGGER escalate AFTER INSERT ON pg_temp.status_history "
                    "FOR EACH ROW EXECUTE FUNCTION pg_temp.escalate()")
        with suppress(psycopg2.Error):  # a refusal is fine too; the role is what counts
            uzb.execute("UPDATE tbpa.protected_areas SET status = 'draft' "
                        "WHERE pa_id = 'UZB-A'")
    assert not registry.is_superuser("sec_uzb")


def test_history_function_cannot_be_attached_to_another_table(registry):
    with registry.sql("sec_reader") as reader:
        reader.execute("CREATE TEMP TABLE forged (pa_id text, status text)")
        refused(reader, "CREATE TRIGGER forge AFTER INSERT ON pg_temp.forged FOR EACH ROW "
                        "EXECUTE FUNCTION tbpa.log_status_change('protected_area', 'pa_id')",
                "permission denied for function tbpa.log_status_change")
    # Even the owner attaching it by mistake does not write the registry's history.
    registry.psql("CREATE TABLE public.other (pa_id text, status text); "
                  "CREATE TRIGGER forge AFTER INSERT ON public.other FOR EACH ROW "
                  "EXECUTE FUNCTION tbpa.log_status_change('protected_area', 'pa_id')")
    with pytest.raises(RuntimeError, match="own tables only"):
        registry.psql("INSERT INTO public.other VALUES ('KAZ-A', 'abolished')")
    assert not [row for row in registry.history() if row[2] == "abolished"]


def test_history_accepts_only_the_contract_statuses(registry):
    with pytest.raises(RuntimeError, match="status_history_new_status_check"):
        registry.psql("INSERT INTO tbpa.status_history (entity, entity_id, new_status, "
                      "changed_at) VALUES ('protected_area', 'KAZ-A', 'abolished', 'now')")


def test_an_existing_registry_is_fixed_when_its_owner_opens_it(registry):
    # Put back what migrations 001-005 left: the path without pg_temp, EXECUTE for PUBLIC,
    # ALL for the admin, no status CHECKs.
    schema_sql = (SQL_DIR / "001_schema.sql").read_text(encoding="utf-8")
    old_function = schema_sql[schema_sql.index("CREATE FUNCTION log_status_change"):
                              schema_sql.index("CREATE TRIGGER range_states_version")]
    registry.psql(
        "SET search_path TO tbpa, public; "
        + old_function.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
        + "DELETE FROM tbpa.schema_migrations WHERE version >= 6; "
        "ALTER TABLE tbpa.status_history DROP CONSTRAINT status_history_new_status_check, "
        "DROP CONSTRAINT status_history_old_status_check; "
        "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA tbpa TO PUBLIC; "
        "GRANT ALL ON ALL TABLES IN SCHEMA tbpa TO tbpa_admin")
    with registry.sql("sec_uzb") as uzb:
        uzb.execute(TEMP_HISTORY)
        uzb.execute("UPDATE tbpa.protected_areas SET status = 'draft' WHERE pa_id = 'UZB-A'")
    assert ("UZB-A", "planned", "draft", "sec_uzb") not in registry.history()  # the hole
    with pytest.raises(RegistryError, match="only its owner may run"):
        open_registry(as_user(registry.uri, "sec_admin"))
    with open_registry(registry.uri):
        pass
    with registry.sql("sec_uzb") as uzb:
        uzb.execute(TEMP_HISTORY)
        uzb.execute("UPDATE tbpa.protected_areas SET status = 'created' WHERE pa_id = 'UZB-A'")
        refused(uzb, "TRUNCATE tbpa.status_history", "permission denied")
    assert ("UZB-A", "draft", "created", "sec_uzb") in registry.history()


# ----- 2. tbpa_admin and a writable public schema ----------------------------------------------

def test_admin_cannot_truncate_nor_add_triggers(registry):
    with registry.sql("sec_admin") as admin:
        for table in ("status_history", "protected_areas", "networks"):
            refused(admin, f"TRUNCATE tbpa.{table}", "permission denied")
        admin.execute("CREATE FUNCTION pg_temp.escalate() RETURNS trigger LANGUAGE plpgsql "
                      "AS $$ BEGIN EXECUTE 'ALTER ROLE sec_admin SUPERUSER'; RETURN NEW; END $$")
        refused(admin, "CREATE TRIGGER escalate BEFORE UPDATE ON tbpa.protected_areas "
                       "FOR EACH ROW EXECUTE FUNCTION pg_temp.escalate()", "permission denied")
        admin.execute("SELECT bool_or(has_table_privilege(c.oid, p)) FROM pg_class c, "
                      "unnest(ARRAY['TRUNCATE', 'TRIGGER', 'REFERENCES']) AS p "
                      "WHERE c.relnamespace = 'tbpa'::regnamespace AND c.relkind = 'r'")
        assert admin.fetchone()[0] is False
    registry.psql("UPDATE tbpa.protected_areas SET notes = 'owner edit'")
    assert not registry.is_superuser("sec_admin")
    assert len(registry.history()) == 3


def test_admin_cannot_lock_clients_out_through_the_schema_version(registry):
    with registry.sql("sec_admin") as admin:
        refused(admin, "UPDATE tbpa.schema_migrations SET version = version + 100",
                "permission denied")
        refused(admin, "DELETE FROM tbpa.schema_migrations", "permission denied")
        admin.execute("UPDATE tbpa.registry_meta SET value = '99' WHERE key = 'schema_version'")
        assert admin.rowcount == 0
        admin.execute("UPDATE tbpa.registry_meta SET value = 'Renamed' WHERE key = 'title'")
        assert admin.rowcount == 1
    with open_registry(registry.uri) as store:
        assert store.schema_version() == 1 and store.title == "Renamed"


def test_overloads_in_a_writable_public_schema_grant_nothing(registry):
    registry.psql("GRANT CREATE ON SCHEMA public TO PUBLIC")
    with registry.sql("sec_uzb") as uzb:
        uzb.execute("CREATE FUNCTION public.pg_has_role(name, text, text) RETURNS boolean "
                    "LANGUAGE sql AS 'SELECT true'")
        uzb.execute("CREATE FUNCTION public.to_jsonb(tbpa.protected_areas) RETURNS jsonb "
                    "LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'ALTER ROLE sec_uzb SUPERUSER'; "
                    "RETURN '{}'; END $$")
        uzb.execute("SET search_path TO public, tbpa")
        uzb.execute("UPDATE tbpa.protected_areas SET notes = 'taken' WHERE pa_id = 'KAZ-A'")
        assert uzb.rowcount == 0
        uzb.execute("UPDATE tbpa.protected_areas SET status = 'draft' WHERE pa_id = 'UZB-A'")
    assert not registry.is_superuser("sec_uzb")
    assert ("UZB-A", "planned", "draft", "sec_uzb") in registry.history()


def test_create_refuses_a_database_where_everyone_may_create(postgis_database, postgis_server,
                                                             qgis_app):
    dbname = urlsplit(postgis_database).path.lstrip("/")
    postgis_server.psql("GRANT CREATE ON SCHEMA public TO PUBLIC", dbname=dbname)
    with pytest.raises(RegistryError, match=r"REVOKE CREATE ON SCHEMA public FROM PUBLIC"):
        create_registry(postgis_database, "Refused")
    assert not postgis_server.psql("SELECT 1 FROM pg_namespace WHERE nspname = 'tbpa'",
                                   dbname=dbname).strip()


# ----- 3. passwords: parsed once, never stored nor printed -------------------------------------

@pytest.mark.parametrize(("location", "secret", "shown"), [
    ("host=db user=kaz password = 'my secret' dbname=tbpa", "secret",
     "host=db user=kaz dbname=tbpa"),
    ("host=db password=x\\ y dbname=tbpa schema=field", "x", "host=db dbname=tbpa schema=field"),
    ("postgresql://kaz:p@ss@db:5433/tbpa?schema=field", "ss",
     "postgresql://kaz@db:5433/tbpa?schema=field"),
    ("postgresql://kaz:p%40ss%20word@db/tbpa?password=other", "ss",
     "postgresql://kaz@db/tbpa"),
])
def test_connections_are_parsed_and_redacted_like_libpq(location, secret, shown, qgis_app):
    from plugin.registry.backend import redact_location
    from plugin.registry.connection import PgConnection

    connection = PgConnection.parse(location)
    assert connection.has_password
    assert connection.display == shown == redact_location(location) == str(connection)
    assert secret not in repr(connection)
    assert connection.libpq_dsn().count("password=") >= 1
    assert PgConnection.parse(connection.libpq_dsn()).password == connection.password


def test_a_password_with_spaces_and_quotes_reaches_libpq(qgis_app):
    from plugin.registry.connection import PgConnection

    parsed = PgConnection.parse("postgresql://kaz:it%27s%20a%5Csecret@db/tbpa?schema=field")
    assert parsed.password == "it's a\\secret" and parsed.schema == "field"
    again = PgConnection.parse(parsed.libpq_dsn())
    assert again.password == parsed.password and again.get("dbname") == "tbpa"
    assert "schema" not in parsed.libpq_dsn()


def with_password(uri: str, password: str) -> str:
    return uri.replace("postgresql://postgres@", f"postgresql://postgres:{password}@", 1)


def test_command_line_never_prints_a_password(postgis_database, postgis_server, qgis_app):
    from tests.conftest import run_cli

    uri = with_password(postgis_database, "s3cr%40t-pw")
    for result in (run_cli("new", uri, "--title", "Secret"), run_cli("validate", uri),
                   run_cli("summary", uri)):
        assert result.returncode == 0, result.stderr
        output = result.stdout + result.stderr
        assert "s3cr" not in output and "t-pw" not in output
    folder, port = postgis_server.folder, postgis_server.port
    dbname = urlsplit(postgis_database).path.lstrip("/")
    spaced = f"host={folder} port={port} dbname={dbname} user=postgres password = 'my secret'"
    validate = run_cli("validate", spaced)
    assert validate.returncode == 0, validate.stderr
    assert "secret" not in validate.stdout + validate.stderr
    assert "valid registry" in validate.stdout
    # libpq echoes a malformed percent-encoding; the plugin must not.
    for command in (("validate",), ("summary",), ("new", "--title", "X")):
        result = run_cli(command[0], with_password(postgis_database, "se%zzcret"),
                         *command[1:])
        output = result.stdout + result.stderr
        assert result.returncode == 1
        assert "percent-encoded" in output and "cret" not in output


def test_open_postgis_registry_keeps_no_password(qgis_iface, qgis_new_project, postgis_database,
                                                 monkeypatch):
    from qgis.core import Qgis, QgsSettings
    from qgis.PyQt.QtWidgets import QInputDialog

    from plugin.gui.main import LAST_POSTGIS_KEY, TbpaRegistryPlugin

    create_registry(postgis_database, "Shared").close()
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *args, **kwargs: (with_password(postgis_database, "pa55"), True))
    qgis_iface.messageBar().clear_messages()
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.text() == "Open PostGIS registry…")
        action.trigger()
        assert QgsSettings().value(LAST_POSTGIS_KEY) == postgis_database
        errors = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
        assert any("authcfg=ID" in text for text in errors), errors
        assert not any("pa55" in text for text in errors)
    finally:
        plugin.unload()


# ----- 4. joint networks ----------------------------------------------------------------------

def test_one_state_cannot_take_over_a_joint_network(registry):
    with open_registry(registry.uri) as owner:
        owner.add(make_pa("KAZ-B", "KAZ", 72.0))
        owner.add(make_network("NET-KUK", "KAZ;UZB;KGZ"))
        owner.add(NetworkMember(network_id="NET-KUK", pa_id="KAZ-A"))
    with registry.sql("sec_uzb") as uzb:
        for states in ("UZB;UZB", "UZB;TJK", "UZB"):
            refused(uzb, f"UPDATE tbpa.networks SET range_states = '{states}' "
                         "WHERE network_id = 'NET-KU'")
        refused(uzb, "UPDATE tbpa.networks SET range_states = 'KAZ;UZB;ZZZ' "
                     "WHERE network_id = 'NET-KU'", "not a range state of the CAMI catalogue")
        refused(uzb, "INSERT INTO tbpa.networks (network_id, name_en, tbca_type, status, "
                     "range_states) VALUES ('NET-UZ', 'Fake', 'protected_area', 'planned', "
                     "'UZB;ZZZ')", "ZZZ is not a range state")
        refused(uzb, "DELETE FROM tbpa.network_members WHERE pa_id = 'KAZ-A'",
                "only an editor of KAZ")
        refused(uzb, "INSERT INTO tbpa.network_members (network_id, pa_id) "
                     "VALUES ('NET-KU', 'KAZ-B')", "only an editor of KAZ")
        refused(uzb, "DELETE FROM tbpa.networks WHERE network_id = 'NET-KU'",
                "KAZ is not yours")
        # What a member state may do: its own members, the network's fields, add a state.
        uzb.execute("UPDATE tbpa.networks SET notes = 'joint patrols', "
                    "range_states = 'KAZ;UZB;TJK' WHERE network_id = 'NET-KU'")
        assert uzb.rowcount == 1
        uzb.execute("DELETE FROM tbpa.network_members WHERE network_id = 'NET-KU' "
                    "AND pa_id = 'UZB-A'")
        assert uzb.rowcount == 1
    with registry.sql("sec_kaz") as kaz:
        refused(kaz, "INSERT INTO tbpa.network_members (network_id, pa_id) "
                     "VALUES ('NET-KU', 'UZB-A')", "only an editor of UZB")
        kaz.execute("INSERT INTO tbpa.network_members (network_id, pa_id) "
                    "VALUES ('NET-KU', 'KAZ-B')")
        refused(kaz, "UPDATE tbpa.networks SET range_states = 'UZB;TJK' "
                     "WHERE network_id = 'NET-KU'", "protected areas of KAZ are members")
    with registry.sql("sec_admin") as admin:
        admin.execute("DELETE FROM tbpa.networks WHERE network_id = 'NET-KUK'")
        assert admin.rowcount == 1
    members = registry.psql("SELECT pa_id FROM tbpa.network_members WHERE network_id = "
                            "'NET-KU' ORDER BY 1").split()
    assert members == ["KAZ-A", "KAZ-B"]


def test_a_member_lies_in_one_of_the_network_states(registry):
    with open_registry(registry.uri) as owner:
        owner.add(make_pa("TJK-A", "TJK", 69.0, 38.0))
        with pytest.raises(RegistryError, match="TJK-A is in TJK, not in one of the network"):
            owner.add(NetworkMember(network_id="NET-KU", pa_id="TJK-A"))


def test_a_state_may_join_a_network_and_nothing_more(registry):
    registry.psql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sec_tjk') "
                  "THEN CREATE ROLE sec_tjk LOGIN IN ROLE tbpa_editor_tjk; END IF; END $$")
    with registry.sql("sec_tjk") as tjk:
        tjk.execute("UPDATE tbpa.networks SET range_states = 'KAZ;UZB;TJK' "
                    "WHERE network_id = 'NET-KU'")
        assert tjk.rowcount == 0  # not a member yet: row-level security hides the row
        refused(tjk, "SELECT tbpa.join_network('NET-KU', 'KAZ')", "only an editor of KAZ")
        tjk.execute("SELECT tbpa.join_network('NET-KU', 'TJK')")
        assert tjk.fetchone()[0] == "KAZ;UZB;TJK"
        refused(tjk, "UPDATE tbpa.networks SET range_states = 'UZB;TJK' "
                     "WHERE network_id = 'NET-KU'", "only an editor of KAZ")
    with registry.sql("sec_reader") as reader:
        refused(reader, "SELECT tbpa.join_network('NET-KU', 'TJK')", "permission denied")
    assert registry.psql("SELECT updated_by FROM tbpa.networks WHERE network_id = 'NET-KU'"
                         ).strip() == "sec_tjk"


# ----- 5. sensitive reintroduction sites -------------------------------------------------------

def add_sites(registry: Registry) -> None:
    for site_id, species, sensitive, lon in (("KAZ-TIGER", "tiger", 1, 70.1234),
                                             ("KAZ-KULAN", "kulan", 0, 70.05)):
        registry.psql("INSERT INTO tbpa.reintroduction_sites (site_id, species, name_en, iso3, "
                      f"site_status, sensitive, geom) VALUES ('{site_id}', '{species}', "
                      f"'{site_id}', 'KAZ', 'released', {sensitive}, "
                      f"ST_SetSRID(ST_MakePoint({lon}, 42.0567), 4326))")


def site_points(location: str) -> dict[str, tuple[float, float]]:
    with open_registry(location) as store:
        return {site.site_id: (round(site.geometry.asPoint().x(), 6),
                               round(site.geometry.asPoint().y(), 6)) for site in store.sites()}


def test_partners_read_sensitive_sites_generalised(registry):
    from qgis.core import QgsVectorLayer

    from plugin.exchange.generalise import generalised_point
    from plugin.registry.summary import summarise

    add_sites(registry)
    exact = {"KAZ-TIGER": (70.1234, 42.0567), "KAZ-KULAN": (70.05, 42.0567)}
    for user in ("sec_kaz", "sec_admin"):
        assert site_points(as_user(registry.uri, user)) == exact
    assert site_points(registry.uri) == exact  # the owner
    generalised = {"KAZ-TIGER": generalised_point(70.1234, 42.0567),
                   "KAZ-KULAN": (70.05, 42.0567)}
    assert generalised["KAZ-TIGER"] != exact["KAZ-TIGER"]
    for user in ("sec_uzb", "sec_reader"):
        assert site_points(as_user(registry.uri, user)) == generalised
        with registry.sql(user) as partner:
            partner.execute("SELECT site_id FROM tbpa.reintroduction_sites ORDER BY 1")
            assert [row[0] for row in partner.fetchall()] == ["KAZ-KULAN"]
            refused(partner, "UPDATE tbpa.reintroduction_sites_shared SET name_en = 'x'",
                    "permission denied")
        with open_registry(as_user(registry.uri, user)) as store:
            assert summarise(store).sites == 2
            source, provider = store.layer_source("reintroduction_sites")
        layer = QgsVectorLayer(source, "sites", provider)
        assert layer.isValid(), layer.error().summary()
        points = {f["site_id"]: (round(f.geometry().asPoint().x(), 6),
                                 round(f.geometry().asPoint().y(), 6))
                  for f in layer.getFeatures()}
        assert points == generalised


def test_copy_says_what_partners_will_see(demo_registry, postgis_database):
    from tests.conftest import run_cli

    with open_registry(demo_registry) as demo:
        sensitive = sum(1 for site in demo.sites() if site.sensitive)
    assert sensitive
    result = run_cli("copy", str(demo_registry), postgis_database)
    assert result.returncode == 0, result.stderr
    assert (f"{sensitive} sensitive reintroduction site(s): partners (tbpa_reader, editors of "
            "other range states) read them moved to the centre of a ~10 km grid cell"
            in result.stdout)


# ----- 6. row versions and signatures ---------------------------------------------------------

def test_an_insert_cannot_forge_its_version_time_or_author(registry):
    with registry.sql("sec_kaz") as kaz:
        kaz.execute("INSERT INTO tbpa.protected_areas (pa_id, name_en, iso3, status, geom, "
                    "row_version, updated_by, updated_at) VALUES ('KAZ-F', 'F', 'KAZ', "
                    "'planned', ST_Multi(ST_GeomFromText('"
                    + box_wkt(75.0, 45.0) + "', 4326)), 99, 'sec_uzb', '2001-01-01')")
        kaz.execute("SELECT row_version, updated_by, updated_at > now() - interval '1 hour' "
                    "FROM tbpa.protected_areas WHERE pa_id = 'KAZ-F'")
        assert kaz.fetchone() == (1, "sec_kaz", True)


def test_stale_writes_are_refused_by_the_database(registry):
    from plugin.registry.postgis_store import StaleRecordError

    kaz_uri = as_user(registry.uri, "sec_kaz")
    with open_registry(kaz_uri) as alice:
        copy = alice.get(ProtectedArea, "KAZ-A")
        version = alice.query("SELECT row_version FROM protected_areas "
                              "WHERE pa_id = 'KAZ-A'")[0][0]
    with registry.sql("sec_kaz") as bob:
        bob.execute("UPDATE tbpa.protected_areas SET notes = 'Bob' WHERE pa_id = 'KAZ-A'")
        # A plain SQL write of the version read before Bob's change is refused.
        refused(bob, "UPDATE tbpa.protected_areas SET notes = 'stale', "
                     f"row_version = {version} WHERE pa_id = 'KAZ-A'",
                r"was changed by sec_kaz at .* since you read it \(version 1, now 2\)")
    # A new store object given the stale copy cannot tell it is stale: refused too.
    with open_registry(kaz_uri) as fresh, pytest.raises(StaleRecordError,
                                                         match="read it from the registry"):
        fresh.update(copy.model_copy(update={"notes": "overwritten"}))
    with open_registry(kaz_uri) as fresh:
        with pytest.raises(StaleRecordError, match="version 1, now 2"):
            fresh.update(copy.model_copy(update={"notes": "overwritten"}),
                         expected_version=version)
        assert fresh.get(ProtectedArea, "KAZ-A").notes == "Bob"


def test_history_shows_the_database_role_beside_the_name_given(registry):
    with open_registry(as_user(registry.uri, "sec_uzb")) as uzb:
        uzb.set_status("protected_area", "UZB-A", "draft", changed_by="Minister himself")
        change = uzb.history("protected_area", "UZB-A")[-1]
    assert (change.changed_by, change.db_role) == ("Minister himself", "sec_uzb")


def test_records_stay_in_their_own_country(registry):
    registry.psql(
        "INSERT INTO tbpa.range_states (iso3, name_en, geom) VALUES "
        f"('KAZ', 'Kazakhstan', ST_Multi(ST_GeomFromText('{box_wkt(66.0, 40.5, 14.0)}', 4326))), "
        f"('UZB', 'Uzbekistan', ST_Multi(ST_GeomFromText('{box_wkt(56.0, 37.0, 9.9)}', 4326)))")
    with open_registry(as_user(registry.uri, "sec_uzb")) as uzb:
        with pytest.raises(RegistryError, match="lies outside UZB, its own country"):
            uzb.add(make_pa("UZB-IN-KAZ", "UZB", 72.0, 45.0))
        uzb.add(make_pa("UZB-NEAR", "UZB", 65.95, 41.0))  # 0.05 degree over the border: kept
        own = uzb.get(ProtectedArea, "UZB-A")
        with pytest.raises(RegistryError, match="lies outside UZB"):
            uzb.update(own.model_copy(update={"geometry": make_pa("X", "UZB", 75.0).geometry}))
    with registry.sql("sec_uzb") as uzb:
        refused(uzb, "INSERT INTO tbpa.reintroduction_sites (site_id, species, name_en, iso3, "
                     "pa_id, site_status, geom) VALUES ('UZB-S', 'kulan', 'S', 'UZB', 'KAZ-A', "
                     "'planned', ST_SetSRID(ST_MakePoint(64.1, 42.1), 4326))",
                "its protected area KAZ-A is in KAZ, not in UZB")


def test_an_insert_cannot_take_a_future_fid(registry):
    with registry.sql("sec_kaz") as kaz:
        kaz.execute("INSERT INTO tbpa.protected_areas (fid, pa_id, name_en, iso3, status, geom) "
                    "VALUES (1000000, 'KAZ-F', 'F', 'KAZ', 'planned', ST_Multi(ST_GeomFromText('"
                    + box_wkt(75.0, 45.0) + "', 4326))) RETURNING fid")
        assert kaz.fetchone()[0] < 1000000
    with open_registry(registry.uri) as owner:
        owner.add(make_pa("KAZ-G", "KAZ", 76.0))  # the sequence still hands out free keys


# ----- 7. four owners opening an outdated registry at once -------------------------------------

def open_after(location: str, barrier) -> str:
    """Wait for the others at ``barrier``, open the registry; return the error or ''."""
    from plugin.qgis_runtime import ensure_qgis_app

    ensure_qgis_app()
    barrier.wait(timeout=60)
    try:
        open_registry(location).close()
    except RegistryError as error:
        return str(error)
    return ""


def test_four_owners_open_an_outdated_registry_at_once(registry):
    import multiprocessing

    registry.psql(
        "DROP FUNCTION tbpa.is_registry_admin(), tbpa.may_write(text), tbpa.may_read_exact(text), "
        "tbpa.generalised_point(geometry, double precision), tbpa.check_network_states(), "
        "tbpa.check_network_member() CASCADE; "
        "DELETE FROM tbpa.schema_migrations WHERE version >= 7")
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(4)
        with context.Pool(4) as pool:
            errors = pool.starmap(open_after, [(registry.uri, barrier)] * 4)
    assert errors == [""] * 4
    versions = registry.psql("SELECT version FROM tbpa.schema_migrations ORDER BY 1").split()
    assert versions == [str(number) for number, _ in migration_files()]


def test_a_project_never_keeps_the_password(postgis_database, qgis_app, tmp_path):
    from qgis.core import QgsProject

    from plugin.project.registry_layers import add_registry_to_project

    create_registry(postgis_database, "Shared").close()
    project = QgsProject()
    add_registry_to_project(with_password(postgis_database, "pa55word"), project, "en")
    path = tmp_path / "shared.qgs"
    assert project.write(str(path))
    text = path.read_text(encoding="utf-8")
    assert "pa55word" not in text
    assert postgis_database.replace("&", "&amp;") in text
    project.clear()


def test_a_partner_import_updates_a_shared_registry(demo_registry, postgis_database, tmp_path):
    """The import reads raw rows, then writes: the versions it read are the ones checked."""
    from plugin.exchange.package_import import ImportOptions, import_partner_package
    from plugin.registry.transfer import copy_registry
    from tests.test_exchange_import import _feature, _rewrite_layer, export

    copy_registry(demo_registry, postgis_database)
    package = export(demo_registry, tmp_path, "UZB")
    with open_registry(postgis_database) as store:
        promoted = next(a.pa_id for a in store.protected_areas()
                        if a.iso3 == "UZB" and a.status.value != "created")

    def change(feature):
        if feature.properties["pa_id"] == promoted:
            return _feature(feature, {"status": "created", "status_yr": 2025})
        return _feature(feature)

    folder = _rewrite_layer(package, tmp_path / "sent-back", "protected_areas", change)
    with open_registry(postgis_database) as store:
        report = import_partner_package(store, folder, ImportOptions(sender="UZB",
                                                                     changed_by="analyst"))
        assert {a.record_id for a in report.of("updated")} == {promoted}
        assert store.get(ProtectedArea, promoted).status.value == "created"


# ----- 7. announcements: any login may NOTIFY qgis ---------------------------------------------

def test_the_layer_panel_reloads_only_for_the_registrys_own_announcements(
        qgis_iface, qgis_new_project, registry, monkeypatch):
    from qgis.core import QgsProject
    from qgis.PyQt.QtTest import QTest

    from plugin.project.registry_layers import add_registry_to_project, registry_layer_tree
    from tests.conftest import wait_until

    add_registry_to_project(registry.uri, QgsProject.instance(), "en")
    tree = registry_layer_tree(QgsProject.instance(), registry.uri)
    reloads = []
    monkeypatch.setattr(tree, "refresh", lambda: reloads.append(1))
    with registry.sql("sec_reader") as reader:
        for payload in ("hello", "tbpa:other.networks", "tbpa:tbpa.nothing", "tbpa:"):
            reader.execute(f"NOTIFY qgis, '{payload}'")
        QTest.qWait(2500)
        assert reloads == []
        for _ in range(5):
            reader.execute("NOTIFY qgis, 'tbpa:tbpa.protected_areas'")
    assert wait_until(lambda: reloads)
    QTest.qWait(500)
    assert len(reloads) <= 2  # one a second at most, however many arrive
