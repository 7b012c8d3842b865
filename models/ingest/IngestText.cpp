#include "ingest/IngestText.h"

#include "domain/Limits.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace tl::ingest {

namespace {

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::optional<std::int64_t> parseTimestamp(std::string_view text)
{
    std::string_view s = trim(text);
    if (s.empty())
        return std::nullopt;
    // Unix time: all digits — seconds (up to 10 digits), milliseconds (13) or microseconds
    // (16); other lengths are ambiguous and refused.
    if (s.find_first_not_of("0123456789") == std::string_view::npos) {
        if (s.size() > 16 || (s.size() > 10 && s.size() != 13 && s.size() != 16))
            return std::nullopt;
        std::int64_t v = 0;
        std::from_chars(s.data(), s.data() + s.size(), v);
        return s.size() == 16 ? v / 1000000 : s.size() == 13 ? v / 1000 : v;
    }
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d))
        return std::nullopt;
    static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo < 1 || mo > 12 || d < 1 || d > kDaysInMonth[mo - 1] || (mo == 2 && d == 29 && !leap))
        return std::nullopt; // 2026-02-31 is refused, not rolled over into March
    std::size_t p = 10;
    if (p < s.size() && (s[p] == 'T' || s[p] == 't' || s[p] == ' ')) {
        ++p;
        if (!digits(s, p, 2, h) || p + 2 >= s.size() || s[p + 2] != ':' || !digits(s, p + 3, 2, mi))
            return std::nullopt;
        p += 5;
        if (p < s.size() && s[p] == ':') {
            if (!digits(s, p + 1, 2, sec))
                return std::nullopt;
            p += 3;
        }
        if (h > 23 || mi > 59 || sec > 60)
            return std::nullopt;
        if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            ++p;
            while (p < s.size() && s[p] >= '0' && s[p] <= '9')
                ++p;
        }
    }
    std::int64_t offset = 0;
    std::string_view zone = trim(s.substr(p));
    if (zone.empty() || zone == "Z" || zone == "z" || zone == "UTC") {
    } else if ((zone[0] == '+' || zone[0] == '-') && zone.size() >= 3) {
        int zh = 0, zm = 0;
        if (!digits(zone, 1, 2, zh))
            return std::nullopt;
        std::size_t q = 3;
        if (q < zone.size() && zone[q] == ':')
            ++q;
        if (q < zone.size() && !digits(zone, q, 2, zm))
            return std::nullopt;
        if (q < zone.size() && q + 2 != zone.size())
            return std::nullopt;
        offset = (zh * 3600 + zm * 60) * (zone[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    return daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + sec - offset;
}

IntParse parseCount(std::string_view text, std::int64_t &out, bool allowNegative)
{
    std::string_view s = trim(text);
    if (s.empty())
        return IntParse::Empty;
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc::result_out_of_range)
        return IntParse::TooLarge;
    if (ec == std::errc() && ptr == s.data() + s.size()) {
        if (v < 0 && !allowNegative)
            return IntParse::Negative;
        if (v > limits::kMaxCountPerRecord || v < -limits::kMaxCountPerRecord)
            return IntParse::TooLarge;
        out = v;
        return IntParse::Ok;
    }
    // "12.0", "1.2e3": accept when whole and in range.
    double d = 0;
    const auto [dp, dec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (dec == std::errc::result_out_of_range)
        return IntParse::TooLarge;
    if (dec != std::errc() || dp != s.data() + s.size() || !std::isfinite(d))
        return IntParse::NotANumber;
    if (std::fabs(d) > double(limits::kMaxCountPerRecord))
        return IntParse::TooLarge;
    if (d != std::floor(d))
        return IntParse::Fraction;
    if (d < 0 && !allowNegative)
        return IntParse::Negative;
    out = static_cast<std::int64_t>(d);
    return IntParse::Ok;
}

QString intParseMessage(IntParse r)
{
    switch (r) {
    case IntParse::Ok: return {};
    case IntParse::Empty:
        return QCoreApplication::translate("tl::ingest::IngestText", "is empty");
    case IntParse::NotANumber:
        return QCoreApplication::translate("tl::ingest::IngestText", "is not a number");
    case IntParse::TooLarge:
        return QCoreApplication::translate("tl::ingest::IngestText",
                                           "is too large (more than 10^12, the most TokenLedger "
                                           "accepts in one record)");
    case IntParse::Negative:
        return QCoreApplication::translate("tl::ingest::IngestText", "is negative");
    case IntParse::Fraction:
        return QCoreApplication::translate("tl::ingest::IngestText", "is not a whole number");
    }
    return {};
}

std::optional<Money> parseMoney(std::string_view text)
{
    const std::string_view s = trim(text);
    if (s.empty() || s.size() > 64)
        return std::nullopt;
    // The usual spend, "0.000123": at most nine digits each side of the point, read here
    // exactly as Money::parse reads it, without a QString.
    std::size_t i = 0;
    const bool negative = s[0] == '-';
    if (s[0] == '-' || s[0] == '+')
        ++i;
    std::int64_t units = 0, fraction = 0;
    int unitDigits = 0, fractionDigits = 0;
    bool point = false, plain = true;
    for (; i < s.size() && plain; ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            if (point) {
                plain = ++fractionDigits <= 9;
                fraction = fraction * 10 + (c - '0');
            } else {
                plain = ++unitDigits <= 9;
                units = units * 10 + (c - '0');
            }
        } else if (c == '.' && !point) {
            point = true;
        } else {
            plain = false;
        }
    }
    if (plain && unitDigits + fractionDigits > 0) {
        std::int64_t scale = 1;
        for (int d = fractionDigits; d < 9; ++d)
            scale *= 10;
        const std::int64_t nanos = units * Money::kNanosPerUnit + fraction * scale;
        return Money::fromNanos(negative ? -nanos : nanos);
    }
    return Money::parse(QString::fromLatin1(s.data(), qsizetype(s.size())));
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString providerId(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty())
        return {};
    if (n == u"openai" || n == u"text-completion-openai" || n == u"openai api")
        return QStringLiteral("openai");
    if (n == u"anthropic" || n == u"claude api")
        return QStringLiteral("anthropic");
    if (n == u"bedrock" || n == u"amazon web services" || n == u"aws" || n == u"amazon"
        || n == u"amazon bedrock" || n == u"bedrock_converse")
        return QStringLiteral("bedrock");
    if (n == u"google" || n == u"google cloud" || n == u"vertex_ai" || n == u"vertex ai"
        || n == u"gemini" || n == u"vertex_ai_beta" || n == u"gemini api" || n == u"google ai")
        return QStringLiteral("google");
    if (n == u"azure" || n == u"microsoft" || n == u"microsoft azure" || n == u"azure_ai"
        || n == u"azure openai")
        return QStringLiteral("azure");
    return n;
}

QString providerFromModel(const QString &model)
{
    const QString m = model.toLower();
    if (m.startsWith(u"gpt") || m.startsWith(u"o1") || m.startsWith(u"o3") || m.startsWith(u"o4")
        || m.startsWith(u"text-embedding") || m.startsWith(u"chatgpt") || m.startsWith(u"openai/"))
        return QStringLiteral("openai");
    if (m.startsWith(u"claude") || m.startsWith(u"anthropic/"))
        return QStringLiteral("anthropic");
    if (m.startsWith(u"gemini") || m.startsWith(u"google/"))
        return QStringLiteral("google");
    if (m.startsWith(u"anthropic.") || m.startsWith(u"amazon.") || m.startsWith(u"meta.")
        || m.startsWith(u"us.") || m.startsWith(u"eu.") || m.startsWith(u"arn:aws"))
        return QStringLiteral("bedrock");
    return {};
}

} // namespace tl::ingest
