<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="44"/>
        <source>About rlsdesk</source>
        <translation>Über rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="46"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>rlsdesk is a self-care diary and reminder tool for restless legs syndrome. It records what you log and reminds you of the routine you chose. It is not medical advice: it does not diagnose, treat, or suggest doses beyond the cited safety limits. Talk to your clinician about symptoms and treatment.</source>
        <translation type="vanished">rlsdesk ist ein Tagebuch und eine Erinnerungshilfe für die Selbstfürsorge beim Restless-Legs-Syndrom. Es hält fest, was Sie eintragen, und erinnert Sie an die Routine, die Sie gewählt haben. Es ist keine medizinische Beratung: Es stellt keine Diagnose, behandelt nicht und schlägt keine Dosierungen über die genannten Sicherheitsgrenzen hinaus vor. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Beschwerden und Behandlung.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="35"/>
        <source>%1
Source: %2</source>
        <translation>%1
Quelle: %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="49"/>
        <source>rlsdesk is a self-care diary and reminder tool for restless legs syndrome. It records what you log and reminds you of the routine you chose. It is not medical advice: it does not diagnose or treat, and it never suggests a dose, a product or a change to a medicine. Doses you enter come from the label or from your clinician; rlsdesk only checks them against the cited safety limits. Talk to your clinician about symptoms and treatment.</source>
        <translation>rlsdesk ist ein Tagebuch und eine Erinnerungshilfe für die Selbstfürsorge beim Restless-Legs-Syndrom. Es hält fest, was Sie eintragen, und erinnert Sie an die Routine, die Sie gewählt haben. Es ist keine medizinische Beratung: Es stellt keine Diagnose, behandelt nicht und schlägt nie eine Dosis, ein Produkt oder eine Änderung an einem Medikament vor. Dosierungen, die Sie eintragen, stammen vom Etikett oder von Ihrer Ärztin oder Ihrem Arzt; rlsdesk prüft sie nur gegen die genannten Sicherheitsgrenzen. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Beschwerden und Behandlung.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="60"/>
        <source>Your data stays on this computer. rlsdesk makes no network connections.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. rlsdesk stellt keine Netzwerkverbindungen her.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="63"/>
        <source>Your data lives in: {0}</source>
        <translation>Ihre Daten liegen in: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="66"/>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="67"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="68"/>
        <source>Show the folder with your rlsdesk data</source>
        <translation>Zeigt den Ordner mit Ihren rlsdesk-Daten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="71"/>
        <source>Iron and restless legs</source>
        <translation>Eisen und unruhige Beine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="81"/>
        <source>Questions for your clinician</source>
        <translation>Fragen für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="97"/>
        <source>Sources of the guidance rlsdesk shows</source>
        <translation>Quellen der Hinweise in rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="100"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/about_page.py" line="101"/>
        <source>Every source the app&apos;s guidance cites</source>
        <translation>Alle Quellen, auf die sich die Hinweise der App stützen</translation>
    </message>
</context>
<context>
    <name>BloodTestNote</name>
    <message>
        <location filename="../../rlsdesk/ui/blood_test_note.py" line="28"/>
        <source>Blood test tomorrow morning</source>
        <translation>Blutabnahme morgen früh</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/blood_test_note.py" line="41"/>
        <source>Reminder at %1 tonight.</source>
        <translation>Erinnerung heute Abend um %1.</translation>
    </message>
