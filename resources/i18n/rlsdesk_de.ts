<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="57" />
        <source>About rlsdesk</source>
        <translation>Über rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="59" />
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="62" />
        <source>rlsdesk is a self-care diary and reminder tool for restless legs syndrome. It records what you log and reminds you of the routine you chose. It is not medical advice: it does not diagnose, treat, or suggest doses beyond the cited safety limits. Talk to your clinician about symptoms and treatment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="71" />
        <source>Your data stays on this computer. rlsdesk makes no network connections.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. rlsdesk stellt keine Netzwerkverbindungen her.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="74" />
        <source>Your data lives in: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="77" />
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="78" />
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="79" />
        <source>Show the folder with your rlsdesk data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="82" />
        <source>Sources of the guidance rlsdesk shows</source>
        <translation>Quellen der Hinweise in rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="85" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="86" />
        <source>Every source the app's guidance cites</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="32" />
        <source>Welcome to rlsdesk</source>
        <translation>Willkommen bei rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="36" />
        <source>Two questions so tonight's routine fits your evening. You can change both later in Settings, and rlsdesk learns your timing from what you log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="43" />
        <location filename="../../rlsdesk/ui/first_run.py" line="52" />
        <source>Usual bedtime</source>
        <translation>Übliche Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="46" />
        <source>When symptoms usually start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="47" />
        <source>I'm not sure yet</source>
        <translation>Weiß ich noch nicht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="48" />
        <source>Not sure when symptoms start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="53" />
        <source>Legs usually start</source>
        <translation>Beine beginnen meist</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="58" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="61" />
        <source>Skip for now</source>
        <translation>Jetzt überspringen</translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="58" />
        <source>Your evening steps, in order. Untick a step to leave it out for now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="65" />
        <source>Routine steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="67" />
        <source>Space turns a step on or off; Enter edits it; Ctrl+Up and Ctrl+Down move it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="71" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="71" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="71" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="71" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="87" />
        <source>Add step…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="87" />
        <source>Add a step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="88" />
        <source>Choose a kind of step to add (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="91" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="91" />
        <source>Edit the selected step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="91" />
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="94" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="94" />
        <source>Move the selected step up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="94" />
        <source>Ctrl+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="97" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="97" />
        <source>Move the selected step down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="98" />
        <source>Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="101" />
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="354" />
        <source>Turn off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="101" />
        <source>Turn the selected step on or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="102" />
        <source>Space in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="105" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="105" />
        <source>Delete the selected step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="106" />
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="119" />
        <source>Deleted step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="121" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="121" />
        <source>Undo the delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="121" />
        <source>Ctrl+Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="125" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="125" />
        <source>Hide this message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="148" />
        <source>Routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="189" />
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="189" />
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="291" />
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="306" />
        <source>Deleted “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="354" />
        <source>Turn on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="59" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="63" />
        <source>Usual bedtime</source>
        <translation>Übliche Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="65" />
        <source>I know when my legs usually start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="66" />
        <source>Use my own usual onset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="67" />
        <source>Otherwise rlsdesk uses a typical evening until it learns from your log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="69" />
        <source>Usual symptom onset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="70" />
        <source>Your evening</source>
        <translation>Ihr Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="72" />
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="74" />
        <source>Legs usually start</source>
        <translation>Beine beginnen meist</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="77" />
        <source>Reminder style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="78" />
        <source>Desktop notification with buttons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="79" />
        <source>Message from the tray icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="80" />
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="81" />
        <source>No reminders between these times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="82" />
        <source>Quiet hours start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="83" />
        <source>Quiet hours end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="90" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="92" />
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="94" />
        <source>Style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="99" />
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="117" />
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="100" />
        <source>Automatic: night look before bed</source>
        <translation>Automatisch: Nachtdesign vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="101" />
        <source>Always the night look</source>
        <translation>Immer das Nachtdesign</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="102" />
        <source>Never: follow the system</source>
        <translation>Nie: wie das System</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="103" />
        <source>Night look starts, minutes before bed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="106" />
        <source> min before bed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="107" />
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="119" />
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="110" />
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="120" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="111" />
        <source>Takes effect the next time rlsdesk starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="112" />
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="115" />
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="118" />
        <source>Night look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="123" />
        <source>Start rlsdesk in the tray when I log in</source>
        <translation>rlsdesk beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="124" />
        <source>Start at login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="125" />
        <source>Start-up</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="129" />
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="130" />
        <source>Backup to restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="131" />
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="132" />
        <source>Restore the chosen backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="133" />
        <source>Delete all data…</source>
        <translation>Alle Daten löschen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="134" />
        <source>Delete all data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="135" />
        <source>Removes your diary, routine and backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="139" />
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="216" />
        <source>No backups yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="233" />
        <source>Evening times saved; tonight's plan is updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="245" />
        <source>Quiet hours: the start and end are the same time. Choose a different end; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="251" />
        <source>Reminder settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="263" />
        <source>The language changes the next time rlsdesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="264" />
        <source>Look saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="272" />
        <source>Could not change start at login: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="275" />
        <source>rlsdesk will start in the tray when you log in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="276" />
        <source>rlsdesk will not start at login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="287" />
        <source>The backup failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="290" />
        <source>Backup written: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="297" />
        <source>Restore a backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="298" />
        <source>Replace your current data with the backup from {0}? Your current data is kept beside the backups first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="306" />
        <source>The backup could not be restored: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="309" />
        <source>Restored. Your previous data was kept as {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="316" />
        <source>Delete all data?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="317" />
        <source>Delete your whole diary, routine, settings and backups?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="319" />
        <source>This cannot be undone. rlsdesk will close afterwards. Consider exporting your diary first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="321" />
        <source>Delete everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="322" />
        <source>Keep my data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="118" />
        <source>Edit step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="118" />
        <source>Add a step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="139" />
        <source>Cautions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="144" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="144" />
        <source>Save the step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="145" />
        <source>Saves the step; it is disabled while a field needs fixing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="150" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="150" />
        <source>Closes without saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="228" />
        <source>Problem with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="257" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="264" />
        <source>Medicine name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="265" />
        <source>rlsdesk records the name and the time; it gives no advice on medicines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="275" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="276" />
        <location filename="../../rlsdesk/ui/step_editor.py" line="286" />
        <location filename="../../rlsdesk/ui/step_editor.py" line="339" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="277" />
        <source>Minutes before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="284" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="288" />
        <source>Takes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="289" />
        <source>How many minutes the step takes; 0 for a quick one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="305" />
        <location filename="../../rlsdesk/ui/step_editor.py" line="306" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="308" />
        <source>Include this step in my evenings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="310" />
        <source>Step is on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="312" />
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="318" />
        <source> mg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="319" />
        <source>Dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="320" />
        <source>Magnesium per dose in milligrams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="323" />
        <source>Citrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="324" />
        <source>Glycinate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="325" />
        <source>Oxide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="326" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="334" />
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="337" />
        <source>Cycles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="338" />
        <source>How many times to go from heat to cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="340" />
        <source>Minutes each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="341" />
        <source>Minutes for each heat pack and each cold pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="353" />
        <source>Habit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="376" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="378" />
        <source>Seconds for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="385" />
        <location filename="../../rlsdesk/ui/step_editor.py" line="386" />
        <source>Stretches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="387" />
        <source>Tick the stretches to do, in this order, and how long to hold each</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="85" />
        <source>Notes</source>
        <extracomment>A step stays "next" this long after its time (or for its length, if longer).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="94" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="94" />
        <source>Start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="95" />
        <source>Opens a guided timer for this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="98" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="98" />
        <source>Done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="99" />
        <source>Marks this step as done tonight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="102" />
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="102" />
        <source>Skip: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="103" />
        <source>Leaves this step out tonight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="135" />
        <source>Done ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="136" />
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="137" />
        <source>Snoozed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="138" />
        <source>Missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="139" />
        <source>Reminded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="44" />
        <location filename="../../rlsdesk/ui/template_picker.py" line="84" />
        <source>Add a step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="50" />
        <source>Kinds of step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="52" />
        <source>Each kind with why it may help and where that comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="67" />
        <source>Choose a step, then adjust it to suit you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="70" />
        <source>Next…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="70" />
        <source>Set up the chosen step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="71" />
        <source>Opens the chosen step so you can adjust it before saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="75" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="53" />
        <source>Tonight's timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="81" />
        <source>%1 steps tonight; symptoms usually start around %2; bedtime %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="137" />
        <source>usually worst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="150" />
        <source>usually starts %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="242" />
        <source>now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="52" />
        <source>Guided timer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="70" />
        <source>Picture of the stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="75" />
        <source>Time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="87" />
        <location filename="../../rlsdesk/ui/timers/window.py" line="224" />
        <source>Pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="87" />
        <source>Pause or resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="88" />
        <source>Space pauses and resumes the timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="91" />
        <source>Next (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="91" />
        <source>Next part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="92" />
        <source>Enter moves on to the next part now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="95" />
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="95" />
        <source>Close the timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="96" />
        <source>Esc closes the timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="193" />
        <source>cycle %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="196" />
        <source>stretch %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="204" />
        <source>Picture: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="213" />
        <source>Then: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="215" />
        <source>This is the last part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="224" />
        <source>Resume (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="226" />
        <source>Paused. Press Space to carry on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="232" />
        <location filename="../../rlsdesk/ui/timers/window.py" line="233" />
        <source>All done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="238" />
        <source>Well done. Press Esc to close.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TonightPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="205" />
        <source>Warnings for tonight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="223" />
        <source>Tonight's steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="224" />
        <source>No steps tonight. Add some on the Routine page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="228" />
        <source>Tonight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="254" />
        <source>Your evening pattern: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="303" />
        <source>Nothing more tonight. Rest well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="309" />
        <source>Next: %1 at %2, %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="22" />
        <source>Open rlsdesk</source>
        <translation>rlsdesk öffnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="23" />
        <source>Next: nothing planned</source>
        <translation>Als Nächstes: nichts geplant</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="28" />
        <source>Legs acting up now</source>
        <translation>Beine melden sich gerade</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="30" />
        <source>Pause reminders tonight</source>
        <translation>Erinnerungen heute Abend pausieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="35" />
        <source>Quit rlsdesk</source>
        <translation>rlsdesk beenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="53" />
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="53" />
        <source>Next: nothing more tonight</source>
        <translation>Heute Abend nichts mehr</translation>
    </message>
</context>
</TS>