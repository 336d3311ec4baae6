"""The words of the fictional demo vault: sentence templates and a seeded writer.

Why this file is longer than ~500 lines: it is mostly data — sentence templates and word
lists, one block per phenomenon and per service; the code that writes with them is short.

:mod:`vault.demo` builds the rows; this module writes the text in them. The notes read as
plausible, fictional case consultation notes of a Belgian LIVC R, written by a youth
officer: short plain sentences (no Markdown markup), an ``Afspraak:`` line now and then.

Balance is by design, because the demo is shown in town halls and to schools, CLB and
youth workers:

* Every case gets one *phenomenon* (:data:`PHENOMENA`): far-right, religiously inspired,
  far-left/anarchist, conspiracy thinking, incel/misogynist online subculture, a mixed or
  unclear picture, or no radicalisation at all. :func:`deal_phenomena` deals them so
  that each holds about one seventh of the case notes.
* Each phenomenon has the same kinds of sentences in about the same numbers: signals,
  the table's assessment (which names the phenomenon), progress, a line for the LTF form.
* No religion, nationality or ethnic group is named anywhere: religiously inspired
  extremism is written about in words that fit any faith ("een online prediker", "de
  geloofsgemeenschap"), and the faith community appears as a partner, not a suspect.
  Every phenomenon carries a nuance sentence: an opinion or a belief is not the concern,
  violence and threats are.
* People at the table are named only by role; the subject of a case only as "de jongere"
  or "betrokkene" (cases carry a pseudonymous code, P8).
* A case has one lead (:attr:`CaseVoice.lead`): every note about it, and the texts of its
  trajectory, referral and closure decisions (P13), name that one, and
  :data:`LEAD_ORGANISATIONS` gives the organisation kept on the case.

Everything is drawn from one :class:`random.Random` handed in by the caller, so the same
seed gives the same text, byte for byte.
"""

from __future__ import annotations

import random
from typing import Final

from vault.model import AgendaItemKind, ClosureReason, Role

PHENOMENA: Final = (
    "far_right",
    "religious",
    "far_left",
    "conspiracy",
    "incel",
    "mixed",
    "none",
)
"""The phenomena a demo case is about; ``none``: it turned out not to be radicalisation."""


def deal_phenomena(notes_per_case: dict[int, int], rng: random.Random) -> dict[int, str]:
    """Deal every case one of :data:`PHENOMENA`, spreading the notes evenly over them.

    ``notes_per_case``: case id → how many notes the demo will write about it. The case
    with the most notes goes first, each to the phenomenon with the fewest notes so far
    (then the fewest cases, then a seeded order): whatever the schedule, no phenomenon
    dominates what the demo shows.
    """
    order = list(PHENOMENA)
    rng.shuffle(order)
    rank = {p: i for i, p in enumerate(order)}
    notes = dict.fromkeys(PHENOMENA, 0)
    cases = dict.fromkeys(PHENOMENA, 0)
    dealt: dict[int, str] = {}
    for case_id in sorted(notes_per_case, key=lambda c: (-notes_per_case[c], c)):
        chosen = min(PHENOMENA, key=lambda p: (notes[p], cases[p], rank[p]))
        dealt[case_id] = chosen
        notes[chosen] += notes_per_case[case_id]
        cases[chosen] += 1
    return dealt


# --------------------------------------------------------------------------- names
# Obviously invented, for the people at the table and the places; a case's subject is
# never named (P8). First names are drawn independently of anything in a case.
MUNICIPALITIES = ("Fictiegem", "Zone Denkbeeldig", "Verzonnendonk", "Proefkerke", "Nergenshoven")
FIRST_NAMES = (
    "An",
    "Bart",
    "Chloë",
    "Dirk",
    "Els",
    "Fatima",
    "Geert",
    "Hanne",
    "Ilse",
    "Jan",
    "Karim",
    "Lotte",
    "Mehmet",
    "Nele",
    "Olivier",
    "Pieter",
    "Rania",
    "Sofie",
    "Tom",
    "Ursula",
    "Véronique",
    "Wim",
    "Youssef",
    "Zoë",
    "Ödön",
    "Ĳsbrand",
)
SURNAMES = (
    "Voorbeeld",
    "Verzinsel",
    "Proefmans",
    "Denkbeeld",
    "Fantasie",
    "Bedenkers",
    "Droomers",
    "Fictief",
    "Oefenaar",
    "Schijnman",
    "Maaksel",
    "Uitvinder",
    "Van Nergens",
    "De Verzonnen",
)


# --------------------------------------------------------------------------- slot values
# A template is a plain Dutch sentence with {slots}; a capitalised slot name ({Wie},
# {Bron}) gives the value with a capital letter, for the start of a sentence.

_SOURCES_MINOR = (
    "de leerkracht",
    "de leerlingenbegeleider",
    "het CLB",
    "de jeugdwerker",
    "de trainer van de voetbalclub",
    "de moeder",
    "de vader",
    "een klasgenoot",
    "de wijkagent",
    "de coördinator van het jeugdhuis",
    "de huisarts",
    "de begeleider van de jeugdhulp",
)
_SOURCES_ADULT = (
    "de maatschappelijk werker van het OCMW",
    "de begeleider van het CAW",
    "de wijkagent",
    "de huisarts",
    "de werkgever",
    "de partner",
    "een buurtbewoner",
    "de trajectbegeleider van de VDAB",
    "de justitieassistent",
    "de zus",
    "de moeder",
    "de psycholoog van het CGG",
)
_PLACES_MINOR = (
    "op school",
    "in het jeugdhuis",
    "bij de voetbalclub",
    "in de klas",
    "op de speelplaats",
    "in de jeugdbeweging",
    "op de bus naar school",
)
_PLACES_ADULT = (
    "op het werk",
    "in de buurt",
    "in het buurthuis",
    "bij de sportclub",
    "in de wachtzaal van het OCMW",
    "op de opleiding",
    "in het café om de hoek",
)
_SERVICES_MINOR = (
    "het CLB",
    "het CAW",
    "de jeugdhulp",
    "de jeugddienst",
    "de wijkagent",
    "de school",
    "het jeugdhuis",
    "het CGG",
    "de huisarts",
    "de sportdienst",
)
_SERVICES_ADULT = (
    "het CAW",
    "het OCMW",
    "het CGG",
    "de wijkagent",
    "het justitiehuis",
    "de huisarts",
    "de VDAB",
    "de sportdienst",
)
_LEADS_MINOR = (
    "het CLB",
    "het CAW",
    "de jeugdhulp",
    "de jeugddienst",
    "het CGG",
    "de deradicaliseringsconsulent",
)
_LEADS_ADULT = (
    "het CAW",
    "het OCMW",
    "het CGG",
    "het justitiehuis",
    "de deradicaliseringsconsulent",
)
"""Who can lead a follow-up trajectory or counsel the subject: a case draws one
(:attr:`CaseVoice.lead`) and its notes and decisions all name that one."""
LEAD_ORGANISATIONS: Final[dict[str, str]] = {
    "het CLB": "CLB",
    "het CAW": "CAW",
    "de jeugdhulp": "Jeugdhulp",
    "de jeugddienst": "Jeugddienst",
    "het CGG": "CGG",
    "de deradicaliseringsconsulent": "Deradicaliseringsconsulent (Vlaams aanbod)",
    "het OCMW": "OCMW",
    "het justitiehuis": "Justitiehuis",
}
"""A lead as the notes name it → the organisation kept as the case's
``lead_organisation`` (P13)."""
_ONLINE = (
    "in een besloten chatgroep",
    "op een gamingplatform",
    "op een anoniem forum",
    "op een videoplatform",
    "op sociale media",
    "in een groep van een berichtenapp",
    "op een livestreamkanaal",
)
_SINCE = (
    "sinds de zomer",
    "de laatste maanden",
    "sinds enkele weken",
    "sinds de verhuizing",
    "sinds het begin van het jaar",
    "sinds kort",
    "al een hele tijd",
)
_WHEN = (
    "vorige week",
    "vorige maand",
    "in het weekend",
    "na de herfstvakantie",
    "tijdens de zomervakantie",
    "na de krokusvakantie",
    "enkele weken geleden",
)
_BY_WHEN = (
    "tegen de volgende zitting",
    "binnen twee weken",
    "voor het einde van de maand",
    "binnen de maand",
    "na de vakantie",
    "deze week nog",
)


