#include "ingest/ImportFormat.h"

#include <QCoreApplication>

namespace tl::ingest {

namespace {
struct Entry
{
    ImportFormat format;
    const char *name;
};
constexpr Entry kFormats[] = {
    {ImportFormat::LiteLlm, "litellm"},   {ImportFormat::OpenAiBatch, "openai-batch"},
    {ImportFormat::Bedrock, "bedrock"},   {ImportFormat::Langfuse, "langfuse"},
    {ImportFormat::Focus, "focus"},       {ImportFormat::AwsCur, "aws-cur"},
    {ImportFormat::Csv, "csv"},
};
} // namespace

QString formatName(ImportFormat f)
{
    for (const Entry &e : kFormats) {
        if (e.format == f)
            return QString::fromLatin1(e.name);
    }
    return {};
}

std::optional<ImportFormat> formatFromName(const QString &name)
{
    for (const Entry &e : kFormats) {
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.format;
    }
    return std::nullopt;
}

QStringList allFormatNames()
{
    QStringList out;
    for (const Entry &e : kFormats)
        out << QString::fromLatin1(e.name);
    return out;
}

QString formatLabel(ImportFormat f)
{
    switch (f) {
    case ImportFormat::LiteLlm:
        return QCoreApplication::translate("tl::ingest::ImportFormat", "LiteLLM spend logs");
    case ImportFormat::OpenAiBatch:
        return QCoreApplication::translate("tl::ingest::ImportFormat", "OpenAI Batch output");
    case ImportFormat::Bedrock:
        return QCoreApplication::translate("tl::ingest::ImportFormat",
                                           "Amazon Bedrock invocation logs");
    case ImportFormat::Langfuse:
        return QCoreApplication::translate("tl::ingest::ImportFormat", "Langfuse observations");
    case ImportFormat::Focus:
        return QCoreApplication::translate("tl::ingest::ImportFormat", "FOCUS cost export");
    case ImportFormat::AwsCur:
        return QCoreApplication::translate("tl::ingest::ImportFormat", "AWS Cost and Usage Report");
    case ImportFormat::Csv:
        return QCoreApplication::translate("tl::ingest::ImportFormat", "CSV with a column mapping");
    }
    return {};
}

} // namespace tl::ingest
