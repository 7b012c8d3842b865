<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;format&apos; must be &quot;tokenledger-catalog&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;models&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs &apos;provider&apos;, &apos;model&apos; and a &apos;prices&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TokenLedger database: it is not an SQLite file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database of another program, not a TokenLedger database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of TokenLedger (schema %2; this version understands up to %3). Please update TokenLedger. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at &apos;%1&apos;. Create one with &apos;tokenledger-cli --db %1 demo&apos; or by importing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no schema migrations (resources missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of TokenLedger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds imported data; the demo organisation would mix with it. Start an empty database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::Dimension</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::app::Application</name>
    <message>
        <source>TokenLedger — see where your LLM-inference money goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenLedger cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::KpiModel</name>
    <message>
        <source>Spend in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost computed from the price catalog for %1 – %2: %3 USD exactly.
Uncached input %4 · cache reads %5 · cache writes %6 · output %7.
Billed by providers (where they report cost): %8 USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs %1 in %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 − %2) ÷ %2 = %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend in the previous period to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per 1k requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD ÷ %2 requests × 1000 = %3 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::itemmodels::SpendOverTimeModel</name>
    <message>
        <source>%1, %2: %3 USD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::query::Period</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::query::UsageQueries</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::DashboardPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stack by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend, trends and the other key figures appear here once usage is in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import log files or connect a provider on the Sources page, or load the demo organisation from the File menu to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::MainWindow</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA — start empty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at an invented organisation. Click to start with an empty database for your own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of your usage grouped by any combination of provider, model, team, tag, API key and more, with requests, token kinds, computed and billed cost and share of total; sortable, filterable, exportable to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version yet. Meanwhile, &apos;tokenledger-cli summary --group-by model,team&apos; gives the same figures on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay your own traffic under the savings levers — routing to cheaper models, token trimming, semantic caching, prompt caching, batch pricing and self-hosting — and see what each one would save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets per team, model, provider, tag or key, with forecasts to the end of the period and desktop alerts before the money runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to the OpenAI, Anthropic and AWS billing APIs, imports of log files (LiteLLM, OpenAI Batch, Bedrock, Langfuse, FOCUS, CSV) and the history of every import, with undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price catalog that costs are computed from: built-in list prices with their history, community catalogs you import, and your own negotiated discounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version yet. The built-in catalog is already used to compute every cost you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TokenLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TokenLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenLedger %1&lt;/h3&gt;&lt;p&gt;See where your organisation&apos;s LLM-inference money goes, and which savings lever pays for your traffic.&lt;/p&gt;&lt;p&gt;Costs are computed from the price catalog to the nano-dollar and never summed in floating point.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the demo organisation and start with an empty database?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty database? Everything in
%1
will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenLedger databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::SpendChart</name>
    <message>
        <source>No spend in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