class Slots(dict[str, str]):
    """The slot values of one note: drawn on first use, the same for the whole note."""

    __slots__ = ("_he", "_minor", "_rng")

    def __init__(
        self, rng: random.Random, subject: str, he: bool, minor: bool, lead: str | None = None
    ) -> None:
        super().__init__()
        self._rng = rng
        self._minor = minor
        self._he = he
        self["wie"] = subject
        self["Wie"] = subject[0].upper() + subject[1:]
        if lead is not None:  # the case's own lead: every note names the same one
            self["trekker"] = lead
            self["Trekker"] = lead[0].upper() + lead[1:]

    def __missing__(self, key: str) -> str:
        lower = key[0].lower() + key[1:]
        value = self._draw(lower)
        self[lower] = value
        self[lower[0].upper() + lower[1:]] = value[0].upper() + value[1:]
        return self[key]

    def _draw(self, key: str) -> str:
        minor, r = self._minor, self._rng
        if key == "hij":
            return "hij" if self._he else "zij"
        if key == "zijn":
            return "zijn" if self._he else "haar"
        if key == "hem":
            return "hem" if self._he else "haar"
        if key == "bron":
            return r.choice(_SOURCES_MINOR if minor else _SOURCES_ADULT)
        if key == "plek":
            return r.choice(_PLACES_MINOR if minor else _PLACES_ADULT)
        if key == "dienst":
            return r.choice(_SERVICES_MINOR if minor else _SERVICES_ADULT)
        if key == "trekker":
            return r.choice(_LEADS_MINOR if minor else _LEADS_ADULT)
        if key == "online":
            return r.choice(_ONLINE)
        if key == "sinds":
            return r.choice(_SINCE)
        if key == "toen":
            return r.choice(_WHEN)
        if key == "termijn":
            return r.choice(_BY_WHEN)
        raise KeyError(key)


# --------------------------------------------------------------------------- per phenomenon
# For each phenomenon the same four kinds of sentences, in about the same numbers:
# signals (what was seen), assessment (the table's reading, naming the phenomenon, and a
# nuance), progress (later meetings) and the LTF form's description.

