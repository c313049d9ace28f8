"""Russian and Kazakh: every string of the sources translated, and the plugin speaking them.

The ``.ts`` files are regenerated from the sources with pylupdate5 into a temporary folder and
compared with the committed ones; then the compiled translations are loaded the way QGIS and the
command line load them and the user-visible results are checked.
"""

from __future__ import annotations

import ast
import importlib.util
import logging
import re
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

SCRIPT_PATH = REPO / "scripts" / "update_translations.py"
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
#: Words a translation may keep as they are: names of formats, standards, programs and units.
KEPT_WORDS = {
    "GeoPackage", "gpkg", "GeoJSON", "CSV", "WDPA", "ISO3", "ISO", "EPSG", "QGIS", "km2",
    "LANG", "PostGIS", "PostgreSQL", "ProtConn", "Mollweide", "WGS84", "UTM", "OGR", "SQL",
    "shp", "csv", "json", "zip", "README", "OECM", "CMS", "CAMI", "UNESCO", "IUCN", "GDAL",
    "Shapefile", "SQLite", "pip", "python3", "OSGeo4W", "Debian", "Ubuntu", "Windows", "psycopg",
    "pydantic", "pyproj", "fiona", "PA_DEF", "STATUS", "DESIG", "NAME",
}
#: What each language calls things the tests look for.
EXPECTED = {
    "ru": {"menu": "&Реестр трансграничных ООПТ", "open": "Открыть реестр…",
           "created": "Создана", "draft": "Проект", "planned": "Планируется",
           "protected_areas": "ООПТ", "range_states": "Государства ареала",
           "gaps": "Трансграничные пробелы"},
    "kk": {"menu": "&Трансшекаралық ЕҚТА тізілімі", "open": "Тізілімді ашу…",
           "created": "Құрылған", "draft": "Жоба", "planned": "Жоспарланған",
           "protected_areas": "ЕҚТА", "range_states": "Ареал мемлекеттері",
           "gaps": "Трансшекаралық олқылықтар"},
}


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _script()


@pytest.fixture(scope="module")
def compiled_translations() -> Path:
    """The committed ``.ts`` compiled to ``i18n/*.qm``, where the plugin loads them."""
    translations.compile_qm()
    return translations.I18N_DIR


@pytest.fixture
def user_locale(qgis_app):
    """Set QGIS's user locale (with the override flag, as the Options dialog does); restore it."""
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    saved = {key: settings.value(key) for key in keys}

    def set_locale(language: str, override: bool = True) -> None:
        settings.setValue("locale/overrideFlag", override)
        settings.setValue("locale/userLocale", language)

    yield set_locale
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def speak(qgis_app, compiled_translations):
    """Install the translator of a language for one test (as the command line does)."""
    from plugin.i18n import load_translator, remove_translator

    installed = []

    def install(language: str):
        translator = load_translator(language)
        assert translator is not None, f"no compiled translation for {language}"
        installed.append(translator)
        return translator

    yield install
    for translator in installed:
        remove_translator(translator)


# ----- the .ts files against the sources ---------------------------------------------------


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory) -> set[str]:
    """Every string pylupdate5 extracts from the sources now, into a temporary ``.ts``."""
    fresh = translations.update(tmp_path_factory.mktemp("ts"), languages=("ru",))
    return {source for source, _, _ in translations.messages(fresh[0])}


@pytest.mark.subprocess
def test_every_source_string_is_in_the_committed_ts_and_translated(fresh_sources):
    assert len(fresh_sources) > 50, "pylupdate5 found too few strings"
    for language in translations.LANGUAGES:
        committed_path = translations.ts_path(translations.I18N_DIR, language)
        committed = {source for source, _, _ in translations.messages(committed_path)}
        missing = sorted(fresh_sources - committed)
        assert not missing, (f"{committed_path.name} lacks {len(missing)} string(s); run "
                             f"'make update-translations' and translate them: {missing[:10]}")
        assert translations.problems(committed_path) == []


