"""Python packages the plugin needs beyond what QGIS ships, checked before anything imports them.

QGIS's Python on Debian 12 has no pydantic 2 (Debian ships pydantic 1), so the plugin checks
first and QGIS shows a clear message instead of a traceback.
"""

from __future__ import annotations

import importlib

#: (import name, major version required, pip requirement to install).
REQUIRED_PACKAGES: tuple[tuple[str, int, str], ...] = (("pydantic", 2, "pydantic>=2,<3"),)


def missing_dependencies() -> list[tuple[str, str | None]]:
    """``(requirement, version found or None)`` per package absent or of another major version."""
    missing = []
    for name, major, requirement in REQUIRED_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            missing.append((requirement, None))
            continue
        version = str(getattr(module, "VERSION", getattr(module, "__version__", "0")))
        found_major = version.split(".", maxsplit=1)[0]
        if not found_major.isdigit() or int(found_major) != major:
            missing.append((requirement, version))
    return missing
