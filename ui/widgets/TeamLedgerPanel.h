#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tl::services {
class LedgerSubscriptionService;
}

namespace tl::ui {

class MessageWidget;

// Sources ▸ Team ledger: subscribe this database to a team ledger (URL, the login read from
// it, the password kept in the keychain), pull now, unsubscribe, and a status line that says
// how new data arrives (listening, reconnecting, polling), when the last pull was, how many
// records it brought and the last error in plain words.
class TeamLedgerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TeamLedgerPanel(services::LedgerSubscriptionService *service, QWidget *parent = nullptr);

    // The status line as shown (tests).
    QString statusText() const;

private:
    void subscribe();
    void unsubscribe();
    void onUrlEdited();
    void showState();

    services::LedgerSubscriptionService *m_service;
    QLineEdit *m_url;
    QLabel *m_user;
    QLineEdit *m_password;
    QPushButton *m_subscribe;
    QPushButton *m_pull;
    QPushButton *m_unsubscribe;
    QLabel *m_status;
    MessageWidget *m_message;
};

} // namespace tl::ui
