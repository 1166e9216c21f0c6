"""The language of the interface: Vietnamese (the source text) or English.

The catalogues are resources/i18n/kttt_<code>.ts (committed; extracted and compiled by
scripts/build_translations.py). The window loads the compiled .qm into a QTranslator
(``kttt_desktop.app``). The command must not import Qt, so it reads the .ts file itself
(:func:`ts_backend`) and puts it behind ``core.i18n.translate``.

The officer's choice is stored in the settings file (key :data:`LANGUAGE_KEY`, set in Cài đặt);
the command follows it too unless ``--lang`` says otherwise.
"""

from __future__ import annotations

import configparser
from pathlib import Path

from kttt_desktop.core.errors import FileUnreadable
from kttt_desktop.core.i18n import Backend, translate
from kttt_desktop.system.paths import resources_dir, settings_file

SOURCE_LANGUAGE = "vi"
# Each language named in itself: the choice must be readable whatever the current language is.
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
LANGUAGE_KEY = "ui/language"
LANGUAGE_PROPERTY = "kttt_language"  # the QApplication property naming the language in use


def catalogue_path(code: str, suffix: str = ".ts") -> Path:
    """The catalogue of ``code``: ``.ts`` (the source, read by the command) or ``.qm``."""
    return resources_dir() / "i18n" / f"kttt_{code}{suffix}"


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a .ts file, by (context, source text)."""
    from defusedxml.ElementTree import parse

    try:
        root = parse(path).getroot()
    except (OSError, SyntaxError) as exc:  # ParseError is a SyntaxError
        raise FileUnreadable(translate(
            "Languages", "Không đọc được tệp ngôn ngữ {path}: {error}").format(
                path=path, error=exc)) from exc
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue  # unfinished, obsolete or empty: the source text is shown
            table[(name, message.findtext("source", ""))] = translation.text
    return table


def ts_backend(code: str) -> Backend | None:
    """A translate(context, text) reading the .ts of ``code``; None for the source language."""
    if code == SOURCE_LANGUAGE:
        return None
    table = read_catalogue(catalogue_path(code))
    return lambda context, text: table.get((context, text), text)


def saved_language(path: Path | None = None) -> str:
    """The language chosen in the settings file (the source language when none or unknown)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path or settings_file(), encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return SOURCE_LANGUAGE
    section, _, key = LANGUAGE_KEY.partition("/")
    code = parser.get(section, key, fallback=SOURCE_LANGUAGE)
    return code if code in LANGUAGES else SOURCE_LANGUAGE
