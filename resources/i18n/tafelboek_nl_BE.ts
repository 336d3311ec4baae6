<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/window.py" line="+67"/>
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
        <location line="+69"/>
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
        <location line="+55"/>
        <source>Your latest edits could not be saved, so nothing was changed. Close this window, save your text, then try again.</source>
        <translation>Je laatste wijzigingen konden niet opgeslagen worden, dus er is niets veranderd. Sluit dit venster, sla je tekst op en probeer dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/messages.py" line="+18"/>
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
</context>
<context>
    <name>NotebookView</name>
    <message>
        <location filename="../../app/notebook.py" line="+107"/>
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
        <location filename="../../app/prompts.py" line="+29"/>
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
    <name>StrengthenDialog</name>
    <message>
        <location filename="../../app/strengthen.py" line="+45"/>
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
        <location line="+57"/>
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
