#include "ingest/FocusCloudMeter.h"

#include "domain/AzureMeter.h"
#include "domain/GoogleSku.h"
#include "ingest/CsvReaders.h"

#include <QCoreApplication>

namespace tl::ingest {

namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool contains(std::string_view haystack, const char *needle)
{
    return asciiLower(haystack).find(needle) != std::string::npos;
}

FocusCloudMeter readAzure(const std::function<std::string_view(const char *)> &cell)
{
    FocusCloudMeter out;
    const bool openAi = contains(cell("x_SkuMeterSubcategory"), "openai") ||
                        contains(cell("ServiceName"), "openai") ||
                        contains(cell("x_SkuMeterCategory"), "foundry");
    const AzureMeter meter = AzureMeter::parse(text(cell("SkuMeter")));
    if (!openAi && !(meter.isTokens() && !meter.model.isEmpty()))
        return out;
    out.matched = true;
    out.serviceTier = meter.tier;
    out.tags << QStringLiteral("meter:") + text(cell("SkuMeter"));
    if (!meter.deployment.isEmpty())
        out.tags << QStringLiteral("deployment:") + meter.deployment;
    if (const std::string_view rg = cell("x_ResourceGroupName"); !rg.empty())
        out.tags << QStringLiteral("resource_group:") + text(rg).toLower();
    if (meter.kind == AzureMeter::Kind::Provisioned) {
        out.model = meter.model.isEmpty() ? QStringLiteral("provisioned-throughput") : meter.model;
        out.serviceTier = QStringLiteral("provisioned");
        out.tags << QStringLiteral("cost_line:provisioned_throughput");
        return out;
    }
    if (!meter.isTokens() || meter.model.isEmpty()) {
        out.model = meter.model.isEmpty() ? text(cell("SkuMeter")) : meter.model;
        out.tags << QStringLiteral("cost_line:other");
        return out;
    }
    out.model = meter.model;
    // Tokens: the pricing quantity in blocks of x_PricingBlockSize (1K, 1M), else a consumed
    // quantity whose unit counts tokens, else the consumed quantity as it is.
    std::int64_t block = 0;
    if (const std::string_view b = cell("x_PricingBlockSize"); !b.empty())
        scaledTokens(b, 1, block, out.problem);
    if (block <= 0)
        block = meter.tokensPerUnit;
    if (block <= 0)
        block = tokenBlock(cell("PricingUnit"));
    std::int64_t n = 0;
    QString why;
    bool ok = false;
    if (block > 0 && !cell("PricingQuantity").empty()) {
        ok = scaledTokens(cell("PricingQuantity"), block, n, why);
        out.problemField = QStringLiteral("PricingQuantity");
    } else {
        const std::int64_t consumed = tokenBlock(cell("ConsumedUnit"));
        ok = scaledTokens(cell("ConsumedQuantity"), consumed > 0 ? consumed : 1, n, why);
        out.problemField = QStringLiteral("ConsumedQuantity");
    }
    if (!ok) {
        out.problem = why;
        return out;
    }
    out.problem.clear();
    out.problemField.clear();
    switch (meter.kind) {
    case AzureMeter::Kind::Input: out.tokens.uncachedInput = n; break;
    case AzureMeter::Kind::CachedInput: out.tokens.cacheRead = n; break;
    case AzureMeter::Kind::Output: out.tokens.output = n; break;
    default: break;
    }
    return out;
}

FocusCloudMeter readGoogle(const std::function<std::string_view(const char *)> &cell)
{
    FocusCloudMeter out;
    // The first column whose text names a model; one that names a token kind wins.
    GoogleSku sku;
    for (const char *c : {"SkuMeter", "x_SkuDescription", "ChargeDescription"}) {
        if (cell(c).empty())
            continue;
        const GoogleSku s = GoogleSku::parse(text(cell(c)));
        if (!s.model.isEmpty() && (sku.model.isEmpty() || (s.isTokens() && !sku.isTokens())))
            sku = s;
    }
    if (sku.model.isEmpty())
        return out;
    out.matched = true;
    out.serviceTier = sku.tier;
    if (!cell("SkuId").empty())
        out.tags << QStringLiteral("sku:") + text(cell("SkuId"));
    const std::string unit = asciiLower(cell("ConsumedUnit"));
    const bool countsTokens = unit.empty() || unit == "count" || unit.find("token") != std::string::npos;
    if (!sku.isTokens() || !countsTokens) {
        out.model = sku.model;
        out.tags << QStringLiteral("cost_line:other");
        return out;
    }
    out.model = sku.model;
    const std::int64_t block = tokenBlock(cell("ConsumedUnit"));
    std::int64_t n = 0;
    QString why;
    if (!scaledTokens(cell("ConsumedQuantity"), block > 0 ? block : 1, n, why)) {
        out.problemField = QStringLiteral("ConsumedQuantity");
        out.problem = why;
        return out;
    }
    sku.addTo(out.tokens, n);
    if (sku.longContext)
        out.tags << QStringLiteral("context_window:long");
    return out;
}

} // namespace

FocusCloudMeter FocusCloudMeter::read(const std::function<std::string_view(const char *)> &cell,
                                      const QString &provider)
{
    if (provider == u"azure")
        return readAzure(cell);
    if (provider == u"google")
        return readGoogle(cell);
    return {};
}

} // namespace tl::ingest
