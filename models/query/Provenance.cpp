#include "query/Provenance.h"

#include "store/UsageReader.h"

#include <QCoreApplication>

#include <limits>

namespace tl::query {

namespace {

struct ProvenanceTr
{
    Q_DECLARE_TR_FUNCTIONS(tl::query::Provenance)
};

void addUnique(QStringList &list, const QString &name)
{
    if (!name.isEmpty() && !list.contains(name))
        list << name;
}

// How a source that is not a billing API presents its costs.
enum class Role
{
    None,     // carries no cost (Bedrock invocation logs, OpenAI Batch output)
    Reported, // a log's own estimate
    Billed    // a bill: the provider's, named by provider
};

Role roleOf(const QString &source)
{
    if (source == u"bedrock" || source == u"openai-batch")
        return Role::None;
    if (source == u"demo" || source == u"focus" || source == u"aws-cur")
        return Role::Billed;
    return Role::Reported;
}

QString reportedName(const QString &source)
{
    if (source == u"litellm" || source == u"litellm-db")
        return QStringLiteral("LiteLLM");
    if (source == u"langfuse")
        return QStringLiteral("Langfuse");
    if (source == u"csv")
        return ProvenanceTr::tr("a CSV import");
    if (source == u"ledger")
        return ProvenanceTr::tr("the team ledger");
    return source;
}

QString joined(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return ProvenanceTr::tr("%1 and %2", "the last two names of a list")
        .arg(QStringList(names.begin(), names.end() - 1).join(ProvenanceTr::tr(", ")), names.last());
}

} // namespace

void Provenance::sort()
{
    // A stable order whatever order the store returns providers in.
    reportedBy.sort(Qt::CaseInsensitive);
    billedBy.sort(Qt::CaseInsensitive);
}

void Provenance::add(const Provenance &other)
{
    for (const QString &n : other.reportedBy)
        addUnique(reportedBy, n);
    for (const QString &n : other.billedBy)
        addUnique(billedBy, n);
}

QString billingName(const QString &provider)
{
    if (provider == u"openai")
        return QStringLiteral("OpenAI");
    if (provider == u"anthropic")
        return QStringLiteral("Anthropic");
    if (provider == u"bedrock" || provider == u"aws")
        return QStringLiteral("AWS");
    if (provider == u"azure")
        return QStringLiteral("Azure");
    if (provider == u"google" || provider == u"vertex" || provider == u"gemini")
        return QStringLiteral("Google Cloud");
    return provider;
}

ProvenanceByProvider attributeBilledSources(const QList<UsageGroup> &billedPerProvider,
                                            const QList<store::SourceBilling> &sources,
                                            const QDate &periodStart)
{
    // An import finishes after the usage it holds; a day of slack for time zones.
    const std::int64_t since =
        periodStart.isValid() ? epochDay(periodStart.addDays(-1)) * 86400
                              : std::numeric_limits<std::int64_t>::min();
    QList<const store::SourceBilling *> recent;
    QList<const store::SourceBilling *> others;
    for (const store::SourceBilling &s : sources) {
        if (s.billedFacts >= 0 || roleOf(s.source) == Role::None)
            continue;
        others << &s;
        if (s.lastImport >= since)
            recent << &s;
    }
    if (recent.isEmpty())
        recent = others;

    ProvenanceByProvider out;
    for (const UsageGroup &g : billedPerProvider) {
        const QString provider = g.key.value(0);
        if (g.totals.billedFacts <= 0)
            continue;
        Provenance p;
        std::int64_t explained = 0;
        for (const store::SourceBilling &s : sources) {
            if (s.billedFacts > 0 && s.provider == provider) {
                explained += s.billedFacts;
                addUnique(p.billedBy, billingName(s.source.chopped(4)));
            }
        }
        if (g.totals.billedFacts > explained) {
            for (const store::SourceBilling *s : std::as_const(recent)) {
                if (roleOf(s->source) == Role::Billed)
                    addUnique(p.billedBy, s->source == u"aws-cur" ? billingName(QStringLiteral("aws"))
                                                                  : billingName(provider));
                else
                    addUnique(p.reportedBy, reportedName(s->source));
            }
            if (recent.isEmpty())
                addUnique(p.reportedBy, ProvenanceTr::tr("other sources"));
        }
        p.sort();
        out.all.add(p);
        out.byProvider.insert(provider, p);
    }
    out.all.sort();
    return out;
}

Result<ProvenanceByProvider> readProvenance(store::UsageReader &reader, const UsageFilter &filter)
{
    auto perProvider = reader.totals(filter, {Dimension::Provider});
    if (!perProvider)
        return perProvider.error();
    bool anyBilled = false;
    for (const UsageGroup &g : std::as_const(*perProvider))
        anyBilled = anyBilled || g.totals.billedFacts > 0;
    if (!anyBilled)
        return ProvenanceByProvider{};
    auto sources = reader.billedSources(filter);
    if (!sources)
        return sources.error();
    return attributeBilledSources(*perProvider, *sources, filter.from);
}

QString provenancePhrase(const Provenance &p)
{
    if (p.reportedBy.isEmpty() && p.billedBy.isEmpty())
        return {};
    if (p.billedBy.isEmpty())
        return ProvenanceTr::tr("reported by %1").arg(joined(p.reportedBy));
    if (p.reportedBy.isEmpty())
        return ProvenanceTr::tr("billed by %1").arg(joined(p.billedBy));
    return ProvenanceTr::tr("reported by %1 and billed by %2").arg(joined(p.reportedBy), joined(p.billedBy));
}

} // namespace tl::query
