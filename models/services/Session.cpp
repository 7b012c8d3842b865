#include "services/Session.h"

#include "demo/DemoOrganisation.h"
#include "demo/DemoStory.h"
#include "store/ImportedUsage.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace tl::services {

Session::Session(QObject *parent) : QObject(parent) {}
Session::~Session() = default;

bool Session::isDemo() const
{
    return m_db && m_db->setting(QStringLiteral("demo")) == u"1";
}

QString Session::organisationName() const
{
    return m_db ? m_db->setting(QStringLiteral("organisation")) : QString();
}

Status Session::setOrganisationName(const QString &name)
{
    if (!m_db)
        return Error::of(QStringLiteral("no database is open"));
    return m_db->setSetting(QStringLiteral("organisation"), name.simplified());
}

Status Session::open(const QString &path)
{
    auto db = store::Database::open(path);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    Q_EMIT databaseChanged();
    return {};
}

namespace {
demo::DemoOptions demoUpToNow(const QDateTime &now)
{
    demo::DemoOptions options;
    options.lastDay = now.date();
    options.cutoff = now.toSecsSinceEpoch() - now.toSecsSinceEpoch() % 3600;
    return options;
}

// The demo's traffic, then its budgets, alert history and scenarios.
Status loadWholeDemo(store::Database &db)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto loaded = demo::DemoOrganisation::load(db, demoUpToNow(now));
    if (!loaded)
        return loaded.error();
    return demo::DemoStory::apply(db, now, QTimeZone::systemTimeZone());
}
} // namespace

Status Session::loadDemo()
{
    if (!m_db)
        return Error{tr("No database is open.")};
    auto real = store::holdsRealUsage(*m_db);
    if (!real)
        return real.error();
    if (*real)
        return Error{tr("This database already holds imported data; the demo organisation "
                        "would mix with it. Start an empty database first.")};
    if (Status s = loadWholeDemo(*m_db); !s)
        return s;
    (void)m_db->removeSetting(QStringLiteral("empty-by-choice"));
    Q_EMIT databaseChanged();
    return {};
}

Status Session::openWithDemoOnFirstStart(const QString &path)
{
    auto db = store::Database::open(path);
    if (!db)
        return db.error();
    auto noImports = store::hasNoImports(**db);
    if (!noImports)
        return noImports.error();
    const bool firstStart =
        *noImports && (*db)->setting(QStringLiteral("empty-by-choice")).isEmpty();
    if (firstStart) {
        if (Status s = loadWholeDemo(**db); !s)
            return s;
    }
    m_db = std::move(db).value();
    Q_EMIT databaseChanged();
    return {};
}

Status Session::createEmpty(const QString &path)
{
    const bool replacingCurrent = m_db && m_db->path() == path;
    if (QFile::exists(path) && !replacingCurrent) {
        // Only ever replace our own files; inspect before touching anything.
        auto existing = store::Database::open(path, store::Database::Create::MustExist);
        if (!existing)
            return existing.error();
    }
    // Close the file before deleting it; every view is told about the change below, so none
    // keeps using the closed database.
    if (replacingCurrent)
        m_db.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
            const Error error{tr("Cannot replace '%1'.").arg(path + suffix)};
            if (replacingCurrent) {
                auto reopened = store::Database::open(path);
                if (reopened)
                    m_db = std::move(reopened).value();
                Q_EMIT databaseChanged();
            }
            return error;
        }
    }
    auto db = store::Database::open(path);
    Status marked = db ? (*db)->setSetting(QStringLiteral("empty-by-choice"), QStringLiteral("1"))
                       : Status(db.error());
    if (!marked) {
        if (replacingCurrent)
            Q_EMIT databaseChanged(); // no database open now; the views show that
        return marked;
    }
    m_db = std::move(db).value();
    Q_EMIT databaseChanged();
    return {};
}

} // namespace tl::services