</context>
<context>
    <name>CalendarChart</name>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="59"/>
        <source>Calendar of nights</source>
        <translation>Kalender der Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="84"/>
        <source>%1: nothing logged</source>
        <translation>%1: nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="85"/>
        <source>%1: not rated</source>
        <translation>%1: nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="86"/>
        <source>%1: severity %2 of 10</source>
        <translation>%1: Stärke %2 von 10</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="91"/>
        <source>; %1 of %2 planned step done</source>
        <translation>; %1 von %2 geplanten Schritt erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="92"/>
        <source>; %1 of %2 planned steps done</source>
        <translation>; %1 von %2 geplanten Schritten erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="97"/>
        <source>Severity (0 to 10)</source>
        <translation>Stärke (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="97"/>
        <source>Share of planned steps done</source>
        <translation>Anteil erledigter geplanter Schritte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="229"/>
        <source>No nights rated in this period</source>
        <translation>Keine Nacht in diesem Zeitraum bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="111"/>
        <source>%1 to %2; an empty square: nothing logged</source>
        <translation>%1 bis %2; ein leeres Feld: nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="100"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/calendar.py" line="100"/>
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
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="52"/>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="53"/>
        <source>backup you made</source>
        <translation>von Ihnen erstellte Sicherung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="54"/>
        <source>your data before a restore</source>
        <translation>Ihre Daten vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/data_dialogs.py" line="56"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="61"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="64"/>
        <source>Export diary as CSV…</source>
        <translation>Tagebuch als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="65"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="163"/>
        <source>Export diary as CSV</source>
        <translation>Tagebuch als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="67"/>
        <source>Every night as one row of a spreadsheet file: for a backup, another computer or your clinician</source>
        <translation>Jede Nacht als eine Zeile einer Tabellendatei: als Sicherung, für einen anderen Computer oder für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="70"/>
        <source>Import diary from CSV…</source>
        <translation>Tagebuch aus CSV importieren…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="71"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="190"/>
        <source>Import diary from CSV</source>
        <translation>Tagebuch aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="73"/>
        <source>Read a diary CSV back; shows what would change and asks before changing anything</source>
        <translation>Liest eine Tagebuch-CSV ein; zeigt, was sich ändern würde, und fragt, bevor etwas geändert wird</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="76"/>
        <source>Export calendar (.ics)…</source>
        <translation>Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="77"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="181"/>
        <source>Export routine as calendar</source>
        <translation>Routine als Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="79"/>
        <source>Your routine as weekly calendar events with alarms, for a phone or calendar app</source>
        <translation>Ihre Routine als wöchentliche Kalendertermine mit Erinnerung, für Telefon oder Kalender-App</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="81"/>
        <source>Export lab results…</source>
        <translation>Laborwerte exportieren…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="82"/>
        <source>Export lab results as CSV</source>
        <translation>Laborwerte als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="84"/>
        <source>Your lab results, one per row (date, test, value, unit), in their own CSV file</source>
        <translation>Ihre Laborwerte, einer je Zeile (Datum, Test, Wert, Einheit), in einer eigenen CSV-Datei</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="86"/>
        <source>Import lab results…</source>
        <translation>Laborwerte importieren…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="87"/>
        <source>Import lab results from CSV</source>
        <translation>Laborwerte aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="89"/>
        <source>Read a lab file back; each date in it replaces that date&apos;s results, after asking</source>
        <translation>Eine Labordatei wieder einlesen; jedes Datum darin ersetzt nach Rückfrage die Werte dieses Datums</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="94"/>
        <source>File result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="95"/>
        <source>File problem</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="143"/>
        <source>{0} is in rlsdesk&apos;s own data folder; choose a file elsewhere. Nothing was written.</source>
        <translation>{0} liegt im Datenordner von rlsdesk; wählen Sie eine Datei an anderer Stelle. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="146"/>
        <source>{0} is a folder; give a file name. Nothing was written.</source>
        <translation>{0} ist ein Ordner; geben Sie einen Dateinamen an. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="149"/>
        <source>{0} is not an ordinary file. Nothing was written.</source>
        <translation>{0} ist keine gewöhnliche Datei. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="152"/>
        <source>Could not write {0}: its folder does not exist. Nothing was written.</source>
        <translation>{0} konnte nicht geschrieben werden: Der Ordner existiert nicht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="155"/>
        <source>{0} appeared while writing; it was kept. Nothing was written.</source>
        <translation>{0} ist während des Schreibens entstanden und wurde behalten. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="157"/>
        <source>Could not write {0}: {1}. Nothing was written.</source>
        <translation>{0} konnte nicht geschrieben werden: {1}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="164"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="227"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="257"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="170"/>
        <source>Wrote {0} night ({1} to {2}) to {3}.</source>
        <translation>{0} Nacht ({1} bis {2}) in {3} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="171"/>
        <source>Wrote {0} nights ({1} to {2}) to {3}.</source>
        <translation>{0} Nächte ({1} bis {2}) in {3} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="182"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="186"/>
        <source>Wrote your routine as a calendar to {0}.</source>
        <translation>Ihre Routine wurde als Kalender in {0} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="242"/>
        <source>Could not read {0}: {1}. Nothing was changed.</source>
        <translation>{0} konnte nicht gelesen werden: {1}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="246"/>
        <source>{0} is too large to import. Nothing was changed.</source>
        <translation>{0} ist zu groß zum Importieren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="249"/>
        <source>{0} is not an ordinary file. Nothing was changed.</source>
        <translation>{0} ist keine gewöhnliche Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="197"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="273"/>
        <source>{0} was not imported: {1}. Nothing was changed.</source>
        <translation>{0} wurde nicht importiert: {1}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="203"/>
        <source>Nothing to import: every night in {0} is already in your diary as it is.</source>
        <translation>Nichts zu importieren: Jede Nacht aus {0} steht bereits genau so in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="207"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="295"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="214"/>
        <source>{0} could not be written into your diary; nothing was changed. Details are in rlsdesk.log in your data folder.</source>
        <translation>{0} konnte nicht in Ihr Tagebuch geschrieben werden; nichts wurde geändert. Einzelheiten stehen in rlsdesk.log in Ihrem Datenordner.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="217"/>
        <source>Imported {0}: {1} new night, {2} replaced.</source>
        <translation>{0} importiert: {1} neue Nacht, {2} ersetzt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="218"/>
        <source>Imported {0}: {1} new nights, {2} replaced.</source>
        <translation>{0} importiert: {1} neue Nächte, {2} ersetzt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="256"/>
        <source>Export lab results</source>
        <translation>Laborwerte exportieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="262"/>
        <source>Wrote {0} lab result to {1}.</source>
        <translation>{0} Laborwert in {1} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="263"/>
        <source>Wrote {0} lab results to {1}.</source>
        <translation>{0} Laborwerte in {1} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="266"/>
        <location filename="../../rlsdesk/ui/diary_files.py" line="292"/>
        <source>Import lab results</source>
        <translation>Laborwerte importieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="277"/>
        <source>Nothing to import: {0} holds no lab results.</source>
        <translation>Nichts zu importieren: {0} enthält keine Laborwerte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="284"/>
        <source>Import {0} lab result ({1} to {2}) from {3}?</source>
        <translation>{0} Laborwert ({1} bis {2}) aus {3} importieren?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="285"/>
        <source>Import {0} lab results ({1} to {2}) from {3}?</source>
        <translation>{0} Laborwerte ({1} bis {2}) aus {3} importieren?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="289"/>
        <source>Dates drawn in the file: {0}, of which {1} already have results; those dates get exactly the file&apos;s results.

Dates not in the file are kept.</source>
        <translation>Abnahmedaten in der Datei: {0}, davon haben {1} bereits Werte; diese Daten erhalten genau die Werte der Datei.

Daten, die nicht in der Datei stehen, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="302"/>
        <source>{0} could not be written into your lab results; nothing was changed. Details are in rlsdesk.log in your data folder.</source>
        <translation>{0} konnte nicht in Ihre Laborwerte geschrieben werden; nichts wurde geändert. Einzelheiten stehen in rlsdesk.log in Ihrem Datenordner.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="305"/>
        <source>Imported {0}: {1} lab result.</source>
        <translation>{0} importiert: {1} Laborwert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="306"/>
        <source>Imported {0}: {1} lab results.</source>
        <translation>{0} importiert: {1} Laborwerte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="314"/>
        <source>Import {0} night ({1}) from {3}?</source>
        <translation>{0} Nacht ({1}) aus {3} importieren?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="315"/>
        <source>Import {0} nights ({1} to {2}) from {3}?</source>
        <translation>{0} Nächte ({1} bis {2}) aus {3} importieren?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/diary_files.py" line="318"/>
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
        <location filename="../../rlsdesk/ui/diary_files.py" line="324"/>
        <source>Import diary</source>
        <translation>Tagebuch importieren</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="118"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="120"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="136"/>
        <source>Right now</source>
        <translation>Gerade jetzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="140"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="143"/>
        <source>Legs acting up now</source>
        <translation>Beine melden sich gerade</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="145"/>
        <source>Notes the time your symptoms are bothering you; rlsdesk learns your evening from these moments</source>
        <translation>Hält die Uhrzeit fest, zu der Ihre Beschwerden Sie plagen; aus diesen Momenten lernt rlsdesk Ihren Abend kennen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="155"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="224"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="230"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="236"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="156"/>
        <source>How bad, 0 to 10 (optional)</source>
        <translation>Wie stark, 0 bis 10 (optional)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="158"/>
        <source>How bad (0-10, optional):</source>
        <translation>Wie stark (0–10, optional):</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="160"/>
        <source>Quick log result</source>
        <translation>Ergebnis des Schnelleintrags</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="173"/>
        <source>Night check-in</source>
        <translation>Check-in für die Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="181"/>
        <source>Night of (the evening&apos;s date)</source>
        <translation>Nacht vom (Datum des Abends)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="183"/>
        <source>Night of:</source>
        <translation>Nacht vom:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="186"/>
        <source>How bad was the night, 0 none to 10 worst</source>
        <translation>Wie schlimm war die Nacht, 0 gar nicht bis 10 am schlimmsten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="187"/>
        <source>Problem with how bad the night was</source>
        <translation>Problem bei der Bewertung der Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="196"/>
        <source>How bad was the night:</source>
        <translation>Wie schlimm war die Nacht:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="200"/>
        <source>Symptoms started at</source>
        <translation>Beschwerden begannen um</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="201"/>
        <source>I know when symptoms started</source>
        <translation>Ich weiß, wann die Beschwerden begannen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="204"/>
        <source>When symptoms started</source>
        <translation>Wann die Beschwerden begannen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="210"/>
        <source>Problem with when symptoms started</source>
        <translation>Problem beim Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="217"/>
        <source>Onset:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="225"/>
        <source>Hours slept (optional)</source>
        <translation>Stunden geschlafen (optional)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="226"/>
        <source>Hours slept:</source>
        <translation>Stunden geschlafen:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="231"/>
        <source>Times woken (optional)</source>
        <translation>Wie oft aufgewacht (optional)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="232"/>
        <source>Times woken:</source>
        <translation>Wie oft aufgewacht:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="237"/>
        <source>IRLS total from your clinician (optional)</source>
        <translation>IRLS-Gesamtwert von Ihrer Ärztin oder Ihrem Arzt (optional)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="238"/>
        <source>Only if your clinician gave you an IRLS total (0-40).</source>
        <translation>Nur, wenn Ihre Ärztin oder Ihr Arzt Ihnen einen IRLS-Gesamtwert genannt hat (0–40).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="239"/>
        <source>IRLS total (from clinician):</source>
        <translation>IRLS-Gesamtwert (ärztlich):</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="242"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="297"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="244"/>
        <source>Anything you want to remember: a long drive, a late coffee…</source>
        <translation>Alles, was Sie sich merken möchten: eine lange Autofahrt, ein später Kaffee …</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="248"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="249"/>
        <source>Show this note in the clinician report</source>
        <translation>Diese Notiz im Bericht für die Ärztin oder den Arzt zeigen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="251"/>
        <source>The report shows the notes of the last two weeks, and older ones marked here.</source>
        <translation>Der Bericht zeigt die Notizen der letzten zwei Wochen und ältere, die hier markiert sind.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="255"/>
        <source>What else happened that night</source>
        <translation>Was in dieser Nacht sonst geschah</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="256"/>
        <source>What else happened:</source>
        <translation>Was sonst geschah:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="265"/>
        <source>Steps marked done that night</source>
        <translation>In dieser Nacht als erledigt markierte Schritte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="266"/>
        <source>From your routine:</source>
        <translation>Aus Ihrer Routine:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="269"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="271"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="274"/>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="275"/>
        <source>Delete this night&apos;s check-in</source>
        <translation>Check-in dieser Nacht löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="278"/>
        <source>Check-in result</source>
        <translation>Ergebnis des Check-ins</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="291"/>
        <source>Past nights (the last %1)</source>
        <translation>Vergangene Nächte (die letzten %1)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="294"/>
        <source>Slept (h)</source>
        <translation>Schlaf (Std.)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="296"/>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="590"/>
        <source>no check-in</source>
        <translation>kein Check-in</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="vanished">Stärke</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="296"/>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="296"/>
        <source>Woken</source>
        <translation>Aufgewacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="296"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="297"/>
        <source>Quick logs</source>
        <translation>Schnelleinträge</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="301"/>
        <source>Your check-in&apos;s rating of the whole night, 0-10</source>
        <translation>Ihre Bewertung der ganzen Nacht im Check-in, 0-10</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="305"/>
        <source>Each “legs acting up now” moment, with how bad it was if you said</source>
        <translation>Jeder Moment „Beine melden sich gerade“, mit der Stärke, wenn Sie sie angegeben haben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="306"/>
        <source>Past nights</source>
        <translation>Vergangene Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="307"/>
        <source>Choose a night to edit its check-in above</source>
        <translation>Wählen Sie eine Nacht, um oben ihren Check-in zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="355"/>
        <source>Saving asks before replacing them with yours.</source>
        <translation>Beim Speichern werden Sie gefragt, bevor Ihre Werte sie ersetzen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="373"/>
        <source>This night was changed elsewhere: its check-in was deleted.</source>
        <translation>Diese Nacht wurde anderswo geändert: ihr Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="374"/>
        <source>This night was changed elsewhere: the saved values are %1.</source>
        <translation>Diese Nacht wurde anderswo geändert: gespeichert ist jetzt %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="379"/>
        <source>severity %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="381"/>
        <source>symptoms from %1</source>
        <translation>Beschwerden ab %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="383"/>
        <source>slept %1 h</source>
        <translation>%1 h geschlafen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="385"/>
        <source>woken %1 times</source>
        <translation>%1-mal aufgewacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="387"/>
        <source>IRLS total %1</source>
        <translation>IRLS-Summe %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="389"/>
        <source>note “%1”</source>
        <translation>Notiz „%1“</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="395"/>
        <source>Replace the changed check-in?</source>
        <translation>Geänderten Eintrag ersetzen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="397"/>
        <source>Replace them with the values in this form?</source>
        <translation>Durch die Werte in diesem Formular ersetzen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="417"/>
        <source>Noted: legs acting up at %1, severity %2.</source>
        <translation>Notiert: Beine melden sich um %1, Stärke %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="418"/>
        <source>Noted: legs acting up at %1.</source>
        <translation>Notiert: Beine melden sich um %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="448"/>
        <source>Editing the saved check-in.</source>
        <translation>Sie bearbeiten den gespeicherten Check-in.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="472"/>
        <source>Filled in from that night&apos;s quick logs (%1): check and save.</source>
        <translation>Aus den Schnelleinträgen dieser Nacht ausgefüllt (%1): bitte prüfen und speichern.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="480"/>
        <source>Marked done: %1</source>
        <translation>Als erledigt markiert: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="481"/>
        <source>Nothing marked done that night (marks come from Tonight and reminders).</source>
        <translation>In dieser Nacht nichts als erledigt markiert (Markierungen kommen von „Heute Abend“ und aus den Erinnerungen).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="501"/>
        <source>Choose how bad the night was (0 means no symptoms at all); nothing was saved.</source>
        <translation>Wählen Sie, wie schlimm die Nacht war (0 heißt: gar keine Beschwerden); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="511"/>
        <source>Not saved: the form now shows the saved values.</source>
        <translation>Nicht gespeichert: Das Formular zeigt jetzt die gespeicherten Werte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="517"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="529"/>
        <source>Saved the night of %1.</source>
        <translation>Die Nacht vom %1 ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="537"/>
        <source>Delete check-in</source>
        <translation>Check-in löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="538"/>
        <source>Delete the check-in for the night of %1? Quick logs and done marks stay.</source>
        <translation>Den Check-in für die Nacht vom %1 löschen? Schnelleinträge und Erledigt-Markierungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/diary_page.py" line="548"/>
        <source>Deleted the check-in for the night of %1.</source>
        <translation>Der Check-in für die Nacht vom %1 ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>DoseText</name>
    <message>
        <location filename="../../rlsdesk/text/dose_text.py" line="15"/>
        <source>magnesium citrate</source>
        <translation>Magnesiumcitrat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/dose_text.py" line="16"/>
        <source>magnesium glycinate</source>
        <translation>Magnesiumglycinat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/dose_text.py" line="17"/>
        <source>magnesium oxide</source>
        <translation>Magnesiumoxid</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/dose_text.py" line="18"/>
        <location filename="../../rlsdesk/text/dose_text.py" line="26"/>
        <source>magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/dose_text.py" line="28"/>
        <source>%1 mg %2</source>
        <translation>%1 mg %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/dose_text.py" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../rlsdesk/ui/errors.py" line="160"/>
        <source>Something did not work as it should. rlsdesk keeps running and your data is safe; what you were doing may need to be done again. Details for a helper are in %1.</source>
        <extracomment>Overrides that answer Qt with a value: on an error Qt&apos;s own implementation answers.</extracomment>
        <translation>Etwas hat nicht wie vorgesehen funktioniert. rlsdesk läuft weiter und Ihre Daten sind sicher; was Sie gerade getan haben, müssen Sie eventuell wiederholen. Einzelheiten für eine helfende Person stehen in %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/errors.py" line="179"/>
        <source>rlsdesk</source>
        <translation>rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/errors.py" line="183"/>
        <source>That could not be saved</source>
        <translation>Das konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/errors.py" line="186"/>
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
    <name>GuidanceText</name>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="20"/>
        <source>Low iron can bring on or worsen restless legs even without anaemia. In the 2024 AASM guideline, clinicians consider iron when ferritin is 75 ng/mL (the same as 75 µg/L) or lower, or transferrin saturation is below 20%. Take iron only if your clinician advises it.</source>
        <translation>Eisenmangel kann unruhige Beine auslösen oder verstärken, auch ohne Blutarmut. In der AASM-Leitlinie von 2024 ziehen Ärztinnen und Ärzte eine Eisengabe in Betracht, wenn das Ferritin bei 75 ng/ml (gleichbedeutend mit 75 µg/l) oder darunter liegt oder die Transferrinsättigung unter 20 % liegt. Nehmen Sie Eisen nur ein, wenn Ihre Ärztin oder Ihr Arzt es empfiehlt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="27"/>
        <source>Questions you may want to ask your clinician. This is information from the 2024 AASM guideline and patient guidance, not advice for you: only your clinician can judge what applies to you.</source>
        <translation>Fragen, die Sie Ihrer Ärztin oder Ihrem Arzt stellen können. Dies sind Informationen aus der AASM-Leitlinie von 2024 und aus Patienteninformationen, keine Empfehlung für Sie: Nur Ihre Ärztin oder Ihr Arzt kann beurteilen, was für Sie gilt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="33"/>
        <source>Could my iron be checked? The guideline asks clinicians to test ferritin and transferrin saturation in everyone with troublesome restless legs, ideally with a morning blood test, without iron tablets or supplements containing iron in the 24 hours before.</source>
        <translation>Könnte mein Eisen untersucht werden? Die Leitlinie bittet Ärztinnen und Ärzte, bei allen Menschen mit belastenden unruhigen Beinen Ferritin und Transferrinsättigung zu bestimmen, am besten mit einer Blutabnahme am Morgen, ohne Eisentabletten oder eisenhaltige Nahrungsergänzungsmittel in den 24 Stunden davor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="40"/>
        <source>Is my iron low for restless legs? Clinicians consider iron when ferritin is 75 ng/mL (75 µg/L) or lower, or transferrin saturation is below 20%, levels a general blood test may still call normal. Do not start iron on your own.</source>
        <translation>Ist mein Eisen für unruhige Beine zu niedrig? Ärztinnen und Ärzte ziehen eine Eisengabe in Betracht, wenn das Ferritin bei 75 ng/ml (75 µg/l) oder darunter liegt oder die Transferrinsättigung unter 20 % liegt – Werte, die ein allgemeiner Bluttest noch als normal bezeichnen kann. Beginnen Sie nicht auf eigene Faust mit Eisen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="46"/>
        <source>Could one of my medicines make my legs worse? Sedating antihistamines, serotonergic antidepressants (SSRIs, SNRIs, tricyclics, and mirtazapine in particular), antipsychotics and anti-sickness medicines that block dopamine (such as metoclopramide and prochlorperazine) can aggravate restless legs. Do not stop or change a prescribed medicine yourself; ask your prescriber.</source>
        <translation>Könnte eines meiner Medikamente meine Beine verschlimmern? Sedierende Antihistaminika, serotonerge Antidepressiva (SSRI, SNRI, trizyklische Antidepressiva und besonders Mirtazapin), Antipsychotika und Mittel gegen Übelkeit, die Dopamin blockieren (etwa Metoclopramid und Prochlorperazin), können unruhige Beine verstärken. Setzen Sie ein verordnetes Medikament nicht selbst ab und ändern Sie es nicht selbst; fragen Sie die verordnende Ärztin oder den verordnenden Arzt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="54"/>
        <source>Could I have sleep apnoea? Untreated obstructive sleep apnoea is one of the things the guideline asks clinicians to look for and treat in people with restless legs.</source>
        <translation>Könnte ich eine Schlafapnoe haben? Eine unbehandelte obstruktive Schlafapnoe gehört zu den Dingen, nach denen Ärztinnen und Ärzte laut Leitlinie bei Menschen mit unruhigen Beinen suchen und die sie behandeln sollen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="60"/>
        <source>Do alcohol, nicotine or caffeine play a part for me? All three can make restless legs worse, and the guideline asks clinicians to talk them through with you.</source>
        <translation>Spielen Alkohol, Nikotin oder Koffein bei mir eine Rolle? Alle drei können unruhige Beine verstärken, und die Leitlinie bittet Ärztinnen und Ärzte, mit Ihnen darüber zu sprechen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="66"/>
        <source>Are treatments without medicines an option for me? Pneumatic compression of the legs and high-frequency stimulation of the peroneal nerve (tonic motor activation) have been tested in randomised trials and are listed in the guideline; a regular exercise programme was tested in a randomised trial too.</source>
        <translation>Kommen Behandlungen ohne Medikamente für mich in Frage? Pneumatische Kompression der Beine und hochfrequente Stimulation des Wadenbeinnervs (tonische motorische Aktivierung) wurden in randomisierten Studien geprüft und stehen in der Leitlinie; ein regelmäßiges Trainingsprogramm wurde ebenfalls in einer randomisierten Studie geprüft.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/guidance_text.py" line="73"/>
        <source>If I take a dopamine medicine (such as pramipexole, ropinirole, rotigotine or levodopa): are my symptoms starting earlier, spreading or getting stronger? Bring your diary; only a clinician can judge this.</source>
        <translation>Wenn ich ein Dopamin-Medikament nehme (etwa Pramipexol, Ropinirol, Rotigotin oder Levodopa): Beginnen meine Beschwerden früher, breiten sie sich aus oder werden sie stärker? Bringen Sie Ihr Tagebuch mit; nur Ihre Ärztin oder Ihr Arzt kann das beurteilen.</translation>
    </message>
</context>
<context>
    <name>HelpsChart</name>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="38"/>
        <source>What seems to help</source>
        <translation>Was zu helfen scheint</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="91"/>
        <source>needs %1 nights done and %1 not done</source>
        <translation>braucht %1 Nächte mit und %1 ohne den Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="94"/>
        <source>No routine steps yet.</source>
        <translation>Noch keine Schritte in der Routine.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="96"/>
        <source>Not enough nights yet to compare any step (%1).</source>
        <translation>Noch zu wenige Nächte, um einen Schritt zu vergleichen (%1).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="98"/>
        <source>Not shown, not enough nights yet (%1): %2</source>
        <translation>Nicht gezeigt, noch zu wenige Nächte (%1): %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="168"/>
        <source>%1 points · %2 done, %3 not done</source>
        <translation>%1 Punkte · %2 mit Schritt, %3 ohne</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="117"/>
        <source>← milder on nights done</source>
        <translation>← leichter in Nächten mit Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="120"/>
        <source>worse on nights done →</source>
        <translation>stärker in Nächten mit Schritt →</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="126"/>
        <source>Difference in mean severity (0 to 10 scale), nights done minus nights not done</source>
        <translation>Unterschied der mittleren Stärke (Skala 0 bis 10): Nächte mit Schritt minus Nächte ohne</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="vanished">erledigt</translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="vanished">nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="165"/>
        <source>%1 nights</source>
        <translation>%1 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/charts/helps.py" line="165"/>
        <source>%1 night</source>
        <translation>%1 Nacht</translation>
    </message>
    <message>
        <source>Mean severity of those nights, 0 to 10 (lower is milder)</source>
        <translation type="vanished">Mittlere Stärke dieser Nächte, 0 bis 10 (niedriger ist milder)</translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="39"/>
        <source>%1 night</source>
        <translation>%1 Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="40"/>
        <source>%1 nights</source>
        <translation>%1 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="45"/>
        <source>%1 to %2: %3 logged out of %4</source>
        <translation>%1 bis %2: %3 von %4 eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="53"/>
        <source>Severity: no nights rated in this period.</source>
        <translation>Stärke: In diesem Zeitraum ist keine Nacht bewertet.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="54"/>
        <source>Severity: %1 rated, average %2 of 10 (lowest %3, highest %4).</source>
        <translation>Stärke: %1 bewertet, im Mittel %2 von 10 (niedrigste %3, höchste %4).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="58"/>
        <source>The %1-night average went from %2 to %3.</source>
        <translation>Der Mittelwert über %1 Nächte ging von %2 auf %3.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="66"/>
        <source>usually worst %1 to %2, the hours your logged severity is highest (%3 logs on %4)</source>
        <translation>meist am stärksten von %1 bis %2, in den Stunden, in denen Ihre eingetragene Stärke am höchsten ist (%3 Einträge; %4)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="70"/>
        <source>usually worst %1 to %2, as in sleep studies (%3)</source>
        <translation>meist am schlimmsten %1 bis %2, wie in Schlafstudien (%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="76"/>
        <source>The planner now expects symptoms around %1, %2.</source>
        <translation>Die Planung erwartet die Beschwerden jetzt gegen %1, %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="80"/>
        <source>Onset: no onset times logged in this period.</source>
        <translation>Beginn: In diesem Zeitraum ist keine Beginnzeit eingetragen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="81"/>
        <source>Onset: symptoms started on %1 logged, usually around %2 (earliest %3, latest %4).</source>
        <translation>Beginn: %1 mit eingetragenem Beginn der Beschwerden, meist gegen %2 (frühestens %3, spätestens %4).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="90"/>
        <source>Calendar: no nights rated in this period.</source>
        <translation>Kalender: In diesem Zeitraum ist keine Nacht bewertet.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="91"/>
        <source>Calendar: %1 rated; %2 mild (3 or less); the worst recent night was %3 at %4.</source>
        <translation>Kalender: %1 bewertet; %2 davon leicht (3 oder weniger); die schlimmste letzte Nacht war %3 mit %4.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="111"/>
        <source>added %1, no nights to count yet</source>
        <translation>hinzugefügt am %1, noch keine Nächte zu zählen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="114"/>
        <source>not planned in this period</source>
        <translation>in diesem Zeitraum nicht geplant</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="117"/>
        <source>done %1 of %2 planned night (%3%)</source>
        <translation>erledigt in %1 von %2 geplanten Nacht (%3 %)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="118"/>
        <source>done %1 of %2 planned nights (%3%)</source>
        <translation>erledigt in %1 von %2 geplanten Nächten (%3 %)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="120"/>
        <location filename="../../rlsdesk/ui/insight_text.py" line="143"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="128"/>
        <source>not enough nights yet: %1 done and %2 not done so far, %3 of each needed</source>
        <translation>noch nicht genug Nächte: bisher %1 erledigt und %2 nicht erledigt, je %3 nötig</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="132"/>
        <source>mean %1 over %2 vs %3 over %4</source>
        <translation>Mittel %1 über %2 gegenüber %3 über %4</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="136"/>
        <source>%1 points milder on nights done (%2)</source>
        <translation>%1 Punkte leichter in Nächten mit Schritt (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="139"/>
        <source>%1 points worse on nights done (%2)</source>
        <translation>%1 Punkte stärker in Nächten mit Schritt (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insight_text.py" line="142"/>
        <source>no difference (%1)</source>
        <translation>kein Unterschied (%1)</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="65"/>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="67"/>
        <source>Insights</source>
        <extracomment>The periods to choose from, in nights (None: the whole diary); 90 nights by default.</extracomment>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="69"/>
        <source>Period shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="70"/>
        <source>Last 30 nights</source>
        <translation>Letzte 30 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="70"/>
        <source>Last 90 nights</source>
        <translation>Letzte 90 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="71"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="71"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="75"/>
        <source>Report for your clinician (PDF)…</source>
        <translation>Bericht für Ihre Ärztin oder Ihren Arzt (PDF)…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="76"/>
        <source>Save a report for your clinician as PDF</source>
        <translation>Einen Bericht für Ihre Ärztin oder Ihren Arzt als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="78"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="90"/>
        <source>Report result</source>
        <translation>Ergebnis des Berichts</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="127"/>
        <source>Left and Right arrow keys (Home, End) or the pointer read each night&apos;s value.</source>
        <translation>Pfeiltasten links und rechts (Pos1, Ende) oder der Mauszeiger lesen den Wert jeder Nacht vor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="133"/>
        <source>How bad each night was</source>
        <translation>Wie schlimm jede Nacht war</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="135"/>
        <source>When symptoms started, and what the planner learned</source>
        <translation>Wann die Beschwerden begannen und was der Planer gelernt hat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="137"/>
        <source>Calendar of nights</source>
        <translation>Kalender der Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="139"/>
        <source>What seems to help</source>
        <translation>Was zu helfen scheint</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="140"/>
        <source>Arrow keys or the pointer read each step&apos;s comparison.</source>
        <translation>Pfeiltasten oder der Mauszeiger lesen den Vergleich jedes Schritts vor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="146"/>
        <source>What seems to help, in words</source>
        <translation>Was zu helfen scheint, in Worten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="160"/>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="165"/>
        <source>How often each step was done</source>
        <translation>Wie oft jeder Schritt erledigt wurde</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="173"/>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="178"/>
        <source>Is it getting worse?</source>
        <translation>Wird es schlimmer?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="185"/>
        <source>What else happened</source>
        <translation>Was sonst geschah</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="193"/>
        <source>What else happened, compared</source>
        <translation>Was sonst geschah, im Vergleich</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="195"/>
        <source>Medicine changes (dashed lines on the charts)</source>
        <translation>Änderungen bei Medikamenten (gestrichelte Linien in den Diagrammen)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="201"/>
        <source>Medicine changes</source>
        <translation>Änderungen bei Medikamenten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="208"/>
        <source>Not enough nights with and without a trigger yet.</source>
        <translation>Noch nicht genug Nächte mit und ohne einen Auslöser.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="211"/>
        <source>No medicine or supplement changes in this period.</source>
        <translation>In diesem Zeitraum keine Änderungen bei Medikamenten oder Nahrungsergänzungsmitteln.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="252"/>
        <source>No routine steps yet.</source>
        <translation>Noch keine Schritte in der Routine.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="255"/>
        <source>No steps.</source>
        <translation>Keine Schritte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="263"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="282"/>
        <source>Save report for your clinician</source>
        <translation>Bericht für Ihre Ärztin oder Ihren Arzt speichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="283"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="299"/>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/insights_page.py" line="302"/>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="30"/>
        <source>%1 to %2</source>
        <extracomment>How many sections the Alt+number keys open (the main window&apos;s first nine at most).</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="31"/>
        <source>Open Tonight, Routine, Diary, Insights, Settings, About</source>
        <translation>Öffnen Heute Abend, Routine, Tagebuch, Auswertung, Einstellungen, Über rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="33"/>
        <source>Next or previous field; each field is one stop</source>
        <translation>Nächstes oder vorheriges Feld; jedes Feld ist ein Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="34"/>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="35"/>
        <source>In a time field: type 2345 for 23:45</source>
        <translation>In einem Zeitfeld: 2345 tippen für 23:45</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="37"/>
        <source>Choose how bad the night was; move between hours and minutes</source>
        <translation>Bewertung der Nacht wählen; zwischen Stunden und Minuten wechseln</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="39"/>
        <source>Routine: add a step</source>
        <translation>Routine: einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="40"/>
        <source>Routine: edit the chosen step</source>
        <translation>Routine: den gewählten Schritt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="42"/>
        <source>Routine: move the chosen step</source>
        <translation>Routine: den gewählten Schritt verschieben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="44"/>
        <source>Routine: delete the chosen step</source>
        <translation>Routine: den gewählten Schritt löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="46"/>
        <source>Routine: undo the delete</source>
        <translation>Routine: das Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="48"/>
        <source>Close the window (rlsdesk stays in the tray)</source>
        <translation>Fenster schließen (rlsdesk bleibt im Infobereich)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="54"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/keyboard_help.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>LabEntryForm</name>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="108"/>
        <source>Add a result:</source>
        <translation>Wert eintragen:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="110"/>
        <location filename="../../rlsdesk/ui/labs_form.py" line="225"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="111"/>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="112"/>
        <source>Transferrin saturation</source>
        <translation>Transferrinsättigung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="113"/>
        <source>Haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="117"/>
        <location filename="../../rlsdesk/ui/labs_form.py" line="224"/>
        <source>Result value</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="118"/>
        <source>like 48 or 12.5</source>
        <translation>etwa 48 oder 12,5</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="121"/>
        <location filename="../../rlsdesk/ui/labs_form.py" line="224"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="122"/>
        <source>drawn</source>
        <translation>abgenommen am</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="123"/>
        <source>Date the blood was drawn</source>
        <translation>Datum der Blutabnahme</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="125"/>
        <source>Add</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="126"/>
        <source>Add this lab result</source>
        <translation>Diesen Laborwert eintragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="132"/>
        <source>Lab entry result</source>
        <translation>Ergebnis des Laboreintrags</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="151"/>
        <source>Blood test planning result</source>
        <translation>Ergebnis der Blutabnahme-Planung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="139"/>
        <source>Plan a blood test on:</source>
        <translation>Blutabnahme planen am:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="140"/>
        <source>Date of the planned blood test</source>
        <translation>Datum der geplanten Blutabnahme</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="142"/>
        <source>Remind me the evening before (%1)</source>
        <translation>Am Vorabend erinnern (%1)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="145"/>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="146"/>
        <source>Plan this blood test</source>
        <translation>Diese Blutabnahme planen</translation>
    </message>
    <message>
        <source>Lab result saved</source>
        <translation type="vanished">Laborwert gespeichert</translation>
    </message>
    <message>
        <source>Lab form problem</source>
        <translation type="vanished">Problem im Laborformular</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="192"/>
        <source>Blood test planned for %1 (reminder the evening before at %2)</source>
        <translation>Blutabnahme geplant am %1 (Erinnerung am Vorabend um %2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="195"/>
        <source>Blood test planned for %1 (no reminder)</source>
        <translation>Blutabnahme geplant am %1 (ohne Erinnerung)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="199"/>
        <source>Cancel test</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="200"/>
        <source>Cancel the blood test on %1</source>
        <translation>Die Blutabnahme am %1 absagen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="215"/>
        <source>Result value: please enter the number from the lab report.</source>
        <translation>Messwert: Bitte geben Sie die Zahl aus dem Laborbefund ein.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="225"/>
        <source>Date drawn</source>
        <translation>Abnahmedatum</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="226"/>
        <location filename="../../rlsdesk/ui/labs_form.py" line="241"/>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1: %2 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="230"/>
        <source>Added %1 %2 %3, drawn %4.</source>
        <translation>%1 %2 %3 eingetragen, abgenommen am %4.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="242"/>
        <source>Date of the blood test</source>
        <translation>Datum der Blutabnahme</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="247"/>
        <source>Blood test planned for %1.</source>
        <translation>Blutabnahme am %1 geplant.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="246"/>
        <source>Blood test planned for %1; a reminder comes the evening before.</source>
        <translation>Blutabnahme am %1 geplant; am Vorabend kommt eine Erinnerung.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/labs_form.py" line="254"/>
        <source>The blood test on %1 is cancelled; no reminder will come for it.</source>
        <translation>Die Blutabnahme am %1 ist abgesagt; dafür kommt keine Erinnerung.</translation>
    </message>
</context>
<context>
    <name>LabsPanel</name>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="117"/>
        <source>Lab results</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="123"/>
        <source>For information, not advice: the 2024 AASM guideline considers iron treatment when ferritin is at or below 75 ng/mL (75 µg/L, the same) or transferrin saturation is below 20 %, and only intravenous iron when ferritin is above 75 and up to 100 ng/mL. It asks for the blood to be drawn in the morning, with no iron tablets or iron-rich foods in the 24 hours before. Whether and how to treat is for your clinician. Source: %1</source>
        <translation>Zur Information, keine Empfehlung: Die AASM-Leitlinie von 2024 zieht eine Eisenbehandlung in Betracht, wenn Ferritin bei höchstens 75 ng/ml liegt (75 µg/l, dasselbe) oder die Transferrinsättigung unter 20 % liegt, und nur intravenöses Eisen, wenn Ferritin über 75 und bis 100 ng/ml liegt. Sie sieht die Blutabnahme am Morgen vor, ohne Eisentabletten oder eisenreiche Lebensmittel in den 24 Stunden davor. Ob und wie behandelt wird, entscheidet Ihre Ärztin oder Ihr Arzt. Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="133"/>
        <source>Drawn</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="133"/>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="133"/>
        <source>Transferrin saturation</source>
        <translation>Transferrinsättigung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="134"/>
        <source>Haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="139"/>
        <source>Lab results by date drawn</source>
        <translation>Laborwerte nach Datum der Blutabnahme</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="147"/>
        <source>No lab results yet.</source>
        <translation>Noch keine Laborwerte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="151"/>
        <source>Delete selected…</source>
        <translation>Auswahl löschen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="152"/>
        <source>Delete the selected lab result</source>
        <translation>Den ausgewählten Laborwert löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="154"/>
        <source>Select a result to delete it, or a date to delete every result of that date</source>
        <translation>Wählen Sie einen Wert, um ihn zu löschen, oder ein Datum, um alle Werte dieses Datums zu löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="165"/>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="166"/>
        <source>Ferritin over time</source>
        <translation>Ferritin im Verlauf</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="167"/>
        <source>Left and Right arrow keys or the pointer read each result.</source>
        <translation>Pfeiltasten links und rechts oder der Mauszeiger lesen jedes Ergebnis vor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="174"/>
        <source>at or below the guideline&apos;s 75</source>
        <translation>höchstens 75 laut Leitlinie</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="175"/>
        <source>between the guideline&apos;s 75 and 100</source>
        <translation>zwischen 75 und 100 laut Leitlinie</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="176"/>
        <source>above 100</source>
        <translation>über 100</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="177"/>
        <source>below the guideline&apos;s 20 %</source>
        <translation>unter 20 % laut Leitlinie</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="178"/>
        <source>20 % or more</source>
        <translation>20 % oder mehr</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="212"/>
        <source>%1: ferritin %2 ng/mL</source>
        <translation>%1: Ferritin %2 ng/ml</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="259"/>
        <source>Delete the lab result drawn on %1 (%2 result)?</source>
        <translation>Den am %1 abgenommenen Laborwert löschen (%2 Wert)?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="260"/>
        <source>Delete every lab result drawn on %1 (%2 results)?</source>
        <translation>Alle am %1 abgenommenen Laborwerte löschen (%2 Werte)?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="262"/>
        <source>Delete the result %1, drawn on %2?</source>
        <translation>Den Wert %1, abgenommen am %2, löschen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="264"/>
        <source>Delete lab result</source>
        <translation>Laborwert löschen</translation>
    </message>
    <message>
        <source>No ferritin results yet (rlsdesk log lab ferritin …)</source>
        <translation type="vanished">Noch keine Ferritinwerte (rlsdesk log lab ferritin …)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="217"/>
        <source>75 ng/mL (guideline)</source>
        <translation>75 ng/ml (Leitlinie)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="221"/>
        <source>%1 ferritin results; the latest, %2, was %3 ng/mL (%4).</source>
        <translation>%1 Ferritinwerte; der letzte, vom %2, lag bei %3 ng/ml (%4).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="216"/>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="225"/>
        <source>No ferritin results yet.</source>
        <translation>Noch keine Ferritinwerte.</translation>
    </message>
</context>
<context>
    <name>LabsText</name>
    <message>
        <location filename="../../rlsdesk/text/labs_text.py" line="20"/>
        <source>For information: the 2024 AASM guideline asks for iron studies (ferritin and transferrin saturation) to be drawn in the morning, with no iron-containing tablets or foods in the 24 hours before. What your clinician told you comes first.</source>
        <extracomment>Word for word as ``blood_test_reminder.text`` in labs_sleep_text.json.</extracomment>
        <translation>Zur Information: Die AASM-Leitlinie von 2024 sieht vor, Eisenwerte (Ferritin und Transferrinsättigung) morgens abzunehmen, ohne eisenhaltige Tabletten oder Lebensmittel in den 24 Stunden davor. Was Ihre Ärztin oder Ihr Arzt Ihnen gesagt hat, geht vor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/labs_text.py" line="30"/>
        <source>Blood test tomorrow morning (%1)</source>
        <translation>Blutabnahme morgen früh (%1)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/labs_text.py" line="37"/>
        <source>%1 Source: %2</source>
        <translation>%1 Quelle: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../rlsdesk/text/i18n.py" line="91"/>
        <source>en</source>
        <comment>the code of the catalog&apos;s language, e.g. de</comment>
        <extracomment>``translate(&quot;Context&quot;, &quot;text&quot;)`` outside a QObject. lupdate finds the calls spelled ``translate(...)``, ``QCoreApplication.translate(...)`` or ``self.tr(...)`` with literal arguments; a wrapper of another name (``_tr(text)``) hides its strings from the catalog.</extracomment>
        <translation>de</translation>
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
        <location filename="../../rlsdesk/ui/main_window.py" line="58"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/main_window.py" line="59"/>
        <source>Choose a part of rlsdesk to show</source>
        <translation>Wählen Sie, welchen Teil von rlsdesk Sie sehen möchten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/main_window.py" line="71"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/main_window.py" line="72"/>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/main_window.py" line="89"/>
        <source>Alt+1 to Alt+%1 open these pages. Every key: About page.</source>
        <translation>Alt+1 bis Alt+%1 öffnen diese Seiten. Alle Tasten: Seite „Über rlsdesk“.</translation>
    </message>
</context>
<context>
    <name>NoteText</name>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="39"/>
        <source>%1 h</source>
        <extracomment>Where the signs the note counts come from (the diary can show only some of them).</extracomment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="49"/>
        <source>before you started %1 on %2</source>
        <translation>vor dem Beginn mit %1 am %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="52"/>
        <source>in your first nights logged (%1 to %2)</source>
        <translation>in Ihren ersten eingetragenen Nächten (%1 bis %2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="55"/>
        <source>in your first nights logged</source>
        <translation>in Ihren ersten eingetragenen Nächten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="67"/>
        <source>Your diary shows symptoms starting about %1 earlier than %2: around %3 over the last %4 nights with an onset, against around %5 over %6 nights before.</source>
        <translation>Ihr Tagebuch zeigt, dass die Beschwerden etwa %1 früher beginnen als %2: um %3 in den letzten %4 Nächten mit Beginn, gegenüber etwa %5 in %6 Nächten davor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="74"/>
        <source>On %1 of the last %2 nights they were also worse than before.</source>
        <translation>In %1 der letzten %2 Nächte waren sie außerdem stärker als zuvor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="78"/>
        <source>Your diary shows that on %1 of the last %2 nights symptoms were worse than %3.</source>
        <translation>Ihr Tagebuch zeigt, dass die Beschwerden in %1 der letzten %2 Nächte stärker waren als %3.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="82"/>
        <source>On %1 of the last %2 days you logged symptoms before noon.</source>
        <translation>An %1 der letzten %2 Tage haben Sie Beschwerden vor Mittag eingetragen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="86"/>
        <source>Only a clinician can tell what this means: it may be linked to medicines like %1, or have another cause.</source>
        <translation>Nur Ihre Ärztin oder Ihr Arzt kann beurteilen, was das bedeutet: Es kann mit Medikamenten wie %1 zusammenhängen oder eine andere Ursache haben.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="90"/>
        <source>Only a clinician can tell what this means.</source>
        <translation>Nur Ihre Ärztin oder Ihr Arzt kann beurteilen, was das bedeutet.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="91"/>
        <source>Please raise it with them soon and bring this diary. Do not change a medicine on your own.</source>
        <translation>Bitte sprechen Sie es bald an und bringen Sie dieses Tagebuch mit. Ändern Sie kein Medikament auf eigene Faust.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="93"/>
        <source>What rlsdesk counts: symptoms starting %1 hours or more earlier than the baseline; symptoms logged before noon (06:00 to 11:59) on %2 or more of the last 7 days; severity above the baseline&apos;s usual on %3 or more of the last 7 nights. A diary cannot show everything a clinician asks about.</source>
        <translation>Was rlsdesk zählt: Beschwerden, die %1 Stunden oder mehr früher beginnen als zum Vergleichszeitraum; Beschwerden vor Mittag (06:00 bis 11:59) an %2 oder mehr der letzten 7 Tage; Stärke über dem üblichen Wert des Vergleichszeitraums in %3 oder mehr der letzten 7 Nächte. Ein Tagebuch kann nicht alles zeigen, wonach eine Ärztin oder ein Arzt fragt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/note_text.py" line="99"/>
        <source>Something to raise with your clinician soon</source>
        <translation>Etwas, das Sie bald mit Ihrer Ärztin oder Ihrem Arzt besprechen sollten</translation>
    </message>
</context>
<context>
    <name>OnsetChart</name>
    <message>
        <location filename="../../rlsdesk/ui/charts/onsets.py" line="20"/>
        <source>Onset times and the planner</source>
        <translation>Beginn der Beschwerden und der Planer</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="78"/>
        <source>%1: no onset logged</source>
        <translation>%1: kein Beginn eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="81"/>
        <source>%1: symptoms started %2</source>
        <translation>%1: Beschwerden begannen um %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="85"/>
        <source>; the planner expected %1</source>
        <translation>; der Planer erwartete %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="89"/>
        <source>; medicine change: %1</source>
        <translation>; Änderung bei Medikamenten: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="95"/>
        <source>first symptoms: middle half of the nights, and the median</source>
        <translation>erste Beschwerden: mittlere Hälfte der Nächte und Median</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="97"/>
        <source>first symptoms each night</source>
        <translation>erste Beschwerden jeder Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="99"/>
        <source>worst %1 to %2 (your logged severities)</source>
        <translation>am schlimmsten %1 bis %2 (nach Ihren eingetragenen Stärken)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="101"/>
        <source>usually worst %1 to %2 (sleep studies)</source>
        <translation>meist am schlimmsten %1 bis %2 (Schlafstudien)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="103"/>
        <source>what the planner expected</source>
        <translation>was der Planer erwartete</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/onsets.py" line="191"/>
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
        <source>from your setting, symptoms usually start around %1</source>
        <translation>nach Ihrer Einstellung beginnen die Beschwerden meist gegen %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="32"/>
        <source>from your setting, symptoms usually start around %1 (%2)</source>
        <translation>nach Ihrer Einstellung beginnen die Beschwerden meist gegen %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="36"/>
        <source>no personal data yet, so a typical evening: symptoms start around %1, worst %2 to %3</source>
        <translation>noch keine eigenen Daten, daher ein typischer Abend: Beschwerden ab etwa %1, am stärksten %2 bis %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="43"/>
        <source>; moving there gradually, tonight %1</source>
        <translation>; die Zeit rückt allmählich dorthin, heute Abend %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="46"/>
        <source>; worst %1 to %2 by the severities you logged</source>
        <translation>; am schlimmsten %1 bis %2 nach den von Ihnen eingetragenen Stärken</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="54"/>
        <source>worst %1 to %2, the hours your logged severity is highest (%3 logs on %4 nights)</source>
        <translation>am schlimmsten %1 bis %2, die Stunden mit Ihren höchsten eingetragenen Stärken (%3 Einträge in %4 Nächten)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/peak_text.py" line="58"/>
        <source>usually worst %1 to %2, as in sleep studies (%3)</source>
        <translation>meist am schlimmsten %1 bis %2, wie in Schlafstudien (%3)</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="18"/>
        <source>Tonight %1 min later than usual.</source>
        <translation>Heute Abend %1 Min. später als sonst.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="20"/>
        <source>Tonight %1 min earlier than usual.</source>
        <translation>Heute Abend %1 Min. früher als sonst.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="22"/>
        <source>Tonight %1 min later than usual, to make room after “%2”.</source>
        <translation>Heute Abend %1 Min. später als sonst, um Platz nach „%2“ zu lassen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="25"/>
        <source>Tonight %1 min earlier than usual, to make room before “%2”.</source>
        <translation>Heute Abend %1 Min. früher als sonst, um Platz vor „%2“ zu lassen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="28"/>
        <source>No time tonight keeps %1 min from the steps around it without moving it past bedtime or into the past, so it stays at its own time.</source>
        <translation>Heute Abend hält keine Uhrzeit %1 Min. Abstand zu den Schritten davor und danach, ohne den Schritt hinter die Schlafenszeit oder in die Vergangenheit zu verschieben; er bleibt daher bei seiner eigenen Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="32"/>
        <source>Magnesium is less than %1 h after or %2 h before %3 tonight, and no time before bedtime that has not already passed keeps it apart, so it stays at its time: magnesium lowers the absorption of %4. Ask your pharmacist about the timing. (%5)</source>
        <translation>Magnesium liegt heute Abend weniger als %1 Std. nach oder %2 Std. vor %3, und keine Uhrzeit vor der Schlafenszeit, die noch nicht vorbei ist, hält den Abstand; es bleibt daher bei seiner Uhrzeit: Magnesium verringert die Aufnahme von %4. Fragen Sie Ihre Apotheke nach dem richtigen Zeitpunkt. (%5)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="40"/>
        <source>This medicine was set %1 min before your symptom onset. Medicines keep their own time, so it stays at %2 from now on; edit the step to choose another time.</source>
        <translation>Dieses Medikament war %1 Min. vor dem Beginn Ihrer Beschwerden eingestellt. Medikamente behalten ihre eigene Uhrzeit, daher bleibt es ab jetzt bei %2; bearbeiten Sie den Schritt, um eine andere Uhrzeit zu wählen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="56"/>
        <source>%1 happens twice tonight (the clocks go back); this is the first one.</source>
        <translation>%1 gibt es heute Nacht zweimal (die Uhren werden zurückgestellt); gemeint ist das erste Mal.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="59"/>
        <source>%1 does not exist tonight (the clocks go forward); moved to %2.</source>
        <translation>%1 gibt es heute Nacht nicht (die Uhren werden vorgestellt); verschoben auf %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="62"/>
        <source>Bedtime: %1 does not exist tonight (the clocks go forward); moved to %2.</source>
        <translation>Schlafenszeit: %1 gibt es heute Nacht nicht (die Uhren werden vorgestellt); verschoben auf %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="66"/>
        <source>It would fall at %1, before the evening starts; moved to %2.</source>
        <translation>Der Schritt fiele auf %1, bevor der Abend beginnt; verschoben auf %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="69"/>
        <source>Moved %1 min later to keep magnesium at least %2 h after or %3 h before %4: magnesium lowers the absorption of %5. (%6)</source>
        <translation>Um %1 Min. nach hinten verschoben, damit Magnesium mindestens %2 Std. nach oder %3 Std. vor %4 liegt: Magnesium verringert die Aufnahme von %5. (%6)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="72"/>
        <source>Moved %1 min earlier to keep magnesium at least %2 h after or %3 h before %4: magnesium lowers the absorption of %5. (%6)</source>
        <translation>Um %1 Min. nach vorn verschoben, damit Magnesium mindestens %2 Std. nach oder %3 Std. vor %4 liegt: Magnesium verringert die Aufnahme von %5. (%6)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="77"/>
        <source>This caffeine cut-off is less than %1 h before bed; caffeine taken even %1 h before bed can still shorten sleep. (%2)</source>
        <translation>Dieser Koffein-Schluss liegt weniger als %1 Std. vor der Schlafenszeit; selbst Koffein %1 Std. vor dem Schlafengehen kann den Schlaf noch verkürzen. (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="81"/>
        <source>Tonight&apos;s magnesium adds up to %1 mg, more than the %2 mg a day upper limit for adults from supplements and medicines together (magnesium in antacids and laxatives counts too). (%3)</source>
        <translation>Das Magnesium heute Abend ergibt zusammen %1 mg, mehr als die Obergrenze von %2 mg am Tag für Erwachsene aus Nahrungsergänzung und Arzneimitteln zusammen (Magnesium in Mitteln gegen Sodbrennen und in Abführmitteln zählt mit). (%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="86"/>
        <source>Tonight&apos;s magnesium adds up to %1 mg. Large amounts of supplemental magnesium often cause diarrhoea, nausea and stomach cramps, which can keep you awake. (%2)</source>
        <translation>Das Magnesium heute Abend ergibt zusammen %1 mg. Große Mengen Magnesium als Nahrungsergänzung verursachen oft Durchfall, Übelkeit und Magenkrämpfe, die Sie wach halten können. (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="92"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/plan_text.py" line="99"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="17"/>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="18"/>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="19"/>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="20"/>
        <source>s</source>
        <translation>Sek.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="29"/>
        <source>Choose a number from %1 to %2.</source>
        <translation>Wählen Sie eine Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="30"/>
        <source>Choose a number from %1 to %2 %3.</source>
        <translation>Wählen Sie eine Zahl von %1 bis %2 %3.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="38"/>
        <source>This time does not exist on the night of %1 in %2: the clocks go forward then. Choose another time.</source>
        <translation>Diese Uhrzeit gibt es in der Nacht zum %1 in %2 nicht: Dann werden die Uhren vorgestellt. Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="42"/>
        <source>This time does not exist in %1: the clocks skip it. Choose another time.</source>
        <translation>Diese Uhrzeit gibt es in %1 nicht: Die Uhren überspringen sie. Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="53"/>
        <source>Enter a number from %1 to %2 %3, like 6.5.</source>
        <translation>Geben Sie eine Zahl von %1 bis %2 %3 ein, etwa 6,5.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="59"/>
        <source>Choose a date from %1 on.</source>
        <translation>Wählen Sie ein Datum ab dem %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="64"/>
        <source>Choose a date up to %1.</source>
        <translation>Wählen Sie ein Datum bis %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="67"/>
        <source>Please keep it to %1 characters or fewer.</source>
        <translation>Bitte höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="69"/>
        <source>Choose %1 or fewer.</source>
        <translation>Wählen Sie höchstens %1 aus.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="71"/>
        <source>It holds a line or paragraph separator (%1); use an ordinary line break.</source>
        <translation>Der Text enthält ein Zeilen- oder Absatztrennzeichen (%1); verwenden Sie einen gewöhnlichen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="74"/>
        <source>It holds a control character (%1); please remove it.</source>
        <translation>Der Text enthält ein Steuerzeichen (%1); bitte entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="77"/>
        <source>It holds an invisible character that changes the text&apos;s direction (%1); please remove it.</source>
        <translation>Der Text enthält ein unsichtbares Zeichen, das die Schreibrichtung ändert (%1); bitte entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="81"/>
        <source>The minutes to fall asleep and awake add up to more than the %1 min from trying to sleep to the final waking.</source>
        <translation>Die Minuten bis zum Einschlafen und wach zusammen sind mehr als die %1 Min. vom Einschlafversuch bis zum endgültigen Aufwachen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="85"/>
        <source>This is needed when %1 is given.</source>
        <translation>Dies wird benötigt, wenn %1 angegeben ist.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="95"/>
        <source>Enter a time like 21:30.</source>
        <translation>Geben Sie eine Uhrzeit wie 21:30 ein.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="96"/>
        <source>Enter a date like 2026-11-21.</source>
        <translation>Geben Sie ein Datum wie 2026-11-21 ein.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="97"/>
        <source>Enter a date and a time like 2026-11-21 21:40.</source>
        <translation>Geben Sie Datum und Uhrzeit wie 2026-11-21 21:40 ein.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="99"/>
        <source>This date is not on the calendar.</source>
        <translation>Dieses Datum gibt es im Kalender nicht.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="100"/>
        <source>The offset from UTC must be like +02:00, from -14:00 to +14:00.</source>
        <translation>Der Abstand zu UTC muss wie +02:00 aussehen, von -14:00 bis +14:00.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="103"/>
        <source>The night cannot be in the future.</source>
        <translation>Die Nacht darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="104"/>
        <location filename="../../rlsdesk/text/problem_text.py" line="105"/>
        <source>Please fill this in.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="106"/>
        <source>This is missing.</source>
        <translation>Dies fehlt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="107"/>
        <source>This does not belong to this kind of step.</source>
        <translation>Dies gehört nicht zu dieser Art von Schritt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="109"/>
        <source>A medicine keeps its own time: a clock time or minutes before bed, never the learned symptom onset.</source>
        <translation>Ein Medikament behält seine eigene Zeit: eine Uhrzeit oder Minuten vor dem Schlafengehen, nie den gelernten Beginn der Beschwerden.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="113"/>
        <source>Please enter text.</source>
        <translation>Bitte geben Sie Text ein.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="114"/>
        <source>It must be one line.</source>
        <translation>Der Text muss in eine Zeile passen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="115"/>
        <source>It holds bytes that are not text (not UTF-8).</source>
        <translation>Der Text enthält Bytes, die kein Text sind (kein UTF-8).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="117"/>
        <source>Choose one of the offered options.</source>
        <translation>Wählen Sie eine der angebotenen Möglichkeiten.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="118"/>
        <source>This name is already in the list; choose another.</source>
        <translation>Dieser Name steht schon in der Liste; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="120"/>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="121"/>
        <source>Choose days of the week.</source>
        <translation>Wählen Sie Wochentage.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="122"/>
        <source>This field is not known.</source>
        <translation>Dieses Feld ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="123"/>
        <source>This value is not in the expected form.</source>
        <translation>Dieser Wert hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="124"/>
        <source>This file is not in a format or version rlsdesk reads.</source>
        <translation>Diese Datei hat kein Format und keine Version, die rlsdesk lesen kann.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="127"/>
        <source>Choose a stretch from the list.</source>
        <translation>Wählen Sie eine Dehnübung aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="128"/>
        <source>Enter times like 21:40, or 21:40=6 with a severity, separated by ;.</source>
        <translation>Geben Sie Uhrzeiten wie 21:40 ein, oder 21:40=6 mit einer Stärke, getrennt durch ;.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="131"/>
        <source>This is not a step of your routine.</source>
        <translation>Dies ist kein Schritt Ihrer Routine.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="132"/>
        <source>More than one step has this name; use its number (#ID).</source>
        <translation>Mehr als ein Schritt hat diesen Namen; verwenden Sie seine Nummer (#ID).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="135"/>
        <source>A template never sets a dose or product; the person enters it.</source>
        <translation>Eine Vorlage legt nie eine Dosis oder ein Produkt fest; das tragen Sie selbst ein.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="138"/>
        <source>This is not a source in the bibliography.</source>
        <translation>Dies ist keine Quelle im Literaturverzeichnis.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="140"/>
        <source>This is not a public https address.</source>
        <translation>Dies ist keine öffentliche https-Adresse.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="141"/>
        <source>This is not a year.</source>
        <translation>Dies ist keine Jahreszahl.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="142"/>
        <source>The start and end must differ.</source>
        <translation>Beginn und Ende müssen sich unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="143"/>
        <source>The times must follow the night: into bed, trying to sleep, final waking, out of bed.</source>
        <translation>Die Zeiten müssen dem Lauf der Nacht folgen: ins Bett, Einschlafversuch, endgültiges Aufwachen, aufgestanden.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/problem_text.py" line="146"/>
        <source>Choose a morning time from 04:00 to 11:59.</source>
        <translation>Wählen Sie eine Uhrzeit am Morgen von 04:00 bis 11:59.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="403"/>
        <source>While you were away: 1 step missed</source>
        <translation>Während Sie weg waren: 1 Schritt verpasst</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="404"/>
        <source>During Do Not Disturb: 1 step missed</source>
        <translation>Während „Bitte nicht stören“: 1 Schritt verpasst</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="406"/>
        <source>While you were away: %1 steps missed</source>
        <translation>Während Sie weg waren: %1 Schritte verpasst</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="407"/>
        <source>During Do Not Disturb: %1 steps missed</source>
        <translation>Während „Bitte nicht stören“: %1 Schritte verpasst</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="411"/>
        <location filename="../../rlsdesk/reminders/service.py" line="432"/>
        <location filename="../../rlsdesk/reminders/service.py" line="630"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="419"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="419"/>
        <source>late: was due %1</source>
        <translation>verspätet: war um %1 fällig</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="420"/>
        <source>snoozed reminder</source>
        <translation>verschobene Erinnerung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="422"/>
        <source>How was the night of %1? Severity, when symptoms started, sleep: a minute in the Diary.</source>
        <translation>Wie war die Nacht vom %1? Stärke, Beginn der Beschwerden, Schlaf: eine Minute im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="425"/>
        <source>Morning check-in</source>
        <translation>Check-in am Morgen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="427"/>
        <source>Check in</source>
        <translation>Zum Check-in</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="434"/>
        <location filename="../../rlsdesk/reminders/service.py" line="702"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="435"/>
        <source>Snooze %1 min</source>
        <translation>%1 Min. später</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="436"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="587"/>
        <source>%1 at %2 (snoozed)</source>
        <translation>%1 um %2 (verschoben)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="587"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="628"/>
        <source>Reminders are on again</source>
        <translation>Die Erinnerungen sind wieder an</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="629"/>
        <source>The pause you chose has ended.</source>
        <translation>Die gewählte Pause ist vorbei.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="644"/>
        <source>Settling in for a film?</source>
        <translation>Machen Sie es sich für einen Film bequem?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="645"/>
        <source>Long-sit reminders every %1 min: a prompt to move your legs, for %2 hours.</source>
        <translation>Erinnerungen für langes Sitzen alle %1 Min.: ein Hinweis, die Beine zu bewegen, %2 Stunden lang.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="647"/>
        <source>Start long sit</source>
        <translation>Langes Sitzen starten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="648"/>
        <source>Not tonight</source>
        <translation>Heute Abend nicht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="696"/>
        <source>Stand up, walk or stretch your legs for a minute or two.</source>
        <translation>Stehen Sie auf, gehen Sie ein paar Schritte oder dehnen Sie für ein, zwei Minuten die Beine.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="697"/>
        <source>Long sit: prompt %1 of %2, until %3.</source>
        <translation>Langes Sitzen: Erinnerung %1 von %2, bis %3.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="701"/>
        <source>Time to move</source>
        <translation>Zeit für etwas Bewegung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/reminders/service.py" line="703"/>
        <source>Stop long sit</source>
        <translation>Langes Sitzen beenden</translation>
    </message>
</context>
<context>
    <name>ReminderTrayMenu</name>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="29"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="79"/>
        <source>Snooze %1 min</source>
        <translation>%1 Min. später</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="31"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="36"/>
        <source>Snooze for...</source>
        <translation>Später erinnern in...</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="39"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="46"/>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="100"/>
        <source>Long sit...</source>
        <translation>Langes Sitzen...</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="50"/>
        <source>%1 h, a reminder to move every %2 min</source>
        <translation>%1 Std., alle %2 Min. eine Erinnerung zur Bewegung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="55"/>
        <source>Stop long sit</source>
        <translation>Langes Sitzen beenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="59"/>
        <source>Pause for an hour</source>
        <translation>Eine Stunde pausieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="61"/>
        <source>Pause until I resume</source>
        <translation>Pausieren, bis ich fortsetze</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="63"/>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="96"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="86"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="94"/>
        <source>Resume reminders (paused until %1)</source>
        <translation>Erinnerungen fortsetzen (pausiert bis %1)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray_menu.py" line="103"/>
        <source>Long sit (until %1)...</source>
        <translation>Langes Sitzen (bis %1)...</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="194"/>
        <source>%1 night</source>
        <extracomment>The summary table: as wide as an A4 page between its margins; its cells&apos; and headers&apos; font sizes (as in _CSS) and what a cell&apos;s padding and borders take of its width.</extracomment>
        <translation>%1 Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="194"/>
        <source>%1 nights</source>
        <translation>%1 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="202"/>
        <source>Restless legs diary report</source>
        <translation>Tagebuchbericht Restless Legs</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="205"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="211"/>
        <source>Period: %1 to %2 (%3)</source>
        <translation>Zeitraum: %1 bis %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="220"/>
        <source>Generated %1 by rlsdesk %2. A self-kept diary, not a clinical assessment.</source>
        <translation>Erstellt am %1 mit rlsdesk %2. Ein selbst geführtes Tagebuch, keine ärztliche Beurteilung.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="235"/>
        <source>%1 stored entries could not be read and are left out.</source>
        <translation>%1 gespeicherte Einträge konnten nicht gelesen werden und fehlen hier.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="250"/>
        <source>Nights logged</source>
        <translation>Eingetragene Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="251"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="253"/>
        <source>Nights with symptoms</source>
        <translation>Nächte mit Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="254"/>
        <source>Average severity (0-10)</source>
        <translation>Mittlere Stärke (0-10)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="256"/>
        <source>Worst night</source>
        <translation>Schlimmste Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="259"/>
        <source>Moderate or worse (%1+)</source>
        <translation>Mittel oder stärker (%1+)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="260"/>
        <source>Usual onset (median)</source>
        <translation>Üblicher Beginn (Median)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="262"/>
        <source>Sleep, average</source>
        <translation>Schlaf, Mittel</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="265"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="267"/>
        <source>Awakenings, average</source>
        <translation>Aufwachen, Mittel</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="279"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source> (change %1 ± %2)</source>
        <translation type="vanished"> (Änderung %1 ± %2)</translation>
    </message>
    <message>
        <source>severity %1 to %2%3</source>
        <translation type="vanished">Stärke %1 auf %2%3</translation>
    </message>
    <message>
        <source>onset %1 to %2</source>
        <translation type="vanished">Beginn %1 auf %2</translation>
    </message>
    <message>
        <source>Last %1 nights (%2 to %3) against the %1 before</source>
        <translation type="vanished">Letzte %1 Nächte (%2 bis %3) gegenüber den %1 davor</translation>
    </message>
    <message>
        <source>too few nights logged to compare</source>
        <translation type="vanished">zu wenige Nächte eingetragen für einen Vergleich</translation>
    </message>
    <message>
        <source>Symptoms were worse in the recent nights.</source>
        <translation type="vanished">Die Beschwerden waren in den letzten Nächten stärker.</translation>
    </message>
    <message>
        <source>Symptoms were milder in the recent nights.</source>
        <translation type="vanished">Die Beschwerden waren in den letzten Nächten schwächer.</translation>
    </message>
    <message>
        <source>About the same as before.</source>
        <translation type="vanished">Etwa wie zuvor.</translation>
    </message>
    <message>
        <source>No clear change: the difference is within how much nights vary.</source>
        <translation type="vanished">Keine klare Änderung: Der Unterschied liegt im Rahmen der Schwankung von Nacht zu Nacht.</translation>
    </message>
    <message>
        <source>Too few rated nights to tell (at least %1 on each side).</source>
        <translation type="vanished">Zu wenige bewertete Nächte für eine Aussage (mindestens %1 auf jeder Seite).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="335"/>
        <source>Is it getting worse?</source>
        <translation>Wird es schlimmer?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="349"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="372"/>
        <source>Medicines and supplements in the routine</source>
        <translation>Medikamente und Nahrungsergänzung in der Routine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="378"/>
        <source>None listed.</source>
        <translation>Keine eingetragen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="385"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="386"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="387"/>
        <source>started again</source>
        <translation>wieder begonnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="393"/>
        <source>start not recorded</source>
        <translation>Beginn nicht festgehalten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="395"/>
        <source>switched off now</source>
        <translation>derzeit ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="398"/>
        <source>not planned in this period</source>
        <translation>in diesem Zeitraum nicht geplant</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="400"/>
        <source>added after this period</source>
        <translation>nach diesem Zeitraum hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="402"/>
        <source>%1 of %2 nights</source>
        <translation>%1 von %2 Nächten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="410"/>
        <location filename="../../rlsdesk/export/report.py" line="508"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="411"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="412"/>
        <source>Started / stopped</source>
        <translation>Begonnen / beendet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="413"/>
        <source>Marked taken</source>
        <translation>Als eingenommen markiert</translation>
    </message>
    <message>
        <source>Nights count only while a step was in the routine and switched on. Dose changes are not recorded: the dose shown is today&apos;s.</source>
        <translation type="vanished">Es zählen nur Nächte, in denen ein Schritt in der Routine und eingeschaltet war. Dosisänderungen werden nicht festgehalten: Die gezeigte Dosis ist die heutige.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="288"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="299"/>
        <source>Total sleep time, average</source>
        <translation>Gesamtschlafzeit, Mittel</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="304"/>
        <source>Sleep efficiency, average</source>
        <translation>Schlafeffizienz, Mittel</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="309"/>
        <source>Sleep quality, average (1 very poor to 5 very good)</source>
        <translation>Schlafqualität, Mittel (1 sehr schlecht bis 5 sehr gut)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="319"/>
        <source>From the sleep-diary questions (after the Consensus Sleep Diary) on the nights they were answered.</source>
        <translation>Aus den Fragen des Schlaftagebuchs (nach dem Consensus Sleep Diary) in den Nächten, in denen sie beantwortet wurden.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="326"/>
        <source>Sleep diary</source>
        <translation>Schlaftagebuch</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="362"/>
        <source>No medicine or supplement changes recorded in this period.</source>
        <translation>In diesem Zeitraum sind keine Änderungen an Medikamenten oder Nahrungsergänzungen festgehalten.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="367"/>
        <source>Changes in this period</source>
        <translation>Änderungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="416"/>
        <source>Nights count only while a step was in the routine and switched on. The dose shown is today&apos;s; changes of dose are listed with their dates.</source>
        <translation>Nächte zählen nur, solange ein Schritt in der Routine und eingeschaltet war. Die gezeigte Dosis ist die heutige; Dosisänderungen sind mit ihrem Datum aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="443"/>
        <source>Drawn</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="444"/>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="445"/>
        <source>Transferrin saturation</source>
        <translation>Transferrinsättigung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="446"/>
        <source>Haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="457"/>
        <source>For information, not advice: the 2024 AASM guideline considers iron treatment when ferritin is at or below 75 ng/mL (75 µg/L, the same) or transferrin saturation is below 20 %, and only intravenous iron when ferritin is above 75 and up to 100 ng/mL. Source: %1</source>
        <translation>Zur Information, kein Rat: Die AASM-Leitlinie von 2024 erwägt eine Eisenbehandlung, wenn Ferritin bei oder unter 75 ng/mL (75 µg/L, dasselbe) oder die Transferrinsättigung unter 20 % liegt, und nur intravenöses Eisen, wenn Ferritin über 75 und bis 100 ng/mL liegt. Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="468"/>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="481"/>
        <source>Severity over time</source>
        <translation>Stärke im Verlauf</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="482"/>
        <source>When symptoms started</source>
        <translation>Wann die Beschwerden begannen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="488"/>
        <source>What seems to help</source>
        <translation>Was zu helfen scheint</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="489"/>
        <source>Mean severity on nights a step was done against nights it was planned but not done, largest difference first. An association in this diary, not proof: other things differ between those nights too.</source>
        <translation>Mittlere Stärke in Nächten, in denen ein Schritt erledigt wurde, gegenüber Nächten, in denen er geplant, aber nicht erledigt war; der größte Unterschied zuerst. Ein Zusammenhang in diesem Tagebuch, kein Beweis: Diese Nächte unterscheiden sich auch in anderem.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="500"/>
        <source>Not enough nights yet to compare any step.</source>
        <translation>Noch nicht genug Nächte, um einen Schritt zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="509"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="510"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="511"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="518"/>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="520"/>
        <source>milder</source>
        <translation>schwächer</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="522"/>
        <source>worse</source>
        <translation>stärker</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="544"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="546"/>
        <source>Nights with each trigger against nights without, from the first night one was noted; shown with at least %1 nights of each. An association in the person&apos;s own diary, not proof of a cause.</source>
        <translation>Nächte mit jedem Auslöser im Vergleich zu Nächten ohne ihn, ab der ersten Nacht, in der einer notiert wurde; gezeigt mit mindestens je %1 Nächten. Ein Zusammenhang im eigenen Tagebuch der Person, kein Beweis für eine Ursache.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="557"/>
        <source>Not yet %1 nights with and %1 without any trigger to compare.</source>
        <translation>Noch für keinen Auslöser je %1 Nächte mit und ohne ihn zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="583"/>
        <source>Logged</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="584"/>
        <source>With symptoms</source>
        <translation>Mit Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="585"/>
        <source>Severity avg</source>
        <translation>Stärke Mittel</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="587"/>
        <source>Worst</source>
        <translation>Stärkste</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="590"/>
        <source>Usual onset</source>
        <translation>Üblicher Beginn</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="591"/>
        <source>Sleep h</source>
        <translation>Schlaf Std.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="592"/>
        <source>Awakenings</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="614"/>
        <source>%1 taken</source>
        <translation>%1 eingenommen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="623"/>
        <source>late caffeine</source>
        <translation>spätes Koffein</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="624"/>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="625"/>
        <source>nicotine</source>
        <translation>Nikotin</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="626"/>
        <source>long sit</source>
        <translation>langes Sitzen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="627"/>
        <source>short night</source>
        <translation>kurze Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="628"/>
        <source>exercise</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="629"/>
        <source>medicine change</source>
        <translation>Medikamentenänderung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="643"/>
        <source>Triggers (nights)</source>
        <translation>Auslöser (Nächte)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="664"/>
        <source>Week by week</source>
        <extracomment>Columns of the summary table after the row&apos;s dates (functions of the context).</extracomment>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="665"/>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="666"/>
        <source>Quarter by quarter</source>
        <translation>Quartal für Quartal</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="674"/>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="686"/>
        <source>Logged: nights with a rating or an onset, of the nights in the row. Taken: nights marked taken.</source>
        <translation>Eingetragen: Nächte mit Bewertung oder Beginn, von den Nächten der Zeile. Eingenommen: als eingenommen markierte Nächte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="692"/>
        <source>Triggers: nights with each trigger in the row.</source>
        <translation>Auslöser: Nächte mit jedem Auslöser in der Zeile.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="714"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="716"/>
        <source>Notes marked for the clinician, and those of the last %1 nights.</source>
        <translation>Für die Ärztin oder den Arzt markierte Notizen und die der letzten %1 Nächte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="724"/>
        <source>No notes to show for this period.</source>
        <translation>Keine Notizen für diesen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="750"/>
        <source>Questions for the clinician</source>
        <translation>Fragen für die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="912"/>
        <source>Restless legs diary report %1 to %2</source>
        <extracomment>The report, in order. A new section: a function ReportContext -&gt; blocks, added here.</extracomment>
        <translation>Tagebuchbericht Restless Legs %1 bis %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="930"/>
        <source>Self-kept diary recorded with rlsdesk, not a clinical assessment. Generated %1.</source>
        <translation>Selbst geführtes Tagebuch, mit rlsdesk festgehalten, keine ärztliche Beurteilung. Erstellt am %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/export/report.py" line="951"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>RlsDeskApp</name>
    <message>
        <location filename="../../rlsdesk/app.py" line="127"/>
        <source>Tonight</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="128"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="129"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="130"/>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="131"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="132"/>
        <source>About</source>
        <translation>Über rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="367"/>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="368"/>
        <source>The backup from %1 could not be restored. Details are in %2.</source>
        <translation>Die Sicherung vom %1 konnte nicht wiederhergestellt werden. Einzelheiten stehen in %2.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="395"/>
        <source>Noted: legs acting up at %1.</source>
        <translation>Notiert: Beine melden sich um %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="473"/>
        <source>rlsdesk is still running</source>
        <translation>rlsdesk läuft weiter</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="474"/>
        <source>Reminders keep coming from the tray. Choose Quit in its menu to stop.</source>
        <translation>Erinnerungen kommen weiterhin aus dem Infobereich. Zum Beenden wählen Sie dort im Menü „rlsdesk beenden“.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="481"/>
        <source>rlsdesk will close</source>
        <translation>rlsdesk wird beendet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="482"/>
        <source>No system tray was found on this desktop, so rlsdesk cannot keep running in the background. It will close now, and reminders stop until you open it again.</source>
        <translation>Auf diesem Desktop gibt es keinen Infobereich, deshalb kann rlsdesk nicht im Hintergrund weiterlaufen. Es wird jetzt beendet, und Erinnerungen kommen erst wieder, wenn Sie es erneut öffnen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="513"/>
        <source>All your rlsdesk data was deleted. rlsdesk will close now.</source>
        <translation>Alle Ihre rlsdesk-Daten wurden gelöscht. rlsdesk wird jetzt beendet.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/app.py" line="558"/>
        <source>rlsdesk cannot start</source>
        <translation>rlsdesk kann nicht starten</translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="73"/>
        <source>Your evening steps, in order. Untick a step to leave it out for now.</source>
        <extracomment>Tonight&apos;s time: the one the reminder comes at, from the plan the reminders use.</extracomment>
        <translation>Ihre Schritte am Abend, der Reihe nach. Entfernen Sie das Häkchen, um einen Schritt vorerst auszulassen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="80"/>
        <source>Routine steps</source>
        <translation>Schritte der Routine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="82"/>
        <source>Space turns a step on or off; Enter edits it; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Die Leertaste schaltet einen Schritt ein oder aus, die Eingabetaste bearbeitet ihn, Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben ihn</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="86"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="86"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="86"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="86"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="87"/>
        <source>Tonight</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="100"/>
        <source>Add step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="100"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="101"/>
        <source>Choose a kind of step to add (Ctrl+N)</source>
        <translation>Wählen Sie, welche Art von Schritt Sie hinzufügen möchten (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="104"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="104"/>
        <source>Edit the selected step</source>
        <translation>Den gewählten Schritt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="104"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="107"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="107"/>
        <source>Move the selected step up</source>
        <translation>Den gewählten Schritt nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="107"/>
        <source>Ctrl+Up</source>
        <translation>Strg+Pfeil nach oben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="110"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="110"/>
        <source>Move the selected step down</source>
        <translation>Den gewählten Schritt nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="111"/>
        <source>Ctrl+Down</source>
        <translation>Strg+Pfeil nach unten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="114"/>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="426"/>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="114"/>
        <source>Turn the selected step on or off</source>
        <translation>Den gewählten Schritt ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="115"/>
        <source>Space in the list</source>
        <translation>Leertaste in der Liste</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="118"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="118"/>
        <source>Delete the selected step</source>
        <translation>Den gewählten Schritt löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="119"/>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Entf-Taste; Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="132"/>
        <source>Deleted step</source>
        <translation>Gelöschter Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="134"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="134"/>
        <source>Undo the delete</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="134"/>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="138"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="138"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="159"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="193"/>
        <source>%1 · also in Do Not Disturb</source>
        <translation>%1 · auch bei „Bitte nicht stören“</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="202"/>
        <source>Reminded even in Do Not Disturb (sent as urgent)</source>
        <translation>Erinnert auch bei „Bitte nicht stören“ (als dringend gesendet)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="207"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="207"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="247"/>
        <source>not tonight</source>
        <translation>heute Abend nicht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="250"/>
        <source>%1 (usually %2)</source>
        <translation>%1 (sonst %2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="343"/>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="358"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/routine_page.py" line="426"/>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="93"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="97"/>
        <source>Usual bedtime</source>
        <translation>Übliche Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="99"/>
        <source>I know when my legs usually start</source>
        <translation>Ich weiß, wann die Beschwerden in den Beinen meist beginnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="100"/>
        <source>Use my own usual onset</source>
        <translation>Meinen eigenen üblichen Beginn verwenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="101"/>
        <source>Otherwise rlsdesk uses a typical evening until it learns from your log</source>
        <translation>Sonst geht rlsdesk von einem typischen Abend aus, bis es aus Ihren Einträgen lernt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="103"/>
        <source>Usual symptom onset</source>
        <translation>Üblicher Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="104"/>
        <source>Evening times result</source>
        <translation>Ergebnis der Abendzeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="105"/>
        <source>Your evening</source>
        <translation>Ihr Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="107"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="109"/>
        <source>Legs usually start</source>
        <translation>Beine beginnen meist</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="113"/>
        <source>Reminder style</source>
        <translation>Art der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="114"/>
        <source>Desktop notification with buttons</source>
        <translation>Benachrichtigung mit Schaltflächen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="115"/>
        <source>Message from the tray icon</source>
        <translation>Meldung vom Symbol im Infobereich</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="116"/>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="117"/>
        <source>No reminders between these times</source>
        <translation>Keine Erinnerungen zwischen diesen Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="118"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="119"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="120"/>
        <source>Problem with quiet hours</source>
        <translation>Problem mit den Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="122"/>
        <source>What quiet hours cover tonight</source>
        <translation>Was die Ruhezeiten heute Abend abdecken</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="126"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="129"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="130"/>
        <source>Morning check-in reminder</source>
        <translation>Morgendliche Check-in-Erinnerung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="131"/>
        <source>Each morning, if last night has no check-in yet, a reminder that opens the Diary&apos;s check-in</source>
        <translation>Jeden Morgen, wenn es für die letzte Nacht noch keinen Check-in gibt, eine Erinnerung, die den Check-in im Tagebuch öffnet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="134"/>
        <source>Morning check-in reminder time</source>
        <translation>Uhrzeit der morgendlichen Check-in-Erinnerung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="137"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="140"/>
        <source>Snooze length</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="141"/>
        <source>How long a reminder&apos;s Snooze button waits</source>
        <translation>Wie lange „Später“ bei einer Erinnerung wartet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="143"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="144"/>
        <source>Reminder settings result</source>
        <translation>Ergebnis der Erinnerungseinstellungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="145"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="147"/>
        <source>Style</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="148"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="156"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="182"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Automatic: night look before bed</source>
        <translation type="vanished">Automatisch: Nachtdesign vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="159"/>
        <source>Always the night look</source>
        <translation>Immer das Nachtdesign</translation>
    </message>
    <message>
        <source>Never: follow the system</source>
        <translation type="vanished">Nie: wie das System</translation>
    </message>
    <message>
        <source>Never the night look: your system&apos;s usual colours</source>
        <translation type="vanished">Nie das Nachtdesign: die üblichen Farben Ihres Systems</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="158"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="160"/>
        <source>Never the night look</source>
        <translation>Nie das Nachtdesign</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="167"/>
        <source>Night look starts, minutes before bed</source>
        <translation>Nachtdesign beginnt, Minuten vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="170"/>
        <source> min before bed</source>
        <translation> Min. vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="171"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="185"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="174"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="186"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="175"/>
        <source>Takes effect the next time rlsdesk starts</source>
        <translation>Gilt ab dem nächsten Start von rlsdesk</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="176"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="179"/>
        <source>Look result</source>
        <translation>Ergebnis der Darstellung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="180"/>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="184"/>
        <source>Night look</source>
        <translation>Nachtdesign</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="190"/>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="197"/>
        <source>Name on the report (optional)</source>
        <translation>Name im Bericht (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="191"/>
        <source>Shown in the clinician report&apos;s header; leave empty for none</source>
        <translation>Steht im Kopf des Berichts für Ihre Ärztin oder Ihren Arzt; leer lassen für keinen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="194"/>
        <source>Report name result</source>
        <translation>Ergebnis für den Namen im Bericht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="195"/>
        <source>Clinician report</source>
        <translation>Bericht für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="201"/>
        <source>Start rlsdesk in the tray when I log in</source>
        <translation>rlsdesk beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="202"/>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="203"/>
        <source>Start-up result</source>
        <translation>Ergebnis des Programmstarts</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="204"/>
        <source>Start-up</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="210"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="211"/>
        <source>Backup to restore</source>
        <translation>Sicherung zum Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="212"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="213"/>
        <source>Restore the chosen backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="214"/>
        <source>Delete all data…</source>
        <translation>Alle Daten löschen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="215"/>
        <source>Delete all data</source>
        <translation>Alle Daten löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="216"/>
        <source>Removes your diary, routine and backups</source>
        <translation>Entfernt Ihr Tagebuch, Ihre Routine und Ihre Sicherungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="217"/>
        <source>Backup result</source>
        <translation>Ergebnis der Sicherung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="218"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="322"/>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="327"/>
        <source>The night look is dim and warm, easier on tired eyes. It starts the chosen minutes before your bedtime and ends in the morning.</source>
        <translation>Das Nachtdesign ist gedämpft und warm, angenehmer für müde Augen. Es beginnt die gewählten Minuten vor Ihrer Schlafenszeit und endet am Morgen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="329"/>
        <source>The dim, warm night look all day.</source>
        <translation>Das gedämpfte, warme Nachtdesign den ganzen Tag.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="331"/>
        <source>rlsdesk never switches to the dim night look; it keeps your computer&apos;s own light or dark colours.</source>
        <translation>rlsdesk wechselt nie zum gedämpften Nachtdesign; es behält die hellen oder dunklen Farben Ihres Computers.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="353"/>
        <source>Quiet hours cover your bedtime (%1).</source>
        <translation>Die Ruhezeiten umfassen Ihre Schlafenszeit (%1).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="356"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="359"/>
        <source>These reminders fall in them tonight and will not be shown: %1. They are marked skipped; the steps stay on the Tonight page.</source>
        <translation>Diese Erinnerungen fallen heute Abend hinein und werden nicht angezeigt: %1. Sie werden als übersprungen vermerkt; die Schritte bleiben auf der Seite „Heute Abend“.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="363"/>
        <source>No reminder falls in them tonight, but a step placed at or after bedtime would not be shown.</source>
        <translation>Heute Abend fällt keine Erinnerung hinein, aber ein Schritt zur oder nach der Schlafenszeit würde nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="365"/>
        <source>To be reminded, let quiet hours start later.</source>
        <translation>Damit Sie erinnert werden, lassen Sie die Ruhezeiten später beginnen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="399"/>
        <source>Evening times saved; tonight&apos;s plan is updated.</source>
        <translation>Abendzeiten gespeichert; der Plan für heute Abend ist angepasst.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="412"/>
        <source>Quiet hours: the start and end are the same time. Choose a different end; nothing was saved.</source>
        <translation>Ruhezeiten: Beginn und Ende sind dieselbe Uhrzeit. Wählen Sie ein anderes Ende; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="417"/>
        <source>Reminder settings saved.</source>
        <translation>Einstellungen für Erinnerungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="426"/>
        <source>Snooze now waits %1 min.</source>
        <translation>„Später“ wartet jetzt %1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="436"/>
        <source>Morning check-in reminder on: {0}, when last night has no check-in yet.</source>
        <translation>Morgendliche Check-in-Erinnerung an: {0}, wenn es für die letzte Nacht noch keinen Check-in gibt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="438"/>
        <source>Morning check-in reminder off.</source>
        <translation>Morgendliche Check-in-Erinnerung aus.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="448"/>
        <source>The language changes the next time rlsdesk starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von rlsdesk.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="449"/>
        <source>Look saved.</source>
        <translation>Aussehen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="461"/>
        <source>Name on the report: one line of up to %1 characters, without control or direction-changing characters. Nothing was saved.</source>
        <translation>Name im Bericht: eine Zeile mit höchstens %1 Zeichen, ohne Steuer- oder Richtungszeichen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="466"/>
        <source>The report shows this name.</source>
        <translation>Der Bericht zeigt diesen Namen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="467"/>
        <source>The report shows no name.</source>
        <translation>Der Bericht zeigt keinen Namen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="476"/>
        <source>Could not change start at login: {0}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="479"/>
        <source>rlsdesk will start in the tray when you log in.</source>
        <translation>rlsdesk startet beim Anmelden im Infobereich.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="480"/>
        <source>rlsdesk will not start at login.</source>
        <translation>rlsdesk startet nicht beim Anmelden.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="491"/>
        <source>The backup failed: {0}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="494"/>
        <source>Backup written: {0}</source>
        <translation>Sicherung geschrieben: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="501"/>
        <source>Restore a backup?</source>
        <translation>Eine Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="502"/>
        <source>Replace your current data with the backup from {0}? Your current data is kept beside the backups first.</source>
        <translation>Ihre jetzigen Daten durch die Sicherung vom {0} ersetzen? Ihre jetzigen Daten werden vorher neben den Sicherungen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="511"/>
        <source>The backup could not be restored: {0}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="514"/>
        <source>Restored. Your previous data was kept as {0}.</source>
        <translation>Wiederhergestellt. Ihre bisherigen Daten wurden als {0} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="521"/>
        <source>Delete all data?</source>
        <translation>Alle Daten löschen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="522"/>
        <source>Delete your whole diary, routine, settings and backups?</source>
        <translation>Ihr ganzes Tagebuch, Ihre Routine, Ihre Einstellungen und Sicherungen löschen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="524"/>
        <source>This cannot be undone. rlsdesk will close afterwards. Consider exporting your diary first.</source>
        <translation>Das lässt sich nicht rückgängig machen. rlsdesk wird danach beendet. Exportieren Sie Ihr Tagebuch am besten vorher.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="526"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/settings_page.py" line="527"/>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
</context>
<context>
    <name>SeverityChart</name>
    <message>
        <location filename="../../rlsdesk/ui/charts/severity.py" line="20"/>
        <source>Severity over time</source>
        <translation>Stärke im Verlauf</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="84"/>
        <source>; medicine change: %1</source>
        <translation>; Änderung bei Medikamenten: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="91"/>
        <source>%1: nothing logged</source>
        <translation>%1: nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="93"/>
        <source>%1: not rated</source>
        <translation>%1: nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="95"/>
        <source>%1: severity %2 of 10</source>
        <translation>%1: Stärke %2 von 10</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="99"/>
        <source>; %1-night average %2</source>
        <translation>; Durchschnitt über %1 Nächte %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="103"/>
        <source>; done: %1</source>
        <translation>; erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="105"/>
        <source>; no steps marked done</source>
        <translation>; keine Schritte als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="124"/>
        <source>middle half of the nights&apos; ratings (0 to 10)</source>
        <translation>mittlere Hälfte der Bewertungen (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="126"/>
        <source>each night&apos;s rating (0 to 10)</source>
        <translation>Bewertung jeder Nacht (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="127"/>
        <source>%1-night average</source>
        <translation>Durchschnitt über %1 Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="224"/>
        <source>No nights rated in this period</source>
        <translation>Keine Nacht in diesem Zeitraum bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/paint/severity.py" line="131"/>
        <source>Steps marked done (a mark for each night)</source>
        <translation>Als erledigt markierte Schritte (ein Strich pro Nacht)</translation>
    </message>
</context>
<context>
    <name>SeverityScale</name>
    <message>
        <location filename="../../rlsdesk/ui/severity_scale.py" line="46"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/severity_scale.py" line="47"/>
        <source>worst</source>
        <translation>am schlimmsten</translation>
    </message>
</context>
<context>
    <name>SleepDiary</name>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="48"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="56"/>
        <source>total sleep %1</source>
        <translation>Gesamtschlaf %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="59"/>
        <source>in bed %1</source>
        <translation>im Bett %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="62"/>
        <source>sleep efficiency %1 %</source>
        <translation>Schlafeffizienz %1 %</translation>
    </message>
</context>
<context>
    <name>SleepDiarySection</name>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="83"/>
        <source>Sleep diary (optional)</source>
        <translation>Schlaftagebuch (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="84"/>
        <source>Sleep diary questions (optional)</source>
        <translation>Fragen des Schlaftagebuchs (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="96"/>
        <source>Time you got into bed</source>
        <translation>Zeit, zu der Sie ins Bett gegangen sind</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="97"/>
        <source>Time you tried to go to sleep</source>
        <translation>Zeit, zu der Sie einzuschlafen versucht haben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="99"/>
        <source>Minutes it took to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="101"/>
        <source>Minutes awake during the night, in all</source>
        <translation>Minuten wach in der Nacht, insgesamt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="102"/>
        <source>Time of your final waking</source>
        <translation>Zeit Ihres endgültigen Aufwachens</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="103"/>
        <source>Time you got out of bed</source>
        <translation>Zeit, zu der Sie aufgestanden sind</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="105"/>
        <source>Quality of your sleep (optional)</source>
        <translation>Qualität Ihres Schlafs (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="106"/>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="152"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="106"/>
        <source>very poor</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="106"/>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="107"/>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="107"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="107"/>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="111"/>
        <source>Into bed:</source>
        <translation>Ins Bett:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="112"/>
        <source>Tried to sleep:</source>
        <translation>Einschlafversuch:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="113"/>
        <source>Minutes to fall asleep:</source>
        <translation>Minuten bis zum Einschlafen:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="114"/>
        <source>Minutes awake in the night:</source>
        <translation>Minuten wach in der Nacht:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="115"/>
        <source>Final waking:</source>
        <translation>Endgültig aufgewacht:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="116"/>
        <source>Out of bed:</source>
        <translation>Aufgestanden:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="117"/>
        <source>Sleep quality:</source>
        <translation>Schlafqualität:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="142"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="143"/>
        <source>%1 (HH:MM, optional)</source>
        <translation>%1 (HH:MM, freiwillig)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/sleep_diary_form.py" line="154"/>
        <source>%1 (optional)</source>
        <translation>%1 (freiwillig)</translation>
    </message>
</context>
<context>
    <name>SleepEfficiencyPanel</name>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="56"/>
        <source>Sleep efficiency each night</source>
        <translation>Schlafeffizienz jeder Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="57"/>
        <source>Sleep diary: sleep efficiency</source>
        <translation>Schlaftagebuch: Schlafeffizienz</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="58"/>
        <source>Left and Right arrow keys (Home, End) or the pointer read each night&apos;s value.</source>
        <translation>Pfeiltasten links und rechts (Pos1, Ende) oder der Mauszeiger lesen den Wert jeder Nacht vor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="64"/>
        <source>Total sleep time is the time from trying to sleep to the final waking, less the minutes to fall asleep and awake; sleep efficiency is total sleep as a share of the time in bed. Source: %1</source>
        <translation>Die Gesamtschlafzeit ist die Zeit vom Einschlafversuch bis zum endgültigen Aufwachen, abzüglich der Minuten bis zum Einschlafen und wach; die Schlafeffizienz ist der Anteil des Gesamtschlafs an der Zeit im Bett. Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="78"/>
        <source>%1: sleep efficiency %2 %, total sleep %3</source>
        <translation>%1: Schlafeffizienz %2 %, Gesamtschlaf %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="84"/>
        <source>No nights with the sleep-diary times in this period</source>
        <translation>In diesem Zeitraum keine Nächte mit den Zeiten des Schlaftagebuchs</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="88"/>
        <source>Average total sleep %1 over %2 nights.</source>
        <translation>Gesamtschlaf im Mittel %1 über %2 Nächte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="92"/>
        <source>Average sleep efficiency %1 % over %2 nights.</source>
        <translation>Schlafeffizienz im Mittel %1 % über %2 Nächte.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/insights_labs_sleep.py" line="97"/>
        <source>Open “Sleep diary” in the check-in to answer the sleep questions; the figures appear here.</source>
        <translation>Öffnen Sie „Schlaftagebuch“ im Check-in, um die Fragen zum Schlaf zu beantworten; die Werte erscheinen dann hier.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Please fill this in.</source>
        <translation type="vanished">Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Choose a number from %1 to %2.</source>
        <translation type="vanished">Wählen Sie eine Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>Choose a number from %1 to %2 %3.</source>
        <translation type="vanished">Wählen Sie eine Zahl von %1 bis %2 %3.</translation>
    </message>
    <message>
        <source>Please keep it to %1 characters or fewer.</source>
        <translation type="vanished">Bitte höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="vanished">Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="56"/>
        <source>Choose at least one stretch.</source>
        <translation>Wählen Sie mindestens eine Dehnübung.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="58"/>
        <source>Enter the amount from the label or from your clinician; rlsdesk never suggests one.</source>
        <translation>Tragen Sie die Menge vom Etikett oder von Ihrer Ärztin oder Ihrem Arzt ein; rlsdesk schlägt nie eine vor.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="61"/>
        <source>Choose the form named on the label.</source>
        <translation>Wählen Sie die Form, die auf dem Etikett steht.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation type="vanished">Bitte geben Sie eine ganze Zahl ein.</translation>
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
        <source>Saves the step; it is disabled while a field needs fixing</source>
        <translation type="vanished">Speichert den Schritt; nicht verfügbar, solange ein Feld korrigiert werden muss</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="141"/>
        <source>Saves the step; a field that needs fixing says so</source>
        <translation>Speichert den Schritt; ein Feld, das korrigiert werden muss, sagt es</translation>
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
        <location filename="../../rlsdesk/ui/step_editor.py" line="227"/>
        <source>Problem with %1</source>
        <translation>Problem bei %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="278"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="285"/>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="286"/>
        <source>rlsdesk records the name and the time; it gives no advice on medicines</source>
        <translation>rlsdesk hält den Namen und die Uhrzeit fest; es gibt keinen Rat zu Medikamenten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="296"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="297"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="307"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="375"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="298"/>
        <source>Minutes before</source>
        <translation>Minuten vorher</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="305"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="309"/>
        <source>Takes</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="310"/>
        <source>How many minutes the step takes; 0 for a quick one</source>
        <translation>Wie viele Minuten der Schritt dauert; 0 für einen kurzen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="326"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="327"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="329"/>
        <source>Include this step in my evenings</source>
        <translation>Diesen Schritt in meine Abende aufnehmen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="331"/>
        <source>Step is on</source>
        <translation>Schritt ist eingeschaltet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="333"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="335"/>
        <source>Remind me even in Do Not Disturb</source>
        <translation>Auch bei „Bitte nicht stören“ erinnern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="339"/>
        <source>Do Not Disturb</source>
        <translation>Bitte nicht stören</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="340"/>
        <source>Sent as urgent, so it comes through the desktop&apos;s Do Not Disturb; a locked screen still holds it until you are back</source>
        <translation>Wird als dringend gesendet und kommt so auch bei „Bitte nicht stören“ des Desktops an; bei gesperrtem Bildschirm wartet die Erinnerung, bis Sie zurück sind</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="349"/>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="350"/>
        <source>not entered</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="351"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="352"/>
        <source>Magnesium per dose in milligrams, from the label or your clinician</source>
        <translation>Magnesium pro Einnahme in Milligramm, vom Etikett oder von Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <source>Magnesium per dose in milligrams</source>
        <translation type="vanished">Magnesium pro Dosis in Milligramm</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="356"/>
        <source>Citrate</source>
        <translation>Citrat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="357"/>
        <source>Glycinate</source>
        <translation>Glycinat</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="358"/>
        <source>Oxide</source>
        <translation>Oxid</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="359"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="363"/>
        <source>Choose the form on the label</source>
        <translation>Form laut Etikett wählen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="370"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="373"/>
        <source>Cycles</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="374"/>
        <source>How many times to go from heat to cold</source>
        <translation>Wie oft von Wärme zu Kälte gewechselt wird</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="376"/>
        <source>Minutes each</source>
        <translation>Minuten je</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="377"/>
        <source>Minutes for each heat pack and each cold pack</source>
        <translation>Minuten für jede Wärme- und jede Kältepackung</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="389"/>
        <source>Habit</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="412"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="414"/>
        <source>Seconds for %1</source>
        <translation>Sekunden für %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="421"/>
        <location filename="../../rlsdesk/ui/step_editor.py" line="422"/>
        <source>Stretches</source>
        <translation>Dehnübungen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_editor.py" line="423"/>
        <source>Tick the stretches to do, in this order, and how long to hold each</source>
        <translation>Haken Sie die Dehnübungen an, die Sie in dieser Reihenfolge machen möchten, und wählen Sie, wie lange Sie jede halten</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="132"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="141"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="143"/>
        <source>Shows or hides why this step may help, with its sources</source>
        <translation>Zeigt oder verbirgt, warum dieser Schritt helfen kann, mit den Quellen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="157"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="166"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="166"/>
        <source>Start: %1</source>
        <translation>Starten: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="167"/>
        <source>Opens a guided timer for this step</source>
        <translation>Öffnet einen geführten Timer für diesen Schritt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="170"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="170"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="171"/>
        <source>Marks this step as done tonight</source>
        <translation>Markiert diesen Schritt für heute Abend als erledigt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="174"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="174"/>
        <source>Skip: %1</source>
        <translation>Auslassen: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="175"/>
        <source>Leaves this step out tonight</source>
        <translation>Lässt diesen Schritt heute Abend aus</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="178"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="178"/>
        <source>Snooze: %1</source>
        <translation>Später: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="179"/>
        <source>Reminds you again later; choose how long</source>
        <translation>Erinnert Sie später noch einmal; wählen Sie, wann</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="183"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="224"/>
        <source>Done ✓</source>
        <translation>Erledigt ✓</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="225"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="226"/>
        <source>Snoozed until %1</source>
        <translation>Verschoben bis %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="227"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="228"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="229"/>
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
        <location filename="../../rlsdesk/ui/step_text.py" line="36"/>
        <source>tested in randomised trials</source>
        <translation>in randomisierten Studien geprüft</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="37"/>
        <source>small studies, mixed results</source>
        <translation>kleine Studien, uneinheitliche Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="38"/>
        <source>patient-guidance advice, not trial-tested</source>
        <translation>Rat aus Patienteninformationen, nicht in Studien geprüft</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="39"/>
        <source>not studied for restless legs</source>
        <translation>für unruhige Beine nicht untersucht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="40"/>
        <source>your own or your prescriber&apos;s choice; not rated</source>
        <translation>Ihre eigene Wahl oder die Ihrer verordnenden Ärztin oder Ihres verordnenden Arztes; nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="48"/>
        <source>%1
Evidence: %2.
Sources: %3</source>
        <translation>%1
Belege: %2.
Quellen: %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="54"/>
        <source>before symptoms usually start</source>
        <translation>vor dem üblichen Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="55"/>
        <source>before bed</source>
        <translation>vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="56"/>
        <source>at a clock time</source>
        <translation>zu einer festen Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="64"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="67"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="68"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="74"/>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="77"/>
        <source>when symptoms usually start</source>
        <translation>zum üblichen Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="78"/>
        <source>%1 before symptoms usually start</source>
        <translation>%1 vor dem üblichen Beginn der Beschwerden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="81"/>
        <source>at bedtime</source>
        <translation>zur Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="82"/>
        <source>%1 before bed</source>
        <translation>%1 vor dem Schlafengehen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="93"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="95"/>
        <source>Weekdays</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="97"/>
        <source>Weekends</source>
        <translation>Am Wochenende</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="106"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="108"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="110"/>
        <source>in %1 min</source>
        <translation>in %1 Min.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="113"/>
        <source>in %1 h</source>
        <translation>in %1 Std.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/step_text.py" line="114"/>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="54"/>
        <location filename="../../rlsdesk/ui/template_picker.py" line="94"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="60"/>
        <source>Kinds of step</source>
        <translation>Arten von Schritten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="62"/>
        <source>Each kind with why it may help and where that comes from</source>
        <translation>Jede Art mit dem Grund, warum sie helfen kann, und woher das stammt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="77"/>
        <source>Choose a step, then adjust it to suit you.</source>
        <translation>Wählen Sie einen Schritt und passen Sie ihn dann an sich an.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="80"/>
        <source>Next…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="80"/>
        <source>Set up the chosen step</source>
        <translation>Den gewählten Schritt einrichten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="81"/>
        <source>Opens the chosen step so you can adjust it before saving</source>
        <translation>Öffnet den gewählten Schritt, damit Sie ihn vor dem Speichern anpassen können</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/template_picker.py" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="148"/>
        <source>Tonight&apos;s timeline</source>
        <translation>Zeitleiste für heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="211"/>
        <source>%1 step tonight; symptoms usually start around %2; bedtime %3</source>
        <translation>%1 Schritt heute Abend; Beschwerden beginnen meist gegen %2; Schlafenszeit %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="212"/>
        <source>%1 steps tonight; symptoms usually start around %2; bedtime %3</source>
        <translation>%1 Schritte heute Abend; Beschwerden beginnen meist gegen %2; Schlafenszeit %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="268"/>
        <source>your worst hours</source>
        <translation>Ihre schlimmsten Stunden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="269"/>
        <source>usually worst</source>
        <translation>meist am schlimmsten</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="290"/>
        <source>usually starts %1</source>
        <translation>beginnt meist um %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/timeline.py" line="377"/>
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
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="341"/>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="478"/>
        <source>Use it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="341"/>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="479"/>
        <source>Use the onset your diary suggests</source>
        <translation>Den Beginn übernehmen, den Ihr Tagebuch nahelegt</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="342"/>
        <source>Plans the evening from your diary&apos;s onset from tonight on</source>
        <translation>Plant den Abend ab heute nach dem Beginn aus Ihrem Tagebuch</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="360"/>
        <source>Warnings for tonight</source>
        <translation>Hinweise für heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="383"/>
        <source>Tonight&apos;s steps</source>
        <translation>Schritte für heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="387"/>
        <source>No steps tonight. Add some on the Routine page.</source>
        <translation>Heute Abend keine Schritte. Sie können auf der Seite „Routine“ welche hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="391"/>
        <source>Tonight</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="429"/>
        <source>Your evening pattern: %1</source>
        <translation>Ihr Muster am Abend: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="477"/>
        <source>You said %1; your diary suggests %2. Use it?</source>
        <translation>Sie haben %1 angegeben; Ihr Tagebuch legt %2 nahe. Übernehmen?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="482"/>
        <source>Following your diary: %1. You said %2. Use yours?</source>
        <translation>Nach Ihrem Tagebuch: %1. Sie haben %2 angegeben. Ihre Angabe verwenden?</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="483"/>
        <source>Use mine</source>
        <translation>Meine verwenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="484"/>
        <source>Use the onset you typed</source>
        <translation>Den Beginn verwenden, den Sie angegeben haben</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="542"/>
        <source>Nothing more tonight. Rest well.</source>
        <translation>Heute Abend nichts mehr. Erholen Sie sich gut.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="547"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="549"/>
        <source>Next: %1 at %2, %3</source>
        <translation>Als Nächstes: %1 um %2, %3</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="552"/>
        <source>Now: %1 (%2)</source>
        <translation>Jetzt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/pages/tonight_page.py" line="553"/>
        <source>Now: %1, due at %2, %3</source>
        <translation>Jetzt: %1, fällig um %2, %3</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="50"/>
        <source>Open rlsdesk</source>
        <translation>rlsdesk öffnen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="51"/>
        <source>Next: nothing planned</source>
        <translation>Als Nächstes: nichts geplant</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="56"/>
        <source>Legs acting up now</source>
        <translation>Beine melden sich gerade</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="58"/>
        <source>Pause reminders tonight</source>
        <translation>Erinnerungen heute Abend pausieren</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="63"/>
        <source>Quit rlsdesk</source>
        <translation>rlsdesk beenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="86"/>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/tray.py" line="86"/>
        <source>Next: nothing more tonight</source>
        <translation>Heute Abend nichts mehr</translation>
    </message>
</context>
<context>
    <name>TrendText</name>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="30"/>
        <source>Last %1 nights (%2 to %3) against the %1 before</source>
        <translation>Letzte %1 Nächte (%2 bis %3) gegenüber den %1 davor</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="36"/>
        <source>%1 rated night</source>
        <translation>%1 bewertete Nacht</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="37"/>
        <source>%1 rated nights</source>
        <translation>%1 bewertete Nächte</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="38"/>
        <source>Too few rated nights to tell: %1 in the last %2 and %3 in the %2 before (at least %4 on each side are needed).</source>
        <translation>Zu wenige bewertete Nächte für eine Aussage: %1 in den letzten %2 und %3 in den %2 davor (mindestens %4 auf jeder Seite nötig).</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="50"/>
        <source>severity %1 to %2 (worse; the difference is larger than its uncertainty of ±%3)</source>
        <translation>Stärke %1 auf %2 (schlimmer; der Unterschied ist größer als seine Unsicherheit von ±%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="52"/>
        <source>severity %1 to %2 (milder; the difference is larger than its uncertainty of ±%3)</source>
        <translation>Stärke %1 auf %2 (leichter; der Unterschied ist größer als seine Unsicherheit von ±%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="55"/>
        <source>severity %1 to %2 (about the same; even with its uncertainty of ±%3 the difference is under half a point)</source>
        <translation>Stärke %1 auf %2 (etwa gleich; auch mit seiner Unsicherheit von ±%3 liegt der Unterschied unter einem halben Punkt)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="59"/>
        <source>severity %1 to %2 (no clear change; the difference is within its uncertainty of ±%3)</source>
        <translation>Stärke %1 auf %2 (keine klare Änderung; der Unterschied liegt innerhalb seiner Unsicherheit von ±%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="62"/>
        <source>severity %1 to %2 (no clear change; the difference is under half a point, uncertainty ±%3)</source>
        <translation>Stärke %1 auf %2 (keine klare Änderung; der Unterschied liegt unter einem halben Punkt, Unsicherheit ±%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="70"/>
        <source>symptoms began around %1, then %2</source>
        <translation>Beschwerden begannen gegen %1, dann gegen %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="75"/>
        <source>(%1 minutes earlier, more than its uncertainty: a sign of worsening)</source>
        <translation>(%1 Minuten früher, mehr als die Unsicherheit: ein Zeichen der Verschlechterung)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="88"/>
        <source>Onset: %1.</source>
        <translation>Beginn: %1.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trend_text.py" line="93"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>TriggerChips</name>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="46"/>
        <source>Your triggers…</source>
        <translation>Ihre Auslöser…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="47"/>
        <source>Add, rename, hide or show triggers</source>
        <translation>Auslöser hinzufügen, umbenennen, ausblenden oder wieder zeigen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="51"/>
        <source>Your triggers result</source>
        <translation>Ergebnis bei Ihren Auslösern</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="90"/>
        <source>Trigger: %1</source>
        <translation>Auslöser: %1</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="119"/>
        <source>Add a trigger…</source>
        <translation>Auslöser hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="123"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="128"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="134"/>
        <source>Show again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="141"/>
        <source>Add a trigger</source>
        <translation>Auslöser hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="142"/>
        <source>Name (up to %1 characters):</source>
        <translation>Name (bis zu %1 Zeichen):</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="147"/>
        <source>Rename a trigger</source>
        <translation>Auslöser umbenennen</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="148"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/ui/trigger_chips.py" line="169"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="18"/>
        <source>Caffeine after the cut-off</source>
        <translation>Koffein nach der Grenze</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="19"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="20"/>
        <source>Nicotine</source>
        <translation>Nikotin</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="21"/>
        <source>Long sit (film, drive, flight)</source>
        <translation>Langes Sitzen (Film, Fahrt, Flug)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="22"/>
        <source>Short night before</source>
        <translation>Kurze Nacht davor</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="23"/>
        <source>Exercise</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="24"/>
        <source>New or changed medicine</source>
        <translation>Neues oder geändertes Medikament</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="38"/>
        <source>%1 nights with, %2 without</source>
        <translation>%1 Nächte mit, %2 ohne</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="42"/>
        <source>On nights with %1: no clear difference (%2)</source>
        <translation>In Nächten mit %1: kein deutlicher Unterschied (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="45"/>
        <source>On nights with %1: %2 points worse (%3)</source>
        <translation>In Nächten mit %1: %2 Punkte stärker (%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="47"/>
        <source>On nights with %1: %2 points milder (%3)</source>
        <translation>In Nächten mit %1: %2 Punkte milder (%3)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="59"/>
        <source>Nights with each trigger against nights without, from the first night you noted one. Shown once there are %1 nights of each. An association in your own diary, not proof of a cause.</source>
        <translation>Nächte mit jedem Auslöser im Vergleich zu Nächten ohne ihn, ab der ersten Nacht, in der Sie einen notiert haben. Gezeigt, sobald es je %1 Nächte gibt. Ein Zusammenhang in Ihrem eigenen Tagebuch, kein Beweis für eine Ursache.</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="69"/>
        <source>%1 added (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="70"/>
        <source>%1 changed from %3 to %2</source>
        <translation>%1 geändert von %3 auf %2</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="71"/>
        <source>%1 paused (%2)</source>
        <translation>%1 pausiert (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="72"/>
        <source>%1 taken again (%2)</source>
        <translation>%1 wieder eingenommen (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="73"/>
        <source>%1 removed (%2)</source>
        <translation>%1 entfernt (%2)</translation>
    </message>
    <message>
        <location filename="../../rlsdesk/text/trigger_text.py" line="75"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TriggerTrayMenu</name>
    <message>
        <location filename="../../rlsdesk/ui/trigger_menu.py" line="28"/>
        <source>Tonight&apos;s triggers</source>
        <translation>Auslöser heute Abend</translation>
    </message>
</context>
</TS>
