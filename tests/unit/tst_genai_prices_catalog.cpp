// Unit tests for the genai-prices parser (tl::pricing::parseGenAiPricesCatalog): synthetic
// shapes, and the real data.json in the shared data folder. Amounts are USD per million tokens.

#include "CommunityCatalogTestHelpers.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tl::test::catalogs;

class TestGenAiPricesCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genaiSyntheticShapes();
    void genaiRealFilePrices();
    void genaiRealFileHistoryAndTiers();
    void genaiMatchRuleFindsDatedId();
    void genaiRealFileCounts();
};

void TestGenAiPricesCatalog::genaiSyntheticShapes()
{
    const QByteArray doc = genaiDoc(R"([
      {"id": "hist", "match": {"starts_with": "hist"}, "prices": [
          {"prices": {"input_mtok": {"base": 1.25, "tiers": [{"start": 200000, "price": 2.5}, {"start": 500000, "price": 5}]},
                      "output_mtok": {"base": 10, "tiers": [{"start": 128000, "price": 15}]}}},
          {"constraint": {"start_date": "2025-09-01"}, "prices": {"input_mtok": 1.0, "output_mtok": 8}},
          {"constraint": {"start_date": "2025-03-01"}, "prices": {"input_mtok": 1.1, "output_mtok": 9}}
      ]},
      {"id": "shadow", "match": {"equals": "shadow"}, "prices": [
          {"constraint": {"start_date": "2025-01-01"}, "prices": {"input_mtok": 7, "output_mtok": 7}},
          {"prices": {"input_mtok": 1, "output_mtok": 2}}
      ]},
      {"id": "offpeak", "match": {"equals": "offpeak"}, "prices": [
          {"prices": {"input_mtok": 0.135, "output_mtok": 0.55}},
          {"constraint": {"start_time": "00:30:00Z", "end_time": "16:30:00Z"}, "prices": {"input_mtok": 0.27, "output_mtok": 1.1}}
      ]},
      {"id": "search", "match": {"equals": "search"},
       "prices": {"input_mtok": 3, "output_mtok": 15, "requests_kcount": 14, "input_audio_mtok": 40,
                  "tool_use_kcount": {"web_search": 10}}},
      {"id": "embed", "match": {"equals": "embed"}, "prices": {"input_mtok": 0.02}},
      {"id": "free", "match": {"equals": "free"}, "prices": {}},
      {"id": "badrule", "match": {"regex": "("}, "prices": {"input_mtok": 1, "output_mtok": 1}},
      {"id": "norule", "prices": {"input_mtok": 0.18000000000000002, "output_mtok": 0.08333333333333334}}
    ])");
    QList<SkippedEntry> skipped;
    auto c = tl::pricing::parseGenAiPricesCatalog(doc, QStringLiteral("data.json"), &skipped);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    for (const ModelPrice &p : c->entries()) {
        QCOMPARE(p.catalog, str("genai-prices"));
        QCOMPARE(p.provider, str("acme"));
        QCOMPARE(p.family, QString());
    }

    // History (listed out of order) sorted by start date; the fallback covers everything
    // before the first date.
    const auto hist = entriesOf(*c, "acme", "hist");
    QCOMPARE(hist.size(), 3);
    QCOMPARE(hist[0]->effectiveFrom, QDate());
    QCOMPARE(hist[0]->effectiveTo, QDate(2025, 3, 1));
    QCOMPARE(hist[1]->effectiveFrom, QDate(2025, 3, 1));
    QCOMPARE(hist[1]->effectiveTo, QDate(2025, 9, 1));
    QCOMPARE(hist[2]->effectiveFrom, QDate(2025, 9, 1));
    QCOMPARE(hist[2]->effectiveTo, QDate());
    QVERIFY(hist[0]->match && hist[0]->match == hist[2]->match);
    const PriceSet &tiered = hist[0]->prices;
    QCOMPARE(tiered.input.toDecimalString(), str("1.25"));
    QCOMPARE(tiered.output.toDecimalString(), str("10"));
    QCOMPARE(opt(tiered.longContextThreshold), str("200000"));
    QCOMPARE(opt(tiered.longInput), str("2.5"));
    QVERIFY(!tiered.longOutput); // its tier starts at 128000: dropped, and reported
    QCOMPARE(hist[1]->prices.input.toDecimalString(), str("1.1"));
    QCOMPARE(hist[2]->prices.output.toDecimalString(), str("8"));
    const QStringList histNotes = reasonsFor(skipped, "hist");
    QVERIFY2(anyContains(histNotes, "input_mtok tier from 500000 tokens"), qPrintable(histNotes.join(u'|')));
    QVERIFY2(anyContains(histNotes, "output_mtok tier from 128000 tokens"), qPrintable(histNotes.join(u'|')));
    QCOMPARE(c->find(str("acme"), str("hist-2"), QDate(2025, 1, 1))->prices.input.toDecimalString(), str("1.25"));
    QCOMPARE(c->find(str("acme"), str("hist-2"), QDate(2025, 3, 1))->prices.input.toDecimalString(), str("1.1"));
    QCOMPARE(c->find(str("acme"), str("hist-2"), QDate(2026, 1, 1))->prices.input.toDecimalString(), str("1"));

    // genai-prices evaluates last to first: a dated price before the unconstrained one never applies.
    const auto shadow = entriesOf(*c, "acme", "shadow");
    QCOMPARE(shadow.size(), 1);
    QCOMPARE(shadow.first()->prices.input.toDecimalString(), str("1"));
    QVERIFY(anyContains(reasonsFor(skipped, "shadow"), "shadowed"));

    // A model whose price depends on the time of day is left out as a whole: any one of its
    // prices would be wrong for part of the day.
    const auto off = entriesOf(*c, "acme", "offpeak");
    QCOMPARE(off.size(), 0);
    QVERIFY(anyContains(reasonsFor(skipped, "offpeak"), "time-of-day"));
    QVERIFY(anyContains(reasonsFor(skipped, "offpeak"), "depends on the time of day"));

    // requests_kcount 14 per thousand = 0.014 per request; the audio price is kept under its
    // unit key (issue 16); tool_use_kcount, no unit of the registry, is noted.
    const auto search = entriesOf(*c, "acme", "search");
    QCOMPARE(search.size(), 1);
    QCOMPARE(opt(search.first()->prices.perRequest), str("0.014"));
    QCOMPARE(opt(search.first()->prices.unit("input_audio_mtok")), str("40"));
    const QStringList searchNotes = reasonsFor(skipped, "search");
    QVERIFY(!anyContains(searchNotes, "input_audio_mtok"));
    QVERIFY(anyContains(searchNotes, "tool_use_kcount"));

    const auto embed = entriesOf(*c, "acme", "embed");
    QCOMPARE(embed.size(), 1);
    QCOMPARE(embed.first()->prices.output.toDecimalString(), str("0"));

    QVERIFY(entriesOf(*c, "acme", "free").isEmpty());
    QVERIFY(anyContains(reasonsFor(skipped, "free"), "no input_mtok or output_mtok"));
    QVERIFY(entriesOf(*c, "acme", "badrule").isEmpty());
    QVERIFY(anyContains(reasonsFor(skipped, "badrule"), "invalid match rule"));

    // Double noise in the file is rounded away at nine decimals.
    const auto norule = entriesOf(*c, "acme", "norule");
    QCOMPARE(norule.size(), 1);
    QVERIFY(!norule.first()->match);
    QCOMPARE(norule.first()->prices.input.toDecimalString(), str("0.18"));
    QCOMPARE(norule.first()->prices.output.toDecimalString(), str("0.083333333"));
}

