"""Build ``dist/tbpa_registry-<version>.zip``, the file QGIS's "Install from ZIP" takes.

The zip holds one folder ``tbpa_registry/`` with the plugin code, ``metadata.txt`` (the single
source of name and version), the compiled translations (``lrelease`` on ``i18n/*.ts``), the icons,
styles and demo data. Tests, caches, virtual environments, build files, benchmarks, scripts and
screenshots stay out. Entries are sorted and dated 1980-01-01 so the same sources give the same
bytes.

Usage: ``python scripts/package.py [--dist DIR] [--source DIR]``; prints the path of the zip.
"""

from __future__ import annotations

import argparse
import configparser
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from update_translations import lrelease_program  # scripts/ is on sys.path: run as a script

REPO = Path(__file__).resolve().parents[1]
PLUGIN_FOLDER = "tbpa_registry"

#: What goes into the zip, relative to the repository root (folders are walked).
INCLUDED = ("__init__.py", "metadata.txt", "plugin", "resources", "LICENSE", "README.md",
            "CHANGELOG.md")
#: Never shipped, wherever found: caches and build files.
EXCLUDED_NAMES = {"__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache", ".DS_Store"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej", ".building", ".ts", ".pro"}
#: Repository folders that are documentation, not plugin data.
EXCLUDED_FOLDERS = ("resources/screenshots",)
FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def read_metadata(repo: Path = REPO) -> configparser.SectionProxy:
    """The ``[general]`` section of ``metadata.txt``; raises ValueError without name/version."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(repo / "metadata.txt", encoding="utf-8")
    if not parser.has_section("general"):
        raise ValueError(f"{repo / 'metadata.txt'}: no [general] section")
    general = parser["general"]
    for key in ("name", "version"):
        if not general.get(key, "").strip():
            raise ValueError(f"{repo / 'metadata.txt'}: no {key}=")
    return general


def _shipped(relative: Path) -> bool:
    if any(part in EXCLUDED_NAMES or part.startswith(".") for part in relative.parts):
        return False
    if relative.suffix in EXCLUDED_SUFFIXES:
        return False
    return not any(relative.as_posix().startswith(folder + "/") for folder in EXCLUDED_FOLDERS)


def plugin_files(repo: Path = REPO) -> list[Path]:
    """Files of the repository that belong in the plugin, relative to ``repo``, sorted."""
    files = []
    for name in INCLUDED:
        path = repo / name
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        for candidate in candidates:
            relative = candidate.relative_to(repo)
            if candidate.is_file() and _shipped(relative):
                files.append(relative)
    return sorted(files)


def compile_translations(repo: Path, target: Path) -> list[Path]:
    """Run ``lrelease`` on each ``i18n/*.ts`` into ``target``; return the ``.qm`` files."""
    sources = sorted((repo / "i18n").glob("*.ts"))
    if not sources:
        return []
    lrelease = lrelease_program()  # Qt5's or Qt6's (the .qm format is the same), or $LRELEASE
    compiled = []
    for source in sources:
        output = target / f"{source.stem}.qm"
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(output)], check=True)
        compiled.append(output)
    return compiled


def _write(archive: zipfile.ZipFile, source: Path, name: str) -> None:
    info = zipfile.ZipInfo(f"{PLUGIN_FOLDER}/{name}", date_time=FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, source.read_bytes())


def build_package(dist: Path, repo: Path = REPO) -> Path:
    """Write the plugin zip into ``dist`` and return its path."""
    version = read_metadata(repo)["version"].strip()
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{PLUGIN_FOLDER}-{version}.zip"
    partial = target.with_suffix(".zip.part")
    with tempfile.TemporaryDirectory() as tmp:
        translations = compile_translations(repo, Path(tmp))
        with zipfile.ZipFile(partial, "w") as archive:
            for relative in plugin_files(repo):
                _write(archive, repo / relative, relative.as_posix())
            for qm in translations:
                _write(archive, qm, f"i18n/{qm.name}")
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    """Build the zip; print its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument("--source", type=Path, default=REPO,
                        help="plugin source folder (default: this repository)")
    args = parser.parse_args(argv)
    try:
        print(build_package(args.dist, args.source.resolve()))
    except (ValueError, RuntimeError, OSError, subprocess.CalledProcessError) as error:
        print(f"package: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
