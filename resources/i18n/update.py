"""Refresh the translation sources from the code and list what is left to translate.

    uv run python resources/i18n/update.py          # update the .ts files; list untranslated strings
    uv run python resources/i18n/update.py --check  # change nothing; exit 1 if a .ts is behind the code
                                                    # or a string is untranslated

It runs PySide6's lupdate over every ``viewer/**/*.py`` (it finds ``self.tr(...)``
and ``QCoreApplication.translate(...)`` calls), and over the templates of the
model's problem messages (``msg("...")`` in ``viewer/model``, which must not
import Qt: they are collected here and given to lupdate in context
"Problems"), keeping what is translated
already, adding new strings as unfinished and dropping strings the code no
longer has. ``claims_atlas_ru.ts`` holds every string; translate the new ones
in Qt Linguist (``uv run pyside6-linguist resources/i18n/claims_atlas_ru.ts``) or in
a text editor (fill ``<translation>``, remove ``type="unfinished"``).
``claims_atlas_en.ts`` only holds the plural forms of English, which this
script fills itself for sources written "%n claim(s)". The app compiles the
``.ts`` files to ``.qm`` when it starts (viewer/qt/i18n.py); nothing else to do.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = {"ru": "ru_RU", "en": "en"}


def lupdate() -> Path:
    import PySide6
    return Path(PySide6.__file__).resolve().parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "viewer").rglob("*.py"))


def problem_templates() -> tuple[list[str], list[str]]:
    """The templates of every ``msg(...)`` call in viewer/model, and where a call has no literal template."""
    templates, odd = [], []
    for path in sorted((ROOT / "viewer" / "model").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"):
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if first.value not in templates:
                    templates.append(first.value)
            else:
                odd.append(f"{path.relative_to(ROOT)}:{node.lineno}: msg() needs a literal template")
    return templates, odd


def write_problem_source(folder: Path) -> Path:
    """The problem templates as calls lupdate reads (context "Problems"; counts with %n as plurals)."""
    lines = []
    for template in problem_templates()[0]:
        literal = json.dumps(template, ensure_ascii=False)
        lines.append(f'QCoreApplication.translate("Problems", {literal}, "", 1)' if "%n" in template
                     else f'QT_TRANSLATE_NOOP("Problems", {literal})')
    path = folder / "problem_templates.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_lupdate(ts: Path, lang: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        extra = write_problem_source(Path(tmp))
        args = [str(lupdate()), *sources(), str(extra), "-target-language", LANGUAGES[lang],
                "-locations", "none", "-no-obsolete", "-silent", "-ts", str(ts)]
        if lang == "en":
            args.insert(-2, "-pluralonly")
        subprocess.run(args, check=True, cwd=ROOT)


def fill_english_plurals(ts: Path) -> bool:
    """"%n claim(s)" -> "%Ln claim" / "%Ln claims" for unfinished English plurals; True if any changed."""
    tree = ET.parse(ts)
    changed = False
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished" or "(s)" not in source:
            continue
        text = source.replace("%n", "%Ln")
        for form in list(translation):
            translation.remove(form)
        for word in (text.replace("(s)", ""), text.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = word
        del translation.attrib["type"]
        changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def untranslated(ts: Path) -> list[str]:
    """Each untranslated message as "context: source"."""
    left = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else []
            empty = not (translation.text or "").strip() if not forms else not all(forms)
            if translation.get("type") == "unfinished" or empty:
                left.append(f"{name}: {(message.findtext('source') or '').splitlines()[0]!r}")
    return left


def update(folder: Path) -> dict[str, list[str]]:
    """Update the .ts files in ``folder``; the untranslated messages of each."""
    report = {}
    for lang in LANGUAGES:
        ts = folder / f"claims_atlas_{lang}.ts"
        run_lupdate(ts, lang)
        if lang == "en" and fill_english_plurals(ts):
            run_lupdate(ts, lang)   # back to lupdate's own layout
        report[lang] = untranslated(ts)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the .ts files are behind the code or incomplete")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            for lang in LANGUAGES:
                shutil.copy(HERE / f"claims_atlas_{lang}.ts", tmp)
            report = update(Path(tmp))
            stale = [lang for lang in LANGUAGES if (Path(tmp) / f"claims_atlas_{lang}.ts").read_bytes()
                     != (HERE / f"claims_atlas_{lang}.ts").read_bytes()]
    else:
        report, stale = update(HERE), []
    odd = problem_templates()[1]
    for line in odd:
        print(line)
    for lang in stale:
        print(f"claims_atlas_{lang}.ts is behind the code: run 'uv run python resources/i18n/update.py'")
    for lang, left in report.items():
        for line in left:
            print(f"{lang}: untranslated: {line}")
        print(f"claims_atlas_{lang}.ts: {len(left)} untranslated", file=sys.stderr)
    return 1 if odd or (args.check and (stale or any(report.values()))) else 0


if __name__ == "__main__":
    sys.exit(main())