SIGNALS: Final[dict[str, tuple[str, ...]]] = {
    "far_right": (
        "{Bron} meldt dat {wie} {sinds} extreemrechtse memes deelt {online}.",
        "{Bron} zag {plek} stickers van een groepering die tot geweld oproept; {wie} zou ze"
        " hebben verspreid.",
        "{Wie} spreekt {plek} steeds vaker over een rassenoorlog die eraan zou komen.",
        "Volgens {bron} heeft {wie} contact met leden van een knokploeg uit de regio.",
        "{Wie} plaatste {online} een bericht waarin geweld tegen minderheden wordt verheerlijkt.",
        "{Bron} merkt dat {wie} {sinds} nazisymbolen tekent en die ook online toont.",
        "{Wie} toont interesse in wapens en in de trainingen van een zelfverklaarde burgerwacht.",
        "{Wie} deelt {online} filmpjes van een aanslagpleger met een extreemrechts manifest.",
        "{Bron} hoorde {wie} zeggen dat het tijd is om zelf op te treden.",
        "{Wie} werd {toen} aangesproken op racistische scheldwoorden {plek}.",
        "{Wie} zou {plek} flyers van een extreemrechtse jongerengroep hebben uitgedeeld.",
        "Er circuleert een foto waarop {wie} met anderen een nazigroet brengt.",
        "{Bron} kreeg een manifest te zien dat {wie} {online} doorstuurde.",
        "{Wie} nam {toen} deel aan een nachtelijke actie waarbij een opvangcentrum werd beklad.",
    ),
    "religious": (
        "{Bron} meldt dat {wie} {sinds} filmpjes deelt van een online prediker die geweld"
        " goedpraat.",
        "{Wie} zegt {plek} dat wie niet gelooft zoals {hij}, straf verdient.",
        "Volgens {bron} volgt {wie} {online} een religieus geïnspireerde groep die oproept"
        " tot geweld.",
        "{Wie} heeft {toen} het contact met vroegere vrienden verbroken en noemt hen ongelovigen.",
        "{Bron} hoorde {wie} spreken over vertrekken naar een conflictgebied.",
        "{Wie} verheerlijkt {online} aanslagen die in naam van een geloof werden gepleegd.",
        "Er zijn aanwijzingen dat {wie} geld inzamelt voor een gewelddadige religieuze groepering.",
        "{Bron} merkt dat {wie} teksten deelt over een nakend einde der tijden en een strijd"
        " die eraan komt.",
        "De familie maakt zich zorgen omdat {wie} een gesloten studiegroep volgt waar niemand"
        " iets over weet.",
        "{Wie} zet {plek} anderen onder druk om met {hem} mee te gaan naar bijeenkomsten van"
        " een online prediker.",
        "{Bron} zag dat {wie} {online} een oproep tot geweld met een religieuze"
        " rechtvaardiging deelde.",
        "{Wie} sprak {toen} met bewondering over mensen die voor een gewelddadige religieuze"
        " groepering vochten.",
        "{Wie} krijgt volgens {bron} berichten van een onbekende die {hem} aanmoedigt om"
        " afstand te nemen van het gezin.",
        "{Wie} noemt geweld tegen andersdenkenden {plek} een plicht.",
    ),
    "far_left": (
        "{Bron} meldt dat {wie} {sinds} affiches plakt met oproepen tot geweld tegen de politie.",
        "{Wie} was betrokken bij vernielingen aan een bouwwerf tijdens een actie van een"
        " anarchistisch collectief.",
        "{Wie} deelt {online} handleidingen om spoorlijnen en zendmasten te saboteren.",
        "Volgens {bron} noemt {wie} geweld tegen het systeem de enige uitweg.",
        "{Wie} verheerlijkt brandstichtingen bij bedrijven die {hij} als vijand ziet.",
        "{Bron} zag {wie} bij een extreemlinkse groep die confrontaties met de politie opzoekt.",
        "{Wie} zou {online} adressen van politiemensen hebben gedeeld.",
        "{Wie} spreekt {plek} over directe actie en weigert elk gesprek met instellingen.",
        "{Bron} vond {plek} pamfletten die {wie} meebracht, met een oproep om de wijkagent"
        " aan te vallen.",
        "{Wie} werd {toen} opgepakt bij een betoging waarbij stenen werden gegooid.",
        "{Wie} volgt {online} een anarchistisch kanaal dat aanslagen op bedrijven toejuicht.",
        "Volgens {bron} verzamelt {wie} materiaal om brandjes te stichten.",
        "{Wie} noemt {plek} elke politieagent een legitiem doelwit.",
        "{Bron} hoorde {wie} zeggen dat een paar vernielingen niet genoeg zijn.",
    ),
    "conspiracy": (
        "{Bron} meldt dat {wie} {sinds} {online} complotverhalen deelt over een geheime"
        " elite die alles bestuurt.",
        "{Wie} stuurde dreigende berichten naar het gemeentehuis en noemt de burgemeester een"
        " verrader.",
        "{Wie} noemt zichzelf een soevereine burger en erkent de wetten van de overheid niet meer.",
        "Volgens {bron} weigert {wie} elk contact met artsen en leerkrachten, die deel van het"
        " complot zouden zijn.",
        "{Wie} riep {online} op om de verantwoordelijken op te sporen en te straffen.",
        "{Bron} hoorde {wie} zeggen dat geweld gerechtvaardigd is tegen een overheid die het"
        " volk vergiftigt.",
        "{Wie} trekt zich terug uit het sociale leven en brengt de dagen door met complotfilmpjes.",
        "{Wie} deelde het privéadres van een lokale politicus {online}.",
        "{Bron} merkt dat {wie} {plek} een lijst bijhoudt van mensen die volgens {hem} moeten"
        " boeten.",
        "{Wie} weigert {sinds} alle brieven van de gemeente en noemt ze ongeldig.",
        "Volgens {bron} legt {wie} een voorraad aan voor een dag van afrekening met de overheid.",
        "{Wie} filmde de wijkagent en zette het filmpje online met een oproep om hem op te"
        " wachten.",
        "{Wie} volgt een online influencer die beweert dat een geheime macht de bevolking"
        " vervangt.",
        "{Bron} zag dat {wie} {online} dreigementen tegen een huisarts deelde.",
    ),
    "incel": (
        "{Bron} meldt dat {wie} {sinds} actief is op een anoniem forum waar vrouwenhaat de"
        " norm is.",
        "{Wie} noemt zichzelf incel en schrijft {online} dat vrouwen moeten boeten.",
        "Volgens {bron} verheerlijkt {wie} daders van aanslagen uit de incel-subcultuur.",
        "{Wie} trekt zich terug op de kamer en gamet nachtenlang; online praat {hij} over wraak.",
        "{Bron} zag {plek} hoe {wie} meisjes en vrouwen uitscheldt en bedreigt.",
        "{Wie} deelt memes die een schietpartij grappig noemen.",
        "{Wie} kondigde {online} aan dat er een dag van afrekening komt.",
        "{Wie} spreekt met bewondering over influencers die vrouwen als bezit voorstellen.",
        "{Bron} merkt dat {wie} {sinds} nauwelijks nog buitenkomt en online steeds harder wordt.",
        "{Wie} hield {plek} een lijst bij van vrouwen die {hem} zouden hebben afgewezen.",
        "Volgens {bron} zocht {wie} {online} naar informatie over wapens.",
        "{Wie} stuurde een klasgenote of collega berichten met een verkapte bedreiging.",
        "{Wie} zegt {plek} dat er voor iemand als {hem} toch geen toekomst is.",
        "{Bron} kreeg een schermafbeelding van een forumbericht waarin {wie} een aanslag"
        " aankondigt.",
    ),
    "mixed": (
        "{Bron} meldt dat {wie} {sinds} ideeën uit heel verschillende hoeken deelt, zonder"
        " duidelijke lijn.",
        "{Wie} is gefascineerd door schietpartijen en aanslagen, ongeacht de ideologie van de"
        " dader.",
        "Volgens {bron} wisselt {wie} om de paar weken van overtuiging, maar blijft het geweld"
        " een constante.",
        "{Wie} zoekt {online} naar handleidingen voor wapens, zonder te zeggen waarom.",
        "{Bron} hoorde {wie} dreigen met iets groots {plek}, zonder verdere uitleg.",
        "{Wie} verzamelt symbolen van uiteenlopende groeperingen en toont ze {plek}.",
        "{Wie} deelt {online} filmpjes van daders van aanslagen uit alle hoeken.",
        "{Bron} merkt dat {wie} {sinds} veel woede toont, gericht op steeds andere groepen.",
        "{Wie} schreef een tekst met flarden van verschillende manifesten door elkaar.",
        "Volgens {bron} zoekt {wie} vooral aandacht en erkenning, en vindt die online bij"
        " wie het hardst roept.",
        "{Wie} heeft {plek} gedreigd iemand iets aan te doen na een ruzie.",
        "{Wie} volgt {online} accounts die elk geweld toejuichen, ongeacht het doel.",
        "{Bron} zag {wie} {toen} met een mes op zak, zonder dat duidelijk is waarom.",
        "{Wie} wisselt online tussen uiteenlopende groepen en neemt van elk de hardste taal over.",
    ),
    "none": (
        "{Bron} meldde {toen} een tekening met wapens; {wie} maakte ze voor een project"
        " over de Eerste Wereldoorlog.",
        "Een uitspraak van {wie} {plek} werd als signaal gemeld, maar bleek een slechte grap.",
        "De melding ging over een conflict tussen {wie} en een buurman, niet over ideologie.",
        "{Bron} maakte zich zorgen over het zwijgen van {wie}; het blijkt om rouw te gaan na"
        " een overlijden in de familie.",
        "De zorgen van {bron} gaan vooral over schulden en huisvesting, niet over extreme ideeën.",
        "{Wie} zocht online naar informatie over aanslagen voor een opdracht over de"
        " geschiedenis van de stad.",
        "Het filmpje dat {wie} deelde, was een fragment uit een documentaire, zonder eigen"
        " commentaar.",
        "{Bron} meldde dat {wie} een kapotgeslagen ruit op {zijn} naam kreeg; het blijkt om een"
        " ruzie tussen vrienden te gaan.",
        "Een vreemde chatnaam van {wie} {online} werd als signaal doorgegeven; het is de"
        " naam van een personage uit een game.",
        "{Wie} veranderde {toen} van kledingstijl en vriendengroep; meer is er niet gezien.",
        "De melding van {bron} kwam na een ruzie en bleek vooral een afrekening tussen buren.",
        "{Wie} was {plek} boos en riep dingen die {hij} nadien zelf betreurde.",
        "{Bron} meldde dat {wie} zich afzondert; het blijkt om een depressie te gaan.",
        "Het gesprek met {wie} bracht vooral eenzaamheid en pestgedrag aan het licht.",
    ),
}

