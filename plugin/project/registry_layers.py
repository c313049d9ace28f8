"""The registry in QGIS's layer panel: one group whose names tell where every network stands.

Layout of the group (named after the registry's title)::

    Created (5)            one layer per network, its member protected areas,
      Western Tien-Shan (7)    solid fill in the network's own colour
    Draft (2)              ... hatched
    Planned (3)            ... dashed outline
    Protected areas        all protected areas, categorised by status (feature counts on)
    Reintroduction sites   built by :mod:`.reintroduction_layers`
    Range states           outlines labelled in the user's language
    Tables                 networks and network_members (relations, attribute forms)

Why one layer per network (not one filtered layer per status): a network needs its own colour,
its own legend entry and its own check box, and a protected area may belong to several networks
(the protected-area table has no network column to categorise on). A network layer is the
protected-area table filtered to the network's members; when the network's status changes, its
layer moves to the other status group and takes that group's style.

:class:`RegistryLayerTree` keeps the group true to the registry: it listens to the network and
membership layers (edits in QGIS's attribute table included, before they are saved) and renames,
refilters, restyles and moves the network layers; :meth:`RegistryLayerTree.refresh` reloads
everything after a write made outside those layers (the dock, the command line).
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsLayerTree,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..errors import LayerError
from ..i18n import qgis_language, tr
from ..qgis_compat import AREA_SQUARE_METERS
from ..registry.backend import is_postgis_location
from ..registry.catalogue import STATUS_DISPLAY_ORDER, Status
from ..registry.names import display_name
from ..registry.store import open_registry
from .network_colours import network_colour
from .registry_styles import (
    add_relations,
    apply_network_style,
    apply_protected_area_style,
    apply_range_state_style,
    apply_value_maps,
)
from .reintroduction_layers import add_reintroduction_group

LOG = logging.getLogger(__name__)

PROPERTY_ROLE = "tbpa/role"
PROPERTY_REGISTRY = "tbpa/registry"
#: Tables whose changes a shared registry announces (PostGIS migration 005).
NOTIFIED_TABLES = ("protected_areas", "networks", "network_members", "reintroduction_sites",
                   "releases")
#: At most one reload per this time, however many announcements arrive (a burst, a flood).
NOTIFY_QUIET_MS = 1000
PROPERTY_LANGUAGE = "tbpa/language"
PROPERTY_STATUS = "tbpa/status"
PROPERTY_NETWORK = "tbpa/network_id"

ROLE_REGISTRY = "registry"
ROLE_STATUS_GROUP = "status_group"
ROLE_NETWORK = "network"
ROLE_PROTECTED_AREAS = "protected_areas"
ROLE_RANGE_STATES = "range_states"
ROLE_TABLES = "tables"
ROLE_REINTRODUCTION_GROUP = "reintroduction_group"
ROLE_NETWORKS_TABLE = "networks_table"
ROLE_MEMBERS_TABLE = "members_table"

#: Albers equal-area conic centred on Kazakhstan: areas and distances read true on the map.
CENTRAL_ASIA_CRS = (
    'PROJCS["Central Asia Albers Equal Area",GEOGCS["WGS 84",DATUM["WGS_1984",'
    'SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],'
    'UNIT["degree",0.0174532925199433]],PROJECTION["Albers_Conic_Equal_Area"],'
    'PARAMETER["latitude_of_center",45],PARAMETER["longitude_of_center",68],'
    'PARAMETER["standard_parallel_1",40],PARAMETER["standard_parallel_2",52],'
    'PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1]]')

#: Subset string of a network without members (valid SQL on every backend).
_NO_MEMBERS = "0 = 1"


def status_group_name(status: Status, count: int) -> str:
    """``Created (5)``: the translated status and how many networks are in it."""
    return tr("{status} ({count})").format(status=status.label(), count=count)


def network_layer_name(name: str, members: int) -> str:
    """``Western Tien-Shan (7)``: the network's name and its number of protected areas."""
    return tr("{name} ({count})").format(name=name, count=members)


def members_subset(pa_ids: list[str]) -> str:
    """Subset string selecting the protected areas ``pa_ids`` (any provider's SQL)."""
    if not pa_ids:
        return _NO_MEMBERS
    return "\"pa_id\" IN ({ids})".format(ids=", ".join(QgsExpression.quotedValue(i)
                                                        for i in pa_ids))


def _registry_layer(source: tuple[str, str], name: str, role: str, location: str
                    ) -> QgsVectorLayer:
    layer = QgsVectorLayer(source[0], name, source[1])
    if not layer.isValid():
        raise LayerError(tr("{registry}: cannot open the layer {table}").format(
            registry=location, table=role))
    layer.setCustomProperty(PROPERTY_ROLE, role)
    return layer


