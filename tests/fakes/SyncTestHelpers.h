#pragma once

#include "TestSupport.h"
#include "pricing/DatabasePricing.h"
#include "providers/Connection.h"
#include "providers/SyncEngine.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

namespace tl::test {

inline qint64 utcDay(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// Fast retries for tests: 10 ms backoff, Retry-After seconds of 20 ms, 400 ms transfer timeout.
inline providers::RetryPolicy fastRetry(int attempts = 4)
{
    providers::RetryPolicy p;
    p.maxAttempts = attempts;
    p.initialBackoffMs = 10;
    p.maxBackoffMs = 40;
    p.retryAfterUnitMs = 20;
    p.maxRetryAfterMs = 1000;
    p.transferTimeoutMs = 400;
    return p;
}

// A database, its prices and one connection, for syncing against a fake server.
struct SyncFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<pricing::DatabasePricing> pricing;
    providers::Connection connection;

    bool init(const QString &provider, const QString &baseUrl, const QJsonObject &options = {})
    {
        db = openTempDatabase(dir);
        if (!db)
            return false;
        auto p = pricing::DatabasePricing::load(*db);
        if (!p)
            return false;
        pricing = std::move(p).value();
        connection.provider = provider;
        connection.name = provider + QStringLiteral("-test");
        connection.baseUrl = baseUrl;
        connection.options = options;
        auto id = providers::ConnectionStore(*db).save(connection);
        if (!id)
            return false;
        connection.id = *id;
        return true;
    }

    providers::Connection reload()
    {
        auto c = providers::ConnectionStore(*db).byId(connection.id);
        return c && *c ? **c : connection;
    }

    providers::SyncSummary sync(const providers::Credentials &creds, providers::SyncOptions options,
                                std::function<bool()> cancel = {},
                                std::function<void(int, int, int)> progress = {})
    {
        providers::SyncEngine engine(*db, *pricing);
        engine.setCancelCheck(std::move(cancel));
        engine.setProgress(std::move(progress));
        return engine.run(reload(), creds, options);
    }

    std::int64_t count(const char *sql)
    {
        auto v = db->connection().queryInt(sql);
        return v ? *v : -1;
    }

    // Sum over all facts (cost computed, billed) as decimal strings, and the same from the
    // daily rollup, which must agree.
    QString factSum(const char *column)
    {
        auto v =
            db->connection().queryInt(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM usage_fact")
                                          .arg(QLatin1String(column))
                                          .toUtf8()
                                          .constData());
        return v ? Money::fromNanos(*v).toDecimalString() : QStringLiteral("error");
    }
    QString rollupSum(const char *column)
    {
        auto v =
            db->connection().queryInt(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM rollup_day")
                                          .arg(QLatin1String(column))
                                          .toUtf8()
                                          .constData());
        return v ? Money::fromNanos(*v).toDecimalString() : QStringLiteral("error");
    }
    QString computedTotal()
    {
        return factSum("cost_input + cost_cache_read + cost_cache_write + cost_output");
    }
    QString billedTotal() { return factSum("billed_cost"); }
    bool rollupsAgree()
    {
        return rollupSum("cost_input + cost_cache_read + cost_cache_write + cost_output") ==
                   computedTotal() &&
               rollupSum("billed_cost") == billedTotal() && rollupSum("facts") == factSum("1");
    }

    // Whether `secret` appears anywhere in the database files (main file and WAL).
    bool databaseContains(const QByteArray &secret)
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(db->path() + suffix);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                return true;
        }
        return false;
    }
};

} // namespace tl::test
