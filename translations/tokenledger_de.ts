<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>tl::Dimension</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Modellfamilie</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Kontextfenster</translation>
    </message>
</context>
<context>
    <name>tl::DisplayCurrency</name>
    <message>
        <source>The currency code must be three letters, such as EUR.</source>
        <translation>Der Währungscode muss aus drei Buchstaben bestehen, z. B. EUR.</translation>
    </message>
    <message>
        <source>The rate must be a positive decimal number such as 0.92 (units per USD).</source>
        <translation>Der Kurs muss eine positive Dezimalzahl sein, z. B. 0.92 (Einheiten pro USD).</translation>
    </message>
    <message>
        <source>USD is always at 1 per USD.</source>
        <translation>USD steht immer bei 1 pro USD.</translation>
    </message>
    <message>
        <source>%1 at %2 per USD</source>
        <translation>%1 zu %2 pro USD</translation>
    </message>
    <message>
        <source>%1 at %2 per USD (%3)</source>
        <translation>%1 zu %2 pro USD (%3)</translation>
    </message>
</context>
<context>
    <name>tl::FileError</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>the data could not be written to the disk</source>
        <translation>die Daten konnten nicht auf den Datenträger geschrieben werden</translation>
    </message>
</context>
<context>
    <name>tl::app::Application</name>
    <message>
        <source>TokenLedger — see where your LLM-inference money goes.</source>
        <translation>TokenLedger — sehen Sie, wohin Ihr Geld für LLM-Inferenz fließt.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>TokenLedger cannot start</source>
        <translation>TokenLedger kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>tl::app::ChainNotifier</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tl::app::DesktopIntegration</name>
    <message>
        <source>Show TokenLedger</source>
        <translation>TokenLedger anzeigen</translation>
    </message>
    <message>
        <source>Check budgets now</source>
        <translation>Budgets jetzt prüfen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>tl::app::FreedesktopNotifier</name>
    <message>
        <source>desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>There is no session bus.</source>
        <translation>Es gibt keinen Session-Bus.</translation>
    </message>
    <message>
        <source>Open budget</source>
        <translation>Budget öffnen</translation>
    </message>
    <message>
        <source>The notification service did not answer.</source>
        <translation>Der Benachrichtigungsdienst hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>tl::app::TrayNotifier</name>
    <message>
        <source>system tray</source>
        <translation>Infobereich (System-Tray)</translation>
    </message>
</context>
<context>
    <name>tl::budgets::Alert</name>
    <message>
        <source>Budget “%1” reached %2 %</source>
        <translation>Budget „%1“ hat %2 % erreicht</translation>
    </message>
    <message>
        <source>Budget “%1” is forecast to reach %2 %</source>
        <translation>Budget „%1“ erreicht laut Prognose %2 %</translation>
    </message>
    <message>
        <source>Spend spike in “%1”</source>
        <translation>Ausgabenspitze in „%1“</translation>
    </message>
    <message>
        <source>Spent %1 of %2; forecast %3 by the end of the period.</source>
        <translation>%1 von %2 ausgegeben; Prognose zum Ende des Zeitraums: %3.</translation>
    </message>
    <message>
        <source>Used up on %1.</source>
        <translation>Aufgebraucht am %1.</translation>
    </message>
    <message>
        <source>Expected to run out on %1.</source>
        <translation>Voraussichtlich aufgebraucht am %1.</translation>
    </message>
    <message>
        <source>%1 spent on %2, %3 % of the usual %4 a day.</source>
        <translation>Am %2 wurden %1 ausgegeben, %3 % der üblichen %4 pro Tag.</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>Tatsächliche Ausgaben</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Ausgabenspitze</translation>
    </message>
</context>
<context>
    <name>tl::budgets::Budget</name>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>name: a budget needs a name.</source>
        <translation>Name: Ein Budget benötigt einen Namen.</translation>
    </message>
    <message>
        <source>amount: a budget cannot be negative.</source>
        <translation>Betrag: Ein Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>amount: a budget must be more than zero.</source>
        <translation>Betrag: Ein Budget muss größer als null sein.</translation>
    </message>
    <message>
        <source>currency: use a three-letter code such as USD or EUR, not &apos;%1&apos;.</source>
        <translation>Währung: Verwenden Sie einen Code aus drei Buchstaben wie USD oder EUR, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>rate: the exchange rate must be a positive number of %1 per USD.</source>
        <translation>Kurs: Der Wechselkurs muss eine positive Zahl in %1 pro USD sein.</translation>
    </message>
    <message>
        <source>rate: a USD budget has the rate 1.</source>
        <translation>Kurs: Ein USD-Budget hat den Kurs 1.</translation>
    </message>
    <message>
        <source>period: a custom period needs a first and a last day.</source>
        <translation>Zeitraum: Ein benutzerdefinierter Zeitraum benötigt einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>period: the last day (%1) is before the first (%2).</source>
        <translation>Zeitraum: Der letzte Tag (%1) liegt vor dem ersten (%2).</translation>
    </message>
    <message>
        <source>thresholds: give at least one threshold, e.g. 50, 80, 100.</source>
        <translation>Schwellenwerte: Geben Sie mindestens einen Schwellenwert an, z. B. 50, 80, 100.</translation>
    </message>
    <message>
        <source>scope: the value for %1 is empty.</source>
        <translation>Geltungsbereich: Der Wert für %1 ist leer.</translation>
    </message>
    <message>
        <source>spike threshold: use 0 (off) or at least 110 %.</source>
        <translation>Warnung bei Ausgabenspitzen: Verwenden Sie 0 (aus) oder mindestens 110 %.</translation>
    </message>
    <message>
        <source>thresholds: &apos;%1&apos; is not a whole percentage from 1 to 1000.</source>
        <translation>Schwellenwerte: &apos;%1&apos; ist kein ganzzahliger Prozentsatz von 1 bis 1000.</translation>
    </message>
    <message>
        <source>thresholds: %1 % is given twice.</source>
        <translation>Schwellenwerte: %1 % ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>thresholds: give at least one threshold, e.g. 50,80,100.</source>
        <translation>Schwellenwerte: Geben Sie mindestens einen Schwellenwert an, z. B. 50,80,100.</translation>
    </message>
    <message>
        <source>scope: &apos;%1&apos; is not DIMENSION=VALUE (e.g. team=support).</source>
        <translation>Geltungsbereich: &apos;%1&apos; hat nicht die Form DIMENSION=WERT (z. B. team=support).</translation>
    </message>
    <message>
        <source>scope: unknown dimension &apos;%1&apos; (provider, model, account, team, tag, api_key, user, family, region, tier).</source>
        <translation>Geltungsbereich: unbekannte Dimension &apos;%1&apos; (provider, model, account, team, tag, api_key, user, family, region, tier).</translation>
    </message>
    <message>
        <source>scope: the value for &apos;%1&apos; is empty.</source>
        <translation>Geltungsbereich: Der Wert für &apos;%1&apos; ist leer.</translation>
    </message>
</context>
<context>
    <name>tl::budgets::BudgetCheck</name>
    <message>
        <source>Budget &apos;%1&apos;: %2</source>
        <translation>Budget &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>tl::budgets::BudgetStore</name>
    <message>
        <source>name: a budget named &apos;%1&apos; exists already.</source>
        <translation>Name: Ein Budget namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>The budget &apos;%1&apos; no longer exists.</source>
        <translation>Das Budget &apos;%1&apos; existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>tl::demo::DemoStory</name>
    <message>
        <source>Northwind monthly</source>
        <translation>Northwind monatlich</translation>
    </message>
    <message>
        <source>Support team</source>
        <translation>Support-Team</translation>
    </message>
    <message>
        <source>Platform quarter</source>
        <translation>Plattform-Quartal</translation>
    </message>
    <message>
        <source>Savings plan: route e-mail classification, cache contract prompts, batch nightly reports</source>
        <translation>Sparplan: E-Mail-Klassifizierung umleiten, Vertrags-Prompts cachen, nächtliche Berichte als Batch</translation>
    </message>
    <message>
        <source>Self-host Llama 3.1 70B for classification: not at our volume</source>
        <translation>Llama 3.1 70B für die Klassifizierung selbst betreiben: nicht bei unserem Volumen</translation>
    </message>
    <message>
        <source>demo scenario</source>
        <translation>Demo-Szenario</translation>
    </message>
</context>
<context>
    <name>tl::exporting::CsvStream</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tl::exporting::FocusExporter</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tl::exporting::RawCsvExporter</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tl::ingest::CsvMapping</name>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input tokens (uncached)</source>
        <translation>Eingabe-Token (nicht gecacht)</translation>
    </message>
    <message>
        <source>Cache read tokens</source>
        <translation>Cache-Lese-Token</translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation>Cache-Schreib-Token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Reported cost (USD)</source>
        <translation>Gemeldete Kosten (USD)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Account / project</source>
        <translation>Konto / Projekt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>The mapping needs a name.</source>
        <translation>Die Zuordnung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Choose the column that holds &apos;%1&apos;.</source>
        <translation>Wählen Sie die Spalte aus, die &apos;%1&apos; enthält.</translation>
    </message>
    <message>
        <source>Choose the provider column, or name the provider of every row.</source>
        <translation>Wählen Sie die Anbieterspalte aus oder geben Sie den Anbieter für alle Zeilen an.</translation>
    </message>
    <message>
        <source>Map at least one token, request or cost column.</source>
        <translation>Ordnen Sie mindestens eine Token-, Anfragen- oder Kostenspalte zu.</translation>
    </message>
    <message>
        <source>The saved mapping &apos;%1&apos; is damaged.</source>
        <translation>Die gespeicherte Zuordnung &apos;%1&apos; ist beschädigt.</translation>
    </message>
    <message>
        <source>There is no saved column mapping named &apos;%1&apos; (saved: %2).</source>
        <translation>Es gibt keine gespeicherte Spaltenzuordnung namens &apos;%1&apos; (gespeichert: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tl::ingest::CsvPreview</name>
    <message>
        <source>&apos;%1&apos; is empty.</source>
        <translation>&apos;%1&apos; ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not UTF-8 text; save it as UTF-8.</source>
        <translation>&apos;%1&apos; ist kein UTF-8-Text; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>The header of &apos;%1&apos; opens a quoted field that is never closed.</source>
        <translation>Die Kopfzeile von &apos;%1&apos; öffnet ein Feld in Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>tl::ingest::CsvReaders</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty.</source>
        <translation>&apos;%1&apos; ist leer.</translation>
    </message>
    <message>
        <source>The header of &apos;%1&apos; is not valid UTF-8; save the file as UTF-8.</source>
        <translation>Die Kopfzeile von &apos;%1&apos; ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>The header of &apos;%1&apos; opens a quoted field that is never closed.</source>
        <translation>Die Kopfzeile von &apos;%1&apos; öffnet ein Feld in Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>not valid UTF-8 (is the file Latin-1 encoded? save it as UTF-8)</source>
        <translation>kein gültiges UTF-8 (ist die Datei Latin-1-codiert? Speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a FOCUS export: the header has no %2 column.</source>
        <translation>&apos;%1&apos; ist kein FOCUS-Export: Die Kopfzeile enthält keine Spalte %2.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; ist keine Datums- und Zeitangabe</translation>
    </message>
    <message>
        <source>no model: the row has no x_ModelId, SkuPriceDetails model or resource</source>
        <translation>kein Modell: Die Zeile hat weder x_ModelId noch ein Modell in SkuPriceDetails noch eine Ressource</translation>
    </message>
    <message>
        <source>cannot tell input from output tokens: no x_TokenType, and SkuMeter/ChargeDescription do not say</source>
        <translation>Eingabe- und Ausgabe-Token nicht unterscheidbar: kein x_TokenType, und SkuMeter/ChargeDescription geben keinen Hinweis</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; ist kein Betrag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no column &apos;%2&apos;, which the mapping &apos;%3&apos; uses for %4.</source>
        <translation>&apos;%1&apos; hat keine Spalte &apos;%2&apos;, die die Zuordnung &apos;%3&apos; für %4 verwendet.</translation>
    </message>
</context>
<context>
    <name>tl::ingest::CurReader</name>
    <message>
        <source>&apos;%1&apos; is not an AWS Cost and Usage Report: the header has no %2 column.</source>
        <translation>&apos;%1&apos; ist kein AWS-Kosten- und Nutzungsbericht (CUR): Die Kopfzeile enthält keine Spalte %2.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; ist keine Datums- und Zeitangabe</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: only reports in USD are supported</source>
        <translation>&apos;%1&apos;: Nur Berichte in USD werden unterstützt</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; ist kein Betrag</translation>
    </message>
</context>
<context>
    <name>tl::ingest::FormatDetector</name>
    <message>
        <source>&apos;%1&apos; is empty.</source>
        <translation>&apos;%1&apos; ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an OpenAI Batch input file, which holds requests but no usage. Import the batch&apos;s output file; TokenLedger reads the models from this input file when it sits next to it.</source>
        <translation>&apos;%1&apos; ist eine OpenAI-Batch-Eingabedatei, die Anfragen, aber keine Nutzung enthält. Importieren Sie die Ausgabedatei des Batches; TokenLedger liest die Modelle aus dieser Eingabedatei, wenn sie im selben Ordner liegt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches no format TokenLedger reads: its first line is a JSON object with the keys %2, which are not those of LiteLLM spend logs, OpenAI Batch output, Bedrock invocation logs or Langfuse observations.</source>
        <translation>&apos;%1&apos; entspricht keinem Format, das TokenLedger lesen kann: Die erste Zeile ist ein JSON-Objekt mit den Schlüsseln %2, die weder zu LiteLLM-Spend-Logs noch zu OpenAI-Batch-Ausgaben, Bedrock-Aufruf-Logs oder Langfuse-Observations passen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches no format TokenLedger reads: its first line is not a complete JSON object.</source>
        <translation>&apos;%1&apos; entspricht keinem Format, das TokenLedger lesen kann: Die erste Zeile ist kein vollständiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches no format TokenLedger reads: it is a JSON array, but not of Langfuse observations.</source>
        <translation>&apos;%1&apos; entspricht keinem Format, das TokenLedger lesen kann: Die Datei ist ein JSON-Array, enthält aber keine Langfuse-Observations.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a CSV file with the columns %2, which match no format TokenLedger knows. Import it with a column mapping (in the app: Import files… → CSV with a column mapping; on the command line: --format csv --mapping NAME).</source>
        <translation>&apos;%1&apos; ist eine CSV-Datei mit den Spalten %2, die zu keinem Format passen, das TokenLedger kennt. Importieren Sie sie mit einer Spaltenzuordnung (in der App: Dateien importieren… → CSV mit Spaltenzuordnung; auf der Kommandozeile: --format csv --mapping NAME).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches no format TokenLedger reads (LiteLLM spend logs, OpenAI Batch output, Bedrock invocation logs, Langfuse observations, FOCUS CSV, or a CSV with a column mapping).</source>
        <translation>&apos;%1&apos; entspricht keinem Format, das TokenLedger lesen kann (LiteLLM-Spend-Logs, OpenAI-Batch-Ausgabe, Bedrock-Aufruf-Logs, Langfuse-Observations, FOCUS-CSV oder CSV mit Spaltenzuordnung).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is UTF-16 text; TokenLedger reads UTF-8. Save it as UTF-8 (for example: iconv -f UTF-16LE -t UTF-8 FILE &gt; FILE.utf8) and import that.</source>
        <translation>&apos;%1&apos; ist UTF-16-Text; TokenLedger liest UTF-8. Speichern Sie die Datei als UTF-8 (zum Beispiel: iconv -f UTF-16LE -t UTF-8 DATEI &gt; DATEI.utf8) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a text file TokenLedger reads: it holds binary data (control bytes or bytes that are not UTF-8). Logs must be UTF-8 text, plain or .gz.</source>
        <translation>&apos;%1&apos; ist keine Textdatei, die TokenLedger lesen kann: Sie enthält Binärdaten (Steuerbytes oder Bytes, die kein UTF-8 sind). Protokolle müssen UTF-8-Text sein, unkomprimiert oder als .gz.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: its first line is %2 MiB long, more than the 1 MiB TokenLedger reads to recognise a format. Say which format it is (on the command line: --format).</source>
        <translation>&apos;%1&apos;: Die erste Zeile ist %2 MiB lang, mehr als das 1 MiB, das TokenLedger zum Erkennen eines Formats liest. Geben Sie das Format an (auf der Kommandozeile: --format).</translation>
    </message>
</context>
<context>
    <name>tl::ingest::ImportFormat</name>
    <message>
        <source>LiteLLM spend logs</source>
        <translation>LiteLLM-Spend-Logs</translation>
    </message>
    <message>
        <source>OpenAI Batch output</source>
        <translation>OpenAI-Batch-Ausgabe</translation>
    </message>
    <message>
        <source>Amazon Bedrock invocation logs</source>
        <translation>Amazon-Bedrock-Aufruf-Logs</translation>
    </message>
    <message>
        <source>Langfuse observations</source>
        <translation>Langfuse-Observations</translation>
    </message>
    <message>
        <source>FOCUS cost export</source>
        <translation>FOCUS-Kostenexport</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV mit Spaltenzuordnung</translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report</source>
        <translation>AWS-Kosten- und Nutzungsbericht (CUR)</translation>
    </message>
</context>
<context>
    <name>tl::ingest::ImportRunner</name>
    <message>
        <source>Importing &apos;%1&apos; as a generic CSV needs a column mapping.</source>
        <translation>Um &apos;%1&apos; als allgemeine CSV-Datei zu importieren, ist eine Spaltenzuordnung erforderlich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2: it looks like %3.</source>
        <translation>&apos;%1&apos; hat nicht das Format „%2“, sondern offenbar „%3“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2: none of its %3 records could be read (line %4: %5%6). Nothing was imported.</source>
        <translation>&apos;%1&apos; hat nicht das Format „%2“: Keiner der %3 Datensätze konnte gelesen werden (Zeile %4: %5%6). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 rejected records; the first %2 are listed.</source>
        <translation>%1 abgelehnte Datensätze; die ersten %2 sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>tl::ingest::IngestText</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is too large (more than 10^12, the most TokenLedger accepts in one record)</source>
        <translation>ist zu groß (mehr als 10^12, das Höchste, was TokenLedger in einem Datensatz annimmt)</translation>
    </message>
</context>
<context>
    <name>tl::ingest::JsonReaders</name>
    <message>
        <source>not a well-formed JSON object (truncated or broken line)</source>
        <translation>kein wohlgeformtes JSON-Objekt (abgeschnittene oder fehlerhafte Zeile)</translation>
    </message>
    <message>
        <source>missing: not a Batch output line</source>
        <translation>fehlt: keine Zeile einer Batch-Ausgabe</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>missing, and no batch input file names the model of &apos;%1&apos;</source>
        <translation>fehlt, und keine Batch-Eingabedatei nennt das Modell von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is not a time</source>
        <translation>ist keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; ist keine Datums- und Zeitangabe</translation>
    </message>
    <message>
        <source>not valid UTF-8 (is the file Latin-1 encoded? save it as UTF-8)</source>
        <translation>kein gültiges UTF-8 (ist die Datei Latin-1-codiert? Speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <source>the file is not well-formed JSON</source>
        <translation>die Datei ist kein wohlgeformtes JSON</translation>
    </message>
    <message>
        <source>the JSON document holds no list of observations</source>
        <translation>das JSON-Dokument enthält keine Liste von Observations</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>tl::ingest::LiteLlmReader</name>
    <message>
        <source>missing; every spend-log row needs its request id</source>
        <translation>fehlt; jede Zeile eines Spend-Logs benötigt ihre Request-ID</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; ist keine Datums- und Zeitangabe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; ist kein Betrag</translation>
    </message>
    <message>
        <source>not a well-formed JSON object (truncated or broken line)</source>
        <translation>kein wohlgeformtes JSON-Objekt (abgeschnittene oder fehlerhafte Zeile)</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no header row.</source>
        <translation>&apos;%1&apos; hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LiteLLM spend-log CSV: the header has no request_id and startTime columns.</source>
        <translation>&apos;%1&apos; ist keine CSV-Datei mit LiteLLM-Spend-Logs: Der Kopfzeile fehlen die Spalten request_id und startTime.</translation>
    </message>
    <message>
        <source>not valid UTF-8 (is the file Latin-1 encoded? save it as UTF-8)</source>
        <translation>kein gültiges UTF-8 (ist die Datei Latin-1-codiert? Speichern Sie sie als UTF-8)</translation>
    </message>
</context>
<context>
    <name>tl::ingest::ParserThread</name>
    <message>
        <source>is %1, more than 10^12, the most TokenLedger accepts in one record</source>
        <translation>ist %1, mehr als 10^12, das Höchste, was TokenLedger in einem Datensatz annimmt</translation>
    </message>
    <message>
        <source>add up to more than 10^12, the most TokenLedger accepts in one record</source>
        <translation>ergeben zusammen mehr als 10^12, das Höchste, was TokenLedger in einem Datensatz annimmt</translation>
    </message>
    <message>
        <source>is %1 characters long; TokenLedger keeps names of up to %2 characters</source>
        <translation>ist %1 Zeichen lang; TokenLedger speichert Namen mit bis zu %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>tl::ingest::RecordReader</name>
    <message>
        <source>not valid UTF-8 (is the file Latin-1 encoded? save it as UTF-8)</source>
        <translation>kein gültiges UTF-8 (ist die Datei Latin-1-codiert? Speichern Sie sie als UTF-8)</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::AlertHistoryModel</name>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 ≥ %2 %</source>
        <translation>%1 ≥ %2 %</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::BreakdownModel</name>
    <message>
        <source>%1 %2: %3 USD, %4 % of %5 USD spend, %6 requests.</source>
        <translation>%1 %2: %3 USD, %4 % von %5 USD Ausgaben, %6 Anfragen.</translation>
    </message>
    <message>
        <source>Other sums %1 values: %2</source>
        <translation>Sonstige fasst %1 Werte zusammen: %2</translation>
    </message>
    <message>
        <source>Shown in %1: %2.</source>
        <translation>Angezeigt in %1: %2.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Anteil an den Ausgaben</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::BudgetListModel</name>
    <message>
        <source>no spend yet</source>
        <translation>noch keine Ausgaben</translation>
    </message>
    <message>
        <source>computed from the price catalog</source>
        <translation>aus dem Preiskatalog berechnet</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>zu wenig Verlaufsdaten</translation>
    </message>
    <message>
        <source>not this period</source>
        <translation>nicht in diesem Zeitraum</translation>
    </message>
    <message>
        <source>ran out %1</source>
        <translation>bereits am %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3).</source>
        <translation>%1 bis %2 (%3).</translation>
    </message>
    <message>
        <source>Actual spend: %1, %2.</source>
        <translation>Tatsächliche Ausgaben: %1, %2.</translation>
    </message>
    <message>
        <source>Forecast %1, range %2 – %3.</source>
        <translation>Prognose %1, Spanne %2 – %3.</translation>
    </message>
    <message>
        <source>Forecast: run rate of the last %1 days, adjusted for the weekday pattern of the last %2 days.</source>
        <translation>Prognose: durchschnittliche Tagesausgaben der letzten %1 Tage, bereinigt um das Wochentagsmuster der letzten %2 Tage.</translation>
    </message>
    <message>
        <source>Forecast: run rate of the last %1 days.</source>
        <translation>Prognose: durchschnittliche Tagesausgaben der letzten %1 Tage.</translation>
    </message>
    <message numerus="yes">
        <source>%n spike day(s) this period.</source>
        <translation>
            <numerusform>%n Tag mit Ausgabenspitze in diesem Zeitraum.</numerusform>
            <numerusform>%n Tage mit Ausgabenspitzen in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Used / forecast</source>
        <translation>Verbraucht / Prognose</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Aufgebraucht am</translation>
    </message>
    <message>
        <source>as reported by the sources</source>
        <translation>wie von den Quellen gemeldet</translation>
    </message>
    <message>
        <source>reported by the source where it has a cost, computed otherwise</source>
        <translation>von der Quelle gemeldet, wo sie Kosten angibt, sonst berechnet</translation>
    </message>
    <message>
        <source>Mirrors %1&apos;s spend limit and alerts: every sync sets its amount and thresholds.</source>
        <translation>Spiegelt das Ausgabenlimit und die Ausgabenwarnungen von %1: Jede Synchronisierung setzt Betrag und Schwellenwerte.</translation>
    </message>
    <message>
        <source>as %1</source>
        <comment>as reported by LiteLLM</comment>
        <translation>wie %1</translation>
    </message>
    <message>
        <source>%1 where the source has a cost, computed otherwise</source>
        <translation>%1, wo die Quelle Kosten angibt, sonst berechnet</translation>
    </message>
    <message>
        <source>from a team ledger this database no longer follows, %1</source>
        <translation>aus einem Team-Ledger, dem diese Datenbank nicht mehr folgt, %1</translation>
    </message>
    <message>
        <source>from the team ledger %1, %2</source>
        <translation>aus dem Team-Ledger %1, %2</translation>
    </message>
    <message>
        <source>Kept in step with the team ledger: every pull sets its amount and thresholds.</source>
        <translation>Wird mit dem Team-Ledger abgeglichen: Jeder Abruf setzt Betrag und Schwellenwerte.</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::ComputedVsBilledModel</name>
    <message>
        <source>%1 reports no billed cost; it is not compared.</source>
        <translation>%1 meldet keine abgerechneten Kosten; der Anbieter wird nicht verglichen.</translation>
    </message>
    <message>
        <source>%1 report no billed cost; they are not compared.</source>
        <translation>%1 melden keine abgerechneten Kosten; sie werden nicht verglichen.</translation>
    </message>
    <message>
        <source>Shown in %1: %2.</source>
        <translation>Angezeigt in %1: %2.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>At list price, before discounts: %1 USD (the billed amount is after them)</source>
        <translation>Zum Listenpreis, vor Rabatten: %1 USD (der abgerechnete Betrag ist nach Abzug der Rabatte)</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Billed by %1</source>
        <translation>Abgerechnet von %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 records carry a billed or reported cost.
Computed from the catalog for those records: %4 USD
%7: %5 USD
Difference (computed − billed): %6 USD</source>
        <translation>%1: %2 von %3 Datensätzen enthalten abgerechnete oder gemeldete Kosten.
Für diese Datensätze aus dem Katalog berechnet: %4 USD
%7: %5 USD
Differenz (berechnet − abgerechnet): %6 USD</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::ConnectionsModel</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 new · %2 replaced · %3 unchanged</source>
        <translation>%1 neu · %2 ersetzt · %3 unverändert</translation>
    </message>
    <message>
        <source>Complete up to %1 (UTC); the next sync re-reads a few days before that.</source>
        <translation>Vollständig bis %1 (UTC); die nächste Synchronisierung liest die Tage kurz davor erneut ein.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::CostSplitModel</name>
    <message>
        <source>Uncached input</source>
        <translation>Nicht gecachte Eingabe</translation>
    </message>
    <message>
        <source>Cache reads</source>
        <translation>Cache-Lesezugriffe</translation>
    </message>
    <message>
        <source>Cache writes</source>
        <translation>Cache-Schreibzugriffe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>%1: %2 USD exactly, %3 % of %4 USD spend.</source>
        <translation>%1: exakt %2 USD, %3 % von %4 USD Ausgaben.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3).</source>
        <translation>%1 in %2 (%3).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>1 of %1 records has no catalog price: its computed cost counts as zero. Add a price on the Prices page, then re-price.</source>
        <translation>1 von %1 Datensätzen hat keinen Katalogpreis: Seine berechneten Kosten zählen als null. Tragen Sie auf der Seite „Preise“ einen Preis ein und bepreisen Sie dann neu.</translation>
    </message>
    <message>
        <source>%1 of %2 records have no catalog price: their computed cost counts as zero. Add the prices on the Prices page, then re-price.</source>
        <translation>%1 von %2 Datensätzen haben keinen Katalogpreis: Ihre berechneten Kosten zählen als null. Tragen Sie auf der Seite „Preise“ die Preise ein und bepreisen Sie dann neu.</translation>
    </message>
    <message>
        <source>%1 units (audio, image or video tokens, searches, code executions) have no price in their model&apos;s catalog entry and count as zero.</source>
        <translation>%1 Einheiten (Audio-, Bild- oder Video-Tokens, Suchen, Codeausführungen) haben im Katalogeintrag ihres Modells keinen Preis und zählen als null.</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::DiscountModel</name>
    <message>
        <source>all models</source>
        <translation>alle Modelle</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 % off list price for every %2 model without a discount of its own</source>
        <translation>%1 % Rabatt auf den Listenpreis für jedes %2-Modell ohne eigenen Rabatt</translation>
    </message>
    <message>
        <source>%1 % off list price for %2</source>
        <translation>%1 % Rabatt auf den Listenpreis für %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Percentage off list price; it reduces every part of the cost</source>
        <translation>Prozentualer Nachlass auf den Listenpreis; er senkt alle Kostenbestandteile</translation>
    </message>
    <message>
        <source>(team ledger)</source>
        <translation>(Team-Ledger)</translation>
    </message>
    <message>
        <source>%1 (team ledger)</source>
        <translation>%1 (Team-Ledger)</translation>
    </message>
    <message>
        <source>From the team ledger: its collector changes it; the app shows it read-only. A discount of your own for the same models wins over it.</source>
        <translation>Aus dem Team-Ledger: Sein Collector ändert ihn; die App zeigt ihn schreibgeschützt an. Ein eigener Rabatt für dieselben Modelle hat Vorrang.</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::ExplorerModel</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Uncached input</source>
        <translation>Nicht gecachte Eingabe</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Computed cost</source>
        <translation>Berechnete Kosten</translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>Abgerechnete Kosten</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Share of total (%)</source>
        <translation>Anteil am Gesamtwert (%)</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <source>Input tokens read without the prompt cache</source>
        <translation>Eingabe-Token, die ohne den Prompt-Cache gelesen wurden</translation>
    </message>
    <message>
        <source>Input tokens read from the prompt cache</source>
        <translation>Eingabe-Token, die aus dem Prompt-Cache gelesen wurden</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache (5-minute and 1-hour writes)</source>
        <translation>Eingabe-Token, die in den Prompt-Cache geschrieben wurden (Schreibvorgänge für 5 Minuten und 1 Stunde)</translation>
    </message>
    <message>
        <source>Output tokens, reasoning tokens included</source>
        <translation>Ausgabe-Token, einschließlich Reasoning-Token</translation>
    </message>
    <message>
        <source>Reasoning tokens (already counted in the output tokens)</source>
        <translation>Reasoning-Token (bereits in den Ausgabe-Token enthalten)</translation>
    </message>
    <message>
        <source>Share of the computed cost of everything shown</source>
        <translation>Anteil an den berechneten Kosten aller angezeigten Zeilen</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>trillion tokens</comment>
        <translation>%1 Bio.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billion tokens</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>million tokens</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 K</source>
        <comment>thousand tokens</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Everything in the period and filters: %1 rows from %2 usage records</source>
        <translation>Alles im Zeitraum und in den Filtern: %1 Zeilen aus %2 Nutzungsdatensätzen</translation>
    </message>
    <message>
        <source>%1: no value recorded</source>
        <translation>%1: kein Wert erfasst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 requests in %2 usage records</source>
        <translation>%1 Anfragen in %2 Nutzungsdatensätzen</translation>
    </message>
    <message>
        <source>%1 uncached input tokens, costing %2 USD</source>
        <translation>%1 nicht gecachte Eingabe-Token, Kosten: %2 USD</translation>
    </message>
    <message>
        <source>%1 cache-read tokens, costing %2 USD</source>
        <translation>%1 Cache-Lese-Token, Kosten: %2 USD</translation>
    </message>
    <message>
        <source>%1 cache-write tokens (%2 for 5 minutes, %3 for 1 hour), costing %4 USD</source>
        <translation>%1 Cache-Schreib-Token (%2 für 5 Minuten, %3 für 1 Stunde), Kosten: %4 USD</translation>
    </message>
    <message>
        <source>%1 output tokens (%2 of them reasoning), costing %3 USD</source>
        <translation>%1 Ausgabe-Token (davon %2 Reasoning), Kosten: %3 USD</translation>
    </message>
    <message>
        <source>%1 reasoning tokens, already counted in the output tokens</source>
        <translation>%1 Reasoning-Token, bereits in den Ausgabe-Token enthalten</translation>
    </message>
    <message>
        <source>Computed cost: %1 USD exactly.
Uncached input %2 · cache reads %3 · cache writes %4 · output %5 (USD).</source>
        <translation>Berechnete Kosten: exakt %1 USD.
Nicht gecachte Eingabe %2 · Cache-Lesezugriffe %3 · Cache-Schreibzugriffe %4 · Ausgabe %5 (USD).</translation>
    </message>
    <message>
        <source>%1 records have no catalog price and count as zero.</source>
        <translation>%1 Datensätze haben keinen Katalogpreis und zählen als null.</translation>
    </message>
    <message>
        <source>No source reported a billed cost for these records.</source>
        <translation>Für diese Datensätze hat keine Quelle abgerechnete Kosten gemeldet.</translation>
    </message>
    <message>
        <source>Billed: %1 USD exactly, reported for %2 of %3 records.</source>
        <translation>Abgerechnet: exakt %1 USD, gemeldet für %2 von %3 Datensätzen.</translation>
    </message>
    <message>
        <source>Nothing to compare: no billed cost was reported.</source>
        <translation>Nichts zu vergleichen: Es wurden keine abgerechneten Kosten gemeldet.</translation>
    </message>
    <message>
        <source>Computed %1 USD − billed %2 USD = %3 USD, over the %4 records that carry a billed cost.</source>
        <translation>Berechnet %1 USD − abgerechnet %2 USD = %3 USD, über die %4 Datensätze mit abgerechneten Kosten.</translation>
    </message>
    <message>
        <source>No computed cost to share.</source>
        <translation>Keine berechneten Kosten, auf die sich ein Anteil beziehen könnte.</translation>
    </message>
    <message>
        <source>%1 USD of %2 USD = %3 %</source>
        <translation>%1 USD von %2 USD = %3 %</translation>
    </message>
    <message>
        <source>Grouped by: %1. &quot;%2&quot; where a record has no value.</source>
        <translation>Gruppiert nach: %1. „%2“, wenn ein Datensatz keinen Wert hat.</translation>
    </message>
    <message>
        <source>Cost computed from the price catalog, in the display currency (the tooltip gives USD)</source>
        <translation>Aus dem Preiskatalog berechnete Kosten in der Anzeigewährung (der Tooltip nennt USD)</translation>
    </message>
    <message>
        <source>Cost as the source reported it, in the display currency: a provider&apos;s bill, or a log&apos;s own cost estimate such as LiteLLM&apos;s spend; empty where the source has none</source>
        <translation>Kosten, wie die Quelle sie meldet, in der Anzeigewährung: die Rechnung eines Anbieters oder die eigene Kostenschätzung eines Protokolls wie der spend von LiteLLM; leer, wo die Quelle keine hat</translation>
    </message>
    <message>
        <source>Computed minus billed cost of the records that carry a billed cost, in the display currency; positive when the catalog prices more than the provider billed</source>
        <translation>Berechnete minus abgerechnete Kosten der Datensätze mit abgerechneten Kosten, in der Anzeigewährung; positiv, wenn der Katalog mehr berechnet, als der Anbieter abgerechnet hat</translation>
    </message>
    <message>
        <source>Of them audio %1, image %2, video %3 tokens, each priced by its own price.</source>
        <translation>Davon %1 Audio-, %2 Bild- und %3 Video-Tokens, jeweils zu ihrem eigenen Preis.</translation>
    </message>
    <message>
        <source>Also in it: %1 images, %2 web searches, %3 code executions.</source>
        <translation>Außerdem enthalten: %1 Bilder, %2 Websuchen, %3 Codeausführungen.</translation>
    </message>
    <message>
        <source>%1 units (audio, image or video tokens, searches, code executions) have no price in their model&apos;s catalog entry and count as zero.</source>
        <translation>%1 Einheiten (Audio-, Bild- oder Video-Tokens, Suchen, Codeausführungen) haben im Katalogeintrag ihres Modells keinen Preis und zählen als null.</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::ImportHistoryModel</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::ImportProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::LeverResultModel</name>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Token optimisation</source>
        <translation>Token-Optimierung</translation>
    </message>
    <message>
        <source>Semantic cache</source>
        <translation>Semantischer Cache</translation>
    </message>
    <message>
        <source>Prompt caching</source>
        <translation>Prompt-Caching</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Self-hosting</source>
        <translation>Self-Hosting</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>Einsparung / Monat</translation>
    </message>
    <message>
        <source>Cost before</source>
        <translation>Kosten vorher</translation>
    </message>
    <message>
        <source>Cost after</source>
        <translation>Kosten nachher</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::OpportunityModel</name>
    <message>
        <source>Every opportunity of this workload in one scenario, applied in the planner&apos;s lever order: the figure the total counts.</source>
        <translation>Alle Möglichkeiten dieses Workloads in einem Szenario, angewandt in der Hebel-Reihenfolge des Planers: der Betrag, den die Summe zählt.</translation>
    </message>
    <message>
        <source>This opportunity on its own; the total counts the workload&apos;s Together row instead.</source>
        <translation>Diese Möglichkeit für sich allein; die Summe zählt stattdessen die Zeile „Zusammen“ des Workloads.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Zusammen</translation>
    </message>
    <message>
        <source>All of the above, in lever order</source>
        <translation>Alle oben genannten, in Hebel-Reihenfolge</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Saving a month</source>
        <translation>Einsparung pro Monat</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::PriceHistoryModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>In force from %1 (inclusive)</source>
        <translation>Gültig ab %1 (einschließlich)</translation>
    </message>
    <message>
        <source>No start date: also bills all usage before the next price</source>
        <translation>Kein Startdatum: rechnet auch jede Nutzung vor dem nächsten Preis ab</translation>
    </message>
    <message>
        <source>In force until %1 (exclusive)</source>
        <translation>Gültig bis %1 (ausschließlich)</translation>
    </message>
    <message>
        <source>No end date: in force until further notice</source>
        <translation>Kein Enddatum: gültig bis auf Weiteres</translation>
    </message>
    <message>
        <source>Cache read: %1 USD per million tokens</source>
        <translation>Cache-Lesen: %1 USD pro Million Token</translation>
    </message>
    <message>
        <source>Cache read: not listed — charged at the input price</source>
        <translation>Cache-Lesen: nicht aufgeführt — wird zum Eingabepreis abgerechnet</translation>
    </message>
    <message>
        <source>This entry bills usage in its period</source>
        <translation>Dieser Eintrag rechnet die Nutzung in seinem Zeitraum ab</translation>
    </message>
    <message>
        <source>Another entry wins in this period (an override or an imported catalog)</source>
        <translation>In diesem Zeitraum gilt ein anderer Eintrag (ein eigener Preis oder ein importierter Katalog)</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD pro Million Token</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Whether this entry is the one that bills usage in its period</source>
        <translation>Ob dieser Eintrag die Nutzung in seinem Zeitraum abrechnet</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::PriceTableModel</name>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>LiteLLM</source>
        <translation>LiteLLM</translation>
    </message>
    <message>
        <source>genai-prices</source>
        <translation>genai-prices</translation>
    </message>
    <message>
        <source>Custom file</source>
        <translation>Eigene Datei</translation>
    </message>
    <message>
        <source>Your override</source>
        <translation>Eigener Preis</translation>
    </message>
    <message>
        <source>&gt; %1: %2 / %3</source>
        <translation>&gt; %1: %2 / %3</translation>
    </message>
    <message>
        <source>%1
Also billed under: %2</source>
        <translation>%1
Auch abgerechnet unter: %2</translation>
    </message>
    <message>
        <source>%1: %2 USD per million tokens</source>
        <translation>%1: %2 USD pro Million Token</translation>
    </message>
    <message>
        <source>%1: not listed — charged at the input price (%2)</source>
        <translation>%1: nicht aufgeführt — wird zum Eingabepreis abgerechnet (%2)</translation>
    </message>
    <message>
        <source>%1: not listed — batch requests pay half the input price (%2)</source>
        <translation>%1: nicht aufgeführt — Batch-Anfragen zahlen den halben Eingabepreis (%2)</translation>
    </message>
    <message>
        <source>%1: not listed — batch requests pay half the output price (%2)</source>
        <translation>%1: nicht aufgeführt — Batch-Anfragen zahlen den halben Ausgabepreis (%2)</translation>
    </message>
    <message>
        <source>No long-context tier: every request is charged the prices on the left.</source>
        <translation>Keine Preisstufe für langen Kontext: Jede Anfrage wird zu den Preisen links abgerechnet.</translation>
    </message>
    <message>
        <source>When one request&apos;s input exceeds %1 tokens, the whole request is charged %2 per million input tokens and %3 per million output tokens (USD).</source>
        <translation>Überschreitet die Eingabe einer Anfrage %1 Token, wird die gesamte Anfrage mit %2 pro Million Eingabe-Token und %3 pro Million Ausgabe-Token (USD) abgerechnet.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>auf Weiteres</translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot;, in force from %2 until %3</source>
        <translation>Katalog „%1“, gültig von %2 bis %3</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation>Cache-Schreiben 5 Min.</translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation>Cache-Schreiben 1 Std.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Batch input</source>
        <translation>Batch-Eingabe</translation>
    </message>
    <message>
        <source>Batch output</source>
        <translation>Batch-Ausgabe</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD pro Million Token</translation>
    </message>
    <message>
        <source>Input-token threshold of one request: input / output price above it, USD per million tokens</source>
        <translation>Schwelle an Eingabe-Token pro Anfrage: Eingabe-/Ausgabepreis darüber, USD pro Million Token</translation>
    </message>
    <message>
        <source>Where the price in force today comes from</source>
        <translation>Herkunft des heute gültigen Preises</translation>
    </message>
    <message>
        <source>Per request: %1 USD</source>
        <translation>Je Anfrage: %1 USD</translation>
    </message>
    <message>
        <source>%1: %2 USD per %3 %4</source>
        <translation>%1: %2 USD je %3 %4</translation>
    </message>
    <message>
        <source>%1: %2 USD</source>
        <translation>%1: %2 USD</translation>
    </message>
    <message>
        <source>Team override (team ledger)</source>
        <translation>Team-Preis (Team-Ledger)</translation>
    </message>
    <message>
        <source>%1 (team ledger)</source>
        <translation>%1 (Team-Ledger)</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::ScenarioComparisonModel</name>
    <message>
        <source>Baseline cost / month</source>
        <translation>Kosten der Ausgangsbasis / Monat</translation>
    </message>
    <message>
        <source>Savings: %1</source>
        <translation>Einsparung: %1</translation>
    </message>
    <message>
        <source>Scenario cost / month</source>
        <translation>Kosten des Szenarios / Monat</translation>
    </message>
    <message>
        <source>Self-hosting break-even (tokens / month)</source>
        <translation>Self-Hosting: Break-even (Token / Monat)</translation>
    </message>
    <message>
        <source>The scenario being edited</source>
        <translation>Das gerade bearbeitete Szenario</translation>
    </message>
    <message>
        <source>No self-hosting in this scenario.</source>
        <translation>Kein Self-Hosting in diesem Szenario.</translation>
    </message>
    <message>
        <source>Baseline monthly cost at current prices: %1 USD exactly.</source>
        <translation>Monatliche Kosten der Ausgangsbasis zu aktuellen Preisen: exakt %1 USD.</translation>
    </message>
    <message>
        <source>%1 USD baseline − %2 USD savings = %3 USD exactly.</source>
        <translation>%1 USD Ausgangsbasis − %2 USD Einsparung = exakt %3 USD.</translation>
    </message>
    <message>
        <source>%1 (being edited)</source>
        <translation>%1 (in Bearbeitung)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::SpendOverTimeModel</name>
    <message>
        <source>%1, %2: %3 USD</source>
        <translation>%1, %2: %3 USD</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4 USD)</source>
        <translation>%1, %2: %3 (%4 USD)</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::TopDriversModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 · %2: %3 USD in the period (%4 of spend), %5 requests.</source>
        <translation>%1 · %2: %3 USD im Zeitraum (%4 der Ausgaben), %5 Anfragen.</translation>
    </message>
    <message>
        <source>Previous period: %1 USD; change (%2 − %1) ÷ %1 = %3 %.</source>
        <translation>Vorzeitraum: %1 USD; Veränderung (%2 − %1) ÷ %1 = %3 %.</translation>
    </message>
    <message>
        <source>No spend in the previous period.</source>
        <translation>Keine Ausgaben im Vorzeitraum.</translation>
    </message>
    <message>
        <source>Shown in %1: %2.</source>
        <translation>Angezeigt in %1: %2.</translation>
    </message>
    <message>
        <source>Click to explore this model and %1.</source>
        <translation>Klicken Sie, um dieses Modell und %1 zu analysieren.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>ggü. Vorzeitraum</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::WhatIfKpiModel</name>
    <message>
        <source>Baseline monthly cost</source>
        <translation>Monatliche Kosten der Ausgangsbasis</translation>
    </message>
    <message>
        <source>Scenario monthly cost</source>
        <translation>Monatliche Kosten des Szenarios</translation>
    </message>
    <message>
        <source>costs %1 (%2) more</source>
        <translation>kostet %1 (%2) mehr</translation>
    </message>
    <message>
        <source>saves %1 (%2)</source>
        <translation>spart %1 (%2)</translation>
    </message>
    <message>
        <source>Baseline monthly cost: every slice of the baseline priced at the catalog&apos;s current prices, summed exactly: %1 USD.
