"""The plugin's settings, one dataclass read and written through QgsSettings.

Shown on the "TBPA Registry" page of QGIS's Options dialog (plugin/gui/options_page.py); the
command line of the same user reads the same values.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

GROUP = "tbpa_registry/settings"


@dataclass
class PluginSettings:
    """What an analyst sets once."""

    #: Name written in the status history ("who"), e.g. "A. Analyst, KAZ Forestry Committee";
    #: empty for the system user name.
    analyst_name: str = ""
    #: Defaults of the gap analysis in the dock (the algorithm's own defaults stay 25 / 50).
    border_km: float = 25.0
    partner_km: float = 50.0

    @classmethod
    def load(cls) -> PluginSettings:
        """The saved settings, defaults for what was never saved."""
        settings = QgsSettings()
        values = {}
        for field in fields(cls):
            default = getattr(cls, field.name)
            raw = settings.value(f"{GROUP}/{field.name}", default)
            try:
                values[field.name] = type(default)(raw)
            except (TypeError, ValueError):
                values[field.name] = default
        return cls(**values)

    def save(self) -> None:
        """Write every setting."""
        settings = QgsSettings()
        for field in fields(self):
            settings.setValue(f"{GROUP}/{field.name}", getattr(self, field.name))