def _literal_texts(tree: ast.AST) -> set[str]:
    """Texts of tr("...") and QT_TRANSLATE_NOOP(context, "...") calls, as Python reads them."""
    texts = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None)
            index = {"tr": 0, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is not None and len(node.args) > index:
                argument = node.args[index]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    texts.add(argument.value)
    return texts


@pytest.mark.subprocess
def test_pylupdate5_reads_every_string_of_every_module(fresh_sources):
    """pylupdate5 has its own Python tokenizer: a string it misreads would never be translated."""
    unseen = []
    for relative in translations.source_files():
        tree = ast.parse((REPO / relative).read_text(encoding="utf-8"))
        unseen += [f"{relative}: {text!r}" for text in _literal_texts(tree) - fresh_sources]
    assert unseen == []


def _leftover_english(text: str) -> list[str]:
    """Latin words of a translation that are neither kept names nor identifiers."""
    text = translations.PLACEHOLDER.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z0-9_.*-]*", text)
    return [w for w in words
            if w.strip(".-") not in KEPT_WORDS and "_" not in w and "." not in w.strip(".")
            and not re.fullmatch(r"[A-Z0-9-]{1,6}|[a-z]{1,2}|\*\.[a-z]+", w.strip("."))]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_translations_are_in_the_language_and_keep_placeholders_and_shortcuts(language):
    path = translations.ts_path(translations.I18N_DIR, language)
    english_left, shortcut_lost = [], []
    for source, translation, _ in translations.messages(path):
        if not translation:
            continue  # unfinished: reported by the test above
        if _leftover_english(translation) and not CYRILLIC.search(translation):
            english_left.append(translation)
        if re.search(r"&[A-Za-z]", source) and not re.search(r"&\w", translation):
            shortcut_lost.append(source)
        assert translations.placeholders(source) == translations.placeholders(translation), source
    assert english_left == []
    assert shortcut_lost == []


def test_kazakh_is_not_a_copy_of_russian():
    """Single words may coincide (Идентификатор, Реинтродукция); phrases may not."""
    russian = {s: t for s, t, _ in translations.messages(translations.ts_path(
        translations.I18N_DIR, "ru"))}
    copies = [t for s, t, _ in translations.messages(translations.ts_path(
        translations.I18N_DIR, "kk"))
        if len(CYRILLIC.findall(t)) > 12 and len(t.split()) > 2 and russian.get(s) == t]
    assert copies == []


def test_tr_is_called_on_literal_text_that_pylupdate5_can_see():
    """tr(f"...") or tr(variable) would reach users untranslated: pylupdate5 cannot extract it.

    A module constant marked with QT_TRANSLATE_NOOP("@default", "...") may be passed by name.
    """
    bad = []
    for relative in translations.source_files():
        tree = ast.parse((REPO / relative).read_text(encoding="utf-8"))
        marked = {
            target.id
            for node in ast.walk(tree) if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", "") in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP")
            for target in node.targets if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr"):
                continue
            argument = node.args[0] if node.args else None
            literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            if not literal and not (isinstance(argument, ast.Name) and argument.id in marked):
                bad.append(f"{relative}:{node.lineno}")
    assert bad == []


#: Qt and QGIS calls whose text arguments a user reads.
UI_TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setTitle",
    "setSuffix", "setPrefix", "setSpecialValueText", "setLabelText", "setTabText", "addTab",
    "addRow", "addItem", "addItems", "setHeaderLabels", "setHorizontalHeaderLabels",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton",
    "pushMessage", "pushWarning", "pushCritical", "pushInfo", "pushSuccess", "information",
    "warning", "critical", "question", "getText", "getItem", "setUnitLabel", "addGroup",
    "insertGroup", "setName", "reportError", "setProgressText", "add_parser",
}
LOGGERS = {"LOG", "LOGGER", "logger", "logging", "log", "feedback_log"}


