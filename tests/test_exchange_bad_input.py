"""Bad packages, each made here: refused with a message naming where, registry byte-identical.

Those that can be repaired (an invalid but fixable polygon, cp1251 text without .cpg) are
repaired and reported instead.
"""

from __future__ import annotations

import hashlib
import io
import zipfile

import fiona
import pytest

from plugin.exchange.package_import import (
    ImportOptions,
    PackageRefusedError,
    import_partner_package,
)
from plugin.exchange.package_reader import PackageError, ReadLimits
from plugin.registry.model import ProtectedArea
from plugin.registry.store import open_registry

SCHEMA = {"geometry": "Polygon", "properties": {
    "pa_id": "str:254", "name_en": "str:254", "name_ru": "str:254", "iso3": "str:254",
    "status": "str:254", "target_sp": "str:254"}}
WGS84_WKT = ('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,'
             '298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')


def box(lon, lat, size=0.2):
    return {"type": "Polygon", "coordinates": [[(lon, lat), (lon + size, lat),
                                                (lon + size, lat + size), (lon, lat + size),
                                                (lon, lat)]]}


def pa(pa_id, lon=69.0, lat=41.5, **properties):
    values = {"pa_id": pa_id, "name_en": f"{pa_id} reserve", "name_ru": "Заповедник Чаткал",
              "iso3": "UZB", "status": "created", "target_sp": "argali", **properties}
    geometry = properties.pop("geometry", box(lon, lat))
    values.pop("geometry", None)
    return {"type": "Feature", "properties": values, "geometry": geometry}