%2</source>
        <translation>Monatliche Kosten der Ausgangsbasis: jeder Teil der Ausgangsbasis zu den aktuellen Katalogpreisen bewertet und exakt summiert: %1 USD.
%2</translation>
    </message>
    <message>
        <source>Scenario monthly cost: %1 USD baseline − %2 USD savings of the active levers = %3 USD exactly.</source>
        <translation>Monatliche Kosten des Szenarios: %1 USD Ausgangsbasis − %2 USD Einsparung der aktiven Hebel = exakt %3 USD.</translation>
    </message>
</context>
<context>
    <name>tl::planning::Baseline</name>
    <message>
        <source>The baseline needs a period: a first and a last day.</source>
        <translation>Die Ausgangsbasis benötigt einen Zeitraum: einen ersten und einen letzten Tag.</translation>
    </message>
</context>
<context>
    <name>tl::planning::Scenario</name>
    <message>
        <source>%1: not a scenario file (expected a JSON object)</source>
        <translation>%1: keine Szenariodatei (JSON-Objekt erwartet)</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tl::planning::WhatIfEngine</name>
    <message>
        <source>Monthly cost %1 → %2.</source>
        <translation>Monatliche Kosten %1 → %2.</translation>
    </message>
    <message>
        <source>Not part of this scenario.</source>
        <translation>Nicht Teil dieses Szenarios.</translation>
    </message>
    <message>
        <source>%1 of traffic moved to %2</source>
        <translation>%1 des Traffics auf %2 verlagert</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source> (%1 of it escalating to %2 as well)</source>
        <translation> (davon %1 zusätzlich an %2 eskaliert)</translation>
    </message>
    <message>
        <source>No routing tiers</source>
        <translation>Keine Routing-Stufen</translation>
    </message>
    <message>
        <source>; %1 stays on its own model. </source>
        <translation>; %1 bleibt beim eigenen Modell. </translation>
    </message>
    <message>
        <source>A hit rate of 0 % is the neutral position: no cache, no embedding bill, no fixed cost.</source>
        <translation>Eine Trefferquote von 0 % ist die neutrale Stellung: kein Cache, keine Embedding-Kosten, keine Fixkosten.</translation>
    </message>
    <message>
        <source>%1 of requests answered from the cache saves %2; embedding every request (%3 input tokens with %4) costs %5, plus %6 fixed a month. </source>
        <translation>%1 der Anfragen aus dem Cache beantwortet spart %2; jede Anfrage einzubetten (%3 Eingabe-Token mit %4) kostet %5, dazu %6 Fixkosten im Monat. </translation>
    </message>
    <message>
        <source>Cacheable share %1 and prefix hit rate %2 are what your data already shows: every slice keeps its own cache use.</source>
        <translation>Cachebarer Anteil %1 und Präfix-Trefferquote %2 entsprechen Ihren Daten: Jeder Ausschnitt behält seine eigene Cache-Nutzung.</translation>
    </message>
    <message>
        <source>A batch share of %1 is what your data already has: every model keeps its own batch share.</source>
        <translation>Ein Batch-Anteil von %1 entspricht Ihren Daten: Jedes Modell behält seinen eigenen Batch-Anteil.</translation>
    </message>
    <message>
        <source>%1 of each model&apos;s requests billed at batch prices (the catalog&apos;s, else half the input and output price); your data has %2 of requests in batch. </source>
        <translation>%1 der Anfragen jedes Modells zu Batch-Preisen abgerechnet (laut Katalog, sonst halber Eingabe- und Ausgabepreis); in Ihren Daten laufen %2 der Anfragen als Batch. </translation>
    </message>
    <message>
        <source>No model chosen for self-hosting.</source>
        <translation>Kein Modell für Self-Hosting gewählt.</translation>
    </message>
    <message>
        <source>No traffic left on %1 to self-host.</source>
        <translation>Auf %1 bleibt kein Traffic für Self-Hosting.</translation>
    </message>
    <message>
        <source>; break-even at %1 tokens a month</source>
        <translation>; Break-even bei %1 Token im Monat</translation>
    </message>
    <message>
        <source>%1, %2 of input is a cacheable prefix read from cache %3 of the time (the rest written with a 5-minute TTL). </source>
        <comment>%1: On 3 slices of models with cache prices</comment>
        <translation>%1 sind %2 der Eingabe ein cachebares Präfix, das zu %3 aus dem Cache gelesen wird (der Rest wird mit 5 Minuten TTL geschrieben). </translation>
    </message>
    <message>
        <source>On one slice of models with cache prices</source>
        <translation>Bei einem Ausschnitt von Modellen mit Cache-Preisen</translation>
    </message>
    <message>
        <source>On %1 slices of models with cache prices</source>
        <translation>Bei %1 Ausschnitten von Modellen mit Cache-Preisen</translation>
    </message>
    <message>
        <source>%1 tokens a month on %2 move to one instance at %3 a month instead of %4 at API prices; it serves %5 tokens a month</source>
        <translation>%1 Token im Monat auf %2 wechseln zu einer eigenen Instanz zu %3 im Monat statt %4 zu API-Preisen; sie bedient %5 Token im Monat</translation>
    </message>
    <message>
        <source>%1 tokens a month on %2 move to %3 instances at %4 a month each (%5 in all) instead of %6 at API prices; one instance serves %7 tokens a month</source>
        <translation>%1 Token im Monat auf %2 wechseln zu %3 eigenen Instanzen zu je %4 im Monat (%5 insgesamt) statt %6 zu API-Preisen; eine Instanz bedient %7 Token im Monat</translation>
    </message>
    <message>
        <source>%1, %2, requests unchanged. </source>
        <comment>input tokens of every kind −10 %, output tokens unchanged</comment>
        <translation>%1, %2, Anfragen unverändert. </translation>
    </message>
    <message>
        <source>Input tokens unchanged</source>
        <translation>Eingabe-Token unverändert</translation>
    </message>
    <message>
        <source>Input tokens of every kind −%1</source>
        <translation>Eingabe-Token jeder Art −%1</translation>
    </message>
    <message>
        <source>output tokens unchanged</source>
        <translation>Ausgabe-Token unverändert</translation>
    </message>
    <message>
        <source>output tokens −%1</source>
        <translation>Ausgabe-Token −%1</translation>
    </message>
</context>
<context>
    <name>tl::planning::WhatIfText</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage in the what-if explanations; %1 is the number (&quot;12,5&quot;), keep the space if your language puts one before the sign.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
</context>
<context>
    <name>tl::pricing::CatalogImport</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown catalog format</source>
        <translation>&apos;%1&apos;: unbekanntes Katalogformat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no price TokenLedger can use; nothing was changed.</source>
        <translation>&apos;%1&apos; enthält keinen Preis, den TokenLedger verwenden kann; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>cache write 5m</source>
        <translation>Cache-Schreiben 5 min</translation>
    </message>
    <message>
        <source>cache write 1h</source>
        <translation>Cache-Schreiben 1 h</translation>
    </message>
    <message>
        <source>batch input</source>
        <translation>Batch-Eingabe</translation>
    </message>
    <message>
        <source>batch output</source>
        <translation>Batch-Ausgabe</translation>
    </message>
    <message>
        <source>long input</source>
        <translation>Eingabe (langer Kontext)</translation>
    </message>
    <message>
        <source>long output</source>
        <translation>Ausgabe (langer Kontext)</translation>
    </message>
    <message>
        <source>priority input</source>
        <translation>Priority-Eingabe</translation>
    </message>
    <message>
        <source>priority output</source>
        <translation>Priority-Ausgabe</translation>
    </message>
    <message>
        <source>flex input</source>
        <translation>Flex-Eingabe</translation>
    </message>
    <message>
        <source>flex output</source>
        <translation>Flex-Ausgabe</translation>
    </message>
    <message>
        <source>per request</source>
        <translation>pro Anfrage</translation>
    </message>
    <message>
        <source>long-context threshold %1 → %2</source>
        <translation>Schwelle für langen Kontext %1 → %2</translation>
    </message>
    <message>
        <source>price history, aliases or matching</source>
        <translation>Preisverlauf, Aliase oder Zuordnung</translation>
    </message>
</context>
<context>
    <name>tl::pricing::CostEngine</name>
    <message>
        <source>the cost of this record is more than 9.2 billion, the most TokenLedger can add up exactly (check the token counts and the price)</source>
        <translation>die Kosten dieses Datensatzes betragen mehr als 9,2 Milliarden, das Höchste, was TokenLedger exakt addieren kann (Token-Anzahlen und Preis prüfen)</translation>
    </message>
</context>
<context>
    <name>tl::pricing::Discounts</name>
    <message>
        <source>&apos;%1&apos; is not a discount: give a percentage from 0 to 100 with at most four decimals, e.g. 12.5.</source>
        <translation>&apos;%1&apos; ist kein gültiger Rabatt: Geben Sie einen Prozentsatz von 0 bis 100 mit höchstens vier Nachkommastellen an, z. B. 12.5.</translation>
    </message>
    <message>
        <source>A discount needs a provider.</source>
        <translation>Ein Rabatt benötigt einen Anbieter.</translation>
    </message>
