#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <QObject>

#include <memory>

namespace tl::services {

// The database the desktop app is working on, and the few things the GUI does to it as a
// whole: open another file, start an empty one, load the demo organisation.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    store::Database *database() const { return m_db.get(); }
    QString path() const { return m_db ? m_db->path() : QString(); }
    bool isDemo() const;
    QString organisationName() const;
    // The organisation's name, as the report's title page and the FOCUS export name it;
    // remembered in the database.
    Status setOrganisationName(const QString &name);

    // Opens (or creates) a database file. On failure the current database stays open.
    Status open(const QString &path);
    // Opens `path` and, when it holds no usage yet, fills it with the demo organisation.
    Status openWithDemoOnFirstStart(const QString &path);
    // Replaces whatever is at `path` with a new, empty database and opens it. Refuses to
    // overwrite a file that is not a TokenLedger database.
    Status createEmpty(const QString &path);
    // Adds the demo organisation (up to the current hour) to the open database. Refused when
    // it already holds imported data, so invented numbers never mix with real ones.
    Status loadDemo();

Q_SIGNALS:
    void databaseChanged();

private:
    std::unique_ptr<store::Database> m_db;
};

} // namespace tl::services
