#pragma once

#include "domain/UsageFact.h"
#include "store/ledger/CopyText.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace tl::store::ledger {

// A usage fact as a row of the ledger's `fact` table, in COPY text format: the columns every
// fact has (kColumns, named by columnList()), without the ledger's own batch_id and
// change_seq.
class LedgerFactRow
{
public:
    static constexpr int kColumns = 44;

    // "start_ts, record_key, …, billed_list_cost", in the order of append() and parse().
    static const char *columnList();
    // The same with their types ("start_ts bigint, record_key text, …"), for a stage table.
    static const char *columnDefinitions();
    static void append(QByteArray &out, const UsageFact &fact);
    // The fact of the first kColumns fields; nothing when a field is not what it should be.
    static std::optional<UsageFact> parse(const std::vector<CopyText::Field> &fields);
};

} // namespace tl::store::ledger
