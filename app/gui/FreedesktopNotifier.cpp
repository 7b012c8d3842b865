#include "gui/FreedesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "tokenledger.app.notifications", QtInfoMsg)

namespace tl::app {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kCallTimeoutMs = 3000;
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : FreedesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : budgets::Notifier(parent), m_bus(bus)
{
    connectSignals();
}

void FreedesktopNotifier::connectSignals()
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

bool FreedesktopNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QDBusReply<bool> registered = m_bus.interface()->isServiceRegistered(kService);
    if (registered.isValid() && registered.value())
        return true;
    // Many servers are started on demand: the name is activatable without being registered.
    const QDBusReply<QStringList> activatable = m_bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(kService);
}

QString FreedesktopNotifier::name() const
{
    return tr("desktop notifications");
}

QString FreedesktopNotifier::serverInformation() const
{
    if (!m_bus.isConnected())
        return {};
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("GetServerInformation"));
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 3)
        return {};
    return QStringLiteral("%1 %2").arg(reply.arguments().at(0).toString(),
                                       reply.arguments().at(2).toString());
}

bool FreedesktopNotifier::notify(const budgets::Notification &n)
{
    m_lastId = 0;
    if (!m_bus.isConnected()) {
        m_lastError = tr("There is no session bus.");
        return false;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgent ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.tokenledger.TokenLedger"));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-tokenledger.budget"));
    // The body is plain text; servers that understand markup must not misread '<' or '&'.
    QString body = n.body;
    body.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"));
    call << QStringLiteral("TokenLedger") << uint(0) << QStringLiteral("tokenledger") << n.title
         << body << QStringList{QStringLiteral("default"), tr("Open budget")} << hints << int(-1);
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        m_lastError = reply.errorMessage().isEmpty()
                          ? tr("The notification service did not answer.")
                          : reply.errorMessage();
        qCInfo(lcNotify) << "notification not delivered:" << m_lastError;
        return false;
    }
    m_lastId = reply.arguments().first().toUInt();
    m_lastError.clear();
    if (m_lastId == 0)
        return false;
    m_budgetOf.insert(m_lastId, n.budgetId);
    return true;
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    Q_UNUSED(actionKey) // "default" or our one action: both open the budget
    const auto it = m_budgetOf.constFind(id);
    if (it != m_budgetOf.constEnd())
        Q_EMIT activated(it.value());
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_budgetOf.remove(id);
}

} // namespace tl::app
