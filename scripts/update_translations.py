"""Keep the translations (``i18n/tbpa_*.ts``) in step with the sources and compile them.

``update``   runs ``pylupdate5`` over every ``plugin/**/*.py`` (the list is made here, never kept
             by hand, so a new module cannot be missed) and merges new strings into the ``.ts``
             files; strings gone from the sources are dropped. Without ``pylupdate5`` (a Qt6-only
             system has none; ``pylupdate6`` gives other contexts) the same strings are found
             with ``ast`` here and merged the same way.
``compile``  runs ``lrelease`` to make the ``.qm`` files the plugin loads (build output): Qt5's
             or Qt6's (``lrelease``, ``lrelease-qt6``, ``/usr/lib/qt6/bin/lrelease``, ...; the
             ``.qm`` format is the same), or ``$LRELEASE``.
``status``   counts finished strings per language and lists the rest (exit 1 if any is left).
``unfinished`` prints the unfinished sources as JSON ``{"ru": {source: ""}, ...}`` to translate.
``apply``    fills translations from such a JSON file (``{"ru": {source: translation}}``) after
             checking that each keeps the source's ``{placeholders}``.

The ``.ts`` files are the source of truth of the translations; only the standard library is used
so the script runs before the virtual environment exists (``make translations``).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "i18n"
LANGUAGES = ("ru", "kk")
#: ``{name}``/``{km:.1f}`` (str.format) and ``%(name)s``/``%s`` (argparse's texts).
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}"
                         r"|%\([A-Za-z_]+\)[rsd]|%[rsd]")
LRELEASE_CANDIDATES = ("lrelease", "lrelease-qt6", "lrelease6", "/usr/lib/qt6/bin/lrelease",
                       "lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "pyside6-lrelease")
#: Only pylupdate5 gives a bare ``tr()`` the context "@default" the plugin translates with.
PYLUPDATE = "pylupdate5"
#: Calls whose literal arguments are translatable: ``tr(text)`` and ``(context, text)`` ones.
CONTEXT_CALLS = ("QT_TRANSLATE_NOOP", "translate")


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python module of the plugin, relative to ``root``, in a stable order."""
    return sorted(
        path.relative_to(root)
        for path in (root / "plugin").rglob("*.py")
        if "__pycache__" not in path.parts
    )


def ts_path(ts_dir: Path, language: str) -> Path:
    """Where the translation file of ``language`` lives."""
    return ts_dir / f"tbpa_{language}.ts"


def update(ts_dir: Path = I18N_DIR, languages: tuple[str, ...] = LANGUAGES,
           program: str | None = PYLUPDATE) -> list[Path]:
    """Run pylupdate5 into ``ts_dir`` (merging with what is there); return the ``.ts`` paths.

    Without pylupdate5 on PATH (or with ``program=None``) the built-in extractor does the same.
    """
    ts_dir.mkdir(parents=True, exist_ok=True)
    targets = [ts_path(ts_dir, language).resolve() for language in languages]
    if program is None or shutil.which(program) is None:
        for target, language in zip(targets, languages, strict=True):
            _merge(target, language, extract_messages())
        return targets
    command = ["pylupdate5", "-noobsolete", *map(str, source_files()), "-ts", *map(str, targets)]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env,
                            check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pylupdate5 failed: {result.stderr.strip() or result.stdout.strip()}")
    for target, language in zip(targets, languages, strict=True):
        _set_language(target, language)
    return targets


def _call_name(node: ast.Call) -> str:
    """``tr`` for ``tr(...)``, ``translate`` for ``QCoreApplication.translate(...)``."""
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else ""


