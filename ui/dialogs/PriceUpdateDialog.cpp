#include "dialogs/PriceUpdateDialog.h"

#include "services/CatalogUpdate.h"
#include "services/CatalogUpdateService.h"
#include "widgets/MessageWidget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

// A source as a person reads it: the file name of a URL's path or of a file, with the host.
QString sourceTitle(const QString &source)
{
    const QUrl url(source);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
        return QStringLiteral("%1 (%2)").arg(url.fileName(), url.host());
    return QFileInfo(source).fileName();
}

QTreeWidgetItem *addGroup(QTreeWidgetItem *parent, const QString &title, const QStringList &models,
                          const QMap<QString, QString> &notes = {})
{
    if (models.isEmpty())
        return nullptr;
    auto *group = new QTreeWidgetItem(parent, {title.arg(models.size())});
    for (const QString &m : models) {
        auto *item = new QTreeWidgetItem(group, {m, notes.value(m)});
        item->setToolTip(0, m);
        item->setToolTip(1, notes.value(m));
    }
    // Short lists open; a catalog's first import (a thousand models) stays folded.
    group->setExpanded(models.size() <= 25);
    return group;
}

} // namespace

PriceUpdateDialog::PriceUpdateDialog(services::CatalogUpdateService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_sources(new QPlainTextEdit(this)),
      m_defaults(new QPushButton(tr("Use the &defaults"), this)),
      m_onStartup(new QCheckBox(tr("Check when TokenLedger &starts (at most once a day)"), this)),
      m_check(new QPushButton(tr("&Check now"), this)), m_checked(new QLabel(this)),
      m_results(new QTreeWidget(this)), m_message(new MessageWidget(this)),
      m_apply(new QPushButton(tr("&Apply updates"), this))
{
    setObjectName(QStringLiteral("priceUpdateDialog"));
    setWindowTitle(tr("Check for price updates"));
    m_sources->setObjectName(QStringLiteral("updateSources"));
    m_defaults->setObjectName(QStringLiteral("defaultSourcesButton"));
    m_onStartup->setObjectName(QStringLiteral("checkOnStartup"));
    m_check->setObjectName(QStringLiteral("checkNowButton"));
    m_checked->setObjectName(QStringLiteral("lastCheckedLabel"));
    m_results->setObjectName(QStringLiteral("updateResults"));
    m_message->setObjectName(QStringLiteral("updateMessage"));
    m_apply->setObjectName(QStringLiteral("applyUpdatesButton"));

    auto *intro = new QLabel(tr("TokenLedger compares each catalog with its last import and shows what would "
                                "change. Nothing is stored until you apply; costs already stored keep their "
                                "prices until you re-price them."),
                             this);
    intro->setWordWrap(true);
    auto *sourcesLabel = new QLabel(tr("Catalogs to check, one URL or file per line:"), this);
    sourcesLabel->setBuddy(m_sources);
    m_sources->setPlainText(m_service->sources().join(u'\n'));
    m_sources->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sources->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sources->setFixedHeight(m_sources->fontMetrics().lineSpacing() * 4 + 12);
    m_sources->setAccessibleName(tr("Catalogs to check"));
    m_defaults->setToolTip(tr("The published files of the genai-prices and LiteLLM catalogs"));
    m_onStartup->setChecked(QSettings().value(QLatin1String(kCheckOnStartupKey), false).toBool());
    m_onStartup->setToolTip(tr("Downloads the catalogs in the background after start-up and says on the "
                               "Prices page when prices changed; nothing is applied without you."));

    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Catalog and model"), tr("What changes")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("What the check found"));
    m_results->setMinimumHeight(220);
    m_apply->setToolTip(tr("Store the catalogs shown with changes, as an import of each would"));

    auto *sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_onStartup);
    sourceButtons->addStretch();
    sourceButtons->addWidget(m_defaults);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_checked, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(sourcesLabel);
    layout->addWidget(m_sources);
    layout->addLayout(sourceButtons);
    layout->addLayout(checkRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_defaults, &QPushButton::clicked, this,
            [this] { m_sources->setPlainText(services::defaultCatalogSources().join(u'\n')); });
    connect(m_onStartup, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(kCheckOnStartupKey), on); });
    connect(m_check, &QPushButton::clicked, this, &PriceUpdateDialog::checkNow);
    connect(m_apply, &QPushButton::clicked, this, &PriceUpdateDialog::applyUpdates);
    connect(m_service, &services::CatalogUpdateService::checkStarted, this, [this] {
        const int n = int(m_service->sources().size());
        m_checked->setText(n == 1 ? tr("Checking 1 catalog…") : tr("Checking %1 catalogs…").arg(n));
        updateButtons();
    });
    connect(m_service, &services::CatalogUpdateService::checkFinished, this, &PriceUpdateDialog::showResults);
    showResults();
}

