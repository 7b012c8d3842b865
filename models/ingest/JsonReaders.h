#pragma once

#include "ingest/RecordReader.h"

#include <nlohmann/json_fwd.hpp>

#include <QHash>
#include <QString>

namespace tl::ingest {

// A JSON-lines reader that parses each line as a document (for formats whose lines are
// small enough, or rare enough, that a full parse is no bottleneck).
class JsonDocumentReader : public JsonLinesReader
{
public:
    using JsonLinesReader::JsonLinesReader;

protected:
    ReadStep readLine(std::string_view line, UsageFact &fact, ReadProblem &problem) override;
    virtual ReadStep readObject(const nlohmann::json &obj, UsageFact &fact, ReadProblem &problem) = 0;
    StringCache m_strings;
};

// OpenAI Batch API output (billing-formats.md §1.6): one BatchRequestOutput per line. Costs
// are at the batch tier. The model comes from the response body, or from the batch's input
// file (custom_id → body.model) when the body has none.
class OpenAiBatchReader : public JsonDocumentReader
{
public:
    OpenAiBatchReader(text::LineSource &source, const QString &inputFile);
    Status start() override;

protected:
    ReadStep readObject(const nlohmann::json &obj, UsageFact &fact, ReadProblem &problem) override;

private:
    QString m_inputFile;
    QHash<QString, QString> m_modelByCustomId;
};

// Amazon Bedrock model-invocation logs (billing-formats.md §4a), one record per line.
class BedrockReader : public JsonDocumentReader
{
public:
    using JsonDocumentReader::JsonDocumentReader;

protected:
    ReadStep readObject(const nlohmann::json &obj, UsageFact &fact, ReadProblem &problem) override;
};

// Langfuse observations (billing-formats.md §4d): JSON lines of ObservationsView objects, or
// one JSON document holding an array of them (or the API's {"data": [...]} page). Only
// GENERATION observations carry usage; spans and events are skipped.
class LangfuseReader : public JsonDocumentReader
{
public:
    explicit LangfuseReader(text::LineSource &source);
    ~LangfuseReader() override;
    ReadStep next(UsageFact &fact, ReadProblem &problem) override;

protected:
    ReadStep readObject(const nlohmann::json &obj, UsageFact &fact, ReadProblem &problem) override;

private:
    // Set when the file is one JSON document: its observations, read one by one.
    struct Document;
    std::unique_ptr<Document> m_document;
    bool m_started = false;
};

} // namespace tl::ingest
