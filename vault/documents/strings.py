"""Every fixed string of the documents, in Dutch (default) and English.

Why this file is longer than ~500 lines: it is data — every fixed string of the documents in
two languages, kept together so a test can compare their keys.

One small dictionary per language; the two must have the same keys (a test checks).
Templates use ``str.format`` fields filled with *plain* values; the renderer escapes the
filled-in values before anything reaches reportlab's paragraph markup. Templates whose key
ends in ``.rich`` may contain a little trusted markup (``<b>``) of their own.

Dates are worded by :mod:`vault.dates` (re-exported here for the document builders),
without any locale: "donderdag 5 maart 2026" must not depend on the machine's settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from vault.dates import Language as Language
from vault.dates import clock_time as clock_time
from vault.dates import long_date as long_date
from vault.dates import long_date_time as long_date_time
from vault.dates import short_date as short_date
from vault.dates import stamp_date as stamp_date

LANGUAGES: tuple[Language, ...] = ("nl", "en")

# ---------------------------------------------------------------------------- warning

OUTSIDE_VAULT_WARNING: Mapping[Language, str] = {
    "nl": (
        "Dit document wordt een bestand buiten de kluis. Vanaf dan beschermt Tafelboek het "
        "niet meer: wie het bestand heeft, kan het lezen, tenzij u er een wachtwoord op zet. "
        "Bewaar het alleen waar het mag staan, geef het alleen aan wie het mag lezen en "
        "verwijder het zodra het niet meer nodig is."
    ),
    "en": (
        "This document becomes a file outside the vault. From then on Tafelboek no longer "
        "protects it: whoever has the file can read it, unless you set a password on it. "
        "Keep it only where it may be kept, give it only to those who may read it, and "
        "delete it as soon as it is no longer needed."
    ),
}
"""The sentence the client shows before a document leaves the vault as a file."""


# ---------------------------------------------------------------------------- strings

_NL: dict[str, str] = {
    # document kinds (header, title, metadata)
    "kind.feedback_sheet": "Terugkoppeling voor collega",
    "kind.dossier_extract": "Uittreksel voor het eigen dossier",
    "kind.refusal_letter": "Deelname aan de LIVC R: gemotiveerde beoordeling",
    "kind.notice_to_person": "Kennisgeving aan de betrokkene",
    "kind.ltf_record": "Terugkoppelingsfiche LIVC R",
    "kind.ltf_own_record": "Eigen verslag van de consensus over een terugkoppelingsfiche",
    "kind.ltf_own_short": "Eigen verslag van de consensus",
    "kind.notice_script": "Gesprek met de betrokkene",
    "kind.meeting_overview": "Overzicht van het overleg",
    # markings
    "mark.table": "VERTROUWELIJK — geheim van de tafel, art. 458ter Sw.",
    "mark.strategic": "VERTROUWELIJK — strategische tafel",
    "mark.dossier_taken": (
        "VERTROUWELIJK — afkomstig uit de LIVC R (art. 458ter Sw.); met akkoord van de tafel "
        "opgenomen in het dossier van {org} op {date}; niet verder verspreiden"
    ),
    "mark.dossier_taken_strategic": (
        "VERTROUWELIJK — afkomstig van de strategische tafel van de LIVC R; met akkoord van de "
        "tafel opgenomen in het dossier van {org} op {date}; niet verder verspreiden"
    ),
    "mark.own_organisation": "de eigen organisatie",
    "mark.feedback": "enkel voor de geadresseerde",
    "mark.dossier": "vrijgegeven voor het eigen dossier",
    "mark.ltf": (
        "Terugkoppelingsfiche LIVC R — bevat geen informatie die onder het beroepsgeheim aan "
        "tafel werd gedeeld (art. 458ter, § 2 Sw.) — beperkte verspreiding"
    ),
    "mark.own_use": "voor eigen gebruik",
    "mark.letter": "VERTROUWELIJK — persoonlijk aan de burgemeester",
    "mark.personal": "PERSOONLIJK",
    # header and footer
    "head.for": "Voor: {name}",
    "head.to": "Aan: {name}",
    "head.own_dossier": "Bestemming: eigen dossier",
    "head.own_use": "Voor eigen gebruik",
    "head.ltf": "Voor: Lokale Task Force (LTF)",
    "head.mayor": "de burgemeester",
    "head.person": "de betrokkene",
    "head.young_person": "de jongere",
    "head.parents": "de ouders",
    "head.young_person_and_parents": "de jongere en de ouders",
    "foot.page": "pagina {page} van {pages}",
    "mark.demo": "DEMO — fictieve gegevens, geen echt overleg",
    "foot.made": "Opgemaakt op {date}",
    # common words
    "yes": "ja",
    "no": "neen",
    "none": "—",
    "cell": "Cel",
    "meeting": "Overleg",
    "case": "Casus",
    "place": "Plaats",
    "table": "Tafel",
    "status": "Status",
    "made_by": "Opgemaakt door",
    "representative": "{name}, vaste vertegenwoordiger",
    "meeting_of": "Overleg van {date} — {cell}",
    "reflection_of": "Eigen reflectie van {date} (buiten een overleg)",
    "no_case": "Algemeen (geen casus)",
    "unknown_person": "(onbekend)",
    # feedback sheet (P4, P7)
    "fb.title": "Terugkoppeling voor {name}",
    "fb.intro_strategic": (
        "Dit overzicht bevat alleen wat de strategische tafel van de LIVC R uitdrukkelijk heeft "
        "vrijgegeven als terugkoppeling voor u. Wat aan tafel gezegd werd en hier niet staat, "
        "is vertrouwelijk. Deel deze inhoud niet verder."
    ),
    "fb.intro": (
        "Dit overzicht bevat alleen wat de tafel van de LIVC R uitdrukkelijk heeft vrijgegeven "
        "als terugkoppeling voor u. Wat aan tafel gezegd werd en hier niet staat, valt onder "
        "het geheim van de tafel (art. 458ter Sw.). Deel deze inhoud niet verder en neem ze "
        "niet zomaar op in een dossier."
    ),
    "fb.inform": (
        "De jongere of het gezin mag te horen krijgen dat zij op de cel besproken werden — "
        "alleen dat feit, niets van de inhoud."
    ),
    "fb.empty": "Er werd (nog) niets als terugkoppeling voor u vrijgegeven.",
    # dossier extract
    "dx.title": "Uittreksel voor het eigen dossier — casus {code}",
    "dx.intro": (
        "Dit uittreksel bevat alleen notities die uitdrukkelijk werden vrijgegeven voor het "
        "eigen dossier. Het eigen dossier is leesbaar voor collega's van uw organisatie: het is "
        "geen privéruimte. Wat aan tafel gezegd werd en hier niet staat, valt onder het geheim "
        "van de tafel (art. 458ter Sw.)."
    ),
    "dx.released": "Vrijgegeven op {date}",
    "dx.agreed": "akkoord op het overleg van {date}",
    "dx.agreed_none": "vrijgegeven buiten een overleg",
    "dx.owner": "informatie van {name}",
    "dx.owner_agreed": "informatie van {name}, die akkoord ging op het overleg van {date}",
    "dx.owner_unnamed": "informatie van een andere deelnemer (niet genoemd: diens akkoord is "
    "niet vastgelegd)",
    "dx.empty": "Voor deze casus werden geen notities vrijgegeven voor het eigen dossier.",
    # letter to the mayor (P10)
    "rl.to": "Aan de burgemeester",
    "rl.subject_label": "Betreft:",
    "rl.subject.decline": "gemotiveerde weigering tot deelname aan de {cell}",
    "rl.subject.other": "beoordeling van mijn deelname aan de {cell}",
    "rl.salutation": "Geachte burgemeester,",
    "rl.intro": (
        "Als {role} van {organisation} werd mij gevraagd deel te nemen aan de lokale integrale "
        "veiligheidscel inzake radicalisme, extremisme en terrorisme, de {cell}. Deelname is "
        "vrijwillig. Vooraleer toe te zeggen heb ik de voorwaarden voor een goede deelname "
        "afgewogen. Hieronder vindt u mijn beoordeling."
    ),
    "rl.intro_no_org": (
        "Als {role} werd mij gevraagd deel te nemen aan de lokale integrale veiligheidscel "
        "inzake radicalisme, extremisme en terrorisme, de {cell}. Deelname is vrijwillig. "
        "Vooraleer toe te zeggen heb ik de voorwaarden voor een goede deelname afgewogen. "
        "Hieronder vindt u mijn beoordeling."
    ),
    "rl.intro_anon": (
        "Mij werd gevraagd deel te nemen aan de lokale integrale veiligheidscel inzake "
        "radicalisme, extremisme en terrorisme, de {cell}. Deelname is vrijwillig. Vooraleer "
        "toe te zeggen heb ik de voorwaarden voor een goede deelname afgewogen. Hieronder "
        "vindt u mijn beoordeling."
    ),
    "rl.question": "Vraag",
    "rl.answer": "Antwoord",
    "rl.q.framework_known": (
        "Is er een duidelijk afsprakenkader dat alle deelnemers kennen, ook wie ad hoc deelneemt?"
    ),
    "rl.q.agenda_clear": "Is er een duidelijke agenda?",
    "rl.q.composition_clear": "Is de samenstelling van de cel duidelijk?",
    "rl.q.trust": "Is er voldoende vertrouwen en gelijkwaardigheid tussen de deelnemers?",
    "rl.q.right_person": (
        "Zit de juiste persoon op de juiste plaats (zo niet: een vaste vertegenwoordiger)?"
    ),
    "answer.yes": "ja",
    "answer.partly": "gedeeltelijk",
    "answer.no": "neen",
    "answer.none": "niet beantwoord",
    "rl.conclusion": "Conclusie",
    "rl.c.participate": "Op basis van deze afweging neem ik deel aan de cel.",
    "rl.c.participate_with_conditions": (
        "Op basis van deze afweging neem ik deel aan de cel, op voorwaarde dat de punten die "
        "hierboven niet volmondig met ja beantwoord werden eerst worden uitgeklaard."
    ),
    "rl.c.send_representative": (
        "Op basis van deze afweging stel ik voor dat een vaste vertegenwoordiger van onze "
        "dienst in mijn plaats deelneemt aan de cel."
    ),
    "rl.c.decline": "Op basis van deze afweging beslis ik niet deel te nemen aan de cel.",
    "rl.c.none": "Ik heb nog geen conclusie getrokken.",
    "rl.motivation": "Motivering",
    "rl.answers": "Mijn afweging",
    "rl.available": "Voor verdere toelichting blijf ik graag bereikbaar.",
    "rl.closing": "Met vriendelijke groeten,",
    # notice to the person (P7): a letter that speaks as the signatory, or a script
    "np.to.person": "Aan",
    "np.to.young_person": "Aan",
    "np.to.parents": "Aan de ouders van",
    "np.to.young_person_and_parents": "Aan de jongere en de ouders",
    "np.blank": "……………………………………………………",
    "np.subject": "bespreking op de LIVC R van {municipality}",
    "np.salutation.person": "Geachte mevrouw, geachte heer,",
    "np.salutation.young_person": "Beste ……………………………………,",
    "np.salutation.parents": "Geachte mevrouw, geachte heer,",
    "np.salutation.young_person_and_parents": (
        "Geachte mevrouw, geachte heer, beste ……………………………………,"
    ),
    "np.body.person": (
        "Hiermee laat ik u weten dat uw situatie besproken werd op het overleg van de lokale "
        "integrale veiligheidscel inzake radicalisme, extremisme en terrorisme (LIVC R) van "
        "{municipality}."
    ),
    "np.body.young_person": (
        "Hiermee laat ik u weten dat uw situatie besproken werd op het overleg van de lokale "
        "integrale veiligheidscel inzake radicalisme, extremisme en terrorisme (LIVC R) van "
        "{municipality}."
    ),
    "np.body.parents": (
        "Hiermee laat ik u als ouder weten dat de situatie van uw kind besproken werd op het "
        "overleg van de lokale integrale veiligheidscel inzake radicalisme, extremisme en "
        "terrorisme (LIVC R) van {municipality}."
    ),
    "np.body.young_person_and_parents": (
        "Hiermee laat ik u, de jongere en de ouders, weten dat de situatie van de jongere "
        "besproken werd op het overleg van de lokale integrale veiligheidscel inzake "
        "radicalisme, extremisme en terrorisme (LIVC R) van {municipality}."
    ),
    "np.what": (
        "De LIVC R is een overleg dat de burgemeester organiseert, met de gemeente, de politie "
        "en diensten uit de hulp- en zorgverlening. Samen bekijken zij hoe zij mensen de "
        "juiste ondersteuning kunnen bieden."
    ),
    "np.only_fact": (
        "Deze brief deelt alleen dat feit mee. Over de inhoud van de bespreking kan ik niets "
        "meedelen."
    ),
    "np.rights.person": (
        "U hebt het recht te vragen welke gegevens over u verwerkt worden. Met die vraag, en "
        "met andere vragen over deze brief, kunt u terecht bij {contact}."
    ),
    "np.rights.young_person": (
        "U hebt het recht te vragen welke gegevens over u verwerkt worden. Met die vraag, en "
        "met andere vragen over deze brief, kunt u terecht bij {contact}."
    ),
    "np.rights.parents": (
        "U hebt het recht te vragen welke gegevens over uw kind verwerkt worden. Met die "
        "vraag, en met andere vragen over deze brief, kunt u terecht bij {contact}."
    ),
    "np.rights.young_person_and_parents": (
        "U hebt het recht te vragen welke gegevens over de jongere verwerkt worden. Met die "
        "vraag, en met andere vragen over deze brief, kunt u terecht bij {contact}."
    ),
    "ns.title": "Gesprek met de betrokkene: wat je zegt",
    "ns.for": "Gesprek met",
    "ns.intro": (
        "Houvast voor een kort gesprek door wie de betrokkene al kent en vertrouwt. De tafel "
        "stond alleen toe mee te delen dát de situatie besproken werd: zeg in je eigen "
        "woorden wat hieronder staat, en niets meer."
    ),
    "ns.say": "Wat je zegt",
    "ns.say.fact.person": (
        "Dat de situatie van de betrokkene besproken werd op het overleg van de LIVC R van "
        "{municipality}."
    ),
    "ns.say.fact.minor": (
        "Dat de situatie van de jongere besproken werd op het overleg van de LIVC R van "
        "{municipality}."
    ),
    "ns.say.what": (
        "Wat de LIVC R is: een overleg dat de burgemeester organiseert, met de gemeente, de "
        "politie en diensten uit de hulp- en zorgverlening, om mensen de juiste ondersteuning "
        "te bieden."
    ),
    "ns.say.contact": "Bij wie men terecht kan met vragen: {contact}.",
    "ns.say.rights": (
        "Dat men het recht heeft te vragen welke gegevens verwerkt worden, en dat die vraag "
        "naar {contact} gaat."
    ),
    "ns.not": "Wat je niet zegt",
    "ns.not.content": (
        "Niets van wat aan tafel gezegd werd: geen feiten, geen zorgen, geen inschattingen."
    ),
    "ns.not.who": "Niet wie de situatie aanbracht, en niet wie er aan tafel zat.",
    "ns.not.decided": (
        "Niets over wat beslist werd, ook niet of er iets naar de politie of de LTF ging."
    ),
    "ns.questions": "Vragen die je niet kunt beantwoorden",
    "ns.questions.text": (
        "Verwijs naar {contact}. Beloof niets over de inhoud, en zeg eerlijk dat je daar niets "
        "over mag zeggen."
    ),
    # LTF record (P6)
    "ltf.title": "Terugkoppelingsfiche LIVC R aan de Lokale Task Force (LTF)",
    "ltf.consensus": "Consensus van alle effectief deelnemende leden op {date}.",
    "ltf.made_by_officer": "de information officer",
    "lr.title": "Eigen verslag van de consensus over een terugkoppelingsfiche",
    "lr.intro": (
        "Dit is je eigen verslag van de consensus, voor eigen gebruik. Het is geen "
        "terugkoppelingsfiche: die maakt alleen de information officer, de brug naar de "
        "Lokale Task Force. Geef dit verslag niet door."
    ),
    "lr.roles": "Akkoord gegeven door de leden met deze rollen: {roles}.",
    "ltf.reminder": (
        "Deze fiche mag geen beroepsgeheimen bevatten die aan tafel werden onthuld. Ze bevat "
        "alleen de tekst die bewust voor de LTF werd geschreven en waarover consensus "
        "bestaat. Wat de LTF bereikt, kan iemand op een federale lijst brengen en zijn of haar "
        "rechten beperken."
    ),
    "ltf.text": "Tekst van de fiche",
    "ltf.no_text": "(De tekst van de fiche is niet of niet meer vrijgegeven.)",
    "ltf.organisation": "Organisatie",
    # meeting overview
    "mo.title": "Overzicht van het overleg van {date}",
    "mo.when": "Datum en uur",
    "mo.attendance": "Aanwezigheid",
    "mo.person": "Naam",
    "mo.role": "Rol",
    "mo.presence": "Aanwezigheid",
    "mo.ad_hoc": "Ad hoc",
    "mo.briefed": "Kader en geheim meegedeeld",
    "mo.remark": "Opmerking",
    "mo.only_items": "enkel voor punt {items}",
    "mo.left_items": "niet bij punt {items}",
    "mo.agenda": "Agenda",
    "mo.off_topic": "hoort niet op de operationele tafel",
    "mo.decisions": "Besluiten",
    "mo.item": "Punt",
    "mo.kind": "Soort",
    "mo.outcome": "Uitkomst",
    "mo.actions": "Acties",
    "mo.owner": "Trekker",
    "mo.due": "Uiterlijk op",
    "mo.notes": "Notities vrijgegeven voor het eigen dossier",
    "mo.none": "Geen.",
    "mo.text_hidden": (
        "Teksten die niet voor het eigen dossier werden vrijgegeven, staan niet in dit overzicht."
    ),
    "mo.left_out": (
        "Niet in dit overzicht, want ze vallen onder het geheim van de tafel: {facts}. Je kiest "
        "ze apart wanneer je het overzicht maakt."
    ),
    "mo.revealed": "Dit overzicht bevat op jouw keuze: {facts}.",
    "fact.case_codes": "casuscodes",
    "fact.attendance": "wie aanwezig was, ook per agendapunt",
    "fact.decisions": "besluiten met hun uitkomst, en acties",
    # enumerations
    "role.mayor": "burgemeester",
    "role.prevention_officer": "preventieambtenaar",
    "role.information_officer": "information officer",
    "role.police_chief": "korpschef",
    "role.police": "politie",
    "role.clb": "CLB",
    "role.school": "school",
    "role.social_services": "sociale dienst",
    "role.justice_house": "justitiehuis",
    "role.civil_affairs": "burgerzaken",
    "role.youth_officer": "jeugdambtenaar",
    "role.youth_welfare_worker": "jeugdwelzijnswerker",
    "role.head_of_leisure": "diensthoofd vrije tijd",
    "role.other": "andere",
    "table.strategic": "strategische tafel",
    "table.operational": "operationele tafel (casusoverleg)",
    "meeting.planned": "gepland",
    "meeting.in_progress": "bezig",
    "meeting.closed": "afgesloten",
    "meeting.cancelled": "geannuleerd",
    "item.opening": "Opening (afsprakenkader en geheimhouding)",
    "item.open_actions": "Openstaande acties",
    "item.case": "Casus",
    "item.theme": "Thema",
    "item.ltf_decisions": "Beslissingen over terugkoppeling aan de LTF",
    "item.closing": "Afsluiting",
    "item.other": "Overig",
    "att.present": "aanwezig",
    "att.absent": "afwezig",
    "att.excused": "verontschuldigd",
    "decision.ltf_form": "Terugkoppelingsfiche LTF",
    "decision.inform_person": "Informeren van de betrokkene",
    "decision.other": "Ander besluit",
    "outcome.agreed": "consensus — doorgegeven",
    "outcome.not_passed_on": "geen consensus — niet doorgegeven",
    "outcome.allowed": "toegestaan",
    "outcome.not_allowed": "niet toegestaan",
    "outcome.open": "open — vraag het na bij de information officer",
    "outcome.postponed": "uitgesteld",
    "outcome.recorded": "genoteerd",
    "action.open": "open",
    "action.done": "uitgevoerd",
    "action.not_done": "niet uitgevoerd",
    "reason.circumstances_changed": "omstandigheden gewijzigd",
    "reason.not_acted": "niet opgenomen",
    "note.note": "Notitie",
    "note.decision_text": "Besluit",
    "note.action_description": "Actie",
    "note.prepared_input": "Voorbereide inbreng",
    "note.ltf_form_text": "Tekst terugkoppelingsfiche",
    "note.motivation": "Motivering",
    "conclusion.participate": "deelnemen",
    "conclusion.participate_with_conditions": "deelnemen onder voorwaarden",
    "conclusion.send_representative": "vaste vertegenwoordiger sturen",
    "conclusion.decline": "niet deelnemen",
    "conclusion.none": "nog geen conclusie",
    # labels of document_choices
    "choice.colleague": "{name} ({count} vrijgegeven)",
    "choice.case": "Casus {code} — {cell} ({count} vrijgegeven)",
    "choice.meeting": "{date} — {cell}",
    "choice.decision": "{kind} — {case} — overleg van {date} ({cell})",
    "choice.assessment": "Beoordeling {cell} — {date} — {conclusion}",
    "choice.no_motivation": "geen motivering geschreven",
}

_EN: dict[str, str] = {
    "kind.feedback_sheet": "Feedback to a colleague",
    "kind.dossier_extract": "Extract for the own case file",
    "kind.refusal_letter": "Participation in the LIVC R: motivated assessment",
    "kind.notice_to_person": "Notice to the person concerned",
    "kind.ltf_record": "LIVC R feedback form",
    "kind.ltf_own_record": "Own record of the consensus on a feedback form",
    "kind.ltf_own_short": "Own record of the consensus",
    "kind.notice_script": "Conversation with the person concerned",
    "kind.meeting_overview": "Meeting overview",
    "mark.table": "CONFIDENTIAL — secret of the table, art. 458ter Belgian Criminal Code",
    "mark.strategic": "CONFIDENTIAL — strategic table",
    "mark.dossier_taken": (
        "CONFIDENTIAL — from the LIVC R (art. 458ter Belgian Criminal Code); taken into the "
        "case file of {org} with the table's agreement on {date}; do not pass on"
    ),
    "mark.dossier_taken_strategic": (
        "CONFIDENTIAL — from the strategic table of the LIVC R; taken into the case file of "
        "{org} with the table's agreement on {date}; do not pass on"
    ),
    "mark.own_organisation": "the own organisation",
    "mark.feedback": "for the addressee only",
    "mark.dossier": "released for the own case file",
    "mark.ltf": (
        "LIVC R feedback form — holds no information shared at the table under professional "
        "secrecy (art. 458ter § 2 Belgian Criminal Code) — restricted distribution"
    ),
    "mark.own_use": "for own use",
    "mark.letter": "CONFIDENTIAL — personal to the mayor",
    "mark.personal": "PERSONAL",
    "head.for": "For: {name}",
    "head.to": "To: {name}",
    "head.own_dossier": "Destination: own case file",
    "head.own_use": "For own use",
    "head.ltf": "For: Local Task Force (LTF)",
    "head.mayor": "the mayor",
    "head.person": "the person concerned",
    "head.young_person": "the young person",
    "head.parents": "the parents",
    "head.young_person_and_parents": "the young person and the parents",
    "foot.page": "page {page} of {pages}",
    "mark.demo": "DEMO — invented data, not a real meeting",
    "foot.made": "Made on {date}",
    "yes": "yes",
    "no": "no",
    "none": "—",
    "cell": "Cell",
    "meeting": "Meeting",
    "case": "Case",
    "place": "Place",
    "table": "Table",
    "status": "Status",
    "made_by": "Made by",
    "representative": "{name}, permanent representative",
    "meeting_of": "Meeting of {date} — {cell}",
    "reflection_of": "Own reflection of {date} (outside a meeting)",
    "no_case": "General (no case)",
    "unknown_person": "(unknown)",
    "fb.title": "Feedback to {name}",
    "fb.intro_strategic": (
        "This sheet holds only what the strategic table of the LIVC R explicitly released as "
        "feedback for you. Whatever was said at the table and is not here is confidential. Do "
        "not pass this content on."
    ),
    "fb.intro": (
        "This sheet holds only what the table of the LIVC R explicitly released as feedback "
        "for you. Whatever was said at the table and is not here falls under the secret of "
        "the table (art. 458ter Belgian Criminal Code). Do not pass this content on and do not "
        "simply put it in a case file."
    ),
    "fb.inform": (
        "The young person or family may be told that they were discussed at the cell — only "
        "that fact, nothing of the content."
    ),
    "fb.empty": "Nothing has been released as feedback for you (yet).",
    "dx.title": "Extract for the own case file — case {code}",
    "dx.intro": (
        "This extract holds only notes that were explicitly released to the own case file. "
        "The own case file can be read by colleagues in your organisation: it is not a "
        "private space. Whatever was said at the table and is not here falls under the "
        "secret of the table (art. 458ter Belgian Criminal Code)."
    ),
    "dx.released": "Released on {date}",
    "dx.agreed": "agreed at the meeting of {date}",
    "dx.agreed_none": "released outside a meeting",
    "dx.owner": "information of {name}",
    "dx.owner_agreed": "information of {name}, who agreed at the meeting of {date}",
    "dx.owner_unnamed": "information of another participant (not named: their agreement is "
    "not recorded)",
    "dx.empty": "No notes of this case were released to the own case file.",
    "rl.to": "To the mayor",
    "rl.subject_label": "Subject:",
    "rl.subject.decline": "motivated refusal to take part in the {cell}",
    "rl.subject.other": "assessment of my participation in the {cell}",
    "rl.salutation": "Dear Mayor,",
    "rl.intro": (
        "As {role} of {organisation} I was asked to take part in the local integrated "
        "security cell on radicalism, extremism and terrorism, the {cell}. Taking part is "
        "voluntary. Before agreeing I weighed the conditions for taking part well. Please "
        "find my assessment below."
    ),
    "rl.intro_no_org": (
        "As {role} I was asked to take part in the local integrated security cell on "
        "radicalism, extremism and terrorism, the {cell}. Taking part is voluntary. Before "
        "agreeing I weighed the conditions for taking part well. Please find my assessment "
        "below."
    ),
    "rl.intro_anon": (
        "I was asked to take part in the local integrated security cell on radicalism, "
        "extremism and terrorism, the {cell}. Taking part is voluntary. Before agreeing I "
        "weighed the conditions for taking part well. Please find my assessment below."
    ),
    "rl.question": "Question",
    "rl.answer": "Answer",
    "rl.q.framework_known": (
        "Is there a clear agreement framework known to all participants, ad hoc ones too?"
    ),
    "rl.q.agenda_clear": "Is there a clear agenda?",
    "rl.q.composition_clear": "Is the composition of the cell clear?",
    "rl.q.trust": "Is there enough trust and equal standing between the participants?",
    "rl.q.right_person": (
        "Is the right person in the right place (if not: a permanent representative)?"
    ),
    "answer.yes": "yes",
    "answer.partly": "partly",
    "answer.no": "no",
    "answer.none": "not answered",
    "rl.conclusion": "Conclusion",
    "rl.c.participate": "Having weighed this, I take part in the cell.",
    "rl.c.participate_with_conditions": (
        "Having weighed this, I take part in the cell, provided that the points not answered "
        "with a full yes above are cleared up first."
    ),
    "rl.c.send_representative": (
        "Having weighed this, I propose that a permanent representative of our service takes "
        "part in the cell in my place."
    ),
    "rl.c.decline": "Having weighed this, I decide not to take part in the cell.",
    "rl.c.none": "I have not drawn a conclusion yet.",
    "rl.motivation": "Motivation",
    "rl.answers": "What I weighed",
    "rl.available": "I remain available for any further explanation.",
    "rl.closing": "Kind regards,",
    "np.to.person": "To",
    "np.to.young_person": "To",
    "np.to.parents": "To the parents of",
    "np.to.young_person_and_parents": "To the young person and the parents",
    "np.blank": "……………………………………………………",
    "np.subject": "discussion at the LIVC R of {municipality}",
    "np.salutation.person": "Dear Sir or Madam,",
    "np.salutation.young_person": "Dear ……………………………………,",
    "np.salutation.parents": "Dear Sir or Madam,",
    "np.salutation.young_person_and_parents": "Dear Sir or Madam, dear ……………………………………,",
    "np.body.person": (
        "With this letter I let you know that your situation was discussed at the meeting of "
        "the local integrated security cell on radicalism, extremism and terrorism (LIVC R) of "
        "{municipality}."
    ),
    "np.body.young_person": (
        "With this letter I let you know that your situation was discussed at the meeting of "
        "the local integrated security cell on radicalism, extremism and terrorism (LIVC R) of "
        "{municipality}."
    ),
    "np.body.parents": (
        "With this letter I let you know, as a parent, that your child's situation was "
        "discussed at the meeting of the local integrated security cell on radicalism, "
        "extremism and terrorism (LIVC R) of {municipality}."
    ),
    "np.body.young_person_and_parents": (
        "With this letter I let the young person and the parents know that the young person's "
        "situation was discussed at the meeting of the local integrated security cell on "
        "radicalism, extremism and terrorism (LIVC R) of {municipality}."
    ),
    "np.what": (
        "The LIVC R is a meeting convened by the mayor, with the municipality, the police and "
        "care and welfare services. Together they look at how to offer people the right "
        "support."
    ),
    "np.only_fact": (
        "This letter tells you only that fact. I cannot tell you anything about the content "
        "of the discussion."
    ),
    "np.rights.person": (
        "You have the right to ask which data about you are processed. With that question, "
        "and any other question about this letter, please contact {contact}."
    ),
    "np.rights.young_person": (
        "You have the right to ask which data about you are processed. With that question, "
        "and any other question about this letter, please contact {contact}."
    ),
    "np.rights.parents": (
        "You have the right to ask which data about your child are processed. With that "
        "question, and any other question about this letter, please contact {contact}."
    ),
    "np.rights.young_person_and_parents": (
        "The young person and the parents have the right to ask which data about the young "
        "person are processed. With that question, and any other question about this letter, "
        "please contact {contact}."
    ),
    "ns.title": "Conversation with the person concerned: what you say",
    "ns.for": "Conversation with",
    "ns.intro": (
        "Support for a short conversation by someone the person already knows and trusts. "
        "The table allowed only the fact that the situation was discussed to be passed on: "
        "say what follows in your own words, and nothing more."
    ),
    "ns.say": "What you say",
    "ns.say.fact.person": (
        "That the person's situation was discussed at the meeting of the LIVC R of {municipality}."
    ),
    "ns.say.fact.minor": (
        "That the young person's situation was discussed at the meeting of the LIVC R of "
        "{municipality}."
    ),
    "ns.say.what": (
        "What the LIVC R is: a meeting convened by the mayor, with the municipality, the "
        "police and care and welfare services, to offer people the right support."
    ),
    "ns.say.contact": "Whom to contact with questions: {contact}.",
    "ns.say.rights": (
        "That they have the right to ask which data are processed, and that this question "
        "goes to {contact}."
    ),
    "ns.not": "What you do not say",
    "ns.not.content": "Nothing of what was said at the table: no facts, no worries, no views.",
    "ns.not.who": "Not who raised the situation, and not who sat at the table.",
    "ns.not.decided": (
        "Nothing about what was decided, not even whether anything went to the police or the LTF."
    ),
    "ns.questions": "Questions you cannot answer",
    "ns.questions.text": (
        "Refer to {contact}. Promise nothing about the content, and say honestly that you "
        "may not speak about it."
    ),
    "ltf.title": "LIVC R feedback form to the Local Task Force (LTF)",
    "ltf.consensus": "Consensus of all effectively participating members on {date}.",
    "ltf.made_by_officer": "the information officer",
    "lr.title": "Own record of the consensus on a feedback form",
    "lr.intro": (
        "This is your own record of the consensus, for your own use. It is not a feedback "
        "form: only the information officer, the bridge to the Local Task Force, makes that. "
        "Do not pass this record on."
    ),
    "lr.roles": "Approved by the members with these roles: {roles}.",
    "ltf.reminder": (
        "This form may not contain professional secrets revealed at the table. It holds only "
        "the text written deliberately for the LTF on which there is consensus. What reaches "
        "the LTF can put someone on a federal list and restrict their rights."
    ),
    "ltf.text": "Text of the form",
    "ltf.no_text": "(The text of the form is not, or no longer, released.)",
    "ltf.organisation": "Organisation",
    "mo.title": "Overview of the meeting of {date}",
    "mo.when": "Date and time",
    "mo.attendance": "Attendance",
    "mo.person": "Name",
    "mo.role": "Role",
    "mo.presence": "Attendance",
    "mo.ad_hoc": "Ad hoc",
    "mo.briefed": "Told framework and secrecy",
    "mo.remark": "Remark",
    "mo.only_items": "only for item {items}",
    "mo.left_items": "not for item {items}",
    "mo.agenda": "Agenda",
    "mo.off_topic": "does not belong on the operational table",
    "mo.decisions": "Decisions",
    "mo.item": "Item",
    "mo.kind": "Kind",
    "mo.outcome": "Outcome",
    "mo.actions": "Actions",
    "mo.owner": "Owner",
    "mo.due": "Due",
    "mo.notes": "Notes released to the own case file",
    "mo.none": "None.",
    "mo.text_hidden": "Texts not released to the own case file are not in this overview.",
    "mo.left_out": (
        "Not in this overview, as they are covered by the secret of the table: {facts}. You "
        "choose them separately when making the overview."
    ),
    "mo.revealed": "This overview holds, by your choice: {facts}.",
    "fact.case_codes": "case codes",
    "fact.attendance": "who attended, also per agenda item",
    "fact.decisions": "decisions with their outcome, and actions",
    "role.mayor": "mayor",
    "role.prevention_officer": "prevention officer",
    "role.information_officer": "information officer",
    "role.police_chief": "chief of police",
    "role.police": "police",
    "role.clb": "school counselling centre (CLB)",
    "role.school": "school",
    "role.social_services": "social services",
    "role.justice_house": "justice house",
    "role.civil_affairs": "civil affairs",
    "role.youth_officer": "youth officer",
    "role.youth_welfare_worker": "youth welfare worker",
    "role.head_of_leisure": "head of leisure",
    "role.other": "other",
    "table.strategic": "strategic table",
    "table.operational": "operational table (case consultation)",
    "meeting.planned": "planned",
    "meeting.in_progress": "in progress",
    "meeting.closed": "closed",
    "meeting.cancelled": "cancelled",
    "item.opening": "Opening (agreement framework and secrecy duty)",
    "item.open_actions": "Open actions",
    "item.case": "Case",
    "item.theme": "Theme",
    "item.ltf_decisions": "Decisions on feedback to the LTF",
    "item.closing": "Closing",
    "item.other": "Other",
    "att.present": "present",
    "att.absent": "absent",
    "att.excused": "excused",
    "decision.ltf_form": "LTF feedback form",
    "decision.inform_person": "Informing the person",
    "decision.other": "Other decision",
    "outcome.agreed": "consensus — passed on",
    "outcome.not_passed_on": "no consensus — not passed on",
    "outcome.allowed": "allowed",
    "outcome.not_allowed": "not allowed",
    "outcome.open": "open — ask the information officer",
    "outcome.postponed": "postponed",
    "outcome.recorded": "recorded",
    "action.open": "open",
    "action.done": "done",
    "action.not_done": "not done",
    "reason.circumstances_changed": "circumstances changed",
    "reason.not_acted": "not acted on",
    "note.note": "Note",
    "note.decision_text": "Decision",
    "note.action_description": "Action",
    "note.prepared_input": "Prepared input",
    "note.ltf_form_text": "LTF form text",
    "note.motivation": "Motivation",
    "conclusion.participate": "take part",
    "conclusion.participate_with_conditions": "take part with conditions",
    "conclusion.send_representative": "send a permanent representative",
    "conclusion.decline": "decline",
    "conclusion.none": "no conclusion yet",
    "choice.colleague": "{name} ({count} released)",
    "choice.case": "Case {code} — {cell} ({count} released)",
    "choice.meeting": "{date} — {cell}",
    "choice.decision": "{kind} — {case} — meeting of {date} ({cell})",
    "choice.assessment": "Assessment {cell} — {date} — {conclusion}",
    "choice.no_motivation": "no motivation written",
}

STRINGS: Mapping[Language, Mapping[str, str]] = {"nl": _NL, "en": _EN}


class Words:
    """The fixed strings of one language: ``words("fb.title", name=...)``."""

    def __init__(self, language: Language) -> None:
        if language not in STRINGS:
            raise ValueError(f"unsupported document language: {language!r}")
        self.language: Language = language
        self._table = STRINGS[language]

    def __call__(self, key: str, **values: object) -> str:
        template = self._table[key]
        return template.format(**values) if values else template

    def day(self, day: date) -> str:
        return long_date(day, self.language)

    def short_day(self, day: date) -> str:
        return short_date(day, self.language)

    def moment(self, moment: datetime) -> str:
        return long_date_time(moment, self.language)