</context>
<context>
    <name>tl::pricing::PriceCatalog</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: &apos;format&apos; must be &quot;tokenledger-catalog&quot;</source>
        <translation>%1: &apos;format&apos; muss &quot;tokenledger-catalog&quot; sein</translation>
    </message>
    <message>
        <source>%1: &apos;models&apos; must be a list</source>
        <translation>%1: &apos;models&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: needs &apos;provider&apos;, &apos;model&apos; and a &apos;prices&apos; list</source>
        <translation>%1: benötigt &apos;provider&apos;, &apos;model&apos; und eine Liste &apos;prices&apos;</translation>
    </message>
</context>
<context>
    <name>tl::providers::AccessToken</name>
    <message>
        <source>The sign-in at %1 answered without an access token.</source>
        <translation>Die Anmeldung bei %1 hat kein Zugriffstoken geliefert.</translation>
    </message>
</context>
<context>
    <name>tl::providers::AnthropicClient</name>
    <message>
        <source>Cost report row has currency &apos;%1&apos;; only USD is supported.</source>
        <translation>Eine Zeile des Kostenberichts hat die Währung &apos;%1&apos;; unterstützt wird nur USD.</translation>
    </message>
    <message>
        <source>Cost report row has an unreadable amount &apos;%1&apos;.</source>
        <translation>Eine Zeile des Kostenberichts hat einen nicht lesbaren Betrag &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 (page %2): bucket with unreadable starting_at &apos;%3&apos;.</source>
        <translation>%1 (Seite %2): Bucket mit nicht lesbarem starting_at &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1: row with unreadable starting_at &apos;%2&apos;.</source>
        <translation>%1: Zeile mit unlesbarem starting_at &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cost report row has an unreadable list amount &apos;%1&apos;.</source>
        <translation>Zeile des Kostenberichts hat einen unlesbaren Listenbetrag &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>tl::providers::AwsCostExplorerClient</name>
    <message>
        <source>Cost Explorer reports &apos;%1&apos; in %2; only USD is supported.</source>
        <translation>Cost Explorer meldet &apos;%1&apos; in %2; unterstützt wird nur USD.</translation>
    </message>
    <message>
        <source>Cost Explorer amount for &apos;%1&apos; is unreadable.</source>
        <translation>Der Cost-Explorer-Betrag für &apos;%1&apos; ist nicht lesbar.</translation>
    </message>
    <message>
        <source>AWS credentials are incomplete: an access key id and a secret access key are needed.</source>
        <translation>Die AWS-Zugangsdaten sind unvollständig: Benötigt werden eine Zugriffsschlüssel-ID und ein geheimer Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Cost Explorer usage quantity for &apos;%1&apos; is unreadable.</source>
        <translation>Die Cost-Explorer-Nutzungsmenge für &apos;%1&apos; ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Unexpected response from GetCostAndUsage (page %1): no &apos;ResultsByTime&apos;.</source>
        <translation>Unerwartete Antwort von GetCostAndUsage (Seite %1): kein &apos;ResultsByTime&apos;.</translation>
    </message>
    <message>
        <source>GetCostAndUsage (page %1): a period has no readable Start date.</source>
        <translation>GetCostAndUsage (Seite %1): Ein Zeitraum hat kein lesbares Start-Datum.</translation>
    </message>
    <message>
        <source>GetCostAndUsage (page %1) repeats its page token.</source>
        <translation>GetCostAndUsage (Seite %1) liefert erneut dasselbe Seiten-Token.</translation>
    </message>
</context>
<context>
    <name>tl::providers::AzureCostClient</name>
    <message>
        <source>The Azure scope &apos;%1&apos; is not a subscription (/subscriptions/&lt;id&gt;), a resource group (/subscriptions/&lt;id&gt;/resourceGroups/&lt;name&gt;) or a billing account (/providers/Microsoft.Billing/billingAccounts/&lt;id&gt;).</source>
        <translation>Der Azure-Bereich „%1“ ist weder ein Abonnement (/subscriptions/&lt;id&gt;) noch eine Ressourcengruppe (/subscriptions/&lt;id&gt;/resourceGroups/&lt;name&gt;) noch ein Abrechnungskonto (/providers/Microsoft.Billing/billingAccounts/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>Cost Management&apos;s next page link points to another server (%1); it is not followed.</source>
        <translation>Der Link von Cost Management zur nächsten Seite zeigt auf einen anderen Server (%1); ihm wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>Unexpected response from %1 (page %2): no &apos;properties.rows&apos; and &apos;properties.columns&apos;.</source>
        <translation>Unerwartete Antwort von %1 (Seite %2): kein „properties.rows“ und „properties.columns“.</translation>
    </message>
    <message>
        <source>%1 (page %2): the result has no cost, date or meter column (columns: %3).</source>
        <translation>%1 (Seite %2): Das Ergebnis hat keine Spalte für Kosten, Datum oder Verbrauchszähler (Spalten: %3).</translation>
    </message>
    <message>
        <source>%1 (page %2): a row has no readable UsageDate.</source>
        <translation>%1 (Seite %2): Eine Zeile hat kein lesbares UsageDate.</translation>
    </message>
    <message>
        <source>Cost Management reports &apos;%1&apos; in %2; only USD is supported.</source>
        <translation>Cost Management meldet „%1“ in %2; unterstützt wird nur USD.</translation>
    </message>
    <message>
        <source>No Azure client secret: enter the app registration&apos;s secret.</source>
        <translation>Kein Azure-Clientgeheimnis: Geben Sie das Geheimnis der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>%1 (page %2) repeats its next page link.</source>
        <translation>%1 (Seite %2) wiederholt den Link zur nächsten Seite.</translation>
    </message>
</context>
<context>
    <name>tl::providers::BigQueryBillingClient</name>
    <message>
        <source>The Google Cloud connection needs the id of the project that runs the query (project_id), not &apos;%1&apos;.</source>
        <translation>Die Google-Cloud-Verbindung braucht die ID des Projekts, das die Abfrage ausführt (project_id), nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 (page %2): the result has no day, sku or cost column.</source>
        <translation>%1 (Seite %2): Das Ergebnis hat keine Spalte für Tag, SKU oder Kosten.</translation>
    </message>
    <message>
        <source>%1 (page %2): a row has no readable day.</source>
        <translation>%1 (Seite %2): Eine Zeile hat keinen lesbaren Tag.</translation>
    </message>
    <message>
        <source>The billing export reports &apos;%1&apos; in %2; only USD is supported.</source>
        <translation>Der Abrechnungsexport meldet „%1“ in %2; unterstützt wird nur USD.</translation>
    </message>
    <message>
        <source>The billing export table &apos;%1&apos; is not a table id of the form project.dataset.table.</source>
        <translation>Die Exporttabelle „%1“ ist keine Tabellen-ID der Form projekt.dataset.tabelle.</translation>
    </message>
    <message>
        <source>The BigQuery job did not finish (%1 checks); try a shorter range.</source>
        <translation>Der BigQuery-Job ist nicht fertig geworden (%1 Abfragen); versuchen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>%1 (page %2) repeats its page token.</source>
        <translation>%1 (Seite %2) wiederholt sein Seiten-Token.</translation>
    </message>
</context>
<context>
    <name>tl::providers::ConnectionSecrets</name>
    <message>
        <source>No keychain to save the key in.</source>
        <translation>Kein Schlüsselbund, in dem der Schlüssel gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The keychain item of connection &apos;%1&apos; is not one TokenLedger wrote; enter the key again (Edit…).</source>
        <translation>Der Schlüsselbund-Eintrag der Verbindung &apos;%1&apos; stammt nicht von TokenLedger; geben Sie den Schlüssel erneut ein (Bearbeiten…).</translation>
    </message>
    <message>
        <source>The key in the keychain for connection &apos;%1&apos; was saved for %2, not for %3, so it is not sent there. Enter the key again for this address (Edit…).</source>
        <translation>Der Schlüssel der Verbindung &apos;%1&apos; im Schlüsselbund wurde für %2 gespeichert, nicht für %3, und wird deshalb nicht dorthin gesendet. Geben Sie den Schlüssel für diese Adresse erneut ein (Bearbeiten…).</translation>
    </message>
</context>
<context>
    <name>tl::providers::ConnectionStore</name>
    <message>
        <source>Unknown provider &apos;%1&apos;.</source>
        <translation>Unbekannter Anbieter &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A connection named &apos;%1&apos; already exists.</source>
        <translation>Eine Verbindung namens &apos;%1&apos; existiert bereits.</translation>
    </message>
</context>
<context>
    <name>tl::providers::CredentialStore</name>
    <message>
        <source>The system keychain is unavailable (no session bus).</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (kein Session-Bus).</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: %1.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (no session bus); the key was not saved.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (kein Session-Bus); der Schlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save the key in the system keychain: %1.</source>
        <translation>Der Schlüssel kann nicht im System-Schlüsselbund gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Cannot remove the key from the system keychain: %1.</source>
        <translation>Der Schlüssel kann nicht aus dem System-Schlüsselbund entfernt werden: %1.</translation>
    </message>
    <message>
        <source>No key for connection &apos;%1&apos;: none in the keychain and %2 not set.</source>
        <translation>Kein Schlüssel für die Verbindung &apos;%1&apos;: Im Schlüsselbund ist keiner gespeichert, und %2 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>the keychain is still busy with an earlier request (is an unlock prompt waiting?)</source>
        <translation>der Schlüsselbund ist noch mit einer früheren Anfrage beschäftigt (wartet eine Entsperr-Abfrage?)</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is an unlock prompt waiting?)</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (wartet eine Entsperr-Abfrage?)</translation>
    </message>
    <message>
        <source>The system keychain gave no answer: %1.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet: %1.</translation>
    </message>
    <message>
        <source>The keychain is locked and was not unlocked; unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt und wurde nicht entsperrt; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1.</source>
        <translation>Der Schlüsselbund des Systems meldet einen Fehler: %1.</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>The key was not saved: %1. Should the keychain still finish the save, TokenLedger undoes it; unlock the keychain and save again.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1. Schließt der Schlüsselbund das Speichern später doch noch ab, macht TokenLedger es rückgängig; entsperren Sie den Schlüsselbund und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked and was not unlocked; the key was not saved. Unlock the keychain and save again.</source>
        <translation>Der Schlüsselbund ist gesperrt und wurde nicht entsperrt; der Schlüssel wurde nicht gespeichert. Entsperren Sie den Schlüsselbund und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>No key for connection &apos;%1&apos;: %2 is not set, and the keychain gave none:</source>
        <translation>Kein Schlüssel für die Verbindung &apos;%1&apos;: %2 ist nicht gesetzt, und der Schlüsselbund lieferte keinen:</translation>
    </message>
    <message>
        <source>the application is closing</source>
        <translation>die Anwendung wird beendet</translation>
    </message>
</context>
<context>
    <name>tl::providers::EntraTokenSource</name>
    <message>
        <source>The Azure sign-in needs a tenant, a client id and a client secret.</source>
        <translation>Die Azure-Anmeldung braucht einen Mandanten, eine Client-ID und ein Clientgeheimnis.</translation>
    </message>
    <message>
        <source>Azure sign-in failed: %1</source>
        <translation>Azure-Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tl::providers::GoogleTokenSource</name>
    <message>
        <source>The service-account key is not valid JSON.</source>
        <translation>Der Dienstkontoschlüssel ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The key file is not a service-account key (its &quot;type&quot; is not &quot;service_account&quot;).</source>
        <translation>Die Schlüsseldatei ist kein Dienstkontoschlüssel (ihr „type“ ist nicht „service_account“).</translation>
    </message>
    <message>
        <source>The service-account key has no client_email or private_key.</source>
        <translation>Der Dienstkontoschlüssel hat keine client_email oder keinen private_key.</translation>
    </message>
    <message>
        <source>A pasted access token lasts about an hour: paste a fresh one from &apos;gcloud auth print-access-token&apos;, or use a service-account key, which TokenLedger renews itself.</source>
        <translation>Ein eingefügtes Zugriffstoken gilt etwa eine Stunde: Fügen Sie ein neues aus „gcloud auth print-access-token“ ein oder verwenden Sie einen Dienstkontoschlüssel, den TokenLedger selbst erneuert.</translation>
    </message>
    <message>
        <source>No Google credentials: paste an access token or a service-account key.</source>
        <translation>Keine Google-Anmeldedaten: Fügen Sie ein Zugriffstoken oder einen Dienstkontoschlüssel ein.</translation>
    </message>
    <message>
        <source>Google sign-in failed: %1</source>
        <translation>Google-Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tl::providers::HttpClient</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>&apos;%1&apos; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>TLS required: &apos;%1&apos; must use https:// (plain http is allowed only to 127.0.0.1, ::1 or localhost).</source>
        <translation>TLS erforderlich: &apos;%1&apos; muss https:// verwenden (unverschlüsseltes http ist nur für 127.0.0.1, ::1 oder localhost zulässig).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Bad key: the server refused the credentials (HTTP %1 from %2)%3.</source>
        <translation>Ungültiger Schlüssel: Der Server hat die Zugangsdaten abgelehnt (HTTP %1 von %2)%3.</translation>
    </message>
    <message>
        <source>No admin rights: the key is valid but may not read usage or costs (HTTP 403 from %1)%2.</source>
        <translation>Keine Admin-Rechte: Der Schlüssel ist gültig, darf aber weder Nutzung noch Kosten lesen (HTTP 403 von %1)%2.</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429 from %1)%2.</source>
        <translation>Ratenlimit erreicht (HTTP 429 von %1)%2.</translation>
    </message>
    <message>
        <source>Server error (HTTP %1 from %2)%3.</source>
        <translation>Serverfehler (HTTP %1 von %2)%3.</translation>
    </message>
    <message>
        <source>Unexpected redirect (HTTP %1 from %2); check the base URL.</source>
        <translation>Unerwartete Weiterleitung (HTTP %1 von %2); prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Request refused (HTTP %1 from %2)%3.</source>
        <translation>Anfrage abgelehnt (HTTP %1 von %2)%3.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the whole response arrived.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen, bevor die vollständige Antwort eingegangen ist.</translation>
    </message>
    <message>
        <source>Timed out waiting for %1 (no data for %2 s).</source>
        <translation>Zeitüberschreitung beim Warten auf %1 (seit %2 s keine Daten).</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed; the certificate is not trusted.</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen; das Zertifikat ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Network unreachable: cannot connect to %1 (%2).</source>
        <translation>Netzwerk nicht erreichbar: Keine Verbindung zu %1 möglich (%2).</translation>
    </message>
    <message>
        <source>cut off mid-answer</source>
        <translation>mitten in der Antwort abgebrochen</translation>
    </message>
    <message>
        <source>Throttled (HTTP %1 from %2)%3.</source>
        <translation>Gedrosselt (HTTP %1 von %2)%3.</translation>
    </message>
    <message>
        <source>Overloaded (HTTP %1 from %2)%3.</source>
        <translation>Überlastet (HTTP %1 von %2)%3.</translation>
    </message>
    <message>
        <source>Out of quota (HTTP %1 from %2, %3)%4: the account&apos;s credit or spend limit is used up, so retrying cannot help.</source>
        <translation>Kontingent erschöpft (HTTP %1 von %2, %3)%4: Guthaben oder Ausgabenlimit des Kontos sind aufgebraucht, eine Wiederholung hilft nicht.</translation>
    </message>
    <message>
        <source>left unanswered (timeout)</source>
        <translation>ohne Antwort geblieben (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>after %1 attempts, the most allowed per request</source>
        <translation>nach %1 Versuchen, der Höchstzahl je Anfrage</translation>
    </message>
    <message>
        <source>because the server asked to wait %1 s, more than is left of the %2 s retry budget</source>
        <translation>weil der Server %1 s Wartezeit verlangte, mehr als vom Wiederholungsbudget von %2 s übrig ist</translation>
    </message>
    <message>
        <source>after the %1 s retry budget (the next wait, %2 s, would pass it)</source>
        <translation>nach Ausschöpfen des Wiederholungsbudgets von %1 s (die nächste Wartezeit von %2 s würde es überschreiten)</translation>
    </message>
    <message>
        <source>%1 was %2; gave up %3. Last answer: %4</source>
        <translation>%1: fehlgeschlagen (%2); aufgegeben %3. Letzte Antwort: %4</translation>
    </message>
    <message>
        <source>%1 was %2 %3 times over %4 s; gave up %5. Last answer: %6</source>
        <translation>%1: %3-mal in %4 s fehlgeschlagen (%2); aufgegeben %5. Letzte Antwort: %6</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a user name or password. Remove the &apos;user:password@&apos; part: keys are kept in the system keychain, never in a URL.</source>
        <translation>&apos;%1&apos; enthält einen Benutzernamen oder ein Passwort. Entfernen Sie den Teil &apos;benutzer:passwort@&apos;: Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in einer URL.</translation>
    </message>
</context>
<context>
    <name>tl::providers::OpenAiClient</name>
    <message>
        <source>Cost row in %1 has currency &apos;%2&apos;; only USD is supported.</source>
        <translation>Eine Kostenzeile in %1 hat die Währung &apos;%2&apos;; unterstützt wird nur USD.</translation>
    </message>
    <message>
        <source>Completions row at %1: input_tokens (%2) is smaller than its cached parts.</source>
        <translation>Completions-Zeile für %1: input_tokens (%2) ist kleiner als die darin enthaltenen gecachten Anteile.</translation>
    </message>
    <message>
        <source>Unknown OpenAI endpoint &apos;%1&apos; in the connection options.</source>
        <translation>Unbekannter OpenAI-Endpunkt &apos;%1&apos; in den Verbindungsoptionen.</translation>
    </message>
</context>
<context>
    <name>tl::providers::ProviderClient</name>
    <message>
        <source>Invalid JSON from %1 (page %2): %3 at byte %4.</source>
        <translation>Ungültiges JSON von %1 (Seite %2): %3 bei Byte %4.</translation>
    </message>
    <message>
        <source>Unexpected response from %1 (page %2): no &apos;data&apos; array.</source>
        <translation>Unerwartete Antwort von %1 (Seite %2): kein Array &apos;data&apos;.</translation>
    </message>
    <message>
        <source>%1 (page %2) says there is more data but gives no new page cursor.</source>
        <translation>%1 (Seite %2) meldet weitere Daten, liefert aber keinen neuen Seiten-Cursor.</translation>
    </message>
    <message>
        <source>%1 (page %2): a row&apos;s %3 (%4) are outside the range TokenLedger accepts in one record (at most 10^12, either sign).</source>
        <translation>%1 (Seite %2): %3 einer Zeile (%4) liegen außerhalb dessen, was TokenLedger in einem Datensatz annimmt (höchstens 10^12, mit beiden Vorzeichen).</translation>
    </message>
</context>
<context>
    <name>tl::providers::RetryRules</name>
    <message>
        <source>throttled (%1)</source>
        <translation>gedrosselt (%1)</translation>
    </message>
    <message>
        <source>rate limited (%1)</source>
        <translation>durch Ratenlimit abgewiesen (%1)</translation>
    </message>
    <message>
        <source>overloaded (%1)</source>
        <translation>überlastet (%1)</translation>
    </message>
    <message>
        <source>answered with a server error (%1)</source>
        <translation>mit Serverfehler beantwortet (%1)</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>abgewiesen (%1)</translation>
    </message>
</context>
<context>
    <name>tl::providers::Rs256Signer</name>
    <message>
        <source>The service-account key&apos;s private_key is not a readable RSA private key.</source>
        <translation>Der private_key des Dienstkontoschlüssels ist kein lesbarer privater RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>Signing the sign-in request failed.</source>
        <translation>Die Anmeldeanfrage konnte nicht signiert werden.</translation>
    </message>
</context>
<context>
    <name>tl::providers::SyncEngine</name>
    <message>
        <source>Unknown provider &apos;%1&apos;.</source>
        <translation>Unbekannter Anbieter &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The sync range is empty (the first day is after the last).</source>
        <translation>Der Synchronisierungszeitraum ist leer (der erste Tag liegt nach dem letzten).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 buckets, %2 pages; %3 new, %4 replaced, %5 unchanged</source>
        <translation>%1 Buckets, %2 Seiten; %3 neu, %4 ersetzt, %5 unverändert</translation>
    </message>
</context>
<context>
    <name>tl::query::KpiFigures</name>
    <message>
        <source>Spend in period</source>
        <translation>Ausgaben im Zeitraum</translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation>Veränderung zum Vorzeitraum</translation>
    </message>
    <message>
        <source>No spend in the previous period to compare with.</source>
        <translation>Im Vorzeitraum gab es keine Ausgaben zum Vergleich.</translation>
    </message>
    <message>
        <source>Cost per 1k requests</source>
        <translation>Kosten pro 1.000 Anfragen</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>Keine Anfragen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 · 1 day</source>
        <translation>%1 · 1 Tag</translation>
    </message>
    <message>
        <source>%1 · %2 days</source>
        <translation>%1 · %2 Tage</translation>
    </message>
    <message>
        <source> = %1</source>
        <translation> = %1</translation>
    </message>
    <message>
        <source>vs %1 (%2)</source>
        <translation>ggü. %1 (%2)</translation>
    </message>
    <message>
        <source>(%1 − %2) ÷ %2 = %3 % (USD)</source>
        <translation>(%1 − %2) ÷ %2 = %3 % (USD)</translation>
    </message>
    <message>
        <source>%1 USD ÷ %2 requests × 1000 = %3 USD%4</source>
        <translation>%1 USD ÷ %2 Anfragen × 1000 = %3 USD%4</translation>
    </message>
    <message>
        <source>Month-end forecast</source>
        <translation>Prognose zum Monatsende</translation>
    </message>
    <message>
        <source>Only for periods that include today</source>
        <translation>Nur für Zeiträume, die heute einschließen</translation>
    </message>
    <message>
        <source>Needs one full day of data</source>
        <translation>Benötigt einen vollen Tag an Daten</translation>
    </message>
    <message>
        <source>%1 · 1 day left</source>
        <translation>%1 · noch 1 Tag</translation>
    </message>
    <message>
        <source>%1 · %2 days left</source>
        <translation>%1 · noch %2 Tage</translation>
    </message>
    <message>
        <source>The month-end forecast extrapolates the current month, so it is shown only when the period includes today. Pick This month, the last 7, 30 or 90 days, or a custom range that ends today.</source>
        <translation>Die Prognose zum Monatsende rechnet den laufenden Monat hoch und wird daher nur angezeigt, wenn der Zeitraum heute einschließt. Wählen Sie „Dieser Monat“, die letzten 7, 30 oder 90 Tage oder einen benutzerdefinierten Zeitraum, der heute endet.</translation>
    </message>
    <message>
        <source>There is no full day of data yet to average.</source>
        <translation>Es gibt noch keinen vollen Tag an Daten, über den gemittelt werden kann.</translation>
    </message>
    <message>
        <source>Output share of spend</source>
        <translation>Anteil der Output-Tokens an den Kosten</translation>
    </message>
    <message>
        <source>%1 output of %2</source>
        <translation>%1 Ausgabe von %2</translation>
    </message>
    <message>
        <source>Output tokens cost %1 USD of %2 USD spend = %3.
The rest is input: uncached %4 USD, cache reads %5 USD, cache writes %6 USD.</source>
        <translation>Ausgabe-Token kosten %1 USD von %2 USD Ausgaben = %3.
Der Rest ist Eingabe: nicht gecacht %4 USD, Cache-Lesezugriffe %5 USD, Cache-Schreibzugriffe %6 USD.</translation>
    </message>
    <message>
        <source>No spend in this period.</source>
        <translation>Keine Ausgaben in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Cache savings realised</source>
        <translation>Erzielte Cache-Einsparung</translation>
    </message>
    <message>
        <source>%1 cache-read tokens</source>
        <translation>%1 Cache-Lese-Token</translation>
    </message>
    <message>
        <source>Cache-read tokens × (input price − cache-read price), per provider, model and service tier at the catalog prices and discounts in force on each day.
%1 cache-read tokens would have cost %2 USD as uncached input; they cost %3 USD as cache reads: %4 USD saved%5.</source>
        <translation>Cache-Lese-Token × (Eingabepreis − Cache-Lese-Preis), pro Anbieter, Modell und Servicestufe zu den am jeweiligen Tag gültigen Katalogpreisen und Rabatten.
%1 Cache-Lese-Token hätten als nicht gecachte Eingabe %2 USD gekostet; als Cache-Lesezugriffe kosteten sie %3 USD: %4 USD eingespart%5.</translation>
    </message>
    <message>
        <source>%1 cache-read tokens of models without a price are not counted.</source>
        <translation>%1 Cache-Lese-Token von Modellen ohne Preis werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Batch share of spend</source>
        <translation>Batch-Anteil an den Ausgaben</translation>
    </message>
    <message>
        <source>%1 on the batch tier</source>
        <translation>%1 in der Batch-Stufe</translation>
    </message>
    <message>
        <source>Batch-tier cost %1 USD ÷ spend %2 USD = %3.
Batch requests are priced at the catalog&apos;s batch prices (usually half of standard).</source>
        <translation>Kosten der Batch-Stufe %1 USD ÷ Ausgaben %2 USD = %3.
Batch-Anfragen werden zu den Batch-Preisen des Katalogs bepreist (meist die Hälfte des Standardpreises).</translation>
    </message>
    <message>
        <source>%1 on the batch tier, saving %2</source>
        <translation>%1 in der Batch-Stufe, %2 gespart</translation>
    </message>
    <message numerus="yes">
        <source>Saved by the batch tier: the same %n request(s) at standard prices would have cost %1 USD; on the batch tier they cost %2 USD; %3 USD saved.</source>
        <translation>
            <numerusform>Durch die Batch-Stufe gespart: dieselbe %n Anfrage hätte zu Standardpreisen %1 USD gekostet; in der Batch-Stufe kostete sie %2 USD; %3 USD gespart.</numerusform>
            <numerusform>Durch die Batch-Stufe gespart: dieselben %n Anfragen hätten zu Standardpreisen %1 USD gekostet; in der Batch-Stufe kosteten sie %2 USD; %3 USD gespart.</numerusform>
        </translation>
    </message>
    <message>
        <source>as the sources billed it</source>
        <translation>wie von den Quellen abgerechnet</translation>
    </message>
    <message>
        <source>billed where the source reports a cost, computed otherwise</source>
        <translation>abgerechnet, wo die Quelle Kosten meldet, sonst berechnet</translation>
    </message>
    <message>
        <source>computed from the price catalog</source>
        <translation>aus dem Preiskatalog berechnet</translation>
    </message>
    <message>
        <source>the average of the last %1 full days (%2 USD a day), shaped by the weekday pattern of the last %3 days</source>
        <translation>dem Durchschnitt der letzten %1 vollen Tage (%2 USD am Tag), nach dem Wochentagsmuster der letzten %3 Tage gewichtet</translation>
    </message>
    <message>
        <source>the average of the last %1 full days (%2 USD a day)</source>
        <translation>dem Durchschnitt der letzten %1 vollen Tage (%2 USD am Tag)</translation>
    </message>
    <message>
        <source>Spent so far in %1: %2 USD (%3; today&apos;s spend so far included)
+ expected from now to %4: %5 USD, at %6
= %7 USD%8 (range %9 – %10 USD)
Budgets forecast the same way: a monthly budget for the same scope shows the same figure.</source>
        <translation>Bisher ausgegeben im %1: %2 USD (%3; die bisherigen Ausgaben von heute eingeschlossen)
+ erwartet von jetzt bis %4: %5 USD, nach %6
= %7 USD%8 (Spanne %9 – %10 USD)
Budgets prognostizieren genauso: Ein Monatsbudget für denselben Bereich zeigt denselben Wert.</translation>
    </message>
    <message>
        <source>Cost computed from the price catalog for %1 – %2: %3 USD exactly%8.
Uncached input %4 · cache reads %5 · cache writes %6 · output %7.</source>
        <translation>Aus dem Preiskatalog berechnete Kosten für %1 – %2: exakt %3 USD%8.
Nicht gecachte Eingabe %4 · Cache-Lesezugriffe %5 · Cache-Schreibzugriffe %6 · Ausgabe %7.</translation>
    </message>
    <message>
        <source>No source reported a cost of its own in this period.</source>
        <translation>Keine Quelle hat in diesem Zeitraum eigene Kosten gemeldet.</translation>
    </message>
    <message>
        <source>Cost as the sources put it, where they have one: %1 USD, %2.</source>
        <translation>Kosten laut den Quellen, soweit sie welche angeben: %1 USD, %2.</translation>
    </message>
    <message>
        <source>as %1</source>
        <comment>as reported by LiteLLM</comment>
        <translation>wie %1</translation>
    </message>
    <message>
        <source>%1 where the source has a cost, computed otherwise</source>
        <translation>%1, wo die Quelle Kosten angibt, sonst berechnet</translation>
    </message>
</context>
<context>
    <name>tl::query::Period</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
</context>
<context>
    <name>tl::query::Provenance</name>
    <message>
        <source>a CSV import</source>
        <translation>einem CSV-Import</translation>
    </message>
    <message>
        <source>the team ledger</source>
        <translation>dem Team-Ledger</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two names of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>other sources</source>
        <translation>anderen Quellen</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>von %1 gemeldet</translation>
    </message>
    <message>
        <source>billed by %1</source>
        <translation>von %1 abgerechnet</translation>
    </message>
    <message>
        <source>reported by %1 and billed by %2</source>
        <translation>von %1 gemeldet und von %2 abgerechnet</translation>
    </message>
</context>
<context>
    <name>tl::query::UsageQueries</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>tl::report::ReportData</name>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Spend in charts</source>
        <translation>Ausgaben in Diagrammen</translation>
    </message>
    <message>
        <source>Top cost drivers</source>
        <translation>Größte Kostentreiber</translation>
    </message>
    <message>
        <source>Computed vs billed</source>
        <translation>Berechnet ggü. abgerechnet</translation>
    </message>
    <message>
        <source>Budget status</source>
        <translation>Budgetstatus</translation>
    </message>
    <message>
        <source>What-if scenarios</source>
        <translation>Was-wäre-wenn-Szenarien</translation>
    </message>
    <message>
        <source>none (all usage)</source>
        <translation>keine (gesamte Nutzung)</translation>
    </message>
    <message>
        <source>The report period ends (%1) before it starts (%2).</source>
        <translation>Der Berichtszeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Totals, charts and drivers</source>
        <translation>Summen, Diagramme und Kostentreiber</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Where to save next</source>
        <translation>Wo als Nächstes sparen</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Einsparungen</translation>
    </message>
</context>
<context>
    <name>tl::report::ReportJobs</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>tl::report::ReportText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; passed %2 on %3 (%4 used)</source>
        <translation>„%1“ hat am %3 %2 überschritten (%4 verbraucht)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is forecast to run out on %2</source>
        <translation>„%1“ ist laut Prognose am %2 aufgebraucht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is forecast to end at %2 of its budget</source>
        <translation>„%1“ endet laut Prognose bei %2 des Budgets</translation>
    </message>
    <message>
        <source>As of %1, the budget &quot;%2&quot; is on track.</source>
        <translation>Zum %1 liegt das Budget „%2“ im Plan.</translation>
    </message>
    <message>
        <source>As of %1, %2.</source>
        <translation>Stand %1: %2.</translation>
    </message>
    <message>
        <source>As of %1, all %2 budgets are on track</source>
        <translation>Zum %1 liegen alle %2 Budgets im Plan</translation>
    </message>
    <message>
        <source>As of %1, none of the %2 budgets is on track</source>
        <translation>Zum %1 liegt keines der %2 Budgets im Plan</translation>
    </message>
    <message>
        <source>As of %1, %2 of %3 budgets are on track</source>
        <translation>Zum %1 liegen %2 von %3 Budgets im Plan</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n days)</source>
        <translation>
            <numerusform>%1 – %2 (%n Tag)</numerusform>
            <numerusform>%1 – %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage was recorded from %1 to %2 for the chosen filters.</source>
        <translation>Vom %1 bis %2 wurde für die gewählten Filter keine Nutzung erfasst.</translation>
    </message>
    <message>
        <source>Spend from %1 to %2 was %3 for %4 requests and %5 tokens.</source>
        <translation>Die Ausgaben vom %1 bis %2 betrugen %3 für %4 Anfragen und %5 Token.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 vom %2 bis %3</translation>
    </message>
    <message>
        <source>That is %1 more than the previous period (%2).</source>
        <translation>Das sind %1 mehr als im Vorzeitraum (%2).</translation>
    </message>
    <message>
        <source>That is %1 less than the previous period (%2).</source>
        <translation>Das sind %1 weniger als im Vorzeitraum (%2).</translation>
    </message>
    <message>
        <source>That is about the same as the previous period (%1).</source>
        <translation>Das entspricht etwa dem Vorzeitraum (%1).</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The largest cost drivers were %1.</source>
        <translation>Die größten Kostentreiber waren %1.</translation>
    </message>
    <message>
        <source>%1 accounted for %2 of spend; output tokens for %3; prompt caching saved %4.</source>
        <translation>Auf %1 entfielen %2 der Ausgaben, auf Ausgabe-Token %3; Prompt-Caching sparte %4.</translation>
    </message>
    <message>
        <source>No source reported a billed cost in this period, so there is nothing to reconcile.</source>
        <translation>In diesem Zeitraum hat keine Quelle abgerechnete Kosten gemeldet; es gibt daher nichts abzugleichen.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; would take the monthly cost from %2 to %3, saving %4 (%5).</source>
        <translation>Szenario „%1“ würde die monatlichen Kosten von %2 auf %3 bringen und %4 (%5) einsparen.</translation>
    </message>
    <message numerus="yes">
        <source>The sources reported %1 where the price catalog computes %2 for the same records (difference %3); %n provider-model-days are outside the tolerance.</source>
        <translation>
            <numerusform>Die Quellen meldeten %1, der Preiskatalog ergibt für dieselben Datensätze %2 (Differenz %3); %n Anbieter-Modell-Tag liegt außerhalb der Toleranz.</numerusform>
            <numerusform>Die Quellen meldeten %1, der Preiskatalog ergibt für dieselben Datensätze %2 (Differenz %3); %n Anbieter-Modell-Tage liegen außerhalb der Toleranz.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the recent pace, adjusted for the day of the week, %1 is expected to end at %2 (%3 so far).</source>
        <translation>Beim jüngsten Tempo, nach Wochentag gewichtet, endet %1 voraussichtlich bei %2 (bisher %3).</translation>
    </message>
    <message numerus="yes">
        <source>The cost %4 came to %1 where the price catalog computes %2 for the same records (difference %3); %n provider-model-days are outside the tolerance.</source>
        <translation>
            <numerusform>Die Kosten, %4, betrugen %1, der Preiskatalog ergibt für dieselben Datensätze %2 (Differenz %3); %n Anbieter-Modell-Tag liegt außerhalb der Toleranz.</numerusform>
            <numerusform>Die Kosten, %4, betrugen %1, der Preiskatalog ergibt für dieselben Datensätze %2 (Differenz %3); %n Anbieter-Modell-Tage liegen außerhalb der Toleranz.</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenLedger&apos;s built-in prices</source>
        <translation>den eingebauten Preisen von TokenLedger</translation>
    </message>
    <message>
        <source>the %1 catalog (imported %2)</source>
        <comment>the genai-prices catalog (imported 1 Dec 2026)</comment>
        <translation>dem Katalog %1 (importiert am %2)</translation>
    </message>
    <message>
        <source>one price of your own</source>
        <translation>einem eigenen Preis</translation>
    </message>
    <message>
        <source>%1 prices of your own</source>
        <translation>%1 eigenen Preisen</translation>
    </message>
