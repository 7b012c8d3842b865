#pragma once

#include "text/CsvParser.h"
#include "ingest/JsonScan.h"
#include "ingest/RecordReader.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace tl::ingest {

// What TokenLedger reads from a spend-log row's `metadata` object: the cache and reasoning
// counts of LiteLLM's usage object in it, the API key's alias and the organisation.
struct LiteLlmMetadata
{
    std::int64_t cached = 0;
    std::int64_t written = 0;
    std::int64_t reasoning = 0;
    std::string_view alias, org; // decoded; viewed in the line or in a buffer of the reader
};

// The columns of a LiteLLM_SpendLogs row TokenLedger uses, as text (JSON values or CSV
// cells; `metadata` and `request_tags` hold JSON), viewed where they are: in a JSON line or in
// a LiteLlmRow. A reader that has read the metadata object's members already, as it walked
// the line, hands them over in `metadataRead` (convert() then does not read `metadata`).
struct LiteLlmFields
{
    std::string_view requestId, startTime, model, modelGroup, provider, apiKey, user, endUser, team,
        organization, spend, promptTokens, completionTokens, cacheHit, cacheKey, metadata, requestTags;
    const LiteLlmMetadata *metadataRead = nullptr;
};

// Reads the members of a metadata object into a LiteLlmMetadata, as JsonScan::forEachMemberDeep
// walks it: depth 0 is the metadata object, 1 its usage object, 2 the usage object's token
// details. The alias and organisation are decoded into the buffers when they have escapes.
class LiteLlmMetadataWalk
{
public:
    LiteLlmMetadataWalk(LiteLlmMetadata &m, std::string &aliasBuffer, std::string &orgBuffer)
        : m_m(m), m_aliasBuffer(aliasBuffer), m_orgBuffer(orgBuffer)
    {
    }
    bool descend(int depth, std::string_view key);
    void member(int depth, std::string_view key, const JsonScan::Value &v);

private:
    LiteLlmMetadata &m_m;
    std::string &m_aliasBuffer;
    std::string &m_orgBuffer;
    std::string_view m_details; // the token details object being walked (depth 2)
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
    std::string m_alias, m_org; // decoded metadata texts, for rows whose metadata it reads
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
    std::string m_alias, m_org; // the metadata's, likewise
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