void TestGenAiPricesCatalog::genaiRealFilePrices()
{
    QList<SkippedEntry> skipped;
    auto c = tl::pricing::parseGenAiPricesCatalog(readFile(genaiPath()), genaiPath(), &skipped);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));

    // openai gpt-4o in the file: {"input_mtok": 2.5, "cache_read_mtok": 1.25, "output_mtok": 10}
    const auto gpt = entriesOf(*c, "openai", "gpt-4o");
    QCOMPARE(gpt.size(), 1);
    QCOMPARE(gpt.first()->catalog, str("genai-prices"));
    QCOMPARE(gpt.first()->prices.input.toDecimalString(), str("2.5"));
    QCOMPARE(opt(gpt.first()->prices.cacheRead), str("1.25"));
    QCOMPARE(gpt.first()->prices.output.toDecimalString(), str("10"));
    QCOMPARE(opt(gpt.first()->prices.cacheWrite5m), str("<none>"));
    QVERIFY(gpt.first()->match && gpt.first()->match->matches(str("gpt-4o-2024-08-06")));

    // anthropic claude-sonnet-4-0 in the file:
    // {"input_mtok": 3, "cache_write_mtok": 3.75, "cache_read_mtok": 0.3, "output_mtok": 15}
    const auto sonnet = entriesOf(*c, "anthropic", "claude-sonnet-4-0");
    QCOMPARE(sonnet.size(), 1);
    const PriceSet &s = sonnet.first()->prices;
    QCOMPARE(s.input.toDecimalString(), str("3"));
    QCOMPARE(opt(s.cacheWrite5m), str("3.75"));
    QCOMPARE(opt(s.cacheRead), str("0.3"));
    QCOMPARE(s.output.toDecimalString(), str("15"));
    QVERIFY(!s.cacheWrite1h);

    // aws → bedrock.
    QVERIFY(!entriesOf(*c, "bedrock", "regional.anthropic.claude-sonnet-5-v1:0").isEmpty());

    // perplexity sonar: {"input_mtok": 1, "output_mtok": 1, "requests_kcount": 12}.
    const auto sonar = entriesOf(*c, "perplexity", "sonar");
    QCOMPARE(sonar.size(), 1);
    QCOMPARE(opt(sonar.first()->prices.perRequest), str("0.012"));

    // Off-peak: deepseek-chat lists a fallback {0.135, cache read 0.035, 0.55} — the night-time
    // discount — and a 00:30–16:30 UTC price {0.27, 0.07, 1.1}. Either alone would misprice
    // part of the day, so the model is left out and the reasons say why.
    const auto dsChat = entriesOf(*c, "deepseek", "deepseek-chat");
    QCOMPARE(dsChat.size(), 0);
    QVERIFY(anyContains(reasonsFor(skipped, "deepseek-chat"), "time-of-day price (00:30:00Z–16:30:00Z)"));
    QVERIFY(anyContains(reasonsFor(skipped, "deepseek-chat"), "depends on the time of day"));
}

