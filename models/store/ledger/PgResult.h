#pragma once

#include <QString>

#include <cstdint>

struct pg_result;

namespace tl::store::ledger {

// One result of a libpq query, owned (PQclear on destruction). Values are read as text, the
// way libpq hands them over without a binary format.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result) : m_result(result) {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    std::int64_t int64(int row, int column) const; // 0 for NULL
    // Rows a command touched (INSERT, UPDATE, DELETE, COPY).
    std::int64_t affected() const;

    pg_result *get() const { return m_result; }

private:
    pg_result *m_result = nullptr;
};

} // namespace tl::store::ledger
