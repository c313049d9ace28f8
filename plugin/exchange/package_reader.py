"""Reading what partners send without trusting it: a zip or a folder of shapefiles.

A zip is unpacked into a private temporary folder only after every entry has been checked: no
absolute path, no ``..``, no link, no name given twice, no encryption or compression Python
cannot read, no more than the size limits (declared and actual, so a zip bomb is stopped while
it inflates). Only regular files are read (a FIFO or a link to a device would hang the import).

Each shapefile is checked before GDAL reads it, and every check is bounded by the real size of
the files: the headers must agree with the file lengths (a ``.dbf`` declaring more records than
it holds, or records of width 0, is refused before a single record is read), and the ``.shp``,
``.shx`` and ``.dbf`` must count the same records. The attributes are read from the ``.dbf``
here, not by GDAL, so nothing is guessed: text is decoded explicitly (the ``.cpg`` when there is
one, the caller's ``--encoding`` over everything, otherwise detected between UTF-8 and cp1251);
a last character cut at the 254-byte limit is dropped and reported; a NUL byte inside a text or
a number such as ``12abc`` is refused, naming the feature and the field.

Coordinate reference systems are QGIS objects (``QgsCoordinateReferenceSystem``), created in the
calling thread: pyproj objects are not thread-safe and the import runs in QGIS tasks.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import math
import mmap
import os
import posixpath
import re
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from osgeo import gdal, ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from ..errors import TbpaError
from ..i18n import tr
from .gdal_mode import gdal_without_exceptions


class PackageError(TbpaError, ValueError):
    """The package cannot be read; the message names file, layer, feature and field."""


@dataclass(frozen=True)
class ReadLimits:
    """Limits that stop a hostile or broken zip before it fills the disk."""

    max_total_bytes: int = 1 << 30
    max_file_bytes: int = 512 << 20
    max_entries: int = 2000
    max_ratio: float = 200.0  # uncompressed / compressed size of one entry
    max_manifest_bytes: int = 8 << 20


#: Compression methods the zipfile module reads (others raise NotImplementedError).
_READABLE_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                         zipfile.ZIP_LZMA}


# ----- the package as a folder ---------------------------------------------------------------


def _unsafe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return any(part in ("..", "") for part in parts)


def normalised_name(name: str) -> str:
    """A member name as the file system sees it: ``./x``, ``.//x`` and ``x`` are one file."""
    return posixpath.normpath(name.replace("\\", "/")).lstrip("/")


def _check_entries(archive: zipfile.ZipFile, zip_path: Path, limits: ReadLimits
                   ) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    files = [info for info in infos if not info.is_dir()]
    if not files:
        raise PackageError(tr("{file}: the zip is empty").format(file=zip_path.name))
    if len(infos) > limits.max_entries:
        raise PackageError(tr("{file}: {count} entries, more than the limit of {limit}").format(
            file=zip_path.name, count=len(infos), limit=limits.max_entries))
    total = 0
    seen: dict[str, str] = {}
    for info in infos:
        if _unsafe_name(info.filename):
            raise PackageError(tr("{file}: entry '{entry}' has an absolute path or '..'; the "
                                  "package is refused (nothing was extracted)").format(
                                      file=zip_path.name, entry=info.filename))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageError(tr("{file}: entry '{entry}' is a symbolic link; refused").format(
                file=zip_path.name, entry=info.filename))
        key = normalised_name(info.filename).casefold()
        if key in seen and not info.is_dir():
            raise PackageError(tr("{file}: entries '{first}' and '{second}' are the same file "
                                  "(the package is ambiguous); refused").format(
                                      file=zip_path.name, first=seen[key],
                                      second=info.filename))
        seen[key] = info.filename
        if info.flag_bits & 0x1:
            raise PackageError(tr("{file}: entry '{entry}' is encrypted; send the package "
                                  "without a password").format(file=zip_path.name,
                                                               entry=info.filename))
        if info.compress_type not in _READABLE_COMPRESSION:
            raise PackageError(tr("{file}: entry '{entry}' is compressed with a method this "
                                  "program cannot read (method {method}); zip it again with "
                                  "the usual 'deflate'").format(
                                      file=zip_path.name, entry=info.filename,
                                      method=info.compress_type))
        if info.file_size > limits.max_file_bytes:
            raise PackageError(tr("{file}: entry '{entry}' is {size} bytes, over the limit of "
                                  "{limit}").format(file=zip_path.name, entry=info.filename,
                                                    size=info.file_size,
                                                    limit=limits.max_file_bytes))
        if info.file_size > (1 << 20) and info.file_size > limits.max_ratio * max(
                info.compress_size, 1):
            raise PackageError(tr("{file}: entry '{entry}' inflates {ratio:.0f} times (a zip "
                                  "bomb?); refused").format(
                                      file=zip_path.name, entry=info.filename,
                                      ratio=info.file_size / max(info.compress_size, 1)))
        total += info.file_size
    if total > limits.max_total_bytes:
        raise PackageError(tr("{file}: {size} bytes once unpacked, over the limit of {limit}"
                              ).format(file=zip_path.name, size=total,
                                       limit=limits.max_total_bytes))
    return files


