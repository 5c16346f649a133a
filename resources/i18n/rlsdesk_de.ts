<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="57"/>
        <source>About rlsdesk</source>
        <translation>Über rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="59"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="62"/>
        <source>rlsdesk is a self-care diary and reminder tool for restless legs syndrome. It records what you log and reminds you of the routine you chose. It is not medical advice: it does not diagnose, treat, or suggest doses beyond the cited safety limits. Talk to your clinician about symptoms and treatment.</source>
        <translation>rlsdesk ist ein Tagebuch und eine Erinnerungshilfe für die Selbstfürsorge beim Restless-Legs-Syndrom. Es hält fest, was Sie eintragen, und erinnert Sie an die Routine, die Sie gewählt haben. Es ist keine medizinische Beratung: Es stellt keine Diagnose, behandelt nicht und schlägt keine Dosierungen über die genannten Sicherheitsgrenzen hinaus vor. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Beschwerden und Behandlung.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="71"/>
        <source>Your data stays on this computer. rlsdesk makes no network connections.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. rlsdesk stellt keine Netzwerkverbindungen her.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="74"/>
        <source>Your data lives in: {0}</source>
        <translation>Ihre Daten liegen in: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="77"/>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="78"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="79"/>
        <source>Show the folder with your rlsdesk data</source>
        <translation>Zeigt den Ordner mit Ihren rlsdesk-Daten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="82"/>
        <source>Sources of the guidance rlsdesk shows</source>
        <translation>Quellen der Hinweise in rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="85"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="86"/>
        <source>Every source the app&apos;s guidance cites</source>
        <translation>Alle Quellen, auf die sich die Hinweise der App stützen</translation>
    </message>
