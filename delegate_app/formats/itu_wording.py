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

from ..core.errors import DelegateError
from ..core.model import Contribution

_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


@dataclass(frozen=True)
class Wording:
    reasons: str
    original: str  # "Original: {0}", the language named in this language
    abstract: str
    introduction: str
    mod_title: str  # a one-proposal MOD's title: "PROPOSED MODIFICATION OF {0}"
    languages: tuple[str, ...]  # en, fr, es, ru, ar, zh, named in this language
    work_title: str = ""  # a new contribution's title: "PROPOSALS FOR THE WORK OF THE CONFERENCE"

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
        "PROPOSALS FOR THE WORK OF THE CONFERENCE",
    ),
    "fr": Wording(
        "Motifs:",
        "Original: {0}",
        "Résumé",
        "Introduction",
        "PROPOSITION DE MODIFICATION DE LA {0}",
        ("anglais", "français", "espagnol", "russe", "arabe", "chinois"),
        "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE",
    ),
    "es": Wording(
        "Motivos:",
        "Original: {0}",
        "Resumen",
        "Introducción",
        "PROPUESTA DE MODIFICACIÓN DE LA {0}",
        ("inglés", "francés", "español", "ruso", "árabe", "chino"),
        "PROPUESTAS PARA LOS TRABAJOS DE LA CONFERENCIA",
    ),
    "ru": Wording(
        "Основания:",
        "Оригинал: {0}",
        "Резюме",
        "Введение",
        "ПРЕДЛАГАЕМОЕ ИЗМЕНЕНИЕ: {0}",
        ("английский", "французский", "испанский", "русский", "арабский", "китайский"),
        "ПРЕДЛОЖЕНИЯ ДЛЯ РАБОТЫ КОНФЕРЕНЦИИ",
    ),
    "ar": Wording(
        "الأسباب:",
        "الأصل: {0}",
        "ملخص",
        "مقدمة",
        "اقتراح بتعديل {0}",
        ("بالإنكليزية", "بالفرنسية", "بالإسبانية", "بالروسية", "بالعربية", "بالصينية"),
        "مقترحات بشأن أعمال المؤتمر",
    ),
    "zh": Wording(
        "理由：",
        "原文：{0}",
        "摘要",
        "引言",
        "关于修改{0}的提案",
        ("英文", "法文", "西班牙文", "俄文", "阿拉伯文", "中文"),
        "有关大会工作的提案",
    ),
}


def wording(language: str) -> Wording:
    return WORDING.get(language, WORDING["en"])


# The comparison workbook's own words, in the reference text's language: its
# sheets, its column headings, its row kinds and the Summary's counts.
_SHEET_KEYS = (
    "Comparison", "Summary", "Positions", "Call", "Label", "reference", "Position", "Comments", "Text",
    "Unchanged", "Modified", "Added", "Deleted", "Delegation", "Priority", "Rationale", "Owner", "Updated",
    "Heading", "Title", "Preamble", "Missing",
)  # fmt: skip
_SHEETS = {
    "fr": (
        "Comparaison", "Synthèse", "Positions", "Partie", "Numéro", "référence", "Position", "Observations",
        "Texte", "Inchangées", "Modifiées", "Ajoutées", "Supprimées", "Délégation", "Priorité", "Justification",
        "Responsable", "Mise à jour", "En-tête", "Titre", "Préambule",
        "Absentes de la bibliothèque dans cette langue: {0}",
    ),
    "es": (
        "Comparación", "Resumen", "Posiciones", "Parte", "Número", "referencia", "Posición", "Observaciones",
        "Texto", "Sin cambios", "Modificadas", "Añadidas", "Suprimidas", "Delegación", "Prioridad",
        "Justificación", "Responsable", "Actualizado", "Encabezamiento", "Título", "Preámbulo",
        "No figuran en la biblioteca en este idioma: {0}",
    ),
    "ru": (
        "Сравнение", "Сводка", "Позиции", "Раздел", "Номер", "эталон", "Позиция", "Комментарии", "Текст",
        "Без изменений", "Изменено", "Добавлено", "Исключено", "Делегация", "Приоритет", "Обоснование",
        "Ответственный", "Обновлено", "Заголовок", "Название", "Преамбула",
        "Нет в библиотеке на этом языке: {0}",
    ),
    "ar": (
        "مقارنة", "ملخص", "المواقف", "الجزء", "الرقم", "المرجع", "الموقف", "تعليقات", "النص", "دون تغيير",
        "معدّل", "مضاف", "محذوف", "الوفد", "الأولوية", "المبررات", "المسؤول", "آخر تحديث", "العنوان الرئيسي",
        "العنوان", "الديباجة", "غير موجودة في المكتبة بهذه اللغة: {0}",
    ),
    "zh": (
        "比较", "摘要", "立场", "部分", "编号", "参考", "立场", "意见", "文本", "未修改", "已修改", "新增", "删除",
        "代表团", "优先级", "理由", "负责人", "更新日期", "标题", "名称", "序言", "资料库中没有此语文版本：{0}",
    ),
}  # fmt: skip