</context>
<context>
    <name>tl::reportui::ReportBudgets</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>day %1 of %2, %3</source>
        <translation>Tag %1 von %2, %3</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <translation>Tag %1 von %2</translation>
    </message>
    <message>
        <source>no spend yet</source>
        <translation>noch keine Ausgaben</translation>
    </message>
    <message>
        <source>computed spend</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>billed spend</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <source>mixed spend</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>überzogen</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>%1 %2/USD</source>
        <translation>%1 %2/USD</translation>
    </message>
    <message>
        <source>custom period</source>
        <translation>individuell</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 genutzt</translation>
    </message>
    <message>
        <source>period ended</source>
        <translation>Zeitraum beendet</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>zu wenig Verlaufsdaten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>Prognose %1</translation>
    </message>
    <message>
        <source>not this period</source>
        <translation>nicht in diesem Zeitraum</translation>
    </message>
    <message>
        <source>ran out</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>voraussichtlich</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Aufgebraucht am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Spent beyond the budget</source>
        <translation>Überschreitung</translation>
    </message>
    <message>
        <source>Forecast to the period&apos;s end</source>
        <translation>Prognose bis Ende</translation>
    </message>
    <message>
        <source>Forecast range</source>
        <translation>Prognosespanne</translation>
    </message>
    <message>
        <source>Thresholds (100% heavy)</source>
        <translation>Schwellenwerte (100 % fett)</translation>
    </message>
    <message>
        <source>at the end of %1 (%2), the report&apos;s last day</source>
        <translation>zum Tagesende am %1 (%2), dem letzten Tag des Berichts,</translation>
    </message>
    <message>
        <source>on %1 at %2 (%3), when the report was generated</source>
        <translation>am %1 um %2 (%3), bei der Erstellung des Berichts,</translation>
    </message>
    <message>
        <source>No budget is switched on.</source>
        <translation>Es ist kein Budget aktiviert.</translation>
    </message>
    <message>
        <source>Switched-off budgets, not shown: %1.</source>
        <translation>Deaktivierte Budgets, nicht angezeigt: %1.</translation>
    </message>
    <message>
        <source>%1, computed otherwise</source>
        <translation>%1, sonst berechnet</translation>
    </message>
    <message>
        <source>The budgets evaluated %1, as on the Budgets page and by &quot;tokenledger-cli budgets check&quot;. Each keeps its own scope, calendar period and currency; the report&apos;s filters do not apply. Actual spend is the cost a source reported or billed where it has one and computed from the price catalog otherwise (noted under the status, with the sources named). The forecast runs to the end of the budget&apos;s period, its range below it; under the thresholds crossed, those the forecast crosses too.</source>
        <translation>Die Budgets wurden %1 ausgewertet – wie auf der Seite „Budgets“ und mit „tokenledger-cli budgets check“. Jedes behält seinen eigenen Geltungsbereich, Kalenderzeitraum und seine Währung; die Filter des Berichts gelten hier nicht. Als Ist-Ausgaben gelten die Kosten, die eine Quelle gemeldet oder abgerechnet hat, wo es sie gibt, sonst die aus dem Preiskatalog berechneten (unter dem Status vermerkt, mit den Quellen). Die Prognose reicht bis zum Ende des Budgetzeitraums, ihre Spanne steht darunter; unter den überschrittenen Schwellenwerten stehen die, die zusätzlich laut Prognose überschritten werden.</translation>
    </message>
</context>
<context>
    <name>tl::reportui::ReportCharts</name>
    <message>
        <source>Baseline</source>
        <translation>Ausgangsbasis</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source> M</source>
        <translation> Mio.</translation>
    </message>
    <message>
        <source>tokens per month (millions)</source>
        <translation>Token pro Monat (Millionen)</translation>
    </message>
    <message>
        <source>moved traffic</source>
        <translation>verlagerter Traffic</translation>
    </message>
    <message>
        <source>break-even: %1 M tokens</source>
        <translation>Break-even: %1 Mio. Token</translation>
    </message>
    <message>
        <source>API cost</source>
        <translation>API-Kosten</translation>
    </message>
    <message>
        <source>self-hosted cost (per instance)</source>
        <translation>Self-Hosting-Kosten (pro Instanz)</translation>
    </message>
</context>
<context>
    <name>tl::reportui::ReportDocument</name>
    <message>
        <source>LLM spend report</source>
        <translation>Bericht zu LLM-Ausgaben</translation>
    </message>
    <message>
        <source>Generated %1 by TokenLedger %2</source>
        <translation>Erstellt am %1 mit TokenLedger %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Datei konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>tl::reportui::ReportLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>tl::reportui::ReportSections</name>
    <message>
        <source>In short</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>Amounts are converted from US dollars at %1.</source>
        <translation>Die Beträge wurden aus US-Dollar umgerechnet: %1.</translation>
    </message>
    <message>
        <source>Spend per day by provider</source>
        <translation>Ausgaben pro Tag nach Anbieter</translation>
    </message>
    <message>
        <source>Spend per day by: %1</source>
        <translation>Ausgaben pro Tag nach: %1</translation>
    </message>
    <message>
        <source>Spend by team</source>
        <translation>Ausgaben nach Team</translation>
    </message>
    <message>
        <source>Spend by: %1</source>
        <translation>Ausgaben nach: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
    <message>
        <source>Input vs cached vs output</source>
        <translation>Eingabe, Cache und Ausgabe</translation>
    </message>
    <message>
        <source>Uncached input</source>
        <translation>Nicht gecachte Eingabe</translation>
    </message>
    <message>
        <source>Cache reads</source>
        <translation>Cache-Lesezugriffe</translation>
    </message>
    <message>
        <source>Cache writes</source>
        <translation>Cache-Schreibzugriffe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>The pairs of model and %1 that cost the most in the period, compared with the same pairs in the previous period (%2 – %3).</source>
        <translation>Die Kombinationen aus Modell und %1 mit den höchsten Kosten im Zeitraum, verglichen mit denselben Kombinationen im Vorzeitraum (%2 – %3).</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No source reported a billed cost in this period.</source>
        <translation>In diesem Zeitraum hat keine Quelle abgerechnete Kosten gemeldet.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Diff.</source>
        <translation>Diff.</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>%1 of the period&apos;s %2 computed spend comes from records whose source reports no billed cost (for example usage logs); it is not part of this comparison. &quot;Flagged&quot; counts the days outside the tolerance out of the days compared.</source>
        <translation>%1 der im Zeitraum berechneten Ausgaben von %2 stammen aus Datensätzen, deren Quelle keine abgerechneten Kosten meldet (z. B. Nutzungs-Logs); sie sind nicht Teil dieses Vergleichs. „Markiert“ zählt die Tage außerhalb der Toleranz von den verglichenen Tagen.</translation>
    </message>
    <message>
        <source>This scenario could not be evaluated: %1</source>
        <translation>Dieses Szenario konnte nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>Baseline typed in by hand (file %1).</source>
        <translation>Manuell eingegebene Ausgangsbasis (Datei %1).</translation>
    </message>
    <message>
        <source>Baseline: the report period %1 – %2 (%3 days) scaled to a 30-day month; filters of the scenario: %4; file %5.</source>
        <translation>Ausgangsbasis: der Berichtszeitraum %1 – %2 (%3 Tage), auf einen Monat mit 30 Tagen hochgerechnet; Filter des Szenarios: %4; Datei %5.</translation>
    </message>
    <message>
        <source>Baseline monthly cost</source>
        <translation>Monatliche Kosten der Ausgangsbasis</translation>
    </message>
    <message>
        <source>Scenario monthly cost</source>
        <translation>Monatliche Kosten des Szenarios</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Cost before</source>
        <translation>Kosten vorher</translation>
    </message>
    <message>
        <source>Cost after</source>
        <translation>Kosten nachher</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <source>Savings waterfall (monthly)</source>
        <translation>Einsparungen als Wasserfall (monatlich)</translation>
    </message>
    <message>
        <source>Self-hosting break-even</source>
        <translation>Self-Hosting: Break-even</translation>
    </message>
    <message>
        <source>No traffic of the chosen models is left to move, so no instance is needed.</source>
        <translation>Von den gewählten Modellen bleibt kein Traffic zum Verlagern übrig; es wird daher keine Instanz benötigt.</translation>
    </message>
    <message>
        <source>No scenario was chosen for this report.</source>
        <translation>Für diesen Bericht wurde kein Szenario ausgewählt.</translation>
    </message>
    <message>
        <source>LLM spend report</source>
        <translation>Bericht zu LLM-Ausgaben</translation>
    </message>
    <message>
        <source>Organisation not named</source>
        <translation>Organisation ohne Namen</translation>
    </message>
    <message>
        <source>Spend in period</source>
        <translation>Ausgaben im Zeitraum</translation>
    </message>
    <message>
        <source>%1 against %2 in the previous period</source>
        <translation>%1 ggü. %2 im Vorzeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2, UTC days, both included</source>
        <translation>%1 bis %2, UTC-Tage, jeweils einschließlich</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>US dollar (USD)</source>
        <translation>US-Dollar (USD)</translation>
    </message>
    <message>
        <source>%1, converted from USD at %2 per USD (rate of %3)</source>
        <translation>%1, aus USD umgerechnet zu %2 pro USD (Kursdatum: %3)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The savings finder found no opportunity in this period&apos;s traffic.</source>
        <translation>Die Einsparungssuche hat im Verkehr dieses Zeitraums keine Möglichkeit gefunden.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Zusammen</translation>
    </message>
    <message>
        <source>all of the above, in the planner&apos;s lever order</source>
        <translation>alle oben genannten, in der Hebel-Reihenfolge des Planers</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Saving a month</source>
        <translation>Einsparung pro Monat</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Each saving is the what-if engine&apos;s figure for a scenario limited to that workload; a workload with several opportunities counts once in the total, by its Together row. The Savings page and &quot;tokenledger-cli savings&quot; show the evidence and assumptions behind each line.</source>
        <translation>Jede Einsparung ist der Betrag der What-if-Engine für ein auf diesen Workload begrenztes Szenario; ein Workload mit mehreren Möglichkeiten zählt in der Summe einmal, mit seiner Zeile „Zusammen“. Die Seite „Einsparungen“ und „tokenledger-cli savings“ zeigen die Belege und Annahmen jeder Zeile.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>No source reported a cost of its own in this period.</source>
        <translation>Keine Quelle hat in diesem Zeitraum eigene Kosten gemeldet.</translation>
    </message>
    <message>
        <source>Billed amounts are %1.</source>
        <comment>reported by LiteLLM and billed by OpenAI</comment>
        <translation>Die abgerechneten Beträge sind %1.</translation>
    </message>
    <message>
        <source>A day is flagged when the difference exceeds both %1 and %2 of the billed amount.</source>
        <translation>Ein Tag wird markiert, wenn die Differenz sowohl %1 als auch %2 des abgerechneten Betrags übersteigt.</translation>
    </message>
    <message>
        <source>Amounts are in US dollars.</source>
        <translation>Die Beträge sind in US-Dollar angegeben.</translation>
    </message>
    <message>
        <source>Computed costs come from %1.</source>
        <comment>from TokenLedger&apos;s built-in prices and …</comment>
        <translation>Die berechneten Kosten beruhen auf %1.</translation>
    </message>
    <message>
        <source>Cost computed from %1 against the cost the sources reported, over the records whose source reports a cost.</source>
        <translation>Aus %1 berechnete Kosten im Vergleich zu den von den Quellen gemeldeten, über die Datensätze, deren Quelle Kosten meldet.</translation>
    </message>
    <message>
        <source>Cost computed from %1 against the cost %2, over the records that carry one.</source>
        <comment>%2: the cost reported by LiteLLM and billed by OpenAI</comment>
        <translation>Aus %1 berechnete Kosten im Vergleich zu den Kosten, %2, über die Datensätze, die solche enthalten.</translation>
    </message>
    <message>
        <source>one instance</source>
        <translation>eine Instanz</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <source>%1 cost %2 a month; one instance pays for itself from %3 tokens a month.</source>
        <comment>%1: one instance / 3 instances</comment>
        <translation>Kosten für %1: %2 im Monat; eine Instanz rechnet sich ab %3 Token im Monat.</translation>
    </message>
    <message>
        <source>%1 cost %2 a month; the moved traffic has no API cost to compare with.</source>
        <comment>%1: one instance / 3 instances</comment>
        <translation>Kosten für %1: %2 im Monat; der verlagerte Traffic hat keine API-Kosten zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 a month could be saved in one workload (a use-case tag set on one model), of %2 a month it costs at current list prices.</source>
        <translation>%1 im Monat ließen sich in einem Workload (eine Use-Case-Tag-Menge auf einem Modell) sparen, von %2 im Monat, die er zu aktuellen Listenpreisen kostet.</translation>
    </message>
    <message>
        <source>%1 a month could be saved in %3 workloads (a use-case tag set on one model), of %2 a month they cost together at current list prices.</source>
        <translation>%1 im Monat ließen sich in %3 Workloads (je eine Use-Case-Tag-Menge auf einem Modell) sparen, von %2 im Monat, die sie zusammen zu aktuellen Listenpreisen kosten.</translation>
    </message>
</context>
<context>
    <name>tl::savings::Opportunity</name>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Output control</source>
        <translation>Ausgabesteuerung</translation>
    </message>
    <message>
        <source>Semantic cache</source>
        <translation>Semantischer Cache</translation>
    </message>
    <message>
        <source>Prompt caching</source>
        <translation>Prompt-Caching</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Self-hosting</source>
        <translation>Self-Hosting</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>tl::savings::SavingsFinder</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>Shape figures come from %1 single-request records.</source>
        <translation>Die Kennzahlen zur Form stammen aus %1 Datensätzen mit je einer Anfrage.</translation>
    </message>
    <message>
        <source>The data holds %1 aggregated records (such as hourly buckets), not single requests: output per request is each record&apos;s average, so the spread within a record is not seen.</source>
        <translation>Die Daten enthalten %1 zusammengefasste Datensätze (etwa Stundenwerte), keine einzelnen Anfragen: Die Ausgabe pro Anfrage ist der Durchschnitt eines Datensatzes, die Streuung innerhalb eines Datensatzes bleibt unsichtbar.</translation>
    </message>
    <message>
        <source>Route %1 of the requests to %2</source>
        <translation>%1 der Anfragen an %2 leiten</translation>
    </message>
    <message>
        <source>Savings: route %1 to %2</source>
        <translation>Einsparung: %1 an %2 leiten</translation>
    </message>
    <message>
        <source>Model output price</source>
        <translation>Ausgabepreis des Modells</translation>
    </message>
    <message>
        <source>%1 per million tokens</source>
        <translation>%1 pro Million Token</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>Ausgabe-Token pro Anfrage</translation>
    </message>
    <message>
        <source>Output ÷ input</source>
        <translation>Ausgabe ÷ Eingabe</translation>
    </message>
    <message>
        <source>Variation of output length</source>
        <translation>Streuung der Ausgabelänge</translation>
    </message>
    <message>
        <source>Requests with at most %1 output tokens</source>
        <translation>Anfragen mit höchstens %1 Ausgabe-Token</translation>
    </message>
    <message>
        <source>Short, regular outputs suggest classification or extraction, which %1 handles as well; check its quality on a sample before switching.</source>
        <translation>Kurze, gleichmäßige Ausgaben deuten auf Klassifikation oder Extraktion hin, die %1 ebenso gut erledigt; prüfen Sie die Qualität an einer Stichprobe, bevor Sie umstellen.</translation>
    </message>
    <message>
        <source>The requests with at most %1 output tokens move; the rest stays.</source>
        <translation>Die Anfragen mit höchstens %1 Ausgabe-Token wechseln; der Rest bleibt.</translation>
    </message>
    <message>
        <source>Cap output at %1 tokens (the %2th percentile)</source>
        <translation>Ausgabe auf %1 Token begrenzen (das %2. Perzentil)</translation>
    </message>
    <message>
        <source>Savings: cap output of %1</source>
        <translation>Einsparung: Ausgabe von %1 begrenzen</translation>
    </message>
    <message>
        <source>Output share of cost</source>
        <translation>Anteil der Ausgabe an den Kosten</translation>
    </message>
    <message>
        <source>Median output tokens per request</source>
        <translation>Median der Ausgabe-Token pro Anfrage</translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation>%1. Perzentil</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>99. Perzentil</translation>
    </message>
    <message>
        <source>Output tokens above the cap</source>
        <translation>Ausgabe-Token über der Grenze</translation>
    </message>
    <message>
        <source>Responses longer than the cap are cut to it (max_tokens) or shortened by instruction without losing what the user needs.</source>
        <translation>Antworten über der Grenze werden auf sie gekürzt (max_tokens) oder per Anweisung verkürzt, ohne dass Nötiges verloren geht.</translation>
    </message>
    <message>
        <source>Send the requests through the batch API</source>
        <translation>Die Anfragen über die Batch-API senden</translation>
    </message>
    <message>
        <source>Savings: batch %1</source>
        <translation>Einsparung: %1 als Batch</translation>
    </message>
    <message>
        <source>Requests in the busiest 4 hours of the day</source>
        <translation>Anfragen in den 4 stärksten Stunden des Tages</translation>
    </message>
    <message>
        <source>Already on the batch tier</source>
        <translation>Bereits auf der Batch-Stufe</translation>
    </message>
    <message>
        <source>Batch-like name</source>
        <translation>Name deutet auf Batch hin</translation>
    </message>
    <message>
        <source>Nobody waits for these answers: results within 24 hours are good enough.</source>
        <translation>Niemand wartet auf diese Antworten: Ergebnisse innerhalb von 24 Stunden genügen.</translation>
    </message>
    <message>
        <source>Batch prices from the catalog.</source>
        <translation>Batch-Preise aus dem Katalog.</translation>
    </message>
    <message>
        <source>The provider offers a batch API at half the input and output prices.</source>
        <translation>Der Anbieter bietet eine Batch-API zum halben Eingabe- und Ausgabepreis.</translation>
    </message>
    <message>
        <source>Cache the shared prompt prefix</source>
        <translation>Das gemeinsame Prompt-Präfix cachen</translation>
    </message>
    <message>
        <source>Savings: prompt caching for %1</source>
        <translation>Einsparung: Prompt-Caching für %1</translation>
    </message>
    <message>
        <source>Input tokens per request</source>
        <translation>Eingabe-Token pro Anfrage</translation>
    </message>
    <message>
        <source>Input read from the cache</source>
        <translation>Aus dem Cache gelesene Eingabe</translation>
    </message>
    <message>
        <source>Cache read price</source>
        <translation>Preis für Cache-Lesen</translation>
    </message>
    <message>
        <source>%1 of the input is a prefix shared by many requests (system prompt, documents, examples).</source>
        <translation>%1 der Eingabe ist ein Präfix, das viele Anfragen teilen (System-Prompt, Dokumente, Beispiele).</translation>
    </message>
    <message>
        <source>%1 of prefix reads hit the cache; the others write it.</source>
        <translation>%1 der Präfix-Lesevorgänge treffen den Cache; die übrigen schreiben ihn.</translation>
    </message>
    <message>
        <source>Run %1 on your own instances</source>
        <translation>%1 auf eigenen Instanzen betreiben</translation>
    </message>
    <message>
        <source>Savings: self-host %1</source>
        <translation>Einsparung: %1 selbst hosten</translation>
    </message>
    <message>
        <source>An instance at %1 an hour, %2 hours a month, serving %3 tokens a second at %4 utilisation (the planner&apos;s defaults).</source>
        <translation>Eine Instanz zu %1 pro Stunde, %2 Stunden im Monat, mit %3 Token pro Sekunde bei %4 Auslastung (die Vorgaben des Planers).</translation>
    </message>
    <message>
        <source>Operating staff and engineering time are not included.</source>
        <translation>Betriebspersonal und Entwicklungszeit sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>Token pro Monat</translation>
    </message>
    <message>
        <source>Break-even tokens per month</source>
        <translation>Token pro Monat bis zur Gewinnschwelle</translation>
    </message>
    <message>
        <source>Break-even hit rate</source>
        <translation>Trefferquote an der Gewinnschwelle</translation>
    </message>
    <message>
        <source>Savings: %1 on %2</source>
        <translation>Einsparung: %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) on models without a price were not examined.</source>
        <translation>
            <numerusform>%n Workload auf einem Modell ohne Preis wurde nicht untersucht.</numerusform>
            <numerusform>%n Workloads auf Modellen ohne Preis wurden nicht untersucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The savings finder needs a period: a first and a last day.</source>
        <translation>Die Einsparungssuche braucht einen Zeitraum: einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>Without batch: %1 on %2</source>
        <translation>Ohne Batch: %1 auf %2</translation>
    </message>
    <message>
        <source>Without prompt caching: %1 on %2</source>
        <translation>Ohne Prompt-Caching: %1 auf %2</translation>
    </message>
    <message>
        <source>Answer repeated requests from a cache (%1 of the requests)</source>
        <translation>Wiederholte Anfragen aus einem Cache beantworten (%1 der Anfragen)</translation>
    </message>
    <message>
        <source>Savings: semantic cache for %1</source>
        <translation>Einsparung: semantischer Cache für %1</translation>
    </message>
    <message>
        <source>Requests with a prompt key</source>
        <translation>Anfragen mit Prompt-Schlüssel</translation>
    </message>
    <message>
        <source>Different prompt keys</source>
        <translation>Verschiedene Prompt-Schlüssel</translation>
    </message>
    <message>
        <source>Repeats not answered from a cache</source>
        <translation>Wiederholungen, die kein Cache beantwortet hat</translation>
    </message>
    <message>
        <source>Already answered from the gateway&apos;s cache</source>
        <translation>Schon aus dem Cache des Gateways beantwortet</translation>
    </message>
    <message>
        <source>Counted are exact repeats (the same prompt key) after a key&apos;s first request; a semantic cache also answers near-repeats, so the true share is at least this.</source>
        <translation>Gezählt werden genaue Wiederholungen (derselbe Prompt-Schlüssel) nach der ersten Anfrage eines Schlüssels; ein semantischer Cache beantwortet auch ähnliche Anfragen, der wahre Anteil ist also mindestens so hoch.</translation>
    </message>
    <message>
        <source>Cached answers stay valid for the whole period; every request is embedded with %1.</source>
        <translation>Zwischengespeicherte Antworten bleiben den ganzen Zeitraum gültig; jede Anfrage wird mit %1 eingebettet.</translation>
    </message>
    <message>
        <source>The cache&apos;s own running cost is %1 a month; set yours in the What-if planner.</source>
        <translation>Der Betrieb des Caches kostet %1 im Monat; tragen Sie Ihren Wert im Was-wäre-wenn-Planer ein.</translation>
    </message>
    <message>
        <source>Semantic cache: none of the records carries a prompt key (LiteLLM writes its cache_key when its response cache is on), so how often the same request comes back cannot be measured; the finder proposes no semantic cache.</source>
        <translation>Semantischer Cache: Keiner der Datensätze trägt einen Prompt-Schlüssel (LiteLLM schreibt seinen cache_key, wenn sein Antwort-Cache eingeschaltet ist). Wie oft dieselbe Anfrage wiederkommt, lässt sich daher nicht messen; die Suche schlägt keinen semantischen Cache vor.</translation>
    </message>
    <message>
        <source>Without the levers in use: %1 on %2</source>
        <translation>Ohne die genutzten Hebel: %1 auf %2</translation>
    </message>
    <message>
        <source>Without the move from %1: %2 on %3</source>
        <translation>Ohne den Wechsel von %1: %2 auf %3</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) moved to another model during the period; the traffic on the model they left is not examined.</source>
        <translation>
            <numerusform>%n Arbeitslast ist im Zeitraum zu einem anderen Modell gewechselt; der Verkehr auf dem verlassenen Modell wird nicht untersucht.</numerusform>
            <numerusform>%n Arbeitslasten sind im Zeitraum zu einem anderen Modell gewechselt; der Verkehr auf den verlassenen Modellen wird nicht untersucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests %1:00–%2:59 %3</source>
        <translation>Anfragen %1:00–%2:59 %3</translation>
    </message>
