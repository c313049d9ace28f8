"""A registry as QGIS layers: layer-tree groups, styles, relations, project files, map images."""