def sheet_words(language: str) -> dict[str, str]:
    """The workbook's words in ``language`` (English when it has none), by their English."""
    words = _SHEETS.get(language)
    english = {key: key for key in _SHEET_KEYS} | {"Missing": "Not in the library in this language: {0}"}
    return dict(zip(_SHEET_KEYS, words)) if words else english


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


# How a report names a resolution, and the body's name in each language (with
# the word that joins them: "Résolution 59 de la CMDT (Rév. Kigali, 2022)").
_TEXT_NAMES = {
    "en": "{body} Resolution {number}{revision}",
    "fr": "Résolution {number} {body}{revision}",
    "es": "Resolución {number} {body}{revision}",
    "ru": "Резолюция {number} {body}{revision}",
    "ar": "القرار {number}{revision} {body}",
    "zh": "{body}第{number}号决议{revision}",
}
_BODY_NAMES = {
    "PP": {"fr": "de la PP", "es": "de la PP", "ru": "ПК", "ar": "لمؤتمر المندوبين المفوضين", "zh": "全权代表大会"},
    "WTDC": {
        "fr": "de la CMDT", "es": "de la CMDT", "ru": "ВКРЭ", "ar": "للمؤتمر العالمي لتنمية الاتصالات",
        "zh": "世界电信发展大会",
    },
    "WTSA": {
        "fr": "de l'AMNT", "es": "de la AMNT", "ru": "ВАСЭ", "ar": "للجمعية العالمية لتقييس الاتصالات",
        "zh": "世界电信标准化全会",
    },
    "RA": {"fr": "de l'AR", "es": "de la AR", "ru": "АР", "ar": "لجمعية الاتصالات الراديوية", "zh": "无线电通信全会"},
    "WRC": {
        "fr": "de la CMR", "es": "de la CMR", "ru": "ВКР", "ar": "للمؤتمر العالمي للاتصالات الراديوية",
        "zh": "世界无线电通信大会",
    },
    "Council": {"fr": "du Conseil", "es": "del Consejo", "ru": "Совета", "ar": "للمجلس", "zh": "理事会"},
}  # fmt: skip


def text_name(body: str | None, number: str, revision: str, language: str) -> str:
    """ "WTDC Resolution 59 (Rev. Kigali, 2022)" as a report in ``language`` names it."""
    if language not in _TEXT_NAMES:
        language = "en"
    opening, closing = ("（", "）") if language == "zh" else (" (", ")")
    named = _BODY_NAMES.get(body or "", {}).get(language, body or "") if language != "en" else (body or "")
    form = _TEXT_NAMES[language]
    out = form.format(body=named, number=number, revision=f"{opening}{revision}{closing}" if revision else "")
    return " ".join(out.split()) if language != "zh" else out.strip()


@dataclass(frozen=True)
class ReportWords:
    """What the text as amended and the compilation say around the text, in one language."""

    amended: str  # "{0}, as amended"
    applied: str  # "Proposals applied: {0}."
    none: str
    competing: str
    not_applied: str
    compilation: str  # "Compilation of proposals on {0}"
    proposals: str  # "{0} proposal(s): {1}"
    elsewhere: str
    alternative: str  # "– OR –" between competing proposals in the compilation
    joined: str  # " and "
    alike: str
    outcome: tuple[str, str]  # neither of two / none of several is applied
    inserting: str  # "{who} insert different text before {where}: {outcome}"
    changing: str
    suppresses: str  # "{0} suppresses the resolution: …"
    keeps: str
    nothing: str
    parts: dict[str, str]  # a place that is no provision: "title", "preamble", "the end"
    separator: str = "; "  # between the proposals listed
    comma: str = ", "