</context>
<context>
    <name>tl::services::BudgetService</name>
    <message>
        <source>Budgets could not be evaluated: %1</source>
        <translation>Die Budgets konnten nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>Budget alerts could not be stored: %1</source>
        <translation>Die Budgetwarnungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>1 more alert in the alert history.</source>
        <translation>1 weitere Warnung im Warnungsverlauf.</translation>
    </message>
    <message>
        <source>%1 more alerts in the alert history.</source>
        <translation>%1 weitere Warnungen im Warnungsverlauf.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>tl::services::CatalogUpdate</name>
    <message>
        <source>catalog download</source>
        <translation>Katalog-Download</translation>
    </message>
    <message>
        <source>Cannot reach %1 (offline?). Nothing was changed: %2</source>
        <translation>%1 ist nicht erreichbar (offline?). Es wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>The download of %1 failed; nothing was changed: %2</source>
        <translation>Der Download von %1 ist fehlgeschlagen; es wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing to apply from %1: it did not change.</source>
        <translation>Von %1 gibt es nichts zu übernehmen: Der Katalog hat sich nicht geändert.</translation>
    </message>
</context>
<context>
    <name>tl::services::CatalogUpdateService</name>
    <message>
        <source>No database is open. Open or create one from the File menu first.</source>
        <translation>Es ist keine Datenbank geöffnet. Öffnen oder erstellen Sie zuerst eine über das Menü „Datei“.</translation>
    </message>
    <message>
        <source>A check for price updates is already running.</source>
        <translation>Es wird bereits nach Preisaktualisierungen gesucht.</translation>
    </message>
    <message>
        <source>Checking for price updates needs a database file; this database exists only in memory.</source>
        <translation>Die Suche nach Preisaktualisierungen braucht eine Datenbankdatei; diese Datenbank existiert nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not apply the update from %1: %2</source>
        <translation>Die Aktualisierung von %1 konnte nicht übernommen werden: %2</translation>
    </message>
</context>
<context>
    <name>tl::services::DashboardWorker</name>
    <message>
        <source>No database file to read.</source>
        <translation>Keine Datenbankdatei zum Lesen vorhanden.</translation>
    </message>
</context>
<context>
    <name>tl::services::ImportService</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Importing needs a database file.</source>
        <translation>Der Import benötigt eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>Es wurde keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing of it was imported.</source>
        <translation>%1: abgebrochen; nichts davon wurde importiert.</translation>
    </message>
    <message>
        <source>%1: %2 records read, %3 imported, %4 duplicates skipped, %5 rejected.</source>
        <translation>%1: %2 Datensätze gelesen, %3 importiert, %4 Duplikate übersprungen, %5 abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot undo now: another import job is running.</source>
        <translation>Rückgängigmachen derzeit nicht möglich: Ein anderer Importvorgang läuft.</translation>
    </message>
    <message>
        <source>The import was undone: its records were removed.</source>
        <translation>Der Import wurde rückgängig gemacht: Seine Datensätze wurden entfernt.</translation>
    </message>
    <message>
        <source>an import in the desktop app</source>
        <translation>ein Import in der Desktop-App</translation>
    </message>
</context>
<context>
    <name>tl::services::LedgerPullUseCase</name>
    <message>
        <source>%1 holds no team ledger yet; a collector sets it up (tokenledger-cli --ledger URL ledger init).</source>
        <translation>%1 enthält noch kein Team-Ledger; ein Collector richtet es ein (tokenledger-cli --ledger URL ledger init).</translation>
    </message>
    <message>
        <source>The team ledger at %1 has schema %2, this TokenLedger reads schema %3; update the older of the two.</source>
        <translation>Das Team-Ledger unter %1 hat Schema %2, dieses TokenLedger liest Schema %3; aktualisieren Sie das ältere der beiden.</translation>
    </message>
</context>
<context>
    <name>tl::services::LedgerSubscriptionService</name>
    <message>
        <source>The keychain gave no password for the team ledger: %1</source>
        <translation>Der Schlüsselbund lieferte kein Passwort für das Team-Ledger: %1</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>This database has no id for its keychain items; open it again.</source>
        <translation>Diese Datenbank hat keine ID für ihre Schlüsselbund-Einträge; öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the password.</source>
        <translation>Kein Schlüsselbund verfügbar, in dem das Passwort gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The keychain did not store the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the old password: %1</source>
        <translation>Der Schlüsselbund hat das alte Passwort nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Unsubscribed, but the keychain did not remove the password: %1</source>
        <translation>Abonnement beendet, aber der Schlüsselbund hat das Passwort nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Team ledger: 1 record pulled.</source>
        <translation>Team-Ledger: 1 Datensatz abgerufen.</translation>
    </message>
    <message>
        <source>Team ledger: %1 records pulled.</source>
        <translation>Team-Ledger: %1 Datensätze abgerufen.</translation>
    </message>
</context>
<context>
    <name>tl::services::LiteLlmDbImportUseCase</name>
    <message>
        <source>%1 has no LiteLLM daily spend tables (LiteLLM_DailyUserSpend)</source>
        <translation>%1 enthält keine Tabellen mit LiteLLMs täglichen Ausgaben (LiteLLM_DailyUserSpend)</translation>
    </message>
</context>
<context>
    <name>tl::services::LiteLlmLogsImportUseCase</name>
    <message>
        <source>request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
</context>
<context>
    <name>tl::services::PricesService</name>
    <message>
        <source>No database is open. Open or create one from the File menu first.</source>
        <translation>Es ist keine Datenbank geöffnet. Öffnen oder erstellen Sie zuerst eine über das Menü „Datei“.</translation>
    </message>
    <message>
        <source>Stored usage is being re-priced. Wait for it to finish, or cancel it, and try again.</source>
        <translation>Die gespeicherte Nutzung wird gerade neu bepreist. Warten Sie, bis der Vorgang abgeschlossen ist, oder brechen Sie ihn ab, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>An override needs a provider and a model.</source>
        <translation>Ein eigener Preis benötigt einen Anbieter und ein Modell.</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>Preise dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The end date must come after the start date.</source>
        <translation>Das Enddatum muss nach dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>Cannot save the override of %1/%2: %3</source>
        <translation>Der eigene Preis für %1/%2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Cannot remove the override of %1/%2: %3</source>
        <translation>Der eigene Preis für %1/%2 kann nicht entfernt werden: %3</translation>
    </message>
    <message>
        <source>%1/%2 has no override of yours to remove.</source>
        <translation>Für %1/%2 gibt es keinen eigenen Preis, der entfernt werden könnte.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Stored usage is already being re-priced.</source>
        <translation>Die gespeicherte Nutzung wird bereits neu bepreist.</translation>
    </message>
    <message>
        <source>Re-pricing needs a database file; this database exists only in memory.</source>
        <translation>Die Neubepreisung benötigt eine Datenbankdatei; diese Datenbank existiert nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Cannot open the database for re-pricing: %1</source>
        <translation>Die Datenbank kann für die Neubepreisung nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Re-pricing was cancelled; nothing was changed.</source>
        <translation>Die Neubepreisung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Re-priced %1 records: %2 changed, %3 without a price.</source>
        <translation>%1 Datensätze neu bepreist: %2 geändert, %3 ohne Preis.</translation>
    </message>
</context>
<context>
    <name>tl::services::ProviderBudgets</name>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 spend limit: %2</source>
        <translation>%1-Ausgabenlimit: %2</translation>
    </message>
    <message>
        <source>%1 spend alerts: %2</source>
        <translation>%1-Ausgabenwarnungen: %2</translation>
    </message>
</context>
<context>
    <name>tl::services::SavingsService</name>
    <message>
        <source>There is no usage to look at yet.</source>
        <translation>Es gibt noch keine Nutzung zum Auswerten.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>tl::services::Session</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>This database already holds imported data; the demo organisation would mix with it. Start an empty database first.</source>
        <translation>Diese Datenbank enthält bereits importierte Daten; die Demo-Organisation würde sich damit vermischen. Beginnen Sie zuerst mit einer leeren Datenbank.</translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>tl::services::SyncService</name>
    <message>
        <source>Connection works: the key can read usage and costs.</source>
        <translation>Die Verbindung funktioniert: Der Schlüssel kann Nutzung und Kosten lesen.</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>The connection does not work: %1</source>
        <translation>Die Verbindung funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The connection was saved, but its key was not: %1</source>
        <translation>Die Verbindung wurde gespeichert, ihr Schlüssel jedoch nicht: %1</translation>
    </message>
    <message>
        <source>The connection was removed, but its key could not be deleted from the keychain: %1</source>
        <translation>Die Verbindung wurde entfernt, ihr Schlüssel konnte jedoch nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Syncing needs a database file; this database exists only in memory.</source>
        <translation>Die Synchronisierung benötigt eine Datenbankdatei; diese Datenbank existiert nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A sync or test is already running.</source>
        <translation>Es läuft bereits eine Synchronisierung oder ein Test.</translation>
    </message>
    <message>
        <source>%1: %2 buckets read; %3 new, %4 replaced, %5 unchanged. Billed %6 USD, computed %7 USD.</source>
        <translation>%1: %2 Buckets gelesen; %3 neu, %4 ersetzt, %5 unverändert. Abgerechnet %6 USD, berechnet %7 USD.</translation>
    </message>
    <message>
        <source>The database has no id for its keychain items.</source>
        <translation>Die Datenbank hat keine Kennung für ihre Schlüsselbund-Einträge.</translation>
    </message>
    <message>
        <source>Budgets from spend limits: %1 added, %2 updated, %3 removed.</source>
        <translation>Budgets aus Ausgabenlimits: %1 hinzugefügt, %2 aktualisiert, %3 entfernt.</translation>
    </message>
    <message>
        <source>Spend limits not read: %1</source>
        <translation>Ausgabenlimits nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>tl::services::WhatIfService</name>
    <message>
        <source>Prices of the database could not be read; using the built-in catalog: %1</source>
        <translation>Die Preise der Datenbank konnten nicht gelesen werden; der integrierte Katalog wird verwendet: %1</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Unbenanntes Szenario</translation>
    </message>
    <message>
        <source>No database is open: use a baseline by hand.</source>
        <translation>Es ist keine Datenbank geöffnet: Geben Sie eine Ausgangsbasis manuell ein.</translation>
    </message>
    <message>
        <source>By hand: %1 requests a month × (%2 input + %3 output tokens) on %4 / %5</source>
        <translation>Manuell: %1 Anfragen pro Monat × (%2 Eingabe- + %3 Ausgabe-Token) auf %4 / %5</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 days scaled to a month (× 30/%3)</source>
        <translation>%1 – %2 · %3 Tage auf einen Monat hochgerechnet (× 30/%3)</translation>
    </message>
    <message>
        <source>typed in by hand</source>
        <translation>manuell eingegeben</translation>
    </message>
    <message>
        <source>%1 days scaled to 30 (× 30/%1)</source>
        <translation>%1 Tage auf 30 hochgerechnet (× 30/%1)</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The last scenario, %1, is no longer there: starting from a neutral scenario.</source>
        <translation>Das letzte Szenario, %1, ist nicht mehr vorhanden: Es wird mit einem neutralen Szenario begonnen.</translation>
    </message>
    <message>
        <source>The last scenario could not be restored: %1</source>
        <translation>Das letzte Szenario konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>No database is open for this scenario&apos;s baseline period.</source>
        <translation>Für den Zeitraum der Ausgangsbasis dieses Szenarios ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>einfach</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>komplex</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>The tiers&apos; shares add up to at most 100 %: the share of tier “%1” was limited to %2 instead of %3.</source>
        <translation>Die Anteile der Stufen ergeben zusammen höchstens 100 %: Der Anteil der Stufe „%1“ wurde auf %2 statt %3 begrenzt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tl::store::Connection</name>
    <message>
        <source>&apos;%1&apos; is busy: %2 is writing to it. Gave up after waiting %3 s; try again when it has finished, or wait longer (tokenledger-cli --lock-timeout SECONDS).</source>
        <translation>&apos;%1&apos; ist belegt: %2 schreibt gerade hinein. Nach %3 s Warten aufgegeben; versuchen Sie es erneut, wenn der Vorgang beendet ist, oder warten Sie länger (tokenledger-cli --lock-timeout SEKUNDEN).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is busy: another program (or another TokenLedger window) is writing to it. Gave up after waiting %2 s; try again when it has finished, or wait longer (tokenledger-cli --lock-timeout SECONDS).</source>
        <translation>&apos;%1&apos; ist belegt: Ein anderes Programm (oder ein anderes TokenLedger-Fenster) schreibt gerade hinein. Nach %2 s Warten aufgegeben; versuchen Sie es erneut, wenn es fertig ist, oder warten Sie länger (tokenledger-cli --lock-timeout SEKUNDEN).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written (the file or its folder is read-only): %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt): %2</translation>
    </message>