def _extract(zip_path: Path, target: Path, limits: ReadLimits) -> None:
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as error:
        raise PackageError(tr("{file}: not a readable zip ({error})").format(
            file=zip_path.name, error=error)) from None
    root = target.resolve()
    written = 0
    with archive:
        for info in _check_entries(archive, zip_path, limits):
            destination = (target / info.filename.replace("\\", "/")).resolve()
            if root not in destination.parents:
                raise PackageError(tr("{file}: entry '{entry}' points outside the package"
                                      ).format(file=zip_path.name, entry=info.filename))
            destination.parent.mkdir(parents=True, exist_ok=True)
            size = 0
            try:
                with archive.open(info) as source, open(destination, "wb") as sink:
                    for block in iter(lambda s=source: s.read(1 << 16), b""):
                        size += len(block)
                        written += len(block)
                        # Headers can lie: count what really comes out.
                        if size > max(info.file_size, 0) or size > limits.max_file_bytes or \
                                written > limits.max_total_bytes:
                            raise PackageError(tr(
                                "{file}: entry '{entry}' inflates beyond its declared size or "
                                "the limits (a zip bomb?); refused").format(
                                    file=zip_path.name, entry=info.filename))
                        sink.write(block)
            except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError,
                    NotImplementedError) as error:
                raise PackageError(tr("{file}: entry '{entry}' is damaged ({error})").format(
                    file=zip_path.name, entry=info.filename, error=error)) from None


@contextmanager
def opened_package(path: str | os.PathLike, limits: ReadLimits | None = None) -> Iterator[Path]:
    """The package as a folder: a zip unpacked into a temporary folder, or the folder itself."""
    path = Path(path)
    limits = limits or ReadLimits()
    if path.is_dir():
        yield path
        return
    if not path.is_file():
        raise PackageError(tr("{file}: no such file or folder").format(file=path))
    if path.suffix.lower() == ".shp":
        yield path.parent
        return
    with tempfile.TemporaryDirectory(prefix="tbpa-import-") as work:
        _extract(path, Path(work), limits)
        yield Path(work)


def require_regular_file(path: Path, shown: str | None = None) -> int:
    """Size of ``path``; PackageError unless it is a regular file (never a FIFO or a device)."""
    try:
        status = Path(path).stat()  # follows links: a link to a device is refused
    except OSError as error:
        raise PackageError(tr("{file}: cannot be read ({error})").format(
            file=shown or path.name, error=error.strerror or error)) from None
    if not stat.S_ISREG(status.st_mode):
        raise PackageError(tr("{file}: not a regular file (a device, a pipe or a link to one); "
                              "refused").format(file=shown or path.name))
    return status.st_size