</context>
<context>
    <name>CalendarChart</name>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="36"/>
        <source>Calendar of nights</source>
        <translation>Kalender der Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="60"/>
        <source>%1: nothing logged</source>
        <translation>%1: nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="61"/>
        <source>%1: not rated</source>
        <translation>%1: nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="62"/>
        <source>%1: severity %2 of 10</source>
        <translation>%1: Stärke %2 von 10</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="67"/>
        <source>; %1 of %2 planned step done</source>
        <translation>; %1 von %2 geplanten Schritt erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="68"/>
        <source>; %1 of %2 planned steps done</source>
        <translation>; %1 von %2 geplanten Schritten erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="139"/>
        <source>Severity (0 to 10)</source>
        <translation>Stärke (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="139"/>
        <source>Share of planned steps done</source>
        <translation>Anteil erledigter geplanter Schritte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="157"/>
        <source>No nights rated in this period</source>
        <translation>Keine Nacht in diesem Zeitraum bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="171"/>
        <source>%1 to %2; an empty square: nothing logged</source>
        <translation>%1 bis %2; ein leeres Feld: nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="240"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="240"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="26"/>
        <source>rlsdesk could not read your data</source>
        <translation>rlsdesk konnte Ihre Daten nicht lesen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="27"/>
        <source>Your rlsdesk data file could not be read, so a fresh one was started.</source>
        <translation>Ihre rlsdesk-Datendatei konnte nicht gelesen werden, deshalb wurde eine neue angelegt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="29"/>
        <source>Nothing was deleted: the old file is kept, unchanged, as
%1

What was wrong: %2.</source>
        <translation>Es wurde nichts gelöscht: Die alte Datei bleibt unverändert erhalten als
%1

Das Problem: %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="34"/>
        <source>A backup from %1 is available.</source>
        <translation>Eine Sicherung vom %1 ist vorhanden.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="39"/>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="41"/>
        <source>Start fresh</source>
        <translation>Neu beginnen</translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="55"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="58"/>
        <source>Export diary as CSV…</source>
        <translation>Tagebuch als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="59"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="134"/>
        <source>Export diary as CSV</source>
        <translation>Tagebuch als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="61"/>
        <source>Every night as one row of a spreadsheet file: for a backup, another computer or your clinician</source>
        <translation>Jede Nacht als eine Zeile einer Tabellendatei: als Sicherung, für einen anderen Computer oder für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="64"/>
        <source>Import diary from CSV…</source>
        <translation>Tagebuch aus CSV importieren…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="65"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="159"/>
        <source>Import diary from CSV</source>
        <translation>Tagebuch aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="67"/>
        <source>Read a diary CSV back; shows what would change and asks before changing anything</source>
        <translation>Liest eine Tagebuch-CSV ein; zeigt, was sich ändern würde, und fragt, bevor etwas geändert wird</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="70"/>
        <source>Export calendar (.ics)…</source>
        <translation>Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="71"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="149"/>
        <source>Export routine as calendar</source>
        <translation>Routine als Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="73"/>
        <source>Your routine as weekly calendar events with alarms, for a phone or calendar app</source>
        <translation>Ihre Routine als wöchentliche Kalendertermine mit Erinnerung, für Telefon oder Kalender-App</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="79"/>
        <source>File result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="84"/>
        <source>File problem</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="126"/>
        <source>Could not write {0}: {1}. Nothing was written.</source>
        <translation>{0} konnte nicht geschrieben werden: {1}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="135"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="160"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="141"/>
        <source>Wrote {0} night ({1} to {2}) to {3}.</source>
        <translation>{0} Nacht ({1} bis {2}) in {3} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="142"/>
        <source>Wrote {0} nights ({1} to {2}) to {3}.</source>
        <translation>{0} Nächte ({1} bis {2}) in {3} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="150"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="154"/>
        <source>Wrote your routine as a calendar to {0}.</source>
        <translation>Ihre Routine wurde als Kalender in {0} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="168"/>
        <source>Could not read {0}: {1}. Nothing was changed.</source>
        <translation>{0} konnte nicht gelesen werden: {1}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="174"/>
        <source>{0} was not imported: {1}. Nothing was changed.</source>
        <translation>{0} wurde nicht importiert: {1}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="180"/>
        <source>Nothing to import: every night in {0} is already in your diary as it is.</source>
        <translation>Nichts zu importieren: Jede Nacht aus {0} steht bereits genau so in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="184"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="191"/>
        <source>{0} could not be written into your diary; nothing was changed. Details are in rlsdesk.log in your data folder.</source>
        <translation>{0} konnte nicht in Ihr Tagebuch geschrieben werden; nichts wurde geändert. Einzelheiten stehen in rlsdesk.log in Ihrem Datenordner.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="194"/>
        <source>Imported {0}: {1} new night, {2} replaced.</source>
        <translation>{0} importiert: {1} neue Nacht, {2} ersetzt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="195"/>
        <source>Imported {0}: {1} new nights, {2} replaced.</source>
        <translation>{0} importiert: {1} neue Nächte, {2} ersetzt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="203"/>
        <source>Import {0} night ({1}) from {3}?</source>
        <translation>{0} Nacht ({1}) aus {3} importieren?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="204"/>
        <source>Import {0} nights ({1} to {2}) from {3}?</source>
        <translation>{0} Nächte ({1} bis {2}) aus {3} importieren?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="207"/>
        <source>New nights added: {0}
Nights replaced (their check-in, quick logs and done marks): {1}
Already the same: {2}

Nights not in the file are kept.</source>
        <translation>Neue Nächte: {0}
Ersetzte Nächte (ihr Check-in, ihre Schnelleinträge und Erledigt-Markierungen): {1}
Bereits gleich: {2}

Nächte, die nicht in der Datei stehen, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="213"/>
        <source>Import diary</source>
        <translation>Tagebuch importieren</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="111"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="113"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="129"/>
        <source>Right now</source>
        <translation>Gerade jetzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="131"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="134"/>
        <source>Legs acting up now</source>
        <translation>Beine melden sich gerade</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="136"/>
        <source>Notes the time your symptoms are bothering you; rlsdesk learns your evening from these moments</source>
        <translation>Hält die Uhrzeit fest, zu der Ihre Beschwerden Sie plagen; aus diesen Momenten lernt rlsdesk Ihren Abend kennen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="146"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="198"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="204"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="210"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="147"/>
        <source>How bad, 0 to 10 (optional)</source>
        <translation>Wie stark, 0 bis 10 (optional)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="149"/>
        <source>How bad (0-10, optional):</source>
        <translation>Wie stark (0–10, optional):</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="153"/>
        <source>Quick log result</source>
        <translation>Ergebnis des Schnelleintrags</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="161"/>
        <source>Night check-in</source>
        <translation>Check-in für die Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="168"/>
        <source>Night of (the evening&apos;s date)</source>
        <translation>Nacht vom (Datum des Abends)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="170"/>
        <source>Night of:</source>
        <translation>Nacht vom:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="174"/>
        <source>How bad was the night, 0 none to 10 worst</source>
        <translation>Wie schlimm war die Nacht, 0 gar nicht bis 10 am schlimmsten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="175"/>
        <source>How bad was the night:</source>
        <translation>Wie schlimm war die Nacht:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="179"/>
        <source>Symptoms started at</source>
        <translation>Beschwerden begannen um</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="180"/>
        <source>I know when symptoms started</source>
        <translation>Ich weiß, wann die Beschwerden begannen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="183"/>
        <source>When symptoms started</source>
        <translation>Wann die Beschwerden begannen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="191"/>
        <source>Onset:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="199"/>
        <source>Hours slept (optional)</source>
        <translation>Stunden geschlafen (optional)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="200"/>
        <source>Hours slept:</source>
        <translation>Stunden geschlafen:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="205"/>
        <source>Times woken (optional)</source>
        <translation>Wie oft aufgewacht (optional)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="206"/>
        <source>Times woken:</source>
        <translation>Wie oft aufgewacht:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="211"/>
        <source>IRLS total from your clinician (optional)</source>
        <translation>IRLS-Gesamtwert von Ihrer Ärztin oder Ihrem Arzt (optional)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="212"/>
        <source>Only if your clinician gave you an IRLS total (0-40).</source>
        <translation>Nur, wenn Ihre Ärztin oder Ihr Arzt Ihnen einen IRLS-Gesamtwert genannt hat (0–40).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="213"/>
        <source>IRLS total (from clinician):</source>
        <translation>IRLS-Gesamtwert (ärztlich):</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="216"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="260"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="218"/>
        <source>Anything you want to remember: a long drive, a late coffee…</source>
        <translation>Alles, was Sie sich merken möchten: eine lange Autofahrt, ein später Kaffee …</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="222"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="228"/>
        <source>Steps marked done that night</source>
        <translation>In dieser Nacht als erledigt markierte Schritte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="229"/>
        <source>From your routine:</source>
        <translation>Aus Ihrer Routine:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="232"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="234"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="237"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="238"/>
        <source>Delete this night&apos;s check-in</source>
        <translation>Check-in dieser Nacht löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="244"/>
        <source>Check-in result</source>
        <translation>Ergebnis des Check-ins</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="254"/>
        <source>Past nights (the last %1)</source>
        <translation>Vergangene Nächte (die letzten %1)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="257"/>
        <source>Slept (h)</source>
        <translation>Schlaf (Std.)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="259"/>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="259"/>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="259"/>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="259"/>
        <source>Woken</source>
        <translation>Aufgewacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="262"/>
        <source>Past nights</source>
        <translation>Vergangene Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="263"/>
        <source>Choose a night to edit its check-in above</source>
        <translation>Wählen Sie eine Nacht, um oben ihren Check-in zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="308"/>
        <source>Saving asks before replacing them with yours.</source>
        <translation>Beim Speichern werden Sie gefragt, bevor Ihre Werte sie ersetzen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="324"/>
        <source>This night was changed elsewhere: its check-in was deleted.</source>
        <translation>Diese Nacht wurde anderswo geändert: ihr Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="325"/>
        <source>This night was changed elsewhere: the saved values are %1.</source>
        <translation>Diese Nacht wurde anderswo geändert: gespeichert ist jetzt %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="330"/>
        <source>severity %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="332"/>
        <source>symptoms from %1</source>
        <translation>Beschwerden ab %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="334"/>
        <source>slept %1 h</source>
        <translation>%1 h geschlafen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="336"/>
        <source>woken %1 times</source>
        <translation>%1-mal aufgewacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="338"/>
        <source>IRLS total %1</source>
        <translation>IRLS-Summe %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="340"/>
        <source>note “%1”</source>
        <translation>Notiz „%1“</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="346"/>
        <source>Replace the changed check-in?</source>
        <translation>Geänderten Eintrag ersetzen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="348"/>
        <source>Replace them with the values in this form?</source>
        <translation>Durch die Werte in diesem Formular ersetzen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="368"/>
        <source>Noted: legs acting up at %1, severity %2.</source>
        <translation>Notiert: Beine melden sich um %1, Stärke %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="369"/>
        <source>Noted: legs acting up at %1.</source>
        <translation>Notiert: Beine melden sich um %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="393"/>
        <source>Editing the saved check-in.</source>
        <translation>Sie bearbeiten den gespeicherten Check-in.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="404"/>
        <source>Marked done: %1</source>
        <translation>Als erledigt markiert: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="405"/>
        <source>Nothing marked done that night (marks come from Tonight and reminders).</source>
        <translation>In dieser Nacht nichts als erledigt markiert (Markierungen kommen von „Heute Abend“ und aus den Erinnerungen).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="425"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="430"/>
        <source>Not saved: the form now shows the saved values.</source>
        <translation>Nicht gespeichert: Das Formular zeigt jetzt die gespeicherten Werte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="436"/>
        <source>Saved the night of %1.</source>
        <translation>Die Nacht vom %1 ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="444"/>
        <source>Delete check-in</source>
        <translation>Check-in löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="445"/>
        <source>Delete the check-in for the night of %1? Quick logs and done marks stay.</source>
        <translation>Den Check-in für die Nacht vom %1 löschen? Schnelleinträge und Erledigt-Markierungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="455"/>
        <source>Deleted the check-in for the night of %1.</source>
        <translation>Der Check-in für die Nacht vom %1 ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../rlsdesk/ui/errors.py" line="152"/>
        <source>Something did not work as it should. rlsdesk keeps running and your data is safe; what you were doing may need to be done again. Details for a helper are in %1.</source>
        <extracomment>Overrides that answer Qt with a value: on an error Qt&apos;s own implementation answers.</extracomment>
        <translation>Etwas hat nicht wie vorgesehen funktioniert. rlsdesk läuft weiter und Ihre Daten sind sicher; was Sie gerade getan haben, müssen Sie eventuell wiederholen. Einzelheiten für eine helfende Person stehen in %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/errors.py" line="171"/>
        <source>rlsdesk</source>
        <translation>rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/errors.py" line="172"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="32"/>
        <source>Welcome to rlsdesk</source>
        <translation>Willkommen bei rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="36"/>
        <source>Two questions so tonight&apos;s routine fits your evening. You can change both later in Settings, and rlsdesk learns your timing from what you log.</source>
        <translation>Zwei Fragen, damit die Routine für heute Abend zu Ihrem Abend passt. Sie können beides später in den Einstellungen ändern, und rlsdesk lernt Ihre Zeiten aus dem, was Sie eintragen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="43"/>
        <location filename="../../rlsdesk/ui/first_run.py" line="52"/>
        <source>Usual bedtime</source>
        <translation>Übliche Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="46"/>
        <source>When symptoms usually start</source>
        <translation>Wann die Beschwerden meist beginnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="47"/>
        <source>I&apos;m not sure yet</source>
        <translation>Weiß ich noch nicht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="48"/>
        <source>Not sure when symptoms start</source>
        <translation>Nicht sicher, wann die Beschwerden beginnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="53"/>
        <source>Legs usually start</source>
        <translation>Beine beginnen meist</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="58"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/first_run.py" line="61"/>
        <source>Skip for now</source>
        <translation>Jetzt überspringen</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <location filename="../../rlsdesk/notify/freedesktop.py" line="109"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>HelpsChart</name>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="26"/>
        <source>What seems to help</source>
        <translation>Was zu helfen scheint</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="56"/>
        <source>needs %1 nights done and %1 not done</source>
        <translation>braucht %1 Nächte mit und %1 ohne den Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="59"/>
        <source>No routine steps yet.</source>
        <translation>Noch keine Schritte in der Routine.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="61"/>
        <source>Not enough nights yet to compare any step (%1).</source>
        <translation>Noch zu wenige Nächte, um einen Schritt zu vergleichen (%1).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="63"/>
        <source>Not shown, not enough nights yet (%1): %2</source>
        <translation>Nicht gezeigt, noch zu wenige Nächte (%1): %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="85"/>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="128"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="85"/>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="129"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="95"/>
        <source>%1 nights</source>
        <translation>%1 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="95"/>
        <source>%1 night</source>
        <translation>%1 Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="120"/>
        <source>Mean severity of those nights, 0 to 10 (lower is milder)</source>
        <translation>Mittlere Stärke dieser Nächte, 0 bis 10 (niedriger ist milder)</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="57"/>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="59"/>
        <source>Insights</source>
        <extracomment>The periods to choose from, in nights (None: the whole diary); 90 nights by default.</extracomment>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="61"/>
        <source>Period shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="62"/>
        <source>Last 30 nights</source>
        <translation>Letzte 30 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="62"/>
        <source>Last 90 nights</source>
        <translation>Letzte 90 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="63"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="63"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="67"/>
        <source>Report for your clinician (PDF)…</source>
        <translation>Bericht für Ihre Ärztin oder Ihren Arzt (PDF)…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="68"/>
        <source>Save a report for your clinician as PDF</source>
        <translation>Einen Bericht für Ihre Ärztin oder Ihren Arzt als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="70"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="109"/>
        <source>Left and Right arrow keys (Home, End) or the pointer read each night&apos;s value.</source>
        <translation>Pfeiltasten links und rechts (Pos1, Ende) oder der Mauszeiger lesen den Wert jeder Nacht vor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="115"/>
        <source>How bad each night was</source>
        <translation>Wie schlimm jede Nacht war</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="117"/>
        <source>When symptoms started, and what the planner learned</source>
        <translation>Wann die Beschwerden begannen und was der Planer gelernt hat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="119"/>
        <source>Calendar of nights</source>
        <translation>Kalender der Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="121"/>
        <source>What seems to help</source>
        <translation>Was zu helfen scheint</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="122"/>
        <source>Arrow keys or the pointer read each step&apos;s comparison.</source>
        <translation>Pfeiltasten oder der Mauszeiger lesen den Vergleich jedes Schritts vor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="128"/>
        <source>What seems to help, in words</source>
        <translation>Was zu helfen scheint, in Worten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="135"/>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="139"/>
        <source>How often each step was done</source>
        <translation>Wie oft jeder Schritt erledigt wurde</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="183"/>
        <source>No routine steps yet.</source>
        <translation>Noch keine Schritte in der Routine.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="184"/>
        <source>No steps.</source>
        <translation>Keine Schritte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="192"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="209"/>
        <source>Save report for your clinician</source>
        <translation>Bericht für Ihre Ärztin oder Ihren Arzt speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="210"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="224"/>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="227"/>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <location filename="../../rlsdesk/ui/left_out.py" line="11"/>
        <source>%1 entry could not be read and is left out.</source>
        <translation>%1 Eintrag konnte nicht gelesen werden und wird weggelassen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/left_out.py" line="12"/>
        <source>%1 entries could not be read and are left out.</source>
        <translation>%1 Einträge konnten nicht gelesen werden und werden weggelassen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rlsdesk/ui/main_window.py" line="49"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/main_window.py" line="50"/>
        <source>Choose a part of rlsdesk to show</source>
        <translation>Wählen Sie, welchen Teil von rlsdesk Sie sehen möchten</translation>
    </message>
</context>
<context>
    <name>OnsetChart</name>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="41"/>
        <source>Onset times and the planner</source>
        <translation>Beginn der Beschwerden und der Planer</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="69"/>
        <source>%1: no onset logged</source>
        <translation>%1: kein Beginn eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="71"/>
        <source>%1: symptoms started %2</source>
        <translation>%1: Beschwerden begannen um %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="75"/>
        <source>; the planner expected %1</source>
        <translation>; der Planer erwartete %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="80"/>
        <source>first symptoms: middle half of the nights, and the median</source>
        <translation>erste Beschwerden: mittlere Hälfte der Nächte und Median</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="82"/>
        <source>first symptoms each night</source>
        <translation>erste Beschwerden jeder Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="84"/>
        <source>usually worst %1 to %2 (tonight&apos;s estimate)</source>
        <translation>meist am schlimmsten %1 bis %2 (Schätzung für heute Nacht)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="86"/>
        <source>what the planner expected</source>
        <translation>was der Planer erwartete</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="167"/>
        <source>No onset times logged in this period</source>
        <translation>In diesem Zeitraum kein Beginn eingetragen</translation>
    </message>
</context>
<context>
    <name>PeakText</name>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="20"/>
        <source>%1 of %2 nights logged</source>
        <translation>%1 von %2 Nächten eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="26"/>
        <source>from %1 nights, symptoms usually start around %2</source>
        <translation>laut %1 Nächten beginnen die Beschwerden meist gegen %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="29"/>
        <source>from your setting, symptoms usually start around %1 (%2)</source>
        <translation>nach Ihrer Einstellung beginnen die Beschwerden meist gegen %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="33"/>
        <source>no personal data yet, so a typical evening: symptoms start around %1, worst %2 to %3</source>
        <translation>noch keine eigenen Daten, daher ein typischer Abend: Beschwerden ab etwa %1, am stärksten %2 bis %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="40"/>
        <source>; moving there gradually, tonight %1</source>
        <translation>; die Zeit rückt allmählich dorthin, heute Abend %1</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="319"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="319"/>
        <source>late: was due %1</source>
        <translation>verspätet: war um %1 fällig</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="320"/>
        <source>snoozed reminder</source>
        <translation>verschobene Erinnerung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="322"/>
        <source>How was the night of %1? Severity, when symptoms started, sleep: a minute in the Diary.</source>
        <translation>Wie war die Nacht vom %1? Stärke, Beginn der Beschwerden, Schlaf: eine Minute im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="325"/>
        <source>Morning check-in</source>
        <translation>Check-in am Morgen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="327"/>
        <source>Check in</source>
        <translation>Zum Check-in</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="329"/>
        <location filename="../../rlsdesk/reminders/service.py" line="498"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="330"/>
        <source>Snooze %1 min</source>
        <translation>%1 Min. später</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="331"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="452"/>
        <source>%1 at %2 (snoozed)</source>
        <translation>%1 um %2 (verschoben)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="452"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="492"/>
        <source>Stand up, walk or stretch your legs for a minute or two.</source>
        <translation>Stehen Sie auf, gehen Sie ein paar Schritte oder dehnen Sie für ein, zwei Minuten die Beine.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="493"/>
        <source>Long sit: prompt %1 of %2, until %3.</source>
        <translation>Langes Sitzen: Erinnerung %1 von %2, bis %3.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="497"/>
        <source>Time to move</source>
        <translation>Zeit für etwas Bewegung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="499"/>
        <source>Stop long sit</source>
        <translation>Langes Sitzen beenden</translation>
    </message>
</context>
<context>
    <name>ReminderTrayMenu</name>
    <message>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="29"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="30"/>
        <source>Snooze %1 min</source>
        <translation>%1 Min. später</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="31"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="37"/>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="63"/>
        <source>Long sit...</source>
        <translation>Langes Sitzen...</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="41"/>
        <source>%1 h, a reminder to move every %2 min</source>
        <translation>%1 Std., alle %2 Min. eine Erinnerung zur Bewegung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="46"/>
        <source>Stop long sit</source>
        <translation>Langes Sitzen beenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="59"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/tray_menu.py" line="66"/>
        <source>Long sit (until %1)...</source>
        <translation>Langes Sitzen (bis %1)...</translation>
    </message>
</context>
<context>
    <name>RlsDeskApp</name>
    <message>
        <location filename="../../rlsdesk/app.py" line="101"/>
        <source>Tonight</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="102"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="103"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="104"/>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="105"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="106"/>
        <source>About</source>
        <translation>Über rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="315"/>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="316"/>
        <source>The backup from %1 could not be restored. Details are in %2.</source>
        <translation>Die Sicherung vom %1 konnte nicht wiederhergestellt werden. Einzelheiten stehen in %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="345"/>
        <source>Noted: legs acting up at %1.</source>
        <translation>Notiert: Beine melden sich um %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="380"/>
        <source>rlsdesk is still running</source>
        <translation>rlsdesk läuft weiter</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="381"/>
        <source>Reminders keep coming from the tray. Choose Quit in its menu to stop.</source>
        <translation>Erinnerungen kommen weiterhin aus dem Infobereich. Zum Beenden wählen Sie dort im Menü „rlsdesk beenden“.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="388"/>
        <source>rlsdesk will close</source>
        <translation>rlsdesk wird beendet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="389"/>
        <source>No system tray was found on this desktop, so rlsdesk cannot keep running in the background. It will close now, and reminders stop until you open it again.</source>
        <translation>Auf diesem Desktop gibt es keinen Infobereich, deshalb kann rlsdesk nicht im Hintergrund weiterlaufen. Es wird jetzt beendet, und Erinnerungen kommen erst wieder, wenn Sie es erneut öffnen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="413"/>
        <source>All your rlsdesk data was deleted. rlsdesk will close now.</source>
        <translation>Alle Ihre rlsdesk-Daten wurden gelöscht. rlsdesk wird jetzt beendet.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="471"/>
        <source>rlsdesk cannot start</source>
        <translation>rlsdesk kann nicht starten</translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="61"/>
        <source>Your evening steps, in order. Untick a step to leave it out for now.</source>
        <translation>Ihre Schritte am Abend, der Reihe nach. Entfernen Sie das Häkchen, um einen Schritt vorerst auszulassen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="68"/>
        <source>Routine steps</source>
        <translation>Schritte der Routine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="70"/>
        <source>Space turns a step on or off; Enter edits it; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Die Leertaste schaltet einen Schritt ein oder aus, die Eingabetaste bearbeitet ihn, Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben ihn</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="74"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="74"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="74"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="74"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="90"/>
        <source>Add step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="90"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="91"/>
        <source>Choose a kind of step to add (Ctrl+N)</source>
        <translation>Wählen Sie, welche Art von Schritt Sie hinzufügen möchten (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="94"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="94"/>
        <source>Edit the selected step</source>
        <translation>Den gewählten Schritt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="94"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="97"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="97"/>
        <source>Move the selected step up</source>
        <translation>Den gewählten Schritt nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="97"/>
        <source>Ctrl+Up</source>
        <translation>Strg+Pfeil nach oben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="100"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="100"/>
        <source>Move the selected step down</source>
        <translation>Den gewählten Schritt nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="101"/>
        <source>Ctrl+Down</source>
        <translation>Strg+Pfeil nach unten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="104"/>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="375"/>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="104"/>
        <source>Turn the selected step on or off</source>
        <translation>Den gewählten Schritt ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="105"/>
        <source>Space in the list</source>
        <translation>Leertaste in der Liste</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="108"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="108"/>
        <source>Delete the selected step</source>
        <translation>Den gewählten Schritt löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="109"/>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Entf-Taste; Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="122"/>
        <source>Deleted step</source>
        <translation>Gelöschter Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="124"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="124"/>
        <source>Undo the delete</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="124"/>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="128"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="128"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="151"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="191"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="191"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="295"/>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="310"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="375"/>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="71"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="75"/>
        <source>Usual bedtime</source>
        <translation>Übliche Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="77"/>
        <source>I know when my legs usually start</source>
        <translation>Ich weiß, wann die Beschwerden in den Beinen meist beginnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="78"/>
        <source>Use my own usual onset</source>
        <translation>Meinen eigenen üblichen Beginn verwenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="79"/>
        <source>Otherwise rlsdesk uses a typical evening until it learns from your log</source>
        <translation>Sonst geht rlsdesk von einem typischen Abend aus, bis es aus Ihren Einträgen lernt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="81"/>
        <source>Usual symptom onset</source>
        <translation>Üblicher Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="82"/>
        <source>Your evening</source>
        <translation>Ihr Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="84"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="86"/>
        <source>Legs usually start</source>
        <translation>Beine beginnen meist</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="89"/>
        <source>Reminder style</source>
        <translation>Art der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="90"/>
        <source>Desktop notification with buttons</source>
        <translation>Desktop-Benachrichtigung mit Schaltflächen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="91"/>
        <source>Message from the tray icon</source>
        <translation>Meldung vom Symbol im Infobereich</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="92"/>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="93"/>
        <source>No reminders between these times</source>
        <translation>Keine Erinnerungen zwischen diesen Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="94"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="95"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="102"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="105"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="106"/>
        <source>Morning check-in reminder</source>
        <translation>Morgendliche Check-in-Erinnerung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="107"/>
        <source>Each morning, if last night has no check-in yet, a reminder that opens the Diary&apos;s check-in</source>
        <translation>Jeden Morgen, wenn es für die letzte Nacht noch keinen Check-in gibt, eine Erinnerung, die den Check-in im Tagebuch öffnet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="110"/>
        <source>Morning check-in reminder time</source>
        <translation>Uhrzeit der morgendlichen Check-in-Erinnerung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="113"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="116"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="118"/>
        <source>Style</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="124"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="142"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="125"/>
        <source>Automatic: night look before bed</source>
        <translation>Automatisch: Nachtdesign vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="126"/>
        <source>Always the night look</source>
        <translation>Immer das Nachtdesign</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="127"/>
        <source>Never: follow the system</source>
        <translation>Nie: wie das System</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="128"/>
        <source>Night look starts, minutes before bed</source>
        <translation>Nachtdesign beginnt, Minuten vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="131"/>
        <source> min before bed</source>
        <translation> Min. vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="132"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="144"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="135"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="145"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="136"/>
        <source>Takes effect the next time rlsdesk starts</source>
        <translation>Gilt ab dem nächsten Start von rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="137"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="140"/>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="143"/>
        <source>Night look</source>
        <translation>Nachtdesign</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="148"/>
        <source>Start rlsdesk in the tray when I log in</source>
        <translation>rlsdesk beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="149"/>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="150"/>
        <source>Start-up</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="154"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="155"/>
        <source>Backup to restore</source>
        <translation>Sicherung zum Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="156"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="157"/>
        <source>Restore the chosen backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="158"/>
        <source>Delete all data…</source>
        <translation>Alle Daten löschen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="159"/>
        <source>Delete all data</source>
        <translation>Alle Daten löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="160"/>
        <source>Removes your diary, routine and backups</source>
        <translation>Entfernt Ihr Tagebuch, Ihre Routine und Ihre Sicherungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="164"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="255"/>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="288"/>
        <source>Evening times saved; tonight&apos;s plan is updated.</source>
        <translation>Abendzeiten gespeichert; der Plan für heute Abend ist angepasst.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="300"/>
        <source>Quiet hours: the start and end are the same time. Choose a different end; nothing was saved.</source>
        <translation>Ruhezeiten: Beginn und Ende sind dieselbe Uhrzeit. Wählen Sie ein anderes Ende; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="306"/>
        <source>Reminder settings saved.</source>
        <translation>Einstellungen für Erinnerungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="315"/>
        <source>Morning check-in reminder on: {0}, when last night has no check-in yet.</source>
        <translation>Morgendliche Check-in-Erinnerung an: {0}, wenn es für die letzte Nacht noch keinen Check-in gibt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="317"/>
        <source>Morning check-in reminder off.</source>
        <translation>Morgendliche Check-in-Erinnerung aus.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="329"/>
        <source>The language changes the next time rlsdesk starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von rlsdesk.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="330"/>
        <source>Look saved.</source>
        <translation>Aussehen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="338"/>
        <source>Could not change start at login: {0}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="341"/>
        <source>rlsdesk will start in the tray when you log in.</source>
        <translation>rlsdesk startet beim Anmelden im Infobereich.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="342"/>
        <source>rlsdesk will not start at login.</source>
        <translation>rlsdesk startet nicht beim Anmelden.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="353"/>
        <source>The backup failed: {0}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="356"/>
        <source>Backup written: {0}</source>
        <translation>Sicherung geschrieben: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="363"/>
        <source>Restore a backup?</source>
        <translation>Eine Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="364"/>
        <source>Replace your current data with the backup from {0}? Your current data is kept beside the backups first.</source>
        <translation>Ihre jetzigen Daten durch die Sicherung vom {0} ersetzen? Ihre jetzigen Daten werden vorher neben den Sicherungen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="372"/>
        <source>The backup could not be restored: {0}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="375"/>
        <source>Restored. Your previous data was kept as {0}.</source>
        <translation>Wiederhergestellt. Ihre bisherigen Daten wurden als {0} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="382"/>
        <source>Delete all data?</source>
        <translation>Alle Daten löschen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="383"/>
        <source>Delete your whole diary, routine, settings and backups?</source>
        <translation>Ihr ganzes Tagebuch, Ihre Routine, Ihre Einstellungen und Sicherungen löschen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="385"/>
        <source>This cannot be undone. rlsdesk will close afterwards. Consider exporting your diary first.</source>
        <translation>Das lässt sich nicht rückgängig machen. rlsdesk wird danach beendet. Exportieren Sie Ihr Tagebuch am besten vorher.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="387"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="388"/>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
</context>
<context>
    <name>SeverityChart</name>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="41"/>
        <source>Severity over time</source>
        <translation>Stärke im Verlauf</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="71"/>
        <source>%1: nothing logged</source>
        <translation>%1: nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="73"/>
        <source>%1: not rated</source>
        <translation>%1: nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="75"/>
        <source>%1: severity %2 of 10</source>
        <translation>%1: Stärke %2 von 10</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="79"/>
        <source>; %1-night average %2</source>
        <translation>; Durchschnitt über %1 Nächte %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="83"/>
        <source>; done: %1</source>
        <translation>; erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="85"/>
        <source>; no steps marked done</source>
        <translation>; keine Schritte als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="142"/>
        <source>middle half of the nights&apos; ratings (0 to 10)</source>
        <translation>mittlere Hälfte der Bewertungen (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="145"/>
        <source>each night&apos;s rating (0 to 10)</source>
        <translation>Bewertung jeder Nacht (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="149"/>
        <source>%1-night average</source>
        <translation>Durchschnitt über %1 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="168"/>
        <source>No nights rated in this period</source>
        <translation>Keine Nacht in diesem Zeitraum bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="218"/>
        <source>Steps marked done (a mark for each night)</source>
        <translation>Als erledigt markierte Schritte (ein Strich pro Nacht)</translation>
    </message>
</context>
<context>
    <name>SeverityScale</name>
    <message>
        <location filename="../../rlsdesk/ui/severity_scale.py" line="33"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/severity_scale.py" line="34"/>
        <source>worst</source>
        <translation>am schlimmsten</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="50"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="64"/>
        <source>Please fill this in.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="54"/>
        <source>Choose a number from %1 to %2.</source>
        <translation>Wählen Sie eine Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="55"/>
        <source>Choose a number from %1 to %2 %3.</source>
        <translation>Wählen Sie eine Zahl von %1 bis %2 %3.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="57"/>
        <source>Please keep it to %1 characters or fewer.</source>
        <translation>Bitte höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="60"/>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="63"/>
        <source>Choose at least one stretch.</source>
        <translation>Wählen Sie mindestens eine Dehnübung.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="66"/>
        <source>Please enter a whole number.</source>
        <translation>Bitte geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="114"/>
        <source>Edit step</source>
        <translation>Schritt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="114"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="135"/>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="140"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="140"/>
        <source>Save the step</source>
        <translation>Den Schritt speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="141"/>
        <source>Saves the step; it is disabled while a field needs fixing</source>
        <translation>Speichert den Schritt; nicht verfügbar, solange ein Feld korrigiert werden muss</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="146"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="146"/>
        <source>Closes without saving</source>
        <translation>Schließt, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="224"/>
        <source>Problem with %1</source>
        <translation>Problem bei %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="253"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="260"/>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="261"/>
        <source>rlsdesk records the name and the time; it gives no advice on medicines</source>
        <translation>rlsdesk hält den Namen und die Uhrzeit fest; es gibt keinen Rat zu Medikamenten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="271"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="272"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="282"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="335"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="273"/>
        <source>Minutes before</source>
        <translation>Minuten vorher</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="280"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="284"/>
        <source>Takes</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="285"/>
        <source>How many minutes the step takes; 0 for a quick one</source>
        <translation>Wie viele Minuten der Schritt dauert; 0 für einen kurzen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="301"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="302"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="304"/>
        <source>Include this step in my evenings</source>
        <translation>Diesen Schritt in meine Abende aufnehmen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="306"/>
        <source>Step is on</source>
        <translation>Schritt ist eingeschaltet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="308"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="314"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="315"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="316"/>
        <source>Magnesium per dose in milligrams</source>
        <translation>Magnesium pro Dosis in Milligramm</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="319"/>
        <source>Citrate</source>
        <translation>Citrat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="320"/>
        <source>Glycinate</source>
        <translation>Glycinat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="321"/>
        <source>Oxide</source>
        <translation>Oxid</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="322"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="330"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="333"/>
        <source>Cycles</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="334"/>
        <source>How many times to go from heat to cold</source>
        <translation>Wie oft von Wärme zu Kälte gewechselt wird</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="336"/>
        <source>Minutes each</source>
        <translation>Minuten je</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="337"/>
        <source>Minutes for each heat pack and each cold pack</source>
        <translation>Minuten für jede Wärme- und jede Kältepackung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="349"/>
        <source>Habit</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="372"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="374"/>
        <source>Seconds for %1</source>
        <translation>Sekunden für %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="381"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="382"/>
        <source>Stretches</source>
        <translation>Dehnübungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="383"/>
        <source>Tick the stretches to do, in this order, and how long to hold each</source>
        <translation>Haken Sie die Dehnübungen an, die Sie in dieser Reihenfolge machen möchten, und wählen Sie, wie lange Sie jede halten</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="90"/>
        <source>Notes</source>
        <extracomment>A step stays &quot;next&quot; this long after its time (or for its length, if longer).</extracomment>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="99"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="99"/>
        <source>Start: %1</source>
        <translation>Starten: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="100"/>
        <source>Opens a guided timer for this step</source>
        <translation>Öffnet einen geführten Timer für diesen Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="103"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="103"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="104"/>
        <source>Marks this step as done tonight</source>
        <translation>Markiert diesen Schritt für heute Abend als erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="107"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="107"/>
        <source>Skip: %1</source>
        <translation>Auslassen: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="108"/>
        <source>Leaves this step out tonight</source>
        <translation>Lässt diesen Schritt heute Abend aus</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="140"/>
        <source>Done ✓</source>
        <translation>Erledigt ✓</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="141"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="142"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="143"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="144"/>
        <source>Reminded</source>
        <translation>Erinnert</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="17"/>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="18"/>
        <source>Warm bath</source>
        <translation>Warmes Bad</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="19"/>
        <source>Heat pack</source>
        <translation>Wärmepackung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="20"/>
        <source>Cold pack</source>
        <translation>Kältepackung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="21"/>
        <source>Heat and cold packs</source>
        <translation>Wärme- und Kältepackungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="22"/>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="23"/>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="24"/>
        <source>Sleep habit</source>
        <translation>Schlafgewohnheit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="25"/>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="26"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="27"/>
        <source>My own step</source>
        <translation>Eigener Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="34"/>
        <source>before symptoms usually start</source>
        <translation>vor dem üblichen Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="35"/>
        <source>before bed</source>
        <translation>vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="36"/>
        <source>at a clock time</source>
        <translation>zu einer festen Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="44"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="47"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="48"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="54"/>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="57"/>
        <source>when symptoms usually start</source>
        <translation>zum üblichen Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="58"/>
        <source>%1 before symptoms usually start</source>
        <translation>%1 vor dem üblichen Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="61"/>
        <source>at bedtime</source>
        <translation>zur Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="62"/>
        <source>%1 before bed</source>
        <translation>%1 vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="73"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="75"/>
        <source>Weekdays</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="77"/>
        <source>Weekends</source>
        <translation>Am Wochenende</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="84"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="87"/>
        <source>in %1 min</source>
        <translation>in %1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="90"/>
        <source>in %1 h</source>
        <translation>in %1 Std.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="91"/>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="44"/>
        <location filename="../../rlsdesk/ui/template_picker.py" line="84"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="50"/>
        <source>Kinds of step</source>
        <translation>Arten von Schritten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="52"/>
        <source>Each kind with why it may help and where that comes from</source>
        <translation>Jede Art mit dem Grund, warum sie helfen kann, und woher das stammt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="67"/>
        <source>Choose a step, then adjust it to suit you.</source>
        <translation>Wählen Sie einen Schritt und passen Sie ihn dann an sich an.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="70"/>
        <source>Next…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="70"/>
        <source>Set up the chosen step</source>
        <translation>Den gewählten Schritt einrichten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="71"/>
        <source>Opens the chosen step so you can adjust it before saving</source>
        <translation>Öffnet den gewählten Schritt, damit Sie ihn vor dem Speichern anpassen können</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="75"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="56"/>
        <source>Tonight&apos;s timeline</source>
        <translation>Zeitleiste für heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="85"/>
        <source>%1 step tonight; symptoms usually start around %2; bedtime %3</source>
        <translation>%1 Schritt heute Abend; Beschwerden beginnen meist gegen %2; Schlafenszeit %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="86"/>
        <source>%1 steps tonight; symptoms usually start around %2; bedtime %3</source>
        <translation>%1 Schritte heute Abend; Beschwerden beginnen meist gegen %2; Schlafenszeit %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="143"/>
        <source>usually worst</source>
        <translation>meist am schlimmsten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="162"/>
        <source>usually starts %1</source>
        <translation>beginnt meist um %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="254"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>TimerPhases</name>
    <message>
        <location filename="../../rlsdesk/ui/timers/phases.py" line="66"/>
        <source>Heat</source>
        <extracomment>Kinds that have a guided timer (when they last at least a minute, for plain ones).</extracomment>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/phases.py" line="67"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="54"/>
        <source>Guided timer: %1</source>
        <translation>Geführter Timer: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="72"/>
        <source>Picture of the stretch</source>
        <translation>Bild der Dehnübung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="77"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="89"/>
        <location filename="../../rlsdesk/ui/timers/window.py" line="226"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="89"/>
        <source>Pause or resume</source>
        <translation>Anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="90"/>
        <source>Space pauses and resumes the timer</source>
        <translation>Die Leertaste hält den Timer an und setzt ihn fort</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="93"/>
        <source>Next (Enter)</source>
        <translation>Weiter (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="93"/>
        <source>Next part</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="94"/>
        <source>Enter moves on to the next part now</source>
        <translation>Die Eingabetaste geht gleich zum nächsten Abschnitt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="97"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="97"/>
        <source>Close the timer</source>
        <translation>Den Timer schließen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="98"/>
        <source>Esc closes the timer</source>
        <translation>Esc schließt den Timer</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="195"/>
        <source>cycle %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="198"/>
        <source>stretch %1 of %2</source>
        <translation>Dehnübung %1 von %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="206"/>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="215"/>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="217"/>
        <source>This is the last part</source>
        <translation>Das ist der letzte Abschnitt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="226"/>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="228"/>
        <source>Paused. Press Space to carry on.</source>
        <translation>Angehalten. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="234"/>
        <location filename="../../rlsdesk/ui/timers/window.py" line="235"/>
        <source>All done</source>
        <translation>Alles geschafft</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timers/window.py" line="240"/>
        <source>Well done. Press Esc to close.</source>
        <translation>Gut gemacht. Mit Esc schließen Sie den Timer.</translation>
    </message>
</context>
<context>
    <name>TonightPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="211"/>
        <source>Warnings for tonight</source>
        <translation>Hinweise für heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="229"/>
        <source>Tonight&apos;s steps</source>
        <translation>Schritte für heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="230"/>
        <source>No steps tonight. Add some on the Routine page.</source>
        <translation>Heute Abend keine Schritte. Sie können auf der Seite „Routine“ welche hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="234"/>
        <source>Tonight</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="260"/>
        <source>Your evening pattern: %1</source>
        <translation>Ihr Muster am Abend: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="316"/>
        <source>Nothing more tonight. Rest well.</source>
        <translation>Heute Abend nichts mehr. Erholen Sie sich gut.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="322"/>
        <source>Next: %1 at %2, %3</source>
        <translation>Als Nächstes: %1 um %2, %3</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="23"/>
        <source>Open rlsdesk</source>
        <translation>rlsdesk öffnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="24"/>
        <source>Next: nothing planned</source>
        <translation>Als Nächstes: nichts geplant</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="29"/>
        <source>Legs acting up now</source>
        <translation>Beine melden sich gerade</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="31"/>
        <source>Pause reminders tonight</source>
        <translation>Erinnerungen heute Abend pausieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="36"/>
        <source>Quit rlsdesk</source>
        <translation>rlsdesk beenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="59"/>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="59"/>
        <source>Next: nothing more tonight</source>
        <translation>Heute Abend nichts mehr</translation>
    </message>
</context>
</TS>
