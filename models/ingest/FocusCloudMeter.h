#pragma once

#include "domain/UsageFact.h"

#include <QStringList>

#include <functional>
#include <string_view>

namespace tl::ingest {

// The part of a FOCUS row that only Azure's FocusCost and Google Cloud's FOCUS export say in
// their meter text: an Azure OpenAI meter (SkuMeter, with x_PricingBlockSize tokens per pricing
// unit) or a Vertex AI / Gemini SKU description (SkuMeter, ChargeDescription or
// x_SkuDescription) names the model, the token kind, the tier, the modality and long context
// (domain/AzureMeter, domain/GoogleSku). Rows of other providers are not matched.
struct FocusCloudMeter
{
    bool matched = false;
    QString model;
    QString serviceTier = QStringLiteral("standard");
    TokenCounts tokens;
    QStringList tags;  // cost_line, deployment, context_window, …
    QString problemField; // set when the row is one of these but unreadable
    QString problem;

    // `cell` returns a column's text ("" when absent or null); `provider` is the row's
    // provider id (azure, google, …).
    static FocusCloudMeter read(const std::function<std::string_view(const char *)> &cell,
                                const QString &provider);
};

} // namespace tl::ingest