bool PriceUpdateDialog::saveSources()
{
    const QStringList lines = m_sources->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    if (Status s = m_service->setSources(lines); !s) {
        m_message->showError(s.errorMessage());
        return false;
    }
    m_sources->setPlainText(m_service->sources().join(u'\n'));
    return true;
}

void PriceUpdateDialog::checkNow()
{
    m_message->clearMessage();
    if (!saveSources())
        return;
    m_service->startCheck();
}

void PriceUpdateDialog::applyUpdates()
{
    auto applied = m_service->applyPending();
    if (!applied) {
        m_message->showError(applied.errorMessage());
        showResults();
        return;
    }
    QStringList lines;
    for (const pricing::CatalogImportReport &r : std::as_const(*applied))
        lines << tr("%1: %2 added, %3 changed, %4 removed.")
                     .arg(r.catalogName)
                     .arg(r.added.size())
                     .arg(r.changed.size())
                     .arg(r.removed.size());
    m_message->showInformation(tr("Applied. %1 Costs already stored keep their old prices until you re-price "
                                  "stored usage (the Prices page offers it).")
                                   .arg(lines.join(u' ')));
    showResults();
}

void PriceUpdateDialog::showResults()
{
    m_results->clear();
    const QLocale locale;
    const auto &checks = m_service->lastCheck();
    if (m_service->lastCheckTime().isValid())
        m_checked->setText(tr("Last checked %1.").arg(
            locale.toString(m_service->lastCheckTime().toLocalTime(), QLocale::ShortFormat)));
    else
        m_checked->setText(tr("Not checked yet."));
    using Outcome = services::CatalogUpdateResult::Outcome;
    for (const services::CatalogCheck &c : checks) {
        auto *top = new QTreeWidgetItem(m_results, {sourceTitle(c.source)});
        top->setToolTip(0, c.source);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (!c.result) {
            top->setText(1, tr("Not checked: %1").arg(c.error));
            top->setToolTip(1, c.error);
            top->setForeground(1, MessageWidget::markColor(MessageWidget::Kind::Error, palette()));
            continue;
        }
        const auto &r = c.result->report;
        switch (c.result->outcome) {
        case Outcome::NotModified: top->setText(1, tr("Not modified since the last update.")); continue;
        case Outcome::Applied:
            top->setText(1, tr("Applied: catalog “%1”, %2 added, %3 changed, %4 removed.")
                                .arg(r.catalogName)
                                .arg(r.added.size())
                                .arg(r.changed.size())
                                .arg(r.removed.size()));
            continue;
        case Outcome::Preview: break;
        }
        if (!c.result->hasChanges()) {
            top->setText(1, tr("No change: the models of catalog “%1” are as stored.").arg(r.catalogName));
            continue;
        }
        top->setText(1, tr("Catalog “%1”: %2 added, %3 changed, %4 removed, %5 unchanged.")
                            .arg(r.catalogName)
                            .arg(r.added.size())
                            .arg(r.changed.size())
                            .arg(r.removed.size())
                            .arg(r.unchanged.size()));
        addGroup(top, tr("Added (%1)"), r.added);
        if (auto *changed = addGroup(top, tr("Changed (%1)"), r.changed, r.changeNotes))
            changed->setText(1, tr("USD per million tokens, unless the unit says otherwise"));
        addGroup(top, tr("Removed (%1)"), r.removed);
        top->setExpanded(true);
    }
    updateButtons();
}

void PriceUpdateDialog::updateButtons()
{
    const bool checking = m_service->isChecking();
    m_check->setEnabled(!checking);
    m_sources->setReadOnly(checking);
    m_defaults->setEnabled(!checking);
    const int pending = checking ? 0 : m_service->pendingChanges();
    m_apply->setEnabled(pending > 0);
    m_apply->setText(pending == 1 ? tr("&Apply 1 change")
                     : pending > 1 ? tr("&Apply %1 changes").arg(QLocale().toString(pending))
                                   : tr("&Apply updates"));
}

} // namespace tl::ui