</context>
<context>
    <name>tl::store::Database</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TokenLedger database: it is not an SQLite file. Nothing was changed.</source>
        <translation>&apos;%1&apos; ist keine TokenLedger-Datenbank: Es handelt sich nicht um eine SQLite-Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a database: %2</source>
        <translation>&apos;%1&apos; kann nicht als Datenbank gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database of another program, not a TokenLedger database. Nothing was changed.</source>
        <translation>&apos;%1&apos; ist eine SQLite-Datenbank eines anderen Programms, keine TokenLedger-Datenbank. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of TokenLedger (schema %2; this version understands up to %3). Please update TokenLedger. Nothing was changed.</source>
        <translation>&apos;%1&apos; wurde von einer neueren Version von TokenLedger geschrieben (Schema %2; diese Version unterstützt bis Schema %3). Bitte aktualisieren Sie TokenLedger. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file.</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>There is no database at &apos;%1&apos;. Create one with &apos;tokenledger-cli --db %1 demo&apos; or by importing data.</source>
        <translation>Unter &apos;%1&apos; gibt es keine Datenbank. Legen Sie eine mit &apos;tokenledger-cli --db %1 demo&apos; oder durch einen Datenimport an.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner &apos;%1&apos; kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot configure &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>This build has no schema migrations (resources missing).</source>
        <translation>Dieser Build enthält keine Schema-Migrationen (Ressourcen fehlen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of TokenLedger.</source>
        <translation>&apos;%1&apos; wurde von einer neueren Version von TokenLedger geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot upgrade &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be upgraded to this version of TokenLedger, which writes to it, but the file or its folder is read-only.</source>
        <translation>&apos;%1&apos; muss auf diese Version von TokenLedger aktualisiert werden, wozu hineingeschrieben wird, aber die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>tl::store::DatabaseCheck</name>
    <message>
        <source>SQLite finds &apos;%1&apos; damaged: %2</source>
        <translation>SQLite findet &apos;%1&apos; beschädigt: %2</translation>
    </message>
    <message>
        <source>In &apos;%1&apos; the daily totals (%2) differ from the hourly totals (%3).</source>
        <translation>In &apos;%1&apos; weichen die Tagessummen (%2) von den Stundensummen (%3) ab.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos; the daily totals (%2) differ from the usage records (%3).</source>
        <translation>In &apos;%1&apos; weichen die Tagessummen (%2) von den Nutzungsdatensätzen (%3) ab.</translation>
    </message>
    <message>
        <source>In &apos;%1&apos; the hourly totals (%2) differ from the usage records (%3).</source>
        <translation>In &apos;%1&apos; weichen die Stundensummen (%2) von den Nutzungsdatensätzen (%3) ab.</translation>
    </message>
    <message>
        <source>An in-memory database has no file to back up.</source>
        <translation>Eine Datenbank im Arbeitsspeicher hat keine Datei, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>Cannot back up &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; kann nicht nach &apos;%2&apos; gesichert werden: %3</translation>
    </message>
    <message>
        <source>Cannot repair &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht repariert werden: %2</translation>
    </message>
    <message>
        <source>In &apos;%1&apos; the daily totals by tags (%2) differ from the daily totals (%3).</source>
        <translation>In &apos;%1&apos; weichen die Tagessummen nach Tags (%2) von den Tagessummen (%3) ab.</translation>
    </message>
</context>
<context>
    <name>tl::store::FactBlock</name>
    <message>
        <source>A block of stored usage records is damaged (%1); run the database check.</source>
        <translation>Ein Block gespeicherter Nutzungsdatensätze ist beschädigt (%1); bitte die Datenbankprüfung ausführen.</translation>
    </message>
</context>
<context>
    <name>tl::store::FactStore</name>
    <message>
        <source>Re-pricing was cancelled; nothing was changed.</source>
        <translation>Die Neubepreisung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The totals of these records exceed the 64-bit range (integer overflow); nothing was stored.</source>
        <translation>Die Summen dieser Datensätze überschreiten den 64-Bit-Bereich (Ganzzahlüberlauf); nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>tl::store::SqliteMappingStore</name>
    <message>
        <source>The mapping &apos;%1&apos; comes from the team ledger and cannot be changed here; save it under another name.</source>
        <translation>Die Zuordnung &apos;%1&apos; stammt aus dem Team-Ledger und kann hier nicht geändert werden; speichern Sie sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>The mapping &apos;%1&apos; comes from the team ledger; its collector removes it there.</source>
        <translation>Die Zuordnung &apos;%1&apos; stammt aus dem Team-Ledger; sein Collector entfernt sie dort.</translation>
    </message>
</context>
<context>
    <name>tl::store::Statement</name>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2). Its answers cannot be trusted: run &apos;tokenledger-cli check --repair&apos; to rebuild the totals from the usage records, or restore a backup (see docs/reliability.md).</source>
        <translation>Die Datenbank &apos;%1&apos; ist beschädigt (%2). Ihren Antworten ist nicht zu trauen: Führen Sie &apos;tokenledger-cli check --repair&apos; aus, um die Summen aus den Nutzungsdatensätzen neu aufzubauen, oder stellen Sie eine Sicherung wieder her (siehe docs/reliability.md).</translation>
    </message>
    <message>
        <source>Cannot read the database &apos;%1&apos;: %2</source>
        <translation>Die Datenbank &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tl::store::WriterNote</name>
    <message>
        <source>%1 by pid %2, started %3</source>
        <translation>%1 von PID %2, gestartet %3</translation>
    </message>
    <message>
        <source>a write</source>
        <translation>ein Schreibvorgang</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerAddress</name>
    <message>
        <source>The ledger URL is empty (postgresql://USER@HOST/DATABASE).</source>
        <translation>Die Ledger-URL ist leer (postgresql://BENUTZER@HOST/DATENBANK).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL: %2</source>
        <translation>„%1“ ist keine PostgreSQL-URL: %2</translation>
    </message>
    <message>
        <source>The ledger URL holds a password. Leave it out and give the password in $TOKENLEDGER_LEDGER_PASSWORD, as the systemd credential &apos;ledger-password&apos;, in $PGPASSWORD or in ~/.pgpass.</source>
        <translation>Die Ledger-URL enthält ein Passwort. Lassen Sie es weg und geben Sie das Passwort in $TOKENLEDGER_LEDGER_PASSWORD, als systemd-Credential „ledger-password“, in $PGPASSWORD oder in ~/.pgpass an.</translation>
    </message>
    <message>
        <source>The ledger at &apos;%1&apos; is not on this machine, so it is reached over TLS only: use sslmode=require, verify-ca or verify-full, not %2.</source>
        <translation>Das Ledger auf „%1“ liegt nicht auf diesem Rechner und wird daher nur über TLS erreicht: Verwenden Sie sslmode=require, verify-ca oder verify-full, nicht %2.</translation>
    </message>
    <message>
        <source>The LiteLLM database URL holds a password. Leave it out and give the password in $TOKENLEDGER_LITELLM_DB_PASSWORD, as the systemd credential &apos;litellm-db-password&apos;, in $PGPASSWORD or in ~/.pgpass.</source>
        <translation>Die URL der LiteLLM-Datenbank enthält ein Passwort. Lassen Sie es weg und geben Sie das Passwort in $TOKENLEDGER_LITELLM_DB_PASSWORD, als systemd-Credential „litellm-db-password“, in $PGPASSWORD oder in ~/.pgpass an.</translation>
    </message>
    <message>
        <source>The LiteLLM database at &apos;%1&apos; is not on this machine, so it is reached over TLS only: use sslmode=require, verify-ca or verify-full, not %2.</source>
        <translation>Die LiteLLM-Datenbank auf „%1“ liegt nicht auf diesem Rechner und wird daher nur über TLS erreicht: Verwenden Sie sslmode=require, verify-ca oder verify-full, nicht %2.</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerBatches</name>
    <message>
        <source>The ledger has no finished import %1 to undo.</source>
        <translation>Das Ledger hat keinen abgeschlossenen Import %1, der rückgängig gemacht werden könnte.</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerBudgets</name>
    <message>
        <source>name: the team ledger has a budget named &apos;%1&apos; already.</source>
        <translation>name: Im Team-Ledger gibt es bereits ein Budget namens „%1“.</translation>
    </message>
    <message>
        <source>The team ledger has no budget %1.</source>
        <translation>Das Team-Ledger hat kein Budget %1.</translation>
    </message>
    <message>
        <source>Alerts are acknowledged on each desktop, not in the team ledger.</source>
        <translation>Warnungen werden auf jedem Desktop bestätigt, nicht im Team-Ledger.</translation>
    </message>
    <message>
        <source>Alerts are snoozed on each desktop, not in the team ledger.</source>
        <translation>Warnungen werden auf jedem Desktop zurückgestellt, nicht im Team-Ledger.</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerCatalogStore</name>
    <message>
        <source>Cannot store the price of %1/%2 in the team ledger: %3</source>
        <translation>Der Preis von %1/%2 kann nicht im Team-Ledger gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Cannot store the override of %1/%2 in the team ledger: %3</source>
        <translation>Der eigene Preis für %1/%2 kann nicht im Team-Ledger gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerChanges</name>
    <message>
        <source>The ledger sent a removal this version cannot read.</source>
        <translation>Das Ledger hat eine Löschung gesendet, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>The ledger sent a fact this version cannot read.</source>
        <translation>Das Ledger hat einen Datensatz gesendet, den diese Version nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerReprice</name>
    <message>
        <source>The ledger sent a fact this version cannot read.</source>
        <translation>Das Ledger hat einen Datensatz gesendet, den diese Version nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerRoles</name>
    <message>
        <source>A team analyst needs at least one team (--team NAME).</source>
        <translation>Ein Team-Analyst braucht mindestens ein Team (--team NAME).</translation>
    </message>
    <message>
        <source>PostgreSQL has no role &apos;%1&apos;; create the login first (createuser %1).</source>
        <translation>PostgreSQL hat keine Rolle „%1“; legen Sie zuerst den Login an (createuser %1).</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerSchema</name>
    <message>
        <source>This build has no ledger schema (resources missing).</source>
        <translation>Diesem Build fehlt das Ledger-Schema (Ressourcen fehlen).</translation>
    </message>
    <message>
        <source>The ledger was set up by a newer version of TokenLedger (schema %1; this one knows up to %2). Update TokenLedger.</source>
        <translation>Das Ledger wurde von einer neueren TokenLedger-Version eingerichtet (Schema %1; diese kennt bis %2). Aktualisieren Sie TokenLedger.</translation>
    </message>
    <message>
        <source>Cannot read ledger migration %1.</source>
        <translation>Ledger-Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Ledger migration %1 failed: %2</source>
        <translation>Ledger-Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The ledger has no identity (ledger_meta); is it a TokenLedger ledger?</source>
        <translation>Das Ledger hat keine Kennung (ledger_meta); ist es ein TokenLedger-Ledger?</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::LedgerSync</name>
    <message>
        <source>The ledger&apos;s connection &apos;%1&apos; is a %2 connection, not %3; name this one differently.</source>
        <translation>Die Verbindung „%1“ im Ledger ist eine %2-Verbindung, keine %3-Verbindung; benennen Sie diese anders.</translation>
    </message>
</context>
<context>
    <name>tl::store::ledger::PgConnection</name>
    <message>
        <source>Cannot connect to the ledger at %1: out of memory.</source>
        <translation>Keine Verbindung zum Ledger unter %1: Speicher erschöpft.</translation>
    </message>
    <message>
        <source>Cannot connect to the ledger at %1: %2</source>
        <translation>Keine Verbindung zum Ledger unter %1: %2</translation>
    </message>
    <message>
        <source>The ledger refused a statement: %1</source>
        <translation>Das Ledger hat eine Anweisung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sending rows to the ledger failed: %1</source>
        <translation>Das Senden von Zeilen an das Ledger ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading rows from the ledger failed: %1</source>
        <translation>Das Lesen von Zeilen aus dem Ledger ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The connection to the ledger was lost: %1</source>
        <translation>Die Verbindung zum Ledger ist abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>tl::store::litellm::LiteLlmDailySpend</name>
    <message>
        <source>&apos;%1&apos; is not a LiteLLM daily spend table (user, team or tag)</source>
        <translation>&apos;%1&apos; ist keine Tabelle mit LiteLLMs täglichen Ausgaben (user, team oder tag)</translation>
    </message>
</context>
<context>
    <name>tl::store::litellm::LiteLlmSpendLogs</name>
    <message>
        <source>%1 has no column %2: is it LiteLLM&apos;s spend-log table?</source>
        <translation>%1 hat keine Spalte %2: Ist das die Ausgabenprotokoll-Tabelle von LiteLLM?</translation>
    </message>
</context>
<context>
    <name>tl::text::CsvParser</name>
    <message>
        <source>has %1 fields where the header has %2 (a cut-off line, or a delimiter inside an unquoted value)</source>
        <translation>hat %1 Felder, die Kopfzeile aber %2 (eine abgeschnittene Zeile oder ein Trennzeichen in einem Wert ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>a quoted field (starting with &quot;) is never closed; this record and the lines it ran into were skipped</source>
        <translation>ein Feld in Anführungszeichen (beginnend mit &quot;) wird nie geschlossen; dieser Datensatz und die Zeilen, in die er hineinläuft, wurden übersprungen</translation>
    </message>
</context>
<context>
    <name>tl::text::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tl::text::LineSource</name>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a truncated gzip file: it ends in the middle of the compressed data.</source>
        <translation>&apos;%1&apos; ist eine abgeschnittene gzip-Datei: Sie endet mitten in den komprimierten Daten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is UTF-16 text; TokenLedger reads UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>&apos;%1&apos; ist UTF-16-Text; TokenLedger liest UTF-8. Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>line %1 of %2 is longer than %3 MiB; TokenLedger reads lines of up to %3 MiB (set TOKENLEDGER_MAX_LINE_MIB to allow longer ones). Is it a log file? Nothing of it was imported.</source>
        <translation>Zeile %1 von %2 ist länger als %3 MiB; TokenLedger liest Zeilen mit bis zu %3 MiB (TOKENLEDGER_MAX_LINE_MIB erlaubt längere). Ist es eine Protokolldatei? Nichts davon wurde importiert.</translation>
    </message>
</context>
<context>
    <name>tl::ui::BaselinePicker</name>
    <message>
        <source>Baseline: the traffic to replay</source>
        <translation>Ausgangsbasis: der durchzuspielende Traffic</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Anfragen pro Monat</translation>
    </message>
    <message>
        <source>Input tokens per request</source>
        <translation>Eingabe-Token pro Anfrage</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>Ausgabe-Token pro Anfrage</translation>
    </message>
    <message>
        <source>Model of the baseline</source>
        <translation>Modell der Ausgangsbasis</translation>
    </message>
    <message>
        <source>&amp;Traffic:</source>
        <translation>T&amp;raffic:</translation>
    </message>
    <message>
        <source>Requests / month:</source>
        <translation>Anfragen / Monat:</translation>
    </message>
    <message>
        <source>Tokens / request in:</source>
        <translation>Token / Anfrage Eingabe:</translation>
    </message>
    <message>
        <source>out:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
</context>
<context>
    <name>tl::ui::BreakEvenChart</name>
    <message>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>Switch on self-hosting and choose the models to run yourself to see where your own instances break even with the API.</source>
        <translation>Schalten Sie Self-Hosting ein und wählen Sie die Modelle, die Sie selbst betreiben möchten, um zu sehen, ab wann sich eigene Instanzen gegenüber der API rechnen.</translation>
    </message>
    <message>
        <source>Choose at least one model to self-host.</source>
        <translation>Wählen Sie mindestens ein Modell für das Self-Hosting aus.</translation>
    </message>
    <message>
        <source>The chosen models carry no traffic in this scenario, so there is nothing to move off the API.</source>
        <translation>Die gewählten Modelle haben in diesem Szenario keinen Traffic; es gibt also nichts, was von der API verlagert werden könnte.</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Own instances</source>
        <translation>Eigene Instanzen</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Break-even: %1</source>
        <translation>Break-even: %1</translation>
    </message>
    <message>
        <source>Tokens per month, in billions</source>
        <translation>Token pro Monat, in Milliarden</translation>
    </message>
    <message>
        <source>Tokens per month, in millions</source>
        <translation>Token pro Monat, in Millionen</translation>
    </message>
    <message>
        <source>none (the moved traffic costs nothing on the API)</source>
        <translation>keiner (der verlagerte Traffic kostet über die API nichts)</translation>
    </message>
    <message>
        <source>%1/month</source>
        <comment>short: the axis is often only a few lines tall; %1 is the currency code</comment>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <source>API cost line: %1 ÷ %2 tokens per token. One instance: %3/h × %4 h = %5/month, serving %6 tokens/month.
%7</source>
        <translation>API-Kostenlinie: %1 ÷ %2 Token je Token. Eine Instanz: %3/h × %4 h = %5/Monat, bedient %6 Token/Monat.
%7</translation>
    </message>
    <message>
        <source>Today %1 tokens/month: API %2 vs one instance %3. Break-even: %4 tokens/month.</source>
        <translation>Heute %1 Token/Monat: API %2 gegenüber einer Instanz %3. Break-even: %4 Token/Monat.</translation>
    </message>
    <message>
        <source>Today %1 tokens/month: API %2 vs %3 instances %4. Break-even: %5 tokens/month.</source>
        <translation>Heute %1 Token/Monat: API %2 gegenüber %3 Instanzen %4. Break-even: %5 Token/Monat.</translation>
    </message>
</context>
<context>
    <name>tl::ui::BudgetBurnChart</name>
    <message>
        <source>Select a budget to see its burn-up</source>
        <translation>Wählen Sie ein Budget aus, um seinen Verbrauchsverlauf zu sehen</translation>
    </message>
    <message>
        <source>%1 — cumulative spend, %2</source>
        <translation>%1 — kumulierte Ausgaben, %2</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Forecast range</source>
        <translation>Prognosespanne</translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %), %4. </source>
        <translation>%1 von %2 ausgegeben (%3 %), %4. </translation>
    </message>
    <message>
        <source>Forecast %1 (range %2 – %3). </source>
        <translation>Prognose %1 (Spanne %2 – %3). </translation>
    </message>
    <message>
        <source>Budget used up on %1.</source>
        <translation>Budget aufgebraucht am %1.</translation>
    </message>
    <message>
        <source>Expected to run out on %1.</source>
        <translation>Voraussichtlich aufgebraucht am %1.</translation>
    </message>
    <message>
        <source>Spike on %1: %2 against a usual %3.</source>
        <translation>Ausgabenspitze am %1: %2 gegenüber üblichen %3.</translation>
    </message>
</context>
<context>
    <name>tl::ui::BudgetDialog</name>
    <message>
        <source>&amp;Whole organisation</source>
        <translation>&amp;Gesamte Organisation</translation>
    </message>
    <message>
        <source>&amp;Only usage matching:</source>
        <translation>N&amp;ur Nutzung mit:</translation>
    </message>
    <message>
        <source>Count a &amp;forecast overrun as a breach</source>
        <translation>&amp;Prognostizierte Überschreitung als Budgetverstoß werten</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Add budget</source>
        <translation>Budget hinzufügen</translation>
    </message>
    <message>
        <source>Edit budget</source>
        <translation>Budget bearbeiten</translation>
    </message>
    <message>
        <source>e.g. 2500</source>
        <translation>z. B. 2500</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source> % of the usual day</source>
        <translation> % des üblichen Tages</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>rate per USD:</source>
        <translation>Kurs pro USD:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Values of one dimension add up (team = support or team = search); different dimensions narrow down (team = support and provider = openai).</source>
        <translation>Werte einer Dimension werden zusammengezählt (team = support oder team = search); verschiedene Dimensionen schränken ein (team = support und provider = openai).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>&amp;Thresholds (%):</source>
        <translation>&amp;Schwellenwerte (%):</translation>
    </message>
    <message>
        <source>&amp;Spike alert:</source>
        <translation>Warnung bei Ausgabenspi&amp;tzen:</translation>
    </message>
    <message>
        <source>Scope: pick or type a value for %1.</source>
        <translation>Geltungsbereich: Wählen Sie einen Wert für %1 aus oder geben Sie einen ein.</translation>
    </message>
    <message>
        <source>Amount: enter a number such as 2500 or 99.50.</source>
        <translation>Betrag: Geben Sie eine Zahl ein, etwa 2500 oder 99.50.</translation>
    </message>
    <message>
        <source>Rate: enter how many %1 one USD buys, e.g. 0.92.</source>
        <translation>Kurs: Geben Sie an, wie viele %1 man für einen USD erhält, z. B. 0.92.</translation>
    </message>
    <message>
        <source>Scope: choose the whole organisation or add what the budget covers.</source>
        <translation>Geltungsbereich: Wählen Sie die gesamte Organisation oder fügen Sie hinzu, was das Budget abdeckt.</translation>
    </message>
    <message>
        <source>Scope: add at least one dimension = value, or choose the whole organisation.</source>
        <translation>Geltungsbereich: Fügen Sie mindestens ein Paar Dimension = Wert hinzu oder wählen Sie die gesamte Organisation.</translation>
    </message>
    <message>
        <source>This budget mirrors %1&apos;s spend limit and alerts. Every sync sets its name, amount, period, scope and thresholds; the spike alert, the forecast rule and whether it is on are yours to change.</source>
        <translation>Dieses Budget spiegelt das Ausgabenlimit und die Ausgabenwarnungen von %1. Jede Synchronisierung setzt Name, Betrag, Zeitraum, Geltungsbereich und Schwellenwerte; die Warnung bei Ausgabenspitzen, die Prognoseregel und ob es aktiv ist, legen Sie selbst fest.</translation>
    </message>
    <message>
        <source>This budget comes from the team ledger. Every pull sets its name, amount, period, scope and thresholds; the spike alert, the forecast rule and whether it is on are yours to change.</source>
        <translation>Dieses Budget stammt aus dem Team-Ledger. Jeder Abruf setzt Name, Betrag, Zeitraum, Geltungsbereich und Schwellenwerte; die Warnung bei Ausgabenspitzen, die Prognoseregel und ob es aktiv ist, legen Sie selbst fest.</translation>
    </message>
</context>
<context>
    <name>tl::ui::BudgetProgressDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>tl::ui::BudgetsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>&amp;Add budget…</source>
        <translation>Budget &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Budgets are checked after every import and sync, every %1 minutes while the app runs, and when you click here.</source>
        <translation>Budgets werden nach jedem Import und jeder Synchronisierung, alle %1 Minuten während der Laufzeit der App und bei einem Klick auf diese Schaltfläche geprüft.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich (System-Tray).</translation>
    </message>
    <message>
        <source>No budgets yet. Add one for the whole organisation or for a team, project, provider, model, tag or API key: TokenLedger forecasts each to the end of its period and warns on your desktop when a threshold is crossed or a day spikes.</source>
        <translation>Noch keine Budgets. Legen Sie eines für die gesamte Organisation oder für ein Team, ein Projekt, einen Anbieter, ein Modell, einen Tag oder einen API-Schlüssel an: TokenLedger erstellt für jedes eine Prognose bis zum Ende seines Zeitraums und warnt Sie auf dem Desktop, wenn ein Schwellenwert überschritten wird oder an einem Tag eine Ausgabenspitze auftritt.</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow (24 hours)</source>
        <translation>Bis morgen (24 Stunden)</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Für eine Woche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warnungsverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot acknowledge the alert</source>
        <translation>Die Warnung kann nicht bestätigt werden</translation>
    </message>
    <message>
        <source>Cannot snooze the alert</source>
        <translation>Die Warnung kann nicht zurückgestellt werden</translation>
    </message>
    <message>
        <source>Cannot add the budget</source>
        <translation>Das Budget kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot save the budget</source>
        <translation>Das Budget kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Budget entfernen</translation>
    </message>
    <message>
        <source>Remove the budget “%1” and its alert history?</source>
        <translation>Das Budget „%1“ und seinen Warnungsverlauf entfernen?</translation>
    </message>
    <message>
        <source>Cannot remove the budget</source>
        <translation>Das Budget kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>tl::ui::ConnectionDialog</name>
    <message>
        <source>Group by linked account</source>
        <translation>Nach verknüpftem Konto gruppieren</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>The region requests are signed for; Cost Explorer is served from us-east-1.</source>
        <translation>Die Region, für die Anfragen signiert werden; Cost Explorer wird aus us-east-1 bereitgestellt.</translation>
    </message>
    <message>
        <source>The Cost Explorer SERVICE value to read; third-party models on Bedrock may bill under their own names.</source>
        <translation>Der zu lesende SERVICE-Wert in Cost Explorer; Modelle von Drittanbietern auf Bedrock werden möglicherweise unter eigenen Namen abgerechnet.</translation>
    </message>
    <message>
        <source>stored in the keychain – leave empty to keep it</source>
        <translation>im Schlüsselbund gespeichert – leer lassen, um ihn beizubehalten</translation>
    </message>
    <message>
        <source>only with temporary credentials</source>
        <translation>nur bei temporären Zugangsdaten</translation>
    </message>
    <message>
        <source>TokenLedger reads usage and cost from the provider&apos;s billing API. Keys are kept in the system keychain, never in the database or settings. Plain http:// is accepted only for this computer (127.0.0.1, ::1, localhost).</source>
        <translation>TokenLedger liest Nutzung und Kosten über die Abrechnungs-API des Anbieters. Schlüssel werden im System-Schlüsselbund aufbewahrt, nie in der Datenbank oder den Einstellungen. Unverschlüsseltes http:// wird nur für diesen Computer akzeptiert (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Admin &amp;key:</source>
        <translation>Admin-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>Sit&amp;zungstoken:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>admin key, sk-admin-…</source>
        <translation>Admin-Schlüssel, sk-admin-…</translation>
    </message>
    <message>
        <source>admin key, sk-ant-admin…</source>
        <translation>Admin-Schlüssel, sk-ant-admin…</translation>
    </message>
    <message>
        <source>project ids, comma-separated (empty: all projects)</source>
        <translation>Projekt-IDs, durch Kommas getrennt (leer: alle Projekte)</translation>
    </message>
    <message>
        <source>workspace ids, comma-separated (empty: all workspaces)</source>
        <translation>Workspace-IDs, durch Kommas getrennt (leer: alle Workspaces)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>An AWS secret access key needs its access key ID.</source>
        <translation>Ein geheimer AWS-Zugriffsschlüssel benötigt die zugehörige Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>An AWS access key ID needs its secret access key.</source>
        <translation>Eine AWS-Zugriffsschlüssel-ID benötigt den zugehörigen geheimen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Read a service-account key &amp;file…</source>
        <translation>Dienstkontoschlüssel aus &amp;Datei lesen…</translation>
    </message>
    <message>
        <source>directory (tenant) id</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <source>application (client) id</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>What to read: /subscriptions/&lt;id&gt;, /subscriptions/&lt;id&gt;/resourceGroups/&lt;name&gt; or /providers/Microsoft.Billing/billingAccounts/&lt;id&gt;.</source>
        <translation>Was gelesen wird: /subscriptions/&lt;id&gt;, /subscriptions/&lt;id&gt;/resourceGroups/&lt;name&gt; oder /providers/Microsoft.Billing/billingAccounts/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>Besides the meter: resource (default), resource_group, or tag:&lt;key&gt; to split the cost by one tag.</source>
        <translation>Neben dem Verbrauchszähler: resource (Standard), resource_group oder tag:&lt;Schlüssel&gt;, um die Kosten nach einem Tag aufzuteilen.</translation>
    </message>
    <message>
        <source>dataset location, e.g. EU (optional)</source>
        <translation>Standort des Datasets, z. B. EU (optional)</translation>
    </message>
    <message>
        <source>Tenant &amp;ID:</source>
        <translation>Mandanten-&amp;ID:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Bereich (Sc&amp;ope):</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <source>Export t&amp;able:</source>
        <translation>Export-T&amp;abelle:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Standor&amp;t:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client&amp;geheimnis:</translation>
    </message>
    <message>
        <source>Access token or &amp;key:</source>
        <translation>Zugriffstoken oder &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>client secret of the app registration</source>
        <translation>Clientgeheimnis der App-Registrierung</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Dienstkonto-Schlüsseldatei</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Schlüsseldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An Azure connection needs the tenant ID, the client ID and the scope.</source>
        <translation>Eine Azure-Verbindung braucht die Mandanten-ID, die Client-ID und den Bereich.</translation>
    </message>
    <message>
        <source>A Google Cloud connection needs the billing export table.</source>
        <translation>Eine Google-Cloud-Verbindung braucht die Tabelle des Abrechnungsexports.</translation>
    </message>
    <message>
        <source>Read costs from the cost analytics API (list and discounted prices)</source>
        <translation>Kosten aus der Cost-Analytics-API lesen (Listen- und rabattierte Preise)</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Usage and Cost Analytics API (beta) reports each cost both at list price and after your organisation&apos;s discounts; the reconciliation then shows both.</source>
        <translation>Anthropics Usage and Cost Analytics API (Beta) meldet jede Kostenposition zum Listenpreis und nach den Rabatten Ihrer Organisation; der Abgleich zeigt dann beides.</translation>
    </message>
    <message>
        <source>default: the key&apos;s project</source>
        <translation>Standard: Projekt des Schlüssels</translation>
    </message>
    <message>
        <source>The project that runs the BigQuery query; empty: the project of the key.</source>
        <translation>Das Projekt, das die BigQuery-Abfrage ausführt; leer: das Projekt des Schlüssels.</translation>
    </message>
    <message>
        <source>access token or service-account key (JSON)</source>
        <translation>Zugriffstoken oder Dienstkontoschlüssel (JSON)</translation>
    </message>
    <message>
        <source>The output of gcloud auth print-access-token, or a service-account key (JSON) pasted here or read with the button below.</source>
        <translation>Die Ausgabe von gcloud auth print-access-token oder ein Dienstkontoschlüssel (JSON), hier eingefügt oder mit der Schaltfläche unten gelesen.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ConnectionsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Sync every connection at this interval while TokenLedger runs.</source>
        <translation>Alle Verbindungen in diesem Intervall synchronisieren, solange TokenLedger läuft.</translation>
    </message>
    <message>
        <source>Auto-sync:</source>
        <translation>Automatisch synchronisieren:</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>%1 of %2 ranges · %3 pages read</source>
        <translation>%1 von %2 Zeiträumen · %3 Seiten gelesen</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; saved.</source>
        <translation>Verbindung &apos;%1&apos; gespeichert.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &apos;%1&apos; and its key from the keychain? Usage already synced stays in the database and in the import history.</source>
        <translation>Die Verbindung &apos;%1&apos; und ihren Schlüssel aus dem Schlüsselbund entfernen? Bereits synchronisierte Nutzung bleibt in der Datenbank und im Importverlauf erhalten.</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; removed.</source>
        <translation>Verbindung &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Usage and cost pulled from OpenAI, Anthropic, AWS Cost Explorer, Azure Cost Management and Google Cloud&apos;s billing export. Each sync continues where the last one ended, re-reads the last days (providers add late data) and never stores a bucket twice.</source>
        <translation>Nutzung und Kosten, abgerufen von OpenAI, Anthropic, AWS Cost Explorer, Azure Cost Management und dem Abrechnungsexport von Google Cloud. Jede Synchronisierung setzt dort fort, wo die letzte endete, liest die letzten Tage erneut ein (Anbieter liefern Daten verspätet nach) und speichert keinen Bucket doppelt.</translation>
    </message>
    <message>
        <source>No connections yet. Add one with the admin key of your organisation (OpenAI, Anthropic), an AWS access key allowed to call Cost Explorer, an Azure service principal that may read Cost Management, or a Google service account that may read the billing export.</source>
        <translation>Noch keine Verbindungen. Fügen Sie eine mit dem Admin-Schlüssel Ihrer Organisation (OpenAI, Anthropic), einem AWS-Zugriffsschlüssel, der Cost Explorer aufrufen darf, einem Azure-Dienstprinzipal mit Lesezugriff auf Cost Management oder einem Google-Dienstkonto mit Lesezugriff auf den Abrechnungsexport hinzu.</translation>
    </message>
</context>
<context>
    <name>tl::ui::CostSplitBar</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Cost split</source>
        <translation>Kostenaufteilung</translation>
    </message>
</context>
<context>
    <name>tl::ui::CsvMappingDialog</name>
    <message>
        <source>Column mapping for %1</source>
        <translation>Spaltenzuordnung für %1</translation>
    </message>
    <message>
        <source>(new mapping)</source>
        <translation>(neue Zuordnung)</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Gespeicherte Zuordnung:</translation>
    </message>
    <message>
        <source>e.g. gateway-export</source>
        <translation>z. B. gateway-export</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>openai, anthropic, bedrock, google, azure</source>
        <translation>openai, anthropic, bedrock, google, azure</translation>
    </message>
    <message>
        <source>Provider of every row (when no column):</source>
        <translation>Anbieter aller Zeilen (ohne Spalte):</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>Save and import</source>
        <translation>Speichern und importieren</translation>
    </message>
</context>
<context>
    <name>tl::ui::CurrencyDialog</name>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>e.g. €</source>
        <translation>z. B. €</translation>
    </message>
    <message>
        <source>units per USD, e.g. 0.92</source>
        <translation>Einheiten pro USD, z. B. 0.92</translation>
    </message>
    <message>
        <source>Costs are computed and stored in USD. The dashboard converts them exactly at this rate for display; tooltips keep the USD amounts.</source>
        <translation>Kosten werden in USD berechnet und gespeichert. Die Übersicht rechnet sie zur Anzeige exakt zu diesem Kurs um; Tooltips zeigen weiterhin die USD-Beträge.</translation>
    </message>
    <message>
        <source>&amp;Currency code:</source>
        <translation>Währungs&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>&amp;Rate per USD:</source>
        <translation>&amp;Kurs pro USD:</translation>
    </message>
    <message>
        <source>Rate &amp;date:</source>
        <translation>Kurs&amp;datum:</translation>
    </message>
    <message>
        <source>Example: %1 is shown as %2.</source>
        <translation>Beispiel: %1 wird als %2 angezeigt.</translation>
    </message>
</context>
<context>
    <name>tl::ui::DashboardControlBar</name>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>First day of the custom period (UTC)</source>
        <translation>Erster Tag des benutzerdefinierten Zeitraums (UTC)</translation>
    </message>
    <message>
        <source>Last day of the custom period, included (UTC)</source>
        <translation>Letzter Tag des benutzerdefinierten Zeitraums, einschließlich (UTC)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Narrow every figure to providers, models, teams, tags, API keys, projects, regions or service tiers</source>
        <translation>Alle Kennzahlen auf Anbieter, Modelle, Teams, Tags, API-Schlüssel, Projekte, Regionen oder Servicestufen eingrenzen</translation>
    </message>
    <message>
        <source>Currency the amounts are shown in</source>
        <translation>Währung, in der die Beträge angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC) · compared with %3 – %4</source>
        <translation>%1 – %2 (UTC) · verglichen mit %3 – %4</translation>
    </message>
    <message>
        <source>Filters (%1)…</source>
        <translation>Filter (%1)…</translation>
    </message>
    <message>
        <source>Filters…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Currency: %1…</source>
        <translation>Währung: %1…</translation>
    </message>
    <message>
        <source>Display currency: %1</source>
        <translation>Anzeigewährung: %1</translation>
    </message>
    <message>
        <source>(UTC) · compared with %1 – %2</source>
        <translation>(UTC) · verglichen mit %1 – %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::DashboardPage</name>
    <message>
        <source>&amp;Stack by:</source>
        <translation>&amp;Stapeln nach:</translation>
    </message>
    <message>
        <source>Spend over time</source>
        <translation>Ausgaben im Zeitverlauf</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>One bar per day</source>
        <translation>Ein Balken pro Tag</translation>
    </message>
    <message>
        <source>The eight largest series by name, the rest in grey as Other. Hover over a segment for its exact amount; click a segment or a legend entry to explore it.</source>
        <translation>Die acht größten Reihen mit Namen, der Rest in Grau als „Sonstige“. Zeigen Sie auf ein Segment, um den exakten Betrag zu sehen; klicken Sie auf ein Segment oder einen Legendeneintrag, um es zu analysieren.</translation>
    </message>
    <message>
        <source>Top cost drivers</source>
        <translation>Größte Kostentreiber</translation>
    </message>
    <message>
        <source>Model × team</source>
        <translation>Modell × Team</translation>
    </message>
    <message>
        <source>Model × tag</source>
        <translation>Modell × Tag</translation>
    </message>
    <message>
        <source>The five largest by cost in the period, with the change against the previous period.</source>
        <translation>Die fünf größten nach Kosten im Zeitraum, mit der Veränderung gegenüber dem Vorzeitraum.</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Breakdown of spend</source>
        <translation>Aufschlüsselung der Ausgaben</translation>
    </message>
    <message>
        <source>Cost split</source>
        <translation>Kostenaufteilung</translation>
    </message>
    <message>
        <source>Input kinds never overlap, so the four parts add up to the spend exactly.</source>
        <translation>Die Eingabearten überschneiden sich nie, daher ergeben die vier Teile zusammen exakt die Ausgaben.</translation>
    </message>
    <message>
        <source>Computed vs billed</source>
        <translation>Berechnet ggü. abgerechnet</translation>
    </message>
    <message>
        <source>Computed vs billed cost per provider</source>
        <translation>Berechnete ggü. abgerechnete Kosten pro Anbieter</translation>
    </message>
    <message>
        <source>No billed cost reported for this period.</source>
        <translation>Für diesen Zeitraum wurden keine abgerechneten Kosten gemeldet.</translation>
    </message>
    <message>
        <source>One bar per hour (UTC)</source>
        <translation>Ein Balken pro Stunde (UTC)</translation>
    </message>
    <message>
        <source>Hourly bars are available for periods of up to %1 days.</source>
        <translation>Stündliche Balken sind für Zeiträume von bis zu %1 Tagen verfügbar.</translation>
    </message>
    <message>
        <source>Amounts in %1: %2. Tooltips give the exact USD amounts.</source>
        <translation>Beträge in %1: %2. Tooltips zeigen die exakten USD-Beträge.</translation>
    </message>
    <message>
        <source>Filtered to:</source>
        <translation>Gefiltert auf:</translation>
    </message>
    <message>
        <source>Show that period</source>
        <translation>Diesen Zeitraum zeigen</translation>
    </message>
    <message>
        <source>No usage in this period. The data in this database runs from %1 to %2.</source>
        <translation>Keine Nutzung in diesem Zeitraum. Die Daten dieser Datenbank reichen vom %1 bis %2.</translation>
    </message>
    <message>
        <source>Over the records whose source reports a cost.</source>
        <translation>Über die Datensätze, deren Quelle Kosten angibt.</translation>
    </message>
    <message>
        <source>Over the records whose source reports a cost: %1.</source>
        <translation>Über die Datensätze, deren Quelle Kosten angibt: %1.</translation>
    </message>
</context>
<context>
    <name>tl::ui::DiscountDialog</name>
    <message>
        <source>Edit discount</source>
        <translation>Rabatt bearbeiten</translation>
    </message>
    <message>
        <source>Add discount</source>
        <translation>Rabatt hinzufügen</translation>
    </message>
    <message>
        <source>e.g. anthropic</source>
        <translation>z. B. anthropic</translation>
    </message>
    <message>
        <source>all models</source>
        <translation>alle Modelle</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>z. B. 12.5</translation>
    </message>
    <message>
        <source>Percentage off list price, from 0 to 100, with at most four decimals</source>
        <translation>Nachlass auf den Listenpreis in Prozent, von 0 bis 100, mit höchstens vier Nachkommastellen</translation>
    </message>
    <message>
        <source>e.g. enterprise agreement 2026</source>
        <translation>z. B. Enterprise-Vertrag 2026</translation>
    </message>
    <message>
        <source>A discount reduces every part of the cost of the provider&apos;s models. A discount for one model wins over one for all models.</source>
        <translation>Ein Rabatt senkt alle Kostenbestandteile der Modelle des Anbieters. Ein Rabatt für ein einzelnes Modell hat Vorrang vor einem Rabatt für alle Modelle.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Discount (%):</source>
        <translation>&amp;Rabatt (%):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Provider is required.</source>
        <translation>Ein Anbieter ist erforderlich.</translation>
    </message>
    <message>
        <source>Type the discount in percent, e.g. 12.5.</source>
        <translation>Geben Sie den Rabatt in Prozent ein, z. B. 12.5.</translation>
    </message>
</context>
<context>
    <name>tl::ui::DiscountsPanel</name>
    <message>
        <source>Negotiated discounts</source>
        <translation>Ausgehandelte Rabatte</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Add a percentage off list price for a provider or one of its models</source>
        <translation>Einen prozentualen Nachlass auf den Listenpreis für einen Anbieter oder eines seiner Modelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected discount</source>
        <translation>Den ausgewählten Rabatt entfernen</translation>
    </message>
    <message>
        <source>Cannot save the discount</source>
        <translation>Der Rabatt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Discount of %1 % for %2 saved.</source>
        <translation>Rabatt von %1 % für %2 gespeichert.</translation>
    </message>
    <message>
        <source>all %1 models</source>
        <translation>alle %1-Modelle</translation>
    </message>
    <message>
        <source>Remove discount</source>
        <translation>Rabatt entfernen</translation>
    </message>
    <message>
        <source>Remove the discount of %1 % for %2? List prices apply again.</source>
        <translation>Den Rabatt von %1 % für %2 entfernen? Dann gelten wieder die Listenpreise.</translation>
    </message>
    <message>
        <source>Cannot remove the discount</source>
        <translation>Der Rabatt kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Discount for %1 removed.</source>
        <translation>Rabatt für %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ExplorePage</name>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Find in the table</source>
        <translation>In der Tabelle suchen</translation>
    </message>
    <message>
        <source>Find rows by dimension value</source>
        <translation>Zeilen nach Dimensionswert suchen</translation>
    </message>
    <message>
        <source>Shows the rows whose dimension values contain every word typed; Enter moves to the table</source>
        <translation>Zeigt die Zeilen, deren Dimensionswerte alle eingegebenen Wörter enthalten; Enter wechselt zur Tabelle</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Show only some providers, models, teams, tags, keys, …</source>
        <translation>Nur bestimmte Anbieter, Modelle, Teams, Tags, Schlüssel, … anzeigen</translation>
    </message>
    <message>
        <source>Choose the columns shown (also on the table header&apos;s context menu)</source>
        <translation>Angezeigte Spalten auswählen (auch über das Kontextmenü des Tabellenkopfs)</translation>
    </message>
    <message>
        <source>Copy the selected rows, or all rows shown, with exact values (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen oder alle angezeigten Zeilen mit exakten Werten kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Save the rows and columns shown as a CSV file with exact values</source>
        <translation>Die angezeigten Zeilen und Spalten als CSV-Datei mit exakten Werten speichern</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No usage matches the period and filters chosen above.</source>
        <translation>Keine Nutzung entspricht dem oben gewählten Zeitraum und den Filtern.</translation>
    </message>
    <message>
        <source>Pick a longer period or remove a filter.</source>
        <translation>Wählen Sie einen längeren Zeitraum oder entfernen Sie einen Filter.</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows matching “%3”: %4, %5 of the total.</source>
        <translation>Angezeigt werden %1 von %2 Zeilen, die „%3“ entsprechen: %4, %5 des Gesamtwerts.</translation>
    </message>
    <message>
        <source>1 row from %1 usage records.</source>
        <translation>1 Zeile aus %1 Nutzungsdatensätzen.</translation>
    </message>
    <message>
        <source>%1 rows from %2 usage records.</source>
        <translation>%1 Zeilen aus %2 Nutzungsdatensätzen.</translation>
    </message>
    <message>
        <source>%1 selected — Ctrl+C copies them.</source>
        <translation>%1 ausgewählt — Strg+C kopiert sie.</translation>
    </message>
    <message>
        <source>Double-click a row to drill into it.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um sie aufzuschlüsseln.</translation>
    </message>
    <message>
        <source>%1 (%2 chosen)</source>
        <translation>%1 (%2 ausgewählt)</translation>
    </message>
    <message>
        <source>No values recorded</source>
        <translation>Keine Werte erfasst</translation>
    </message>
    <message>
        <source>… and %1 more: group by %2 and double-click a row</source>
        <translation>… und %1 weitere: nach %2 gruppieren und auf eine Zeile doppelklicken</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>Drill into this row</source>
        <translation>Diese Zeile aufschlüsseln</translation>
    </message>
    <message>
        <source>Filter to %1: %2</source>
        <translation>Filtern auf %1: %2</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copied 1 row with exact values.</source>
        <translation>1 Zeile mit exakten Werten kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 rows with exact values.</source>
        <translation>%1 Zeilen mit exakten Werten kopiert.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>none. Use Filter… or double-click a row.</source>
        <translation>keine. Verwenden Sie „Filter…“ oder doppelklicken Sie auf eine Zeile.</translation>
    </message>
    <message>
        <source>Show all data</source>
        <translation>Alle Daten zeigen</translation>
    </message>
</context>
<context>
    <name>tl::ui::ExplorerTable</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Usage grouped by the chosen dimensions</source>
        <translation>Nutzung, gruppiert nach den gewählten Dimensionen</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>tl::ui::FilterChipBar</name>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>%1: %2  ✕</source>
        <translation>%1: %2  ✕</translation>
    </message>
    <message>
        <source>Showing only %1 = %2. Click to remove this filter.</source>
        <translation>Nur %1 = %2 wird angezeigt. Klicken Sie, um diesen Filter zu entfernen.</translation>
    </message>
    <message>
        <source>Remove filter %1 = %2</source>
        <translation>Filter %1 = %2 entfernen</translation>
    </message>
</context>
<context>
    <name>tl::ui::FilterPopup</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter dimension</source>
        <translation>Filterdimension</translation>
    </message>
    <message>
        <source>Search values…</source>
        <translation>Werte suchen…</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>Filterwerte</translation>
    </message>
    <message>
        <source>Clear this</source>
        <translation>Diesen entfernen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No values of this dimension in the database.</source>
        <translation>Keine Werte dieser Dimension in der Datenbank.</translation>
    </message>
    <message>
        <source>Values of one dimension are alternatives; different dimensions must all match.</source>
        <translation>Werte einer Dimension sind Alternativen; verschiedene Dimensionen müssen alle zutreffen.</translation>
    </message>
</context>
<context>
    <name>tl::ui::GettingStartedPanel</name>
    <message>
        <source>No usage yet — three ways to bring yours in</source>
        <translation>Noch keine Nutzung – drei Wege, Ihre Daten hereinzuholen</translation>
    </message>
    <message>
        <source>Spend, trends, budgets and the what-if planner work on the usage in this database. Everything stays on this computer.</source>
        <translation>Ausgaben, Trends, Budgets und der Was-wäre-wenn-Planer arbeiten mit der Nutzung in dieser Datenbank. Alles bleibt auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Connect a provider…</source>
        <translation>Anbieter verbinden…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Import log files</source>
        <translation>Protokolldateien importieren</translation>
    </message>
    <message>
        <source>LiteLLM spend logs, OpenAI Batch results, Bedrock invocation logs, Langfuse exports, FOCUS billing exports or any CSV. Importing the same file twice adds nothing.</source>
        <translation>LiteLLM-Ausgabenprotokolle, OpenAI-Batch-Ergebnisse, Bedrock-Aufrufprotokolle, Langfuse-Exporte, FOCUS-Abrechnungsexporte oder beliebige CSV-Dateien. Dieselbe Datei zweimal zu importieren fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Connect a billing API</source>
        <translation>Abrechnungs-API verbinden</translation>
    </message>
    <message>
        <source>OpenAI and Anthropic admin keys, or AWS credentials for Bedrock&apos;s costs. Usage and cost are fetched day by day; keys stay in the system keychain.</source>
        <translation>Admin-Schlüssel von OpenAI und Anthropic oder AWS-Zugangsdaten für die Bedrock-Kosten. Nutzung und Kosten werden Tag für Tag abgerufen; Schlüssel bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>Vorhandene Datenbank öffnen</translation>
    </message>
    <message>
        <source>A TokenLedger file a colleague keeps up to date, or one from another computer.</source>
        <translation>Eine TokenLedger-Datei, die eine Kollegin oder ein Kollege aktuell hält, oder eine von einem anderen Rechner.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;demo&quot;&gt;Look around with the demo organisation first&lt;/a&gt; · &lt;a href=&quot;guide&quot;&gt;Getting started in the user guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;demo&quot;&gt;Erst mit der Demo-Organisation umsehen&lt;/a&gt; · &lt;a href=&quot;guide&quot;&gt;Erste Schritte im Benutzerhandbuch&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>tl::ui::GroupByEditor</name>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>then by</source>
        <translation>dann nach</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Then group by, level %1</source>
        <translation>Dann gruppieren nach, Ebene %1</translation>
    </message>
    <message>
        <source>One table row per value of this dimension</source>
        <translation>Eine Tabellenzeile pro Wert dieser Dimension</translation>
    </message>
    <message>
        <source>Split each row further by this dimension; &quot;—&quot; stops here</source>
        <translation>Jede Zeile weiter nach dieser Dimension aufteilen; „—“ beendet hier</translation>
    </message>
</context>
<context>
    <name>tl::ui::HelpDialog</name>
    <message>
        <source>TokenLedger help</source>
        <translation>TokenLedger-Hilfe</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The what-if model</source>
        <translation>Das Was-wäre-wenn-Modell</translation>
    </message>
    <message>
        <source>Supported formats</source>
        <translation>Unterstützte Formate</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>tl::ui::LeverPanel</name>
    <message>
        <source>Tick a lever to switch it on. Each one works on the traffic the levers above it leave; sliders start where your data is today.</source>
        <translation>Haken Sie einen Hebel an, um ihn einzuschalten. Jeder wirkt auf den Traffic, den die Hebel darüber übrig lassen; die Schieberegler beginnen beim heutigen Stand Ihrer Daten.</translation>
    </message>
    <message>
        <source>2 · Token optimisation</source>
        <translation>2 · Token-Optimierung</translation>
    </message>
    <message>
        <source>Shorter prompts and answers: every kind of input token and the output shrink by these shares.</source>
        <translation>Kürzere Prompts und Antworten: Alle Arten von Eingabe-Token und die Ausgabe schrumpfen um diese Anteile.</translation>
    </message>
    <message>
        <source>Input reduction:</source>
        <translation>Eingabe-Reduktion:</translation>
    </message>
    <message>
        <source>Share of input tokens (uncached, cache reads and writes) saved.</source>
        <translation>Eingesparter Anteil der Eingabe-Token (nicht gecacht, Cache-Lese- und -Schreibzugriffe).</translation>
    </message>
    <message>
        <source>Output reduction:</source>
        <translation>Ausgabe-Reduktion:</translation>
    </message>
    <message>
        <source>Share of output tokens saved.</source>
        <translation>Eingesparter Anteil der Ausgabe-Token.</translation>
    </message>
    <message>
        <source>3 · Semantic cache</source>
        <translation>3 · Semantischer Cache</translation>
    </message>
    <message>
        <source>Answer repeated questions from a cache: hits never reach a model, but every request is embedded, and the cache has a fixed monthly cost.</source>
        <translation>Wiederholte Fragen aus einem Cache beantworten: Treffer erreichen nie ein Modell, aber für jede Anfrage wird ein Embedding berechnet, und der Cache hat feste monatliche Kosten.</translation>
    </message>
    <message>
        <source>Hit rate:</source>
        <translation>Trefferquote:</translation>
    </message>
    <message>
        <source>Share of requests answered from the cache.</source>
        <translation>Anteil der Anfragen, die aus dem Cache beantwortet werden.</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / Monat</translation>
    </message>
    <message>
        <source>Fixed monthly cost of running the cache (vector store, servers).</source>
        <translation>Feste monatliche Kosten für den Betrieb des Caches (Vektordatenbank, Server).</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Embedding-Modell:</translation>
    </message>
    <message>
        <source>Fixed cost:</source>
        <translation>Fixkosten:</translation>
    </message>
    <message>
        <source>4 · Provider prompt caching</source>
        <translation>4 · Prompt-Caching des Anbieters</translation>
    </message>
    <message>
        <source>A shared prompt prefix is cached by the provider: reads are cheap, writes cost a little more. Applies to models with cache prices.</source>
        <translation>Der Anbieter cacht ein gemeinsames Prompt-Präfix: Lesezugriffe sind günstig, Schreibzugriffe kosten etwas mehr. Gilt für Modelle mit Cache-Preisen.</translation>
    </message>
    <message>
        <source>Cacheable share:</source>
        <translation>Cachebarer Anteil:</translation>
    </message>
    <message>
        <source>Share of all input that is a shared, cacheable prefix.</source>
        <translation>Anteil der gesamten Eingabe, der ein gemeinsames, cachebares Präfix ist.</translation>
    </message>
    <message>
        <source>Prefix hit rate:</source>
        <translation>Präfix-Trefferquote:</translation>
    </message>
    <message>
        <source>Share of cacheable input read from the cache rather than written to it.</source>
        <translation>Anteil der cachebaren Eingabe, der aus dem Cache gelesen statt in ihn geschrieben wird.</translation>
    </message>
    <message>
        <source>5 · Batch API</source>
        <translation>5 · Batch-API</translation>
    </message>
    <message>
        <source>Work that can wait up to a day runs through the batch API at batch prices (half the price where the catalog lists none).</source>
        <translation>Aufgaben, die bis zu einem Tag warten können, laufen über die Batch-API zu Batch-Preisen (halber Preis, wo der Katalog keine aufführt).</translation>
    </message>
    <message>
        <source>Batch share:</source>
        <translation>Batch-Anteil:</translation>
    </message>
    <message>
        <source>Share of each model&apos;s requests billed at batch prices.</source>
        <translation>Anteil der Anfragen jedes Modells, der zu Batch-Preisen abgerechnet wird.</translation>
    </message>
    <message>
        <source>Your data: %1 of requests already use batch.</source>
        <translation>Ihre Daten: %1 der Anfragen nutzen bereits Batch.</translation>
    </message>
    <message>
        <source>Your data: %1 of input is cached or written to the cache; %2 of that is read from it.</source>
        <translation>Ihre Daten: %1 der Eingabe ist gecacht oder wird in den Cache geschrieben; %2 davon wird aus dem Cache gelesen.</translation>
    </message>
</context>
<context>
    <name>tl::ui::MainWindow</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>DEMO DATA — start empty…</source>
        <translation>DEMODATEN — leer beginnen…</translation>
    </message>
    <message>
        <source>You are looking at an invented organisation. Click to start with an empty database for your own data.</source>
        <translation>Sie sehen eine erfundene Organisation. Klicken Sie hier, um mit einer leeren Datenbank für Ihre eigenen Daten zu beginnen.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Start &amp;empty database…</source>
        <translation>Mit &amp;leerer Datenbank beginnen…</translation>
    </message>
    <message>
        <source>Load &amp;demo organisation</source>
        <translation>&amp;Demo-Organisation laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TokenLedger</source>
        <translation>Ü&amp;ber TokenLedger</translation>
    </message>
    <message>
        <source>About TokenLedger</source>
        <translation>Über TokenLedger</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenLedger %1&lt;/h3&gt;&lt;p&gt;See where your organisation&apos;s LLM-inference money goes, and which savings lever pays for your traffic.&lt;/p&gt;&lt;p&gt;Costs are computed from the price catalog to the nano-dollar and never summed in floating point.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenLedger %1&lt;/h3&gt;&lt;p&gt;Sehen Sie, wohin das Geld Ihrer Organisation für LLM-Inferenz fließt und welcher Sparhebel sich für Ihren Traffic auszahlt.&lt;/p&gt;&lt;p&gt;Die Kosten werden auf den Nanodollar genau aus dem Preiskatalog berechnet und nie in Gleitkommaarithmetik summiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Remove the demo organisation and start with an empty database?

%1</source>
        <translation>Die Demo-Organisation entfernen und mit einer leeren Datenbank beginnen?

%1</translation>
    </message>
    <message>
        <source>Start a new, empty database? Everything in
%1
will be deleted.</source>
        <translation>Eine neue, leere Datenbank beginnen? Alle Daten in
%1
werden gelöscht.</translation>
    </message>
    <message>
        <source>Start empty database</source>
        <translation>Mit leerer Datenbank beginnen</translation>
    </message>
    <message>
        <source>Cannot start an empty database</source>
        <translation>Die leere Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>TokenLedger databases (*.db *.sqlite);;All files (*)</source>
        <translation>TokenLedger-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot load the demo organisation</source>
        <translation>Die Demo-Organisation kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;FOCUS…</source>
        <translation>F&amp;OCUS exportieren…</translation>
    </message>
    <message>
        <source>Export raw facts as &amp;CSV…</source>
        <translation>Rohdaten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export raw facts</source>
        <translation>Rohdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Einsparungen</translation>
    </message>
    <message>
        <source>FOCUS 1.3 CSV (*.csv)</source>
        <translation>FOCUS 1.3 CSV (*.csv)</translation>
    </message>
    <message>
        <source>FOCUS 1.2 CSV, for tools that expect 1.2 (*.csv)</source>
        <translation>FOCUS 1.2 CSV, für Werkzeuge, die 1.2 erwarten (*.csv)</translation>
    </message>
    <message>
        <source>Export FOCUS</source>
        <translation>FOCUS exportieren</translation>
    </message>
    <message>
        <source>Cannot save the organisation&apos;s name</source>
        <translation>Der Name der Organisation kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A price update is available for 1 model: see Prices.</source>
        <translation>Für 1 Modell gibt es eine Preisaktualisierung: siehe Preise.</translation>
    </message>
    <message>
        <source>Price updates are available for %1 models: see Prices.</source>
        <translation>Für %1 Modelle gibt es Preisaktualisierungen: siehe Preise.</translation>
    </message>
</context>
<context>
    <name>tl::ui::MessageWidget</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>tl::ui::PeriodPicker</name>
    <message>
        <source>The days to look at (UTC calendar days; today counts as a day)</source>
        <translation>Die zu betrachtenden Tage (UTC-Kalendertage; heute zählt als ein Tag)</translation>
    </message>
    <message>
        <source>First day (UTC), included</source>
        <translation>Erster Tag (UTC), einschließlich</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Letzter Tag (UTC), einschließlich</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC) · 1 day</source>
        <translation>%1 – %2 (UTC) · 1 Tag</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC) · %3 days</source>
        <translation>%1 – %2 (UTC) · %3 Tage</translation>
    </message>
