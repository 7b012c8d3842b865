#include "ingest/JsonScan.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tl::ingest {

namespace {

// The first of '"', '{', '}', '[', ']' in [p, end), or end.
inline const char *findStructural(const char *p, const char *end)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    const __m128i openSquare = _mm_set1_epi8('[');
    const __m128i closeSquare = _mm_set1_epi8(']');
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i braces = _mm_or_si128(_mm_cmpeq_epi8(x, open), _mm_cmpeq_epi8(x, close));
        const __m128i squares =
            _mm_or_si128(_mm_cmpeq_epi8(x, openSquare), _mm_cmpeq_epi8(x, closeSquare));
        const int m = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_or_si128(braces, squares)));
        if (m != 0)
            return p + __builtin_ctz(unsigned(m));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '{' && *p != '}' && *p != '[' && *p != ']')
        ++p;
    return p;
}

} // namespace

const char *JsonScan::skipNested(const char *p, const char *end)
{
    // p points at '{' or '['; skips to after the matching bracket.
    int depth = 0;
    char stack[128];
    for (;;) {
        p = findStructural(p, end);
        if (p == end)
            return nullptr;
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
        } else {
            if (depth == 0 || stack[depth - 1] != c)
                return nullptr;
            if (--depth == 0)
                return p + 1;
        }
        ++p;
    }
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
