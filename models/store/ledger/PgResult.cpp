#include "store/ledger/PgResult.h"

#include <libpq-fe.h>

#include <cstdlib>

namespace tl::store::ledger {

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

std::int64_t PgResult::int64(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    return std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

std::int64_t PgResult::affected() const
{
    if (!m_result)
        return 0;
    return std::strtoll(PQcmdTuples(m_result), nullptr, 10);
}

} // namespace tl::store::ledger
