<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
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
    <name>tl::itemmodels::KpiModel</name>
    <message>
        <source>Spend in period</source>
        <translation>Ausgaben im Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2 · 1 day</source>
        <translation>%1 – %2 · 1 Tag</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 days</source>
        <translation>%1 – %2 · %3 Tage</translation>
    </message>
    <message>
        <source>Cost computed from the price catalog for %1 – %2: %3 USD exactly.
Uncached input %4 · cache reads %5 · cache writes %6 · output %7.
Billed by providers (where they report cost): %8 USD.</source>
        <translation>Aus dem Preiskatalog berechnete Kosten für %1 – %2: exakt %3 USD.
Nicht gecachte Eingabe %4 · Cache-Lesezugriffe %5 · Cache-Schreibzugriffe %6 · Ausgabe %7.
Von den Anbietern abgerechnet (sofern sie Kosten melden): %8 USD.</translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation>Veränderung zum Vorzeitraum</translation>
    </message>
    <message>
        <source>vs %1 in %2 – %3</source>
        <translation>gegenüber %1 im Zeitraum %2 – %3</translation>
    </message>
    <message>
        <source>(%1 − %2) ÷ %2 = %3 %</source>
        <translation>(%1 − %2) ÷ %2 = %3 %</translation>
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
        <source>%1 USD ÷ %2 requests × 1000 = %3 USD</source>
        <translation>%1 USD ÷ %2 Anfragen × 1000 = %3 USD</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>Keine Anfragen in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::SpendOverTimeModel</name>
    <message>
        <source>%1, %2: %3 USD</source>
        <translation>%1, %2: %3 USD</translation>
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
    <name>tl::ui::DashboardPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Stack by:</source>
        <translation>&amp;Stapeln nach:</translation>
    </message>
    <message>
        <source>Spend over time</source>
        <translation>Ausgaben im Zeitverlauf</translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation>Noch keine Nutzung</translation>
    </message>
    <message>
        <source>Spend, trends and the other key figures appear here once usage is in the database.</source>
        <translation>Ausgaben, Trends und die übrigen Kennzahlen erscheinen hier, sobald Nutzungsdaten in der Datenbank sind.</translation>
    </message>
    <message>
        <source>Import log files or connect a provider on the Sources page, or load the demo organisation from the File menu to look around.</source>
        <translation>Importieren Sie Logdateien oder verbinden Sie einen Anbieter auf der Seite „Quellen“ – oder laden Sie zum Ausprobieren die Demo-Organisation über das Menü „Datei“.</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC)</source>
        <translation>%1 – %2 (UTC)</translation>
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
        <source>A table of your usage grouped by any combination of provider, model, team, tag, API key and more, with requests, token kinds, computed and billed cost and share of total; sortable, filterable, exportable to CSV.</source>
        <translation>Eine Tabelle Ihrer Nutzung, gruppiert nach beliebigen Kombinationen aus Anbieter, Modell, Team, Tag, API-Schlüssel und mehr, mit Anfragen, Token-Arten, berechneten und abgerechneten Kosten sowie Anteil an der Gesamtsumme; sortierbar, filterbar und als CSV exportierbar.</translation>
    </message>
    <message>
        <source>Not available in this version yet. Meanwhile, &apos;tokenledger-cli summary --group-by model,team&apos; gives the same figures on the command line.</source>
        <translation>In dieser Version noch nicht verfügbar. Bis dahin liefert &apos;tokenledger-cli summary --group-by model,team&apos; dieselben Zahlen auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>What-if planner</source>
        <translation>Was-wäre-wenn-Planer</translation>
    </message>
    <message>
        <source>Replay your own traffic under the savings levers — routing to cheaper models, token trimming, semantic caching, prompt caching, batch pricing and self-hosting — and see what each one would save.</source>
        <translation>Spielen Sie Ihren eigenen Traffic mit den Sparhebeln durch — Routing zu günstigeren Modellen, Token-Kürzung, semantisches Caching, Prompt-Caching, Batch-Preise und Self-Hosting — und sehen Sie, was jeder einzelne einsparen würde.</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>In dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Budgets per team, model, provider, tag or key, with forecasts to the end of the period and desktop alerts before the money runs out.</source>
        <translation>Budgets pro Team, Modell, Anbieter, Tag oder Schlüssel, mit Prognosen bis zum Ende des Zeitraums und Desktop-Benachrichtigungen, bevor das Geld aufgebraucht ist.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Connections to the OpenAI, Anthropic and AWS billing APIs, imports of log files (LiteLLM, OpenAI Batch, Bedrock, Langfuse, FOCUS, CSV) and the history of every import, with undo.</source>
        <translation>Verbindungen zu den Abrechnungs-APIs von OpenAI, Anthropic und AWS, Import von Logdateien (LiteLLM, OpenAI Batch, Bedrock, Langfuse, FOCUS, CSV) sowie der Verlauf aller Importe, die sich rückgängig machen lassen.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>The price catalog that costs are computed from: built-in list prices with their history, community catalogs you import, and your own negotiated discounts.</source>
        <translation>Der Preiskatalog, aus dem die Kosten berechnet werden: integrierte Listenpreise samt Historie, von Ihnen importierte Community-Kataloge und Ihre eigenen ausgehandelten Rabatte.</translation>
    </message>
    <message>
        <source>Not available in this version yet. The built-in catalog is already used to compute every cost you see.</source>
        <translation>In dieser Version noch nicht verfügbar. Alle angezeigten Kosten werden bereits mit dem integrierten Katalog berechnet.</translation>
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
</context>
<context>
    <name>tl::ui::SpendChart</name>
    <message>
        <source>No spend in this period</source>
        <translation>Keine Ausgaben in diesem Zeitraum</translation>
    </message>
    <message>
        <source>USD per %1</source>
        <translation>USD pro %1</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
</context>
</TS>
