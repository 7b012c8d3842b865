#include "services/LiteLlmDbImportUseCase.h"

#include "ingest/IngestText.h"
#include "pricing/CostEngine.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/WriteTransaction.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/PgConnection.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace tl::services {

namespace {

QString watermarkKey(const QString &url, const QString &kind)
{
    return QStringLiteral("litellm_db.watermark.%1.%2").arg(kind, url);
}

// LiteLLM keeps the SHA-256 of a virtual key in api_key. Should a database hold a key in the
// clear (sk-…), only its last four characters are kept.
QString keyLabel(const QString &apiKey)
{
    if (apiKey.startsWith(u"sk-") && apiKey.size() > 8)
        return QStringLiteral("sk-…") + apiKey.right(4);
    return apiKey;
}

} // namespace

QByteArray LiteLlmDbImportUseCase::passwordFromEnvironment()
{
    if (qEnvironmentVariableIsSet("TOKENLEDGER_LITELLM_DB_PASSWORD"))
        return qgetenv("TOKENLEDGER_LITELLM_DB_PASSWORD");
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty()) {
        QFile file(credentials + QStringLiteral("/litellm-db-password"));
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray password = file.readAll();
            while (password.endsWith('\n') || password.endsWith('\r'))
                password.chop(1);
            return password;
        }
    }
    return {};
}

UsageFact LiteLlmDbImportUseCase::toFact(const QString &kind, const store::litellm::LiteLlmDailySpend::Row &row)
{
    UsageFact f;
    f.recordKey = QStringLiteral("litellm-db:%1:%2").arg(store::litellm::LiteLlmDailySpend::tableName(kind), row.id);
    const QDate day = QDate::fromString(row.date.left(10), Qt::ISODate);
    f.start = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    f.bucket = BucketWidth::Day;
    // As the spend-log reader does: "provider/model" names the provider when it agrees.
    QString provider = ingest::providerId(row.provider);
    QString model = row.model;
    if (const qsizetype slash = model.indexOf(u'/'); slash > 0) {
        const QString prefix = ingest::providerId(model.left(slash));
        if (provider.isEmpty() || prefix == provider) {
            provider = prefix;
            model = model.mid(slash + 1);
        }
    }
    if (provider.isEmpty())
        provider = ingest::providerFromModel(model);
    f.provider = provider.isEmpty() ? QStringLiteral("unknown") : provider;
    f.model = model;
    f.apiKey = keyLabel(row.apiKey);
    if (kind == u"team")
        f.team = row.owner;
    else if (kind == u"tag")
        f.tags = canonicalTags({row.owner});
    else
        f.user = row.owner;
    // prompt_tokens includes cache reads and writes (OpenAI style) unless the cache figures
    // exceed it (counted apart, Anthropic style): the spend-log reader's rule.
    TokenCounts &t = f.tokens;
    const std::int64_t prompt = std::max<std::int64_t>(row.promptTokens, 0);
    const std::int64_t cached = std::max<std::int64_t>(row.cacheReadTokens, 0);
    const std::int64_t written = std::max<std::int64_t>(row.cacheCreationTokens, 0);
    const bool within = cached <= prompt && written <= prompt - cached;
    t.uncachedInput = within ? prompt - cached - written : prompt;
    t.cacheRead = cached;
    t.cacheWrite5m = written;
    t.output = std::max<std::int64_t>(row.completionTokens, 0);
    t.requests = std::max<std::int64_t>(row.apiRequests, 0);
    f.billedCost = ingest::parseMoney(row.spend.toStdString());
    return f;
}

Result<LiteLlmDbImportUseCase::Run> LiteLlmDbImportUseCase::run(const store::ledger::LedgerAddress &address,
                                                               const QStringList &kinds)
{
    auto conn = store::ledger::PgConnection::open(address);
    if (!conn)
        return conn.error();
    store::litellm::LiteLlmDailySpend source(**conn);
    auto present = source.presentKinds();
    if (!present)
        return present.error();
    if (present->isEmpty())
        return Error{tr("%1 has no LiteLLM daily spend tables (LiteLLM_DailyUserSpend)").arg(address.url())};

    Run run;
    for (const QString &kind : kinds) {
        TableRun out;
        out.kind = kind;
        out.table = store::litellm::LiteLlmDailySpend::tableName(kind);
        if (!present->contains(kind)) {
            out.present = false;
            run.tables.append(out);
            continue;
        }
        const QString key = watermarkKey(address.url(), kind);
        const QString since = m_db.setting(key);
        auto rows = source.read(kind, since, kOverlapSeconds);
        if (!rows)
            return rows.error();
        out.read = rows->size();
        out.watermark = since;
        QList<UsageFact> facts;
        facts.reserve(rows->size());
        for (const auto &row : *rows) {
            UsageFact f = toFact(kind, row);
            m_pricing.engine().priceFact(f);
            const QDate date = QDateTime::fromSecsSinceEpoch(f.start, QTimeZone::utc()).date();
            if (const pricing::ModelPrice *p = m_pricing.catalog().find(f.provider, f.model, date))
                f.modelFamily = p->family;
            if (!f.priced)
                ++out.unpriced;
            facts.append(std::move(f));
            if (row.updatedAt > out.watermark)
                out.watermark = row.updatedAt;
        }
        store::FactStore store(m_db);
        auto batch = store.beginBatch(QStringLiteral("litellm-db"), QStringLiteral("%1 %2").arg(address.url(), out.table));
        if (!batch)
            return batch.error();
        {
            store::WriteTransaction tx(m_db); // the facts and the watermark together
            if (!tx.isActive())
                return Error{tx.beginError()};
            auto up = store.upsertFacts(*batch, facts);
            if (!up)
                return up.error();
            out.inserted = up->inserted;
            out.replaced = up->replaced;
            out.unchanged = up->unchanged;
            if (out.watermark != since) {
                if (Status s = m_db.setSetting(key, out.watermark); !s)
                    return s.error();
            }
            if (Status s = tx.commit(); !s)
                return s.error();
        }
        if (Status s = store.finishBatch(*batch, QStringLiteral("done"), out.read, out.inserted + out.replaced,
                                         out.unchanged, 0);
            !s)
            return s.error();
        run.tables.append(out);
    }
    return run;
}

} // namespace tl::services
