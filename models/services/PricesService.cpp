#include "services/PricesService.h"
#include "services/CatalogUpdate.h"

#include "pricing/DatabasePricing.h"
#include "store/Database.h"
#include "store/ReaderDatabase.h"
#include "store/SqliteCatalogStore.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace tl::services {

namespace {

const QString kUserCatalog = QStringLiteral("user");

bool sameModel(const pricing::ModelPrice &p, const QString &provider, const QString &model)
{
    return p.provider.compare(provider, Qt::CaseInsensitive) == 0
           && p.model.compare(model, Qt::CaseInsensitive) == 0;
}

} // namespace

PricesService::PricesService(QObject *parent)
    : QObject(parent), m_table(new itemmodels::PriceTableModel(this)), m_history(new itemmodels::PriceHistoryModel(this)),
      m_discountModel(new itemmodels::DiscountModel(this))
{
    m_catalog = pricing::PriceCatalog::builtin();
    m_table->setCatalog(m_catalog, today());
}

PricesService::~PricesService()
{
    if (isRepricing()) {
        cancelReprice();
        m_task.waitForFinished();
    }
}

void PricesService::setDatabase(store::Database *db)
{
    if (isRepricing())
        cancelReprice(); // it works on its own connection and changes nothing once cancelled
    m_db = db;
    m_needsReprice = false;
    if (Status s = reload(); !s)
        Q_EMIT errorOccurred(s.errorMessage());
}

void PricesService::setToday(const QDate &today)
{
    m_today = today;
    m_table->setCatalog(m_catalog, this->today());
    if (!m_history->provider().isEmpty())
        m_history->setModel(m_catalog, m_history->provider(), m_history->model(), this->today());
}

QDate PricesService::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

Status PricesService::reload()
{
    if (m_db) {
        auto catalog = pricing::PriceCatalog::effective(*m_db);
        if (!catalog)
            return catalog.error();
        auto discounts = pricing::Discounts::load(*m_db);
        if (!discounts)
            return discounts.error();
        m_catalog = std::move(catalog).value();
        m_discounts = std::move(discounts).value();
    } else {
        m_catalog = pricing::PriceCatalog::builtin();
        m_discounts = {};
    }
    m_table->setCatalog(m_catalog, today());
    m_discountModel->setDiscounts(m_discounts);
    if (!m_history->provider().isEmpty())
        m_history->setModel(m_catalog, m_history->provider(), m_history->model(), today());
    Q_EMIT reloaded();
    return {};
}

void PricesService::showHistory(const QString &provider, const QString &model)
{
    if (provider.isEmpty() || model.isEmpty())
        m_history->clear();
    else
        m_history->setModel(m_catalog, provider, model, today());
}

bool PricesService::hasOverride(const QString &provider, const QString &model) const
{
    return std::any_of(m_catalog.entries().cbegin(), m_catalog.entries().cend(), [&](const pricing::ModelPrice &p) {
        return p.catalog == kUserCatalog && sameModel(p, provider, model);
    });
}