def _read_bytes(path: Path, shown: str | None = None) -> bytes:
    size = require_regular_file(path, shown)
    limit = ReadLimits().max_file_bytes  # a folder's files are bounded like a zip's entries
    if size > limit:
        raise PackageError(tr("{file}: {size} bytes, over the limit of {limit}").format(
            file=shown or path.name, size=size, limit=limit))
    try:
        return path.read_bytes()
    except OSError as error:
        raise PackageError(tr("{file}: cannot be read ({error})").format(
            file=shown or path.name, error=error.strerror or error)) from None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_manifest(folder: Path, limits: ReadLimits | None = None,
                    manifest_path: Path | None = None) -> dict[str, Any] | None:
    """Check every file against ``manifest.json`` (when there is one); return the manifest.

    Names are normalised (``./x`` and ``x`` are one file) and each real file is hashed once,
    however many names the manifest gives it.
    """
    limits = limits or ReadLimits()
    path = manifest_path or folder / "manifest.json"
    if not path.exists():
        return None
    shown = path.relative_to(folder).as_posix() if folder in path.parents else path.name
    size = require_regular_file(path, shown)
    if size > limits.max_manifest_bytes:
        raise PackageError(tr("{file}: {size} bytes, over the limit of {limit}").format(
            file=shown, size=size, limit=limits.max_manifest_bytes))
    try:
        manifest = json.loads(_read_bytes(path, shown).decode("utf-8"))
        files = dict(manifest.get("files") or {})
    except RecursionError:
        raise PackageError(tr("{file}: not valid (nested too deeply)").format(
            file=shown)) from None
    except (ValueError, AttributeError, TypeError) as error:
        raise PackageError(tr("{file}: not valid ({error})").format(
            file=shown, error=error)) from None
    base = path.parent
    digests: dict[tuple[int, int], str] = {}
    for name, expected in files.items():
        if not isinstance(name, str) or _unsafe_name(name) or not isinstance(expected, str):
            raise PackageError(tr("{file}: file name '{name}' is not allowed").format(
                file=shown, name=name))
        member = base / normalised_name(name)
        if not member.exists():
            raise PackageError(tr("{file}: listed in manifest.json but missing from the "
                                  "package").format(file=name))
        require_regular_file(member, name)
        status = member.stat()
        key = (status.st_dev, status.st_ino)
        if key not in digests:
            digests[key] = _sha256_file(member)
        if digests[key] != expected.lower():
            raise PackageError(tr("{file}: its SHA-256 differs from manifest.json (damaged or "
                                  "changed after export)").format(file=name))
    return manifest


# ----- shapefiles --------------------------------------------------------------------------------


def companion(shp: Path, suffix: str) -> Path | None:
    """The file next to ``shp`` with ``suffix`` (any letter case), or None.

    Two files that differ only in the letter case of their suffix are ambiguous: refused.
    """
    found = [candidate for candidate in shp.parent.iterdir()
             if candidate.stem == shp.stem and candidate.suffix.lower() == suffix]
    if len(found) > 1:
        raise PackageError(tr("{file}: {first} and {second} are both its {part} file (the "
                              "package is ambiguous)").format(
                                  file=shp.name, first=found[0].name, second=found[1].name,
                                  part=suffix))
    return found[0] if found else None


@dataclass(frozen=True)
class DbfField:
    """One column of a dBASE table: name, type letter, byte offset in the record, length."""

    name: str
    kind: str
    offset: int
    length: int
    decimals: int


@dataclass
class DbfTable:
    """A dBASE file whose header has been checked against its real size."""

    path: Path
    data: bytes
    records: int
    header: int
    width: int
    fields: list[DbfField]

    def raw(self, index: int, column: DbfField) -> bytes:
        """Bytes of one value (record ``index``, 0-based)."""
        start = self.header + index * self.width + column.offset
        return self.data[start:start + column.length]

    def deleted(self, index: int) -> bool:
        """Whether the record is marked deleted (``*``)."""
        return self.data[self.header + index * self.width] == 0x2A


