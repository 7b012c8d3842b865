#include "store/ledger/LedgerChanges.h"

#include "store/ledger/CopyText.h"
#include "store/ledger/LedgerFactRow.h"
#include "store/ledger/PgConnection.h"

#include <algorithm>
#include <vector>

namespace tl::store::ledger {

Result<LedgerChanges::Read> LedgerChanges::read(std::int64_t since, const Removed &removed, const Changed &changed)
{
    Read result;
    result.last = since;
    if (Status s = m_conn.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !s)
        return s.error();
    auto fail = [this](const Error &e) -> Result<Read> {
        (void)m_conn.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    // A later pull reads the tail of the change sequence: through each partition's change
    // index, whatever the planner believes. Right after a bulk load, before autovacuum has
    // analysed the new rows, it guesses a third of every partition and scans them all (0.8 s
    // per million facts for nothing new, measured with tests/bench/ledger-bench.sh).
    if (since > 0) {
        if (Status s = m_conn.exec(QStringLiteral("SET LOCAL enable_seqscan = off")); !s)
            return fail(s.error());
    }
    std::vector<CopyText::Field> fields;
    const QString after = QString::number(since); // an integer: safe inside the COPY text

    std::vector<QString> keys;
    auto flushKeys = [&]() -> Status {
        if (keys.empty())
            return {};
        Status s = removed(keys);
        result.removed += std::int64_t(keys.size());
        keys.clear();
        return s;
    };
    Status s = m_conn.copyOut(
        QStringLiteral("COPY (SELECT change_seq, record_key FROM fact_tombstone WHERE change_seq > %1) TO STDOUT")
            .arg(after),
        [&](const char *row, int length) -> Status {
            if (!CopyText::split(row, length, fields) || fields.size() != 2)
                return Error{tr("The ledger sent a removal this version cannot read.")};
            result.last = std::max<std::int64_t>(result.last, fields[0].bytes.toLongLong());
            keys.push_back(QString::fromUtf8(fields[1].bytes));
            if (keys.size() >= std::size_t(m_chunkSize))
                return flushKeys();
            return {};
        });
    if (s)
        s = flushKeys();
    if (!s)
        return fail(s.error());

    std::vector<UsageFact> facts;
    facts.reserve(std::size_t(m_chunkSize));
    auto flushFacts = [&]() -> Status {
        if (facts.empty())
            return {};
        Status st = changed(facts);
        result.changed += std::int64_t(facts.size());
        facts.clear();
        return st;
    };
    s = m_conn.copyOut(QStringLiteral("COPY (SELECT %1, change_seq FROM fact WHERE change_seq > %2) TO STDOUT")
                           .arg(QLatin1String(LedgerFactRow::columnList()), after),
                       [&](const char *row, int length) -> Status {
                           if (!CopyText::split(row, length, fields) ||
                               fields.size() != std::size_t(LedgerFactRow::kColumns + 1))
                               return Error{tr("The ledger sent a fact this version cannot read.")};
                           auto fact = LedgerFactRow::parse(fields);
                           if (!fact)
                               return Error{tr("The ledger sent a fact this version cannot read.")};
                           result.last = std::max<std::int64_t>(result.last, fields.back().bytes.toLongLong());
                           facts.push_back(std::move(*fact));
                           if (facts.size() >= std::size_t(m_chunkSize))
                               return flushFacts();
                           return {};
                       });
    if (s)
        s = flushFacts();
    if (!s)
        return fail(s.error());
    if (Status c = m_conn.exec(QStringLiteral("COMMIT")); !c)
        return c.error();
    return result;
}

} // namespace tl::store::ledger
