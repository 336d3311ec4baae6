<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../screens/action_table.py" line="+90"/>
        <source>Due</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no due date</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no description)</source>
        <translation>(geen omschrijving)</translation>
    </message>
</context>
<context>
    <name>ActionsOverviewDialog</name>
    <message>
        <location filename="../../dialogs/actions_overview.py" line="+70"/>
        <location line="+5"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The actions agreed at the meetings of all your cells. What is to be done is table-only: it is shown here and cannot be copied out.</source>
        <translation>De acties die op de overleggen van al je cellen afgesproken zijn. Wat er moet gebeuren, blijft alleen aan tafel: je ziet het hier, maar kunt het niet kopiëren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My actions</source>
        <translation>Mijn acties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per organisation</source>
        <translation>Per organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue (all cells)</source>
        <translation>Termijn verstreken (alle cellen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &amp;open actions</source>
        <translation>Alleen o&amp;pen acties</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Columns of the action list</source>
        <translation>Kolommen van de actielijst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Uitgevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Weer openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case &amp;file</source>
        <translation>&amp;Casusoverzicht openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ell</source>
        <translation>C&amp;el</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>← &amp;Back to the actions</source>
        <translation>← &amp;Terug naar de acties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the actions (Alt+Left)</source>
        <translation>Terug naar de acties (Alt+Links)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All cells</source>
        <translation>Alle cellen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>1 action</source>
        <translation>1 actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 actions</source>
        <translation>%1 acties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 overdue</source>
        <translation>%1 met verstreken termijn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No organisation owns an action yet. At a meeting, an action&apos;s owner is a person, or their organisation when the person is not known yet.</source>
        <translation>Nog geen enkele organisatie is trekker van een actie. Op een overleg is de trekker van een actie een persoon, of diens organisatie als de persoon nog niet bekend is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open actions for this organisation.</source>
        <translation>Geen open acties voor deze organisatie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No actions for this organisation.</source>
        <translation>Geen acties voor deze organisatie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another organisation or cell above.</source>
        <translation>Kies hierboven een andere organisatie of cel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is overdue: every open action is still within its due date.</source>
        <translation>Geen enkele termijn is verstreken: elke open actie ligt nog binnen haar termijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open actions of yours. Untick “Only open actions” to see the ones you finished.</source>
        <translation>Je hebt geen open acties. Vink “Alleen open acties” uit om ook je afgesloten acties te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No actions of yours yet: actions are agreed at a meeting. On the agenda item, press “Add action” (Ctrl+Shift+A) and choose yourself as the owner; your actions of every cell are listed here.</source>
        <translation>Nog geen acties van jou: acties worden op een overleg afgesproken. Klik bij het agendapunt op “Nieuwe actie…” (Ctrl+Shift+A) en kies jezelf als trekker; je acties uit elke cel staan dan hier.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Action marked done.</source>
        <translation>Actie als uitgevoerd aangeduid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action open again.</source>
        <translation>Actie staat weer open.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This action belongs to no case.</source>
        <translation>Deze actie hoort bij geen casus.</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../wording/meeting.py" line="+166"/>
        <source>Hidden: table only — presentation mode</source>
        <translation>Verborgen: alleen aan tafel — presentatiemodus</translation>
    </message>
    <message>
        <location filename="../../screens/actions_panel.py" line="+69"/>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not done: circumstances changed</source>
        <translation>niet uitgevoerd: omstandigheden gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done: not acted on</source>
        <translation>niet uitgevoerd: niet opgenomen</translation>
    </message>
    <message>
        <location filename="../../screens/action_table.py" line="-60"/>
        <location filename="../../screens/actions_panel.py" line="+2"/>
        <source>open, overdue</source>
        <translation>open, termijn verstreken</translation>
    </message>
    <message>
        <location filename="../../screens/actions_panel.py" line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no due date</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/attendance.py" line="+93"/>
        <source>permanent representative for %1</source>
        <translation>vaste vertegenwoordiger voor %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>permanent representative</source>
        <translation>vaste vertegenwoordiger</translation>
    </message>
    <message>
        <location filename="../../screens/actions_panel.py" line="+137"/>
        <source>A&amp;ctions</source>
        <translation>A&amp;cties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add act&amp;ion… (Ctrl+Shift+A)</source>
        <translation>&amp;Nieuwe actie… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Uitgevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not done…</source>
        <translation>Niet uitge&amp;voerd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done or open again</source>
        <translation>Niet uitgevoerd of weer open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done: circumstances changed</source>
        <translation>Niet uitgevoerd: omstandigheden gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done: not acted on</source>
        <translation>Niet uitgevoerd: niet opgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open again</source>
        <translation>Weer openen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left the &amp;room… (Ctrl+Shift+K)</source>
        <translation>Wie zit er in de &amp;zaal bij dit punt?… (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is in the room for this item</source>
        <translation>Wie is in de zaal voor dit agendapunt</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(no description)</source>
        <translation>(geen omschrijving)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1</source>
        <translation>uit het overleg van %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open actions from earlier meetings (%1)</source>
        <translation>Lopende acties uit eerdere overleggen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions on this item</source>
        <translation>Acties bij dit agendapunt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No actions on this item yet.</source>
        <translation>Nog geen acties bij dit agendapunt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Left the room for this item: %1</source>
        <translation>Heeft de zaal verlaten voor dit agendapunt: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Action added.</source>
        <translation>Actie toegevoegd.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Action marked done.</source>
        <translation>Actie als uitgevoerd aangeduid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action marked not done.</source>
        <translation>Actie als niet uitgevoerd aangeduid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action open again.</source>
        <translation>Actie staat weer open.</translation>
    </message>
</context>
<context>
    <name>AdHocDialog</name>
    <message>
        <location filename="../../screens/meeting/dialogs.py" line="+187"/>
        <source>Add ad hoc participant</source>
        <translation>Ad-hocdeelnemer toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Told the agreement framework and the secrecy duty</source>
        <translation>&amp;Afsprakenkader en geheimhoudingsplicht meegedeeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whole meeting</source>
        <translation>&amp;Hele overleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this item: %1</source>
        <translation>Alleen dit agendapunt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this item</source>
        <translation>Alleen dit agendapunt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the participant&apos;s name.</source>
        <translation>Typ de naam van de deelnemer.</translation>
    </message>
</context>
<context>
    <name>AddActionDialog</name>
    <message>
        <location filename="../../screens/actions_panel.py" line="-344"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is to be done</source>
        <translation>Wat moet er gebeuren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due date in words</source>
        <translation>Uiterlijk op, voluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;due date</source>
        <translation>Geen te&amp;rmijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For agenda item: %1</source>
        <translation>Bij agendapunt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description is table-only, like every text you write here.</source>
        <translation>De omschrijving blijft alleen aan tafel, zoals elke tekst die je hier schrijft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>&amp;Trekker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue on</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Say in a few words what is to be done.</source>
        <translation>Zeg in enkele woorden wat er moet gebeuren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who will do it.</source>
        <translation>Kies wie het zal doen.</translation>
    </message>
</context>
<context>
    <name>AgendaEditDialog</name>
    <message>
        <location filename="../../dialogs/agenda_edit.py" line="+60"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous report</source>
        <translation>Goedkeuring vorig verslag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open actions</source>
        <translation>Openstaande acties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cases</source>
        <translation>Opvolging lopende casussen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New referrals</source>
        <translation>Nieuwe aanmeldingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LTF information and feedback</source>
        <translation>Informatie van en terugkoppeling naar de LTF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases to close</source>
        <translation>Af te sluiten casussen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varia and signals</source>
        <translation>Varia en signalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Volgende vergadering</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 note(s)</source>
        <translation>%1 notitie(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 decision(s)</source>
        <translation>%1 beslissing(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 action(s)</source>
        <translation>%1 actie(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mark(s) of who was in the room</source>
        <translation>%1 aanduiding(en) van wie in de zaal zat</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit agenda</source>
        <translation>Agenda bewerken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Naar be&amp;neden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove item</source>
        <translation>Punt &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up</source>
        <translation>Alt+Pijl omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down</source>
        <translation>Alt+Pijl omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an empty item can be removed (Delete)</source>
        <translation>Alleen een leeg agendapunt kan weg (Delete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code, e.g. LIVCR-2025-000017 — never a name</source>
        <translation>Een code, bv. LIVCR-2025-000017 — nooit een naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new case&apos;s subject is a mi&amp;nor</source>
        <translation>De betrokkene van een nieuwe casus is &amp;minderjarig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add case</source>
        <translation>Casus &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case that comes up (new or existing code)</source>
        <translation>Een casus die ter sprake komt (nieuwe of bestaande code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case &amp;code</source>
        <translation>&amp;Code van de casus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A title, e.g. Signals for the strategic table</source>
        <translation>Een titel, bv. Signalen voor de strategische tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add th&amp;eme</source>
        <translation>Th&amp;ema toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change date and &amp;place</source>
        <translation>Datum en plaats &amp;wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en uur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;lace</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close meeting (&amp;held)…</source>
        <translation>Overleg af&amp;sluiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;meeting…</source>
        <translation>Overleg &amp;annuleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>He&amp;ropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a&amp;gain</source>
        <translation>Opnie&amp;uw plannen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Agenda &amp;items</source>
        <translation>Agenda&amp;punten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The meeting is open.</source>
        <translation>Het overleg is geopend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting is planned.</source>
        <translation>Het overleg is opnieuw gepland.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The meeting was held: its agenda no longer changes. Reopen it to correct it.</source>
        <translation>Het overleg is gehouden: de agenda verandert niet meer. Heropen het om iets recht te zetten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting does not take place: plan it again to change its agenda.</source>
        <translation>Het overleg gaat niet door: plan het opnieuw om de agenda te wijzigen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+106"/>
        <source>Cases are discussed at the operational table.</source>
        <translation>Casussen worden besproken op de operationele tafel.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Moved to place %1.</source>
        <translation>Verplaatst naar plaats %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This item holds %1: it stays on the agenda. Move it instead.</source>
        <translation>Dit agendapunt bevat %1: het blijft op de agenda. Verplaats het liever.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The empty item was removed.</source>
        <translation>Het lege agendapunt is verwijderd.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type the case&apos;s code first.</source>
        <translation>Typ eerst de code van de casus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already on this agenda (item %2).</source>
        <translation>%1 staat al op deze agenda (punt %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use a pseudonymous code: letters, digits and . _ / - only, at most 32 characters, no date of birth and no name.</source>
        <translation>Gebruik een pseudonieme code: alleen letters, cijfers en . _ / -, hoogstens 32 tekens, geen geboortedatum en geen naam.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case could not be added: %1</source>
        <translation>De casus kon niet worden toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Existing case %1 added to the agenda.</source>
        <translation>Bestaande casus %1 op de agenda gezet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New referral %1 added under new referrals.</source>
        <translation>Nieuwe aanmelding %1 toegevoegd onder nieuwe aanmeldingen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the theme a title.</source>
        <translation>Geef het thema een titel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theme added: %1</source>
        <translation>Thema toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date and place changed.</source>
        <translation>Datum en plaats gewijzigd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting was held: its status becomes “held” in the overviews and in each case&apos;s history, and its agenda no longer changes (you can reopen it to correct it).</source>
        <translation>Het overleg is gehouden: de status wordt „gehouden” in de overzichten en in de geschiedenis van elke casus, en de agenda verandert niet meer (je kunt het heropenen om iets recht te zetten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The referrals on its agenda become discussed: %1.</source>
        <translation>De aanmeldingen op de agenda worden besproken: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the meeting?</source>
        <translation>Overleg afsluiten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close as &amp;held</source>
        <translation>Afsluiten als &amp;gehouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting is closed as held.</source>
        <translation>Het overleg is afgesloten als gehouden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the meeting?</source>
        <translation>Overleg annuleren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting does not take place: it stays in the list as cancelled, with what was written for it. You can plan it again.</source>
        <translation>Het overleg gaat niet door: het blijft in de lijst als geannuleerd, met wat ervoor geschreven is. Je kunt het opnieuw plannen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the &amp;meeting</source>
        <translation>Overleg &amp;annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting is cancelled.</source>
        <translation>Het overleg is geannuleerd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep it as it is</source>
        <translation>&amp;Laten zoals het is</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../care/backup.py" line="+71"/>
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Make backup</source>
        <translation>Reservekopie &amp;maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup file</source>
        <translation>Reservekopiebestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose another place…</source>
        <translation>Andere &amp;plaats kiezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup is an encrypted copy of the whole vault. It opens with the passphrase you use now. Keep it on another disk or a USB stick that you keep safe.</source>
        <translation>De reservekopie is een versleutelde kopie van de hele kluis. Ze opent met de wachtwoordzin die je nu gebruikt. Bewaar ze op een andere schijf of op een USB-stick die je veilig opbergt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup will be saved as:</source>
        <translation>De reservekopie wordt bewaard als:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your &amp;passphrase</source>
        <translation>Je &amp;wachtwoordzin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup gets a key of its own, made from your passphrase, so that no part of it can be slipped into your vault.</source>
        <translation>De reservekopie krijgt een eigen sleutel, gemaakt uit je wachtwoordzin, zodat geen enkel stuk ervan in je kluis kan worden binnengesmokkeld.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making and checking the backup…</source>
        <translation>De reservekopie wordt gemaakt en gecontroleerd…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your passphrase to make the backup.</source>
        <translation>Typ je wachtwoordzin om de reservekopie te maken.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location line="+25"/>
        <source>Make a &amp;backup now…</source>
        <translation>Nu een reserve&amp;kopie maken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not no&amp;w</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no backup of this vault yet. A backup takes a moment.</source>
        <translation>Er is nog geen reservekopie van deze kluis. Een reservekopie maken duurt maar even.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your last backup was made on %1, one day ago.</source>
        <translation>Je laatste reservekopie dateert van %1, één dag geleden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last backup was made on %1, %2 days ago.</source>
        <translation>Je laatste reservekopie dateert van %1, %2 dagen geleden.</translation>
    </message>
</context>
<context>
    <name>CaseAgendaDialog</name>
    <message>
        <location filename="../../dialogs/case_agenda.py" line="+58"/>
        <source>The meeting of %1 was closed as held: its agenda no longer changes.</source>
        <translation>Het overleg van %1 is afgesloten als gehouden: de agenda verandert niet meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting of %1 was cancelled: its agenda no longer changes.</source>
        <translation>Het overleg van %1 is geannuleerd: de agenda verandert niet meer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting of %1 is a strategic table: cases are discussed at the operational table.</source>
        <translation>Het overleg van %1 is een strategische tafel: casussen worden besproken op de operationele tafel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting of %1 belongs to another cell.</source>
        <translation>Het overleg van %1 hoort bij een andere cel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case is already on the agenda of the meeting of %1 (item %2).</source>
        <translation>De casus staat al op de agenda van het overleg van %1 (punt %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Put the case on the agenda</source>
        <translation>Casus op de agenda zetten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case %1 goes on the agenda of one of the cell&apos;s coming meetings, under %2. For a minor the stepwise questions are asked again at that meeting.</source>
        <translation>Casus %1 komt op de agenda van een volgend overleg van de cel, onder %2. Voor een minderjarige worden de trapsgewijze vragen op dat overleg opnieuw gesteld.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Overleg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Put on the agenda</source>
        <translation>Op de &amp;agenda zetten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The cell has no planned meeting. Plan one first with New meeting… on the meeting screen.</source>
        <translation>De cel heeft geen gepland overleg. Plan er eerst een met Nieuw overleg… op het overlegscherm.</translation>
    </message>
</context>
<context>
    <name>CaseDecisionDialog</name>
    <message>
        <location filename="../../dialogs/case_decision.py" line="+75"/>
        <location line="+2"/>
        <source>Decision on case %1</source>
        <translation>Beslissing over casus %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting of %1</source>
        <translation>Overleg van %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside a meeting (case file only, no text)</source>
        <translation>Buiten een overleg (alleen in het casusoverzicht, zonder tekst)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the table decided, in its own words</source>
        <translation>Wat de tafel besliste, in haar eigen woorden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text stays at the table (table-only) until you release it.</source>
        <translation>De tekst blijft aan tafel (alleen aan tafel) tot je hem vrijgeeft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trajectory is already r&amp;unning</source>
        <translation>Het traject loopt &amp;al</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lead organisation</source>
        <translation>Trekkende organisa&amp;tie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case di&amp;rector (casusregisseur)</source>
        <translation>&amp;Casusregisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;valuation on</source>
        <translation>E&amp;valuatie op</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>A service or organisation, e.g. CAW</source>
        <translation>Een dienst of organisatie, bv. CAW</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Referred &amp;to</source>
        <translation>Doorverwezen &amp;naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reas&amp;on</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Kind of decision</source>
        <translation>&amp;Soort beslissing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the &amp;meeting</source>
        <translation>Op het &amp;overleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;decided</source>
        <translation>Wat werd &amp;beslist</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Re&amp;cord decision</source>
        <translation>Beslissing vast&amp;leggen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The person moved to another municipality. Your notes do not travel: any handover runs through the mayor or the information officer and the LTF, not through this notebook. The case&apos;s retention review counts from its closure.</source>
        <translation>De persoon is naar een andere gemeente verhuisd. Je notities verhuizen niet mee: een overdracht loopt via de burgemeester of de information officer en de LTF, niet via dit notitieboek. De bewaartermijn van de casus loopt vanaf de afsluiting.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outside the cell&apos;s local definition: the retention review comes sooner.</source>
        <translation>Buiten de lokale definitie van de cel: de bewaartermijn is korter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case&apos;s retention review starts at its closure.</source>
        <translation>De bewaartermijn van de casus loopt vanaf de afsluiting.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write in a few words what the table decided.</source>
        <translation>Schrijf in een paar woorden wat de tafel besliste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A referral is decided at a meeting: choose it.</source>
        <translation>Over een doorverwijzing beslist de tafel op een overleg: kies het.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say to whom the case is referred.</source>
        <translation>Zeg naar wie de casus doorverwezen wordt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the organisation that leads the trajectory.</source>
        <translation>Noem de organisatie die het traject trekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The evaluation date comes after %1.</source>
        <translation>De evaluatiedatum valt na %1.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 open action(s)</source>
        <translation>%1 openstaande actie(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>informing the person is not decided yet (P7)</source>
        <translation>over het informeren van de betrokkene is nog niet beslist (P7)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the case?</source>
        <translation>Casus afsluiten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still open on this case: %1.</source>
        <translation>Nog open bij deze casus: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it anyway? The open items stay in the case file as they are.</source>
        <translation>Toch afsluiten? Wat open staat, blijft zo in het casusoverzicht staan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close &amp;anyway</source>
        <translation>&amp;Toch afsluiten</translation>
    </message>
</context>
<context>
    <name>CaseEntry</name>
    <message>
        <location filename="../../dialogs/case_entry.py" line="+45"/>
        <source>A code, e.g. F-2026-0031 — never a name</source>
        <translation>Een code, bv. F-2026-0031 — nooit een naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person discussed is a &amp;minor</source>
        <translation>De besproken persoon is &amp;minderjarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minors in their &amp;family or network</source>
        <translation>Minderjarigen in het &amp;gezin of netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add case</source>
        <translation>Casus toe&amp;voegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New case c&amp;ode</source>
        <translation>&amp;Nieuwe casuscode</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type a code for the case first.</source>
        <translation>Typ eerst een code voor de casus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This cell already has a case with that code; it is now ticked.</source>
        <translation>Deze cel heeft al een casus met die code; die is nu aangevinkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a pseudonymous code: letters, digits and . _ / - only, at most 32 characters, no date of birth and no name.</source>
        <translation>Gebruik een pseudonieme code: alleen letters, cijfers en . _ / -, hoogstens 32 tekens, geen geboortedatum en geen naam.</translation>
    </message>
</context>
<context>
    <name>CaseFileScreen</name>
    <message>
        <location filename="../../screens/case_file.py" line="+183"/>
        <source>The person discussed is a &amp;minor</source>
        <translation>De besproken persoon is &amp;minderjarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minors in their &amp;family or network</source>
        <translation>Minderjarigen in het &amp;gezin of netwerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the &amp;stepwise questions…</source>
        <translation>T&amp;rapsgewijze vragen beantwoorden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cell&apos;s local definition of radicalisation</source>
        <translation>De lokale definitie van radicalisering van de cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a &amp;decision…</source>
        <translation>&amp;Beslissing vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that the person was &amp;informed…</source>
        <translation>&amp;Informeren van betrokkene vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put on the a&amp;genda…</source>
        <translation>Op de age&amp;nda zetten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closure</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Informing</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+446"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>Move &amp;to</source>
        <translation>Naar &amp;fase</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minors</source>
        <translation>Minderjarigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the meeting holds on the case</source>
        <translation>Wat het overleg over de casus bevat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open this meeting</source>
        <translation>Dit &amp;overleg openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History — meetings, newest first</source>
        <translation>Ge&amp;schiedenis — overleggen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the case at th&amp;at meeting</source>
        <translation>Over de casus op d&amp;at overleg</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lead organisation: %1</source>
        <translation>Trekkende organisatie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case director (casusregisseur): %1</source>
        <translation>Casusregisseur: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case director (casusregisseur): not known yet</source>
        <translation>Casusregisseur: nog niet bekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation: %1</source>
        <translation>Evaluatie: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>%1, on %2</source>
        <translation>%1, op %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(still to decide)</source>
        <translation>(nog te beslissen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none open</source>
        <translation>geen open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 overdue</source>
        <translation>%1 over tijd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The cell has not written down its local definition yet (Table › Cells). Screen a referral against what the cell agreed.</source>
        <translation>De cel heeft haar lokale definitie nog niet opgeschreven (Tafel › Cellen). Toets een aanmelding aan wat de cel afsprak.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Minors in the context: weigh their interests at every decision.</source>
        <translation>Minderjarigen in de context: weeg hun belang af bij elke beslissing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚑ The stepwise check is not answered yet.</source>
        <translation>⚑ De trapsgewijze afweging is nog niet gemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stepwise check: handled first by care and welfare: %1; very clear signs: %2.</source>
        <translation>Trapsgewijze aanpak: eerst opgevolgd door de hulp- en zorgverlening buiten de cel: %1; zeer duidelijke signalen: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚑ Asked again at the meeting of %1: the case returns to the agenda.</source>
        <translation>⚑ Opnieuw gevraagd op het overleg van %1: de casus komt terug op de agenda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reopen: discussed</source>
        <translation>Heropenen: besproken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to discussed</source>
        <translation>Terug naar besproken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Outside a meeting (intake, own reflections)</source>
        <translation>Buiten een overleg (aanmelding, eigen reflecties)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 note(s)</source>
        <translation>%1 notitie(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 decision(s)</source>
        <translation>%1 beslissing(en)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 action(s)</source>
        <translation>%1 actie(s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The case was not on any agenda yet.</source>
        <translation>De casus stond nog op geen enkele agenda.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Outside a meeting</source>
        <translation>Buiten een overleg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting of %1 — %2</source>
        <translation>Overleg van %1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place: %1</source>
        <translation>Plaats: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the room for the case: %1</source>
        <translation>In de zaal voor de casus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody recorded</source>
        <translation>niemand genoteerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, due %1</source>
        <translation>, uiterlijk %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stepwise check (minor)</source>
        <translation>Trapsgewijze aanpak (minderjarige)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents made</source>
        <translation>Gemaakte documenten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handled first by care and welfare: %1; very clear signs: %2.</source>
        <translation>Eerst opgevolgd door de hulp- en zorgverlening buiten de cel: %1; zeer duidelijke signalen: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>led by %1</source>
        <translation>getrokken door %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>casusregisseur %1</source>
        <translation>casusregisseur %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evaluation %1</source>
        <translation>evaluatie %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to %1</source>
        <translation>naar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LTF feedback form: passed on (consensus)</source>
        <translation>Terugkoppelingsfiche LTF: doorgegeven (consensus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTF feedback form: not passed on</source>
        <translation>Terugkoppelingsfiche LTF: niet doorgegeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allowed — only the fact of being discussed</source>
        <translation>toegestaan — enkel het feit dat de persoon besproken werd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed</source>
        <translation>niet toegestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open — ask the information officer</source>
        <translation>open — vraag het aan de information officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postponed until %1</source>
        <translation>uitgesteld tot %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informing the person: %1</source>
        <translation>Terugkoppeling naar betrokkene: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>told by %1, %2, on %3</source>
        <translation>geïnformeerd door %1, %2, op %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other decision</source>
        <translation>Andere beslissing</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only text released to your own dossier can be copied, and only from one note at a time. Table-only text stays here.</source>
        <translation>Alleen tekst die voor je eigen dossier is vrijgegeven kan gekopieerd worden, en telkens uit één notitie. Tekst die alleen aan tafel hoort, blijft hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Gekopieerd. Het klembord wordt over 30 seconden gewist.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recorded: the person was informed.</source>
        <translation>Vastgelegd: betrokkene werd geïnformeerd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On the agenda of the meeting of %1 (item %2).</source>
        <translation>Op de agenda van het overleg van %1 (punt %2).</translation>
    </message>
</context>
<context>
    <name>CaseListScreen</name>
    <message>
        <location filename="../../screens/case_list.py" line="+201"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every case in this vault, by its code. Type part of a code to find it; Enter opens the case file.</source>
        <translation>Elke casus in deze kluis, op code. Typ een deel van een code om ze te vinden; Enter opent het casusoverzicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part of a code, e.g. 0031</source>
        <translation>Een deel van een code, bv. 0031</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not closed</source>
        <translation>Niet afgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any stage</source>
        <translation>Elke fase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discussed or in screening</source>
        <translation>Besproken of in screening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up trajectory</source>
        <translation>Opvolgingstraject</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minors in context</source>
        <translation>Minderjarigen in de context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stepwise check open</source>
        <translation>Trapsgewijze afweging nog te maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No minors</source>
        <translation>Geen minderjarigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undecided — to decide</source>
        <translation>Onbeslist — te beslissen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Columns of the case list</source>
        <translation>Kolommen van de casuslijst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open case file</source>
        <translation>Casusoverzicht &amp;openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A code, e.g. LIVCR-2026-000031 — never a name</source>
        <translation>Een code, bv. LIVCR-2026-000031 — nooit een naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is a mi&amp;nor</source>
        <translation>De persoon is mi&amp;nderjarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minors in their famil&amp;y or network</source>
        <translation>Minderjarigen in het gezin of net&amp;werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add case</source>
        <translation>Casus &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Search code</source>
        <translation>Code &amp;zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ell</source>
        <translation>C&amp;el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tage</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minors</source>
        <translation>&amp;Minderjarigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Informing</source>
        <translation>&amp;Informeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New case co&amp;de</source>
        <translation>Nieuwe casus&amp;code</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cases fo&amp;und</source>
        <translation>&amp;Gevonden casussen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All cells</source>
        <translation>Alle cellen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>1 case</source>
        <translation>1 casus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cases</source>
        <translation>%1 casussen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose the cell of the new case first.</source>
        <translation>Kies eerst de cel van de nieuwe casus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a code for the case first.</source>
        <translation>Typ eerst een code voor de casus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This cell already has a case with that code: its file opens.</source>
        <translation>Deze cel heeft al een casus met die code: het overzicht ervan gaat open.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use a pseudonymous code: letters, digits and . _ / - only, at most 32 characters, no date of birth and no name.</source>
        <translation>Gebruik een pseudonieme code: alleen letters, cijfers en . _ / -, hoogstens 32 tekens, geen geboortedatum en geen naam.</translation>
    </message>
</context>
<context>
    <name>CaseRetentionDialog</name>
    <message>
        <location filename="../../dialogs/case_retention.py" line="+78"/>
        <location line="+10"/>
        <source>Retention by case</source>
        <translation>Bewaring per casus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A closed case comes up for review when its period has passed, counted from its closure. Tafelboek never deletes anything by itself: your organisation decides, following its selection list. Deleting a case removes its notes, decisions, actions and attendance links for real and keeps a record without content for the registers.</source>
        <translation>Een afgesloten casus komt ter herziening wanneer haar termijn verstreken is, gerekend vanaf de afsluiting. Tafelboek verwijdert nooit iets uit zichzelf: je organisatie beslist, volgens haar selectielijst. Een casus verwijderen wist haar notities, beslissingen, acties en aanwezigheidskoppelingen echt, en bewaart een registratie zonder inhoud voor de registers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason and period</source>
        <translation>Reden en termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review since</source>
        <translation>Te herzien sinds</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No closed case is due for review today.</source>
        <translation>Vandaag is geen afgesloten casus te herzien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. VVSG selection list 2024, series 7.3</source>
        <translation>bv. VVSG-selectielijst 2024, reeks 7.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete case…</source>
        <translation>Casus &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closure reason</source>
        <translation>Reden van afsluiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months, minors</source>
        <translation>Maanden, minderjarigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, minors</source>
        <translation>%1, minderjarigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save periods</source>
        <translation>Termijnen &amp;opslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport deletion register…</source>
        <translation>Verwijderingsregister e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cases d&amp;ue for review</source>
        <translation>&amp;Te herziene casussen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selection list &amp;reference</source>
        <translation>Verwijzing &amp;selectielijst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review periods of a cell</source>
        <translation>Bewaartermijnen van een cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ell</source>
        <translation>C&amp;el</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register of deleted cases</source>
        <translation>Register van verwijderde casussen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>As of %1.</source>
        <translation>Op %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2 months (minors)</source>
        <translation>%1 — %2 maanden (minderjarigen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — %2 months</source>
        <translation>%1 — %2 maanden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 deleted case(s) in the register. It holds codes, dates and counts only.</source>
        <translation>%1 verwijderde casus(sen) in het register. Het bevat alleen codes, datums en aantallen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleting %1 removes %2 note(s), %3 decision(s), %4 action(s), %5 agenda item(s) in %6 meeting(s), %7 presence mark(s) and %8 stepwise answer(s). %9 document record(s) stay, without the case.</source>
        <translation>%1 verwijderen wist %2 notitie(s), %3 beslissing(en), %4 actie(s), %5 agendapunt(en) in %6 overleg(gen), %7 aanwezigheidsaanduiding(en) en %8 antwoord(en) op de trapsgewijze vragen. %9 registratie(s) van documenten blijven, zonder de casus.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete case %1?</source>
        <translation>Casus %1 verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete case %1 for good?</source>
        <translation>Casus %1 definitief verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The case changed since the counts were shown: look again and retry.</source>
        <translation>De casus is gewijzigd sinds de aantallen getoond werden: kijk opnieuw en probeer nog eens.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved: %1 period(s) changed.</source>
        <translation>Opgeslagen: %1 termijn(en) gewijzigd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export deletion register</source>
        <translation>Verwijderingsregister exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1 deleted case(s) to %2.</source>
        <translation>%1 verwijderde casus(sen) opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../screens/case_list.py" line="-395"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informing the person</source>
        <translation>Terugkoppeling naar betrokkene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last discussed</source>
        <translation>Laatst besproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minor</source>
        <translation>minderjarig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stepwise check open</source>
        <translation>trapsgewijze afweging nog te maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minors in context</source>
        <translation>minderjarigen in de context</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Informing the person still needs deciding (P7).</source>
        <translation>Over de terugkoppeling naar betrokkene moet nog beslist worden (P7).</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <location filename="../../screens/case_words.py" line="+20"/>
        <source>Referral received</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In screening</source>
        <translation>In screening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up trajectory proposed</source>
        <translation>Opvolgingstraject voorgesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up trajectory running</source>
        <translation>Opvolgingstraject lopend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goal reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to care services</source>
        <translation>Doorverwezen naar hulpverlening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the local definition</source>
        <translation>Valt buiten de lokale definitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Followed by the LTF or the police</source>
        <translation>Opvolging door LTF of politie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved to another municipality</source>
        <translation>Verhuisd naar een andere gemeente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up trajectory</source>
        <translation>Opvolgingstraject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>postponed until %1</source>
        <translation>uitgesteld tot %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>decide again</source>
        <translation>opnieuw beslissen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not yet considered</source>
        <translation>nog niet bekeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open — ask the information officer</source>
        <translation>open — vraag het aan de information officer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>postponed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>gebeurd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no number</source>
        <translation>ze bevat geen nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds a word written like a name</source>
        <translation>ze bevat een woord dat als een naam geschreven is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds initials with a dot</source>
        <translation>ze bevat initialen met een punt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it reads as initials and a birth year</source>
        <translation>ze leest als initialen met een geboortejaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This code may point at a person: %1. Prefer the coordinator&apos;s case number, such as LIVCR-2025-000017.</source>
        <translation>Deze code kan naar een persoon wijzen: %1. Gebruik liever het casusnummer van de coördinator, zoals LIVCR-2025-000017.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Table only — secret of the table</source>
        <translation>Alleen aan tafel — geheim van de tafel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>released to own dossier</source>
        <translation>vrijgegeven voor eigen dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>feedback for %1</source>
        <translation>terugkoppeling voor %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LTF feedback form</source>
        <translation>terugkoppelingsfiche LTF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed since release — new text only at the table; earlier version: %1</source>
        <translation>Gewijzigd sinds vrijgave — nieuwe tekst alleen aan tafel; vorige versie: %1</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../dialogs/cases.py" line="+37"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Terug naar de lijst (Alt+Links)</translation>
    </message>
</context>
<context>
    <name>CellsDialog</name>
    <message>
        <location filename="../../screens/cells.py" line="+77"/>
        <location line="+1"/>
        <location line="+150"/>
        <source>Cells</source>
        <translation>Cellen</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>&amp;New cell</source>
        <translation>&amp;Nieuwe cel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ells</source>
        <translation>C&amp;ellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The municipality whose LIVC R this is</source>
        <translation>De gemeente van deze LIVC R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E.g. the coordinator, or the municipality&apos;s data-protection officer</source>
        <translation>Bv. de coördinator, of de functionaris voor gegevensbescherming van de gemeente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment of taking part</source>
        <translation>Beoordeling van je deelname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreements every participant is told, ad hoc ones too.</source>
        <translation>De afspraken die elke deelnemer te horen krijgt, ook ad-hocdeelnemers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this cell counts as radicalisation, and what does not belong here.</source>
        <translation>Wat deze cel als radicalisering beschouwt, en wat hier niet thuishoort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save cell</source>
        <translation>Cel &amp;opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save state</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Na&amp;me</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Munici&amp;pality</source>
        <translation>Gemeen&amp;te</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact poin&amp;t</source>
        <translation>Contact&amp;punt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement &amp;framework</source>
        <translation>&amp;Afsprakenkader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Local definition</source>
        <translation>Lokale &amp;definitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review notes &amp;after</source>
        <translation>Notities &amp;herbekijken na</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>S&amp;tanding member</source>
        <translation>V&amp;ast lid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd member</source>
        <translation>Lid &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve member</source>
        <translation>Lid verwij&amp;deren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About you</source>
        <translation>Over jou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members of this &amp;cell</source>
        <translation>Leden van deze &amp;cel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pe&amp;rson</source>
        <translation>Pe&amp;rsoon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Represent</source>
        <translation>Ve&amp;rtegenwoordigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top representing…</source>
        <translation>Vertegenwoordiging &amp;stoppen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As permanent representative you sit at this table for colleagues of your own organisation. Only they can receive feedback released from this cell&apos;s notes.</source>
        <translation>Als vaste vertegenwoordiger zit je aan deze tafel voor collega&apos;s van je eigen organisatie. Alleen zij kunnen terugkoppeling krijgen uit de notities van deze cel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Representation state</source>
        <translation>Status van de vertegenwoordiging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colleagues you represent &amp;here</source>
        <translation>Collega&apos;s die je &amp;hier vertegenwoordigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;lleague</source>
        <translation>C&amp;ollega</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deta&amp;ils</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mem&amp;bers</source>
        <translation>&amp;Leden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representati&amp;on</source>
        <translation>&amp;Vertegenwoordiging</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>You last assessed taking part in this cell on %1, a year ago or more. It may be time to weigh it again: Table › Assess participation…</source>
        <translation>Je beoordeelde je deelname aan deze cel op %1, een jaar geleden of langer. Misschien is het tijd om ze opnieuw af te wegen: Tafel › Deelname beoordelen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New cell: type its name, then save.</source>
        <translation>Nieuwe cel: typ de naam en sla dan op.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the cell&apos;s name.</source>
        <translation>Typ de naam van de cel.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tafelboek does not know you yet: add yourself with New person… and tick “This is me”.</source>
        <translation>Tafelboek kent je nog niet: voeg jezelf toe met Nieuwe persoon… en vink “Dit ben ik” aan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You: %1</source>
        <translation>Jij: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>standing</source>
        <translation>vast lid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ad hoc</source>
        <translation>ad hoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (you)</source>
        <translation> (jij)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> — not of your organisation: receives no feedback</source>
        <translation> — niet van je organisatie: krijgt geen terugkoppeling</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody of your organisation (%1) can be represented here yet: add the colleague with New person…, with the same organisation.</source>
        <translation>Nog niemand van je organisatie (%1) kan hier vertegenwoordigd worden: voeg de collega toe met Nieuwe persoon…, met dezelfde organisatie.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Stop representing %1 at this cell?</source>
        <translation>Stoppen met het vertegenwoordigen van %1 in deze cel?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback released to this colleague from this cell&apos;s notes is withdrawn: %1 in all. It goes back to table-only and is no longer on the feedback sheet. The withdrawal is recorded in the audit trail.</source>
        <translation>De terugkoppeling die uit de notities van deze cel aan deze collega werd vrijgegeven, wordt ingetrokken: %1 in totaal. Ze valt weer onder alleen aan tafel en staat niet meer op de terugkoppeling voor die collega. De intrekking wordt vastgelegd in het auditspoor.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Representation ended; feedback withdrawn: %1.</source>
        <translation>Vertegenwoordiging beëindigd; ingetrokken terugkoppeling: %1.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nothing was released as feedback to this colleague from this cell.</source>
        <translation>Uit deze cel werd niets vrijgegeven als terugkoppeling aan deze collega.</translation>
    </message>
    <message>
        <location line="-474"/>
        <source>The agreement framework is shown at the opening of every operational meeting. A notice to the person discussed names the municipality&apos;s LIVC R and the contact point, where they can ask what is processed about them. Notes come up for review after the chosen period; Tafelboek never deletes anything by itself.</source>
        <translation>Het afsprakenkader wordt getoond bij de opening van elk operationeel overleg. Een kennisgeving aan de betrokkene noemt de LIVC R van de gemeente en het contactpunt, waar de betrokkene kan vragen welke gegevens over hem of haar verwerkt worden. Notities komen na de gekozen periode ter herziening; Tafelboek verwijdert nooit iets uit zichzelf.</translation>
    </message>
    <message>
        <location line="+477"/>
        <source>Stop representing</source>
        <translation>Vertegenwoordiging stoppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop and withdraw</source>
        <translation>&amp;Stoppen en intrekken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep representing</source>
        <translation>&amp;Blijven vertegenwoordigen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../care/passphrase.py" line="+27"/>
        <source>Change the passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hange</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From now on the vault opens only with the new passphrase. Backups you made earlier keep the passphrase they were made with.</source>
        <translation>Voortaan opent de kluis alleen nog met de nieuwe wachtwoordzin. Reservekopieën die je eerder maakte, houden de wachtwoordzin waarmee ze gemaakt zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat the new passphrase</source>
        <translation>Nieuwe wachtwoordzin he&amp;rhalen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A forgotten passphrase cannot be recovered</source>
        <translation>Een vergeten wachtwoordzin is niet te herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can reset it for you — not even IT. Choose one you will remember.</source>
        <translation>Niemand kan hem voor jou herstellen — ook de IT-dienst niet. Kies er een die je zult onthouden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Changing the passphrase… this takes a few seconds.</source>
        <translation>De wachtwoordzin wordt gewijzigd… dit duurt enkele seconden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the current passphrase of this vault.</source>
        <translation>Typ de huidige wachtwoordzin van deze kluis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a new passphrase.</source>
        <translation>Typ een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new passphrase is too easy to guess. Follow the advice under the field: a short sentence of uncommon words works best.</source>
        <translation>De nieuwe wachtwoordzin is te makkelijk te raden. Volg de tips onder het veld: een korte zin van ongewone woorden werkt het best.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two new passphrases differ. Repeat the new passphrase exactly.</source>
        <translation>De twee nieuwe wachtwoordzinnen verschillen. Herhaal de nieuwe wachtwoordzin precies.</translation>
    </message>
</context>
<context>
    <name>ConsensusDialog</name>
    <message>
        <location filename="../../wording/decisions.py" line="+120"/>
        <source>Agrees</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagrees</source>
        <translation>Niet akkoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No position yet</source>
        <translation>Nog geen standpunt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LTF feedback form: consensus reached (%1).</source>
        <translation>Terugkoppelingsfiche LTF: consensus bereikt (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LTF feedback form: no consensus — recorded as not passed on (%1).</source>
        <translation>Terugkoppelingsfiche LTF: geen consensus — geregistreerd als niet doorgegeven (%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No consensus possible</source>
        <translation>Geen consensus mogelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is recorded as present for this item. Record the attendance first.</source>
        <translation>Niemand is als aanwezig geregistreerd voor dit agendapunt. Registreer eerst de aanwezigheid.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+25"/>
        <source>Consensus reached</source>
        <translation>Consensus bereikt</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Abstention</source>
        <translation>Onthouding</translation>
    </message>
    <message>
        <location filename="../../dialogs/consensus_positions.py" line="+33"/>
        <source>Ask each member in turn and set their position on their own row: %1 agrees, %2 disagrees, %3 abstention, Delete no position. The next member&apos;s row then has the focus; the arrow keys move between rows.</source>
        <translation>Vraag elk lid afzonderlijk en zet het standpunt op de eigen rij: %1 akkoord, %2 niet akkoord, %3 onthouding, Delete geen standpunt. Daarna staat de focus op de rij van het volgende lid; met de pijltjestoetsen ga je van rij naar rij.</translation>
    </message>
    <message>
        <location filename="../../wording/decisions.py" line="+32"/>
        <source>Every member whose position counted agreed. The form text was released for the LTF record.</source>
        <translation>Elk lid van wie het standpunt telde, ging akkoord. De tekst van de fiche is vrijgegeven voor de LTF.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All %1 members whose position counts agree. When recorded, the form text is released for the LTF record.</source>
        <translation>Alle %1 leden van wie het standpunt telt, gaan akkoord. Bij het registreren wordt de tekst van de fiche vrijgegeven voor de LTF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Among them, not in the room now: %1.</source>
        <translation>Daarvan nu niet in de zaal: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not in the room now, but present for this case or owner of the information, so still required: %1.</source>
        <translation>Nu niet in de zaal, maar aanwezig voor deze casus of eigenaar van de informatie, dus nog altijd nodig: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disagrees: %1.</source>
        <translation>Niet akkoord: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No position yet (no position is not approval): %1.</source>
        <translation>Nog geen standpunt (geen standpunt is geen instemming): %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded like this, the form counts as not passed on and its text stays table-only.</source>
        <translation>Zo geregistreerd geldt de fiche als niet doorgegeven en blijft de tekst alleen aan tafel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form was recorded as not passed on; its text stays table-only.</source>
        <translation>De fiche is geregistreerd als niet doorgegeven; de tekst blijft alleen aan tafel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No consensus</source>
        <translation>Geen consensus</translation>
    </message>
    <message>
        <location filename="../../dialogs/consensus_positions.py" line="+53"/>
        <source>%1 (not in the room now, still required)</source>
        <translation>%1 (nu niet in de zaal, nog altijd nodig)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Position of %1</source>
        <translation>Standpunt van %1</translation>
    </message>
    <message>
        <location filename="../../dialogs/consensus.py" line="+85"/>
        <source>LTF feedback form</source>
        <translation>Terugkoppelingsfiche LTF</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A feedback form goes to the LTF only with the consensus of every effectively participating member present for any item of its case in this meeting, and of whoever owns the information. Someone who left the room still counts. An abstention, or no position, is not approval. A permanent representative is the member for their organisation, with one position.</source>
        <translation>Een terugkoppelingsfiche gaat alleen naar de LTF met de consensus van alle effectief deelnemende leden die bij een agendapunt van deze casus in dit overleg aanwezig waren, en van wie eigenaar is van de informatie. Wie de zaal verliet, telt nog altijd mee. Een onthouding of geen standpunt is geen instemming. Een vaste vertegenwoordiger is het lid voor zijn of haar organisatie, met één standpunt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minors are involved in this case: weigh their interests in this decision.</source>
        <translation>Bij deze casus zijn minderjarigen betrokken: weeg hun belangen mee in deze beslissing.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write the form for the LTF on purpose: no professional secrets revealed at the table, nothing copied from table notes.</source>
        <translation>Schrijf de fiche bewust voor de LTF: geen beroepsgeheimen die aan tafel gedeeld zijn, niets overgenomen uit notities van de tafel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the case…</source>
        <translation>Kies de casus…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Record</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for consensus a&amp;gain</source>
        <translation>Opnieuw consensus &amp;vragen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No police participant is present for this case. The information officer links the cell to the LTF; consider asking them before the form goes on.</source>
        <translation>Er is geen deelnemer van de politie aanwezig voor deze casus. De information officer verbindt de cel met de LTF; overweeg het met hem of haar af te stemmen voor de fiche verdergaat.</translation>
    </message>
    <message>
        <location filename="../../wording/decisions.py" line="-25"/>
        <source>Abstention (an abstention is not approval): %1.</source>
        <translation>Onthouding (een onthouding is geen instemming): %1.</translation>
    </message>
    <message>
        <location filename="../../dialogs/consensus.py" line="-14"/>
        <source>Ask the members again, one by one, for example on an amended form.</source>
        <translation>Vraag de leden opnieuw, een voor een, bijvoorbeeld over een aangepaste fiche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positions of the members present</source>
        <translation>Standpunten van de aanwezige leden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;case this form is about</source>
        <translation>De &amp;casus waarover deze fiche gaat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Whose information</source>
        <translation>&amp;Wiens informatie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Text of the form</source>
        <translation>&amp;Tekst van de fiche</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+189"/>
        <source>Choose the case this form is about.</source>
        <translation>Kies de casus waarover deze fiche gaat.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Nobody is recorded as present for this item.</source>
        <translation>Niemand is als aanwezig geregistreerd voor dit agendapunt.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>On record: %1</source>
        <translation>Geregistreerd: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>On record: consensus reached (%1)</source>
        <translation>Geregistreerd: consensus bereikt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On record: no consensus, not passed on (%1)</source>
        <translation>Geregistreerd: geen consensus, niet doorgegeven (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record consensus</source>
        <translation>Consensus &amp;registreren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record as not passed on</source>
        <translation>&amp;Registreren als niet doorgegeven</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the text of the feedback form first.</source>
        <translation>Typ eerst de tekst van de terugkoppelingsfiche.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose whose information this is.</source>
        <translation>Kies wiens informatie dit is.</translation>
    </message>
</context>
<context>
    <name>ConsensusKeys</name>
    <message>
        <location filename="../../dialogs/consensus_positions.py" line="-74"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>O</translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <location filename="../../screens/unlock.py" line="+120"/>
        <source>Create your vault</source>
        <translation>Maak je kluis aan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create &amp;vault</source>
        <translation>Kluis aan&amp;maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location of the new vault</source>
        <translation>Locatie van de nieuwe kluis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A forgotten passphrase cannot be recovered</source>
        <translation>Een vergeten wachtwoordzin is niet te herstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tafelboek keeps no copy of your passphrase. Nobody can recover or reset it for you — not even IT. Without it, the notes in this vault are lost.</source>
        <translation>Tafelboek bewaart je wachtwoordzin nergens. Niemand kan hem voor jou herstellen of opnieuw instellen — ook de IT-dienst niet. Zonder wachtwoordzin zijn de notities in deze kluis verloren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your notes are kept encrypted in one file on this computer:</source>
        <translation>Je notities worden versleuteld bewaard in één bestand op deze computer:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat passphrase</source>
        <translation>Wachtwoordzin &amp;herhalen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Use a sentence of several uncommon words that only you know, or let Tafelboek make one.</source>
        <translation>Kies een zin van meerdere ongewone woorden die alleen jij kent, of laat Tafelboek er een maken.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Type a passphrase first.</source>
        <translation>Typ eerst een wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This passphrase is too easy to guess. Follow the advice under the field: a short sentence of uncommon words works best.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden. Volg de tips onder het veld: een korte zin van ongewone woorden werkt het best.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ. Repeat the passphrase exactly.</source>
        <translation>De twee wachtwoordzinnen verschillen. Herhaal de wachtwoordzin precies.</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../screens/decisions_panel.py" line="+63"/>
        <source>⚑ %1 · stepwise check open · informing undecided</source>
        <translation>⚑ %1 · trapsgewijze afweging nog te maken · informeren nog te beslissen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚑ %1 · informing undecided</source>
        <translation>⚑ %1 · informeren nog te beslissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚑ %1 · stepwise check open</source>
        <translation>⚑ %1 · trapsgewijze afweging nog te maken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>LTF form… (%1)</source>
        <translation>LTF-fiche… (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTF feedback form and consensus</source>
        <translation>Terugkoppelingsfiche LTF en consensus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inform the person… (%1)</source>
        <translation>Betrokkene informeren… (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informing the person discussed</source>
        <translation>De besproken persoon informeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LTF feedback form…</source>
        <translation>Terugkoppelingsfiche LTF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informing the person…</source>
        <translation>Betrokkene informeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stepwise questions for a minor…</source>
        <translation>Trapsgewijze vragen voor een minderjarige…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Minors in this case&apos;s context: weigh their interests at decisions.</source>
        <translation>Minderjarigen in de context van deze casus: weeg hun belangen mee bij beslissingen.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../widgets/basics.py" line="+392"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invented people and meetings, for practice. Never type real names or real cases here.</source>
        <translation>Verzonnen mensen en overleggen, om te oefenen. Typ hier nooit echte namen of echte casussen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo vault</source>
        <translation>Demokluis</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../dialogs/documents.py" line="+212"/>
        <location line="+214"/>
        <source>Make a document</source>
        <translation>Een document maken</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>&amp;Document</source>
        <translation>Soort &amp;document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to choose</source>
        <translation>Niets om te kiezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also include (covered by the secret of the table, so not by default):</source>
        <translation>Ook opnemen (valt onder het geheim van de tafel, dus niet standaard):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case c&amp;odes</source>
        <translation>Cas&amp;uscodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who a&amp;ttended, also per agenda item</source>
        <translation>Wie aanwe&amp;zig was, ook per agendapunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions with their o&amp;utcome, and actions</source>
        <translation>Beslu&amp;iten met hun uitkomst, en acties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file will reveal who was discussed</source>
        <translation>Dit bestand verraadt wie besproken werd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which LTF document you make</source>
        <translation>Welk LTF-document je maakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A letter that you si&amp;gn</source>
        <translation>Een brie&amp;f die je ondertekent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A script for a con&amp;versation</source>
        <translation>Een leidraad voor een &amp;gesprek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The case is about a minor. Whom does it address?</source>
        <translation>De casus gaat over een minderjarige. Aan wie richt je je?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;young person</source>
        <translation>De &amp;jongere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;he parents</source>
        <translation>De oude&amp;rs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person a&amp;nd the parents</source>
        <translation>De jongere e&amp;n de ouders</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Include my mot&amp;ivation in the letter to the mayor</source>
        <translation>Neem mijn &amp;motivering op in de brief aan de burgemeester</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also include the &amp;questions and my answers</source>
        <translation>Neem ook de vragen en mijn antwoorden o&amp;p</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect the PDF with a pass&amp;word</source>
        <translation>Het PDF-bestand beveiligen met een &amp;wachtwoord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password</source>
        <translation>Wach&amp;twoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF is then encrypted with AES-256 and opens only with this password. Tafelboek does not keep the password: give it to the recipient in another way than the file, for example by phone.</source>
        <translation>Het PDF-bestand wordt dan versleuteld met AES-256 en opent alleen met dit wachtwoord. Tafelboek bewaart het wachtwoord niet: geef het aan de ontvanger op een andere manier dan het bestand, bijvoorbeeld telefonisch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PDF will exist outside the vault</source>
        <translation>Dit PDF-bestand komt buiten de kluis te staan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once saved, the file is no longer protected by Tafelboek. Anyone who has the file can read it, unless it is protected with a password. Keep it somewhere safe, give it only to whom it is meant for, and delete it when it is no longer needed.</source>
        <translation>Eens opgeslagen beschermt Tafelboek het bestand niet meer. Wie het bestand heeft, kan het lezen, tenzij het met een wachtwoord beveiligd is. Bewaar het op een veilige plaats, geef het alleen aan wie het bedoeld is, en verwijder het zodra het niet meer nodig is.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&amp;Save…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <location line="+513"/>
        <source>The PDF was saved</source>
        <translation>Het PDF-bestand is opgeslagen</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>which cases were discussed (their codes)</source>
        <translation>welke casussen besproken werden (hun codes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who was at the table, and which participant was there for which case — often enough to tell which school or service knows the young person</source>
        <translation>wie aan tafel zat, en welke deelnemer er was voor welke casus — vaak genoeg om te weten welke school of dienst de jongere kent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what was decided about them (for example whether an LTF feedback form was passed on) and who must act</source>
        <translation>wat over hen beslist werd (bijvoorbeeld of een terugkoppelingsfiche aan de LTF werd doorgegeven) en wie iets moet doen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These facts are covered by the secret of the table. Whoever reads the file learns:
%1
Include them only if you need them, and keep the file for your own use.</source>
        <translation>Deze gegevens vallen onder het geheim van de tafel. Wie het bestand leest, weet dan:
%1
Neem ze alleen op als je ze nodig hebt, en houd het bestand voor eigen gebruik.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Type a password, or turn off the password protection.</source>
        <translation>Typ een wachtwoord, of zet de beveiliging met een wachtwoord uit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This password is too easy to guess for a document that travels. Follow the advice under the field, or let Tafelboek generate one.</source>
        <translation>Dit wachtwoord is te makkelijk te raden voor een document dat verstuurd wordt. Volg de tips onder het veld, of laat Tafelboek er een maken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords differ. Repeat the password exactly.</source>
        <translation>De twee wachtwoorden verschillen. Herhaal het wachtwoord exact.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the PDF</source>
        <translation>Het PDF-bestand opslaan</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Making the PDF…</source>
        <translation>Het PDF-bestand wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It opens only with the password you chose; Tafelboek did not keep it. Give the password to the recipient separately, and delete the file when it is no longer needed.</source>
        <translation>Het opent alleen met het wachtwoord dat je koos; Tafelboek heeft het niet bewaard. Geef het wachtwoord apart aan de ontvanger, en verwijder het bestand zodra het niet meer nodig is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone who has the file can read it. Keep it somewhere safe, and delete it when it is no longer needed.</source>
        <translation>Wie het bestand heeft, kan het lezen. Bewaar het op een veilige plaats, en verwijder het zodra het niet meer nodig is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault records that this document was made, not where.</source>
        <translation>De kluis houdt bij dat dit document gemaakt werd, niet waar het staat.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../wording/document_kinds.py" line="+31"/>
        <source>&amp;Feedback for a colleague…</source>
        <translation>&amp;Terugkoppeling voor collega…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extract for own dossier…</source>
        <translation>&amp;Uittreksel eigen dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Motivation for taking part or declining…</source>
        <translation>&amp;Motivering deelname / weigering…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notice to the person discussed…</source>
        <translation>&amp;Kennisgeving aan de betrokkene…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;LTF feedback form…</source>
        <translation>Terugkoppelings&amp;fiche LTF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting &amp;overview (own use)…</source>
        <translation>&amp;Overzicht overleg (eigen gebruik)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For a colleague you represent at the table. It holds only what you released as feedback to that colleague, nothing else from the table.</source>
        <translation>Voor een collega die je aan tafel vertegenwoordigt. Het bevat alleen wat je als terugkoppeling voor die collega hebt vrijgegeven, niets anders van de tafel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For your organisation&apos;s own case file, where colleagues can read it. It holds only the notes of this case that you released to your own dossier.</source>
        <translation>Voor het eigen dossier van je organisatie, waar collega&apos;s het kunnen lezen. Het bevat alleen de notities van deze casus die je voor het eigen dossier hebt vrijgegeven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your assessment of taking part in the cell, as a letter to the mayor: your conclusion, and only what you choose to include — your motivation, the questions you weighed. A letter declining to take part holds your motivation.</source>
        <translation>Je beoordeling van je deelname aan de cel, als brief aan de burgemeester: je besluit, en alleen wat je zelf kiest om op te nemen — je motivering, de vragen die je afwoog. Een brief waarin je weigert deel te nemen, bevat je motivering.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For the young person or family: only the fact that they were discussed, as a letter you sign or a script for a conversation, with the LIVC R of the municipality and its contact point. Nothing of what was said at the table goes in.</source>
        <translation>Voor de jongere of het gezin: alleen het feit dat ze besproken werden, als brief die je ondertekent of als leidraad voor een gesprek, met de LIVC R van de gemeente en haar contactpunt. Niets van wat aan tafel gezegd werd, komt erin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only where every effectively participating member agreed: the text written for the form and the consensus with its date, no names. The information officer makes the outgoing form; everyone else an own record of the consensus, for own use.</source>
        <translation>Alleen als alle effectief deelnemende leden akkoord gingen: de tekst die voor de fiche geschreven werd en de consensus met haar datum, zonder namen. De information officer maakt de uitgaande fiche; alle anderen een eigen verslag van de consensus, voor eigen gebruik.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For your own use: date, place and the kinds of agenda item of a meeting, with only the notes you released to your own dossier. Case codes, attendance and decisions only if you tick them.</source>
        <translation>Voor eigen gebruik: datum, plaats en de soorten agendapunten van een overleg, met alleen de notities die je voor het eigen dossier vrijgaf. Casuscodes, aanwezigheid en besluiten alleen als je ze aanvinkt.</translation>
    </message>
    <message>
        <location filename="../../dialogs/documents.py" line="-630"/>
        <source>Co&amp;lleague</source>
        <translation>Co&amp;llega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ase</source>
        <translation>&amp;Casus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assess&amp;ment</source>
        <translation>&amp;Beoordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ecision</source>
        <translation>B&amp;eslissing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;eeting</source>
        <translation>&amp;Overleg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been released yet for a colleague you represent.</source>
        <translation>Er is nog niets vrijgegeven voor een collega die je vertegenwoordigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No case has notes released to your own dossier yet.</source>
        <translation>Er zijn nog geen notities van een casus vrijgegeven voor het eigen dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No assessment of taking part in a cell has been recorded yet.</source>
        <translation>Er is nog geen beoordeling van deelname aan een cel vastgelegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision allows informing a person yet: every participant must agree, only the fact of being discussed may be passed on, and a police participant must confirm that no investigation is at risk.</source>
        <translation>Er is nog geen beslissing die toelaat een betrokkene te informeren: alle deelnemers moeten akkoord gaan, alleen het feit dat iemand besproken werd mag doorgegeven worden, en een deelnemer van de politie moet bevestigen dat geen onderzoek in gevaar komt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No LTF feedback form has been agreed by every participating member yet.</source>
        <translation>Er is nog geen terugkoppelingsfiche voor de LTF waarmee elk deelnemend lid akkoord ging.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No meeting has been recorded yet.</source>
        <translation>Er is nog geen overleg vastgelegd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are the information officer: you make the outgoing feedback form for the Local Task Force. It names nobody: only the consensus of all effectively participating members, with its date.</source>
        <translation>Je bent information officer: je maakt de uitgaande terugkoppelingsfiche voor de Lokale Task Force. Ze noemt niemand: alleen de consensus van alle effectief deelnemende leden, met de datum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the information officer makes the outgoing feedback form. You get an own record of the consensus, for your own use: it is never addressed to the LTF and names nobody.</source>
        <translation>Alleen de information officer maakt de uitgaande terugkoppelingsfiche. Jij krijgt een eigen verslag van de consensus, voor eigen gebruik: het is nooit gericht aan de LTF en noemt niemand.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>own-record-of-consensus.pdf</source>
        <translation>eigen-verslag-consensus.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>feedback.pdf</source>
        <translation>terugkoppeling.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dossier-extract.pdf</source>
        <translation>uittreksel-dossier.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>motivation.pdf</source>
        <translation>motivering.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice.pdf</source>
        <translation>kennisgeving.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ltf-feedback-form.pdf</source>
        <translation>terugkoppelingsfiche.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting-overview.pdf</source>
        <translation>overzicht-overleg.pdf</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../screens/first_run.py" line="+136"/>
        <source>First steps</source>
        <translation>Eerste stappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Tafelboek</source>
        <translation>Welkom in Tafelboek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before your first meeting, Tafelboek needs to know your cell and who sits at its table. Three short steps; you can change everything later (Table › Cells…).</source>
        <translation>Voor je eerste overleg moet Tafelboek je cel kennen en weten wie er aan tafel zit. Drie korte stappen; alles kun je later aanpassen (Tafel › Cellen…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip for now: to my notes</source>
        <translation>Nu o&amp;verslaan: naar mijn notities</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>E.g. LIVC R Lier</source>
        <translation>Bijvoorbeeld LIVC R Lier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The municipality whose LIVC R this is</source>
        <translation>De gemeente van deze LIVC R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E.g. the coordinator, or the municipality&apos;s data-protection officer</source>
        <translation>Bijvoorbeeld de coördinator, of de functionaris voor gegevensbescherming van de gemeente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreements every participant is told, ad hoc ones too.</source>
        <translation>De afspraken die elke deelnemer te horen krijgt, ook ad-hocdeelnemers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this cell counts as radicalisation, and what does not belong here.</source>
        <translation>Wat deze cel als radicalisering beschouwt, en wat hier niet thuishoort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save the cell and continue</source>
        <translation>Cel op&amp;slaan en verder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step 1 — your cell. The municipality and the contact point are named in a notice to the person discussed; the agreement framework is shown at the opening of every operational meeting.</source>
        <translation>Stap 1 — je cel. De gemeente en het contactpunt staan in een kennisgeving aan de besproken persoon; het afsprakenkader verschijnt bij de opening van elk operationeel overleg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cell &amp;name</source>
        <translation>Naam van de &amp;cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Munici&amp;pality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact poin&amp;t</source>
        <translation>Contact&amp;punt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement &amp;framework</source>
        <translation>&amp;Afsprakenkader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local definition</source>
        <translation>&amp;Lokale definitie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is &amp;me, the user of this vault</source>
        <translation>Dit ben &amp;ik, de gebruiker van deze kluis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tanding member (at every meeting)</source>
        <translation>V&amp;ast lid (bij elk overleg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add as member</source>
        <translation>Als lid &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue</source>
        <translation>Verder naar stap &amp;3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members of the c&amp;ell</source>
        <translation>Leden van de c&amp;el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Step 3 — the first meeting. Choose the date and time, the table (operational or strategic) and the place; at the operational table, tick the cases to discuss or type a new case code (letters, digits, never a name or a birth date). The standing members appear in the attendance list by themselves.</source>
        <translation>Stap 3 — het eerste overleg. Kies de datum en het uur, de tafel (operationeel of strategisch) en de plaats; aan de operationele tafel vink je de casussen aan die besproken worden, of typ je een nieuwe casuscode (letters en cijfers, nooit een naam of geboortedatum). De vaste leden staan vanzelf in de aanwezigheidslijst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the first meeting…</source>
        <translation>Het eerste overleg &amp;starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to my &amp;notes</source>
        <translation>Naar mijn &amp;notities</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the cell&apos;s name.</source>
        <translation>Typ de naam van de cel.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (you)</source>
        <translation> (jij)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>vast lid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ad hoc</source>
        <translation>ad hoc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step 2 — the members. Add each participant: name, organisation, role, then Enter. Standing members appear in the attendance list of every meeting of the cell; ad hoc participants can also be added during a meeting.</source>
        <translation>Stap 2 — de leden. Voeg elke deelnemer toe: naam, organisatie, rol en dan Enter. Vaste leden staan in de aanwezigheidslijst van elk overleg van de cel; ad-hocdeelnemers kun je ook tijdens een overleg toevoegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step 2 — the members. Start with yourself: your name, your organisation and your role, then Enter. Tafelboek needs to know you to say what may be fed back to whom.</source>
        <translation>Stap 2 — de leden. Begin met jezelf: je naam, je organisatie en je rol, dan Enter. Tafelboek moet je kennen om te kunnen zeggen wat naar wie mag worden teruggekoppeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No members yet.</source>
        <translation>Nog geen leden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members: %1. Add the next, or continue.</source>
        <translation>Leden: %1. Voeg de volgende toe, of ga verder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the person&apos;s name.</source>
        <translation>Typ de naam van de persoon.</translation>
    </message>
</context>
<context>
    <name>FirstRunWelcome</name>
    <message>
        <location line="-348"/>
        <source>Welcome. Set up your cell first</source>
        <translation>Welkom. Stel eerst je cel in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meeting belongs to a cell. Describe your cell, add its members (yourself first), then start the first meeting: three short steps.</source>
        <translation>Een overleg hoort bij een cel. Beschrijf je cel, voeg de leden toe (eerst jezelf) en start dan het eerste overleg: drie korte stappen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;up my cell…</source>
        <translation>Mijn cel &amp;instellen…</translation>
    </message>
</context>
<context>
    <name>GeneratedPassphrase</name>
    <message>
        <location filename="../../widgets/passphrase_generator.py" line="+31"/>
        <source>&amp;Generate a passphrase</source>
        <translation>&amp;Genereer een wachtwoordzin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tafelboek chooses %1 random Dutch words (%2 bits) and fills them in.</source>
        <translation>Tafelboek kiest %1 willekeurige Nederlandse woorden (%2 bits) en vult ze in.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Generated passphrase</source>
        <translation>Gegenereerde wachtwoordzin</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Filled in both fields. Write it down now: it is shown only this once. Give it to the recipient in another way than the file, for example by phone.</source>
        <translation>Ingevuld in beide velden. Schrijf het nu op: je ziet het maar één keer. Geef het aan de ontvanger op een andere manier dan het bestand, bijvoorbeeld telefonisch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled in both fields. Write it on paper now and keep the paper somewhere safe, away from this computer: it is shown only this once, and nobody can recover it for you.</source>
        <translation>Ingevuld in beide velden. Schrijf ze nu op papier en bewaar dat papier op een veilige plek, niet bij deze computer: je ziet ze maar één keer, en niemand kan ze voor je terughalen.</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <location filename="../../wording/decisions.py" line="-141"/>
        <source>Superseded: a later decision on this case (%1) replaces it; only that one counts and makes documents.</source>
        <translation>Vervangen: een latere beslissing over deze casus (%1) komt in de plaats; alleen die telt en levert documenten op.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Informing the person: allowed — only the fact of being discussed (%1).</source>
        <translation>Betrokkene informeren: toegestaan — alleen het feit dat die besproken werd (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informing the person: open — no police present, ask the information officer (%1).</source>
        <translation>Betrokkene informeren: open — geen politie aanwezig, vraag het na bij de information officer (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Informing the person: postponed until %2 (%1).</source>
        <translation>Betrokkene informeren: uitgesteld tot %2 (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informing the person: not allowed (%1).</source>
        <translation>Betrokkene informeren: niet toegestaan (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by letter</source>
        <translation>met een brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a conversation</source>
        <translation>in een gesprek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Informing the person: not yet considered for this case.</source>
        <translation>Betrokkene informeren: nog niet afgewogen voor deze casus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Informing the person: done — %1, %2, on %3.</source>
        <translation>Betrokkene informeren: uitgevoerd — %1, %2, op %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That date has come: decide again.</source>
        <translation>Die datum is bereikt: beslis opnieuw.</translation>
    </message>
    <message>
        <location filename="../../dialogs/inform.py" line="+81"/>
        <source>No police participant was present.</source>
        <translation>Er was geen deelnemer van de politie aanwezig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicated a risk for an investigation: %1.</source>
        <translation>Gaf een risico voor een onderzoek aan: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The police present (%1) gave no indication of risk.</source>
        <translation>De aanwezige politie (%1) gaf geen indicatie van risico.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Informing the person discussed</source>
        <translation>De besproken persoon informeren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The person discussed, or their family, may be told that they were discussed — only that fact, nothing of what was said — when every participant agrees and only that fact is passed on, unless the police present indicate a risk for an investigation. This is the only feedback that reaches them, also through a permanent representative.</source>
        <translation>De betrokkene, of het gezin, mag te horen krijgen dat hij of zij besproken werd — alleen dat feit, niets van wat gezegd werd — als alle deelnemers akkoord gaan en alleen dat feit doorgegeven wordt, tenzij de aanwezige politie een risico voor een onderzoek aangeeft. Dit is de enige terugkoppeling die hen bereikt, ook via een vaste vertegenwoordiger.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Secrecy of a police investigation</source>
        <translation>Geheim van een politieonderzoek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No risk unless the police present indicate one. Tick who indicated a risk; leave all unticked when the police present gave no indication of risk.</source>
        <translation>Geen risico, tenzij de aanwezige politie er een aangeeft. Vink aan wie een risico aangaf; laat alles uitgevinkt als de aanwezige politie geen indicatie van risico gaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No police participant is present for this item: ask the information officer. Recording now keeps the question open; it is not a refusal.</source>
        <translation>Er is geen deelnemer van de politie aanwezig voor dit agendapunt: vraag het na bij de information officer. Registreer je nu, dan blijft de vraag open; het is geen weigering.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 indicated a risk</source>
        <translation>%1 gaf een risico aan</translation>
    </message>
    <message>
        <location line="+126"/>
        <location filename="../../dialogs/informed.py" line="+55"/>
        <source>This case: %1</source>
        <translation>Deze casus: %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Choose a date after the meeting.</source>
        <translation>Kies een datum na het overleg.</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>nobody recorded yet</source>
        <translation>nog niemand geregistreerd</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>The person was told</source>
        <translation>De betrokkene werd geïnformeerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In a conversation</source>
        <translation>In een gesprek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By letter</source>
        <translation>Met een brief</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record as &amp;done</source>
        <translation>Registreren als uitge&amp;voerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Told &amp;by</source>
        <translation>Geïnformeerd &amp;door</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O&amp;n</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a day from the meeting to today.</source>
        <translation>Kies een dag vanaf het overleg tot vandaag.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Present for this item: %1</source>
        <translation>Aanwezig bij dit agendapunt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Every participant present for this item knows about it and agrees</source>
        <translation>&amp;Elke deelnemer die bij dit agendapunt aanwezig is, weet ervan en gaat akkoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only the fact that they were discussed is passed on, nothing of the content</source>
        <translation>&amp;Alleen het feit dat die besproken werd, wordt doorgegeven, niets van de inhoud</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Uitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or postpone &amp;until</source>
        <translation>Of uitstellen &amp;tot</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Record</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide &amp;again</source>
        <translation>&amp;Opnieuw beslissen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>On record: %1</source>
        <translation>Geregistreerd: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not every participant present has agreed</source>
        <translation>niet elke aanwezige deelnemer is akkoord gegaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not limited to the fact that they were discussed</source>
        <translation>het blijft niet beperkt tot het feit dat die besproken werd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person may be told that they were discussed at the table — nothing else.</source>
        <translation>De persoon mag te horen krijgen dat die aan tafel besproken werd — niets anders.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record: allowed</source>
        <translation>&amp;Registreren: toegestaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open: ask the information officer</source>
        <translation>Open: vraag het na bij de information officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record: open</source>
        <translation>&amp;Registreren: open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: %1.</source>
        <translation>Ontbreekt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record: not allowed</source>
        <translation>&amp;Registreren: niet toegestaan</translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <location filename="../../dialogs/informed.py" line="-20"/>
        <source>Record that the person was informed</source>
        <translation>Vastleggen dat betrokkene geïnformeerd werd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only the fact that they were discussed may have been passed on, nothing of what was said (P7).</source>
        <translation>Alleen het feit dat die besproken werd, mocht worden doorgegeven, niets van wat er gezegd werd (P7).</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../care/integrity.py" line="+18"/>
        <source>Check the vault</source>
        <translation>Kluis controleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;heck now</source>
        <translation>Nu &amp;controleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tafelboek reads every page of the vault and checks that nothing is damaged or was changed outside Tafelboek. Nothing is written.</source>
        <translation>Tafelboek leest elke pagina van de kluis en controleert dat niets beschadigd is of buiten Tafelboek gewijzigd werd. Er wordt niets geschreven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the vault…</source>
        <translation>De kluis wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>ItemPresenceDialog</name>
    <message>
        <location filename="../../screens/meeting/attendance.py" line="+38"/>
        <source>In the room for this item</source>
        <translation>In de zaal voor dit agendapunt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick someone who leaves the room for this item (a conflict of interest, for instance); tick them again when they come back. Who is ticked is the item&apos;s secrecy scope: &quot;Known to&quot;.</source>
        <translation>Vink iemand uit die de zaal verlaat voor dit agendapunt (bijvoorbeeld bij een belangenconflict); vink die persoon opnieuw aan wanneer hij of zij terugkomt. Wie aangevinkt is, vormt de geheimhoudingskring van het agendapunt: “Aanwezig bij dit punt”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda item: %1</source>
        <translation>Agendapunt: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;People present at the meeting</source>
        <translation>&amp;Aanwezigen op het overleg</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — in the room</source>
        <translation>%1 — in de zaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — left the room for this item</source>
        <translation>%1 — heeft de zaal verlaten voor dit agendapunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not at this item</source>
        <translation>%1 — niet bij dit agendapunt</translation>
    </message>
</context>
<context>
    <name>LivingAgenda</name>
    <message>
        <location filename="../../screens/meeting/reminders.py" line="+233"/>
        <source>&amp;Edit agenda…</source>
        <translation>Agenda &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a case or a theme, reorder, date and place, close (%1)</source>
        <translation>Casus of thema toevoegen, volgorde, datum en plaats, afsluiten (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit agenda…</source>
        <translation>Agenda bewerken…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../window.py" line="+133"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menu bar</source>
        <translation>Menubalk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when &amp;minimised</source>
        <translation>Vergrendelen bij &amp;minimaliseren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check the vault…</source>
        <translation>Kluis &amp;controleren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>V&amp;oorkeuren…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Meetings…</source>
        <translation>&amp;Overleggen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;fel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retention review…</source>
        <translation>&amp;Bewaartermijnen nakijken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cas&amp;es…</source>
        <translation>Casu&amp;ssen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;tention by case…</source>
        <translation>Bewaring &amp;per casus…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Act&amp;ions…</source>
        <translation>&amp;Acties…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;presentation…</source>
        <translation>&amp;Vertegenwoordiging…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cells…</source>
        <translation>&amp;Cellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assess participation…</source>
        <translation>&amp;Deelname beoordelen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make a &amp;document…</source>
        <translation>&amp;Document maken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Opening the demo vault with invented data…</source>
        <translation>De demokluis met verzonnen gegevens wordt geopend…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Searching shows note text: stop presentation mode first.</source>
        <translation>Zoeken toont notitietekst: stop eerst de presentatiemodus.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The case list shows note text: stop presentation mode first.</source>
        <translation>De casuslijst toont notitietekst: stop eerst de presentatiemodus.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The actions show note text: stop presentation mode first.</source>
        <translation>De acties tonen notitietekst: stop eerst de presentatiemodus.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Unlocking the vault…</source>
        <translation>De kluis wordt ontgrendeld…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tuning the key protection to this computer…</source>
        <translation>De sleutelbeveiliging wordt afgestemd op deze computer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the vault…</source>
        <translation>De kluis wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <location filename="../../screens/meeting/label_band.py" line="+69"/>
        <source>Release…</source>
        <translation>Vrijgeven…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release beyond the table</source>
        <translation>Vrijgeven buiten de tafel</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/screen.py" line="+339"/>
        <source>Release beyond the table…</source>
        <translation>Vrijgeven buiten de tafel…</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/notes.py" line="+302"/>
        <source>Type a note first; an empty note cannot be released.</source>
        <translation>Typ eerst een notitie; een lege notitie kan niet worden vrijgegeven.</translation>
    </message>
    <message>
        <location filename="../../wording/meeting.py" line="-127"/>
        <source>Mayor</source>
        <translation>Burgemeester</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the mayor or a stand-in</source>
        <translation>de burgemeester of een vervanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chief of police or the information officer</source>
        <translation>de korpschef of de information officer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the prevention official</source>
        <translation>de preventieambtenaar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prevention officer</source>
        <translation>Preventieambtenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information officer</source>
        <translation>Information officer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chief of police</source>
        <translation>Korpschef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School counselling (CLB)</source>
        <translation>Leerlingenbegeleiding (CLB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social services</source>
        <translation>Sociale dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justice house</source>
        <translation>Justitiehuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil affairs</source>
        <translation>Burgerzaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth officer</source>
        <translation>Jeugdambtenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth welfare worker</source>
        <translation>Jeugdwelzijnswerker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head of leisure</source>
        <translation>Diensthoofd vrije tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>Openstaande acties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTF decisions</source>
        <translation>Beslissingen LTF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operational table</source>
        <translation>Operationele tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic table</source>
        <translation>Strategische tafel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Table only — secret of the table</source>
        <translation>Alleen aan tafel — geheim van de tafel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Released to own dossier</source>
        <translation>Vrijgegeven voor eigen dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback for: %1</source>
        <translation>Terugkoppeling voor: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LTF feedback form (consensus recorded)</source>
        <translation>Terugkoppelingsfiche LTF (consensus vastgelegd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>earlier version: %1</source>
        <translation>vorige versie: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed since release — new text only at the table</source>
        <translation>Gewijzigd na vrijgave — nieuwe tekst alleen aan tafel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table only</source>
        <translation>alleen aan tafel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed since release</source>
        <translation>gewijzigd na vrijgave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>own dossier</source>
        <translation>eigen dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feedback</source>
        <translation>terugkoppeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTF</source>
        <translation>LTF</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/label_band.py" line="+4"/>
        <source>&amp;Withdraw release</source>
        <translation>Vrijgave &amp;intrekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw every release: the note is table-only again (Ctrl+Shift+T)</source>
        <translation>Elke vrijgave intrekken: de notitie is dan alleen aan tafel (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Release new version…</source>
        <translation>Nieuwe versie vrijgeven…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release the new text where the earlier version went</source>
        <translation>De nieuwe tekst vrijgeven waar de vorige versie naartoe ging</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/attendance.py" line="-136"/>
        <source> (ad hoc)</source>
        <translation> (ad hoc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance of %1</source>
        <translation>Aanwezigheid van %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Briefed</source>
        <translation>Kader en geheim meegedeeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told the agreement framework and the secrecy duty</source>
        <translation>Afsprakenkader en geheimhoudingsplicht toegelicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was told the agreement framework and the secrecy duty</source>
        <translation>%1 kreeg het afsprakenkader en de geheimhoudingsplicht toegelicht</translation>
    </message>
    <message>
        <location filename="../../wording/meeting.py" line="+12"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/meeting_list.py" line="+50"/>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuw overleg…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open meeting</source>
        <translation>Overleg &amp;openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to notes</source>
        <translation>&amp;Terug naar notities</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cell</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Meetings of this cell</source>
        <translation>Overleggen &amp;van deze cel</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/screen.py" line="-155"/>
        <source>All &amp;meetings</source>
        <translation>Alle &amp;overleggen</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/framework.py" line="+41"/>
        <source>Agreement framework and secrecy duty</source>
        <translation>Afsprakenkader en geheimhoudingsplicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secrecy duty for everyone, ad hoc too (art. 458ter § 2 Sw.) · nobody is obliged to share · what is shared may reach the LTF, OCAD and a criminal investigation</source>
        <translation>Geheimhoudingsplicht voor iedereen, ook ad hoc (art. 458ter, § 2 Sw.) · niemand is verplicht te delen · gedeelde info kan bij LTF, OCAD en in een strafonderzoek belanden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full te&amp;xt</source>
        <translation>Vo&amp;lledige tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full text of the agreement framework and the secrecy duty</source>
        <translation>Volledige tekst van het afsprakenkader en de geheimhoudingsplicht</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+39"/>
        <source>Hide the &amp;framework</source>
        <translation>Afsprakenkad&amp;er verbergen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Show or hide the agreement framework</source>
        <translation>Afsprakenkader tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/attendance.py" line="+167"/>
        <source>Add &amp;ad hoc participant…</source>
        <translation>&amp;Ad-hocdeelnemer toevoegen…</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/screen.py" line="+5"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/item_facts.py" line="+26"/>
        <source>Not for this table</source>
        <translation>Niet voor deze tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operational table is meant for cases that fit the local definition of radicalisation. Keep unrelated topics off it.</source>
        <translation>De operationele tafel is bedoeld voor casussen die passen binnen de lokale definitie van radicalisering. Houd andere onderwerpen van tafel.</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/notes.py" line="-173"/>
        <source>N&amp;otes on this item</source>
        <translation>Notities bij dit agenda&amp;punt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New note (Ctrl+N)</source>
        <translation>Nieuwe notitie (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+353"/>
        <source>Save state</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/attendance.py" line="+8"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/screen.py" line="+64"/>
        <source>Side panel (agenda, attendance, actions)</source>
        <translation>Zijpaneel (agenda, aanwezigheid, acties)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or hide the side panel</source>
        <translation>Zijpaneel tonen of verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus mode (only the note)</source>
        <translation>Focusmodus (alleen de notitie)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Side pane&amp;l (F9)</source>
        <translation>Zi&amp;jpaneel (F9)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foc&amp;us mode (F11)</source>
        <translation>Focusmo&amp;dus (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus mode</source>
        <translation>Focusmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the label, who knows and the note; F11 or Esc to come back</source>
        <translation>Alleen het label, wie het weet en de notitie; F11 of Esc om terug te keren</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Next agenda item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous agenda item</source>
        <translation>Vorig agendapunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw release</source>
        <translation>Vrijgave intrekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is in the room for this item</source>
        <translation>Wie is in de zaal voor dit agendapunt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave focus mode</source>
        <translation>Focusmodus verlaten</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/framework.py" line="+16"/>
        <source>What is said at this table stays at this table: art. 458ter § 2 Sw. imposes a duty of secrecy on everyone taking part, ad hoc participants too, on pain of the penalties of art. 458. Nobody is obliged to share anything. What is shared may reach the LTF and OCAD and may be used in a criminal investigation. Share only what others need to know.</source>
        <translation>Wat aan deze tafel gezegd wordt, blijft aan deze tafel: art. 458ter, § 2 Sw. legt iedereen die deelneemt, ook ad-hocdeelnemers, een geheimhoudingsplicht op, op straffe van de in art. 458 bepaalde straffen. Niemand is verplicht om informatie te delen. Wat gedeeld wordt, kan bij de LTF en bij OCAD terechtkomen en kan gebruikt worden in een strafrechtelijk onderzoek. Deel alleen wat anderen moeten weten (need to know).</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/screen.py" line="+196"/>
        <source>Text you had not saved before locking has been put back.</source>
        <translation>Tekst die vóór het vergrendelen niet opgeslagen was, is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/framework.py" line="+17"/>
        <source>Show the &amp;framework</source>
        <translation>Afsprakenkad&amp;er tonen</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/item_facts.py" line="+38"/>
        <source>nobody recorded as present yet</source>
        <translation>nog niemand als aanwezig genoteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known to: %1</source>
        <translation>Aanwezig bij dit punt (geheimhoudingskring): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Present but not told the framework and secrecy duty: %1</source>
        <translation>Aanwezig zonder afsprakenkader en geheimhoudingsplicht meegedeeld: %1</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/notes.py" line="-182"/>
        <source>Released as it stands now. What you type in this note from now on stays at the table until you release it again.</source>
        <translation>Vrijgegeven zoals de notitie nu is. Wat je vanaf nu in deze notitie typt, blijft aan tafel tot je ze opnieuw vrijgeeft.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Release withdrawn: the note is table-only again.</source>
        <translation>Vrijgave ingetrokken: de notitie is alleen aan tafel.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>(empty note)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wording/meeting.py" line="-130"/>
        <source>Legal core not complete (law of 30 July 2018, art. 3 § 1): not recorded as present: %1.</source>
        <translation>Wettelijke kern niet volledig (wet van 30 juli 2018, art. 3, § 1). Niet als aanwezig genoteerd: %1.</translation>
    </message>
    <message>
        <location filename="../../screens/meeting/notes.py" line="+173"/>
        <source>Only released text can be copied. Your selection holds text typed or changed after the release: release the note again first (Ctrl+Shift+R) if the table agreed to it.</source>
        <translation>Alleen vrijgegeven tekst kan gekopieerd worden. Je selectie bevat tekst die na de vrijgave getypt of gewijzigd is: geef de notitie eerst opnieuw vrij (Ctrl+Shift+R) als de tafel ermee akkoord ging.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table-only text cannot be copied. Release the note first (Ctrl+Shift+R) if the table agreed it may leave.</source>
        <translation>Tekst die alleen aan tafel is, kan niet gekopieerd worden. Geef de notitie eerst vrij (Ctrl+Shift+R) als de tafel akkoord ging dat ze buiten mag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Gekopieerd. Het klembord wordt over 30 seconden gewist.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>Niet opgeslagen: %1 Je tekst staat er nog.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+41"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../wording/messages.py" line="+19"/>
        <source>This passphrase does not open the vault. Check Caps Lock and the keyboard layout, then try again (an older passphrase?). Only if you are sure it is right, the start of the file may be damaged: then restore a backup — an older backup lacks the notes written since.</source>
        <translation>Deze wachtwoordzin opent de kluis niet. Controleer Caps Lock en de toetsenbordindeling en probeer opnieuw (een oudere wachtwoordzin?). Alleen als je zeker bent dat hij klopt, is het begin van het bestand misschien beschadigd: zet dan een reservekopie terug — een oudere reservekopie mist de notities die je sindsdien schreef.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is open in another program (a PDF viewer?), so it cannot be replaced. Close it there and try again, or save under another name. Nothing was changed.</source>
        <translation>Het bestand is open in een ander programma (een pdf-lezer?), dus het kan niet vervangen worden. Sluit het daar en probeer opnieuw, of bewaar onder een andere naam. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer has not enough free memory to unlock the vault right now. Close other programs and try again. The vault is not damaged: do not restore a backup.</source>
        <translation>Deze computer heeft nu niet genoeg vrij geheugen om de kluis te ontgrendelen. Sluit andere programma&apos;s en probeer opnieuw. De kluis is niet beschadigd: zet geen reservekopie terug.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file is not a Tafelboek vault. Choose another file with “Open another vault…”.</source>
        <translation>Dit bestand is geen Tafelboek-kluis. Kies een ander bestand met “Andere kluis openen…”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file is damaged and cannot be read safely. Nothing was changed. Restore your most recent backup, or ask IT for help.</source>
        <translation>Het kluisbestand is beschadigd en kan niet veilig gelezen worden. Er is niets gewijzigd. Zet je meest recente reservekopie terug, of vraag de IT-dienst om hulp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This vault was made by a newer version of Tafelboek. Install that version to open it; nothing was changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Tafelboek. Installeer die versie om ze te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is already open in another Tafelboek window or on another computer. Close it there first, then try again.</source>
        <translation>De kluis is al geopend in een ander Tafelboek-venster of op een andere computer. Sluit ze daar eerst en probeer dan opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tafelboek may not write in this folder. Choose a folder where you can save files, or ask IT for write access.</source>
        <translation>Tafelboek mag niet schrijven in deze map. Kies een map waarin je bestanden mag bewaren, of vraag de IT-dienst om schrijfrechten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full. Free up space, for example by emptying the recycle bin, then try again.</source>
        <translation>De schijf is vol. Maak ruimte vrij, bijvoorbeeld door de prullenbak leeg te maken, en probeer dan opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing to the disk failed. Check that the disk or USB stick is still connected, then try again.</source>
        <translation>Schrijven naar de schijf is mislukt. Controleer of de schijf of USB-stick nog aangesloten is en probeer dan opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has too little memory to protect a vault safely. Create the vault on another computer, or ask IT for help.</source>
        <translation>Deze computer heeft te weinig geheugen om een kluis veilig te beveiligen. Maak de kluis aan op een andere computer, of vraag de IT-dienst om hulp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A file with this name already exists, and nothing was overwritten. Open it with “Open another vault…”, or choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam; er is niets overschreven. Open het met “Andere kluis openen…”, of kies een andere naam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file cannot be found. It may have been moved or renamed, or it is on a drive that is not connected. Use “Open another vault…” to find it.</source>
        <translation>Het kluisbestand is niet gevonden. Het is misschien verplaatst of hernoemd, of het staat op een schijf die niet aangesloten is. Zoek het met “Andere kluis openen…”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase cannot be used: it is empty, far too long, or contains characters that cannot be stored. Type another one.</source>
        <translation>Deze wachtwoordzin kan niet gebruikt worden: hij is leeg, veel te lang of bevat tekens die niet bewaard kunnen worden. Typ een andere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is locked. Unlock it again to continue.</source>
        <translation>De kluis is vergrendeld. Ontgrendel ze opnieuw om verder te werken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file was deleted, moved or replaced while it was open, so nothing more can be saved into it. Your text is still here. Make a backup now (Vault › Make a backup…) before you lock or quit: while Tafelboek stays open it can still copy everything that was in the vault. Then restore that backup.</source>
        <translation>Het kluisbestand is verwijderd, verplaatst of vervangen terwijl het open was. Er kan niets meer in worden opgeslagen. Je tekst staat nog hier. Maak nu een reservekopie (Kluis › Reservekopie maken…) voordat je vergrendelt of afsluit: zolang Tafelboek open blijft, kan het alles wat in de kluis zat nog kopiëren. Zet die reservekopie daarna terug.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy could not be verified and was not kept; your vault is unchanged. Try again, preferably on another disk.</source>
        <translation>De kopie kon niet gecontroleerd worden en is niet bewaard; je kluis is ongewijzigd. Probeer opnieuw, liefst op een andere schijf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This item is no longer in the vault: it was deleted or changed in the meantime. Nothing was changed; look it up again.</source>
        <translation>Dit onderdeel staat niet meer in de kluis: het werd intussen verwijderd of gewijzigd. Er is niets veranderd; zoek het opnieuw op.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tafelboek did not allow this because a rule of the consultation forbids it. Nothing was changed.</source>
        <translation>Tafelboek liet dit niet toe omdat een regel van het overleg het verbiedt. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something unexpected went wrong; nothing in the vault was changed. Try again, and contact IT if it keeps happening.</source>
        <translation>Er ging iets onverwachts mis; er is niets gewijzigd in de kluis. Probeer opnieuw, en neem contact op met de IT-dienst als het blijft gebeuren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This vault is on a network share, where it can be damaged and others may copy it. Move it to this computer&apos;s own disk.</source>
        <translation>Deze kluis staat op een netwerkschijf, waar ze beschadigd kan raken en anderen ze kunnen kopiëren. Verplaats ze naar de eigen schijf van deze computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This vault&apos;s protection is weaker than Tafelboek now asks for.</source>
        <translation>De beveiliging van deze kluis is zwakker dan Tafelboek nu vraagt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault unlocks much faster on this computer than Tafelboek aims for: it can be protected more strongly, with the same passphrase.</source>
        <translation>Deze kluis gaat op deze computer veel sneller open dan Tafelboek nastreeft: je kunt ze sterker beveiligen, met dezelfde wachtzin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This vault is older than the copy this computer last closed: notes and decisions made since are not in it. If you did not put back a backup yourself, close it and find out where this file came from.</source>
        <translation>Deze kluis is ouder dan de versie die deze computer het laatst sloot: notities en beslissingen van sindsdien staan er niet in. Heb je niet zelf een reservekopie teruggezet, sluit hem dan en zoek uit waar dit bestand vandaan komt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not the passphrase of this vault. Nothing was changed. Type the passphrase you use to unlock it.</source>
        <translation>Dit is niet de wachtwoordzin van deze kluis. Er is niets veranderd. Typ de wachtwoordzin waarmee je ze ontgrendelt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has too little memory for the stronger protection. Nothing was changed, and you can keep working as before.</source>
        <translation>Deze computer heeft te weinig geheugen voor de sterkere beveiliging. Er is niets veranderd, en je kunt gewoon verder werken zoals voorheen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secrecy rules allow this document to be made.</source>
        <translation>De regels van het geheim laten toe dat dit document gemaakt wordt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text is table-only: it stays in the vault and cannot go into a document.</source>
        <translation>Deze tekst blijft alleen aan tafel: hij staat in de kluis en kan niet in een document terechtkomen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing here was released to this colleague, so no feedback can be made for them.</source>
        <translation>Hiervan werd niets vrijgegeven voor deze collega, dus er kan geen terugkoppeling voor hem of haar gemaakt worden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not represent this colleague at the table, so feedback cannot go to them.</source>
        <translation>Je vertegenwoordigt deze collega niet aan tafel, dus terugkoppeling kan niet naar hem of haar gaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You did not sit in for this colleague for this agenda item: tick “I sit in for this colleague at this meeting” under Table › Representation…, and be in the room for the item. Only then can what was said there go to them as feedback.</source>
        <translation>Je zat voor dit agendapunt niet aan tafel voor deze collega: vink bij Tafel › Vertegenwoordiging… “Ik zit bij dit overleg aan tafel voor deze collega” aan, en wees bij het punt in de zaal. Pas dan kan wat daar gezegd werd als terugkoppeling naar je collega gaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A permanent representative sits in for colleagues of their own organisation only, and this person belongs to another organisation.</source>
        <translation>Een vaste vertegenwoordiger zit alleen in de plaats van collega&apos;s van de eigen organisatie, en deze persoon hoort bij een andere organisatie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record your own organisation and your colleague&apos;s first (Table › Cells…): you can represent only colleagues of your own organisation.</source>
        <translation>Vul eerst je eigen organisatie en die van je collega in (Tafel › Cellen…): je kunt alleen collega&apos;s van je eigen organisatie vertegenwoordigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This person sits at this table themselves (the mayor, or a standing member of the cell), so nobody represents them here.</source>
        <translation>Deze persoon zit zelf aan deze tafel (de burgemeester, of een vast lid van de cel), dus niemand vertegenwoordigt hem of haar hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An own reflection, written outside a meeting, cannot be passed on to a colleague as feedback.</source>
        <translation>Een eigen reflectie, geschreven buiten een overleg, kan niet als terugkoppeling aan een collega doorgegeven worden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the meeting at which it was agreed that this may leave the table.</source>
        <translation>Geef aan op welk overleg afgesproken werd dat dit de tafel mag verlaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting named as the one where this was agreed does not fit: it must be a meeting of the same cell, on or after the note&apos;s meeting, and not cancelled.</source>
        <translation>Het overleg waarop dit afgesproken zou zijn, klopt niet: het moet een overleg van dezelfde cel zijn, op of na het overleg van de notitie, en niet geannuleerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name whose information this is before it leaves the table.</source>
        <translation>Geef aan van wie deze informatie is voor ze de tafel verlaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is another participant&apos;s information: it leaves the table only when they agreed to this use at the table. Tick that they agreed, at the meeting chosen above.</source>
        <translation>Dit is informatie van een andere deelnemer: ze verlaat de tafel alleen als die aan tafel akkoord ging met dit gebruik. Vink aan dat hij of zij akkoord ging, op het overleg dat je hierboven koos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The owner of the information was not recorded as present at that meeting, so their agreement cannot have been given there. Check the attendance or choose the meeting where they agreed.</source>
        <translation>De eigenaar van de informatie staat niet als aanwezig genoteerd op dat overleg, dus daar kan hij of zij geen akkoord gegeven hebben. Kijk de aanwezigheid na of kies het overleg waarop het akkoord gegeven werd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This has already been released in this way; nothing was changed.</source>
        <translation>Dit werd al op deze manier vrijgegeven; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This note holds no text yet, so there is nothing to release.</source>
        <translation>Deze notitie bevat nog geen tekst, dus er valt niets vrij te geven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note changed while you were releasing it, so nothing was released. Read the text again and release it if the table agreed to it.</source>
        <translation>De notitie is gewijzigd terwijl je ze vrijgaf, dus er is niets vrijgegeven. Lees de tekst opnieuw en geef hem vrij als de tafel ermee akkoord ging.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This note changed after it was released. The new text stays at the table until you release it again; only the released text may leave.</source>
        <translation>Deze notitie is gewijzigd na de vrijgave. De nieuwe tekst blijft aan tafel tot je hem opnieuw vrijgeeft; alleen de vrijgegeven tekst mag buiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only text that was released may leave. What you selected holds text that was typed or changed after the release.</source>
        <translation>Alleen vrijgegeven tekst mag buiten. Wat je selecteerde, bevat tekst die na de vrijgave getypt of gewijzigd is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only text released to your own dossier can be copied, to paste it into your dossier system. Feedback for a colleague and an LTF form go out only as their document.</source>
        <translation>Alleen tekst die je voor je eigen dossier vrijgaf, kun je kopiëren, om ze in je dossiersysteem te plakken. Terugkoppeling voor een collega en een LTF-fiche gaan alleen als hun eigen document naar buiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not every participating member present approved this LTF feedback form, so it counts as not passed on and no document can be made of it.</source>
        <translation>Niet elk aanwezig deelnemend lid ging akkoord met deze terugkoppelingsfiche voor de LTF, dus ze geldt als niet doorgegeven en er kan geen document van gemaakt worden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A later decision on this case replaces this one: only the latest decision counts, so no document can be made of this one.</source>
        <translation>Een latere beslissing over deze casus vervangt deze: alleen de laatste beslissing telt, dus van deze kun je geen document maken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Informing the person is allowed only when every participant knows about it and agrees, and only the fact that they were discussed is passed on.</source>
        <translation>De betrokkene informeren mag alleen als alle deelnemers ervan weten en akkoord gaan, en alleen het feit dat hij of zij besproken werd wordt doorgegeven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a police participant speaks for the police about a risk for an investigation.</source>
        <translation>Alleen een deelnemer van de politie spreekt voor de politie over een risico voor een onderzoek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The police participant named was not present for this agenda item.</source>
        <translation>De genoemde deelnemer van de politie was niet aanwezig voor dit agendapunt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A police participant indicated a risk for the secrecy of an investigation, so the person is not told.</source>
        <translation>Een deelnemer van de politie gaf een risico aan voor het geheim van een onderzoek: de betrokkene wordt niet geïnformeerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No police participant is present for this item: ask the information officer. The question stays open until then; it is not refused.</source>
        <translation>Er is geen deelnemer van de politie aanwezig voor dit agendapunt: vraag het na bij de information officer. Tot dan blijft de vraag open; ze is niet geweigerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest decision on this case does not allow telling the person.</source>
        <translation>De laatste beslissing over deze casus staat niet toe dat de betrokkene geïnformeerd wordt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person was already told under this decision.</source>
        <translation>De betrokkene werd onder deze beslissing al geïnformeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This decision is not an LTF feedback form.</source>
        <translation>Deze beslissing is geen terugkoppelingsfiche voor de LTF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This decision is not a decision about informing the person.</source>
        <translation>Deze beslissing gaat niet over het informeren van de betrokkene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the information officer makes the outgoing LTF feedback form. You can make an own record of the consensus, for your own use.</source>
        <translation>Alleen de information officer maakt de uitgaande terugkoppelingsfiche voor de LTF. Jij kunt een eigen verslag van de consensus maken, voor eigen gebruik.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A letter declining to take part holds your motivation. Write it in the assessment (Table › Assess participation…) and tick “Include my motivation in the letter to the mayor”.</source>
        <translation>Een brief waarin je weigert deel te nemen, bevat je motivering. Schrijf ze in de beoordeling (Tafel › Deelname beoordelen…) en vink „Neem mijn motivering op in de brief aan de burgemeester” aan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The case is about a minor: choose whom the notice addresses — the young person, the parents, or both.</source>
        <translation>De casus gaat over een minderjarige: kies aan wie de kennisgeving gericht is — de jongere, de ouders of beiden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The notice names the LIVC R of the municipality and a contact point for questions. Fill in both for this cell first (Table › Cells…, Details).</source>
        <translation>De kennisgeving noemt de LIVC R van de gemeente en een contactpunt voor vragen. Vul ze eerst allebei in voor deze cel (Tafel › Cellen…, Gegevens).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this document is about can no longer be found in the vault, so nothing was made. Close this window and choose again.</source>
        <translation>Waarover dit document gaat, staat niet meer in de kluis, dus er is niets gemaakt. Sluit dit venster en kies opnieuw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A file with this name already exists, and nothing was overwritten. Save again and choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam, en er is niets overschreven. Sla opnieuw op en kies een andere naam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder you chose no longer exists, or is on a drive that is not connected. Save again and choose another folder.</source>
        <translation>De map die je koos bestaat niet meer, of staat op een schijf die niet aangesloten is. Sla opnieuw op en kies een andere map.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This password cannot be used: it is empty, far too long, or contains characters a PDF cannot hold. Type another one.</source>
        <translation>Dit wachtwoord kan niet gebruikt worden: het is leeg, veel te lang, of bevat tekens die een PDF-bestand niet aankan. Typ een ander wachtwoord.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../screens/meeting/dialogs.py" line="-159"/>
        <source>New meeting</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Cell</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ses</source>
        <translation>Ca&amp;sussen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>There is no cell yet: set up your cell first (Table › Cells…).</source>
        <translation>Er is nog geen cel: stel eerst je cel in (Tafel › Cellen…).</translation>
    </message>
</context>
<context>
    <name>NotebookView</name>
    <message>
        <location filename="../../screens/notebook.py" line="+125"/>
        <source>Vault unlocked</source>
        <translation>Kluis ontgrendeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault file</source>
        <translation>Kluisbestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;rengthen now…</source>
        <translation>Nu ve&amp;rsterken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>De kluis vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New note</source>
        <translation>&amp;Nieuwe notitie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table-only: this text stays in the vault and cannot be copied out.</source>
        <translation>Alleen aan tafel: deze tekst blijft in de kluis en kan er niet uit gekopieerd worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Text you had not saved before locking has been put back.</source>
        <translation>Tekst die je vóór het vergrendelen nog niet had opgeslagen, is teruggezet.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+114"/>
        <location line="+29"/>
        <source>(empty note)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>This note could not be read.</source>
        <translation>Deze notitie kon niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+31"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>ParticipationWizard</name>
    <message>
        <location filename="../../wording/participation.py" line="+19"/>
        <source>Agreement framework</source>
        <translation>Afsprakenkader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there a clear agreement framework, known to every participant?</source>
        <translation>Is er een duidelijk afsprakenkader dat elke deelnemer kent?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is it clear what your role, rights and duties are at the table? Do ad hoc participants know the framework and the secrecy duty too? Is it clear what happens with the information shared, and are the rights of the people discussed protected?</source>
        <translation>Is het duidelijk wat je rol, rechten en plichten aan tafel zijn? Kennen ook ad-hocdeelnemers het afsprakenkader en de geheimhoudingsplicht? Is het duidelijk wat er met de gedeelde informatie gebeurt, en worden de rechten van de besproken personen beschermd?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the agenda clear?</source>
        <translation>Is de agenda duidelijk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is it clear how agenda items, cases and topics can be put forward?</source>
        <translation>Is het helder hoe agendapunten, casussen en thema&apos;s aangereikt kunnen worden?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Composition</source>
        <translation>Samenstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is it clear how the cell is composed?</source>
        <translation>Is het duidelijk hoe de cel samengesteld is?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who sits at the table, structurally and ad hoc, and on whose behalf?</source>
        <translation>Wie zit er aan tafel, structureel en ad hoc, en namens wie?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust and equal standing</source>
        <translation>Vertrouwen en gelijkwaardigheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there trust between the participants, and equal standing?</source>
        <translation>Is er vertrouwen tussen de deelnemers, en zit iedereen op gelijke hoogte?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is everyone on the same footing? Can you take your seat at the table as an equal? Are agreements kept, and is there understanding for each other&apos;s role?</source>
        <translation>Zit iedereen op gelijke hoogte? Kun je evenwaardig mee aan tafel schuiven? Worden afspraken nagekomen, en is er begrip voor elkaars rol?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The right person</source>
        <translation>De juiste persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you the right person in the right place?</source>
        <translation>Ben je de juiste persoon op de juiste plaats?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could taking part harm your bond of trust with a young person or a family, or give you information that makes your work with them harder? Then a colleague or head of service further from the case can attend as permanent representative.</source>
        <translation>Kan deelnemen je vertrouwensband met een jongere of een gezin schaden, of krijg je er informatie die je werk met hen bemoeilijkt? Dan kan een collega of diensthoofd die verder van de casus afstaat, aansluiten als vaste vertegenwoordiger.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partly</source>
        <translation>&amp;Deels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take part</source>
        <translation>Deelnemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take part, with conditions</source>
        <translation>Deelnemen, onder voorwaarden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a permanent representative</source>
        <translation>Een vaste vertegenwoordiger sturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline, with a written motivation</source>
        <translation>Niet deelnemen, met een schriftelijke motivering</translation>
    </message>
    <message>
        <location filename="../../dialogs/participation_wizard.py" line="+53"/>
        <source>Assess taking part in a cell</source>
        <translation>Deelname aan een cel afwegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody is obliged to take part in a LIVC R. Weigh it beforehand: five questions follow, one per step, and one more if you have doubts. Answer with Alt and the underlined letter, or the arrow keys; Enter goes on. If something is not right, discuss it with a colleague or your head of service.</source>
        <translation>Niemand is verplicht om deel te nemen aan een LIVC R. Weeg het op voorhand af: er volgen vijf vragen, één per stap, en nog één als je twijfelt. Antwoord met Alt en de onderstreepte letter, of met de pijltjestoetsen; Enter gaat verder. Zit iets niet goed, bespreek het dan met een collega of je diensthoofd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no cell yet. Add one first under Table › Cells…</source>
        <translation>Er is nog geen cel. Voeg er eerst een toe via Tafel › Cellen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cell</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Earlier assessments</source>
        <translation>Eerdere beoordelingen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Earlier assessments:</source>
        <translation>Eerdere beoordelingen:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Question %1 of %2: %3</source>
        <translation>Vraag %1 van %2: %3</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>To weigh</source>
        <translation>Om af te wegen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Openness to raise doubts</source>
        <translation>Openheid om twijfels aan te kaarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there openness in the LIVC R to raise your doubts?</source>
        <translation>Is er binnen de LIVC R openheid om je twijfels aan te kaarten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have doubts about one of the conditions. Discuss them with a colleague or your head of service first. Then check whether the cell is open to hearing them: can you put them on the table, and will they be taken up? If not, you had better not step in.</source>
        <translation>Je hebt twijfels bij een van de voorwaarden. Bespreek ze eerst met een collega of je diensthoofd. Ga dan na of de cel open staat om ze te horen: kun je ze op tafel leggen, en wordt er iets mee gedaan? Zo niet, dan stap je beter niet in het overleg.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your conclusion</source>
        <translation>Je besluit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers</source>
        <translation>Je antwoorden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested conclusion</source>
        <translation>Voorgesteld besluit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why you take part, with conditions, or decline.</source>
        <translation>Waarom je deelneemt, onder voorwaarden deelneemt of niet deelneemt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The motivation is your own text and stays in the vault. It goes into the letter to the mayor only when you choose “Include my motivation in the letter to the mayor” as you make the letter (Documents › Motivation for taking part or declining…).</source>
        <translation>De motivering is je eigen tekst en blijft in de kluis. Ze komt alleen in de brief aan de burgemeester als je „Neem mijn motivering op in de brief aan de burgemeester” kiest wanneer je de brief maakt (Documenten › Motivering deelname / weigering…).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;onclusion</source>
        <translation>&amp;Besluit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Motivation</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No suggestion: not every question was answered.</source>
        <translation>Geen voorstel: niet elke vraag werd beantwoord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested from your answers: %1</source>
        <translation>Voorstel op basis van je antwoorden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Declining is motivated in writing: the motivation is required.</source>
        <translation>Wie niet deelneemt, motiveert dat schriftelijk: de motivering is verplicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A motivation is optional.</source>
        <translation>Een motivering is niet verplicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write why you decline before you finish.</source>
        <translation>Schrijf op waarom je niet deelneemt, voordat je afrondt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>Assess participation</source>
        <translation>Deelname beoordelen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../dialogs/person.py" line="+41"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Professional (not a volunteer)</source>
        <translation>&amp;Beroepskracht (geen vrijwilliger)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is &amp;me, the user of this vault</source>
        <translation>Dit ben &amp;ik, de gebruiker van deze kluis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add as mem&amp;ber of %1</source>
        <translation>Meteen &amp;lid maken van %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tanding member</source>
        <translation>V&amp;ast lid</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type the person&apos;s name.</source>
        <translation>Typ de naam van de persoon.</translation>
    </message>
</context>
<context>
    <name>PracticeMeetingDialog</name>
    <message>
        <location filename="../../dialogs/practice_meeting.py" line="+51"/>
        <source>Use the practice&apos;s a&amp;genda</source>
        <translation>Agenda volgens de p&amp;raktijk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening; previous report; open actions; running cases; new referrals; LTF information and feedback; cases to close; varia and signals; next meeting</source>
        <translation>Opening; goedkeuring vorig verslag; openstaande acties; opvolging lopende casussen; nieuwe aanmeldingen; informatie van en terugkoppeling naar de LTF; af te sluiten casussen; varia en signalen; volgende vergadering</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running — evaluation due</source>
        <translation>lopend — te evalueren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new referral</source>
        <translation>nieuwe aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../dialogs/preferences.py" line="+53"/>
        <location line="+52"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>minutes without activity</source>
        <translation>minuten zonder activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Vergrendelen bij &amp;minimaliseren van het venster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow screenshots and screen s&amp;haring</source>
        <translation>Schermafbeeldingen en scherm&amp;delen toestaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock &amp;automatically after</source>
        <translation>Automatisch &amp;vergrendelen na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock automatically after this many minutes without activity</source>
        <translation>Automatisch vergrendelen na dit aantal minuten zonder activiteit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remind me of a backup after</source>
        <translation>&amp;Herinneren aan een reservekopie na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new language applies the next time you start Tafelboek.</source>
        <translation>Een andere taal geldt vanaf de volgende keer dat je Tafelboek start.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>When this is off, Windows leaves the Tafelboek window out of screenshots, screen recordings and shared screens, so notes cannot end up in them.</source>
        <translation>Als dit uit staat, laat Windows het venster van Tafelboek weg uit schermafbeeldingen, schermopnames en gedeelde schermen, zodat notities daar niet in terechtkomen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer does not offer that protection: the setting only has an effect on Windows.</source>
        <translation>Deze computer biedt die bescherming niet: de instelling werkt alleen op Windows.</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../screens/presentation.py" line="+84"/>
        <source>Presentation mode (hide table-only text)</source>
        <translation>Presentatiemodus (tekst alleen aan tafel verbergen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Presentation mode (Ctrl+Shift+P)</source>
        <translation>Presentatie&amp;modus (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation mode</source>
        <translation>Presentatiemodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide table-only text on screen while projecting (Ctrl+Shift+P)</source>
        <translation>Tekst die alleen aan tafel mag, verbergen tijdens het projecteren (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop presentation mode</source>
        <translation>Presentatiemodus &amp;stoppen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Presentation mode is not on: your latest text could not be saved.</source>
        <translation>De presentatiemodus staat niet aan: je laatste tekst kon niet opgeslagen worden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Presentation mode: text that may only stay at the table is hidden on this screen. Notes released beyond the table stay visible.</source>
        <translation>Presentatiemodus: tekst die alleen aan tafel mag blijven, is op dit scherm verborgen. Notities die buiten de tafel vrijgegeven zijn, blijven zichtbaar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hidden note (table only)</source>
        <translation>Verborgen notitie (alleen aan tafel)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../dialogs/prompts.py" line="+168"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tafelboek vaults</source>
        <translation>Tafelboek-kluizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another vault</source>
        <translation>Andere kluis openen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup to restore</source>
        <translation>Kies de reservekopie om terug te zetten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved text</source>
        <translation>Niet opgeslagen tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some text could not be saved and is kept in memory only. If you quit now, it is lost.</source>
        <translation>Sommige tekst kon niet worden opgeslagen en staat alleen nog in het geheugen. Als je nu afsluit, ben je die tekst kwijt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock the vault and let the text be saved first (free disk space or restore the vault file if that was the problem).</source>
        <translation>Ontgrendel eerst de kluis en laat de tekst opslaan (maak schijfruimte vrij of zet het kluisbestand terug als dat het probleem was).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit and lose the text</source>
        <translation>&amp;Afsluiten en de tekst verliezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep Tafelboek open</source>
        <translation>Tafelboek &amp;open laten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This folder leaves the laptop</source>
        <translation>Deze map verlaat de laptop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder on this laptop instead?</source>
        <translation>Liever een map op deze laptop kiezen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose another folder</source>
        <translation>&amp;Andere map kiezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save here anyway</source>
        <translation>&amp;Toch hier opslaan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SharePoint (through OneDrive)</source>
        <translation>SharePoint (via OneDrive)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This folder is on a network share, not on this laptop.</source>
        <translation>Deze map staat op een netwerkschijf, niet op deze laptop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder is synchronised with %1: what you save here is uploaded.</source>
        <translation>Deze map wordt gesynchroniseerd met %1: wat je hier opslaat, wordt geüpload.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF would leave this laptop. Without a password, anyone with access to that account or server can read it.</source>
        <translation>Het PDF-bestand zou deze laptop verlaten. Zonder wachtwoord kan iedereen met toegang tot dat account of die server het lezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup would leave this laptop. It is encrypted, but it is then out of your hands, and anyone who gets it can try passphrases on it for as long as they like.</source>
        <translation>De reservekopie zou deze laptop verlaten. Ze is versleuteld, maar ze is dan niet meer in jouw handen: wie ze krijgt, kan er zo lang als hij wil wachtwoordzinnen op uitproberen.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location line="-136"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../dialogs/release.py" line="+54"/>
        <source>Release beyond the table</source>
        <translation>Vrijgeven buiten de tafel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text that will be released</source>
        <translation>Tekst die vrijgegeven wordt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text that will be released (this version)</source>
        <translation>Tekst die vrijgegeven wordt (deze versie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To my &amp;own dossier</source>
        <translation>Naar mijn &amp;eigen dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As &amp;feedback for colleagues I represent</source>
        <translation>Als &amp;terugkoppeling voor collega&apos;s die ik vertegenwoordig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colleagues to receive feedback</source>
        <translation>Collega&apos;s die de terugkoppeling krijgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody can receive this note as feedback. Feedback goes only to a colleague of your own organisation whom you sat in for at this meeting (Table › Representation…), with you in the room for this agenda item. Only your own dossier is possible.</source>
        <translation>Niemand kan deze notitie als terugkoppeling krijgen. Terugkoppeling gaat alleen naar een collega van je eigen organisatie voor wie je bij dit overleg aan tafel zat (Tafel › Vertegenwoordiging…), met jou in de zaal bij dit agendapunt. Alleen je eigen dossier is mogelijk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The owner of the information agreed to this use at the table</source>
        <translation>De eigenaar van de informatie ging aan tafel akkoord met dit gebruik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Releasing is recorded in the vault&apos;s audit trail: when, at which meeting it was agreed and whose information it is. Your own dossier can be read by colleagues in your organisation; it is not a private space. Feedback goes only to the colleague you name.</source>
        <translation>Vrijgeven wordt vastgelegd in het auditspoor van de kluis: wanneer, op welk overleg het werd afgesproken en van wie de informatie is. Je eigen dossier is leesbaar voor collega&apos;s in je organisatie; het is geen privéruimte. Terugkoppeling gaat alleen naar de collega die je noemt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Release</source>
        <translation>&amp;Vrijgeven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed at &amp;meeting</source>
        <translation>Afgesproken op &amp;overleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whose information</source>
        <translation>Van &amp;wie is de informatie</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>— choose whose information this is —</source>
        <translation>— kies van wie de informatie is —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (me)</source>
        <translation>%1 (ik)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 agreed to this use at the table, at the meeting of %2</source>
        <translation>%1 ging aan tafel akkoord met dit gebruik, op het overleg van %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>your own dossier</source>
        <translation>je eigen dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This note changed after it was released. The earlier version went to: %1. Releasing now puts the text above there instead; until then only the earlier version may leave.</source>
        <translation>Deze notitie is gewijzigd na de vrijgave. De vorige versie ging naar: %1. Als je nu vrijgeeft, komt de tekst hierboven in de plaats; tot dan mag alleen de vorige versie buiten.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose where the note goes.</source>
        <translation>Kies waar de notitie heen gaat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whose information this is.</source>
        <translation>Kies van wie de informatie is.</translation>
    </message>
</context>
<context>
    <name>RemindersList</name>
    <message>
        <location filename="../../screens/meeting/reminders.py" line="-197"/>
        <location line="+10"/>
        <source>To come &amp;back to</source>
        <translation>&amp;Herinneringen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show or hide what to come back to</source>
        <translation>Herinneringen tonen of verbergen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Overdue action (%1, due %2)</source>
        <translation>Actie over tijd (%1, uiterlijk %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Informing to decide</source>
        <translation>Informeren: te beslissen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stepwise check due (minor)</source>
        <translation>Trapsgewijze toets (minderjarige)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trajectory to evaluate</source>
        <translation>Traject te evalueren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To come &amp;back to (%1)</source>
        <translation>&amp;Herinneringen (%1)</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../screens/representative.py" line="+77"/>
        <source>Not yet relayed</source>
        <translation>Nog niet doorgegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relayed on %1</source>
        <translation>Doorgegeven op %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No agenda item</source>
        <translation>Geen agendapunt</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <location line="+139"/>
        <source>Permanent representative</source>
        <translation>Vaste vertegenwoordiger</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>About this colleague</source>
        <translation>Over deze collega</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You represent nobody yet. Record whom you represent at a cell under Table › Cells… (Representation tab).</source>
        <translation>Je vertegenwoordigt nog niemand. Leg onder Tafel › Cellen… (tabblad Vertegenwoordiging) vast wie je in een cel vertegenwoordigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I sit in f&amp;or this colleague at this meeting</source>
        <translation>Ik &amp;zit bij dit overleg aan tafel voor deze collega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own record. At the table you are the member for your organisation, with one position; your colleague is not in the attendance list. Feedback can go to this colleague only from meetings where you sat in for them.</source>
        <translation>Je eigen aantekening. Aan tafel ben jij het lid voor je organisatie, met één standpunt; je collega staat niet op de aanwezigheidslijst. Terugkoppeling kan alleen naar deze collega gaan uit overleggen waarbij je voor hem of haar aan tafel zat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What did you agree with your colleague to bring to the table?</source>
        <translation>Wat spraken jij en je collega af om aan tafel in te brengen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add input</source>
        <translation>Inbreng &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prepared input stays in the vault: it is secret of the table and never leaves. Tick an entry (Space) when your colleague agrees it may be shared.</source>
        <translation>Voorbereide inbreng blijft in de kluis: hij valt onder het geheim van de tafel en gaat nooit naar buiten. Vink een inbreng aan (spatiebalk) als je collega akkoord gaat dat hij gedeeld mag worden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For &amp;meeting</source>
        <translation>Voor &amp;overleg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Input</source>
        <translation>&amp;Inbreng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prepared with this colleague</source>
        <translation>Voor&amp;bereid met deze collega</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Feedback &amp;sheet (PDF)…</source>
        <translation>Terugkoppeling voor collega als &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been released as feedback to this colleague.</source>
        <translation>Er werd nog niets vrijgegeven als terugkoppeling voor deze collega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only what the table agreed could be fed back to this colleague is listed here, nothing more. Hand it over, then mark it as relayed.</source>
        <translation>Hier staat alleen wat de tafel afsprak te mogen terugkoppelen aan deze collega, niets meer. Geef het door en markeer het dan als doorgegeven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Released &amp;text</source>
        <translation>Vrijgegeven &amp;tekst</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>My colleague agreed this may be s&amp;hared at the table</source>
        <translation>Mijn collega gaf akkoord om dit aan tafel te &amp;delen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ca&amp;se (optional)</source>
        <translation>Ca&amp;sus (facultatief)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mark as relaye&amp;d</source>
        <translation>Markeren als &amp;doorgegeven</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Released to this colleague</source>
        <translation>Vrijgegeven voor deze co&amp;llega</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Before and after the table</source>
        <translation>Vóór en na de tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Before the table</source>
        <translation>&amp;Vóór de tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;fter the table</source>
        <translation>&amp;Na de tafel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Colleague</source>
        <translation>&amp;Collega</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 · represented by you at: %2</source>
        <translation>%1 · door jou vertegenwoordigd in: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No particular case</source>
        <translation>Geen bepaalde casus</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>May be shared at the table</source>
        <translation>Mag aan tafel gedeeld worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not to be shared without asking again</source>
        <translation>Niet delen zonder het opnieuw te vragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the input first.</source>
        <translation>Typ eerst de inbreng.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../care/restore.py" line="+34"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What will be replaced</source>
        <translation>Wat vervangen wordt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup chosen yet</source>
        <translation>Nog geen reservekopie gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose backup…</source>
        <translation>Reservekopie &amp;kiezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand that the vault is replaced by the backup.</source>
        <translation>Ik &amp;begrijp dat de kluis vervangen wordt door de reservekopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backup file</source>
        <translation>&amp;Reservekopiebestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase of the backup</source>
        <translation>&amp;Wachtwoordzin van de reservekopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is checked completely before anything is replaced. If it does not open or is damaged, your vault stays exactly as it is.</source>
        <translation>De reservekopie wordt volledig gecontroleerd voor er iets vervangen wordt. Opent ze niet of is ze beschadigd, dan blijft je kluis precies zoals ze is.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The vault %1 in %2 will be replaced by the backup. Everything written since the backup was made is then no longer in it. The vault is locked first, and kept beside it as a copy as it is now, so nothing is lost.</source>
        <translation>De kluis %1 in %2 wordt vervangen door de reservekopie. Alles wat sinds de reservekopie geschreven werd, staat er dan niet meer in. De kluis wordt eerst vergrendeld en zoals ze nu is als kopie ernaast bewaard, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup becomes the vault %1 in %2. You then unlock it with the passphrase of the backup.</source>
        <translation>De reservekopie wordt de kluis %1 in %2. Je ontgrendelt ze dan met de wachtwoordzin van de reservekopie.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking and restoring the backup…</source>
        <translation>De reservekopie wordt gecontroleerd en teruggezet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the backup file first.</source>
        <translation>Kies eerst het reservekopiebestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase of the backup.</source>
        <translation>Typ de wachtwoordzin van de reservekopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm that the vault may be replaced.</source>
        <translation>Bevestig dat de kluis vervangen mag worden.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../dialogs/retention.py" line="+101"/>
        <location line="+8"/>
        <source>Retention review</source>
        <translation>Bewaartermijnen nakijken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These notes are older than the retention period of their cell. Tafelboek never deletes anything by itself: your organisation decides what is kept, following its selection list. Tick what may go, then delete it. Notes on a case are not listed here: they follow their case and come up under Table › Retention by case… once the case is closed.</source>
        <translation>Deze notities zijn ouder dan de bewaartermijn van hun cel. Tafelboek verwijdert nooit iets uit zichzelf: je organisatie beslist wat bewaard blijft, volgens haar selectielijst. Vink aan wat weg mag en verwijder het dan. Notities over een casus staan hier niet: ze volgen hun casus en komen onder Tafel › Bewaring per casus… zodra de casus is afgesloten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes due</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period and why it is due</source>
        <translation>Bewaartermijn en sinds wanneer te beoordelen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Due for review (Space ticks a row)</source>
        <translation>&amp;Te beoordelen (de spatiebalk vinkt een rij aan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due for review today.</source>
        <translation>Vandaag hoeft er niets beoordeeld te worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick &amp;none</source>
        <translation>&amp;Niets aanvinken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked</source>
        <translation>Aangevinkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete ticked notes…</source>
        <translation>Aangevinkte notities &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Due on %1, by the retention period of each cell.</source>
        <translation>Te beoordelen op %1, volgens de bewaartermijn van elke cel.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Own reflections and texts outside a meeting</source>
        <translation>Eigen reflecties en teksten buiten een overleg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 months (the default); due since %2</source>
        <translation>%1 maanden (standaard); sinds %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 months (this cell); due since %2</source>
        <translation>%1 maanden (deze cel); sinds %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(empty note)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Notes ticked: %1 · Meetings: %2</source>
        <translation>Aangevinkte notities: %1 · Overleggen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing ticked</source>
        <translation>Niets aangevinkt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the ticked notes for good?</source>
        <translation>De aangevinkte notities definitief verwijderen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes to delete: %4
Of these, from meetings: %1 (meetings concerned: %2)
Own reflections and texts outside a meeting: %3

Their text, earlier versions, search entries and releases are erased. This cannot be undone. The meetings themselves, attendance and decisions stay; documents made earlier stay listed as made.</source>
        <translation>Te verwijderen notities: %4
Waarvan uit overleggen: %1 (betrokken overleggen: %2)
Eigen reflecties en teksten buiten een overleg: %3

Hun tekst, eerdere versies, zoekgegevens en vrijgaves worden gewist. Dit kan niet ongedaan gemaakt worden. De overleggen zelf, de aanwezigheden en de beslissingen blijven; eerder gemaakte documenten blijven als gemaakt vermeld.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Definitief verwijderen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deleted: %1 notes.</source>
        <translation>Verwijderd: %1 notities.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../dialogs/search.py" line="+158"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words or a case code; accents and capitals do not matter</source>
        <translation>Woorden of een casuscode; accenten en hoofdletters maken niet uit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search for</source>
        <translation>&amp;Zoeken naar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cells</source>
        <translation>Alle cellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any label</source>
        <translation>Elk label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table only</source>
        <translation>Alleen aan tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released to own dossier</source>
        <translation>Vrijgegeven voor eigen dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback for a colleague</source>
        <translation>Terugkoppeling voor een collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTF feedback form</source>
        <translation>Terugkoppelingsfiche LTF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Datum vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until date</source>
        <translation>Datum tot en met</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Results</source>
        <translation>&amp;Resultaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Cell</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Type a word or a case code. Accents and capitals do not matter.</source>
        <translation>Typ een woord of een casuscode. Accenten en hoofdletters maken niet uit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. Check the filters, or type fewer letters.</source>
        <translation>Niets gevonden. Kijk de filters na of typ minder letters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best %1 notes are shown; add a word to narrow the search.</source>
        <translation>De %1 best passende notities worden getoond; voeg een woord toe om gerichter te zoeken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes found: %1. Enter opens the selected note.</source>
        <translation>Gevonden notities: %1. Enter opent de gekozen notitie.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>whole meeting</source>
        <translation>heel het overleg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision text</source>
        <translation>Tekst van een beslissing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input prepared with a colleague</source>
        <translation>Inbreng voorbereid met een collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTF form text</source>
        <translation>Tekst van de terugkoppelingsfiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own reflection, not from a meeting</source>
        <translation>Eigen reflectie, niet uit een overleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own reflection, not from a meeting, written %1</source>
        <translation>Eigen reflectie, niet uit een overleg, geschreven op %1</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <location filename="../../spell_check.py" line="+497"/>
        <source>No suggestions</source>
        <translation>Geen suggesties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to word list</source>
        <translation>Toevoegen aan woordenlijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in this vault only</source>
        <translation>Alleen in deze kluis bewaard</translation>
    </message>
</context>
<context>
    <name>StepwiseDialog</name>
    <message>
        <location filename="../../dialogs/minors_gate.py" line="+38"/>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Care and welfare services outside the cell have not handled this minor first: the stepwise approach leaves the follow-up to them before the table takes it up.</source>
        <translation>De hulp- en zorgverlening buiten de cel heeft deze minderjarige nog niet eerst opgevolgd: de trapsgewijze aanpak laat de opvolging eerst aan hen, voor de tafel ze opneemt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without very clear signs of radicalisation, the stepwise approach does not discuss a minor at the table.</source>
        <translation>Zonder zeer duidelijke signalen van radicalisering bespreekt de trapsgewijze aanpak een minderjarige niet aan tafel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Both answered yes: the table may discuss this minor, with as little personal data as possible.</source>
        <translation>Beide met ja beantwoord: de tafel mag deze minderjarige bespreken, met zo weinig mogelijk persoonsgegevens.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minor: the stepwise check is not answered yet.</source>
        <translation>Minderjarige: de trapsgewijze afweging is nog niet gemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minor: handled first by care and welfare: %1; very clear signs: %2.</source>
        <translation>Minderjarige: eerst opgevolgd door de hulp- en zorgverlening buiten de cel: %1; zeer duidelijke signalen: %2.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Stepwise approach for a minor</source>
        <translation>Trapsgewijze aanpak voor een minderjarige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case %1 concerns a minor. The follow-up of minors is first left to care and welfare services outside the cell; only with very clear signs of radicalisation is a minor discussed at the table, and then with as little personal data as possible.</source>
        <translation>Casus %1 betreft een minderjarige. De opvolging van minderjarigen wordt eerst overgelaten aan de hulp- en zorgverlening buiten de cel; alleen bij zeer duidelijke signalen van radicalisering wordt een minderjarige aan tafel besproken, en dan met zo weinig mogelijk persoonsgegevens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case returns to the agenda: the answers recorded before are filled in. Change what is no longer right, then record them for this meeting.</source>
        <translation>De casus komt terug op de agenda: de eerder genoteerde antwoorden staan al ingevuld. Pas aan wat niet meer klopt en noteer ze dan voor dit overleg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is advice, not a bar: notes can be typed whatever the answers.</source>
        <translation>Dit is een advies, geen blokkering: je kunt notities typen, wat de antwoorden ook zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record answers</source>
        <translation>Antwoorden &amp;registreren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Handled first by care and welfare outside the cell?</source>
        <translation>Werd de minderjarige eerst opgevolgd door de &amp;hulp- en zorgverlening buiten de cel?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Very clear signs of radicalisation?</source>
        <translation>&amp;Zeer duidelijke signalen van radicalisering?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Until both questions are answered, the case stays flagged.</source>
        <translation>Tot beide vragen beantwoord zijn, blijft de casus gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>StepwiseGate</name>
    <message>
        <location line="-165"/>
        <location line="+46"/>
        <source>Minor — stepwise approach not checked yet</source>
        <translation>Minderjarige — trapsgewijze afweging nog niet gemaakt</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Before notes on a minor&apos;s case, answer two questions: was the minor handled first by care and welfare outside the cell, and are there very clear signs of radicalisation? You can keep typing meanwhile.</source>
        <translation>Beantwoord voor notities over de casus van een minderjarige twee vragen: werd de minderjarige eerst opgevolgd door de hulp- en zorgverlening buiten de cel, en zijn er zeer duidelijke signalen van radicalisering? Je kunt intussen gewoon verder typen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer now… (%1)</source>
        <translation>Nu beantwoorden… (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the stepwise questions</source>
        <translation>De trapsgewijze vragen beantwoorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the stepwise questions later</source>
        <translation>De trapsgewijze vragen later beantwoorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case stays flagged in the agenda until the questions are answered.</source>
        <translation>De casus blijft gemarkeerd in de agenda tot de vragen beantwoord zijn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Minor — the case returns: check the stepwise answers again</source>
        <translation>Minderjarige — de casus komt terug: bekijk de trapsgewijze afweging opnieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This minor&apos;s case was discussed before. Are the answers still right: handled first by care and welfare outside the cell, very clear signs of radicalisation? You can keep typing meanwhile.</source>
        <translation>De casus van deze minderjarige werd al eerder besproken. Kloppen de antwoorden nog: eerst opgevolgd door de hulp- en zorgverlening buiten de cel, zeer duidelijke signalen van radicalisering? Je kunt intussen gewoon verder typen.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../widgets/strength_meter.py" line="+83"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Strength: type a passphrase</source>
        <translation>Sterkte: typ een wachtwoordzin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Strength: %1 — good enough</source>
        <translation>Sterkte: %1 — sterk genoeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: %1 — not yet enough</source>
        <translation>Sterkte: %1 — nog niet sterk genoeg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>very weak</source>
        <translation>zeer zwak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>matig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strong</source>
        <translation>zeer sterk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use at least %1 characters.</source>
        <translation>Gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a very common password.</source>
        <translation>Dit is een veelgebruikt wachtwoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like a common password.</source>
        <translation>Dit lijkt op een veelgebruikt wachtwoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single word is easy to guess.</source>
        <translation>Eén woord alleen is makkelijk te raden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names on their own are easy to guess.</source>
        <translation>Namen alleen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of municipalities and places are easy to guess.</source>
        <translation>Namen van gemeenten en plaatsen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avoid your own name, your municipality and the names around you.</source>
        <translation>Vermijd je eigen naam, je gemeente en de namen om je heen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avoid dates and years that have to do with you.</source>
        <translation>Vermijd datums en jaartallen die met jou te maken hebben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent years are easy to guess.</source>
        <translation>Recente jaartallen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermijd herhaalde woorden en tekens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid sequences like “abc” or “6543”.</source>
        <translation>Vermijd reeksen zoals “abc” of “6543”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid rows and patterns of keys.</source>
        <translation>Vermijd rijen en patronen van toetsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swaps like “@” for “a” hardly help.</source>
        <translation>Vervangingen zoals “@” voor “a” helpen nauwelijks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a few more uncommon words: a short sentence only you would make up.</source>
        <translation>Voeg nog enkele ongewone woorden toe: een korte zin die alleen jij zou bedenken.</translation>
    </message>
</context>
<context>
    <name>StrengthenDialog</name>
    <message>
        <location filename="../../dialogs/strengthen.py" line="+27"/>
        <source>Strengthen the protection</source>
        <translation>Beveiliging versterken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Strengthen</source>
        <translation>&amp;Versterken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tafelboek will protect this vault with the stronger settings it uses today. You keep the same passphrase, and nothing else changes: your notes stay exactly as they are.</source>
        <translation>Tafelboek beveiligt deze kluis met de sterkere instellingen die het vandaag gebruikt. Je houdt dezelfde wachtwoordzin, en verder verandert er niets: je notities blijven precies zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It takes a few seconds. Meanwhile the notebook waits; your latest edits are saved first.</source>
        <translation>Dat duurt enkele seconden. Ondertussen wacht het notitieblok; je laatste wijzigingen worden eerst opgeslagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current &amp;passphrase</source>
        <translation>Huidige &amp;wachtwoordzin</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type the passphrase of this vault.</source>
        <translation>Typ de wachtwoordzin van deze kluis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Strengthening the protection… this takes a few seconds.</source>
        <translation>De beveiliging wordt versterkt… dit duurt enkele seconden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault is better protected now</source>
        <translation>De kluis is nu beter beveiligd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You unlock it with the same passphrase as before, and your notes are unchanged.</source>
        <translation>Je ontgrendelt ze met dezelfde wachtwoordzin als voorheen, en je notities zijn ongewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protection is unchanged</source>
        <translation>De beveiliging is ongewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault was saved again, but this computer could not give it the stronger protection. Your passphrase and your notes stayed the same.</source>
        <translation>De kluis is opnieuw opgeslagen, maar deze computer kon ze niet de sterkere beveiliging geven. Je wachtwoordzin en je notities zijn dezelfde gebleven.</translation>
    </message>
</context>
<context>
    <name>Strengthening</name>
    <message>
        <location filename="../../care/strengthening.py" line="+89"/>
        <source>Your latest edits could not be saved, so nothing was changed. Close this window, save your text, then try again.</source>
        <translation>Je laatste wijzigingen konden niet opgeslagen worden, dus er is niets veranderd. Sluit dit venster, sla je tekst op en probeer dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../dialogs/task_dialog.py" line="+57"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Working… this takes a few seconds.</source>
        <translation>Even geduld… dit duurt enkele seconden.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../screens/unlock.py" line="+18"/>
        <source>Unlock your vault</source>
        <translation>Ontgrendel je kluis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>Kluisbestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase of this vault.</source>
        <translation>Typ de wachtwoordzin van deze kluis.</translation>
    </message>
</context>
<context>
    <name>VaultCare</name>
    <message>
        <location filename="../../care/vault_care.py" line="+73"/>
        <source>This is not the passphrase of this vault, so no backup was made. Type the passphrase you unlocked it with.</source>
        <translation>Dit is niet de wachtwoordzin van deze kluis, dus er is geen reservekopie gemaakt. Typ de wachtwoordzin waarmee je de kluis ontgrendelde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A file with this name already exists, or it is the vault itself. Choose another name or folder; nothing was changed.</source>
        <translation>Er bestaat al een bestand met deze naam, of het is de kluis zelf. Kies een andere naam of map; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder you chose no longer exists, or is on a drive that is not connected. Choose another folder; nothing was changed.</source>
        <translation>De gekozen map bestaat niet meer, of staat op een schijf die niet aangesloten is. Kies een andere map; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault failed its check, so no backup was made: a backup of a damaged vault would not help you. Restore your most recent backup, or ask IT.</source>
        <translation>De kluis doorstond de controle niet, dus werd er geen reservekopie gemaakt: een kopie van een beschadigde kluis helpt je niet. Zet je meest recente reservekopie terug, of vraag de IT-dienst om hulp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This passphrase does not open the backup. Type the passphrase the vault had when the backup was made. Your vault was not changed.</source>
        <translation>Deze wachtwoordzin opent de reservekopie niet. Typ de wachtwoordzin die de kluis had toen de reservekopie gemaakt werd. Je kluis werd niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This backup is damaged or is not a Tafelboek backup, so it was not restored. Your vault was not changed. Try another backup.</source>
        <translation>Deze reservekopie is beschadigd of is geen reservekopie van Tafelboek, dus werd ze niet teruggezet. Je kluis werd niet gewijzigd. Probeer een andere reservekopie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup file cannot be found any more. Check that its drive is connected. Your vault was not changed.</source>
        <translation>Het reservekopiebestand is niet meer te vinden. Controleer of de schijf aangesloten is. Je kluis werd niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../care/backup.py" line="-156"/>
        <source>backup</source>
        <comment>part of a file name</comment>
        <translation>reservekopie</translation>
    </message>
    <message>
        <location filename="../../care/restore.py" line="-111"/>
        <source>before-restore</source>
        <comment>part of a file name</comment>
        <translation>voor-terugzetten</translation>
    </message>
    <message>
        <location filename="../../care/vault_care.py" line="+148"/>
        <source>The passphrase has been changed</source>
        <translation>De wachtwoordzin is gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on you unlock the vault with the new passphrase. Make a new backup soon: earlier backups still open with the old passphrase.</source>
        <translation>Voortaan ontgrendel je de kluis met de nieuwe wachtwoordzin. Maak binnenkort een nieuwe reservekopie: eerdere reservekopieën openen nog met de oude wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the backup as</source>
        <translation>Reservekopie bewaren als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tafelboek backups</source>
        <translation>Reservekopieën van Tafelboek</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The backup was written and checked: it opens with your passphrase and holds everything. Keep it somewhere safe, away from this computer.

File: %1
Folder: %2
Size: %3
Made on %4, in %5 seconds.</source>
        <translation>De reservekopie is geschreven en gecontroleerd: ze opent met je wachtwoordzin en bevat alles. Bewaar ze op een veilige plaats, weg van deze computer.

Bestand: %1
Map: %2
Grootte: %3
Gemaakt op %4, in %5 seconden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup is ready</source>
        <translation>De reservekopie is klaar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No problems found</source>
        <translation>Geen problemen gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every page of the vault was read and is intact. Nothing needs to be done.</source>
        <translation>Elke pagina van de kluis werd gelezen en is in orde. Je hoeft niets te doen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep working as little as possible: make no backup over an older one, restore your most recent backup (Vault menu, “Restore a backup…”) and ask IT for help.</source>
        <translation>Werk zo weinig mogelijk verder: maak geen reservekopie over een oudere heen, zet je meest recente reservekopie terug (menu Kluis, “Reservekopie terugzetten…”) en vraag de IT-dienst om hulp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One problem was found.</source>
        <translation>Er werd één probleem gevonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 problems were found.</source>
        <translation>Er werden %1 problemen gevonden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is damaged</source>
        <translation>De kluis is beschadigd</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The backup was checked and is now your vault. Unlock it with the passphrase of the backup.</source>
        <translation>De reservekopie werd gecontroleerd en is nu je kluis. Ontgrendel ze met de wachtwoordzin van de reservekopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault as it was before is kept as %1 in the same folder. Delete it once you are sure you no longer need it.</source>
        <translation>De kluis zoals ze voordien was, is bewaard als %1 in dezelfde map. Verwijder ze zodra je zeker weet dat je ze niet meer nodig hebt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup has been restored</source>
        <translation>De reservekopie is teruggezet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your latest edits could not be saved, so nothing was done. Close this window, save your text, then try again.</source>
        <translation>Je laatste wijzigingen konden niet opgeslagen worden, dus er is niets gedaan. Sluit dit venster, sla je tekst op en probeer dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>_VaultForm</name>
    <message>
        <location filename="../../screens/unlock.py" line="-230"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Andere kluis openen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the de&amp;mo…</source>
        <translation>Demo &amp;proberen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a vault with invented people and meetings, for practice.</source>
        <translation>Opent een kluis met verzonnen mensen en overleggen, om te oefenen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tafelboek</source>
        <translation>Tafelboek</translation>
    </message>
</context>
</TS>