def test_no_user_visible_text_bypasses_tr():
    """A literal (or f-string) handed to a widget or message bar would stay English."""
    bad = []
    for relative in translations.source_files():
        tree = ast.parse((REPO / relative).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            receiver = getattr(getattr(func, "value", None), "id", None)
            if name not in UI_TEXT_CALLS or receiver in LOGGERS:
                continue
            positional = [] if name == "add_parser" else node.args  # the command's name
            arguments = [*positional, *(k.value for k in node.keywords
                                        if k.arg in ("help", "text", "title", "description"))]
            for argument in arguments:
                literal = (isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                           and re.search(r"[A-Za-z]{2,}", argument.value))
                if literal or (isinstance(argument, ast.JoinedStr) and any(
                        isinstance(v, ast.Constant) and re.search(r"[A-Za-z]{3,}", v.value)
                        for v in argument.values)):
                    bad.append(f"{relative}:{node.lineno}: {name}")
    assert bad == []


# ----- the plugin in Russian and Kazakh ---------------------------------------------------


def test_qgis_language_follows_the_user_locale_only_with_the_override(user_locale):
    from qgis.PyQt.QtCore import QLocale

    from plugin.i18n import qgis_language

    user_locale("kk_KZ")
    assert qgis_language() == "kk"
    user_locale("ru_RU", override=False)
    assert qgis_language() == QLocale.system().name()[:2].lower()


def test_qgis_language_is_the_translation_qgis_started_with(user_locale):
    """``qgis --lang kk`` sets the translation without touching the settings."""
    from qgis.core import QgsApplication

    from plugin.i18n import qgis_language

    user_locale("ru_RU")
    QgsApplication.setTranslation("kk_KZ")
    try:
        assert qgis_language() == "kk"
    finally:
        QgsApplication.setTranslation("")
    assert qgis_language() == "ru"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_plugin_menu_toolbox_and_statuses_follow_the_qgis_locale(
        language, qgis_iface, user_locale, compiled_translations, monkeypatch):
    from qgis.core import QgsApplication

    from plugin.gui.main import TbpaRegistryPlugin
    from plugin.i18n import current_language, tr
    from plugin.registry.catalogue import Status

    menus: list[tuple[str, str]] = []
    monkeypatch.setattr(qgis_iface, "addPluginToMenu",
                        lambda menu, action: menus.append((menu, action.text())))
    user_locale(language)
    expected = EXPECTED[language]
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initProcessing()  # QGIS's order: the provider (and its algorithms) before the GUI
    plugin.initGui()
    try:
        assert current_language() == language
        assert menus, "the plugin added no menu entry"
        assert {menu for menu, _ in menus} == {expected["menu"]}
        assert expected["open"] in {text for _, text in menus}
        assert Status.CREATED.label() == expected["created"]
        assert Status.PLANNED.label() == expected["planned"]
        provider = QgsApplication.processingRegistry().providerById("tbpa")
        assert provider.name() == expected["menu"].lstrip("&")
        for algorithm in provider.algorithms():
            for text in (algorithm.displayName(), algorithm.group(),
                         algorithm.shortHelpString()):
                assert CYRILLIC.search(text), f"{algorithm.id()}: {text!r} is not translated"
        gaps = QgsApplication.processingRegistry().algorithmById("tbpa:crossbordergaps")
        assert gaps is not None
        assert gaps.displayName() == expected["gaps"]
        assert CYRILLIC.search(gaps.shortHelpString())
        for algorithm in provider.algorithms():
            for parameter in algorithm.parameterDefinitions():
                assert CYRILLIC.search(parameter.description()), \
                    f"{algorithm.id()}: {parameter.name()}"
                if parameter.type() == "enum":
                    for option in parameter.options():
                        assert CYRILLIC.search(option), f"{algorithm.id()}: {option}"
            for output in algorithm.outputDefinitions():
                assert CYRILLIC.search(output.description()), \
                    f"{algorithm.id()}: {output.name()}"
        tabs: list[str] = []

        def collect(_message, tag, _level):
            tabs.append(tag)

        QgsApplication.messageLog().messageReceived.connect(collect)
        logging.getLogger("plugin.registry.store").warning("registry is busy")
        QgsApplication.messageLog().messageReceived.disconnect(collect)
        assert expected["menu"].lstrip("&") in tabs  # the Log Messages tab
    finally:
        plugin.unload()
    assert tr("Created") == "Created"
    assert current_language() == "en"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_gap_messages_are_in_the_language(language, speak, demo_registry):
    from plugin.analysis.gaps import GapParameters, find_cross_border_gaps, gap_type_label
    from plugin.registry.names import display_name
    from plugin.registry.store import open_registry

    speak(language)
    with open_registry(demo_registry) as store:
        gaps = find_cross_border_gaps(store, GapParameters())
        areas = {row["pa_id"]: row for row in store.rows("protected_areas")}
        networks = {row["network_id"]: row for row in store.rows("networks")}
    assert gaps, "the demo registry has cross-border gaps"
    for gap in gaps:  # records are named in the language too, not in English
        if gap.pa_id:
            assert display_name(areas[gap.pa_id], language) in gap.message
        if gap.network_id:
            assert display_name(networks[gap.network_id], language) in gap.message
    for gap in gaps:
        assert CYRILLIC.search(gap.message), gap.message
        assert not re.search(r"\b(lies|protected area|reaches|but|within)\b", gap.message), \
            gap.message
        assert CYRILLIC.search(gap_type_label(gap.gap_type))
        assert not re.search(r"\d\.\d", gap.message), "decimal comma, as readers write it"
    if language == "ru":
        assert any("ООПТ" in gap.message for gap in gaps)
    else:
        assert any("ЕҚТА" in gap.message for gap in gaps)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_layer_panel_groups_and_layers_are_named_in_the_language(language, speak,
                                                                 demo_registry):
    from qgis.core import QgsProject

    from plugin.project.registry_layers import add_registry_to_project

    speak(language)
    project = QgsProject()
    group = add_registry_to_project(demo_registry, project, language)
    names = [child.name() for child in group.children()]
    expected = EXPECTED[language]
    assert names[:3] == [f"{expected['created']} (5)", f"{expected['draft']} (2)",
                         f"{expected['planned']} (3)"]
    for name in names:
        assert CYRILLIC.search(name), f"group or layer {name!r} is not translated"
    layers = list(project.mapLayers().values())
    for layer in layers:  # labels evaluate, in the language
        if layer.labelsEnabled() and layer.labeling() is not None:
            from qgis.core import QgsExpression, QgsExpressionContext

            settings = layer.labeling().settings()
            expression = QgsExpression(settings.fieldName if settings.isExpression
                                       else QgsExpression.quotedColumnRef(settings.fieldName))
            assert not expression.hasParserError(), (layer.name(),
                                                     expression.parserErrorString())
            context = QgsExpressionContext()
            context.setFeature(next(layer.getFeatures()))
            label = expression.evaluate(context)
            assert label and CYRILLIC.search(str(label)), (layer.name(), label)
    assert {layer.name() for layer in layers} >= {expected["protected_areas"],
                                                  expected["range_states"]}
    for layer in layers:  # drop-downs of the coded fields
        for index in range(layer.fields().count()):
            setup = layer.editorWidgetSetup(index)
            if setup.type() == "ValueMap":
                for entry in setup.config()["map"]:
                    for label in entry:
                        assert CYRILLIC.search(label) or re.fullmatch(r"I[ab]|[IV]+", label), \
                            f"{layer.name()}: {layer.fields()[index].name()}: {label}"
    for layer in layers:  # column titles of the attribute tables and forms
        for field in layer.fields():
            if field.name() not in ("fid", "geometry", "geom"):
                assert CYRILLIC.search(layer.attributeDisplayName(
                    layer.fields().indexOf(field.name()))), f"{layer.name()}: {field.name()}"


@pytest.mark.parametrize(("language", "required", "not_whole"), [
    ("ru", "требуется значение", "«abc» — не целое число"),
    ("kk", "мән міндетті", "«abc» бүтін сан емес"),
])
def test_record_errors_from_pydantic_are_translated(language, required, not_whole, speak):
    from plugin.registry.model import ProtectedArea, RecordError

    speak(language)
    record = {"pa_id": "KAZ-TEST", "name_en": "Test", "iso3": "KAZ", "status": "created",
              "geometry": "POLYGON((70 42, 71 42, 71 43, 70 42))"}
    with pytest.raises(RecordError) as empty_name:
        ProtectedArea.parse({**record, "name_en": ""})
    assert str(empty_name.value).endswith(required)
    assert "«name_en»" in str(empty_name.value)
    with pytest.raises(RecordError) as bad_number:
        ProtectedArea.parse({**record, "wdpa_id": "abc"})
    assert str(bad_number.value).endswith(not_whole)


def test_record_names_follow_the_language():
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    from plugin.project.display_names import name_expression
    from plugin.registry.names import display_name

    fields = QgsFields()
    for name in ("name_en", "name_ru", "name_local", "iso3"):
        fields.append(QgsField(name, QVariant.String))

    def label(language: str, values: dict) -> str:
        feature = QgsFeature(fields)
        for key, value in values.items():
            feature[key] = value
        context = QgsExpressionContext()
        context.setFeature(feature)
        expression = QgsExpression(name_expression(language, with_local=True))
        result = expression.evaluate(context)
        assert not expression.hasEvalError(), expression.evalErrorString()
        assert result == display_name(values, language)
        return result

    katon = {"name_en": "Katon-Karagay NNP", "name_ru": "ГНПП «Катон-Карагай»",
             "name_local": "Катонқарағай МҰТП", "iso3": "KAZ"}
    besh_aral = {"name_en": "Besh-Aral SNR", "name_ru": "заповедник Беш-Арал",
                 "name_local": "Беш-Арал коругу", "iso3": "KGZ"}
    unnamed = {"name_en": "Ustyurt SNR", "name_ru": "", "name_local": "", "iso3": "KAZ"}
    assert label("en", katon) == "Katon-Karagay NNP"
    assert label("ru", katon) == "ГНПП «Катон-Карагай»"
    assert label("kk", katon) == "Катонқарағай МҰТП"
    assert label("kk", besh_aral) == "заповедник Беш-Арал"
    assert label("ru", unnamed) == "Ustyurt SNR"
    assert label("kk", unnamed) == "Ustyurt SNR"

    from plugin.project.display_names import range_state_label_expression

    def country_label(language: str) -> str:
        feature = QgsFeature(fields)
        feature["name_en"], feature["name_ru"], feature["iso3"] = "China", "Китай", "CHN"
        context = QgsExpressionContext()
        context.setFeature(feature)
        return QgsExpression(range_state_label_expression(language)).evaluate(context)

    assert (country_label("en"), country_label("ru"), country_label("kk")) == (
        "China", "Китай", "Қытай")


# ----- the command line ---------------------------------------------------------------------


@pytest.mark.subprocess
def test_command_line_speaks_russian_with_lang_and_kazakh_from_LANG(demo_registry,
                                                                   compiled_translations):
    russian = run_cli("--lang", "ru", "summary", str(demo_registry))
    assert russian.returncode == 0, russian.stderr
    assert "Сети:" in russian.stdout
    assert "Создана" in russian.stdout
    assert re.search(r"Создана \d{1,3}\u00a0\d{3}", russian.stdout), "67 354, not 67,354"
    assert "Networks" not in russian.stdout

    kazakh = run_cli("summary", str(demo_registry), env={"LANG": "kk_KZ.UTF-8"})
    assert kazakh.returncode == 0, kazakh.stderr
    assert "Желілер:" in kazakh.stdout
    assert "Құрылған" in kazakh.stdout

    english = run_cli("summary", str(demo_registry))
    assert "Networks:" in english.stdout


@pytest.mark.subprocess
def test_command_line_errors_are_translated(tmp_path, compiled_translations):
    result = run_cli("--lang", "ru", "validate", str(tmp_path / "missing.gpkg"))
    assert result.returncode == 1
    assert "ошибка:" in result.stderr or "файл реестра не найден" in result.stderr + \
        result.stdout
    assert "no such registry file" not in result.stderr + result.stdout


@pytest.mark.parametrize(("language", "usage", "missing"), [
    ("ru", "использование:", "требуются аргументы: registry"),
    ("kk", "қолданылуы:", "мына аргументтер міндетті: registry"),
])
@pytest.mark.subprocess
def test_command_line_help_and_usage_errors_have_no_english(language, usage, missing,
                                                           compiled_translations):
    help_text = run_cli("--lang", language, "--help")
    assert help_text.returncode == 0
    assert help_text.stdout.startswith(usage)
    for english in ("usage:", "options:", "positional arguments", "show this help",
                    "transboundary", "create an empty registry"):
        assert english not in help_text.stdout

    wrong = run_cli("--lang", language, "summary")
    assert wrong.returncode == 2
    assert missing in wrong.stderr
    assert "required" not in wrong.stderr


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_plugin_manager_shows_name_and_description_in_the_language(language):
    """QGIS's plugin manager reads ``name[ru]``, ``description[kk]``... from metadata.txt."""
    import configparser

    metadata = configparser.ConfigParser()
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    assert general[f"name[{language}]"] == EXPECTED[language]["menu"].lstrip("&")
    for key in ("description", "about"):
        text = general[f"{key}[{language}]"]
        assert CYRILLIC.search(text) and not _leftover_english(text.replace("CAMI", "")), key


def test_a_missing_compiled_translation_is_reported_not_fatal(qgis_app, tmp_path, monkeypatch,
                                                              caplog):
    import plugin.i18n as i18n

    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    assert i18n.load_translator("ru") is None
    assert "make translations" in caplog.text
    assert i18n.current_language() == "en"
    assert i18n.tr("Created") == "Created"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_processing_gaps_in_the_language_as_a_user_runs_them(
        language, qgis_iface, qgis_processing, user_locale, compiled_translations,
        demo_registry, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    from plugin.gui.main import TbpaRegistryPlugin

    user_locale(language)
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initProcessing()  # what QGIS does at start-up for a Processing plugin
    try:
        output = tmp_path / "gaps.gpkg"
        result = processing.run("tbpa:crossbordergaps", {
            "registry": str(demo_registry),
            "cross_border_gaps": f"ogr:dbname='{output}' table=\"cross_border_gaps\" (geom)"})
        layer = QgsVectorLayer(f"{output}|layername=cross_border_gaps", "gaps", "ogr")
        messages = [feature["message"] for feature in layer.getFeatures()]
        assert len(messages) == result["gap_count"] > 0
        assert all(CYRILLIC.search(m) and not re.search(r"\b(lies|within)\b", m)
                   for m in messages)
        with pytest.raises(QgsProcessingException) as refused:
            processing.run("tbpa:crossbordergaps", {
                "registry": str(demo_registry), "dispersal_km": "kulan=far",
                "cross_border_gaps": "memory:"})
        assert "kulan" in str(refused.value) and "«far»" in str(refused.value)
    finally:
        plugin.unload()


def test_demo_registry_built_in_russian_has_a_russian_title(speak, tmp_path):
    from plugin.registry.sources import build_demo_registry
    from plugin.registry.store import open_registry

    speak("ru")
    with open_registry(build_demo_registry(tmp_path)) as store:
        assert store.title == "Трансграничные сети ООПТ Казахстана (демо)"