</context>
<context>
    <name>tl::ui::PriceOverrideDialog</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount. Type a decimal number with a point, such as 2.50 or 0.075.</source>
        <translation>%1: „%2“ ist kein Betrag. Geben Sie eine Dezimalzahl mit Punkt ein, etwa 2.50 oder 0.075.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Only &amp;from</source>
        <translation>&amp;Nur ab</translation>
    </message>
    <message>
        <source>Override price</source>
        <translation>Eigenen Preis festlegen</translation>
    </message>
    <message>
        <source>Override price of %1</source>
        <translation>Eigenen Preis für %1 festlegen</translation>
    </message>
    <message>
        <source>e.g. openai</source>
        <translation>z. B. openai</translation>
    </message>
    <message>
        <source>the model id as billed, e.g. gpt-4o</source>
        <translation>die Modell-ID wie abgerechnet, z. B. gpt-4o</translation>
    </message>
    <message>
        <source>Unchecked: the override bills all usage, whatever its date.</source>
        <translation>Nicht angehakt: Der eigene Preis gilt für die gesamte Nutzung, unabhängig vom Datum.</translation>
    </message>
    <message>
        <source>not listed: input price</source>
        <translation>nicht aufgeführt: Eingabepreis</translation>
    </message>
    <message>
        <source>not listed: half the input price</source>
        <translation>nicht aufgeführt: halber Eingabepreis</translation>
    </message>
    <message>
        <source>not listed: half the output price</source>
        <translation>nicht aufgeführt: halber Ausgabepreis</translation>
    </message>
    <message>
        <source>Your override is stored in this database and wins over the built-in and imported prices. Prices are USD per million tokens; leave a field empty when the model has no such price.</source>
        <translation>Ihr eigener Preis wird in dieser Datenbank gespeichert und hat Vorrang vor den integrierten und importierten Preisen. Preise sind in USD pro Million Token angegeben; lassen Sie ein Feld leer, wenn das Modell keinen solchen Preis hat.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>Cache &amp;read:</source>
        <translation>Cache-&amp;Lesen:</translation>
    </message>
    <message>
        <source>Cache write &amp;5m:</source>
        <translation>Cache-Schreiben &amp;5 Min.:</translation>
    </message>
    <message>
        <source>Cache write &amp;1h:</source>
        <translation>Cache-Schreiben &amp;1 Std.:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>A&amp;usgabe:</translation>
    </message>
    <message>
        <source>&amp;Batch input:</source>
        <translation>&amp;Batch-Eingabe:</translation>
    </message>
    <message>
        <source>Batch o&amp;utput:</source>
        <translation>Batch-Au&amp;sgabe:</translation>
    </message>
    <message>
        <source>The long-context prices (above %1 input tokens) are kept as they are.</source>
        <translation>Die Preise für langen Kontext (über %1 Eingabe-Token) bleiben unverändert.</translation>
    </message>
    <message>
        <source>USD per million tokens, as a decimal number such as 2.50</source>
        <translation>USD pro Million Token, als Dezimalzahl wie 2.50</translation>
    </message>
    <message>
        <source>Provider is required.</source>
        <translation>Ein Anbieter ist erforderlich.</translation>
    </message>
    <message>
        <source>Model is required.</source>
        <translation>Ein Modell ist erforderlich.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation>Cache-Schreiben 5 Min.</translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation>Cache-Schreiben 1 Std.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Batch input</source>
        <translation>Batch-Eingabe</translation>
    </message>
    <message>
        <source>Batch output</source>
        <translation>Batch-Ausgabe</translation>
    </message>
