"""A colour per network that stays the same across sessions, machines and registries.

The colour is derived from the network's identifier (MD5, not Python's salted ``hash``), so a
network keeps its colour when the project is rebuilt, another network is added, or a partner
opens the same registry elsewhere.
"""

from __future__ import annotations

import hashlib

from qgis.PyQt.QtGui import QColor

#: Saturation and value steps: two networks with close hues still differ in shade.
_SATURATIONS = (0.85, 0.70, 0.95)
_VALUES = (0.78, 0.62, 0.90)


def network_colour(network_id: str) -> QColor:
    """The colour of ``network_id``: a hue from its MD5 digest, in saturated mid tones."""
    digest = hashlib.md5(network_id.encode("utf-8"), usedforsecurity=False).digest()
    hue = int.from_bytes(digest[:2], "big") % 360
    saturation = _SATURATIONS[digest[2] % len(_SATURATIONS)]
    value = _VALUES[digest[3] % len(_VALUES)]
    return QColor.fromHsvF(hue / 360.0, saturation, value)