def read_dbf(dbf: Path) -> DbfTable:
    """The ``.dbf``'s header and fields; PackageError unless every record fits in the file."""
    data = _read_bytes(dbf)
    if len(data) < 32:
        raise PackageError(tr("{file}: not a dBASE file (too short)").format(file=dbf.name))
    records, header, width = struct.unpack("<IHH", data[4:12])
    if header < 33 or header > len(data):
        raise PackageError(tr("{file}: not a dBASE file (its header of {header} bytes does not "
                              "fit)").format(file=dbf.name, header=header))
    fields, offset, position = [], 1, 32
    while position + 32 <= header and data[position] != 0x0D:
        raw_name = data[position:position + 11].split(b"\x00", 1)[0]
        fields.append(DbfField(raw_name.decode("latin-1").strip(), chr(data[position + 11]),
                               offset, data[position + 16], data[position + 17]))
        offset += data[position + 16]
        position += 32
    if width < 1 or width != offset:
        raise PackageError(tr("{file}: its header says records of {width} bytes but its fields "
                              "need {needed}: damaged or not a dBASE file").format(
                                  file=dbf.name, width=width, needed=offset))
    if records * width > len(data) - header:
        raise PackageError(tr("{file}: holds {size} bytes, fewer than its {records} records "
                              "need: truncated or not a dBASE file").format(
                                  file=dbf.name, size=len(data), records=records))
    return DbfTable(dbf, data, records, header, width, fields)


def _shx_count(shx: Path, shp_size: int, shp_name: str) -> int:
    data = _read_bytes(shx)
    _check_main_header(shx.name, data[:100], len(data))
    if (len(data) - 100) % 8:
        raise PackageError(tr("{file}: its length is not a whole number of index records: "
                              "damaged").format(file=shx.name))
    for number, (offset, length) in enumerate(struct.iter_unpack(">ii", data[100:]), start=1):
        if offset * 2 < 100 or length < 0 or offset * 2 + 8 + length * 2 > shp_size:
            raise PackageError(tr("{file}: record {number} points past the end of {shp} "
                                  "(damaged or from another shapefile)").format(
                                      file=shx.name, number=number, shp=shp_name))
    return (len(data) - 100) // 8


def _check_main_header(name: str, head: bytes, size: int) -> None:
    if len(head) < 100 or struct.unpack(">i", head[:4])[0] != 9994:
        raise PackageError(tr("{file}: not a shapefile (bad header)").format(file=name))
    declared = struct.unpack(">i", head[24:28])[0] * 2
    if declared != size:
        raise PackageError(tr("{file}: the file is {size} bytes but its header says "
                              "{declared}: truncated or damaged").format(
                                  file=name, size=size, declared=declared))


def _shp_count(shp: Path) -> int:
    """Records in the ``.shp``, walking only their 8-byte headers (bounded by its size)."""
    size = require_regular_file(shp)
    with open(shp, "rb") as stream:
        head = stream.read(100)
        _check_main_header(shp.name, head, size)
        if size == 100:
            return 0
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
            count, position = 0, 100
            while position < size:
                if position + 8 > size:
                    break
                words = struct.unpack_from(">i", data, position + 4)[0]
                if words < 0:
                    break
                position += 8 + words * 2
                count += 1
            if position != size:
                raise PackageError(tr("{file}: record {number} runs past the end of the file: "
                                      "truncated or damaged").format(file=shp.name,
                                                                     number=count + 1))
    return count


def check_shapefile_files(shp: Path) -> DbfTable:
    """Refuse a truncated, inconsistent or non-shapefile set of files before GDAL reads it."""
    parts = {}
    for suffix in (".shx", ".dbf"):
        parts[suffix] = companion(shp, suffix)
        if parts[suffix] is None:
            raise PackageError(tr("{file}: the {part} file is missing (an incomplete "
                                  "shapefile)").format(file=shp.name, part=suffix))
    shapes = _shp_count(shp)
    indexed = _shx_count(parts[".shx"], shp.stat().st_size, shp.name)
    table = read_dbf(parts[".dbf"])
    if indexed != shapes:
        raise PackageError(tr("{shp} holds {shapes} shapes but {shx} indexes {indexed}: the "
                              "files do not belong together; refused").format(
                                  shp=shp.name, shapes=shapes, shx=parts[".shx"].name,
                                  indexed=indexed))
    if table.records != shapes:
        raise PackageError(tr("{dbf} holds {records} records but {shp} holds {shapes} shapes: "
                              "features would be lost or mismatched; refused").format(
                                  dbf=table.path.name, records=table.records, shp=shp.name,
                                  shapes=shapes))
    return table


def _text_fields(table: DbfTable) -> list[DbfField]:
    return [f for f in table.fields if f.kind not in "NFLDBIOY+@"]