ASSESSMENTS: Final[dict[str, tuple[str, ...]]] = {
    "far_right": (
        "De tafel ziet signalen van extreemrechts gedachtegoed, met verheerlijking van geweld.",
        "Extreemrechtse overtuigingen op zich zijn niet strafbaar; de zorg gaat over de"
        " oproepen tot geweld.",
        "Het extreemrechtse netwerk rond {wie} lijkt vooral online te bestaan.",
        "Voorlopige inschatting: extreemrechtse radicalisering in een vroege fase.",
        "De partners herkennen het extreemrechtse beeld niet allemaal; verdere screening.",
        "De dreiging is volgens de information officer eerder laag, maar het extreemrechtse"
        " contact baart zorgen.",
    ),
    "religious": (
        "Geloofsbeleving op zich is geen signaal; de zorg gaat over het religieus goedpraten"
        " van geweld.",
        "De tafel ziet signalen van religieus geïnspireerd extremisme, nog zonder concrete"
        " plannen.",
        "De geloofsgemeenschap van het gezin neemt zelf afstand van de religieus extremistische"
        " prediker en wil meewerken.",
        "Voorlopige inschatting: religieus geïnspireerde radicalisering in een vroege fase.",
        "De partners herkennen het religieus extremistische beeld niet allemaal; verdere"
        " screening.",
        "De dreiging is volgens de information officer eerder laag, maar het religieus"
        " extremistische contact baart zorgen.",
    ),
    "far_left": (
        "Actievoeren en activisme zijn geen probleem; de zorg gaat over de extreemlinkse"
        " oproepen tot geweld.",
        "De tafel ziet een extreemlinkse overtuiging met een groeiende bereidheid tot geweld.",
        "Het anarchistische collectief zelf is niet het probleem; wel de kleine kern die"
        " sabotage plant.",
        "Voorlopige inschatting: extreemlinkse radicalisering in een vroege fase.",
        "De partners herkennen het extreemlinkse beeld niet allemaal; verdere screening.",
        "De dreiging is volgens de information officer eerder laag, maar het anarchistische"
        " contact baart zorgen.",
    ),
    "conspiracy": (
        "Complotdenken op zich is niet strafbaar; de dreigementen tegen personen zijn de zorg.",
        "De tafel ziet complotdenken dat overgaat in vijanddenken tegen de overheid.",
        "Complotverhalen en isolement versterken elkaar; de tafel zoekt een vertrouwensfiguur.",
        "Voorlopige inschatting: complotdenken dat radicaliseert, in een vroege fase.",
        "De partners herkennen het beeld van complotdenken niet allemaal; verdere screening.",
        "De dreiging is volgens de information officer eerder laag, maar de complotgroep"
        " rond {wie} baart zorgen.",
    ),
    "incel": (
        "De tafel ziet een incel-denkbeeld met vrouwenhaat, versterkt door eenzaamheid.",
        "Vrouwenhaat online is hier geen losse uitspraak meer: er is een dreiging naar"
        " concrete personen.",
        "Eenzaamheid en somberheid spelen mee; hulp bij het CGG naast de opvolging van de"
        " vrouwenhaat.",
        "Voorlopige inschatting: radicalisering in de incel-subcultuur, in een vroege fase.",
        "De partners herkennen het beeld van incel-radicalisering niet allemaal; verdere"
        " screening.",
        "De dreiging is volgens de information officer eerder laag, maar het incel-forum rond"
        " {wie} baart zorgen.",
    ),
    "mixed": (
        "De tafel ziet een gemengd en onduidelijk beeld: veel woede, weinig ideologie.",
        "Bij dit gemengde beeld speelt psychische kwetsbaarheid wellicht een grote rol.",
        "Het gemengde beeld past maar gedeeltelijk in de lokale definitie; de tafel volgt nog"
        " even op.",
        "Voorlopige inschatting: een gemengd beeld met fascinatie voor geweld, in een vroege fase.",
        "De partners herkennen het gemengde beeld niet allemaal; verdere screening.",
        "De dreiging is volgens de information officer eerder laag, maar het gemengde beeld"
        " blijft zorgen baren.",
    ),
    "none": (
        "Na screening besluit de tafel: geen radicalisering, wel een zorgvraag.",
        "Dit valt buiten de lokale definitie: geen radicalisering; doorverwijzing naar de"
        " reguliere hulpverlening.",
        "Geen radicalisering vastgesteld; {trekker} neemt de zorg op.",
        "De tafel is het eens: het signaal werd terecht gemeld, maar er is geen radicalisering.",
        "De partners zien geen radicalisering; de casus hoort niet op deze tafel.",
        "De information officer ziet geen dreiging en geen radicalisering.",
    ),
}

PROGRESS: Final[dict[str, tuple[str, ...]]] = {
    "far_right": (
        "{Wie} heeft afstand genomen van de extreemrechtse chatgroep, zegt {bron}.",
        "De extreemrechtse posts zijn sinds het gesprek met {trekker} gestopt.",
        "{Wie} houdt nog contact met de groep, maar gaat niet meer naar de bijeenkomsten.",
        "{Wie} praat met {trekker} over waar de woede vandaan komt.",
        "Er zijn geen nieuwe signalen {plek}.",
    ),
    "religious": (
        "Een vertrouwenspersoon uit de eigen geloofsgemeenschap voert gesprekken met {wie}.",
        "{Wie} volgt de online prediker niet meer, zegt {bron}, maar blijft zoekend.",
        "De reisplannen zijn volgens {bron} van de baan.",
        "{Wie} praat met {trekker} over vragen rond zingeving en geloof.",
        "Er zijn geen nieuwe signalen {plek}.",
    ),
    "far_left": (
        "{Wie} neemt niet meer deel aan de acties van de kern, zegt {bron}.",
        "{Wie} vond via {dienst} een vrijwilligersproject waar {zijn} engagement een plaats"
        " krijgt.",
        "De affiches met oproepen tot geweld zijn niet meer opgedoken.",
        "{Wie} praat met {trekker} over de grens tussen actie en geweld.",
        "Er zijn geen nieuwe signalen {plek}.",
    ),
    "conspiracy": (
        "De dreigende berichten zijn sinds het gesprek met de wijkagent gestopt.",
        "{Wie} aanvaardt opnieuw contact met de huisarts, een belangrijke stap.",
        "{Wie} stuurt nog brieven naar de gemeente, maar zonder dreigementen.",
        "{Wie} praat met {trekker} over het wantrouwen tegenover de overheid.",
        "Er zijn geen nieuwe signalen {plek}.",
    ),
    "incel": (
        "{Wie} gaat in op het aanbod van {dienst} en komt vaker buiten.",
        "De berichten op het forum zijn volgens {bron} minder frequent.",
        "{Wie} volgt een groepsaanbod rond sociale vaardigheden.",
        "{Wie} praat met {trekker} over eenzaamheid en afwijzing.",
        "Er zijn geen nieuwe signalen {plek}.",
    ),
    "mixed": (
        "{Wie} praat minder over geweld sinds de begeleiding door {trekker} startte.",
        "De diagnose van het CGG helpt de partners het gedrag beter te begrijpen.",
        "{Wie} heeft opnieuw een dagstructuur, met werk of school.",
        "{Wie} praat met {trekker} over de woede en waar die vandaan komt.",
        "Er zijn geen nieuwe signalen {plek}.",
    ),
    "none": (
        "{Trekker} heeft de begeleiding overgenomen; de tafel hoeft niet verder op te volgen.",
        "Het gezin vond de weg naar de hulpverlening.",
        "{Wie} gaat het beter, zegt {bron}.",
        "{Wie} praat met {trekker} over wat er thuis speelt.",
        "Er zijn geen nieuwe signalen {plek}.",
    ),
}

