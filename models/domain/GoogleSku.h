#pragma once

#include "domain/UsageFact.h"

#include <QString>

namespace tl {

// What a Google Cloud SKU description of Vertex AI or the Gemini API says, such as
// "Gemini 2.5 Pro Text Input - Predictions", "Gemini 2.5 Flash Audio Input Cached",
// "Gemini 2.5 Pro Long Context Text Output", "Claude Sonnet 4 Output Tokens" or
// "Generate content input token count Gemini 2.0 Flash": the model, the token kind, the
// modality, long context and batch. Matched on words (docs/formats.md has the table).
struct GoogleSku
{
    enum class Kind
    {
        Other, // not a token SKU (cache storage, tuning, characters, grounding, …): billed only
        Input,
        CachedInput,
        Output,
    };
    enum class Modality
    {
        Text,
        Image,
        Audio,
        Video,
    };

    QString model; // "gemini-2.5-pro", "gemini-2.0-flash-lite", "claude-sonnet-4"; "" when none
    Kind kind = Kind::Other;
    Modality modality = Modality::Text;
    bool longContext = false; // the SKU of requests beyond the long-context threshold
    QString tier = QStringLiteral("standard"); // standard or batch
    bool characters = false;  // priced per character, not per token

    bool isTokens() const { return kind != Kind::Other && !characters; }
    // Adds `n` tokens of this SKU: to the kind's total and to the modality's part of it
    // (text is the rest, docs/formats.md "Units").
    void addTo(TokenCounts &t, std::int64_t n) const;

    static GoogleSku parse(const QString &description);
};

} // namespace tl
