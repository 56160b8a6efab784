"""The words of ITU resolutions in the six official languages.

The reader is driven by layout (a short call line followed by labelled items);
these tables let it name what it found: which call a line is, which body a
preamble names, which words open a heading, an annex or the Reasons. Each call
maps to an English canonical key so that "considérant" aligns with
"considering" when texts of different languages are compared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

# canonical call -> operative?, then the phrases per language. Longer phrases
# first is not needed: matching picks the longest phrase that fits.
_CALLS: dict[str, tuple[bool, dict[str, tuple[str, ...]]]] = {
    "considering": (
        False,
        {
            "en": ("considering", "considering also", "considering further", "further considering"),
            "fr": ("considérant", "considérant en outre", "considérant également"),
            "es": ("considerando", "considerando además", "considerando asimismo"),
            "ru": ("учитывая", "учитывая также", "принимая во внимание также", "рассмотрев"),
            "ar": ("إذ يضع في اعتباره", "وإذ يضع في اعتباره", "إذ يعتبر", "وإذ يعتبر", "إذ ينظر"),
            "zh": ("考虑到", "进一步考虑到", "还考虑到"),
        },
    ),
    "recalling": (
        False,
        {
            "en": ("recalling", "recalling also", "further recalling"),
            "fr": ("rappelant", "rappelant en outre", "rappelant également"),
            "es": ("recordando", "recordando además", "recordando asimismo"),
            "ru": ("напоминая", "ссылаясь на", "напоминая также"),
            "ar": ("إذ يذكّر", "وإذ يذكّر", "إذ يذكر", "وإذ يذكر", "إذ يشير", "وإذ يشير"),
            "zh": ("忆及", "回顾", "进一步忆及"),
        },
    ),
    "recognizing": (
        False,
        {
            "en": ("recognizing", "recognizing also", "recognizing further", "further recognizing", "recognising"),
            "fr": ("reconnaissant", "reconnaissant en outre", "reconnaissant également"),
            "es": ("reconociendo", "reconociendo además", "reconociendo asimismo"),
            "ru": ("признавая", "признавая также", "признавая далее"),
            "ar": ("إذ يدرك", "وإذ يدرك", "إذ يعترف", "وإذ يعترف", "إذ يقر", "وإذ يقر"),
            "zh": ("认识到", "进一步认识到", "还认识到"),
        },
    ),
    "noting": (
        False,
        {
            "en": (
                "noting",
                "noting also",
                "noting further",
                "further noting",
                "noting with concern",
                "noting with satisfaction",
                "noting with appreciation",
                "observing",
            ),
            "fr": (
                "notant",
                "notant en outre",
                "notant avec préoccupation",
                "notant avec satisfaction",
                "observant",
                "prenant note",
            ),
            "es": (
                "observando",
                "observando además",
                "observando con preocupación",
                "tomando nota",
                "señalando",
                "observando con satisfacción",
            ),
            "ru": ("отмечая", "отмечая также", "отмечая с обеспокоенностью", "отмечая с удовлетворением"),
            "ar": ("إذ يلاحظ", "وإذ يلاحظ", "إذ يحيط علماً", "وإذ يحيط علماً", "إذ يحيط علما", "وإذ يحيط علما"),
            "zh": ("注意到", "进一步注意到", "关切地注意到", "满意地注意到"),
        },
    ),
    "taking into account": (
        False,
        {
            "en": ("taking into account", "taking into consideration", "taking note"),
            "fr": ("tenant compte", "prenant en considération", "prenant en compte"),
            "es": ("teniendo en cuenta", "teniendo presente", "tomando en consideración"),
            "ru": ("принимая во внимание", "принимая к сведению"),
            "ar": ("إذ يأخذ في الاعتبار", "وإذ يأخذ في الاعتبار", "إذ يأخذ في حسبانه", "وإذ يأخذ في حسبانه"),
            "zh": ("考虑", "顾及", "虑及"),
        },
    ),
    "bearing in mind": (
        False,
        {
            "en": ("bearing in mind", "keeping in mind"),
            "fr": ("ayant à l'esprit", "ayant à l’esprit", "gardant à l'esprit", "gardant à l’esprit"),
            "es": ("teniendo presente", "habida cuenta", "tomando en cuenta"),
            "ru": ("памятуя", "имея в виду"),
            "ar": ("إذ يضع في حسبانه", "وإذ يضع في حسبانه", "إذ يضع نصب عينيه", "وإذ يضع نصب عينيه"),
            "zh": ("铭记", "牢记"),
        },
    ),
    "aware": (
        False,
        {
            "en": ("aware", "conscious", "mindful", "cognizant", "concerned", "deeply concerned"),
            "fr": ("conscient", "consciente", "sachant", "préoccupée", "préoccupé"),
            "es": ("consciente", "conscientes", "preocupada", "preocupado"),
            "ru": ("сознавая", "осознавая", "будучи обеспокоена"),
            "ar": ("إذ يدرك تماماً", "وإذ يعي", "إذ يعي", "وإذ يساوره القلق", "إذ يساوره القلق"),
            "zh": ("意识到", "认识到并关切", "关切"),
        },
    ),
    "emphasizing": (
        False,
        {
            "en": ("emphasizing", "emphasising", "stressing", "underlining", "highlighting"),
            "fr": ("soulignant", "insistant"),
            "es": ("destacando", "subrayando", "haciendo hincapié"),
            "ru": ("подчеркивая", "подчёркивая"),
            "ar": ("إذ يؤكد", "وإذ يؤكد", "إذ يشدد", "وإذ يشدد"),
            "zh": ("强调",),
        },
    ),
    "acknowledging": (
        False,
        {
            "en": (
                "acknowledging",
                "appreciating",
                "welcoming",
                "reaffirming",
                "affirming",
                "convinced",
                "having regard",
            ),
            "fr": (
                "ayant examiné",
                "prenant acte",
                "se félicitant",
                "réaffirmant",
                "convaincue",
                "convaincu",
                "appréciant",
            ),
            "es": (
                "acoge con beneplácito",
                "acogiendo con beneplácito",
                "acogiendo con satisfacción",
                "reafirmando",
                "convencida",
                "convencido",
                "agradeciendo",
            ),
            "ru": (
                "приветствуя",
                "с удовлетворением отметив",
                "рассмотрев",
                "подтверждая",
                "будучи убеждена",
                "вновь подтверждая",
                "высоко оценивая",
            ),
            "ar": ("إذ يرحب", "وإذ يرحب", "إذ يعيد التأكيد", "وإذ يعيد التأكيد", "واقتناعاً منه", "واقتناعا منه"),
            "zh": ("欢迎", "一致欢迎", "重申", "确信", "深信", "赞赏", "确认", "承认", "了解到", "经审议"),
        },
    ),
    "resolves": (
        True,
        {
            "en": (
                "resolves",
                "resolves further",
                "further resolves",
                "resolves also",
                "decides",
                "resolves to instruct",
                "resolves to invite",
                "resolves to request",
            ),
            "fr": (
                "décide",
                "décide en outre",
                "décide également",
                "décide de charger",
                "décide d'inviter",
                "décide d’inviter",
                "résout",
            ),
            "es": (
                "resuelve",
                "resuelve además",
                "resuelve asimismo",
                "decide",
                "resuelve encargar",
                "resuelve invitar",
            ),
            "ru": ("решает", "решает далее", "решает также", "постановляет", "решает поручить", "решает предложить"),
            "ar": ("يقرر", "يقرر كذلك", "يقرر أيضاً", "يقرر أن يكلف", "يقرر تكليف", "يقرر أن يدعو"),
            "zh": ("做出决议", "作出决议", "决议", "决定", "进一步做出决议", "做出决议，责成", "做出决议责成"),
        },
    ),
    "instructs": (
        True,
        {
            "en": ("instructs", "further instructs", "instructs also", "requests", "asks"),
            "fr": ("charge", "charge en outre", "demande", "prie"),
            "es": ("encarga", "encarga además", "pide", "solicita"),
            "ru": ("поручает", "поручает далее", "просит"),
            "ar": ("يكلف", "يكلّف", "يطلب", "يطلب إلى", "يطلب من"),
            "zh": ("责成", "要求", "进一步责成"),
        },
    ),
    "invites": (
        True,
        {
            "en": (
                "invites",
                "further invites",
                "encourages",
                "urges",
                "calls upon",
                "appeals",
                "appeals to",
                "calls on",
            ),
            "fr": ("invite", "invite en outre", "encourage", "prie instamment", "exhorte", "lance un appel"),
            "es": ("invita", "invita además", "alienta", "insta", "exhorta", "hace un llamamiento"),
            "ru": ("предлагает", "предлагает далее", "призывает", "настоятельно призывает", "поощряет", "рекомендует"),
            "ar": ("يدعو", "يدعو كذلك", "يشجع", "يحث", "يناشد", "يهيب"),
            "zh": ("请", "进一步请", "鼓励", "敦促", "呼吁", "促请"),
        },
    ),
}

# Body names as they open the preamble ("The World Telecommunication
# Development Conference (Kigali, 2022),"), in every language, lower-case.
_BODY_NAMES: dict[str, tuple[str, ...]] = {
    "WRC": (
        "world radiocommunication conference",
        "conférence mondiale des radiocommunications",
        "conferencia mundial de radiocomunicaciones",
        "всемирная конференция радиосвязи",
        "المؤتمر العالمي للاتصالات الراديوية",
        "世界无线电通信大会",
    ),
    "PP": (
        "plenipotentiary conference",
        "conférence de plénipotentiaires",
        "conferencia de plenipotenciarios",
        "полномочная конференция",
        "مؤتمر المندوبين المفوضين",
        "全权代表大会",
    ),
    "WTDC": (
        "world telecommunication development conference",
        "conférence mondiale de développement des télécommunications",
        "conferencia mundial de desarrollo de las telecomunicaciones",
        "всемирная конференция по развитию электросвязи",
        "المؤتمر العالمي لتنمية الاتصالات",
        "世界电信发展大会",
    ),
    "WTSA": (
        "world telecommunication standardization assembly",
        "assemblée mondiale de normalisation des télécommunications",
        "asamblea mundial de normalización de las telecomunicaciones",
        "всемирная ассамблея по стандартизации электросвязи",
        "الجمعية العالمية لتقييس الاتصالات",
        "世界电信标准化全会",
    ),
    "RA": (
        "radiocommunication assembly",
        "assemblée des radiocommunications",
        "asamblea de radiocomunicaciones",
        "ассамблея радиосвязи",
        "جمعية الاتصالات الراديوية",
        "无线电通信全会",
    ),
    "Council": ("council", "conseil de l'uit", "conseil", "consejo", "совет", "المجلس", "理事会"),
}

# How each language writes a resolution's heading: the words before the number,
# after it, and the brackets around the revision (Chinese puts the number inside
# "第 … 号决议" and uses full-width brackets), and a draft new resolution's.
HEADING_FORMS = {
    "en": ("RESOLUTION ", "", " (", ")", "DRAFT NEW RESOLUTION"),
    "fr": ("RÉSOLUTION ", "", " (", ")", "PROJET DE NOUVELLE RÉSOLUTION"),
    "es": ("RESOLUCIÓN ", "", " (", ")", "PROYECTO DE NUEVA RESOLUCIÓN"),
    "ru": ("РЕЗОЛЮЦИЯ ", "", " (", ")", "ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ"),
    "ar": ("القرار ", "", " (", ")", "مشروع قرار جديد"),
    "zh": (
        "第",
        "号决议",
        "（",
        "）",
        "新决议草案",
    ),  # as the Chinese texts write it: 第59号决议（2022年，基加利，修订版）
}

# Words that open a resolution heading, per language.
HEADING_WORDS = ("RESOLUTION", "RÉSOLUTION", "RESOLUCIÓN", "RESOLUCION", "РЕЗОЛЮЦИЯ", "القرار")
DRAFT_NEW_WORDS = (
    "DRAFT NEW RESOLUTION",
    "PROJET DE NOUVELLE RÉSOLUTION",
    "PROJET DE NOUVELLE RESOLUTION",
    "PROYECTO DE NUEVA RESOLUCIÓN",
    "PROYECTO DE NUEVA RESOLUCION",
    "ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ",
    "مشروع قرار جديد",
    "新决议草案",
)
ANNEX_WORDS = (
    "ANNEX",
    "ANNEXE",
    "ANEXO",
    "ПРИЛОЖЕНИЕ",
    "الملحق",
    "附件",
    "ATTACHMENT",
    "APPENDIX",
    "APPENDICE",
    "APÉNDICE",
    "ДОПОЛНЕНИЕ",
    "التذييل",
    "附录",
)
REASONS_WORDS = (
    "Reasons",
    "Reason",
    "Motifs",
    "Motif",
    "Motivos",
    "Motivo",
    "Основания",
    "Основание",
    "الأسباب",
    "الأسس",
    "理由",
)
ORIGINAL_WORDS = ("Original", "Original", "Original", "Оригинал", "الأصل", "原文")

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def fold(text: str) -> str:
    """Fold a call line for matching: case, accents kept, Arabic vowel marks and
    tatweel dropped, alef forms unified, typographic apostrophes straightened."""
    text = unicodedata.normalize("NFC", text).strip().lower()
    text = text.replace("\u2019", "'").replace("\u02bc", "'")
    text = _ARABIC_MARKS.sub("", text)
    text = text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")
    return text


@dataclass(frozen=True)
class CallMatch:
    canonical: str
    language: str
    operative: bool
    phrase: str


def _arabic_variants(folded: str) -> set[str]:
    """Arabic calls are written with or without "and" (و) and "whereas" (إذ),
    and with a feminine verb (تقرر) when the body is a feminine noun (الجمعية)."""
    stem = re.sub(r"^و?\s*اذ\s+", "", folded)
    forms = {stem, "اذ " + stem, "واذ " + stem, "و" + stem}
    forms |= {re.sub(r"(^|\s)ي", r"\1ت", f, count=1) for f in list(forms)}
    forms.discard(folded)
    return forms


def _build_index() -> list[tuple[str, CallMatch]]:
    index = []
    for canonical, (operative, by_lang) in _CALLS.items():
        for lang, phrases in by_lang.items():
            for phrase in phrases:
                folded = fold(phrase)
                index.append((folded, CallMatch(canonical, lang, operative, phrase)))
                if lang == "ar":
                    for alt in _arabic_variants(folded):
                        index.append((alt, CallMatch(canonical, lang, operative, phrase)))
    index.sort(key=lambda item: -len(item[0]))
    return index


_INDEX = _build_index()
# The phrases by their first character, longest first: a line is compared with
# the few that can open it, not with all of them (the editor reads every line of
# the text on every pause in typing).
_BY_FIRST: dict[str, list[tuple[str, CallMatch]]] = {}
for _phrase, _match in _INDEX:
    _BY_FIRST.setdefault(_phrase[:1], []).append((_phrase, _match))
_FOLDED_BODY_NAMES = {body: tuple(fold(n) for n in names) for body, names in _BODY_NAMES.items()}
_WORD_END = re.compile(r"[\s,:;.،،]|$")


@lru_cache(maxsize=4096)
def match_call(line: str) -> CallMatch | None:
    """The call a line opens with, if it opens with one from the vocabulary.

    Remembered by line: a text being typed is read again on every pause, and its
    call lines rarely change."""
    folded = fold(line).strip("*_ ")
    for phrase, match in _BY_FIRST.get(folded[:1], ()):
        if folded.startswith(phrase):
            rest = folded[len(phrase) :]
            # CJK has no word boundaries; elsewhere the phrase must end a word.
            if match.language == "zh" or _WORD_END.match(rest):
                return match
    return None


def body_from_text(text: str) -> str | None:
    """The body a preamble (or title) names, if any."""
    folded = fold(text)
    for body, names in _FOLDED_BODY_NAMES.items():
        if body != "Council" and any(name in folded for name in names):
            return body
    council = _FOLDED_BODY_NAMES["Council"]
    if any(re.search(rf"\b{re.escape(n)}\b", folded) for n in council[:5]) or any(n in folded for n in council[5:]):
        return "Council"
    return None


_SCRIPTS = {
    "ar": re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]"),
    "ru": re.compile("[\u0400-\u04ff]"),
    "zh": re.compile("[\u4e00-\u9fff\u3400-\u4dbf]"),
}
_LETTER = re.compile(r"[^\W\d_]")


def detect_script_language(text: str) -> str | None:
    """A language from the script alone (Arabic, Cyrillic, CJK), else None:
    the script with the most letters, when it is not the Latin one."""
    if text.isascii():
        return None
    counts = {lang: len(pattern.findall(text)) for lang, pattern in _SCRIPTS.items()}
    best = max(counts, key=counts.__getitem__)
    latin = len(_LETTER.findall(text)) - sum(counts.values())
    if counts[best] == 0 or latin > counts[best]:
        return None
    return best