LTF_SUBJECT: Final[dict[str, str]] = {
    "far_right": "extreemrechts gedachtegoed met verheerlijking van geweld",
    "religious": "religieus geïnspireerd extremisme met verheerlijking van geweld",
    "far_left": "extreemlinkse oproepen tot geweld en sabotage",
    "conspiracy": "complotdenken met dreigementen tegen personen",
    "incel": "incel-gedachtegoed en vrouwenhaat met dreigementen",
    "mixed": "een gemengd beeld met fascinatie voor geweld",
    "none": "een zorgsituatie zonder radicalisering",
}
"""What an LTF form says the case is about (no professional secrets: P6)."""

# --------------------------------------------------------------------------- any case

_OPENERS: Final = (
    # First time on the agenda.
    (
        "Nieuwe aanmelding via {dienst}; eerste bespreking aan tafel.",
        "Eerste bespreking. {Bron} bracht de zorg aan via de preventieambtenaar.",
        "Aanmelding: de information officer kreeg een melding van {bron}.",
        "Eerste keer op de agenda; alleen wat nodig is voor de inschatting wordt gedeeld.",
        "Nieuwe casus. De coördinator vat de aanmelding kort samen, zonder namen.",
        "Aanmelding door {dienst}, na overleg met de eigen leidinggevende.",
    ),
    # Screening and the first follow-up.
    (
        "Stand van zaken sinds de vorige zitting.",
        "Opvolging: {dienst} brengt een update.",
        "Verdere screening: de partners delen wat ze sinds de vorige zitting zagen.",
        "Tweede bespreking; de vraag is of de casus op tafel blijft.",
        "Korte update van {bron}, via de vaste vertegenwoordiger.",
        "De casus komt terug na de vraag om meer informatie.",
    ),
    # A follow-up trajectory, evaluation, closing.
    (
        "Evaluatie van het opvolgingstraject.",
        "Lopend traject, evaluatie na drie maanden.",
        "Laatste evaluatie; de vraag is of de casus kan worden afgesloten.",
        "Het opvolgingstraject loopt; {trekker} is trekker.",
        "Tussentijdse evaluatie met de partners die het traject dragen.",
        "De casus staat op de agenda voor een stand van zaken.",
    ),
)

_CONTEXT_MINOR: Final = (
    "Het gezin woont sinds kort in de gemeente; de ouders zijn bezorgd en werken mee.",
    "De ouders zijn gescheiden; {wie} woont afwisselend bij de moeder en de vader.",
    "De moeder voelt zich machteloos en vraagt zelf om hulp.",
    "De vader ontkent de zorgen en wil geen contact met de school.",
    "Op school gaan de resultaten achteruit en er is veel afwezigheid.",
    "{Wie} spijbelt {sinds} steeds vaker.",
    "{Wie} heeft weinig vrienden en wordt al langer gepest.",
    "Thuis zijn er geldzorgen; het gezin krijgt steun van het OCMW.",
    "Er zijn jongere kinderen in het gezin; hun belangen worden mee afgewogen.",
    "Het contact tussen de ouders en de school is goed.",
    "{Wie} gaat graag naar het jeugdhuis en heeft daar een vertrouwensband met de jeugdwerker.",
    "{Wie} sport bij de voetbalclub; de trainer is een belangrijke figuur.",
    "De vader werkt in ploegen en is weinig thuis; de moeder draagt het gezin.",
    "{Wie} woont bij een pleeggezin dat goed samenwerkt met de jeugdhulp.",
    "De ouders weten niet wat {wie} online doet en schrikken van de melding.",
    "{Wie} wisselde {toen} van school na problemen in de klas.",
)
_CONTEXT_ADULT: Final = (
    "{Wie} is werkloos; de schulden lopen {sinds} op.",
    "{Wie} woont alleen en heeft weinig sociaal contact.",
    "{Wie} heeft twee jonge kinderen; hun veiligheid en rechten wegen mee.",
    "De partner van {wie} maakt zich zorgen en zocht zelf hulp bij het CAW.",
    "{Wie} werd recent ontslagen en voelt zich onrechtvaardig behandeld.",
    "{Wie} was eerder in begeleiding bij het CGG en stopte daar abrupt.",
    "Er loopt een opvolging door het justitiehuis na een eerdere veroordeling voor geweld.",
    "{Wie} volgt een opleiding en heeft daar een goede band met een lesgever.",
    "De familie staat achter {wie}, maar weet niet hoe ze moet reageren.",
    "{Wie} wacht op een sociale woning en woont tijdelijk bij een vriend.",
    "{Wie} zorgt voor een zieke ouder en raakt uitgeput.",
    "De vader van {wie} is bezorgd en nam zelf contact op met de wijkagent.",
    "{Wie} heeft een leefloon en een budgetbeheer bij het OCMW.",
    "{Wie} verloor {toen} een goede vriend en is sindsdien veranderd.",
    "{Wie} werkt als uitzendkracht en wisselt vaak van job.",
    "Er zijn minderjarige kinderen in de buurt van {wie}; hun belangen wegen mee.",
)
_SERVICES_SENTENCES: Final = (
    "De wijkagent kent de familie en legde {toen} een kennismakingsbezoek af.",
    "Het CGG heeft een intake gepland; de wachttijd is lang.",
    "De huisarts is op de hoogte en ziet {wie} geregeld.",
    "De information officer heeft niets te melden dat aan tafel gedeeld kan worden.",
    "De coördinator vraagt wie het aanspreekpunt wordt voor {wie} en de familie.",
    "De coördinator herinnert eraan dat enkel need to know gedeeld wordt.",
    "{Dienst} wil eerst zelf een gesprek met {wie} voor er iets anders gebeurt.",
    "{Trekker} heeft {toen} een gesprek gehad met {wie}; het verliep rustig.",
    "De wijkagent ziet {wie} soms {plek} en maakt dan een praatje.",
    "De sportdienst kan een plaats vrijmaken in een sportproject in de wijk.",
    "De deradicaliseringsconsulent van het Vlaamse ondersteuningsaanbod (fictief) kan coachen.",
)
_SERVICES_MINOR_SENTENCES: Final = (
    "Het CLB volgt {wie} op en heeft een goed contact met de leerlingenbegeleiding.",
    "De jeugdwerker houdt het contact laagdrempelig, in het jeugdhuis en op straat.",
    "Het CAW biedt het gezin begeleiding bij de opvoedingsvragen.",
    "De school werkt mee, maar vraagt duidelijke afspraken over wat ze mag weten.",
    "De jeugdhulp is al betrokken; de tafel wil geen dubbel traject.",
    "De leerlingenbegeleider heeft een vertrouwensband met {wie} en wil die niet schaden.",
)
_SERVICES_ADULT_SENTENCES: Final = (
    "De maatschappelijk werker van het OCMW volgt de financiële situatie op.",
    "Het justitiehuis volgt de voorwaarden op en brengt enkel wat nodig is.",
    "Het OCMW kan helpen met een budgetbegeleiding als {wie} dat wil.",
    "Het CAW begeleidt {wie} bij de zoektocht naar een woning.",
    "De VDAB zoekt met {wie} naar een opleiding of werk.",
    "Het buurtwerk kent {wie} en kan een vrijwilligersplaats aanbieden.",
)
_PROTECTIVE: Final = (
    "Beschermende factor: {wie} heeft een goede band met een grootouder.",
    "{Wie} heeft een bijbaan en is daar graag gezien.",
    "{Wie} staat open voor een gesprek, zolang het niet bij de politie is.",
    "{Wie} maakt muziek en steekt daar veel tijd in.",
    "Er is een vriend die {wie} aanspreekt op de uitspraken.",
    "{Wie} blijft naar de sportclub gaan, ook in moeilijke weken.",
    "{Wie} heeft een oudere zus die een goede invloed heeft.",
    "{Wie} vertrouwt de huisarts en praat daar over de slaapproblemen.",
)
_NUANCES: Final = (
    "Niet alles wat {bron} zag, werd door andere partners herkend.",
    "De informatie is van horen zeggen; de information officer kan ze niet bevestigen.",
    "De tafel wil vermijden dat {wie} zich geviseerd voelt.",
    "Het vertrouwen van het gezin in de hulpverlening is broos; voorzichtigheid is nodig.",
    "De school wil niet dat de vertrouwensrelatie met {wie} door deze bespreking schade lijdt.",
    "De partners spreken af om alleen door te geven wat nodig is, geen details.",
)
_AGREEMENTS: Final = (
    "{trekker} plant een gesprek met {wie} {termijn}.",
    "de wijkagent legt een huisbezoek af en brengt {termijn} verslag uit.",
    "het CAW neemt contact op met de familie {termijn}.",
    "de casus komt terug op de volgende zitting.",
    "de coördinator vraagt het CGG om mee te denken {termijn}.",
    "niemand neemt informatie van tafel op in het eigen dossier, behalve wat vrijgegeven wordt.",
    "de information officer gaat na of er een risico is voor een lopend onderzoek.",
    "de beslissing over het inlichten van betrokkene wordt uitgesteld tot de volgende zitting.",
    "de vaste vertegenwoordiger koppelt aan de collega terug wat de tafel afsprak.",
    "de huisarts wordt gevraagd een doorverwijzing naar het CGG te bekijken.",
    "het opvolgingstraject loopt verder, evaluatie over drie maanden.",
    "{trekker} wordt trekker van het opvolgingstraject.",
    "de casus wordt afgesloten als de volgende evaluatie goed is.",
    "{trekker} zoekt {termijn} uit of {wie} een begeleider wil.",
    "de wijkagent blijft aanspreekpunt voor de familie.",
)
_AGREEMENTS_MINOR: Final = (
    "de jeugdwerker nodigt {wie} uit voor het nieuwe sportproject.",
    "het CLB bespreekt met de school welke informatie nodig is, en niets meer.",
    "de preventieambtenaar zoekt een vormingsaanbod voor de school.",
    "de jeugddienst zoekt een vrijetijdsaanbod dat {wie} aanspreekt.",
    "het CLB nodigt de ouders uit {termijn}.",
)
_AGREEMENTS_ADULT: Final = (
    "het OCMW bekijkt samen met {wie} een budgetbegeleiding.",
    "het buurtwerk nodigt {wie} uit voor een vrijwilligersproject.",
    "het CAW helpt {wie} {termijn} met de aanvraag voor een woning.",
    "de VDAB plant een gesprek over werk of opleiding {termijn}.",
    "het justitiehuis brengt de tafel op de hoogte als de voorwaarden wijzigen.",
)