def _literal(node: ast.expr) -> str | None:
    """The text of a string literal (adjacent literals joined), else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract_messages(root: Path = ROOT) -> list[tuple[str, str, str, int]]:
    """(context, source, file, line) of each translatable string, as pylupdate5 finds them.

    A bare ``tr("text")`` has the context "@default"; ``QT_TRANSLATE_NOOP("ctx", "text")`` and
    ``translate("ctx", "text")`` name theirs. Arguments that are not literals are not strings to
    translate (``tr(variable)``): pylupdate5 leaves them out too.
    """
    found = []
    for relative in source_files(root):
        tree = ast.parse((root / relative).read_text(encoding="utf-8"))
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
        for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
            name, args = _call_name(node), node.args
            if name == "tr" and isinstance(node.func, ast.Name) and args:
                context, text = "@default", _literal(args[0])
            elif name in CONTEXT_CALLS and len(args) >= 2:
                context, text = _literal(args[0]), _literal(args[1])
            else:
                continue
            if context is not None and text:
                found.append((context, text, relative.as_posix(), node.lineno))
    return found


def _merge(path: Path, language: str, found: list[tuple[str, str, str, int]]) -> None:
    """Write ``path`` with the ``found`` strings, keeping the translations it already has."""
    known: dict[tuple[str, str], ET.Element] = {}
    if path.exists():
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") not in (
                        "obsolete", "vanished"):
                    known[(context.findtext("name") or "", message.findtext("source") or "")] = \
                        translation
    contexts: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for context, text, filename, line in found:
        contexts.setdefault(context, {}).setdefault(text, []).append((filename, line))
    root = ET.Element("TS", {"version": "2.1", "language": language})
    relative = Path(os.path.relpath(ROOT, path.parent))
    for context, sources in contexts.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for text, locations in sources.items():
            message = ET.SubElement(element, "message")
            for filename, line in locations:
                ET.SubElement(message, "location", {
                    "filename": (relative / filename).as_posix(), "line": str(line)})
            ET.SubElement(message, "source").text = text
            old = known.get((context, text))
            translation = ET.SubElement(message, "translation")
            if old is not None and (old.text or "").strip():
                translation.text = old.text
                if old.get("type"):
                    translation.set("type", old.get("type") or "")
            else:
                translation.set("type", "unfinished")
    _write_ts(ET.ElementTree(root), path)


def _set_language(path: Path, language: str) -> None:
    """Record the target language in the ``.ts`` (pylupdate5 leaves it out; lrelease uses it)."""
    text = path.read_text(encoding="utf-8")
    new = re.sub(r'<TS version="([^"]+)"(?: language="[^"]*")?>',
                 rf'<TS version="\1" language="{language}">', text, count=1)
    if new != text:
        path.write_text(new, encoding="utf-8")


def lrelease_program() -> str:
    """The lrelease executable (``$LRELEASE`` first)."""
    for candidate in (os.environ.get("LRELEASE", ""), *LRELEASE_CANDIDATES):
        if candidate and (found := shutil.which(candidate)):
            return found
    raise RuntimeError("lrelease not found: install qttools5-dev-tools (Qt5) or qt6-l10n-tools "
                       "(Qt6), or set LRELEASE")


def compile_qm(ts_dir: Path = I18N_DIR, out_dir: Path | None = None,
               languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Compile each ``.ts`` of ``ts_dir`` to ``.qm`` in ``out_dir`` (default: next to it)."""
    out_dir = out_dir or ts_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    program = lrelease_program()
    outputs = []
    for language in languages:
        source = ts_path(ts_dir, language)
        target = out_dir / f"tbpa_{language}.qm"
        result = subprocess.run([program, "-silent", str(source), "-qm", str(target)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not target.exists():
            raise RuntimeError(f"lrelease failed on {source}: {result.stderr.strip()}")
        outputs.append(target)
    return outputs


def messages(path: Path) -> list[tuple[str, str, str | None]]:
    """(source, translation, type) of each current message of a ``.ts``; obsolete ones left out."""
    found = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        found.append((source, (translation.text or "") if translation is not None else "", kind))
    return found


def placeholders(text: str) -> list[str]:
    """The distinct placeholders of ``text``, sorted: a translation may reorder or repeat them."""
    return sorted(set(PLACEHOLDER.findall(text)))


def problems(path: Path) -> list[str]:
    """Why the ``.ts`` at ``path`` is not ready: unfinished, empty or placeholder mismatches."""
    found = []
    for source, translation, kind in messages(path):
        if kind == "unfinished" or not translation.strip():
            found.append(f"{path.name}: unfinished: {source!r}")
        elif placeholders(source) != placeholders(translation):
            found.append(f"{path.name}: placeholders differ: {source!r} -> {translation!r}")
    return found


def apply(mapping: dict[str, dict[str, str]], ts_dir: Path = I18N_DIR) -> dict[str, int]:
    """Fill translations from ``{language: {source: translation}}``; return how many per language.

    Raises ValueError when a translation loses or invents a placeholder (nothing is written then).
    """
    errors = []
    for translations in mapping.values():
        for source, translation in translations.items():
            if translation and placeholders(source) != placeholders(translation):
                errors.append(f"placeholders differ: {source!r} -> {translation!r}")
    if errors:
        raise ValueError("\n".join(errors))
    counts = {}
    for language, translations in mapping.items():
        path = ts_path(ts_dir, language)
        tree = ET.parse(path)
        count = 0
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            text = translations.get(source, "")
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            count += 1
        _write_ts(tree, path)
        counts[language] = count
    return counts


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a ``.ts`` the way Qt tools read it (pylupdate5 rewrites it in its layout anyway)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line of the script; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile", "status", "unfinished", "apply"))
    parser.add_argument("json_file", nargs="?", type=Path, help="translations for 'apply'")
    parser.add_argument("--ts-dir", type=Path, default=I18N_DIR, help="folder of the .ts files")
    parser.add_argument("--qm-dir", type=Path, help="folder of the .qm files (default: ts-dir)")
    args = parser.parse_args(argv)
    try:
        if args.action == "update":
            for path in update(args.ts_dir):
                print(f"{path}: {len(messages(path))} strings")
        elif args.action == "compile":
            for path in compile_qm(args.ts_dir, args.qm_dir):
                print(path)
        elif args.action == "status":
            left = []
            for language in LANGUAGES:
                path = ts_path(args.ts_dir, language)
                issues = problems(path)
                print(f"{language}: {len(messages(path)) - len(issues)} of "
                      f"{len(messages(path))} strings translated")
                left += issues
            print("\n".join(left))
            return 1 if left else 0
        elif args.action == "unfinished":
            todo = {
                language: {source: translation for source, translation, kind
                           in messages(ts_path(args.ts_dir, language))
                           if kind == "unfinished" or not translation.strip()}
                for language in LANGUAGES
            }
            print(json.dumps(todo, ensure_ascii=False, indent=1))
        else:
            if args.json_file is None:
                parser.error("apply needs a JSON file")
            mapping = json.loads(args.json_file.read_text(encoding="utf-8"))
            print(apply(mapping, args.ts_dir))
            update(args.ts_dir)  # back into pylupdate5's layout
    except (RuntimeError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
