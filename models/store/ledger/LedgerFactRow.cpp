#include "store/ledger/LedgerFactRow.h"

#include <array>
#include <iterator>

namespace tl::store::ledger {

namespace {

// The counts in column order (after modifiers), of a fact to read (const) or to fill.
template <typename Fact>
auto countsOf(Fact &f)
{
    auto &t = f.tokens;
    return std::array{&t.requests,       &t.uncachedInput, &t.cacheRead,      &t.cacheWrite5m,
            &t.cacheWrite1h,   &t.output,        &t.reasoning,      &t.images,
            &t.audioMillis,    &t.webSearches,   &t.audioInput,     &t.audioCacheRead,
            &t.audioOutput,    &t.imageInput,    &t.imageCacheRead, &t.imageOutput,
            &t.videoInput,     &t.videoCacheRead, &t.videoOutput,   &t.codeExecutions};
}

// The text columns in order (bucket_secs goes in before provider).
template <typename Fact>
auto textsOf(Fact &f)
{
    return std::array{&f.recordKey, &f.provider, &f.model, &f.modelFamily, &f.account, &f.apiKey,
            &f.user,      &f.team,     &f.tags,  &f.region,      &f.serviceTier};
}

bool toInt(const CopyText::Field &field, std::int64_t &out)
{
    if (field.null)
        return false;
    bool ok = false;
    out = field.bytes.toLongLong(&ok);
    return ok;
}

} // namespace

namespace {

// The columns and their types, in the order of append() and parse() (resources/ledger/).
constexpr const char *kColumnDefs[][2] = {
    {"start_ts", "bigint"}, {"record_key", "text"}, {"bucket_secs", "integer"},
    {"provider", "text"}, {"model", "text"}, {"family", "text"}, {"account", "text"},
    {"api_key", "text"}, {"user_name", "text"}, {"team", "text"}, {"tags", "text"},
    {"region", "text"}, {"tier", "text"}, {"modifiers", "integer"}, {"requests", "bigint"},
    {"input_tokens", "bigint"}, {"cache_read_tokens", "bigint"}, {"cache_write_5m_tokens", "bigint"},
    {"cache_write_1h_tokens", "bigint"}, {"output_tokens", "bigint"}, {"reasoning_tokens", "bigint"},
    {"images", "bigint"}, {"audio_ms", "bigint"}, {"web_searches", "bigint"},
    {"audio_input_tokens", "bigint"}, {"audio_cache_read_tokens", "bigint"},
    {"audio_output_tokens", "bigint"}, {"image_input_tokens", "bigint"},
    {"image_cache_read_tokens", "bigint"}, {"image_output_tokens", "bigint"},
    {"video_input_tokens", "bigint"}, {"video_cache_read_tokens", "bigint"},
    {"video_output_tokens", "bigint"}, {"code_executions", "bigint"}, {"cost_input", "bigint"},
    {"cost_cache_read", "bigint"}, {"cost_cache_write", "bigint"}, {"cost_output", "bigint"},
    {"billed_cost", "bigint"}, {"priced", "boolean"}, {"unpriced_units", "bigint"},
    {"prompt_key", "bigint"}, {"cache_hit", "boolean"}, {"billed_list_cost", "bigint"}};
static_assert(std::size(kColumnDefs) == LedgerFactRow::kColumns);

QByteArray joinColumns(bool withTypes)
{
    QByteArray out;
    for (const auto &c : kColumnDefs) {
        if (!out.isEmpty())
            out += ", ";
        out += c[0];
        if (withTypes)
            out += QByteArray(" ") + c[1];
    }
    return out;
}

} // namespace

const char *LedgerFactRow::columnList()
{
    static const QByteArray list = joinColumns(false);
    return list.constData();
}

const char *LedgerFactRow::columnDefinitions()
{
    static const QByteArray defs = joinColumns(true);
    return defs.constData();
}

void LedgerFactRow::append(QByteArray &out, const UsageFact &fact)
{
    const UsageFact &f = fact;
    CopyText::appendInt(out, f.start);
    for (const QString *text : textsOf(f)) {
        CopyText::nextField(out);
        if (text == &f.provider) { // bucket_secs sits between record_key and provider
            CopyText::appendInt(out, static_cast<int>(f.bucket));
            CopyText::nextField(out);
        }
        CopyText::appendText(out, *text);
    }
    CopyText::nextField(out);
    CopyText::appendInt(out, f.modifiers);
    for (const std::int64_t *count : countsOf(f)) {
        CopyText::nextField(out);
        CopyText::appendInt(out, *count);
    }
    for (Money m : {f.cost.uncachedInput, f.cost.cacheRead, f.cost.cacheWrite, f.cost.output}) {
        CopyText::nextField(out);
        CopyText::appendInt(out, m.nanos());
    }
    CopyText::nextField(out);
    if (f.billedCost)
        CopyText::appendInt(out, f.billedCost->nanos());
    else
        CopyText::appendNull(out);
    CopyText::nextField(out);
    CopyText::appendBool(out, f.priced);
    CopyText::nextField(out);
    CopyText::appendInt(out, f.unpricedUnits);
    CopyText::nextField(out);
    CopyText::appendInt(out, f.promptKey);
    CopyText::nextField(out);
    CopyText::appendBool(out, f.cacheHit);
    CopyText::nextField(out);
    if (f.billedListCost)
        CopyText::appendInt(out, f.billedListCost->nanos());
    else
        CopyText::appendNull(out);
    CopyText::endRow(out);
}

std::optional<UsageFact> LedgerFactRow::parse(const std::vector<CopyText::Field> &fields)
{
    if (fields.size() < std::size_t(kColumns))
        return std::nullopt;
    UsageFact f;
    std::size_t i = 0;
    std::int64_t v = 0;
    if (!toInt(fields[i++], f.start))
        return std::nullopt;
    for (QString *text : textsOf(f)) {
        if (text == &f.provider) {
            if (!toInt(fields[i++], v))
                return std::nullopt;
            f.bucket = static_cast<BucketWidth>(v);
        }
        if (fields[i].null)
            return std::nullopt;
        *text = QString::fromUtf8(fields[i++].bytes);
    }
    if (!toInt(fields[i++], v))
        return std::nullopt;
    f.modifiers = int(v);
    for (std::int64_t *count : countsOf(f))
        if (!toInt(fields[i++], *count))
            return std::nullopt;
    for (Money *m : {&f.cost.uncachedInput, &f.cost.cacheRead, &f.cost.cacheWrite, &f.cost.output}) {
        if (!toInt(fields[i++], v))
            return std::nullopt;
        *m = Money::fromNanos(v);
    }
    if (!fields[i].null) {
        if (!toInt(fields[i], v))
            return std::nullopt;
        f.billedCost = Money::fromNanos(v);
    }
    ++i;
    f.priced = fields[i++].bytes == "t";
    if (!toInt(fields[i++], f.unpricedUnits))
        return std::nullopt;
    if (!toInt(fields[i++], f.promptKey))
        return std::nullopt;
    f.cacheHit = fields[i++].bytes == "t";
    if (!fields[i].null) {
        if (!toInt(fields[i], v))
            return std::nullopt;
        f.billedListCost = Money::fromNanos(v);
    }
    ++i;
    return f;
}

} // namespace tl::store::ledger
