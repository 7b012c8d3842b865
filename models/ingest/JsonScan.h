#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tl::ingest {

// A small, allocation-free JSON scanner for the hot path of line-oriented imports: it walks
// the members of one object and hands out each value as raw text, which the caller decodes
// only for the keys it needs. Values it does not decode are still checked for balanced
// brackets and terminated strings, so a truncated or garbled line is refused.
class JsonScan
{
public:
    enum class Kind { String, Number, Object, Array, True, False, Null };

    struct Value
    {
        Kind kind = Kind::Null;
        std::string_view raw; // strings without their quotes, still escaped
        bool escaped = false; // a string with backslash escapes
    };

    // Calls f(std::string_view key, const Value &value) for each member of the object in
    // `text` (leading/trailing white space allowed); f returns false to stop early.
    // Returns false when the text is not a well-formed object.
    template <typename F>
    static bool forEachMember(std::string_view text, F &&f);

    // forEachMember, walking into some objects in place instead of handing them over whole:
    // for a member whose value is an object and `descend(depth, key)` says yes, f is called for
    // each of that object's members (at depth + 1), so no text is scanned twice. f(int depth,
    // std::string_view key, const Value &value); depth is 0 for the members of `text`. An
    // object walked into that is not well-formed is treated as forEachMember treats a value
    // it hands over: its members up to the fault have been seen, and the walk goes on after
    // it when its brackets balance. Returns false when `text` is not a well-formed object.
    template <typename Descend, typename F>
    static bool forEachMemberDeep(std::string_view text, Descend &&descend, F &&f);

    // A string value decoded to UTF-8 (escapes resolved); empty for other kinds.
    static std::string decode(const Value &v);
    static bool decodeInto(const Value &v, std::string &out);

private:
    static const char *skipSpace(const char *p, const char *end)
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
        return p;
    }
    // The first '"' or '\\' in [p, end), or end: 16 bytes at a time where SSE2 is there (every
    // x86-64), which saves a library call per string of the line.
    static const char *findQuoteOrBackslash(const char *p, const char *end)
    {
#ifdef __SSE2__
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        while (end - p >= 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const int m = _mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
            if (m != 0)
                return p + __builtin_ctz(unsigned(m));
            p += 16;
        }
#endif
        while (p < end && *p != '"' && *p != '\\')
            ++p;
        return p;
    }
    // Parses one value starting at p; returns the position after it or nullptr on error.
    static const char *scanValue(const char *p, const char *end, Value &v);
    static const char *scanString(const char *p, const char *end, Value &v);

    static const char *skipNested(const char *p, const char *end);
    // The members of the object at p ('{'), each through member(key, p) which scans the value at
    // p and returns the position after it (nullptr: not well-formed). Returns the position
    // after the object, or nullptr.
    template <typename Member>
    static const char *walkObject(const char *p, const char *end, Member &&member);
    template <typename Descend, typename F>
    static const char *walkDeep(const char *p, const char *end, int depth, Descend &descend, F &f);
};

inline const char *JsonScan::scanString(const char *p, const char *end, Value &v)
{
    // p points at the opening quote. A backslash escapes the byte after it, so the string ends
    // at the first quote not taken by a backslash.
    const char *s = ++p;
    bool escaped = false;
    for (;;) {
        p = findQuoteOrBackslash(p, end);
        if (p == end)
            return nullptr;
        if (*p == '"') {
            v.kind = Kind::String;
            v.raw = std::string_view(s, static_cast<std::size_t>(p - s));
            v.escaped = escaped;
            return p + 1;
        }
        escaped = true;
        if (end - p < 2)
            return nullptr;
        p += 2;
    }
}

template <typename Member>
const char *JsonScan::walkObject(const char *p, const char *end, Member &&member)
{
    p = skipSpace(p + 1, end);
    if (p < end && *p == '}')
        return p + 1;
    for (;;) {
        if (p == end || *p != '"')
            return nullptr;
        Value key;
        p = scanString(p, end, key);
        if (!p)
            return nullptr;
        p = skipSpace(p, end);
        if (p == end || *p != ':')
            return nullptr;
        p = skipSpace(p + 1, end);
        if (p == end)
            return nullptr;
        p = member(key.raw, p);
        if (!p)
            return nullptr;
        p = skipSpace(p, end);
        if (p == end)
            return nullptr;
        if (*p == ',') {
            p = skipSpace(p + 1, end);
            continue;
        }
        return *p == '}' ? p + 1 : nullptr;
    }
}

template <typename F>
bool JsonScan::forEachMember(std::string_view text, F &&f)
{
    const char *p = text.data();
    const char *end = p + text.size();
    p = skipSpace(p, end);
    if (p == end || *p != '{')
        return false;
    bool stopped = false;
    p = walkObject(p, end, [&](std::string_view key, const char *at) -> const char * {
        Value v;
        at = *at == '"' ? scanString(at, end, v) : scanValue(at, end, v);
        if (at && !stopped && !f(key, static_cast<const Value &>(v)))
            stopped = true; // keep scanning so a broken tail is still noticed
        return at;
    });
    return p && skipSpace(p, end) == end;
}

template <typename Descend, typename F>
const char *JsonScan::walkDeep(const char *p, const char *end, int depth, Descend &descend, F &f)
{
    return walkObject(p, end, [&](std::string_view key, const char *at) -> const char * {
        if (*at == '{' && descend(depth, key)) {
            if (const char *after = walkDeep(at, end, depth + 1, descend, f))
                return after;
            return skipNested(at, end);
        }
        Value v;
        at = *at == '"' ? scanString(at, end, v) : scanValue(at, end, v);
        if (at)
            f(depth, key, static_cast<const Value &>(v));
        return at;
    });
}

template <typename Descend, typename F>
bool JsonScan::forEachMemberDeep(std::string_view text, Descend &&descend, F &&f)
{
    const char *p = text.data();
    const char *end = p + text.size();
    p = skipSpace(p, end);
    if (p == end || *p != '{')
        return false;
    p = walkDeep(p, end, 0, descend, f);
    return p && skipSpace(p, end) == end;
}

} // namespace tl::ingest