def write_shapefile(folder, features, name="uzb_reserves", encoding="utf-8", prj=True,
                    cpg=True):
    """A partner's plain shapefile (our field names), as GDAL writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.shp"
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=SCHEMA, encoding=encoding,
                    crs_wkt=WGS84_WKT) as sink:
        sink.writerecords(features)
    if not prj:
        path.with_suffix(".prj").unlink()
    if not cpg:
        path.with_suffix(".cpg").unlink(missing_ok=True)
    return path


def zip_of(path, entries):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def file_hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def registry(demo_registry):
    """The demo registry, with its hash to compare after a refusal."""
    return demo_registry


def refused(registry, package, match, **options):
    before = file_hash(registry)
    with open_registry(registry) as store, pytest.raises(PackageError) as caught:
        import_partner_package(store, package, ImportOptions(**options))
    assert file_hash(registry) == before
    message = str(caught.value)
    for part in ([match] if isinstance(match, str) else match):
        assert part in message, message
    return message


def merged(registry, package, **options):
    with open_registry(registry) as store:
        return import_partner_package(store, package, ImportOptions(**options))


# ----- the zip itself ----------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ["/tmp/evil.txt", "../evil.txt", "data/../../evil.txt",
                                   "C:/evil.txt"])
def test_zip_entry_outside_the_package_is_refused(registry, tmp_path, entry):
    package = zip_of(tmp_path / "sent.zip", {"readme.txt": b"hi", entry: b"owned"})
    refused(registry, package, ["sent.zip", entry, "absolute path or '..'"])
    assert not (tmp_path / "evil.txt").exists()


def test_zip_bomb_is_refused(registry, tmp_path):
    package = zip_of(tmp_path / "bomb.zip", {"protected_areas.dbf": b"\0" * (50 << 20)})
    refused(registry, package, ["bomb.zip", "protected_areas.dbf", "zip bomb"])


def test_file_over_the_size_limit_is_refused(registry, tmp_path):
    shp = write_shapefile(tmp_path / "src", [pa("UZB-A")])
    package = zip_of(tmp_path / "big.zip", {p.name: p.read_bytes() for p in shp.parent.iterdir()})
    refused(registry, package, ["big.zip", "over the limit"],
            limits=ReadLimits(max_file_bytes=200))


def test_empty_zip_is_refused(registry, tmp_path):
    package = zip_of(tmp_path / "empty.zip", {})
    refused(registry, package, ["empty.zip", "empty"])


def test_file_that_is_not_a_zip_is_refused(registry, tmp_path):
    package = tmp_path / "sent.zip"
    package.write_bytes(b"PK\x03\x04 but not really a zip")
    refused(registry, package, ["sent.zip", "not a readable zip"])


def test_package_changed_after_export_fails_its_checksum(registry, tmp_path):
    shp = write_shapefile(tmp_path / "src", [pa("UZB-A")])
    entries = {p.name: p.read_bytes() for p in shp.parent.iterdir()}
    manifest = '{"files": {"uzb_reserves.dbf": "%s"}}' % ("0" * 64)
    package = zip_of(tmp_path / "sent.zip", {**entries, "manifest.json": manifest})
    refused(registry, package, ["uzb_reserves.dbf", "SHA-256"])


# ----- shapefiles --------------------------------------------------------------------------------


def test_missing_prj_needs_crs(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-A")], prj=False)
    refused(registry, folder, ["uzb_reserves.shp", "no .prj", "--crs"])
    report = merged(registry, folder, crs="EPSG:4326")
    assert [(a.record_id, a.action) for a in report.actions] == [("UZB-NEW-A", "added")]


def test_cp1251_without_cpg_is_detected_and_never_stored_as_mojibake(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-B", name_ru="Заповедник Зааминский")],
                    encoding="cp1251", cpg=False)
    assert "Заповедник".encode("cp1251") in (folder / "uzb_reserves.dbf").read_bytes()
    refused(registry, folder, ["uzb_reserves.dbf", "not UTF-8", "--encoding"],
            encoding="UTF-8")
    merged(registry, folder)
    with open_registry(registry) as store:
        assert store.get(ProtectedArea, "UZB-NEW-B").name_ru == "Заповедник Зааминский"


def test_encoding_option_is_honoured(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-C", name_ru="Нуратинский заповедник")],
                    encoding="cp1251", cpg=False)
    merged(registry, folder, encoding="cp1251")
    with open_registry(registry) as store:
        assert store.get(ProtectedArea, "UZB-NEW-C").name_ru == "Нуратинский заповедник"


def test_cpg_contradicting_the_text_is_refused(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-D")], encoding="utf-8")
    (folder / "uzb_reserves.cpg").write_text("1251")
    refused(registry, folder, ["uzb_reserves.dbf", "uzb_reserves.cpg", "mojibake"])


def test_bow_tie_polygon_is_repaired_and_reported(registry, tmp_path):
    bow_tie = {"type": "Polygon", "coordinates": [[(69.0, 41.5), (69.2, 41.7), (69.2, 41.5),
                                                   (69.0, 41.7), (69.0, 41.5)]]}
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-E", geometry=bow_tie)])
    report = merged(registry, folder)
    repaired = report.of("repaired")
    assert [a.record_id for a in repaired] == ["UZB-NEW-E"]
    assert "uzb_reserves.shp" in repaired[0].detail and "feature 1" in repaired[0].detail
    with open_registry(registry) as store:
        assert store.get(ProtectedArea, "UZB-NEW-E").geometry.isGeosValid()


def test_unrepairable_and_empty_geometries_are_refused(registry, tmp_path):
    flat = {"type": "Polygon", "coordinates": [[(69.0, 41.5), (69.1, 41.5), (69.2, 41.5),
                                                (69.0, 41.5)]]}
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-F", geometry=flat),
                             {**pa("UZB-NEW-G"), "geometry": None}])
    message = refused(registry, folder, ["uzb_reserves.shp", "layer uzb_reserves"])
    assert "feature 1, field geometry" in message and "cannot be repaired" in message
    assert "feature 2, field geometry: the geometry is empty" in message


def test_unknown_status_and_species_are_refused(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-H", status="approved"),
                             pa("UZB-NEW-I", target_sp="argali;unicorn")])
    message = refused(registry, folder, ["uzb_reserves.shp, layer uzb_reserves"])
    assert "feature 1, field status: unknown value 'approved'" in message
    assert "feature 2, field target_sp (target_species)" in message and "unicorn" in message


def test_duplicate_ids_are_refused(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-J"), pa("UZB-NEW-J", lon=70.0)])
    refused(registry, folder, ["feature 2, field pa_id", "'UZB-NEW-J'", "feature 1"])


def test_truncated_shapefile_is_refused(registry, tmp_path):
    folder = tmp_path / "sent"
    shp = write_shapefile(folder, [pa("UZB-NEW-K"), pa("UZB-NEW-L", lon=70.0)])
    shp.write_bytes(shp.read_bytes()[:150])
    refused(registry, folder, ["uzb_reserves.shp", "truncated"])


def test_file_that_is_not_a_shapefile_is_refused(registry, tmp_path):
    folder = tmp_path / "sent"
    shp = write_shapefile(folder, [pa("UZB-NEW-M")])
    shp.write_text("name,lon,lat\nreserve,69,41\n")
    refused(registry, folder, ["uzb_reserves.shp", "not a shapefile"])


def test_missing_dbf_is_refused(registry, tmp_path):
    folder = tmp_path / "sent"
    shp = write_shapefile(folder, [pa("UZB-NEW-N")])
    shp.with_suffix(".dbf").unlink()
    refused(registry, folder, ["uzb_reserves.shp", ".dbf file is missing"])


def test_one_bad_feature_refuses_the_whole_package(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-O"), pa("UZB-NEW-P", iso3="XXX")])
    refused(registry, folder, ["feature 2, field iso3", "XXX"])
    with open_registry(registry) as store:
        assert store.get(ProtectedArea, "UZB-NEW-O") is None


def test_bad_release_row_names_file_line_and_field(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-Q")])
    (folder / "releases.csv").write_text(
        "site_id,release_date,animals,origin\nRS-ALIBI-PH,2024-13,7,Prague\n", encoding="utf-8")
    refused(registry, folder, ["releases.csv, line 2, field release_date", "2024-13"])


def test_refusal_message_is_readable_as_one_text(registry, tmp_path):
    folder = tmp_path / "sent"
    write_shapefile(folder, [pa(f"UZB-X{i}", status="bogus") for i in range(30)])
    with open_registry(registry) as store, pytest.raises(PackageRefusedError) as caught:
        import_partner_package(store, folder)
    assert len(caught.value.problems) == 30
    assert "and 10 more" in str(caught.value)
    assert io.StringIO(str(caught.value)).readline().startswith("sent: refused, 30 problem(s)")


def test_cancelled_import_writes_nothing(registry, tmp_path):
    from qgis.core import QgsFeedback

    from plugin.exchange.partner_package import ExchangeCancelledError

    folder = tmp_path / "sent"
    write_shapefile(folder, [pa("UZB-NEW-R")])
    feedback = QgsFeedback()
    feedback.cancel()
    before = file_hash(registry)
    with open_registry(registry) as store, pytest.raises(ExchangeCancelledError):
        import_partner_package(store, folder, feedback=feedback)
    assert file_hash(registry) == before


def test_plain_wdpa_shapefile_from_a_partner_is_mapped(registry, tmp_path):
    schema = {"geometry": "Polygon", "properties": {
        "WDPAID": "int:10", "NAME": "str:254", "ORIG_NAME": "str:254", "DESIG_ENG": "str:254",
        "IUCN_CAT": "str:254", "STATUS": "str:254", "STATUS_YR": "int:10", "ISO3": "str:254"}}
    folder = tmp_path / "wdpa"
    folder.mkdir()
    with fiona.open(folder / "WDPA_UZB.shp", "w", driver="ESRI Shapefile", schema=schema,
                    encoding="utf-8", crs_wkt=WGS84_WKT) as sink:
        sink.writerecords([
            {"type": "Feature", "geometry": box(66.5, 39.5), "properties": {
                "WDPAID": 555001, "NAME": "Zarafshan", "ORIG_NAME": "Зарафшанский",
                "DESIG_ENG": "State Nature Reserve", "IUCN_CAT": "Ia", "STATUS": "Designated",
                "STATUS_YR": 1975, "ISO3": "UZB"}},
            {"type": "Feature", "geometry": box(65.5, 39.5), "properties": {
                "WDPAID": 555002, "NAME": "Karnabchul", "ORIG_NAME": "",
                "DESIG_ENG": "Reserve", "IUCN_CAT": "Not Reported", "STATUS": "Proposed",
                "STATUS_YR": 0, "ISO3": "UZB"}}])
    merged(registry, folder)
    with open_registry(registry) as store:
        zarafshan = store.get(ProtectedArea, "UZB-WDPA-555001")
        proposed = store.get(ProtectedArea, "UZB-WDPA-555002")
    assert zarafshan.status.value == "created" and zarafshan.status_year == 1975
    assert zarafshan.name_local == "Зарафшанский" and zarafshan.wdpa_id == 555001
    assert proposed.status.value == "draft" and proposed.status_year is None