void TestGenAiPricesCatalog::genaiRealFileHistoryAndTiers()
{
    QList<SkippedEntry> skipped;
    auto c = tl::pricing::parseGenAiPricesCatalog(readFile(genaiPath()), genaiPath(), &skipped);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));

    // openai o3 in the file: fallback {10, cache read 0.5, 40}, from 2025-06-10 {2, 0.5, 8}.
    const auto o3 = entriesOf(*c, "openai", "o3");
    QCOMPARE(o3.size(), 2);
    const ModelPrice *before = c->find(str("openai"), str("o3"), QDate(2025, 6, 9));
    QVERIFY(before);
    QCOMPARE(before->catalog, str("genai-prices"));
    QCOMPARE(before->prices.input.toDecimalString(), str("10"));
    QCOMPARE(before->prices.output.toDecimalString(), str("40"));
    const ModelPrice *onDay = c->find(str("openai"), str("o3"), QDate(2025, 6, 10));
    QVERIFY(onDay);
    QCOMPARE(onDay->prices.input.toDecimalString(), str("2"));
    QCOMPARE(onDay->prices.output.toDecimalString(), str("8"));
    QCOMPARE(opt(onDay->prices.cacheRead), str("0.5"));
    QCOMPARE(c->find(str("openai"), str("o3-2025-04-16"), QDate(2026, 1, 1))->prices.input.toDecimalString(), str("2"));

    // google gemini-2.5-pro: input {base 1.25, tier 200000 → 2.5}, cache read {0.125 → 0.25},
    // output {10 → 15}.
    const auto gem = entriesOf(*c, "google", "gemini-2.5-pro");
    QCOMPARE(gem.size(), 1);
    const PriceSet &g = gem.first()->prices;
    QCOMPARE(g.input.toDecimalString(), str("1.25"));
    QCOMPARE(opt(g.cacheRead), str("0.125"));
    QCOMPARE(g.output.toDecimalString(), str("10"));
    QCOMPARE(opt(g.longContextThreshold), str("200000"));
    QCOMPARE(opt(g.longInput), str("2.5"));
    QCOMPARE(opt(g.longCacheRead), str("0.25"));
    QCOMPARE(opt(g.longOutput), str("15"));
    QVERIFY(!g.longCacheWrite5m);

    // anthropic claude-opus-4-6: tiered fallback (5 → 10 above 200000, cache write 6.25 →
    // 12.5, cache read 0.5 → 1, output 25 → 37.5), flat from 2026-03-13 (5 / 6.25 / 0.5 / 25).
    const ModelPrice *opusOld = c->find(str("anthropic"), str("claude-opus-4-6"), QDate(2026, 3, 12));
    QVERIFY(opusOld);
    QCOMPARE(opt(opusOld->prices.longContextThreshold), str("200000"));
    QCOMPARE(opt(opusOld->prices.longInput), str("10"));
    QCOMPARE(opt(opusOld->prices.longCacheWrite5m), str("12.5"));
    QCOMPARE(opt(opusOld->prices.longCacheRead), str("1"));
    QCOMPARE(opt(opusOld->prices.longOutput), str("37.5"));
    const ModelPrice *opusNew = c->find(str("anthropic"), str("claude-opus-4-6"), QDate(2026, 3, 13));
    QVERIFY(opusNew);
    QCOMPARE(opusNew->effectiveFrom, QDate(2026, 3, 13));
    QVERIFY(!opusNew->prices.longContextThreshold);
    QCOMPARE(opusNew->prices.input.toDecimalString(), str("5"));
    QCOMPARE(opt(opusNew->prices.cacheWrite5m), str("6.25"));
}

