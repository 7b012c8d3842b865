#include "widgets/TeamLedgerPanel.h"

#include "services/LedgerSubscriptionService.h"
#include "widgets/MessageWidget.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

using services::LedgerSubscriptionService;

TeamLedgerPanel::TeamLedgerPanel(LedgerSubscriptionService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_url(new QLineEdit(this)), m_user(new QLabel(this)),
      m_password(new QLineEdit(this)), m_subscribe(new QPushButton(tr("Su&bscribe"), this)),
      m_pull(new QPushButton(tr("&Pull now"), this)), m_unsubscribe(new QPushButton(tr("&Unsubscribe"), this)),
      m_status(new QLabel(this)), m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("teamLedgerPanel"));
    m_url->setObjectName(QStringLiteral("ledgerUrl"));
    m_user->setObjectName(QStringLiteral("ledgerUser"));
    m_password->setObjectName(QStringLiteral("ledgerPassword"));
    m_subscribe->setObjectName(QStringLiteral("ledgerSubscribeButton"));
    m_pull->setObjectName(QStringLiteral("ledgerPullButton"));
    m_unsubscribe->setObjectName(QStringLiteral("ledgerUnsubscribeButton"));
    m_status->setObjectName(QStringLiteral("ledgerStatus"));
    m_message->setObjectName(QStringLiteral("ledgerMessage"));

    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host/database"));
    m_url->setClearButtonEnabled(true);
    m_url->setAccessibleName(tr("Ledger URL"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_user->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setCloseButtonVisible(true);

    // Two rows and the status line, so that the page still fits a small window.
    m_url->setToolTip(tr("The team ledger's PostgreSQL URL, without a password. New records arrive within "
                         "seconds while TokenLedger is open; the dashboards keep reading this database, "
                         "also offline."));
    auto *urlLabel = new QLabel(tr("Ledger &URL:"), this);
    urlLabel->setBuddy(m_url);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_subscribe);
    buttons->addWidget(m_pull);
    buttons->addWidget(m_unsubscribe);
    buttons->addStretch(1);

    auto *grid = new QGridLayout;
    grid->addWidget(urlLabel, 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(new QLabel(tr("User:"), this), 0, 2);
    grid->addWidget(m_user, 0, 3);
    grid->addWidget(passwordLabel, 1, 0);
    grid->addWidget(m_password, 1, 1);
    grid->addLayout(buttons, 1, 2, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(m_message);

    connect(m_url, &QLineEdit::textEdited, this, &TeamLedgerPanel::onUrlEdited);
    connect(m_url, &QLineEdit::returnPressed, this, &TeamLedgerPanel::subscribe);
    connect(m_password, &QLineEdit::returnPressed, this, &TeamLedgerPanel::subscribe);
    connect(m_subscribe, &QPushButton::clicked, this, &TeamLedgerPanel::subscribe);
    connect(m_pull, &QPushButton::clicked, m_service, &LedgerSubscriptionService::pullNow);
    connect(m_unsubscribe, &QPushButton::clicked, this, &TeamLedgerPanel::unsubscribe);
    connect(m_service, &LedgerSubscriptionService::stateChanged, this, &TeamLedgerPanel::showState);
    showState();
    onUrlEdited();
}

void TeamLedgerPanel::onUrlEdited()
{
    const QString url = m_url->text().trimmed();
    if (url.isEmpty()) {
        m_user->setText(tr("(from the URL)"));
        m_user->setToolTip(QString());
        return;
    }
    auto user = LedgerSubscriptionService::userOf(url);
    m_user->setText(user ? *user : tr("(URL not usable)"));
    m_user->setToolTip(user ? QString() : user.error().message);
}

void TeamLedgerPanel::subscribe()
{
    const QByteArray password = m_password->text().toUtf8();
    Status s = m_service->subscribe(m_url->text(), password);
    m_password->clear();
    if (!s) {
        m_message->showError(s.error().message);
        return;
    }
    m_message->clearMessage();
    showState();
}

void TeamLedgerPanel::unsubscribe()
{
    if (Status s = m_service->unsubscribe(); !s)
        m_message->showError(s.error().message);
    else
        m_message->showInformation(tr("Unsubscribed. The records already pulled stay in this database."));
}

QString TeamLedgerPanel::statusText() const
{
    return m_status->text();
}

void TeamLedgerPanel::showState()
{
    const bool subscribed = m_service->isSubscribed();
    if (subscribed && m_url->text().trimmed() != m_service->url()) {
        m_url->setText(m_service->url());
        onUrlEdited();
    }
    m_password->setPlaceholderText(subscribed ? tr("kept in the keychain; type to replace it")
                                              : tr("kept in the keychain, never on disk"));
    m_subscribe->setText(subscribed ? tr("Su&bscribe again") : tr("Su&bscribe"));
    m_pull->setEnabled(subscribed && !m_service->isPulling());
    m_unsubscribe->setEnabled(subscribed);

    if (!subscribed) {
        m_status->setText(tr("Not subscribed: this database holds only what you import and sync yourself."));
        return;
    }
    const QLocale locale;
    QStringList parts;
    switch (m_service->link()) {
    case LedgerSubscriptionService::Link::Off:
        break;
    case LedgerSubscriptionService::Link::Connecting:
        parts << tr("Connecting…");
        break;
    case LedgerSubscriptionService::Link::Listening:
        parts << tr("Listening for changes.");
        break;
    case LedgerSubscriptionService::Link::Reconnecting:
    {
        const int seconds = qMax(1, (m_service->retryInMs() + 999) / 1000);
        parts << (seconds == 1 ? tr("Connection lost: %1 Trying again in a second.").arg(m_service->linkError())
                               : tr("Connection lost: %1 Trying again in %2 seconds.")
                                     .arg(m_service->linkError(), locale.toString(seconds)));
        break;
    }
    case LedgerSubscriptionService::Link::Polling:
        parts << tr("The server does not deliver change notices (%1); checking for changes regularly.")
                     .arg(m_service->linkError());
        break;
    }
    if (m_service->isPulling())
        parts << tr("Pulling…");
    if (m_service->lastPullAt().isValid()) {
        const qint64 n = m_service->lastPullRecords();
        const QString at = locale.toString(m_service->lastPullAt().toLocalTime(), QLocale::ShortFormat);
        const QString total = locale.toString(m_service->totalRecords());
        parts << (n == 1 ? tr("Last pull %1: 1 record came in (%2 since subscribing).").arg(at, total)
                         : tr("Last pull %1: %2 records came in (%3 since subscribing).")
                               .arg(at, locale.toString(n), total));
    } else if (m_service->lastError().isEmpty() && !m_service->isPulling()) {
        parts << tr("Not pulled yet.");
    }
    if (!m_service->lastError().isEmpty())
        parts << tr("Last pull failed: %1").arg(m_service->lastError());
    m_status->setText(parts.join(QLatin1Char(' ')));
}

} // namespace tl::ui