# --------------------------------------------------------------------------- releases, LTF
_FEEDBACK_LEAD: Final = (
    "Terugkoppeling voor mijn collega jeugdwelzijnswerker, zoals de tafel afsprak:",
    "Terugkoppeling aan de collega van de jeugddienst, aan tafel zo afgesproken:",
    "Wat ik aan mijn collega mag terugkoppelen:",
)
_FEEDBACK: Final = (
    "de tafel vraagt het contact met {wie} in het jeugdhuis warm te houden.",
    "nieuwe signalen meld je aan mij, niet rechtstreeks aan andere partners.",
    "{trekker} neemt de begeleiding op; jij blijft aanspreekpunt in het jeugdhuis.",
    "de casus blijft op tafel; over de inhoud van de bespreking kan ik niets doorgeven.",
    "de tafel besliste nog niet of betrokkene ingelicht wordt; zeg er voorlopig niets over.",
    "jouw inbreng werd meegenomen; de tafel dankt je voor je alertheid.",
    "er komt een gesprek met {wie}; jij hoeft daar niets voor te doen.",
    "de casus wordt afgesloten aan tafel; de gewone begeleiding loopt verder.",
)
_DOSSIER_LEAD: Final = (
    "Voor het eigen dossier van de jeugddienst:",
    "Eigen dossier (jeugddienst), alleen wat nodig is:",
)
_DOSSIER: Final = (
    "de jeugddienst is partner in het opvolgingstraject van deze casus.",
    "afgesproken dat de jeugddienst een vrijetijdsaanbod zoekt voor {wie}.",
    "de jeugddienst nam deel aan de bespreking; verdere inhoud blijft aan tafel.",
    "contactpersoon voor de partners is voortaan de jeugdconsulent.",
    "evaluatie door de jeugddienst gepland {termijn}.",
    "de jeugddienst volgt het sportproject op waar {wie} aan deelneemt.",
)
_DOSSIER_GENERAL: Final = (
    "Voor het eigen dossier: deelname aan de zitting van de cel, zonder casusinhoud.",
    "Voor het eigen dossier: de jeugddienst blijft vast lid van de operationele tafel.",
    "Voor het eigen dossier: vorming over het afsprakenkader gevolgd aan het begin van de zitting.",
)
_LTF: Final = (
    "Terugkoppelingsfiche (fictief): signalen van {ltf}, door meerdere partners herkend."
    " Lokale opvolging loopt via {trekker}. Geen beroepsgeheim opgenomen.",
    "Terugkoppelingsfiche (fictief): de cel vraagt de LTF de situatie mee op te volgen"
    " wegens {ltf}. Lokale opvolging blijft bij {trekker}.",
    "Terugkoppelingsfiche (fictief): {ltf}; zorgen over mogelijke stappen naar geweld. De"
    " cel blijft lokaal opvolgen.",
    "Terugkoppelingsfiche (fictief): {ltf}. Er loopt een opvolgingstraject; de cel meldt"
    " wijzigingen.",
)

# --------------------------------------------------------------------------- case decisions
# The table-only texts of the decisions that move a case's life (P13,
# :mod:`vault.case_decisions`): a trajectory proposed or running, a referral, a closure.
# They name the case's own lead and no phenomenon: the structure says the rest.

