"""TBPA Registry: registry, analysis and exchange of transboundary protected-area networks."""

import os
from pathlib import Path

# pyproj looks for PROJ's data under sys.prefix, which a virtual environment moves; point it at
# the system PROJ that QGIS uses when nothing else says where it is.
if not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")) and Path(
    "/usr/share/proj/proj.db"
).is_file():
    os.environ["PROJ_LIB"] = "/usr/share/proj"