void TestGenAiPricesCatalog::genaiMatchRuleFindsDatedId()
{
    auto c = tl::pricing::parseGenAiPricesCatalog(readFile(genaiPath()), genaiPath(), nullptr);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    // "claude-sonnet-4-20250514" is no id in genai-prices; claude-sonnet-4-0's rule
    // {"or": [{"starts_with": "claude-sonnet-4-2025"}, …]} matches it.
    const ModelPrice *p = c->find(str("anthropic"), str("claude-sonnet-4-20250514"), QDate(2025, 8, 1));
    QVERIFY2(p, "no price found through the match rule");
    QCOMPARE(p->model, str("claude-sonnet-4-0"));
    QCOMPARE(p->prices.input.toDecimalString(), str("3"));
    // Bedrock cross-region id through the aws (→ bedrock) rules, dated history included:
    // regional.anthropic.claude-sonnet-5-v1:0 is 2.2 until 2026-09-01, 3.3 from then.
    const ModelPrice *b = c->find(str("bedrock"), str("us.anthropic.claude-sonnet-5-v1:0"), QDate(2026, 8, 31));
    QVERIFY(b);
    QCOMPARE(b->prices.input.toDecimalString(), str("2.2"));
    b = c->find(str("bedrock"), str("us.anthropic.claude-sonnet-5-v1:0"), QDate(2026, 9, 1));
    QVERIFY(b);
    QCOMPARE(b->prices.input.toDecimalString(), str("3.3"));
}

void TestGenAiPricesCatalog::genaiRealFileCounts()
{
    QList<SkippedEntry> skipped;
    auto c = tl::pricing::parseGenAiPricesCatalog(readFile(genaiPath()), genaiPath(), &skipped);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    QSet<QString> models;
    // google and azure list fallback_model_providers: the models of anthropic (and openai)
    // they do not list themselves are added under their names as "anthropic/<model>".
    QSet<QString> fallbackModels;
    qsizetype fallbackEntries = 0;
    for (const ModelPrice &p : c->entries()) {
        if ((p.provider == u"google" || p.provider == u"azure") && p.model.contains(u'/')) {
            fallbackModels.insert(p.provider + u'/' + p.model);
            ++fallbackEntries;
            continue;
        }
        models.insert(p.provider + u'/' + p.model);
    }
    int unpriced = 0;
    int timeOfDay = 0;
    int timeOfDayModels = 0;
    int notes = 0;
    int other = 0;
    for (const SkippedEntry &s : std::as_const(skipped)) {
        if (s.reason.contains(str("no input_mtok")))
            ++unpriced;
        else if (s.reason.contains(str("time-of-day")))
            ++timeOfDay;
        else if (s.reason.contains(str("depends on the time of day")))
            ++timeOfDayModels;
        else if (s.reason.startsWith(str("imported without")))
            ++notes;
        else
            ++other;
    }
    qInfo("genai-prices: %d entries for %d models; skipped: %d unpriced, %d time-of-day, %d other; %d partial notes",
          int(c->entries().size()), int(models.size()), unpriced, timeOfDay, other, notes);
    // 1442 models in 34 providers, 7 with a start_date history (one extra entry each).
    QCOMPARE(models.size() + unpriced + timeOfDayModels, 1442);
    QCOMPARE(timeOfDayModels, 2); // deepseek-chat and deepseek-reasoner
    QCOMPARE(c->entries().size(), models.size() + 7 + fallbackEntries);
    QVERIFY(fallbackModels.contains(str("google/anthropic/claude-haiku-4-5")));
    QVERIFY(fallbackModels.contains(str("azure/openai/gpt-4o")));
    QCOMPARE(timeOfDay, 2);
    QCOMPARE(other, 0);
    QVERIFY(unpriced > 0 && unpriced < 200);
    // Every price key of the v1 file is now a unit TokenLedger prices (issue 16): none is
    // left out (its audio and request prices used to be).
    QCOMPARE(notes, 0);
}

QTEST_GUILESS_MAIN(TestGenAiPricesCatalog)
#include "tst_genai_prices_catalog.moc"