QStringList PricesService::providers() const
{
    QSet<QString> seen;
    QStringList out;
    for (const pricing::ModelPrice &p : m_catalog.entries()) {
        if (!seen.contains(p.provider)) {
            seen.insert(p.provider);
            out << p.provider;
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList PricesService::modelsOf(const QString &provider) const
{
    QSet<QString> seen;
    QStringList out;
    for (const pricing::ModelPrice &p : m_catalog.entries()) {
        if (p.provider.compare(provider, Qt::CaseInsensitive) == 0 && !seen.contains(p.model)) {
            seen.insert(p.model);
            out << p.model;
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

Status PricesService::checkWritable() const
{
    if (!m_db)
        return Error{tr("No database is open. Open or create one from the File menu first.")};
    if (isRepricing())
        return Error{tr("Stored usage is being re-priced. Wait for it to finish, or cancel it, "
                        "and try again.")};
    return {};
}

void PricesService::changed()
{
    if (Status s = reload(); !s)
        Q_EMIT errorOccurred(s.errorMessage());
    m_needsReprice = true;
    Q_EMIT pricesChanged();
}

Result<pricing::CatalogImportReport> PricesService::importCatalogFile(const QString &path)
{
    if (Status s = checkWritable(); !s)
        return s.error();
    auto report = pricing::importCatalogFile(*m_db, path);
    if (!report)
        return report.error();
    if (!report->added.isEmpty() || !report->changed.isEmpty() || !report->removed.isEmpty())
        changed();
    return report;
}

Result<pricing::CatalogImportReport> PricesService::applyCatalogUpdate(const CatalogUpdateResult &preview)
{
    if (Status s = checkWritable(); !s)
        return s.error();
    auto report = services::applyCatalogUpdate(*m_db, preview);
    if (!report)
        return report.error();
    if (!report->added.isEmpty() || !report->changed.isEmpty() || !report->removed.isEmpty())
        changed();
    return report;
}

Status PricesService::saveOverride(const pricing::ModelPrice &price)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (price.provider.trimmed().isEmpty() || price.model.trimmed().isEmpty())
        return Error{tr("An override needs a provider and a model.")};
    const pricing::PriceSet &s = price.prices;
    for (const std::optional<Money> &m : {std::optional<Money>(s.input), s.cacheRead, s.cacheWrite5m, s.cacheWrite1h,
                                          std::optional<Money>(s.output), s.batchInput, s.batchOutput}) {
        if (m && m->isNegative())
            return Error{tr("Prices cannot be negative.")};
    }
    if (price.effectiveTo.isValid() && price.effectiveFrom.isValid() && price.effectiveTo <= price.effectiveFrom)
        return Error{tr("The end date must come after the start date.")};

    auto stored = pricing::PriceCatalog::loadFrom(*m_db);
    if (!stored)
        return stored.error();
    pricing::PriceCatalog user;
    for (const pricing::ModelPrice &p : stored->entries()) {
        if (p.catalog == kUserCatalog
            && !(sameModel(p, price.provider, price.model) && p.effectiveFrom == price.effectiveFrom))
            user.add(p);
    }
    pricing::ModelPrice entry = price;
    entry.catalog = kUserCatalog;
    entry.provider = entry.provider.trimmed();
    entry.model = entry.model.trimmed();
    user.add(std::move(entry));
    if (Status saved = user.saveTo(*m_db); !saved)
        return Error{tr("Cannot save the override of %1/%2: %3").arg(price.provider, price.model, saved.errorMessage())};
    changed();
    return {};
}

Status PricesService::removeOverride(const QString &provider, const QString &model)
{
    if (Status s = checkWritable(); !s)
        return s;
    // PriceCatalog::saveTo cannot remove the last override of a model: it only replaces
    // catalogs that still have an entry.
    auto removed = store::SqliteCatalogStore(*m_db).removeUserOverrides(provider, model);
    if (!removed)
        return Error{tr("Cannot remove the override of %1/%2: %3").arg(provider, model, removed.errorMessage())};
    if (*removed == 0)
        return Error{tr("%1/%2 has no override of yours to remove.").arg(provider, model)};
    changed();
    return {};
}

Status PricesService::saveDiscount(const pricing::Discount &discount)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (Status s = pricing::Discounts::save(*m_db, discount); !s)
        return s;
    changed();
    return {};
}

Status PricesService::removeDiscount(const QString &provider, const QString &model)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (Status s = pricing::Discounts::remove(*m_db, provider, model); !s)
        return s;
    changed();
    return {};
}

bool PricesService::isRepricing() const
{
    return m_task.isRunning();
}

bool PricesService::startReprice()
{
    QString refusal;
    if (!m_db)
        refusal = tr("No database is open.");
    else if (isRepricing())
        refusal = tr("Stored usage is already being re-priced.");
    else if (m_db->path().isEmpty())
        refusal = tr("Re-pricing needs a database file; this database exists only in memory.");
    if (!refusal.isEmpty()) {
        Q_EMIT repriceFinished(false, refusal);
        return false;
    }
    const QString path = m_db->path();
    // The worker opens the file again: SQLite connections must not be shared between threads,
    // and in WAL mode the GUI's connection keeps reading while the worker writes.
    m_task.start([this, path](const CancelToken &cancel) -> RepriceOutcome {
        auto db = store::openWorkerDatabase(path);
        if (!db)
            return {false, tr("Cannot open the database for re-pricing: %1").arg(db.errorMessage()), path};
        auto result = pricing::repriceDatabase(**db, [this, cancel](std::int64_t done, std::int64_t total) {
            if (cancel.isCancelled())
                return false;
            // The service outlives the worker (its destructor waits), so `this` is valid here.
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT repriceProgress(done, total); }, Qt::QueuedConnection);
            return !cancel.isCancelled();
        });
        if (!result)
            return {false, cancel.isCancelled() ? tr("Re-pricing was cancelled; nothing was changed.")
                                          : result.errorMessage(),
                    path};
        const QLocale locale;
        return {true, tr("Re-priced %1 records: %2 changed, %3 without a price.")
                          .arg(locale.toString(static_cast<qlonglong>(result->records)),
                               locale.toString(static_cast<qlonglong>(result->changed)),
                               locale.toString(static_cast<qlonglong>(result->unpriced))),
                path};
    }, [this](const RepriceOutcome &outcome) { onRepriceDone(outcome); });
    Q_EMIT repriceStarted();
    return true;
}

void PricesService::cancelReprice()
{
    m_task.cancel();
}

void PricesService::onRepriceDone(const RepriceOutcome &outcome)
{
    if (outcome.ok && m_db && m_db->path() == outcome.path)
        m_needsReprice = false;
    Q_EMIT repriceFinished(outcome.ok, outcome.message);
}

} // namespace tl::services
