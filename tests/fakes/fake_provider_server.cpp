// Runs one fake provider API on 127.0.0.1 with a week of sample data, for trying the Sources
// page and `tokenledger-cli sync` by hand:  fake_provider_server openai|anthropic|aws|azure|google [PORT]
// It prints the base URL and the credentials it accepts (test values, not real keys).
#include "FakeAzure.h"
#include "FakeBigQuery.h"
#include "FakeProviders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

using namespace tl::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString provider = args.value(1);
    const quint16 port = static_cast<quint16>(args.value(2, QStringLiteral("0")).toUInt());
    QTextStream out(stdout);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 today = now - now % 86400;
    std::unique_ptr<FakeHttpServer> server;
    QString hint;
    if (provider == u"openai") {
        auto s = std::make_unique<FakeOpenAi>();
        for (int d = 1; d <= 7; ++d) {
            const qint64 day = today - d * 86400;
            s->addRow(QStringLiteral("completions"), day,
                      {{QStringLiteral("input_tokens"), 1000000 * d},
                       {QStringLiteral("input_cached_tokens"), 200000 * d},
                       {QStringLiteral("output_tokens"), 150000 * d},
                       {QStringLiteral("num_model_requests"), 40 * d},
                       {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                       {QStringLiteral("project_id"), QStringLiteral("proj_support")}});
            s->addRow(QStringLiteral("costs"), day,
                      {{QStringLiteral("amount"),
                        QJsonObject{{QStringLiteral("value"), 3.75 * d},
                                    {QStringLiteral("currency"), QStringLiteral("usd")}}},
                       {QStringLiteral("line_item"), QStringLiteral("gpt-4o-2024-08-06, input")},
                       {QStringLiteral("project_id"), QStringLiteral("proj_support")}});
        }
        hint = QStringLiteral("admin key: %1 (base URL: add /v1)")
                   .arg(QString::fromLatin1(s->adminKey));
        server = std::move(s);
    } else if (provider == u"anthropic") {
        auto s = std::make_unique<FakeAnthropic>();
        for (int d = 1; d <= 7; ++d) {
            const qint64 day = today - d * 86400;
            s->usage[day].append(
                QJsonObject{{QStringLiteral("uncached_input_tokens"), 500000 * d},
                            {QStringLiteral("cache_read_input_tokens"), 900000 * d},
                            {QStringLiteral("cache_creation"),
                             QJsonObject{{QStringLiteral("ephemeral_5m_input_tokens"), 100000},
                                         {QStringLiteral("ephemeral_1h_input_tokens"), 0}}},
                            {QStringLiteral("output_tokens"), 80000 * d},
                            {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-20250514")},
                            {QStringLiteral("service_tier"), QStringLiteral("standard")}});
            s->costs[day].append(QJsonObject{
                {QStringLiteral("amount"), QString::number(300 * d)},
                {QStringLiteral("currency"), QStringLiteral("USD")},
                {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-20250514")},
                {QStringLiteral("description"), QStringLiteral("Claude Sonnet 4 Usage")}});
        }
        hint = QStringLiteral("admin key: %1").arg(QString::fromLatin1(s->adminKey));
        server = std::move(s);
    } else if (provider == u"aws") {
        auto s = std::make_unique<FakeAws>();
        for (int d = 1; d <= 7; ++d) {
            const qint64 day = today - d * 86400;
            s->addGroup(day, QStringLiteral("USE1-Claude3.5Sonnet-input-tokens"),
                        QStringLiteral("111122223333"), QString::number(0.3 * d, 'f', 2),
                        QString::number(100 * d));
            s->addGroup(day, QStringLiteral("USE1-Claude3.5Sonnet-output-tokens"),
                        QStringLiteral("111122223333"), QString::number(0.75 * d, 'f', 2),
                        QString::number(50 * d));
        }
        hint =
            QStringLiteral("access key id: %1  secret: %2")
                .arg(QString::fromLatin1(s->accessKeyId), QString::fromLatin1(s->secretAccessKey));
        server = std::move(s);
    } else if (provider == u"azure") {
        auto s = std::make_unique<FakeAzure>();
        const QString account = s->scope + QStringLiteral(
            "/resourceGroups/rg-chat/providers/Microsoft.CognitiveServices/accounts/aoai-chat");
        for (int d = 1; d <= 7; ++d) {
            const qint64 day = today - d * 86400;
            s->addRow(day, QStringLiteral("gpt 4o 0806 Inp glbl Tokens"), account, 0.25 * d, 100 * d);
            s->addRow(day, QStringLiteral("gpt 4o 0806 Outp glbl Tokens"), account, 0.5 * d, 50 * d);
        }
        hint = QStringLiteral("tenant: %1  client id: %2  scope: %3  client secret: %4")
                   .arg(s->tenant, s->clientId, s->scope, QString::fromLatin1(s->clientSecret));
        server = std::move(s);
    } else if (provider == u"google") {
        auto s = std::make_unique<FakeBigQuery>();
        for (int d = 1; d <= 7; ++d) {
            FakeBigQuery::Row r;
            r.day = QDateTime::fromSecsSinceEpoch(today - d * 86400, QTimeZone::utc()).date().toString(Qt::ISODate);
            r.skuId = QStringLiteral("A1B2-0001");
            r.sku = QStringLiteral("Gemini 2.5 Pro Text Input - Predictions");
            r.projectId = QStringLiteral("proj-chat");
            r.usageAmount = QString::number(1000000 * d);
            r.cost = QString::number(1.25 * d);
            s->rows << r;
        }
        hint = QStringLiteral("base URL: add /bigquery/v2  project id: %1  table: %2  access token: %3")
                   .arg(s->project, s->table, QString::fromLatin1(s->pastedToken));
        server = std::move(s);
    } else {
        QTextStream(stderr) << "usage: fake_provider_server openai|anthropic|aws|azure|google [PORT]\n";
        return 2;
    }
    if (!server->start(port)) {
        QTextStream(stderr) << "cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }
    out << server->baseUrl() << "\n" << hint << "\n";
    out.flush();
    return app.exec();
}
