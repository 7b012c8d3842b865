#include "providers/SyncEngine.h"

#include "providers/BilledAllocation.h"

#include "pricing/DatabasePricing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcSync, "tokenledger.providers.sync", QtWarningMsg)

namespace tl::providers {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t dayStart(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

bool hasUsage(const TokenCounts &t)
{
    return t.totalInput() != 0 || t.output != 0 || t.images != 0 || t.webSearches != 0 ||
           t.audioMillis != 0;
}

} // namespace

QString redactSecrets(QString message, const Credentials &credentials)
{
    for (const QByteArray &secret : {credentials.apiKey, credentials.aws.secretAccessKey,
                                     credentials.aws.sessionToken, credentials.aws.accessKeyId}) {
        if (secret.size() >= 4)
            message.replace(QString::fromUtf8(secret), QStringLiteral("[redacted]"));
    }
    static const QRegularExpression keyShaped(
        QStringLiteral("\\b(sk-[A-Za-z0-9_*\\-]{3,}|(AKIA|ASIA)[A-Z0-9*]{8,})"));
    message.replace(keyShaped, QStringLiteral("[redacted]"));
    return message;
}

QList<UsageFact> mergeByRecordKey(const QList<UsageFact> &facts)
{
    QList<UsageFact> out;
    QHash<QString, qsizetype> index;
    for (const UsageFact &f : facts) {
        const auto it = index.constFind(f.recordKey);
        if (it == index.constEnd()) {
            index.insert(f.recordKey, out.size());
            out << f;
            continue;
        }
        UsageFact &m = out[*it];
        TokenCounts &t = m.tokens;
        t.requests += f.tokens.requests;
        t.uncachedInput += f.tokens.uncachedInput;
        t.cacheRead += f.tokens.cacheRead;
        t.cacheWrite5m += f.tokens.cacheWrite5m;
        t.cacheWrite1h += f.tokens.cacheWrite1h;
        t.output += f.tokens.output;
        t.reasoning += f.tokens.reasoning;
        t.images += f.tokens.images;
        t.audioMillis += f.tokens.audioMillis;
        t.webSearches += f.tokens.webSearches;
        t.audioInput += f.tokens.audioInput;
        t.audioCacheRead += f.tokens.audioCacheRead;
        t.audioOutput += f.tokens.audioOutput;
        t.imageInput += f.tokens.imageInput;
        t.imageCacheRead += f.tokens.imageCacheRead;
        t.imageOutput += f.tokens.imageOutput;
        t.videoInput += f.tokens.videoInput;
        t.videoCacheRead += f.tokens.videoCacheRead;
        t.videoOutput += f.tokens.videoOutput;
        if (f.billedCost)
            m.billedCost = m.billedCost.value_or(Money()) + *f.billedCost;
        if (f.billedListCost)
            m.billedListCost = m.billedListCost.value_or(Money()) + *f.billedListCost;
    }
    return out;
}

void SyncEngine::priceFacts(QList<UsageFact> &facts) const
{
    for (UsageFact &f : facts) {
        if (!hasUsage(f.tokens)) {
            f.cost = {};
            f.priced = true; // nothing to price (a billed-only cost row)
            continue;
        }
        const QDate date = QDateTime::fromSecsSinceEpoch(f.start, QTimeZone::utc()).date();
        // Anthropic reports long-context traffic in its own rows (context window 200k-1M):
        // every request in them crossed the threshold, so the long-context prices apply,
        // which the engine does for "per request" pricing when the input exceeds it.
        // Google bills requests beyond Gemini's threshold under long-context SKUs likewise.
        // Each of those rows holds one kind of token only, so it is priced as long context
        // outright rather than by its input count.
        const QStringList tags = splitTags(f.tags);
        const bool anthropicLong = tags.contains(QStringLiteral("context_window:200k-1M"));
        const bool googleLong = tags.contains(QStringLiteral("context_window:long"));
        if (anthropicLong || googleLong) {
            const auto r = m_pricing.engine().price(f.provider, f.model, date, f.serviceTier,
                                                    f.tokens, true, f.modifiers, googleLong);
            f.cost = r.cost;
            f.priced = r.price != nullptr;
            f.unpricedUnits = f.priced ? r.unpricedTotal() : 0;
        } else {
            m_pricing.engine().priceFact(f);
        }
        if (const pricing::ModelPrice *p = m_pricing.catalog().find(f.provider, f.model, date))
            f.modelFamily = p->family;
    }
}

SyncSummary SyncEngine::run(const Connection &connection, const Credentials &credentials,
                            const SyncOptions &options)
{
    SyncSummary summary;
    const std::int64_t now = options.now ? options.now : QDateTime::currentSecsSinceEpoch();
    const std::int64_t today = now - now % kDay;
    std::int64_t end = options.to ? dayStart(*options.to) + kDay : today + kDay;
    std::int64_t start = 0;
    if (options.from)
        start = dayStart(*options.from);
    else if (connection.watermark)
        start = std::min(*connection.watermark, today) - options.trailingDays * kDay;
    else
        start = end - options.initialDays * kDay;
    start -= ((start % kDay) + kDay) % kDay;
    summary.from = start;
    summary.to = end;

    auto batch = m_target.beginBatch(syncSourceName(connection.provider), connection.name);
    if (!batch) {
        summary.error = batch.errorMessage();
        return summary;
    }
    summary.batchId = *batch;

    const auto cancelled = [this] { return m_cancelled && m_cancelled(); };
    HttpClient http(options.retry, cancelled);
    auto client = ProviderClient::create(connection, credentials, http);
    const QString keyPrefix = m_target.recordKeyPrefix(connection);
    if (client)
        client->setRecordKeyPrefix(keyPrefix);
    if (!client) {
        summary.error =
            QCoreApplication::translate("tl::providers::SyncEngine", "Unknown provider '%1'.")
                .arg(connection.provider);
    }
    const int windowSecs = std::max(1, options.windowDays) * static_cast<int>(kDay);
    const int windowCount =
        start < end ? static_cast<int>((end - start + windowSecs - 1) / windowSecs) : 0;
    std::int64_t watermark = connection.watermark.value_or(0);
    // The watermark only moves across contiguous complete data: a range that starts after it
    // (an explicit --from beyond the gap) is stored but leaves the gap to be read next time.
    bool haveMark = connection.watermark.has_value();
    FetchStats stats;
    if (client)
        client->setPageCallback([&](int pages) {
            if (m_progress)
                m_progress(summary.windows, windowCount, pages);
        });
    if (start >= end && summary.error.isEmpty())
        summary.error = QCoreApplication::translate(
            "tl::providers::SyncEngine",
            "The sync range is empty (the first day is after the last).");

    for (std::int64_t ws = start; summary.error.isEmpty() && ws < end; ws += windowSecs) {
        if (cancelled()) {
            summary.cancelled = true;
            summary.error = QCoreApplication::translate("tl::providers::SyncEngine", "Cancelled.");
            break;
        }
        const std::int64_t we = std::min<std::int64_t>(ws + windowSecs, end);
        auto read = client->fetch(ws, we, stats);
        if (!read) {
            summary.cancelled = http.lastFailure() == HttpFailure::Cancelled;
            summary.error = read.errorMessage();
            break;
        }
        QList<UsageFact> batchFacts = mergeByRecordKey(*read);
        priceFacts(batchFacts);
        batchFacts = attachBilledCosts(batchFacts);

        const std::int64_t newMark = std::min(we, today);
        const bool contiguous = !haveMark || ws <= watermark;
        SyncTarget::Window window{ws, we, keyPrefix + u':', std::nullopt};
        if (contiguous && newMark > watermark)
            window.watermark = newMark;
        auto up = m_target.writeWindow(*batch, connection, batchFacts, window);
        if (!up) {
            summary.error = up.errorMessage();
            break;
        }
        if (contiguous) {
            watermark = std::max(watermark, newMark);
            haveMark = true;
        }
        summary.inserted += up->inserted;
        summary.replaced += up->replaced;
        summary.unchanged += up->unchanged;
        summary.removed += up->removed;
        for (const UsageFact &f : batchFacts) {
            summary.computed += f.cost.total();
            if (f.billedCost)
                summary.billed += *f.billedCost;
            if (!f.priced)
                ++summary.unpriced;
        }
        ++summary.windows;
        if (m_progress)
            m_progress(summary.windows, windowCount, stats.pages);
    }
    summary.pages = stats.pages;
    summary.buckets = stats.buckets;
    summary.rows = stats.rows;
    summary.retries = http.retries();
    summary.requests = http.requests();
    summary.ok = summary.error.isEmpty();
    summary.error = redactSecrets(summary.error, credentials);

    const QString status = summary.ok          ? QStringLiteral("done")
                           : summary.cancelled ? QStringLiteral("cancelled")
                                               : QStringLiteral("failed");
    const QString message =
        summary.ok
            ? QCoreApplication::translate("tl::providers::SyncEngine",
                                          "%1 buckets, %2 pages; %3 new, %4 replaced, %5 unchanged")
                  .arg(summary.buckets)
                  .arg(summary.pages)
                  .arg(summary.inserted)
                  .arg(summary.replaced)
                  .arg(summary.unchanged)
            : summary.error;
    if (Status s =
            m_target.finishBatch(*batch, status, summary.rows, summary.inserted + summary.replaced,
                                 summary.unchanged, message);
        !s)
        qCWarning(lcSync) << "cannot record the sync batch:" << s.errorMessage();
    Connection record = connection;
    record.lastSyncAt = QDateTime::currentSecsSinceEpoch();
    record.lastStatus = status;
    record.lastBuckets = summary.buckets;
    record.lastInserted = summary.inserted;
    record.lastReplaced = summary.replaced;
    record.lastUnchanged = summary.unchanged;
    record.lastError = summary.ok ? QString() : summary.error;
    if (Status s = m_target.recordSync(record); !s)
        qCWarning(lcSync) << "cannot record the sync state:" << s.errorMessage();
    qCInfo(lcSync) << connection.name << status << summary.buckets << "buckets" << summary.pages
                   << "pages";
    return summary;
}

Status SyncEngine::test(const Connection &connection, const Credentials &credentials,
                        const RetryPolicy &retry, HttpFailure *failure)
{
    HttpClient http(retry);
    auto client = ProviderClient::create(connection, credentials, http);
    if (!client)
        return Error{
            QCoreApplication::translate("tl::providers::SyncEngine", "Unknown provider '%1'.")
                .arg(connection.provider)};
    Status s = client->probe();
    if (failure)
        *failure = s ? HttpFailure::None : http.lastFailure();
    if (!s)
        return Error{redactSecrets(s.errorMessage(), credentials)};
    return s;
}

} // namespace tl::providers