TRAJECTORY_PROPOSED: Final = (
    "Voorstel opvolgingstraject: {trekker} wordt trekker en plant een eerste gesprek met"
    " {wie}. Evaluatie over drie maanden.",
    "De tafel stelt een opvolgingstraject voor met {trekker} als trekker; de andere partners"
    " blijven aanspreekbaar.",
    "Opvolgingstraject voorgesteld: {trekker} neemt contact op met {wie} en de familie. De"
    " tafel evalueert na drie maanden.",
)
TRAJECTORY_RUNNING: Final = (
    "Het opvolgingstraject is gestart; {trekker} blijft trekker. Volgende evaluatie over"
    " drie maanden.",
    "{Wie} stemde in met de begeleiding; het traject met {trekker} loopt.",
    "Het traject loopt: {trekker} ziet {wie} geregeld. Evaluatie over drie maanden.",
)
REFERRALS: Final = (
    "Doorverwezen naar {trekker}; de begeleiding loopt verder buiten de cel.",
    "De tafel verwijst door naar {trekker}; de zorg voor {wie} en de familie loopt daar verder.",
    "Doorverwijzing naar {trekker} voor verdere hulp; de cel volgt niet verder op.",
)
CLOSURES: Final[dict[ClosureReason, tuple[str, ...]]] = {
    ClosureReason.GOAL_REACHED: (
        "Afgesloten: het doel van het traject is bereikt. Er zijn geen zorgwekkende signalen meer.",
        "Afsluiting van de casus: {wie} heeft een stabiel netwerk en {trekker} rondt de"
        " begeleiding af.",
    ),
    ClosureReason.REFERRED_TO_CARE: (
        "Afgesloten na doorverwijzing: de zorg loopt verder via {trekker}, buiten de cel.",
        "De casus wordt afgesloten aan tafel; {trekker} begeleidt {wie} verder.",
    ),
    ClosureReason.OUT_OF_SCOPE: (
        "Afgesloten: de casus valt buiten de lokale definitie van de cel. Wat nodig is, loopt"
        " via de gewone hulpverlening.",
        "De tafel besluit dat dit niet op deze tafel hoort; afgesloten als buiten de lokale"
        " definitie.",
    ),
    ClosureReason.LTF_POLICE: (
        "Afgesloten aan deze tafel: de opvolging gebeurt verder door de LTF en de politie. De"
        " cel krijgt enkel bericht als er lokaal iets nodig is.",
        "De information officer meldt dat de LTF de opvolging overneemt; de casus wordt hier"
        " afgesloten.",
    ),
    ClosureReason.MOVED: (
        "Afgesloten: {wie} is verhuisd naar een andere gemeente. De notities gaan niet mee.",
    ),
    ClosureReason.OTHER: ("Afgesloten om een andere reden; de partners zijn op de hoogte.",),
}
"""A closure's text by its reason."""


# --------------------------------------------------------------------------- other items
GENERAL: Final[dict[AgendaItemKind, tuple[str, ...]]] = {
    AgendaItemKind.OPENING: (
        "Opening door de burgemeester. Afsprakenkader en geheimhouding overlopen; alle"
        " deelnemers zijn ingelicht.",
        "De coördinator herinnert eraan dat niemand verplicht is iets te delen, en dat wat"
        " gedeeld wordt bij de LTF en OCAD kan terechtkomen.",
        "Een ad-hocdeelnemer voor één casus wordt verwelkomd; het afsprakenkader werd vooraf"
        " toegelicht.",
        "Agenda goedgekeurd. Casussen in opvolging eerst, dan de nieuwe aanmeldingen.",
        "Verslag van de vorige zitting: enkel de afspraken, geen inhoud.",
        "Korte ronde: wie is er voor welke casus, wie verlaat de zaal bij welk punt.",
        "De preventieambtenaar zit voor in afwezigheid van de burgemeester.",
    ),
    AgendaItemKind.OPEN_ACTIONS: (
        "Openstaande acties overlopen: de meeste zijn uitgevoerd.",
        "De actie van het CLB is uitgevoerd; het gesprek met de school vond plaats.",
        "Het huisbezoek door de wijkagent is nog niet gebeurd; de actie schuift door.",
        "De preventieambtenaar vond een vormingsaanbod; start na de vakantie.",
        "Eén actie vervalt: de omstandigheden zijn veranderd.",
        "Het OCMW bevestigt dat de budgetbegeleiding is opgestart.",
    ),
    AgendaItemKind.LTF_DECISIONS: (
        "Geen nieuwe terugkoppelingsfiches deze keer.",
        "De information officer licht toe hoe de LTF werkt en wat er met een fiche gebeurt.",
        "Consensus wordt per casus gevraagd; een onthouding is geen akkoord.",
        "Voor één casus vraagt de tafel eerst meer informatie voor er iets naar de LTF gaat.",
        "Herinnering: wat naar de LTF gaat, kan iemand op een federale lijst brengen; enkel"
        " bij consensus.",
        "Over het inlichten van betrokkenen: alleen het feit van de bespreking, nooit de inhoud.",
    ),
    AgendaItemKind.THEME: (
        "De preventieambtenaar stelt de jaarcijfers (fictief) voor: casussen uit alle"
        " fenomenen, ook meldingen die geen radicalisering bleken.",
        "Polarisatie op school: de scholen vragen vorming over gesprekken in de klas na een"
        " aanslag.",
        "De lokale definitie wordt herbekeken: wat hoort op deze tafel en wat niet.",
        "Online signalen: extreemrechts, extreemlinks, religieus geïnspireerd, complotdenken"
        " en incel-forums komen allemaal voor.",
        "Samenwerking met het jeugdwerk: hoe houden we het vertrouwen van jongeren en gezinnen?",
        "Evaluatie van het afsprakenkader; ad-hocdeelnemers krijgen het voortaan vooraf.",
        "Het OCMW vraagt aandacht voor de rol van schulden en isolement.",
        "Het CGG stelt zijn aanbod voor; de wachttijden blijven een knelpunt.",
    ),
    AgendaItemKind.OTHER: (
        "Varia: de coördinator is met verlof in de zomer; de preventieambtenaar vervangt.",
        "Varia: nieuwe contactpersoon bij de politiezone.",
        "Varia: een school vraagt een infosessie over de werking van de cel.",
        "Varia: de vergaderzaal verandert vanaf volgende maand.",
    ),
    AgendaItemKind.CLOSING: (
        "Volgende zitting over zes weken, in dezelfde zaal.",
        "Evaluatie van de zitting: de agenda was te vol; casussen in opvolging krijgen voorrang.",
        "Afsluiting door de burgemeester. Niets van deze zitting gaat naar buiten, behalve wat"
        " werd vrijgegeven.",
        "Iedereen kreeg de kans om te zeggen wat niet gedeeld mocht worden; afgesloten.",
    ),
}

THEME_TITLES: Final = (
    "Fictief thema: online signalen",
    "Fictief thema: polarisatie op school",
    "Fictief thema: jaarevaluatie",
    "Fictief thema: de lokale definitie herbekeken",
    "Fictief thema: samenwerking met het jeugdwerk",
    "Fictief thema: schulden, isolement en kwetsbaarheid",
)

