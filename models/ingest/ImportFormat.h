#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tl::ingest {

// The file formats TokenLedger imports (product spec §2.2). The names are those of the
// command line's --format option and of import_batch.source.
enum class ImportFormat
{
    LiteLlm,     // LiteLLM proxy spend logs (LiteLLM_SpendLogs rows), JSON lines or CSV
    OpenAiBatch, // OpenAI Batch API output JSONL
    Bedrock,     // Amazon Bedrock model-invocation logs, JSON lines (optionally gzip)
    Langfuse,    // Langfuse observation exports, JSON lines or a JSON array
    Focus,       // FOCUS 1.0–1.3 cost exports, CSV (optionally gzip)
    AwsCur,      // AWS Cost and Usage Reports (CUR 2.0 and legacy), CSV (optionally gzip)
    Csv,         // any other CSV, through a saved column mapping
};

QString formatName(ImportFormat f);
// Accepts the names above; nullopt for anything else (including "auto").
std::optional<ImportFormat> formatFromName(const QString &name);
QStringList allFormatNames();
// Human-readable, translatable ("LiteLLM spend logs").
QString formatLabel(ImportFormat f);

} // namespace tl::ingest