</context>
<context>
    <name>tl::ui::PriceUpdateDialog</name>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>&amp;Standardquellen verwenden</translation>
    </message>
    <message>
        <source>Check when TokenLedger &amp;starts (at most once a day)</source>
        <translation>Beim &amp;Start von TokenLedger prüfen (höchstens einmal am Tag)</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Apply updates</source>
        <translation>Aktualisierungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Check for price updates</source>
        <translation>Nach Preisaktualisierungen suchen</translation>
    </message>
    <message>
        <source>TokenLedger compares each catalog with its last import and shows what would change. Nothing is stored until you apply; costs already stored keep their prices until you re-price them.</source>
        <translation>TokenLedger vergleicht jeden Katalog mit seinem letzten Import und zeigt, was sich ändern würde. Gespeichert wird erst, wenn Sie übernehmen; bereits gespeicherte Kosten behalten ihre Preise, bis Sie sie neu bepreisen.</translation>
    </message>
    <message>
        <source>Catalogs to check, one URL or file per line:</source>
        <translation>Zu prüfende Kataloge, eine URL oder Datei pro Zeile:</translation>
    </message>
    <message>
        <source>Catalogs to check</source>
        <translation>Zu prüfende Kataloge</translation>
    </message>
    <message>
        <source>The published files of the genai-prices and LiteLLM catalogs</source>
        <translation>Die veröffentlichten Dateien der Kataloge genai-prices und LiteLLM</translation>
    </message>
    <message>
        <source>Downloads the catalogs in the background after start-up and says on the Prices page when prices changed; nothing is applied without you.</source>
        <translation>Lädt die Kataloge nach dem Start im Hintergrund und meldet auf der Seite „Preise“, wenn sich Preise geändert haben; ohne Sie wird nichts übernommen.</translation>
    </message>
    <message>
        <source>Catalog and model</source>
        <translation>Katalog und Modell</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung gefunden hat</translation>
    </message>
    <message>
        <source>Store the catalogs shown with changes, as an import of each would</source>
        <translation>Die angezeigten Kataloge mit Änderungen speichern, wie es ein Import jedes Katalogs täte</translation>
    </message>
    <message>
        <source>Checking 1 catalog…</source>
        <translation>1 Katalog wird geprüft …</translation>
    </message>
    <message>
        <source>Checking %1 catalogs…</source>
        <translation>%1 Kataloge werden geprüft …</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed.</source>
        <translation>%1: %2 hinzugefügt, %3 geändert, %4 entfernt.</translation>
    </message>
    <message>
        <source>Applied. %1 Costs already stored keep their old prices until you re-price stored usage (the Prices page offers it).</source>
        <translation>Übernommen. %1 Bereits gespeicherte Kosten behalten ihre alten Preise, bis Sie die gespeicherte Nutzung neu bepreisen (die Seite „Preise“ bietet es an).</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Zuletzt geprüft: %1.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Not modified since the last update.</source>
        <translation>Seit der letzten Aktualisierung unverändert.</translation>
    </message>
    <message>
        <source>Applied: catalog “%1”, %2 added, %3 changed, %4 removed.</source>
        <translation>Übernommen: Katalog „%1“, %2 hinzugefügt, %3 geändert, %4 entfernt.</translation>
    </message>
    <message>
        <source>No change: the models of catalog “%1” are as stored.</source>
        <translation>Keine Änderung: Die Modelle des Katalogs „%1“ sind wie gespeichert.</translation>
    </message>
    <message>
        <source>Catalog “%1”: %2 added, %3 changed, %4 removed, %5 unchanged.</source>
        <translation>Katalog „%1“: %2 hinzugefügt, %3 geändert, %4 entfernt, %5 unverändert.</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>USD per million tokens, unless the unit says otherwise</source>
        <translation>USD pro Million Tokens, sofern die Einheit nichts anderes sagt</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>&amp;Apply 1 change</source>
        <translation>1 Änderung &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Apply %1 changes</source>
        <translation>%1 Änderungen &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>tl::ui::PricesPage</name>
    <message>
        <source>Prices changed — re-price stored usage? Costs already stored were computed with the old prices.</source>
        <translation>Preise geändert — gespeicherte Nutzung neu bepreisen? Bereits gespeicherte Kosten wurden mit den alten Preisen berechnet.</translation>
    </message>
    <message>
        <source>Re-price now</source>
        <translation>Jetzt neu bepreisen</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>Katalog &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Override price…</source>
        <translation>Eigenen &amp;Preis festlegen…</translation>
    </message>
    <message>
        <source>&amp;Remove override</source>
        <translation>Eigenen Preis &amp;entfernen</translation>
    </message>
    <message>
        <source>Re-&amp;price stored usage</source>
        <translation>Gespeicherte Nutzung &amp;neu bepreisen</translation>
    </message>
    <message>
        <source>Import a price catalog file: TokenLedger&apos;s own format, LiteLLM&apos;s model_prices_and_context_window.json or genai-prices&apos; data.json</source>
        <translation>Eine Preiskatalogdatei importieren: das eigene Format von TokenLedger, model_prices_and_context_window.json von LiteLLM oder data.json von genai-prices</translation>
    </message>
    <message>
        <source>Set your own price for the selected model, e.g. a negotiated rate</source>
        <translation>Einen eigenen Preis für das ausgewählte Modell festlegen, z. B. einen ausgehandelten Tarif</translation>
    </message>
    <message>
        <source>Remove your price for the selected model; the imported or built-in price applies again</source>
        <translation>Ihren eigenen Preis für das ausgewählte Modell entfernen; danach gilt wieder der importierte oder integrierte Preis</translation>
    </message>
    <message>
        <source>Recompute the cost of all stored usage with the prices and discounts shown here</source>
        <translation>Die Kosten der gesamten gespeicherten Nutzung mit den hier angezeigten Preisen und Rabatten neu berechnen</translation>
    </message>
    <message>
        <source>Filter by provider or model</source>
        <translation>Anbieter oder Modell suchen</translation>
    </message>
    <message>
        <source>Filter prices</source>
        <translation>Preise filtern</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Prices in force today</source>
        <translation>Heute gültige Preise</translation>
    </message>
    <message>
        <source>Price history of the selected model</source>
        <translation>Preisverlauf des ausgewählten Modells</translation>
    </message>
    <message>
        <source>Price history — select a model above</source>
        <translation>Preisverlauf — wählen Sie oben ein Modell aus</translation>
    </message>
    <message>
        <source>Price history of %1 (%2)</source>
        <translation>Preisverlauf von %1 (%2)</translation>
    </message>
    <message>
        <source>Import price catalog</source>
        <translation>Preiskatalog importieren</translation>
    </message>
    <message>
        <source>Price catalogs (*.json);;All files (*)</source>
        <translation>Preiskataloge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import the catalog</source>
        <translation>Der Katalog kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 removed, %5 skipped.</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 unverändert, %4 entfernt, %5 übersprungen.</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>Katalog importiert</translation>
    </message>
    <message>
        <source>Imported %1 prices from %2 as &quot;%3&quot;.</source>
        <translation>%1 Preise aus %2 als „%3“ importiert.</translation>
    </message>
    <message>
        <source>Costs already stored keep their old prices until you re-price stored usage.</source>
        <translation>Bereits gespeicherte Kosten behalten ihre alten Preise, bis Sie die gespeicherte Nutzung neu bepreisen.</translation>
    </message>
    <message>
        <source>Nothing changed since the last import of this catalog.</source>
        <translation>Seit dem letzten Import dieses Katalogs hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>Cannot save the override</source>
        <translation>Der eigene Preis kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your price for %1 is saved.</source>
        <translation>Ihr eigener Preis für %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Eigenen Preis entfernen</translation>
    </message>
    <message>
        <source>Remove your price for %1 (%2)? The imported or built-in price applies again.</source>
        <translation>Ihren eigenen Preis für %1 (%2) entfernen? Dann gilt wieder der importierte oder integrierte Preis.</translation>
    </message>
    <message>
        <source>Cannot remove the override</source>
        <translation>Der eigene Preis kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Your price for %1 is removed.</source>
        <translation>Ihr eigener Preis für %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Re-pricing stored usage…</source>
        <translation>Gespeicherte Nutzung wird neu bepreist…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-price stored usage</source>
        <translation>Gespeicherte Nutzung neu bepreisen</translation>
    </message>
    <message>
        <source>Cancelling the re-price…</source>
        <translation>Neubepreisung wird abgebrochen…</translation>
    </message>
    <message>
        <source>Re-pricing stored usage… %1 of %2 records</source>
        <translation>Gespeicherte Nutzung wird neu bepreist… %1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>Cannot re-price stored usage</source>
        <translation>Die gespeicherte Nutzung kann nicht neu bepreist werden</translation>
    </message>
    <message>
        <source>Prices in USD per million tokens. Long context: the input-token threshold, then the input / output price above it. Hover a model for its prices per request, per audio or image token, per search and so on.</source>
        <translation>Preise in USD je Million Tokens. Langer Kontext: die Schwelle in Eingabe-Tokens, dann der Eingabe-/Ausgabepreis darüber. Zeigen Sie auf ein Modell für seine Preise je Anfrage, je Audio- oder Bild-Token, je Suche usw.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Ansehen …</translation>
    </message>
    <message>
        <source>Check for &amp;updates…</source>
        <translation>Nach &amp;Aktualisierungen suchen …</translation>
    </message>
    <message>
        <source>Download the community price catalogs (or the ones you set) and see what changed before applying it</source>
        <translation>Die Community-Preiskataloge (oder die von Ihnen festgelegten) herunterladen und vor dem Übernehmen sehen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Price updates are available: 1 model added, changed or removed in the catalogs you follow.</source>
        <translation>Preisaktualisierungen liegen vor: 1 Modell in den verfolgten Katalogen hinzugefügt, geändert oder entfernt.</translation>
    </message>
    <message>
        <source>Price updates are available: %1 models added, changed or removed in the catalogs you follow.</source>
        <translation>Preisaktualisierungen liegen vor: %1 Modelle in den verfolgten Katalogen hinzugefügt, geändert oder entfernt.</translation>
    </message>
    <message>
        <source>Nothing is applied until you review them.</source>
        <translation>Übernommen wird erst, wenn Sie sie angesehen haben.</translation>
    </message>
    <message>
        <source>This price comes from the team ledger and is changed there; an override of your own wins over it on this computer</source>
        <translation>Dieser Preis stammt aus dem Team-Ledger und wird dort geändert; ein eigener Preis hat auf diesem Computer Vorrang</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReportDialog</name>
    <message>
        <source>Apply these filters</source>
        <translation>Diese Filter anwenden</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period (UTC days):</source>
        <translation>Zeitraum (UTC-Tage):</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>What-if scenarios</source>
        <translation>Was-wäre-wenn-Szenarien</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben…</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Add scenario files</source>
        <translation>Szenariodateien hinzufügen</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Szenariodateien (*.json)</translation>
    </message>
    <message>
        <source>e.g. Northwind Traders</source>
        <translation>z. B. Northwind Traders</translation>
    </message>
    <message>
        <source>Named on the title page of the report and in FOCUS exports; remembered with the database.</source>
        <translation>Steht auf der Titelseite des Berichts und in FOCUS-Exporten; wird mit der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>One page. Save the PDF when it looks right.</source>
        <translation>Eine Seite. Speichern Sie die PDF-Datei, wenn alles passt.</translation>
    </message>
    <message>
        <source>%1 pages. Save the PDF when it looks right.</source>
        <translation>%1 Seiten. Speichern Sie die PDF-Datei, wenn alles passt.</translation>
    </message>
    <message>
        <source>Report written to %1 (one page).</source>
        <translation>Bericht unter %1 gespeichert (eine Seite).</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages).</source>
        <translation>Bericht unter %1 gespeichert (%2 Seiten).</translation>
    </message>
</context>
<context>
    <name>tl::ui::RoutingGroup</name>
    <message>
        <source>1 · Routing to other models</source>
        <translation>1 · Routing zu anderen Modellen</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Send a share of all traffic to another model, tier by tier. Shares need not add up to 100 %: the rest stays where it is. A tier may escalate a share of its requests to a stronger model, paying for both calls.</source>
        <translation>Einen Anteil des gesamten Traffics Stufe für Stufe an ein anderes Modell senden. Die Anteile müssen nicht 100 % ergeben: Der Rest bleibt, wo er ist. Eine Stufe kann einen Teil ihrer Anfragen an ein stärkeres Modell eskalieren und zahlt dann für beide Aufrufe.</translation>
    </message>
    <message>
        <source>Add a tier that moves a share of the traffic to a model you choose.</source>
        <translation>Eine Stufe hinzufügen, die einen Anteil des Traffics auf ein Modell Ihrer Wahl verlagert.</translation>
    </message>
    <message>
        <source>tier name</source>
        <translation>Name der Stufe</translation>
    </message>
    <message>
        <source>Target model of tier %1</source>
        <translation>Zielmodell der Stufe %1</translation>
    </message>
    <message>
        <source>Share of all requests (and their tokens) sent to the target model.</source>
        <translation>Anteil aller Anfragen (und ihrer Token), der an das Zielmodell geht.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>A share of this tier&apos;s requests escalates to a stronger model and pays for both calls (the same tokens at both models).</source>
        <translation>Ein Teil der Anfragen dieser Stufe wird an ein stärkeres Modell eskaliert und zahlt für beide Aufrufe (dieselben Token bei beiden Modellen).</translation>
    </message>
    <message>
        <source>Escalation model of tier %1</source>
        <translation>Eskalationsmodell der Stufe %1</translation>
    </message>
    <message>
        <source>Remove this tier</source>
        <translation>Diese Stufe entfernen</translation>
    </message>
    <message>
        <source>Remove tier %1</source>
        <translation>Stufe %1 entfernen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>escalate to</source>
        <translation>eskalieren an</translation>
    </message>
    <message>
        <source>No tiers yet: all traffic stays on its own model.</source>
        <translation>Noch keine Stufen: Der gesamte Traffic bleibt bei seinem Modell.</translation>
    </message>
    <message>
        <source>%1 of the traffic stays on its own model.</source>
        <translation>%1 des Traffics bleibt bei seinem Modell.</translation>
    </message>
</context>
<context>
    <name>tl::ui::SavingsPage</name>
    <message>
        <source>&amp;Find savings</source>
        <translation>Einsparungen &amp;finden</translation>
    </message>
    <message>
        <source>Open in &amp;What-if</source>
        <translation>Im &amp;What-if öffnen</translation>
    </message>
    <message>
        <source>Show &amp;records</source>
        <translation>&amp;Datensätze zeigen</translation>
    </message>
    <message>
        <source>Where to save next</source>
        <translation>Wo als Nächstes sparen</translation>
    </message>
    <message>
        <source>Workloads &amp;by:</source>
        <translation>Workloads &amp;nach:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Savings opportunities</source>
        <translation>Einsparmöglichkeiten</translation>
    </message>
    <message>
        <source>Evidence and assumptions</source>
        <translation>Belege und Annahmen</translation>
    </message>
    <message>
        <source>Open this row&apos;s scenario in the What-if planner, which shows the same saving.</source>
        <translation>Das Szenario dieser Zeile im What-if-Planer öffnen, der dieselbe Einsparung zeigt.</translation>
    </message>
    <message>
        <source>Show this workload&apos;s records for the period in Explore.</source>
        <translation>Die Datensätze dieses Workloads im Zeitraum unter „Erkunden“ zeigen.</translation>
    </message>
    <message>
        <source>Looking for savings…</source>
        <translation>Suche nach Einsparungen …</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>This database also brings a plan that pulls these levers across the workloads at once: &lt;a href=&quot;plan&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>Diese Datenbank bringt auch einen Plan mit, der diese Hebel für alle Workloads zugleich zieht: &lt;a href=&quot;plan&quot;&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Total monthly saving: %1 of %2 a month (%3 to %4). Each workload counts once: where it has several opportunities, the total takes their Together row, which applies them in the planner&apos;s lever order.</source>
        <translation>Monatliche Einsparung insgesamt: %1 von %2 im Monat (%3 bis %4). Jeder Workload zählt einmal: Hat er mehrere Möglichkeiten, nimmt die Summe seine Zeile „Zusammen“, die sie in der Hebel-Reihenfolge des Planers anwendet.</translation>
    </message>
    <message>
        <source>The workload costs %1 a month.</source>
        <translation>Der Workload kostet %1 im Monat.</translation>
    </message>
    <message>
        <source>Saves %1 a month on its own (confidence: %2).</source>
        <translation>Spart für sich allein %1 im Monat (Sicherheit: %2).</translation>
    </message>
    <message>
        <source>Together with the workload&apos;s other opportunities it saves %1 a month; the total counts that figure.</source>
        <translation>Zusammen mit den anderen Möglichkeiten des Workloads spart sie %1 im Monat; die Summe zählt diesen Betrag.</translation>
    </message>
    <message>
        <source>Together, applied in the planner&apos;s lever order, these save %1 a month:</source>
        <translation>Zusammen, in der Hebel-Reihenfolge des Planers angewandt, sparen diese %1 im Monat:</translation>
    </message>
    <message>
        <source>%1: %2 on its own</source>
        <translation>%1: %2 für sich allein</translation>
    </message>
    <message>
        <source>Already realised: %1 a month by the levers you use (batch tier, prompt caching, moves to cheaper models), against the same traffic without them at current list prices.</source>
        <translation>Bereits erzielt: %1 im Monat durch die Hebel, die Sie nutzen (Batch-Stufe, Prompt-Caching, Wechsel zu günstigeren Modellen), gegenüber demselben Verkehr ohne sie zu aktuellen Listenpreisen.</translation>
    </message>
    <message>
        <source>%1: %2 a month, %3 on %4</source>
        <translation>%1: %2 im Monat, %3 auf %4</translation>
    </message>
    <message>
        <source>(moved from %1 on %2)</source>
        <translation>(gewechselt von %1 am %2)</translation>
    </message>
    <message>
        <source>No opportunity found in the one workload, costing %1 a month.</source>
        <translation>Keine Möglichkeit gefunden in dem einen Workload, der %1 im Monat kostet.</translation>
    </message>
    <message>
        <source>No opportunity found in %1 workloads costing %2 a month.</source>
        <translation>Keine Möglichkeit gefunden in %1 Workloads, die %2 im Monat kosten.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ScenarioCompareDialog</name>
    <message>
        <source>Compare scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>Savings per lever and scenario (USD per month)</source>
        <translation>Einsparung pro Hebel und Szenario (USD pro Monat)</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD pro Monat</translation>
    </message>
</context>
<context>
    <name>tl::ui::SelfHostingGroup</name>
    <message>
        <source>6 · Self-hosting</source>
        <translation>6 · Self-Hosting</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The chosen models&apos; remaining tokens leave the API and run on your own instances: as many as the volume needs, each paid by the hour.</source>
        <translation>Die verbleibenden Token der gewählten Modelle verlassen die API und laufen auf Ihren eigenen Instanzen: so vielen, wie das Volumen erfordert, jede stundenweise bezahlt.</translation>
    </message>
    <message>
        <source>Self-hosted models</source>
        <translation>Modelle im Self-Hosting</translation>
    </message>
    <message>
        <source>Model to self-host</source>
        <translation>Modell für Self-Hosting</translation>
    </message>
    <message>
        <source>Price of one instance per hour, in USD.</source>
        <translation>Preis einer Instanz pro Stunde, in USD.</translation>
    </message>
    <message>
        <source>Hours each instance runs per month (730 is always on).</source>
        <translation>Betriebsstunden jeder Instanz pro Monat (730 = durchgehend in Betrieb).</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> Token/s</translation>
    </message>
    <message>
        <source>Tokens per second one instance serves at full load (input and output).</source>
        <translation>Token pro Sekunde, die eine Instanz unter Volllast verarbeitet (Eingabe und Ausgabe).</translation>
    </message>
    <message>
        <source>Share of its throughput an instance achieves on average.</source>
        <translation>Anteil ihres Durchsatzes, den eine Instanz im Durchschnitt erreicht.</translation>
    </message>
    <message>
        <source>Instance price:</source>
        <translation>Instanzpreis:</translation>
    </message>
    <message>
        <source>Hours / month:</source>
        <translation>Stunden / Monat:</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>Durchsatz:</translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation>Auslastung:</translation>
    </message>
</context>
<context>
    <name>tl::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>tl::ui::SourcesPage</name>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Detect the format</source>
        <translation>Format automatisch erkennen</translation>
    </message>
    <message>
        <source>The format of the files to import; CSV with a column mapping opens the mapping dialog.</source>
        <translation>Das Format der zu importierenden Dateien; „CSV mit Spaltenzuordnung“ öffnet den Zuordnungsdialog.</translation>
    </message>
    <message>
        <source>Removes every record of the selected import from the database.</source>
        <translation>Entfernt alle Datensätze des ausgewählten Imports aus der Datenbank.</translation>
    </message>
    <message>
        <source>Problems of the selected import</source>
        <translation>Probleme des ausgewählten Imports</translation>
    </message>
    <message>
        <source>File imports</source>
        <translation>Dateiimporte</translation>
    </message>
    <message>
        <source>Import usage files</source>
        <translation>Nutzungsdateien importieren</translation>
    </message>
    <message>
        <source>Usage logs (*.jsonl *.json *.csv *.gz *.ndjson *.log);;All files (*)</source>
        <translation>Nutzungs-Logs (*.jsonl *.json *.csv *.gz *.ndjson *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3
%4 of %5 · %6 records · %7 records/s</source>
        <translation>Datei %1 von %2: %3
%4 von %5 · %6 Datensätze · %7 Datensätze/s</translation>
    </message>
    <message>
        <source>Problems of the selected import (%1)</source>
        <translation>Probleme des ausgewählten Imports (%1)</translation>
    </message>
    <message>
        <source>Problems of the selected import: none</source>
        <translation>Probleme des ausgewählten Imports: keine</translation>
    </message>
    <message>
        <source>Remove every record of this import from the database? The dashboard totals go back to what they were without it.</source>
        <translation>Alle Datensätze dieses Imports aus der Datenbank entfernen? Die Summen in der Übersicht kehren zu den Werten ohne diesen Import zurück.</translation>
    </message>
    <message>
        <source>Provider billing APIs</source>
        <translation>Abrechnungs-APIs der Anbieter</translation>
    </message>
    <message>
        <source>Team ledger</source>
        <translation>Team-Ledger</translation>
    </message>
</context>
<context>
    <name>tl::ui::SpendChart</name>
    <message>
        <source>No spend in this period</source>
        <translation>Keine Ausgaben in diesem Zeitraum</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Click to explore this day.</source>
        <translation>Klicken Sie, um diesen Tag zu analysieren.</translation>
    </message>
    <message>
        <source>Click to explore %1 over the whole period.</source>
        <translation>Klicken Sie, um %1 über den gesamten Zeitraum zu analysieren.</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::TeamLedgerPanel</name>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>A&amp;bonnieren</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>Abonnement b&amp;eenden</translation>
    </message>
    <message>
        <source>Ledger URL</source>
        <translation>Ledger-URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Ledger &amp;URL:</source>
        <translation>Ledger-&amp;URL:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>(from the URL)</source>
        <translation>(aus der URL)</translation>
    </message>
    <message>
        <source>Unsubscribed. The records already pulled stay in this database.</source>
        <translation>Abonnement beendet. Die bereits abgerufenen Datensätze bleiben in dieser Datenbank.</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>kept in the keychain, never on disk</source>
        <translation>wird im Schlüsselbund gespeichert, nie auf der Festplatte</translation>
    </message>
    <message>
        <source>Su&amp;bscribe again</source>
        <translation>Erneut a&amp;bonnieren</translation>
    </message>
    <message>
        <source>Not subscribed: this database holds only what you import and sync yourself.</source>
        <translation>Kein Abonnement: Diese Datenbank enthält nur, was Sie selbst importieren und synchronisieren.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Listening for changes.</source>
        <translation>Wartet auf Änderungen.</translation>
    </message>
    <message>
        <source>Connection lost: %1 Trying again in a second.</source>
        <translation>Verbindung verloren: %1 Neuer Versuch in einer Sekunde.</translation>
    </message>
    <message>
        <source>Connection lost: %1 Trying again in %2 seconds.</source>
        <translation>Verbindung verloren: %1 Neuer Versuch in %2 Sekunden.</translation>
    </message>
    <message>
        <source>The server does not deliver change notices (%1); checking for changes regularly.</source>
        <translation>Der Server liefert keine Änderungsmeldungen (%1); es wird regelmäßig nach Änderungen gesehen.</translation>
    </message>
    <message>
        <source>Pulling…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Last pull %1: 1 record came in (%2 since subscribing).</source>
        <translation>Letzter Abruf %1: 1 Datensatz eingegangen (%2 seit dem Abonnieren).</translation>
    </message>
    <message>
        <source>Last pull %1: %2 records came in (%3 since subscribing).</source>
        <translation>Letzter Abruf %1: %2 Datensätze eingegangen (%3 seit dem Abonnieren).</translation>
    </message>
    <message>
        <source>Not pulled yet.</source>
        <translation>Noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Last pull failed: %1</source>
        <translation>Letzter Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The team ledger&apos;s PostgreSQL URL, without a password. New records arrive within seconds while TokenLedger is open; the dashboards keep reading this database, also offline.</source>
        <translation>Die PostgreSQL-URL des Team-Ledgers, ohne Passwort. Neue Datensätze kommen innerhalb von Sekunden an, solange TokenLedger geöffnet ist; die Übersichten lesen weiterhin diese Datenbank, auch offline.</translation>
    </message>
    <message>
        <source>(URL not usable)</source>
        <translation>(URL nicht verwendbar)</translation>
    </message>
</context>
<context>
    <name>tl::ui::WaterfallChart</name>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Fewer&lt;br&gt;tokens</source>
        <translation>Weniger&lt;br&gt;Token</translation>
    </message>
    <message>
        <source>Semantic&lt;br&gt;cache</source>
        <translation>Seman-&lt;br&gt;tischer&lt;br&gt;Cache</translation>
    </message>
    <message>
        <source>Prompt&lt;br&gt;caching</source>
        <translation>Prompt-&lt;br&gt;Caching</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Self-&lt;br&gt;hosting</source>
        <translation>Self-&lt;br&gt;Hosting</translation>
    </message>
    <message>
        <source>No result to show</source>
        <translation>Kein Ergebnis anzuzeigen</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Spart</translation>
    </message>
    <message>
        <source>Costs more</source>
        <translation>Kostet mehr</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 is off: it changes nothing.</source>
        <translation>%1 ist ausgeschaltet und ändert nichts.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Baseline monthly cost: %1.</source>
        <translation>Monatliche Kosten der Ausgangsbasis: %1.</translation>
    </message>
    <message>
        <source>%1: %2 → %3, saves %4.
%5</source>
        <translation>%1: %2 → %3, spart %4.
%5</translation>
    </message>
    <message>
        <source>Scenario monthly cost: %1 − %2 savings = %3.</source>
        <translation>Monatliche Kosten des Szenarios: %1 − %2 Einsparung = %3.</translation>
    </message>
</context>
<context>
    <name>tl::ui::WhatIfPage</name>
    <message>
        <source>No usage to plan with</source>
        <translation>Keine Nutzungsdaten zum Planen</translation>
    </message>
    <message>
        <source>Load data or the demo organisation to plan with your own traffic — or use a baseline by hand.</source>
        <translation>Laden Sie Daten oder die Demo-Organisation, um mit Ihrem eigenen Traffic zu planen — oder geben Sie eine Ausgangsbasis manuell ein.</translation>
    </message>
    <message>
        <source>The demo organisation is on the File menu; a baseline by hand needs only requests a month, tokens per request and a model.</source>
        <translation>Die Demo-Organisation finden Sie im Menü „Datei“; eine manuelle Ausgangsbasis braucht nur Anfragen pro Monat, Token pro Anfrage und ein Modell.</translation>
    </message>
    <message>
        <source>Use a baseline by hand</source>
        <translation>Ausgangsbasis manuell eingeben</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a neutral scenario: every lever off.</source>
        <translation>Ein neutrales Szenario beginnen: alle Hebel aus.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a scenario file.</source>
        <translation>Eine Szenariodatei öffnen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the scenario to its file.</source>
        <translation>Das Szenario in seiner Datei speichern.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the scenario to a new file.</source>
        <translation>Das Szenario in einer neuen Datei speichern.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Continue with a copy of this scenario.</source>
        <translation>Mit einer Kopie dieses Szenarios weiterarbeiten.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Compare this scenario with scenario files.</source>
        <translation>Dieses Szenario mit Szenariodateien vergleichen.</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Self-hosting break-even</source>
        <translation>Self-Hosting: Break-even</translation>
    </message>
    <message>
        <source>Figures per lever</source>
        <translation>Zahlen pro Hebel</translation>
    </message>
    <message>
        <source>Savings by lever, in the order they apply</source>
        <translation>Einsparung je Hebel, in der Reihenfolge ihrer Anwendung</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot compute this scenario: %1</source>
        <translation>Dieses Szenario kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Das Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Das Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Compare with scenarios</source>
        <translation>Mit Szenarien vergleichen</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Scenarios that come with this database: the demo organisation&apos;s savings plan and its self-hosting question.</source>
        <translation>Szenarien, die diese Datenbank mitbringt: der Sparplan der Demo-Organisation und ihre Frage nach dem Selbstbetrieb.</translation>
    </message>
</context>
</TS>
