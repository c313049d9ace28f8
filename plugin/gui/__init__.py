"""The plugin's shell in QGIS: actions, dock, dialogs. Logic lives in the other packages."""