def add_registry_to_project(location: str | Path, project: QgsProject,
                            language: str | None = None) -> QgsLayerTreeGroup:
    """Add the registry at ``location`` to ``project`` as one group, kept live; return it.

    Raises RegistryError when the registry cannot be opened and LayerError when one of its
    tables cannot be loaded as a layer (nothing is added then).
    """
    language = language or qgis_language()
    with open_registry(location) as store:
        title = store.title
        location = store.location
        sources = {table: store.layer_source(table)
                   for table in ("protected_areas", "range_states", "networks",
                                 "network_members")}
    protected_areas = _registry_layer(sources["protected_areas"], tr("Protected areas"),
                                      ROLE_PROTECTED_AREAS, location)
    range_states = _registry_layer(sources["range_states"], tr("Range states"),
                                   ROLE_RANGE_STATES, location)
    networks = _registry_layer(sources["networks"], tr("Networks"), ROLE_NETWORKS_TABLE,
                               location)
    members = _registry_layer(sources["network_members"], tr("Network members"),
                              ROLE_MEMBERS_TABLE, location)
    apply_protected_area_style(protected_areas)
    apply_range_state_style(range_states, language)
    for layer in (protected_areas, networks, members, range_states):
        apply_value_maps(layer, language)
    compute_area_on_edit(protected_areas, project)

    was_empty = not project.mapLayers()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, title)
    group.setCustomProperty(PROPERTY_ROLE, ROLE_REGISTRY)
    # A file's path is read back from the layers (relative in saved projects); a database
    # connection is kept here.
    group.setCustomProperty(PROPERTY_REGISTRY,
                            location if is_postgis_location(location) else "")
    group.setCustomProperty(PROPERTY_LANGUAGE, language)
    for status in STATUS_DISPLAY_ORDER:
        status_group = group.addGroup(status_group_name(status, 0))
        status_group.setCustomProperty(PROPERTY_ROLE, ROLE_STATUS_GROUP)
        status_group.setCustomProperty(PROPERTY_STATUS, status.value)
    project.addMapLayer(protected_areas, False)
    group.addLayer(protected_areas).setCustomProperty("showFeatureCount", True)
    reintroduction_location = location if is_postgis_location(location) else Path(location)
    add_reintroduction_group(reintroduction_location, project, group, language).setCustomProperty(
        PROPERTY_ROLE, ROLE_REINTRODUCTION_GROUP)
    project.addMapLayer(range_states, False)
    group.addLayer(range_states)
    tables = group.addGroup(tr("Tables"))
    tables.setCustomProperty(PROPERTY_ROLE, ROLE_TABLES)
    for layer in (networks, members):
        project.addMapLayer(layer, False)
        tables.addLayer(layer)
    tables.setExpanded(False)
    add_relations(project, networks, members, protected_areas)
    if was_empty:
        project.setCrs(QgsCoordinateReferenceSystem.fromWkt(CENTRAL_ASIA_CRS))
    RegistryLayerTree(project, group, language).sync()
    return group


#: Geodesic area in km2 on the project's ellipsoid (WGS84, set below): the same figure as
#: pyproj.Geod, which the store writes (both use GeographicLib).
AREA_EXPRESSION = "round($area / 1000000, 3)"


def compute_area_on_edit(layer: QgsVectorLayer, project: QgsProject) -> None:
    """``area_km2`` is computed, never typed: also for areas digitised or reshaped in QGIS."""
    if project.ellipsoid() != "EPSG:7030":
        project.setEllipsoid("EPSG:7030")  # WGS84
    project.setAreaUnits(AREA_SQUARE_METERS)
    index = layer.fields().indexOf("area_km2")
    if index < 0:
        return
    layer.setDefaultValueDefinition(index, QgsDefaultValue(AREA_EXPRESSION, True))
    layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False}))
    form = layer.editFormConfig()
    form.setReadOnly(index, True)
    layer.setEditFormConfig(form)


