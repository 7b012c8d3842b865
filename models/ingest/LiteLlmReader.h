#pragma once

#include "text/CsvParser.h"
#include "ingest/RecordReader.h"

#include <string>
#include <string_view>

namespace tl::ingest {

// The columns of a LiteLLM_SpendLogs row TokenLedger uses, as text (JSON values or CSV
// cells; `metadata` and `request_tags` hold JSON), viewed where they are: in a JSON line or in
// a LiteLlmRow.
struct LiteLlmFields
{
    std::string_view requestId, startTime, model, modelGroup, provider, apiKey, user, endUser, team,
        organization, spend, promptTokens, completionTokens, cacheHit, cacheKey, metadata, requestTags;
};

// The same columns held as strings (a CSV record, a row of the proxy's database).
struct LiteLlmRow
{
    std::string requestId, startTime, model, modelGroup, provider, apiKey, user, endUser, team,
        organization, spend, promptTokens, completionTokens, cacheHit, cacheKey, metadata, requestTags;
    bool metadataIsObject = false;
    void clear();
    LiteLlmFields fields() const;
};

// Converts a spend-log row into a fact: the part shared by the JSON and the CSV reader.
class LiteLlmConverter
{
public:
    // Returns Fact or Rejected (problem.field/reason filled; the caller sets the line).
    LiteLlmConverter();
    ReadStep convert(const LiteLlmFields &row, UsageFact &fact, ReadProblem &problem);
    ReadStep convert(const LiteLlmRow &row, UsageFact &fact, ReadProblem &problem)
    {
        return convert(row.fields(), fact, problem);
    }

private:
    StringCache m_strings;
    StringCache m_providers; // provider names as written → provider ids
    StringCache m_tagSets;   // request_tags as written → canonical tag sets
    std::string m_scratch;
};

// LiteLLM spend logs as JSON lines: one LiteLLM_SpendLogs row per line, as an object.
class LiteLlmJsonReader : public JsonLinesReader
{
public:
    using JsonLinesReader::JsonLinesReader;

protected:
    ReadStep readLine(std::string_view line, UsageFact &fact, ReadProblem &problem) override;

private:
    LiteLlmRow m_decoded; // per column: its value with escapes resolved, when it had any
    LiteLlmConverter m_converter;
};

// LiteLLM spend logs as CSV, with a header row naming the LiteLLM_SpendLogs columns.
class LiteLlmCsvReader : public RecordReader
{
public:
    explicit LiteLlmCsvReader(text::LineSource &source) : RecordReader(source), m_csv(source) {}
    Status start() override;
    ReadStep next(UsageFact &fact, ReadProblem &problem) override;

private:
    text::CsvParser m_csv;
    text::CsvHeader m_header;
    LiteLlmRow m_row;
    LiteLlmConverter m_converter;
    std::vector<std::string> m_fields;
};

} // namespace tl::ingest
