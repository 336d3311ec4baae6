<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AdHocDialog</name>
    <message>
        <location filename="../../app/meeting_screen.py" line="+394"/>
        <source>Add ad hoc participant</source>
        <translation>Ad hoc deelnemer toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>CreateForm</name>
    <message>
        <location filename="../../app/unlock.py" line="+103"/>
        <source>Create your vault</source>
        <translation>Maak je kluis aan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create &amp;vault</source>
        <translation>Kluis aan&amp;maken</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+6"/>
        <source>Your notes are kept encrypted in one file on this computer:</source>
        <translation>Je notities worden versleuteld bewaard in één bestand op deze computer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat passphrase</source>
        <translation>Wachtwoordzin &amp;herhalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a sentence of several words that only you know.</source>
        <translation>Kies een zin van meerdere woorden die alleen jij kent.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a passphrase first.</source>
        <translation>Typ eerst een wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Repeat the passphrase exactly.</source>
        <translation>De twee wachtwoordzinnen verschillen. Herhaal de wachtwoordzin precies.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../app/documents.py" line="+325"/>
        <location line="+161"/>
        <source>Make a document</source>
        <translation>Een document maken</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Document</source>
        <translation>Soort &amp;document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to choose</source>
        <translation>Niets om te kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect the PDF with a pass&amp;word</source>
        <translation>Het PDF-bestand beveiligen met een &amp;wachtwoord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password</source>
        <translation>Wach&amp;twoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+8"/>
        <source>&amp;Save…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The PDF was saved</source>
        <translation>Het PDF-bestand is opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Type a password, or turn off the password protection.</source>
        <translation>Typ een wachtwoord, of zet de beveiliging met een wachtwoord uit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passwords differ. Repeat the password exactly.</source>
        <translation>De twee wachtwoorden verschillen. Herhaal het wachtwoord exact.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the PDF</source>
        <translation>Het PDF-bestand opslaan</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Making the PDF…</source>
        <translation>Het PDF-bestand wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="-535"/>
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
        <translation>&amp;Motivatie deelname / weigering…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notice to the person discussed…</source>
        <translation>&amp;Bericht aan betrokkene…</translation>
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
        <location line="+13"/>
        <source>For the young person or family: only the fact that they were discussed. Nothing of what was said at the table goes in.</source>
        <translation>Voor de jongere of het gezin: alleen het feit dat zij besproken werden. Niets van wat aan tafel gezegd werd, komt erin.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Your assessment of taking part in the cell, as a letter to the mayor: the questions you weighed, your conclusion, and your motivation only if you released it to your own dossier.</source>
        <translation>Je beoordeling van deelname aan de cel, als brief aan de burgemeester: de vragen die je hebt afgewogen, je besluit, en je motivatie alleen als je die voor het eigen dossier hebt vrijgegeven.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The feedback form for the Local Task Force, only where every participating member present agreed: who approved it and the text written for the form, nothing else.</source>
        <translation>De terugkoppelingsfiche voor de Lokale Task Force, alleen als elk effectief deelnemend lid dat aanwezig was akkoord ging: wie akkoord ging en de tekst die voor de fiche geschreven werd, niets anders.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For your own use: date, place, agenda and attendance of a meeting, with only the notes you released to your own dossier.</source>
        <translation>Voor eigen gebruik: datum, plaats, agenda en aanwezigheid van een overleg, met alleen de notities die je voor het eigen dossier hebt vrijgegeven.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+7"/>
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
        <translation>motivatie.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice.pdf</source>
        <translation>bericht.pdf</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/window.py" line="+77"/>
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
        <location line="+10"/>
        <source>&amp;Meetings…</source>
        <translation>&amp;Overleggen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;fel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a &amp;document…</source>
        <translation>&amp;Document maken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Unlocking the vault…</source>
        <translation>De kluis wordt ontgrendeld…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tuning the key protection to this computer…</source>
        <translation>De sleutelbeveiliging wordt afgestemd op deze computer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the vault…</source>
        <translation>De kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your latest edits could not be saved, so nothing was changed. Close this window, save your text, then try again.</source>
        <translation>Je laatste wijzigingen konden niet opgeslagen worden, dus er is niets veranderd. Sluit dit venster, sla je tekst op en probeer dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <location filename="../../app/meeting_screen.py" line="-236"/>
        <source>Release…</source>
        <translation>Vrijgeven…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release beyond the table</source>
        <translation>Vrijgeven buiten de tafel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table only again (Ctrl+Shift+T)</source>
        <translation>Weer alleen aan tafel maken (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Table only again</source>
        <translation>Weer alleen aan tafel</translation>
    </message>
    <message>
        <location line="+400"/>
        <source>Release beyond the table…</source>
        <translation>Vrijgeven buiten de tafel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make table-only again</source>
        <translation>Weer alleen aan tafel maken</translation>
    </message>
    <message>
        <location line="+388"/>
        <source>Type a note first; an empty note cannot be released.</source>
        <translation>Typ eerst een notitie; een lege notitie kan niet worden vrijgegeven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Released; the label says where it may go.</source>
        <translation>Vrijgegeven; het label zegt waar het heen mag.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Table only again.</source>
        <translation>Weer alleen aan tafel.</translation>
    </message>
    <message>
        <location line="-938"/>
        <source>Mayor</source>
        <translation>Burgemeester</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+21"/>
        <source>Table only — secret of the table</source>
        <translation>Alleen aan tafel — geheim van de tafel</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+106"/>
        <source> (ad hoc)</source>
        <translation> (ad hoc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance of %1</source>
        <translation>Aanwezigheid van %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Briefed</source>
        <translation>Ingelicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told the agreement framework and the secrecy duty</source>
        <translation>Afsprakenkader en geheimhoudingsplicht meegedeeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was told the agreement framework and the secrecy duty</source>
        <translation>%1 kreeg het afsprakenkader en de geheimhoudingsplicht meegedeeld</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+2"/>
        <source>Represented</source>
        <translation>Vertegenwoordigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuw overleg…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open meeting</source>
        <translation>Overleg &amp;openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to notes</source>
        <translation>&amp;Terug naar notities</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cell</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meetings of this cell</source>
        <translation>Overleggen van deze &amp;cel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All &amp;meetings</source>
        <translation>Alle &amp;overleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement framework and secrecy duty</source>
        <translation>Afsprakenkader en geheimhoudingsplicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add &amp;ad hoc participant…</source>
        <translation>&amp;Ad hoc deelnemer toevoegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not for this table</source>
        <translation>Niet voor deze tafel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operational table is meant for cases that fit the local definition of radicalisation. Keep unrelated topics off it.</source>
        <translation>De operationele tafel is bedoeld voor casussen die passen binnen de lokale definitie van radicalisering. Houd andere onderwerpen van tafel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N&amp;otes on this item</source>
        <translation>Notities bij dit &amp;punt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note (Ctrl+N)</source>
        <translation>Nieuwe notitie (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+647"/>
        <source>Save state</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location line="-640"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Next agenda item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous agenda item</source>
        <translation>Vorig agendapunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>What is said at this table stays at this table: the professional secret of art. 458ter Sw. binds everyone present, ad hoc participants too. Share only what others need to know.</source>
        <translation>Wat aan deze tafel gezegd wordt, blijft aan deze tafel: het beroepsgeheim van art. 458ter Sw. bindt iedereen die aanwezig is, ook ad hoc deelnemers. Deel alleen wat anderen moeten weten (need to know).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Text you had not saved before locking has been put back.</source>
        <translation>Tekst die vóór het vergrendelen niet opgeslagen was, is teruggezet.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>nobody recorded as present yet</source>
        <translation>nog niemand als aanwezig genoteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to: %1</source>
        <translation>Bekend aan: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present but not told the framework and secrecy duty: %1</source>
        <translation>Aanwezig zonder afsprakenkader en geheimhoudingsplicht meegedeeld: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty note)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>Niet opgeslagen: %1 Je tekst staat er nog.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/messages.py" line="+19"/>
        <source>This passphrase does not open the vault. Check Caps Lock and the keyboard layout, then try again. If you are sure it is right, the start of the file may be damaged: restore a backup.</source>
        <translation>Deze wachtwoordzin opent de kluis niet. Controleer Caps Lock en de toetsenbordindeling en probeer opnieuw. Ben je zeker dat hij klopt, dan is het begin van het bestand misschien beschadigd: zet een reservekopie terug.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file is not a Tafelboek vault. Choose another file with “Open another vault…”.</source>
        <translation>Dit bestand is geen Tafelboek-kluis. Kies een ander bestand met ‘Andere kluis openen…’.</translation>
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
        <translation>Er bestaat al een bestand met deze naam; er is niets overschreven. Open het met ‘Andere kluis openen…’, of kies een andere naam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file cannot be found. It may have been moved or renamed, or it is on a drive that is not connected. Use “Open another vault…” to find it.</source>
        <translation>Het kluisbestand is niet gevonden. Het is misschien verplaatst of hernoemd, of het staat op een schijf die niet aangesloten is. Zoek het met ‘Andere kluis openen…’.</translation>
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
        <source>The copy could not be verified and was not kept; your vault is unchanged. Try again, preferably on another disk.</source>
        <translation>De kopie kon niet gecontroleerd worden en is niet bewaard; je kluis is ongewijzigd. Probeer opnieuw, liefst op een andere schijf.</translation>
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
        <location line="+12"/>
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
        <translation>Deze tekst is enkel voor de tafel: hij blijft in de kluis en kan niet in een document.</translation>
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
        <source>This has already been released in this way; nothing was changed.</source>
        <translation>Dit werd al op deze manier vrijgegeven; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not every participating member present approved this LTF feedback form, so it counts as not passed on and no document can be made of it.</source>
        <translation>Niet elk aanwezig deelnemend lid ging akkoord met deze terugkoppelingsfiche voor de LTF, dus ze geldt als niet doorgegeven en er kan geen document van gemaakt worden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Informing the person is allowed only when every participant agrees, only the fact that they were discussed is passed on, and a police participant confirmed that no investigation is at risk.</source>
        <translation>De betrokkene informeren mag alleen als alle deelnemers akkoord gaan, alleen het feit dat hij of zij besproken werd doorgegeven wordt, en een deelnemer van de politie bevestigde dat geen onderzoek in gevaar komt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a police participant can confirm that no investigation is at risk.</source>
        <translation>Alleen een deelnemer van de politie kan bevestigen dat geen onderzoek in gevaar komt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person who confirmed that no investigation is at risk was not present for this agenda item.</source>
        <translation>Wie bevestigde dat geen onderzoek in gevaar komt, was niet aanwezig voor dit agendapunt.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../app/meeting_screen.py" line="-813"/>
        <source>New meeting</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <location line="+23"/>
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
</context>
<context>
    <name>NotebookView</name>
    <message>
        <location filename="../../app/notebook.py" line="+120"/>
        <source>Vault unlocked</source>
        <translation>Kluis ontgrendeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault file</source>
        <translation>Kluisbestand</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>Geheim van de tafel: deze tekst blijft in de kluis en kan er niet uit gekopieerd worden.</translation>
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
        <location line="+59"/>
        <source>Text you had not saved before locking has been put back.</source>
        <translation>Tekst die je vóór het vergrendelen nog niet had opgeslagen, is teruggezet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+86"/>
        <source>(empty note)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>This note could not be read.</source>
        <translation>Deze notitie kon niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../app/prompts.py" line="+41"/>
        <source>Tafelboek vaults</source>
        <translation>Tafelboek-kluizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another vault</source>
        <translation>Andere kluis openen</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../app/release_dialog.py" line="+55"/>
        <source>Release beyond the table</source>
        <translation>Vrijgeven buiten de tafel</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>You represent nobody at this cell, so nothing can go to a colleague as feedback. Only your own dossier is possible.</source>
        <translation>Je vertegenwoordigt niemand in deze cel, dus niets kan als terugkoppeling naar een collega gaan. Alleen je eigen dossier is mogelijk.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <translation>&amp;Van wie is de informatie</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Choose where the note goes.</source>
        <translation>Kies waar de notitie heen gaat.</translation>
    </message>
</context>
<context>
    <name>StrengthenDialog</name>
    <message>
        <location filename="../../app/strengthen.py" line="+44"/>
        <location line="+24"/>
        <source>Strengthen the protection</source>
        <translation>Beveiliging versterken</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Strengthen</source>
        <translation>&amp;Versterken</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+10"/>
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
        <location line="+58"/>
        <source>Type the passphrase of this vault.</source>
        <translation>Typ de wachtwoordzin van deze kluis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Strengthening the protection… this takes a few seconds.</source>
        <translation>De beveiliging wordt versterkt… dit duurt enkele seconden.</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <name>UnlockForm</name>
    <message>
        <location filename="../../app/unlock.py" line="+18"/>
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
        <location line="+16"/>
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
    <name>_VaultForm</name>
    <message>
        <location line="-167"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Andere kluis openen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tafelboek</source>
        <translation>Tafelboek</translation>
    </message>
</context>
</TS>
