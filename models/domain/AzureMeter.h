#pragma once

#include <QString>

namespace tl {

// What an Azure OpenAI meter name such as "gpt 4o 0806 cchd Inp glbl Tokens",
// "gpt-4o-mini-0718-Batch-Outp-DZone Tokens" or "Provisioned Managed Global Unit" says: the
// model, the token kind, the service tier and the deployment type. Matched on words, not on
// exact names, because Azure renames meters now and then (docs/formats.md has the table).
struct AzureMeter
{
    enum class Kind
    {
        Other,       // not a token meter (fine-tuning hosting, images, …): billed only
        Input,
        CachedInput,
        Output,
        Provisioned, // provisioned throughput units: billed only, a cost line of its own
    };

    QString model;      // catalog-style id: "gpt-4o", "gpt-4.1-mini", "o3-mini"; "" when none
    QString version;    // the model version the meter names ("0806"), else ""
    Kind kind = Kind::Other;
    QString tier = QStringLiteral("standard"); // standard or batch
    QString deployment; // global, datazone, regional, or "" when the meter does not say
    long long tokensPerUnit = 0; // 1000 or 1000000 when the meter names its block, else 0

    bool isTokens() const
    {
        return kind == Kind::Input || kind == Kind::CachedInput || kind == Kind::Output;
    }

    static AzureMeter parse(const QString &meterName);
};

} // namespace tl