def _dbf_text_values(table: DbfTable) -> list[bytes]:
    """Raw bytes of every non-empty, non-ASCII text value, to decide the encoding."""
    values = []
    text_fields = _text_fields(table)
    for index in range(table.records):
        for column in text_fields:
            value = table.raw(index, column).rstrip(b" \x00")
            if value and not value.isascii():
                values.append(value)
    return values


def _is_utf8(value: bytes) -> bool:
    """True for UTF-8, also when a field was cut inside a character at its end."""
    for cut in range(4):
        try:
            value[:len(value) - cut].decode("utf-8")
            return True
        except UnicodeDecodeError:
            continue
    return False


_CPG_ALIASES = {"65001": "utf-8", "utf8": "utf-8", "1251": "cp1251", "ansi 1251": "cp1251",
                "windows-1251": "cp1251", "866": "cp866", "1252": "cp1252",
                "ansi 1252": "cp1252", "88591": "latin-1"}


def _codec(name: str, where: str) -> str:
    text = name.strip().lower().replace("_", "-")
    text = _CPG_ALIASES.get(text, _CPG_ALIASES.get(text.replace("-", ""), text))
    try:
        info = codecs.lookup(text)
    except (LookupError, ValueError):
        raise PackageError(tr("{where}: unknown text encoding '{name}'").format(
            where=where, name=name.strip()[:40])) from None
    try:
        "Aa".encode(info.name).decode(info.name)
        if b"Aa".decode(info.name) != "Aa":
            raise ValueError(info.name)
    except (LookupError, ValueError, TypeError, UnicodeError):
        # utf-16, rot13, base64...: not a text encoding a DBF can be written in.
        raise PackageError(tr("{where}: unknown text encoding '{name}'").format(
            where=where, name=name.strip()[:40])) from None
    return info.name


def decide_encoding(shp: Path, override: str | None = None, table: DbfTable | None = None
                    ) -> tuple[str, str]:
    """(codec, why) of the DBF's text: ``--encoding``, else the ``.cpg``, else detected."""
    table = table or read_dbf(companion(shp, ".dbf"))
    dbf = table.path
    values = _dbf_text_values(table)
    cpg = companion(shp, ".cpg")
    if override:
        encoding, source = _codec(override, tr("--encoding")), tr("--encoding")
    elif cpg is not None:
        encoding, source = _codec(_read_bytes(cpg)[:64].decode("ascii", errors="replace"),
                                  cpg.name), cpg.name
    else:
        if all(_is_utf8(v) for v in values):
            return "utf-8", tr("detected")
        encoding, source = "cp1251", tr("detected")
        if not _looks_cyrillic(values):
            raise PackageError(tr("{file}: no .cpg and the text is neither UTF-8 nor Cyrillic "
                                  "cp1251; give the encoding with --encoding").format(
                                      file=dbf.name))
        return encoding, source
    if encoding == "utf-8":
        bad = next((v for v in values if not _is_utf8(v)), None)
        if bad is not None:
            raise PackageError(tr("{file}: {source} says UTF-8 but the text is not UTF-8 "
                                  "(for instance {sample!r}); give the right --encoding, "
                                  "e.g. cp1251").format(file=dbf.name, source=source,
                                                        sample=bad[:20]))
    elif values and all(_is_utf8(v) for v in values):
        raise PackageError(tr("{file}: {source} says {encoding} but the text is UTF-8; reading "
                              "it as {encoding} would store garbled names (mojibake)").format(
                                  file=dbf.name, source=source, encoding=encoding))
    else:
        for value in values:
            try:
                value.decode(encoding)
            except UnicodeDecodeError:
                raise PackageError(tr("{file}: the text cannot be read as {encoding} ({source})"
                                      ).format(file=dbf.name, encoding=encoding,
                                               source=source)) from None
    return encoding, source


def _looks_cyrillic(values: list[bytes]) -> bool:
    """Most non-ASCII letters decode to Cyrillic in cp1251 (0xC0-0xFF, Ё, ё, Kazakh letters)."""
    text = "".join(v.decode("cp1251", errors="replace") for v in values)
    foreign = [c for c in text if not c.isascii()]
    cyrillic = [c for c in foreign if "\u0400" <= c <= "\u04ff"]
    return bool(foreign) and len(cyrillic) >= 0.8 * len(foreign)


