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


# The comparison workbook's own words, in the reference text's language: its
# sheets, its column headings, its row kinds and the Summary's counts.
_SHEET_KEYS = (
    "Comparison", "Summary", "Positions", "Call", "Label", "reference", "Position", "Comments", "Text",
    "Unchanged", "Modified", "Added", "Deleted", "Delegation", "Priority", "Rationale", "Owner", "Updated",
    "Heading", "Title", "Preamble",
)  # fmt: skip
_SHEETS = {
    "fr": (
        "Comparaison", "Synthèse", "Positions", "Partie", "Numéro", "référence", "Position", "Observations",
        "Texte", "Inchangées", "Modifiées", "Ajoutées", "Supprimées", "Délégation", "Priorité", "Justification",
        "Responsable", "Mise à jour", "En-tête", "Titre", "Préambule",
    ),
    "es": (
        "Comparación", "Resumen", "Posiciones", "Parte", "Número", "referencia", "Posición", "Observaciones",
        "Texto", "Sin cambios", "Modificadas", "Añadidas", "Suprimidas", "Delegación", "Prioridad",
        "Justificación", "Responsable", "Actualizado", "Encabezamiento", "Título", "Preámbulo",
    ),
    "ru": (
        "Сравнение", "Сводка", "Позиции", "Раздел", "Номер", "эталон", "Позиция", "Комментарии", "Текст",
        "Без изменений", "Изменено", "Добавлено", "Исключено", "Делегация", "Приоритет", "Обоснование",
        "Ответственный", "Обновлено", "Заголовок", "Название", "Преамбула",
    ),
    "ar": (
        "مقارنة", "ملخص", "المواقف", "الجزء", "الرقم", "المرجع", "الموقف", "تعليقات", "النص", "دون تغيير",
        "معدّل", "مضاف", "محذوف", "الوفد", "الأولوية", "المبررات", "المسؤول", "آخر تحديث", "العنوان الرئيسي",
        "العنوان", "الديباجة",
    ),
    "zh": (
        "比较", "摘要", "立场", "部分", "编号", "参考", "立场", "意见", "文本", "未修改", "已修改", "新增", "删除",
        "代表团", "优先级", "理由", "负责人", "更新日期", "标题", "名称", "序言",
    ),
}  # fmt: skip


def sheet_words(language: str) -> dict[str, str]:
    """The workbook's words in ``language`` (English when it has none), by their English."""
    words = _SHEETS.get(language)
    return dict(zip(_SHEET_KEYS, words)) if words else {key: key for key in _SHEET_KEYS}


# The delegation brief's own words, and the stances and priorities in words, by language.
_BRIEF_KEYS = (
    "Delegation brief", "Contents", "Priority", "Position of the delegation", "On its provisions",
    "Talking points", "Regional groups", "Proposals on this text", "No position recorded.",
    "support", "support with changes", "neutral", "oppose", "undecided", "high", "medium", "low",
    "Draft", "Submitted", "Adopted", "Adopted with modifications", "Not adopted", "Withdrawn", "Noted", "Suppressed",
    "Group", "Stance",
)  # fmt: skip
_BRIEFS = {
    "fr": (
        "Dossier de la délégation", "Table des matières", "Priorité", "Position de la délégation",
        "Sur ses dispositions", "Éléments de langage", "Groupes régionaux", "Propositions sur ce texte",
        "Aucune position enregistrée.", "appui", "appui avec modifications", "neutre", "opposition", "indécis",
        "haute", "moyenne", "basse",
        "Projet", "Soumise", "Adoptée", "Adoptée avec modifications",
        "Non adoptée", "Retirée", "Prise en note", "Supprimée",
        "Groupe", "Position",
    ),
    "es": (
        "Carpeta de la delegación", "Índice", "Prioridad", "Posición de la delegación", "Sobre sus disposiciones",
        "Argumentos", "Grupos regionales", "Propuestas sobre este texto", "No hay ninguna posición registrada.",
        "apoyo", "apoyo con cambios", "neutral", "oposición", "indecisa", "alta", "media", "baja",
        "Borrador", "Presentada", "Adoptada", "Adoptada con modificaciones",
        "No adoptada", "Retirada", "Se toma nota", "Suprimida",
        "Grupo", "Posición",
    ),
    "ru": (
        "Материалы для делегации", "Содержание", "Приоритет", "Позиция делегации", "По положениям",
        "Тезисы", "Региональные группы", "Предложения по этому тексту", "Позиция не записана.",
        "поддержка", "поддержка с изменениями", "нейтральная", "против", "не определена", "высокий", "средний",
        "низкий",
        "Проект", "Представлено", "Принято", "Принято с изменениями",
        "Не принято", "Отозвано", "Принято к сведению", "Исключено",
        "Группа", "Позиция",
    ),
    "ar": (
        "ملف الوفد", "المحتويات", "الأولوية", "موقف الوفد", "بشأن أحكامه", "نقاط الحديث", "المجموعات الإقليمية",
        "المقترحات بشأن هذا النص", "لم يُسجَّل أي موقف.", "تأييد", "تأييد مع تعديلات", "محايد", "معارضة",
        "غير محدد", "عالية", "متوسطة", "منخفضة",
        "مسودة", "مقدَّم", "معتمد", "معتمد مع تعديلات", "غير معتمد", "مسحوب", "أُحيط به علماً", "ملغى",
        "المجموعة", "الموقف",
    ),
    "zh": (
        "代表团简报", "目录", "优先级", "代表团立场", "关于各条款", "谈话要点", "区域组织", "关于本文本的提案",
        "未记录立场。", "支持", "有修改地支持", "中立", "反对", "未定", "高", "中", "低",
        "草案", "已提交", "已通过", "经修改后通过", "未通过", "已撤回", "已注意到", "已废止",
        "组织", "立场",
    ),
}  # fmt: skip


def brief_words(language: str) -> dict[str, str]:
    """The brief's words in ``language`` (English when it has none), by their English."""
    words = _BRIEFS.get(language)
    return dict(zip(_BRIEF_KEYS, words)) if words else {key: key for key in _BRIEF_KEYS}