_ACTIONS: Final[dict[Role, tuple[str, ...]]] = {
    Role.YOUTH_OFFICER: (
        "Vrijetijdsaanbod in de wijk in kaart brengen voor jongeren in opvolging.",
        "Vormingsmoment over het afsprakenkader plannen voor de jeugdwerkers.",
        "Met het jeugdhuis afspreken hoe signalen via de vaste vertegenwoordiger lopen.",
    ),
    Role.MAYOR: (
        "Brief aan de partners over de herziene lokale definitie.",
        "Uitnodiging met het afsprakenkader versturen aan de ad-hocdeelnemers.",
        "De scholengroepen uitnodigen voor de strategische tafel.",
    ),
    Role.PREVENTION_OFFICER: (
        "Vormingsaanbod over polarisatie voor leerkrachten zoeken.",
        "Agenda van de volgende zitting opstellen en rondsturen, zonder casusinhoud.",
        "Jaarcijfers (fictief) voorbereiden voor de strategische tafel.",
    ),
    Role.INFORMATION_OFFICER: (
        "Nagaan of er een risico is voor een lopend onderzoek en dat op de volgende zitting"
        " zeggen.",
        "Bij de LTF navragen of de vorige terugkoppelingsfiche verdere vragen oplevert.",
        "De wijkagent vragen om een kennismakingsbezoek bij de familie.",
    ),
    Role.CLB: (
        "Met de leerlingenbegeleiding afspreken wie het aanspreekpunt voor de school is.",
        "Een gesprek met de ouders plannen, samen met de school.",
        "Nagaan of de jeugdhulp al betrokken is, om een dubbel traject te vermijden.",
    ),
    Role.SOCIAL_SERVICES: (
        "Budgetbegeleiding voorstellen aan het gezin.",
        "Nagaan of een dringende aanvraag voor een sociale woning mogelijk is.",
        "Een afspraak met het CAW regelen voor de partner.",
    ),
}
_ACTIONS_OTHER: Final = (
    "Verslag uitbrengen op de volgende zitting.",
    "Contact opnemen met de partner die de casus aanmeldde.",
)


# --------------------------------------------------------------------------- the writer
class CaseVoice:
    """How the notes of one case speak about its subject: fixed for the case."""

    __slots__ = ("he", "lead", "minor", "phenomenon", "subject")

    def __init__(self, phenomenon: str, minor: bool, rng: random.Random) -> None:
        self.phenomenon = phenomenon
        self.minor = minor
        self.subject = "de jongere" if minor else rng.choice(("betrokkene", "de jongvolwassene"))
        self.he = phenomenon == "incel" or rng.random() < 0.5
        self.lead = rng.choice(_LEADS_MINOR if minor else _LEADS_ADULT)
        """Who leads the case's follow-up (or takes over its care), as the notes name it;
        :data:`LEAD_ORGANISATIONS` gives the organisation."""


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


class NoteWriter:
    """Seeded writer of the demo's texts: notes, LTF forms, releases, actions."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _slots(self, voice: CaseVoice | None) -> Slots:
        if voice is None:
            return Slots(self.rng, "betrokkene", self.rng.random() < 0.5, False)
        return Slots(self.rng, voice.subject, voice.he, voice.minor, voice.lead)

    def case_note(self, voice: CaseVoice, visit: int) -> str:
        """A note on a case item; ``visit``: how often the case was discussed before."""
        r, ph = self.rng, voice.phenomenon
        slots = self._slots(voice)
        stage = min(visit, 2)
        parts: list[str] = []
        if r.random() < 0.35:
            parts.append(r.choice(_OPENERS[stage]))
        pool = SIGNALS[ph] if stage == 0 or r.random() < 0.35 else PROGRESS[ph]
        parts += r.sample(pool, 2) if r.random() < 0.3 else [r.choice(pool)]
        if r.random() < 0.45:
            parts.append(r.choice(_CONTEXT_MINOR if voice.minor else _CONTEXT_ADULT))
        draw = r.random()
        if draw < 0.2:
            parts.append(r.choice(_SERVICES_SENTENCES))
        elif draw < 0.35:
            parts.append(
                r.choice(_SERVICES_MINOR_SENTENCES if voice.minor else _SERVICES_ADULT_SENTENCES)
            )
        elif draw < 0.47:
            parts.append(r.choice(_PROTECTIVE))
        if r.random() < 0.3 + 0.15 * stage:
            parts.append(r.choice(ASSESSMENTS[ph]))
        elif r.random() < 0.2:
            parts.append(r.choice(_NUANCES))
        text = " ".join(parts).format_map(slots)
        if r.random() < 0.22:
            pool = _AGREEMENTS_MINOR if voice.minor else _AGREEMENTS_ADULT
            agreement = r.choice(pool) if r.random() < 0.35 else r.choice(_AGREEMENTS)
            text += "\nAfspraak: " + agreement.format_map(slots)
        return text

    def general_note(self, kind: AgendaItemKind) -> str:
        """A note on an item that is not a case (opening, themes, closing…)."""
        r = self.rng
        pool = GENERAL.get(kind, GENERAL[AgendaItemKind.OTHER])
        if r.random() < 0.35:
            return " ".join(r.sample(pool, 2))
        return r.choice(pool)

    def feedback(self, voice: CaseVoice | None) -> str:
        """A note the table agreed to feed back to the represented colleague (P4)."""
        r = self.rng
        slots = self._slots(voice)
        first, second = r.sample(_FEEDBACK, 2)
        lead = r.choice(_FEEDBACK_LEAD)
        return f"{lead} {first.format_map(slots)} {_cap(second.format_map(slots))}"

    def own_dossier(self, voice: CaseVoice | None) -> str:
        """A note agreed to go into the user's own dossier: need to know only (P3)."""
        r = self.rng
        if voice is None:
            return r.choice(_DOSSIER_GENERAL)
        return f"{r.choice(_DOSSIER_LEAD)} {r.choice(_DOSSIER)}".format_map(self._slots(voice))

    def ltf_form(self, voice: CaseVoice) -> str:
        """The text of an LTF feedback form about a case (P6: no professional secrets)."""
        slots = self._slots(voice)
        slots["ltf"] = LTF_SUBJECT[voice.phenomenon]
        return self.rng.choice(_LTF).format_map(slots)

    def trajectory(self, voice: CaseVoice, *, running: bool) -> str:
        """The text of a follow-up trajectory decision (P13): proposed, or started."""
        pool = TRAJECTORY_RUNNING if running else TRAJECTORY_PROPOSED
        return self.rng.choice(pool).format_map(self._slots(voice))

    def referral(self, voice: CaseVoice) -> str:
        """The text of a referral decision: to the case's own lead."""
        return self.rng.choice(REFERRALS).format_map(self._slots(voice))

    def closure(self, voice: CaseVoice, reason: ClosureReason) -> str:
        """The text of a closure decision, fitting its reason."""
        return self.rng.choice(CLOSURES[reason]).format_map(self._slots(voice))

    def action(self, owner_role: Role | None) -> str:
        """An action's description, fitting its owner's role."""
        pool = _ACTIONS.get(owner_role, _ACTIONS_OTHER) if owner_role else _ACTIONS_OTHER
        return self.rng.choice(pool)

    def theme_title(self) -> str:
        return self.rng.choice(THEME_TITLES)
