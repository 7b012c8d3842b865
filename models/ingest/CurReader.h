#pragma once

#include "ingest/CsvReaders.h"

#include <array>
#include <functional>

namespace tl::ingest {

// AWS Cost and Usage Reports as CSV (optionally gzip): CUR 2.0 from Data Exports
// (line_item_usage_type, resource_tags as a JSON map, line_item_iam_principal) and the legacy
// CUR (lineItem/UsageType, one resourceTags/user:… column per tag). Amazon Bedrock lines become
// usage: one line per token kind, named by the usage type ("USE1-Claude3.5Sonnet-input-tokens"),
// and Bedrock's other charges (provisioned throughput, …) as billed amounts without tokens;
// other services, taxes, fees and credits are skipped.
// A line's record key is its line item id and time interval, so importing the same report
// again adds nothing.
class CurReader : public CsvRecordReader
{
public:
    using CsvRecordReader::CsvRecordReader;

    // Does a header with these column names belong to a CUR (2.0 or legacy)?
    static bool isCurHeader(const std::function<bool(const char *)> &has);

protected:
    Status checkHeader() override;
    ReadStep readRecord(const std::vector<std::string> &fields, UsageFact &fact,
                        ReadProblem &problem) override;

private:
    enum Field
    {
        Start,
        End,
        LineItemType,
        ProductCode,
        UsageType,
        UsageAmount,
        UnblendedCost,
        Currency,
        PricingUnit,
        UsageAccount,
        ResourceId,
        IamPrincipal,
        LineItemId,
        TimeInterval,
        Region,
        FieldCount
    };
    std::string_view get(const std::vector<std::string> &fields, Field f) const;
    QString name(Field f) const; // the column's name in this file
    QStringList tags(const std::vector<std::string> &fields) const;

    std::array<int, FieldCount> m_columns{};
    bool m_legacy = false;
    int m_resourceTags = -1;                  // CUR 2.0: a JSON map
    int m_tags = -1;                          // CUR 2.0: every tag, IAM principal tags included
    std::vector<std::pair<int, QString>> m_legacyTags; // legacy: resourceTags/user:team → team
};

} // namespace tl::ingest
