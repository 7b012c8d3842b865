#include "services/LiteLlmLogsImportUseCase.h"

#include "ingest/LiteLlmReader.h"
#include "ingest/ParserThread.h"
#include "pricing/CostEngine.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"
#include "store/FactPreparer.h"
#include "store/ImportSink.h"
#include "store/ledger/LedgerAddress.h"
#include "store/ledger/PgConnection.h"
#include "store/litellm/LiteLlmSpendLogs.h"

#include <QSet>

#include <vector>

namespace tl::services {

namespace {

constexpr int kMaxProblems = 100;

QString watermarkKey(const QString &url, const QString &target)
{
    return QStringLiteral("litellm_db.watermark.logs.%1.%2").arg(url, target);
}

void copyRow(const store::litellm::LiteLlmSpendLogs::Row &from, ingest::LiteLlmRow &to)
{
    to.clear();
    to.requestId = from.requestId;
    to.startTime = from.startTime;
    to.model = from.model;
    to.modelGroup = from.modelGroup;
    to.provider = from.provider;
    to.apiKey = from.apiKey;
    to.user = from.user;
    to.endUser = from.endUser;
    to.team = from.team;
    to.organization = from.organization;
    to.spend = from.spend;
    to.promptTokens = from.promptTokens;
    to.completionTokens = from.completionTokens;
    to.cacheHit = from.cacheHit;
    to.cacheKey = from.cacheKey;
    to.metadata = from.metadata;
    to.requestTags = from.requestTags;
}

} // namespace

Result<LiteLlmLogsImportUseCase::Run> LiteLlmLogsImportUseCase::run(const store::ledger::LedgerAddress &address,
                                                                   store::ImportSink &sink, const QString &target)
{
    auto conn = store::ledger::PgConnection::open(address);
    if (!conn)
        return conn.error();
    store::litellm::LiteLlmSpendLogs logs(**conn);
    auto present = logs.open();
    if (!present)
        return present.error();
    Run run;
    if (!*present) {
        run.present = false;
        return run;
    }
    const QString key = watermarkKey(address.url(), target);
    const QString since = m_db.setting(key);
    logs.startFrom(since, kOverlapSeconds);
    run.watermark = since;

    if (Status s = sink.begin(QStringLiteral("litellm-db"),
                              QStringLiteral("%1 %2").arg(address.url(), store::litellm::LiteLlmSpendLogs::tableName()),
                              0);
        !s)
        return s.error();
    ingest::LiteLlmConverter converter;
    ingest::LiteLlmRow row;
    store::FactPreparer preparer;
    for (;;) {
        auto page = logs.next(kPageRows);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        std::vector<UsageFact> facts;
        facts.reserve(std::size_t(page->size()));
        for (const auto &r : *page) {
            ++run.read;
            copyRow(r, row);
            UsageFact fact;
            ingest::ReadProblem problem;
            const ingest::ReadStep step = converter.convert(row, fact, problem);
            if (step == ingest::ReadStep::Skipped)
                continue;
            if (step == ingest::ReadStep::Fact && !ingest::ParserThread::priceImported(m_pricing.engine(), fact)) {
                problem.field = QStringLiteral("cost");
                problem.reason = pricing::CostEngine::outOfRangeMessage();
            } else if (step == ingest::ReadStep::Fact) {
                if (!fact.priced)
                    ++run.unpriced;
                facts.push_back(std::move(fact));
                continue;
            }
            ++run.rejected;
            problem.line = run.read;
            problem.reason = tr("request %1: %2").arg(QString::fromStdString(r.requestId), problem.reason);
            if (run.problems.size() < kMaxProblems) {
                run.problems << problem;
                if (Status s = sink.addProblem(problem.line, problem.field, problem.reason); !s)
                    return s.error();
            }
        }
        const auto prepared = preparer.prepareInKeyOrder(facts);
        auto stored = sink.insert(facts, prepared);
        if (!stored)
            return stored.error();
        run.inserted += stored->inserted;
        run.duplicates += stored->duplicates;
    }
    auto settled = sink.settle();
    if (!settled)
        return settled.error();
    run.inserted += settled->inserted;
    run.duplicates += settled->duplicates;
    if (Status s = sink.finish(run.read, run.inserted, run.duplicates, run.rejected, QString()); !s)
        return s.error();
    // After the sink committed: should this write fail or the process die, the next run reads
    // the rows again and finds them stored (duplicates), nothing is lost or doubled.
    if (!logs.lastStartTime().isEmpty() && logs.lastStartTime() > since) {
        run.watermark = logs.lastStartTime();
        if (Status s = m_db.setSetting(key, run.watermark); !s)
            return s.error();
    }
    return run;
}

} // namespace tl::services