class RegistryLayerTree(QObject):
    """Keeps one registry group in step with the registry; owned by the project.

    ``changed`` is emitted after every synchronisation (the dock refreshes on it).
    """

    changed = pyqtSignal()

    def __init__(self, project: QgsProject, group: QgsLayerTreeGroup, language: str) -> None:
        super().__init__(project)
        self.project = project
        self.group = group
        self.language = language
        self.networks_layer = self._layer_with_role(ROLE_NETWORKS_TABLE)
        self.members_layer = self._layer_with_role(ROLE_MEMBERS_TABLE)
        self.protected_areas_layer = self._layer_with_role(ROLE_PROTECTED_AREAS)
        if None in (self.networks_layer, self.members_layer, self.protected_areas_layer):
            raise LayerError(tr("The group {group} lacks a registry layer").format(
                group=group.name()))
        self._syncing = False
        self._connections: list[tuple[object, object]] = []
        self._notify_messages: set[str] = set()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(NOTIFY_QUIET_MS)
        for layer in (self.networks_layer, self.members_layer):
            for signal in (layer.featureAdded, layer.featureDeleted, layer.afterCommitChanges,
                           layer.afterRollBack, layer.dataChanged):
                self._connect(signal, self._on_tables_changed)
            self._connect(layer.attributeValueChanged, self._on_tables_changed)
        self._connect(self.protected_areas_layer.afterCommitChanges, self._on_areas_committed)
        self._connect(project.layersWillBeRemoved, self._on_layers_removed)
        provider = self.networks_layer.dataProvider()
        if provider is not None and provider.name() == "postgres":
            # A shared registry announces every change on the "qgis" channel (PostGIS
            # migration 005): follow other agencies' edits as they are committed.
            # Any login may NOTIFY qgis: only the registry's own announcements count, and
            # however many arrive, the layers reload at most once a second.
            schema = QgsDataSourceUri(self.networks_layer.source()).schema()
            self._notify_messages = {f"tbpa:{schema}.{table}" for table in NOTIFIED_TABLES}
            self._reload_timer.timeout.connect(self._reload_after_notify)
            # QGIS 3.x spells it setRefreshOnNofifyMessage (corrected in later releases).
            set_message = (getattr(self.networks_layer, "setRefreshOnNotifyMessage", None)
                           or self.networks_layer.setRefreshOnNofifyMessage)
            set_message(f"tbpa:{schema}.networks")
            self.networks_layer.setRefreshOnNotifyEnabled(True)
            self._connect(provider.notify, self._on_database_notified)

    def _on_database_notified(self, message: str) -> None:
        if message in self._notify_messages and not self._reload_timer.isActive():
            self._reload_timer.start()

    def _reload_after_notify(self) -> None:
        self.refresh()

    def _on_layers_removed(self, layer_ids: list[str]) -> None:
        watched = {self.networks_layer.id(), self.members_layer.id(),
                   self.protected_areas_layer.id()}
        if watched & set(layer_ids):
            self.detach()

    # ----- finding things ---------------------------------------------------------------------

    @property
    def location(self) -> str:
        """The registry this group shows (GeoPackage path or PostgreSQL connection)."""
        if self.networks_layer.providerType() == "ogr":
            return self.networks_layer.source().split("|")[0]
        return str(self.group.customProperty(PROPERTY_REGISTRY))

    def _layer_with_role(self, role: str) -> QgsVectorLayer | None:
        for node in self.group.findLayers():
            layer = node.layer()
            if layer is not None and layer.customProperty(PROPERTY_ROLE) == role:
                return layer
        return None

    def status_group(self, status: Status) -> QgsLayerTreeGroup:
        """The group of networks in ``status`` (recreated if the user deleted it)."""
        for child in self.group.children():
            if (QgsLayerTree.isGroup(child)
                    and child.customProperty(PROPERTY_ROLE) == ROLE_STATUS_GROUP
                    and child.customProperty(PROPERTY_STATUS) == status.value):
                return child
        index = STATUS_DISPLAY_ORDER.index(status)
        child = self.group.insertGroup(index, status_group_name(status, 0))
        child.setCustomProperty(PROPERTY_ROLE, ROLE_STATUS_GROUP)
        child.setCustomProperty(PROPERTY_STATUS, status.value)
        return child

    def network_nodes(self) -> dict[str, QgsLayerTreeLayer]:
        """Layer-tree nodes of the network layers, by network id."""
        nodes = {}
        for node in self.group.findLayers():
            layer = node.layer()
            if layer is not None and layer.customProperty(PROPERTY_ROLE) == ROLE_NETWORK:
                nodes[str(layer.customProperty(PROPERTY_NETWORK))] = node
        return nodes

    def network_layer(self, network_id: str) -> QgsVectorLayer | None:
        """The layer of one network's protected areas."""
        node = self.network_nodes().get(network_id)
        return node.layer() if node is not None else None

    # ----- keeping in step ---------------------------------------------------------------------

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _on_tables_changed(self, *_args) -> None:
        self.sync()

    def _on_areas_committed(self) -> None:
        for node in self.network_nodes().values():
            node.layer().dataProvider().reloadData()
            node.layer().triggerRepaint()
        self.changed.emit()

    def detach(self) -> None:
        """Stop following the layers (the group or its layers are being removed)."""
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                continue
        self._connections = []
        self._reload_timer.stop()
        self.setParent(None)
        self.deleteLater()

    def _read_networks(self) -> list[dict]:
        networks = []
        for feature in self.networks_layer.getFeatures():
            values = dict(zip(feature.fields().names(), feature.attributes(), strict=True))
            try:
                values["status"] = Status(str(values.get("status")))
            except ValueError:
                LOG.warning("network %s has an unknown status %r", values.get("network_id"),
                            values.get("status"))
                continue
            if values.get("network_id"):
                networks.append(values)
        return networks

    def _read_members(self) -> dict[str, list[str]]:
        members: dict[str, list[str]] = {}
        for feature in self.members_layer.getFeatures():
            network_id, pa_id = feature["network_id"], feature["pa_id"]
            if network_id and pa_id:
                members.setdefault(str(network_id), []).append(str(pa_id))
        return {key: sorted(set(value)) for key, value in members.items()}

    def sync(self) -> None:
        """Rename the status groups, and add, refilter, restyle, move or drop network layers."""
        if self._syncing:
            return
        self._syncing = True
        try:
            self._sync()
        finally:
            self._syncing = False
        self.changed.emit()

    def _sync(self) -> None:
        networks = sorted(self._read_networks(),
                          key=lambda n: display_name(n, self.language).casefold())
        members = self._read_members()
        counts = Counter(network["status"] for network in networks)
        groups = {status: self.status_group(status) for status in STATUS_DISPLAY_ORDER}
        for status, group in groups.items():
            group.setName(status_group_name(status, counts[status]))
        nodes = self.network_nodes()
        for network in networks:
            network_id = str(network["network_id"])
            status = network["status"]
            pa_ids = members.get(network_id, [])
            name = network_layer_name(display_name(network, self.language), len(pa_ids))
            node = nodes.pop(network_id, None)
            if node is None:
                layer = self._new_network_layer(network_id, name)
                self.project.addMapLayer(layer, False)
                node = groups[status].addLayer(layer)
            layer = node.layer()
            if layer.name() != name:
                layer.setName(name)
            subset = members_subset(pa_ids)
            if layer.subsetString() != subset:
                layer.setSubsetString(subset)
                layer.triggerRepaint()
            if layer.customProperty(PROPERTY_STATUS) != status.value:
                apply_network_style(layer, status, network_colour(network_id))
                layer.setCustomProperty(PROPERTY_STATUS, status.value)
                node = self._move(node, groups[status])
            elif node.parent() is not groups[status]:
                node = self._move(node, groups[status])
        for node in nodes.values():
            self.project.removeMapLayer(node.layer().id())

    def _new_network_layer(self, network_id: str, name: str) -> QgsVectorLayer:
        source = self.protected_areas_layer
        layer = QgsVectorLayer(source.source(), name, source.providerType())
        layer.setCustomProperty(PROPERTY_ROLE, ROLE_NETWORK)
        layer.setCustomProperty(PROPERTY_NETWORK, network_id)
        layer.setReadOnly(True)  # edits go through "Protected areas" or the dock
        apply_value_maps(layer, self.language)
        return layer

    @staticmethod
    def _move(node: QgsLayerTreeLayer, target: QgsLayerTreeGroup) -> QgsLayerTreeLayer:
        """Move ``node`` into ``target`` (the layer stays in the project)."""
        parent = node.parent()
        if parent is target:
            return node
        clone = node.clone()
        target.addChildNode(clone)
        parent.removeChildNode(node)
        return clone

    def refresh(self) -> None:
        """Reload every layer of the group from the registry, then :meth:`sync`.

        Call after writing through the store (dock, command line): QGIS layers do not see
        writes made by another connection until reloaded. Layers being edited are left alone.
        """
        for node in self.group.findLayers():
            layer = node.layer()
            if layer is None or (isinstance(layer, QgsVectorLayer) and layer.isEditable()):
                continue
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        self.sync()