_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


@dataclass
class ValueProblem:
    """A value of one feature that is refused (``fatal``) or was changed (a note)."""

    number: int
    field_name: str
    message: str
    fatal: bool = True


def _decode_text(raw: bytes, codec: str) -> tuple[str, str | None, bool]:
    """(text, what happened or None, refused) of one DBF text value."""
    value = raw.rstrip(b" \x00")
    if b"\x00" in value:
        return "", tr("the text contains a NUL byte, which cuts it short in other programs; "
                      "refused"), True
    try:
        return value.decode(codec), None, False  # the usual case: whole and valid
    except UnicodeDecodeError:
        pass  # worded below: a character cut at the end, or bytes that are not text
    decoder = codecs.getincrementaldecoder(codec)()
    try:
        text = decoder.decode(value, final=False)
    except UnicodeDecodeError as error:
        return "", tr("the text is not valid {codec} at byte {position}").format(
            codec=codec, position=error.start + 1), True
    pending = decoder.getstate()[0]
    if pending:
        return text, tr("the last character was cut in the middle at the {limit}-byte limit "
                        "of the .dbf (bytes {bytes}); it was dropped").format(
                            limit=len(raw), bytes=pending.hex(" ")), False
    return text, None, False


def _decode_number(raw: bytes, column: DbfField) -> tuple[Any, str | None]:
    text = raw.decode("latin-1").strip(" \x00")
    if not text or set(text) <= {"*"} or set(text) <= {"?"}:
        return None, None
    if not _NUMBER.match(text):
        return None, tr("'{value}' is not a number").format(value=text)
    if column.decimals == 0 and "." not in text and "e" not in text.lower():
        return int(text), None
    number = float(text)
    if not math.isfinite(number):
        return None, tr("'{value}' is not a number").format(value=text)
    return number, None


def _decode_value(table: DbfTable, index: int, column: DbfField, codec: str
                  ) -> tuple[Any, str | None, bool]:
    raw = table.raw(index, column)
    if column.kind in "NF":
        value, problem = _decode_number(raw, column)
        return value, problem, problem is not None
    if column.kind == "L":
        flag = raw.decode("latin-1").strip().upper()
        return {"T": True, "Y": True, "F": False, "N": False}.get(flag), None, False
    if column.kind == "D":
        text = raw.decode("latin-1").strip()
        if not text:
            return None, None, False
        if not re.fullmatch(r"\d{8}", text):
            return None, tr("'{value}' is not a date").format(value=text), True
        return f"{text[:4]}-{text[4:6]}-{text[6:]}", None, False
    if column.kind in "BIOY+@":
        return None, None, False
    text, problem, fatal = _decode_text(raw, codec)
    return text, problem, fatal


