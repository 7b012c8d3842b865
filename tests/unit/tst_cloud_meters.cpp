// Azure OpenAI meter names and Google Cloud SKU descriptions → model, token kind, tier,
// modality and long context (the table in docs/formats.md).
#include "domain/AzureMeter.h"
#include "domain/GoogleSku.h"

#include <QTest>

using namespace tl;

Q_DECLARE_METATYPE(tl::AzureMeter::Kind)
Q_DECLARE_METATYPE(tl::GoogleSku::Kind)
Q_DECLARE_METATYPE(tl::GoogleSku::Modality)

class TestCloudMeters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void azureMeters_data()
    {
        QTest::addColumn<QString>("meter");
        QTest::addColumn<QString>("model");
        QTest::addColumn<AzureMeter::Kind>("kind");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<qlonglong>("perUnit");
        using K = AzureMeter::Kind;
        QTest::newRow("global input") << "gpt 4o 0806 Inp glbl Tokens" << "gpt-4o" << K::Input << "standard" << "global" << 0LL;
        QTest::newRow("output") << "gpt 4o 0806 Outp glbl Tokens" << "gpt-4o" << K::Output << "standard" << "global" << 0LL;
        QTest::newRow("cached") << "gpt 4o 0806 cchd Inp glbl Tokens" << "gpt-4o" << K::CachedInput << "standard" << "global" << 0LL;
        QTest::newRow("dashes, batch") << "gpt-4o-mini-0718-Batch-Outp-glbl Tokens" << "gpt-4o-mini" << K::Output << "batch" << "global" << 0LL;
        QTest::newRow("data zone") << "gpt-4.1-mini Inp DZone Tokens" << "gpt-4.1-mini" << K::Input << "standard" << "datazone" << 0LL;
        QTest::newRow("regional") << "o3 mini 0131 Outp regnl Tokens" << "o3-mini" << K::Output << "standard" << "regional" << 0LL;
        QTest::newRow("per 1M") << "gpt 5 Input 1M Tokens" << "gpt-5" << K::Input << "standard" << "" << 1000000LL;
        QTest::newRow("long words") << "GPT-4.1 Cached Input Global Tokens" << "gpt-4.1" << K::CachedInput << "standard" << "global" << 0LL;
        QTest::newRow("ptu") << "Provisioned Managed Global Unit" << "" << K::Provisioned << "standard" << "global" << 0LL;
        QTest::newRow("other") << "Standard Training Hours" << "standard-training" << K::Other << "standard" << "" << 0LL;
    }
    void azureMeters()
    {
        QFETCH(QString, meter);
        const AzureMeter m = AzureMeter::parse(meter);
        QTEST(m.model, "model");
        QTEST(m.kind, "kind");
        QTEST(m.tier, "tier");
        QTEST(m.deployment, "deployment");
        QTEST(qlonglong(m.tokensPerUnit), "perUnit");
    }

    void googleSkus_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("model");
        QTest::addColumn<GoogleSku::Kind>("kind");
        QTest::addColumn<GoogleSku::Modality>("modality");
        QTest::addColumn<bool>("longContext");
        QTest::addColumn<QString>("tier");
        using K = GoogleSku::Kind;
        using M = GoogleSku::Modality;
        QTest::newRow("text input") << "Gemini 2.5 Pro Text Input - Predictions" << "gemini-2.5-pro" << K::Input << M::Text << false << "standard";
        QTest::newRow("output") << "Gemini 2.5 Flash Text Output - Predictions" << "gemini-2.5-flash" << K::Output << M::Text << false << "standard";
        QTest::newRow("thinking") << "Gemini 2.5 Pro Thinking Text Output - Predictions" << "gemini-2.5-pro" << K::Output << M::Text << false << "standard";
        QTest::newRow("long") << "Gemini 2.5 Pro Long Context Text Input - Predictions" << "gemini-2.5-pro" << K::Input << M::Text << true << "standard";
        QTest::newRow(">200k") << "Gemini 2.5 Pro Text Output >200K tokens" << "gemini-2.5-pro" << K::Output << M::Text << true << "standard";
        QTest::newRow("audio") << "Gemini 2.5 Flash Audio Input - Predictions" << "gemini-2.5-flash" << K::Input << M::Audio << false << "standard";
        QTest::newRow("cached") << "Gemini 2.5 Flash Text Input Cached - Predictions" << "gemini-2.5-flash" << K::CachedInput << M::Text << false << "standard";
        QTest::newRow("lite") << "Gemini 2.0 Flash Lite Image Input" << "gemini-2.0-flash-lite" << K::Input << M::Image << false << "standard";
        QTest::newRow("batch") << "Gemini 2.5 Pro Batch Text Input" << "gemini-2.5-pro" << K::Input << M::Text << false << "batch";
        QTest::newRow("gemini api") << "Generate content output token count Gemini 2.0 Flash" << "gemini-2.0-flash" << K::Output << M::Text << false << "standard";
        QTest::newRow("claude new") << "Claude Sonnet 4 Output Tokens" << "claude-sonnet-4" << K::Output << M::Text << false << "standard";
        QTest::newRow("claude old") << "Claude 3.5 Sonnet Input Tokens" << "claude-3-5-sonnet" << K::Input << M::Text << false << "standard";
        QTest::newRow("cache storage") << "Gemini 2.5 Pro Cached Content Storage per hour" << "gemini-2.5-pro" << K::Other << M::Text << false << "standard";
    }
    void googleSkus()
    {
        QFETCH(QString, sku);
        const GoogleSku s = GoogleSku::parse(sku);
        QTEST(s.model, "model");
        QTEST(s.kind, "kind");
        QTEST(s.modality, "modality");
        QTEST(s.longContext, "longContext");
        QTEST(s.tier, "tier");
    }

    void googleCharactersAreNotTokens()
    {
        const GoogleSku s = GoogleSku::parse(QStringLiteral("Gemini 1.0 Pro Input Characters"));
        QVERIFY(s.characters);
        QVERIFY(!s.isTokens());
    }
};

QTEST_GUILESS_MAIN(TestCloudMeters)
#include "tst_cloud_meters.moc"
