#pragma once

#include "ingest/CsvMapping.h"
#include "text/CsvParser.h"
#include "ingest/RecordReader.h"

#include <QByteArray>
#include <QHash>

namespace tl::ingest {

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

// FOCUS 1.0–1.2 cost exports (focus.md), TokenLedger's own FOCUS export included.
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
