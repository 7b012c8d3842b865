#pragma once

#include "text/CsvParser.h"
#include "ingest/RecordReader.h"

#include <string>

namespace tl::ingest {

// The columns of a LiteLLM_SpendLogs row TokenLedger uses, as text (JSON values or CSV
// cells; `metadata` and `request_tags` hold JSON).
struct LiteLlmRow
{
    std::string requestId, startTime, model, modelGroup, provider, apiKey, user, endUser, team,
        organization, spend, promptTokens, completionTokens, cacheHit, cacheKey, metadata, requestTags;
    bool metadataIsObject = false;
    void clear();
};

// Converts a spend-log row into a fact: the part shared by the JSON and the CSV reader.
class LiteLlmConverter
{
public:
    // Returns Fact or Rejected (problem.field/reason filled; the caller sets the line).
    LiteLlmConverter();
    ReadStep convert(const LiteLlmRow &row, UsageFact &fact, ReadProblem &problem);

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
    LiteLlmRow m_row;
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
