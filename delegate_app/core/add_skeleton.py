"""The skeleton of a draft new resolution, in each of the six languages.

A French delegation's ADD starts in French: its preamble names the assembly as
the French texts do, its calls are "considérant", "décide", and even the
placeholders to type over are French, so that nothing English is left in the
document when the delegate forgets one. The words are those of ITU's texts in
each language (the starter library and the language fixtures).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Provision, Section

_PREAMBLES = {
    "en": {
        "PP": "The Plenipotentiary Conference of the International Telecommunication Union ({place}),",
        "RA": "The ITU Radiocommunication Assembly ({place}),",
        "WTSA": "The World Telecommunication Standardization Assembly ({place}),",
        "WTDC": "The World Telecommunication Development Conference ({place}),",
        "Council": "The Council,",
        "WRC": "The World Radiocommunication Conference ({place}),",
    },
    "fr": {
        "PP": "La Conférence de plénipotentiaires de l'Union internationale des télécommunications ({place}),",
        "RA": "L'Assemblée des radiocommunications de l'UIT ({place}),",
        "WTSA": "L'Assemblée mondiale de normalisation des télécommunications ({place}),",
        "WTDC": "La Conférence mondiale de développement des télécommunications ({place}),",
        "Council": "Le Conseil,",
        "WRC": "La Conférence mondiale des radiocommunications ({place}),",
    },
    "es": {
        "PP": "La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones ({place}),",
        "RA": "La Asamblea de Radiocomunicaciones de la UIT ({place}),",
        "WTSA": "La Asamblea Mundial de Normalización de las Telecomunicaciones ({place}),",
        "WTDC": "La Conferencia Mundial de Desarrollo de las Telecomunicaciones ({place}),",
        "Council": "El Consejo,",
        "WRC": "La Conferencia Mundial de Radiocomunicaciones ({place}),",
    },
    "ru": {
        "PP": "Полномочная конференция Международного союза электросвязи ({place}),",
        "RA": "Ассамблея радиосвязи МСЭ ({place}),",
        "WTSA": "Всемирная ассамблея по стандартизации электросвязи ({place}),",
        "WTDC": "Всемирная конференция по развитию электросвязи ({place}),",
        "Council": "Совет,",
        "WRC": "Всемирная конференция радиосвязи ({place}),",
    },
    "ar": {
        "PP": "إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات ({place})،",
        "RA": "إن جمعية الاتصالات الراديوية للاتحاد الدولي للاتصالات ({place})،",
        "WTSA": "إن الجمعية العالمية لتقييس الاتصالات ({place})،",
        "WTDC": "إن المؤتمر العالمي لتنمية الاتصالات ({place})،",
        "Council": "إن المجلس،",
        "WRC": "إن المؤتمر العالمي للاتصالات الراديوية ({place})،",
    },
    "zh": {
        "PP": "国际电信联盟全权代表大会（{place}），",
        "RA": "国际电联无线电通信全会（{place}），",
        "WTSA": "世界电信标准化全会（{place}），",
        "WTDC": "世界电信发展大会（{place}），",
        "Council": "理事会，",
        "WRC": "世界无线电通信大会（{place}），",
    },
}


@dataclass(frozen=True)
class _Words:
    calls: tuple[str, str, str, str, str]  # considering, recognizing, resolves, instructs, invites
    title: str
    place: str
    letters: tuple[str, str]  # a), b)
    semicolon: str
    comma: str
    stop: str


_WORDS = {
    "en": _Words(
        ("considering", "recognizing", "resolves", "instructs the Secretary-General",
         "invites Member States and Sector Members"),
        "[Title of the draft new resolution]", "[place, year]", ("a)", "b)"), ";", ",", ".",
    ),
    "fr": _Words(
        ("considérant", "reconnaissant", "décide", "charge le Secrétaire général",
         "invite les États Membres et les Membres de Secteur"),
        "[Titre du projet de nouvelle résolution]", "[lieu, année]", ("a)", "b)"), ";", ",", ".",
    ),
    "es": _Words(
        ("considerando", "reconociendo", "resuelve", "encarga al Secretario General",
         "invita a los Estados Miembros y a los Miembros de Sector"),
        "[Título del proyecto de nueva resolución]", "[lugar, año]", ("a)", "b)"), ";", ",", ".",
    ),
    "ru": _Words(
        ("учитывая", "признавая", "решает", "поручает Генеральному секретарю",
         "предлагает Государствам-Членам и Членам Секторов"),
        "[Название проекта новой резолюции]", "[место, год]", ("a)", "b)"), ";", ",", ".",
    ),
    "ar": _Words(
        ("إذ يضع في اعتباره", "وإذ يدرك", "يقرر", "يكلف الأمين العام", "يدعو الدول الأعضاء وأعضاء القطاعات"),
        "[عنوان مشروع القرار الجديد]", "[المكان، السنة]", ("أ)", "ب)"), "؛", "،", ".",
    ),
    "zh": _Words(
        ("考虑到", "认识到", "做出决议", "责成秘书长", "请各成员国和部门成员"),
        "[新决议草案的标题]", "[年份，地点]", ("a)", "b)"), "；", "，", "。",
    ),
}  # fmt: skip


def skeleton(body: str, language: str, place: str = "", title: str = "") -> tuple[str, str, list[Section]]:
    """(title, preamble, sections) of a new draft resolution of ``body`` in
    ``language`` (English when it is not one of the six)."""
    if language not in _WORDS:
        language = "en"
    w, preambles = _WORDS[language], _PREAMBLES[language]
    preamble = preambles.get(body, preambles["PP"]).format(place=place or w.place)
    blank = "[...]"
    considering, recognizing, resolves, instructs, invites = w.calls
    sections = [
        Section(considering, [Provision(w.letters[0], blank + w.semicolon), Provision(w.letters[1], blank + w.comma)]),
        Section(recognizing, [Provision(w.letters[0], blank + w.comma)]),
        Section(resolves, [Provision("1", blank + w.semicolon), Provision("2", blank + w.comma)], operative=True),
        Section(instructs, [Provision("", blank + w.comma)], operative=True),
        Section(invites, [Provision("", blank + w.stop)], operative=True),
    ]
    return title or w.title, preamble, sections
