#pragma once

#include "providers/Connection.h"
#include "providers/ProviderClient.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace tl::services {
class SyncService;
}

namespace tl::ui {

class MessageWidget;

// Adds or edits a provider connection: provider, name, base URL, filters and the secret (in
// password fields; saved to the keychain by the caller, never shown again).
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // With a service, the dialog offers "Test connection" for what is typed in.
    ConnectionDialog(const std::optional<providers::Connection> &existing, bool hasStoredSecret,
                     services::SyncService *service = nullptr, QWidget *parent = nullptr);

    providers::Connection connection() const;
    // The secret typed in; nullopt when the fields were left empty (keep the stored one).
    std::optional<providers::Credentials> credentials() const;

    void accept() override;

private:
    void onProviderChanged();
    void testConnection();
    void readKeyFile();
    QString provider() const;

    std::int64_t m_id = 0;
    providers::Connection m_original;
    bool m_hasStoredSecret = false;
    QFormLayout *m_form;
    QComboBox *m_provider;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QLineEdit *m_filter;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secretKey;
    QLineEdit *m_sessionToken;
    QLineEdit *m_region;
    QLineEdit *m_service;
    QCheckBox *m_byAccount;
    // Anthropic: costs from the Usage and Cost Analytics API (list and discounted amounts).
    QCheckBox *m_costAnalytics;
    // Azure: the app registration and what to read.
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLineEdit *m_scope;
    QLineEdit *m_groupBy;
    // Google: the query's project, the export table and its location.
    QLineEdit *m_project;
    QLineEdit *m_table;
    QLineEdit *m_location;
    QPushButton *m_keyFile;
    MessageWidget *m_error;
    MessageWidget *m_verdict;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons;
    services::SyncService *m_syncService;
};

} // namespace tl::ui