def registry_layer_trees(project: QgsProject) -> list[RegistryLayerTree]:
    """The live registry groups of ``project``."""
    return [tree for tree in project.findChildren(RegistryLayerTree)
            if tree.parent() is project and not sip.isdeleted(tree.group)]


def registry_layer_tree(project: QgsProject, location: str | Path) -> RegistryLayerTree | None:
    """The live group of the registry at ``location``, or None."""
    wanted = str(location)
    for tree in registry_layer_trees(project):
        if tree.location == wanted or (not is_postgis_location(wanted)
                                       and Path(tree.location) == Path(wanted)):
            return tree
    return None


def attach_registry_trees(project: QgsProject) -> list[RegistryLayerTree]:
    """Follow the registry groups of a project read from a file (.qgz or the GeoPackage).

    Connect to ``QgsProject.readProject``: the group then keeps its counts live again.
    """
    attached = []
    followed = {id(tree.group) for tree in registry_layer_trees(project)}
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(PROPERTY_ROLE) != ROLE_REGISTRY or id(group) in followed:
            continue
        language = str(group.customProperty(PROPERTY_LANGUAGE) or qgis_language())
        try:
            tree = RegistryLayerTree(project, group, language)
        except ValueError as error:
            LOG.warning("%s", error)
            continue
        tree.sync()
        attached.append(tree)
    return attached