_REPORTS = {
    "en": ReportWords(
        "{0}, as amended", "Proposals applied: {0}.", "none", "Competing proposals: {0}.", "Not applied: {0}.",
        "Compilation of proposals on {0}", "{0} proposal(s): {1}",
        "On another revision or language, not compiled here: {0}", "– OR –", " and ", " (alike)",
        ("neither is applied", "none of them is applied"), "{who} insert different text before {where}: {outcome}",
        "{who} change {where} differently: {outcome}",
        "{0} suppresses the resolution: the text is shown as it stands", "{0} keeps the text unchanged",
        "{0} changes nothing in this text", {},
    ),
    "fr": ReportWords(
        "{0}, telle que modifiée", "Propositions appliquées: {0}.", "aucune", "Propositions concurrentes: {0}.",
        "Non appliquée: {0}.", "Compilation des propositions relatives à la {0}", "Propositions ({0}): {1}",
        "Sur une autre révision ou dans une autre langue, non compilées ici: {0}", "– OU –", " et ",
        " (identiques)", ("aucune n'est appliquée", "aucune n'est appliquée"),
        "{who} insèrent des textes différents avant {where}: {outcome}",
        "{who} modifient {where} différemment: {outcome}",
        "{0} supprime la résolution: le texte est présenté tel qu'il est", "{0} maintient le texte inchangé",
        "{0} ne modifie rien dans ce texte",
        {"title": "le titre", "heading": "l'en-tête", "history": "l'historique", "preamble": "le préambule",
         "the end": "la fin"},
    ),
    "es": ReportWords(
        "{0}, en su forma modificada", "Propuestas aplicadas: {0}.", "ninguna", "Propuestas concurrentes: {0}.",
        "No aplicada: {0}.", "Compilación de las propuestas sobre la {0}", "Propuestas ({0}): {1}",
        "Sobre otra revisión o en otro idioma, no compiladas aquí: {0}", "– O –", " y ", " (idénticas)",
        ("no se aplica ninguna", "no se aplica ninguna"), "{who} insertan textos distintos antes de {where}: {outcome}",
        "{who} modifican {where} de manera distinta: {outcome}",
        "{0} suprime la resolución: el texto se presenta tal como está", "{0} mantiene el texto sin cambios",
        "{0} no modifica nada en este texto",
        {"title": "el título", "heading": "el encabezamiento", "history": "el historial", "preamble": "el preámbulo",
         "the end": "el final"},
    ),
    "ru": ReportWords(
        "{0} с внесенными изменениями", "Примененные предложения: {0}.", "нет", "Конкурирующие предложения: {0}.",
        "Не применено: {0}.", "Подборка предложений: {0}", "Предложения ({0}): {1}",
        "К другой редакции или на другом языке, здесь не включены: {0}", "– ИЛИ –", " и ", " (одинаковые)",
        ("ни одно не применено", "ни одно не применено"), "{who} вставляют разный текст перед {where}: {outcome}",
        "{who} по-разному изменяют {where}: {outcome}",
        "{0} исключает резолюцию: текст показан в его нынешнем виде", "{0} оставляет текст без изменений",
        "{0} ничего не меняет в этом тексте",
        {"title": "название", "heading": "заголовок", "history": "историю", "preamble": "преамбулу",
         "the end": "конец"},
    ),
    "ar": ReportWords(
        "{0} بصيغته المعدّلة", "المقترحات المطبَّقة: {0}.", "لا شيء", "مقترحات متنافسة: {0}.", "لم يُطبَّق: {0}.",
        "تجميع المقترحات المتعلقة بما يلي: {0}", "المقترحات ({0}): {1}",
        "بشأن مراجعة أخرى أو بلغة أخرى، لم تُدرج هنا: {0}", "– أو –", " و", " (متطابقة)",
        ("لم يُطبَّق أي منهما", "لم يُطبَّق أي منها"), "{who} تُدرج نصوصاً مختلفة قبل {where}: {outcome}",
        "{who} تعدّل {where} بشكل مختلف: {outcome}",
        "{0} يلغي القرار: يُعرض النص كما هو", "{0} يُبقي النص دون تغيير", "{0} لا يغيّر شيئاً في هذا النص",
        {"title": "العنوان", "heading": "العنوان الرئيسي", "history": "التاريخ", "preamble": "الديباجة",
         "the end": "النهاية"},
        "؛ ", "، ",
    ),
    "zh": ReportWords(
        "经修正的{0}", "已适用的提案：{0}。", "无", "相互竞争的提案：{0}。", "未适用：{0}。", "关于{0}的提案汇编",
        "提案（{0}）：{1}", "针对其他修订版或其他语文、未在此汇编：{0}", "– 或 –", "和", "（相同）",
        ("均未适用", "均未适用"), "{who}在{where}之前插入不同的文本：{outcome}", "{who}对{where}的修改不同：{outcome}",
        "{0}废止该决议：文本按现状列出", "{0}维持文本不变", "{0}未修改本文本的任何内容",
        {"title": "标题", "heading": "决议号", "history": "历史", "preamble": "序言", "the end": "末尾"},
        "；", "、",
    ),
}  # fmt: skip


def report_words(language: str) -> ReportWords:
    """The reports' words in ``language`` (English when it has none)."""
    return _REPORTS.get(language, _REPORTS["en"])


def colon(language: str) -> str:
    """What joins a label and its value: "Priority: high", "优先级：高"."""
    return "：" if language == "zh" else ": "


def switch_language(contrib: Contribution, language: str) -> None:
    """Make ``language`` the contribution's: the words its exports write around
    the texts ("Motifs:", the running header) are then in it, and "Original:"
    follows when it named the old language in itself (as made, not as typed)."""
    if language not in _LANGUAGES:
        raise DelegateError(f"{language!r}: give one of {', '.join(_LANGUAGES)}")
    old, header = contrib.language, contrib.header
    if header.original_language == wording(old).language_name(old):
        header.original_language = wording(language).language_name(language)
    contrib.language = language
