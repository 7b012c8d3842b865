#pragma once

#include "ingest/CsvMapping.h"
#include "text/CsvParser.h"
#include "ingest/RecordReader.h"

#include <QByteArray>
#include <QHash>

namespace tl::ingest {

// ASCII lower case.
std::string asciiLower(std::string_view s);
// Tokens per unit of a quantity: "Tokens" 1, "1000 Tokens" / "1K Tokens" 1000,
// "1000000 Tokens" / "1M Tokens" 1e6. 0 when the unit does not count tokens.
std::int64_t tokenBlock(std::string_view unit);
// quantity × block as a whole token count (rounded); false, with why, when malformed or out of range.
bool scaledTokens(std::string_view quantity, std::int64_t block, std::int64_t &out, QString &why);

// Common part of the CSV readers: header, records, and content keys for sources without a
// record id (a hash of the identifying cells, plus the occurrence number of that content in
// the file, so two equal rows of one file stay two facts, and a re-import finds both).
class CsvRecordReader : public RecordReader
{
public:
    explicit CsvRecordReader(text::LineSource &source) : RecordReader(source), m_csv(source) {}
    Status start() override;
    ReadStep next(UsageFact &fact, ReadProblem &problem) override;

protected:
    virtual Status checkHeader() = 0;
    virtual ReadStep readRecord(const std::vector<std::string> &fields, UsageFact &fact,
                                ReadProblem &problem) = 0;
    ReadStep bad(ReadProblem &problem, const QString &field, const QString &reason);
    QString contentKey(const QString &prefix, const QByteArray &content);

    text::CsvParser m_csv;
    text::CsvHeader m_header;

private:
    std::vector<std::string> m_fields;
    QHash<QByteArray, int> m_seen;
};

// FOCUS 1.0–1.3 cost exports (AWS, Azure, Google and LLM vendors), TokenLedger's own FOCUS export included.
class FocusReader : public CsvRecordReader
{
public:
    using CsvRecordReader::CsvRecordReader;

protected:
    Status checkHeader() override;
    ReadStep readRecord(const std::vector<std::string> &fields, UsageFact &fact,
                        ReadProblem &problem) override;

private:
    std::string_view get(const std::vector<std::string> &fields, const char *column) const;
};

// Any CSV, read through a user-defined column mapping.
class MappedCsvReader : public CsvRecordReader
{
public:
    MappedCsvReader(text::LineSource &source, CsvMapping mapping)
        : CsvRecordReader(source), m_mapping(std::move(mapping))
    {
    }

protected:
    Status checkHeader() override;
    ReadStep readRecord(const std::vector<std::string> &fields, UsageFact &fact,
                        ReadProblem &problem) override;

private:
    CsvMapping m_mapping;
    QHash<CsvMapping::Field, int> m_columns;
};

} // namespace tl::ingest
