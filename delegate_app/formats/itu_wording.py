"""ITU's own wording for what an export writes around the texts, per language.

A French contribution says "Motifs:", not "Reasons:"; an Arabic one "الأسباب:".
Every word the Word writer adds itself (the Reasons label, "Original:", the
Abstract and Introduction headings, the title of a one-proposal MOD, the names
of the languages) comes from this one table, in the contribution's language,
so that no English is left in a document of another language. The words are
those of ITU's templates in each language (see the shared notes on ITU's Word
files); a language not in the table is written in English.
"""

from __future__ import annotations

from dataclasses import dataclass

_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


@dataclass(frozen=True)
class Wording:
    reasons: str
    original: str  # "Original: {0}", the language named in this language
    abstract: str
    introduction: str
    mod_title: str  # a one-proposal MOD's title: "PROPOSED MODIFICATION OF {0}"
    languages: tuple[str, ...]  # en, fr, es, ru, ar, zh, named in this language

    def language_name(self, code: str) -> str:
        return self.languages[_LANGUAGES.index(code)] if code in _LANGUAGES else code

    def original_line(self, code: str) -> str:
        return self.original.format(self.language_name(code))


WORDING = {
    "en": Wording(
        "Reasons:",
        "Original: {0}",
        "Abstract",
        "Introduction",
        "PROPOSED MODIFICATION OF {0}",
        ("English", "French", "Spanish", "Russian", "Arabic", "Chinese"),
    ),
    "fr": Wording(
        "Motifs:",
        "Original: {0}",
        "Résumé",
        "Introduction",
        "PROPOSITION DE MODIFICATION DE LA {0}",
        ("anglais", "français", "espagnol", "russe", "arabe", "chinois"),
    ),
    "es": Wording(
        "Motivos:",
        "Original: {0}",
        "Resumen",
        "Introducción",
        "PROPUESTA DE MODIFICACIÓN DE LA {0}",
        ("inglés", "francés", "español", "ruso", "árabe", "chino"),
    ),
    "ru": Wording(
        "Основания:",
        "Оригинал: {0}",
        "Резюме",
        "Введение",
        "ПРЕДЛАГАЕМОЕ ИЗМЕНЕНИЕ: {0}",
        ("английский", "французский", "испанский", "русский", "арабский", "китайский"),
    ),
    "ar": Wording(
        "الأسباب:",
        "الأصل: {0}",
        "ملخص",
        "مقدمة",
        "اقتراح بتعديل {0}",
        ("بالإنكليزية", "بالفرنسية", "بالإسبانية", "بالروسية", "بالعربية", "بالصينية"),
    ),
    "zh": Wording(
        "理由：",
        "原文：{0}",
        "摘要",
        "引言",
        "关于修改{0}的提案",
        ("英文", "法文", "西班牙文", "俄文", "阿拉伯文", "中文"),
    ),
}


def wording(language: str) -> Wording:
    return WORDING.get(language, WORDING["en"])
