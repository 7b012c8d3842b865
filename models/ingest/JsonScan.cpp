#include "ingest/JsonScan.h"

#include <cstring>

namespace tl::ingest {

const char *JsonScan::scanString(const char *p, const char *end, Value &v)
{
    // p points at the opening quote.
    const char *s = ++p;
    bool escaped = false;
    for (;;) {
        const void *q = std::memchr(p, '"', static_cast<std::size_t>(end - p));
        if (!q)
            return nullptr;
        const char *quote = static_cast<const char *>(q);
        // Count the backslashes before the quote: an odd number escapes it.
        const char *b = quote;
        while (b > s && b[-1] == '\\')
            --b;
        if (quote != b)
            escaped = true;
        if (((quote - b) & 1) == 0) {
            if (!escaped && std::memchr(s, '\\', static_cast<std::size_t>(quote - s)))
                escaped = true;
            v.kind = Kind::String;
            v.raw = std::string_view(s, static_cast<std::size_t>(quote - s));
            v.escaped = escaped;
            return quote + 1;
        }
        p = quote + 1;
    }
}

const char *JsonScan::skipNested(const char *p, const char *end)
{
    // p points at '{' or '['; skips to after the matching bracket.
    int depth = 0;
    char stack[128];
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            Value dummy;
            p = scanString(p, end, dummy);
            if (!p)
                return nullptr;
            continue;
        }
        if (c == '{' || c == '[') {
            if (depth == int(sizeof stack))
                return nullptr;
            stack[depth++] = c == '{' ? '}' : ']';
        } else if (c == '}' || c == ']') {
            if (depth == 0 || stack[depth - 1] != c)
                return nullptr;
            if (--depth == 0)
                return p + 1;
        }
        ++p;
    }
    return nullptr;
}

const char *JsonScan::scanValue(const char *p, const char *end, Value &v)
{
    if (p == end)
        return nullptr;
    const char c = *p;
    if (c == '"')
        return scanString(p, end, v);
    if (c == '{' || c == '[') {
        const char *after = skipNested(p, end);
        if (!after)
            return nullptr;
        v.kind = c == '{' ? Kind::Object : Kind::Array;
        v.raw = std::string_view(p, static_cast<std::size_t>(after - p));
        return after;
    }
    auto literal = [&](const char *word, std::size_t n, Kind k) -> const char * {
        if (static_cast<std::size_t>(end - p) < n || std::memcmp(p, word, n) != 0)
            return nullptr;
        v.kind = k;
        v.raw = std::string_view(p, n);
        return p + n;
    };
    if (c == 't')
        return literal("true", 4, Kind::True);
    if (c == 'f')
        return literal("false", 5, Kind::False);
    if (c == 'n')
        return literal("null", 4, Kind::Null);
    const char *s = p;
    if (*p == '-')
        ++p;
    if (p == end || *p < '0' || *p > '9')
        return nullptr;
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E'
                       || *p == '+' || *p == '-'))
        ++p;
    v.kind = Kind::Number;
    v.raw = std::string_view(s, static_cast<std::size_t>(p - s));
    return p;
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}
} // namespace

bool JsonScan::decodeInto(const Value &v, std::string &out)
{
    out.clear();
    if (v.kind != Kind::String)
        return false;
    if (!v.escaped) {
        out.assign(v.raw);
        return true;
    }
    const std::string_view s = v.raw;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (++i == s.size())
            return false;
        switch (s[i]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            auto hex4 = [&](std::size_t at, unsigned &cp) {
                if (at + 4 > s.size())
                    return false;
                cp = 0;
                for (std::size_t k = at; k < at + 4; ++k) {
                    const int h = hexValue(s[k]);
                    if (h < 0)
                        return false;
                    cp = cp * 16 + unsigned(h);
                }
                return true;
            };
            unsigned cp = 0;
            if (!hex4(i + 1, cp))
                return false;
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < s.size() + 0 && s[i + 1] == '\\'
                && s[i + 2] == 'u') {
                unsigned lo = 0;
                if (hex4(i + 3, lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default: return false;
        }
    }
    return true;
}

std::string JsonScan::decode(const Value &v)
{
    std::string out;
    decodeInto(v, out);
    return out;
}

} // namespace tl::ingest
