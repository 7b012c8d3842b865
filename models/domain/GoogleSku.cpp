#include "domain/GoogleSku.h"

#include <QRegularExpression>

namespace tl {

namespace {

bool hasWord(const QString &text, const char *word)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QLatin1String(word)));
    return re.match(text).hasMatch();
}

QString geminiModel(const QString &text)
{
    // "gemini 2.5 flash lite", "gemini-2.0-flash-001", "gemini 1.5 pro"
    static const QRegularExpression re(QStringLiteral(
        "\\bgemini[ -]?(\\d+(?:\\.\\d+)?)[ -]+(pro|flash|ultra|nano)(?:[ -]+(lite|image|live))?\\b"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    QString id = QStringLiteral("gemini-%1-%2").arg(m.captured(1), m.captured(2));
    if (!m.captured(3).isEmpty())
        id += u'-' + m.captured(3);
    return id;
}

QString claudeModel(const QString &text)
{
    // Newer names put the version last ("claude sonnet 4", "claude opus 4.1"), older ones
    // first ("claude 3.5 sonnet", "claude 3 haiku"); catalog ids use dashes for dots.
    static const QRegularExpression newer(
        QStringLiteral("\\bclaude[ -]+(opus|sonnet|haiku)[ -]+(\\d+(?:\\.\\d+)?)\\b"));
    static const QRegularExpression older(
        QStringLiteral("\\bclaude[ -]+(\\d+(?:\\.\\d+)?)[ -]+(opus|sonnet|haiku)\\b"));
    if (const auto m = newer.match(text); m.hasMatch())
        return QStringLiteral("claude-%1-%2").arg(m.captured(1), QString(m.captured(2)).replace(u'.', u'-'));
    if (const auto m = older.match(text); m.hasMatch())
        return QStringLiteral("claude-%1-%2").arg(QString(m.captured(1)).replace(u'.', u'-'), m.captured(2));
    return {};
}

} // namespace

void GoogleSku::addTo(TokenCounts &t, std::int64_t n) const
{
    std::int64_t *total = nullptr;
    std::int64_t *part = nullptr;
    switch (kind) {
    case Kind::Input:
        total = &t.uncachedInput;
        part = modality == Modality::Audio   ? &t.audioInput
               : modality == Modality::Image ? &t.imageInput
               : modality == Modality::Video ? &t.videoInput
                                             : nullptr;
        break;
    case Kind::CachedInput:
        total = &t.cacheRead;
        part = modality == Modality::Audio   ? &t.audioCacheRead
               : modality == Modality::Image ? &t.imageCacheRead
               : modality == Modality::Video ? &t.videoCacheRead
                                             : nullptr;
        break;
    case Kind::Output:
        total = &t.output;
        part = modality == Modality::Audio   ? &t.audioOutput
               : modality == Modality::Image ? &t.imageOutput
               : modality == Modality::Video ? &t.videoOutput
                                             : nullptr;
        break;
    case Kind::Other:
        break;
    }
    if (total)
        *total += n;
    if (part)
        *part += n;
}

GoogleSku GoogleSku::parse(const QString &description)
{
    GoogleSku s;
    QString text = description.trimmed().toLower();
    text.replace(u'_', u' ');
    s.model = geminiModel(text);
    if (s.model.isEmpty())
        s.model = claudeModel(text);

    const bool input = hasWord(text, "input") || hasWord(text, "prompt");
    const bool output = hasWord(text, "output") || hasWord(text, "response") ||
                        hasWord(text, "thinking") || hasWord(text, "completion");
    const bool cached = hasWord(text, "cached") || hasWord(text, "cache") ||
                        hasWord(text, "caching");
    const bool storage = hasWord(text, "storage") || text.contains(QLatin1String("per hour"));
    s.characters = hasWord(text, "characters") || hasWord(text, "character");
    if (cached && storage)
        s.kind = Kind::Other; // keeping a cache costs per token-hour: billed only
    else if (cached && !output)
        s.kind = Kind::CachedInput;
    else if (output)
        s.kind = Kind::Output;
    else if (input)
        s.kind = Kind::Input;
    if (hasWord(text, "audio"))
        s.modality = Modality::Audio;
    else if (hasWord(text, "image") && !s.model.endsWith(QLatin1String("-image")))
        s.modality = Modality::Image;
    else if (hasWord(text, "video"))
        s.modality = Modality::Video;
    s.longContext = text.contains(QLatin1String("long context")) ||
                    text.contains(QLatin1String("long input")) ||
                    text.contains(QLatin1String("long output")) || text.contains(u'>') ||
                    text.contains(QLatin1String("above 200k")) ||
                    text.contains(QLatin1String("over 200k"));
    if (hasWord(text, "batch"))
        s.tier = QStringLiteral("batch");
    return s;
}

} // namespace tl