@dataclass
class ShapefileLayer:
    """A shapefile read in full: features as (number, properties, geometry in its CRS)."""

    path: Path
    crs: QgsCoordinateReferenceSystem
    encoding: str
    encoding_source: str
    geometry_type: str
    field_names: list[str]
    features: list[tuple[int, dict[str, Any], QgsGeometry | None]] = field(
        default_factory=list)
    problems: list[ValueProblem] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Layer name (the file name without extension)."""
        return self.path.stem


def parse_crs(text: str) -> QgsCoordinateReferenceSystem:
    """A CRS from ``EPSG:nnnn``, WKT or a PROJ string (invalid when QGIS does not know it)."""
    crs = QgsCoordinateReferenceSystem()
    if text and text.strip():
        crs.createFromUserInput(text.strip())
    return crs


def _layer_crs(shp: Path, crs: str | None) -> QgsCoordinateReferenceSystem:
    if crs:
        result = parse_crs(crs)
        if not result.isValid():
            raise PackageError(tr("unknown coordinate reference system '{value}' (--crs)"
                                  ).format(value=crs))
        return result
    prj = companion(shp, ".prj")
    if prj is None:
        raise PackageError(tr("{file}: no .prj file, so the coordinates' system is unknown; "
                              "give it with --crs (e.g. --crs EPSG:4326)").format(file=shp.name))
    size = require_regular_file(prj)
    if size > 1 << 20:
        raise PackageError(tr("{file}: the .prj cannot be understood (it is {size} bytes); "
                              "give the CRS with --crs").format(file=prj.name, size=size))
    text = _read_bytes(prj).decode("utf-8", errors="replace").strip().lstrip("\ufeff")
    result = QgsCoordinateReferenceSystem.fromWkt(text) if text else QgsCoordinateReferenceSystem()
    if not result.isValid():
        raise PackageError(tr("{file}: the .prj cannot be understood (not a coordinate "
                              "reference system QGIS knows); give the CRS with --crs").format(
                                  file=prj.name))
    return result


def read_shapefile(shp: Path, *, encoding: str | None = None, crs: str | None = None
                   ) -> ShapefileLayer:
    """Read ``shp`` after the checks above; PackageError names the file.

    Geometries come from GDAL, attributes from the ``.dbf`` decoded here; problems of
    single values are collected in ``problems`` (with the feature and the field).
    """
    require_regular_file(shp)
    table = check_shapefile_files(shp)
    codec, source = decide_encoding(shp, encoding, table)
    layer_crs = _layer_crs(shp, crs)
    names = [column.name for column in table.fields]
    layer = ShapefileLayer(shp, layer_crs, codec, source, "", names)
    geometries: dict[int, QgsGeometry | None] = {}
    # GDAL reads the shapes and hands them over as WKB (no coordinate passes through Python).
    with gdal_without_exceptions():
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # errors are reported here, not on stderr
        try:
            source = ogr.Open(str(shp))
            if source is None or source.GetLayerCount() < 1:
                raise PackageError(tr("{file}: cannot be read as a shapefile ({error})").format(
                    file=shp.name, error=gdal.GetLastErrorMsg() or "GDAL"))
            sink = source.GetLayer(0)
            layer.geometry_type = ogr.GeometryTypeToName(sink.GetGeomType())
            for position, feature in enumerate(sink):
                index = feature.GetFID() if feature.GetFID() >= 0 else position
                shape = feature.GetGeometryRef()
                if shape is None or shape.IsEmpty():
                    geometries[index] = None
                    continue
                geometry = QgsGeometry()
                geometry.fromWkb(bytes(shape.ExportToIsoWkb()))
                geometries[index] = geometry
            sink = source = None
        finally:
            gdal.PopErrorHandler()
    for index in range(table.records):
        number = index + 1
        if table.deleted(index) or index not in geometries:
            layer.problems.append(ValueProblem(number, "", tr(
                "the record is marked deleted in {file}; it is not imported").format(
                    file=table.path.name), fatal=False))
            continue
        properties: dict[str, Any] = {}
        for column in table.fields:
            value, problem, fatal = _decode_value(table, index, column, codec)
            properties[column.name] = value
            if problem:
                layer.problems.append(ValueProblem(number, column.name, problem, fatal))
        layer.features.append((number, properties, geometries[index]))
    return layer


def read_csv_table(path: Path, encoding: str | None = None) -> list[dict[str, str]]:
    """Rows of a CSV of the package (UTF-8 with or without BOM, else ``encoding``).

    Quoted values keep their line breaks, and a value may be as long as the file.
    """
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not encoding:
            raise PackageError(tr("{file}: the text is not UTF-8; give its encoding with "
                                  "--encoding").format(file=path.name)) from None
        try:
            text = data.decode(_codec(encoding, tr("--encoding")), errors="strict")
        except UnicodeDecodeError:
            raise PackageError(tr("{file}: the text cannot be read as {encoding}").format(
                file=path.name, encoding=encoding)) from None
    if "\x00" in text:
        raise PackageError(tr("{file}: the text contains a NUL byte; refused").format(
            file=path.name))
    # A value may be as long as its file (a note of any length); the file itself is bounded.
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    try:
        return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    except csv.Error as error:
        raise PackageError(tr("{file}: not a readable CSV ({error})").format(
            file=path.name, error=error)) from None
