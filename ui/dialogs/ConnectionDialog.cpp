#include "dialogs/ConnectionDialog.h"

#include "providers/HttpClient.h"
#include "services/SyncService.h"
#include "widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

QLineEdit *secretField(QWidget *parent, const QString &objectName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    e->setAutoFillBackground(false);
    e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return e;
}

QJsonArray splitList(const QString &text)
{
    QJsonArray out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QString joinList(const QJsonValue &v)
{
    QStringList parts;
    for (const QJsonValue &x : v.toArray())
        parts << x.toString();
    return parts.join(QStringLiteral(", "));
}

} // namespace

ConnectionDialog::ConnectionDialog(const std::optional<providers::Connection> &existing,
                                   bool hasStoredSecret, services::SyncService *service,
                                   QWidget *parent)
    : QDialog(parent), m_hasStoredSecret(hasStoredSecret), m_form(new QFormLayout),
      m_provider(new QComboBox(this)), m_name(new QLineEdit(this)), m_baseUrl(new QLineEdit(this)),
      m_apiKey(secretField(this, QStringLiteral("connectionApiKey"))),
      m_filter(new QLineEdit(this)),
      m_accessKeyId(secretField(this, QStringLiteral("connectionAccessKeyId"))),
      m_secretKey(secretField(this, QStringLiteral("connectionSecretKey"))),
      m_sessionToken(secretField(this, QStringLiteral("connectionSessionToken"))),
      m_region(new QLineEdit(this)), m_service(new QLineEdit(this)),
      m_byAccount(new QCheckBox(tr("Group by linked account"), this)),
      m_costAnalytics(new QCheckBox(tr("Read costs from the cost analytics API (list and discounted prices)"), this)),
      m_tenant(new QLineEdit(this)), m_clientId(new QLineEdit(this)), m_scope(new QLineEdit(this)),
      m_groupBy(new QLineEdit(this)), m_project(new QLineEdit(this)), m_table(new QLineEdit(this)),
      m_location(new QLineEdit(this)), m_keyFile(new QPushButton(tr("Read a service-account key &file…"), this)),
      m_error(new MessageWidget(this)),
      m_verdict(new MessageWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_syncService(service)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(existing ? tr("Edit connection") : tr("Add connection"));
    setMinimumWidth(520);
    m_provider->setObjectName(QStringLiteral("connectionProvider"));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_baseUrl->setObjectName(QStringLiteral("connectionBaseUrl"));
    m_filter->setObjectName(QStringLiteral("connectionFilter"));
    m_region->setObjectName(QStringLiteral("connectionRegion"));
    m_service->setObjectName(QStringLiteral("connectionService"));
    m_byAccount->setObjectName(QStringLiteral("connectionByAccount"));
    m_costAnalytics->setObjectName(QStringLiteral("connectionCostAnalytics"));
    m_costAnalytics->setToolTip(tr("Anthropic's Usage and Cost Analytics API (beta) reports each cost both at list "
                                   "price and after your organisation's discounts; the reconciliation then shows both."));
    m_tenant->setObjectName(QStringLiteral("connectionTenant"));
    m_clientId->setObjectName(QStringLiteral("connectionClientId"));
    m_scope->setObjectName(QStringLiteral("connectionScope"));
    m_groupBy->setObjectName(QStringLiteral("connectionGroupBy"));
    m_project->setObjectName(QStringLiteral("connectionProject"));
    m_table->setObjectName(QStringLiteral("connectionTable"));
    m_location->setObjectName(QStringLiteral("connectionLocation"));
    m_keyFile->setObjectName(QStringLiteral("connectionKeyFile"));
    m_tenant->setPlaceholderText(tr("directory (tenant) id"));
    m_clientId->setPlaceholderText(tr("application (client) id"));
    m_scope->setPlaceholderText(QStringLiteral("/subscriptions/…"));
    m_scope->setToolTip(tr("What to read: /subscriptions/<id>, "
                           "/subscriptions/<id>/resourceGroups/<name> or "
                           "/providers/Microsoft.Billing/billingAccounts/<id>."));
    m_groupBy->setPlaceholderText(QStringLiteral("resource"));
    m_groupBy->setToolTip(tr("Besides the meter: resource (default), resource_group, or "
                             "tag:<key> to split the cost by one tag."));
    m_project->setPlaceholderText(tr("default: the key's project"));
    m_project->setToolTip(tr("The project that runs the BigQuery query; empty: the project of the key."));
    m_table->setPlaceholderText(QStringLiteral("project.dataset.gcp_billing_export_v1_…"));
    m_location->setPlaceholderText(tr("dataset location, e.g. EU (optional)"));
    connect(m_keyFile, &QPushButton::clicked, this, &ConnectionDialog::readKeyFile);
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_verdict->setObjectName(QStringLiteral("connectionVerdict"));
    if (m_syncService) {
        m_test = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
        m_test->setObjectName(QStringLiteral("dialogTestButton"));
        connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
        connect(m_syncService, &services::SyncService::testFinished, this,
                [this](bool ok, const QString &verdict) {
                    if (!m_test || m_test->isEnabled())
                        return; // a test the panel started, not this dialog
                    m_test->setEnabled(true);
                    m_verdict->showMessage(ok ? MessageWidget::Kind::Information : MessageWidget::Kind::Error,
                                           verdict);
                });
    }

    for (const QString &id : providers::providerIds())
        m_provider->addItem(providers::providerDisplayName(id), id);
    m_region->setPlaceholderText(QStringLiteral("us-east-1"));
    m_service->setPlaceholderText(QStringLiteral("Amazon Bedrock"));
    m_region->setToolTip(
        tr("The region requests are signed for; Cost Explorer is served from us-east-1."));
    m_service->setToolTip(tr("The Cost Explorer SERVICE value to read; third-party models on "
                             "Bedrock may bill under their own names."));
    const QString keep = tr("stored in the keychain – leave empty to keep it");
    if (hasStoredSecret) {
        m_apiKey->setPlaceholderText(keep);
        m_accessKeyId->setPlaceholderText(keep);
        m_secretKey->setPlaceholderText(keep);
    }
    m_sessionToken->setPlaceholderText(tr("only with temporary credentials"));

    auto *intro = new QLabel(
        tr("TokenLedger reads usage and cost from the provider's billing API. Keys are kept "
           "in the system keychain, never in the database or settings. Plain http:// is "
           "accepted only for this computer (127.0.0.1, ::1, localhost)."),
        this);
    intro->setWordWrap(true);
    m_form->addRow(tr("&Provider:"), m_provider);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Base URL:"), m_baseUrl);
    m_form->addRow(tr("Admin &key:"), m_apiKey);
    m_form->addRow(tr("&Filter:"), m_filter);
    m_form->addRow(tr("Access key &ID:"), m_accessKeyId);
    m_form->addRow(tr("&Secret access key:"), m_secretKey);
    m_form->addRow(tr("Session &token:"), m_sessionToken);
    m_form->addRow(tr("&Region:"), m_region);
    m_form->addRow(tr("Ser&vice:"), m_service);
    m_form->addRow(QString(), m_byAccount);
    m_form->addRow(QString(), m_costAnalytics);
    m_form->addRow(tr("Tenant &ID:"), m_tenant);
    m_form->addRow(tr("C&lient ID:"), m_clientId);
    m_form->addRow(tr("Sc&ope:"), m_scope);
    m_form->addRow(tr("&Group by:"), m_groupBy);
    m_form->addRow(tr("Pro&ject ID:"), m_project);
    m_form->addRow(tr("Export t&able:"), m_table);
    m_form->addRow(tr("&Location:"), m_location);
    m_form->addRow(QString(), m_keyFile);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        m_original = *existing;
        m_id = existing->id;
        m_provider->setCurrentIndex(m_provider->findData(existing->provider));
        m_provider->setEnabled(false);
        m_name->setText(existing->name);
        m_baseUrl->setText(existing->baseUrl);
        const QJsonObject &o = existing->options;
        m_filter->setText(
            joinList(o.value(existing->provider == u"openai" ? QStringLiteral("project_ids")
                                                             : QStringLiteral("workspace_ids"))));
        m_region->setText(o.value(QStringLiteral("region")).toString());
        m_service->setText(o.value(QStringLiteral("service")).toString());
        m_byAccount->setChecked(o.value(QStringLiteral("group_by_account")).toBool());
        m_costAnalytics->setChecked(o.value(QStringLiteral("cost_analytics")).toBool());
        m_tenant->setText(o.value(QStringLiteral("tenant_id")).toString());
        m_clientId->setText(o.value(QStringLiteral("client_id")).toString());
        m_scope->setText(o.value(QStringLiteral("scope")).toString());
        m_groupBy->setText(o.value(QStringLiteral("group_by")).toString());
        m_project->setText(o.value(QStringLiteral("project_id")).toString());
        m_table->setText(o.value(QStringLiteral("table")).toString());
        m_location->setText(o.value(QStringLiteral("location")).toString());
    }
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::onProviderChanged);
    onProviderChanged();
}

QString ConnectionDialog::provider() const
{
    return m_provider->currentData().toString();
}

void ConnectionDialog::onProviderChanged()
{
    const QString p = provider();
    const bool aws = p == u"aws";
    const bool azure = p == u"azure";
    const bool google = p == u"google";
    m_form->setRowVisible(m_apiKey, !aws);
    m_form->setRowVisible(m_filter, !aws && !azure && !google);
    for (QWidget *w : {static_cast<QWidget *>(m_accessKeyId), static_cast<QWidget *>(m_secretKey),
                       static_cast<QWidget *>(m_sessionToken), static_cast<QWidget *>(m_region),
                       static_cast<QWidget *>(m_service), static_cast<QWidget *>(m_byAccount)})
        m_form->setRowVisible(w, aws);
    m_form->setRowVisible(m_costAnalytics, p == u"anthropic");
    for (QWidget *w : {static_cast<QWidget *>(m_tenant), static_cast<QWidget *>(m_clientId),
                       static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_groupBy)})
        m_form->setRowVisible(w, azure);
    for (QWidget *w : {static_cast<QWidget *>(m_project), static_cast<QWidget *>(m_table),
                       static_cast<QWidget *>(m_location), static_cast<QWidget *>(m_keyFile)})
        m_form->setRowVisible(w, google);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_apiKey)))
        label->setText(azure    ? tr("Client &secret:")
                       : google ? tr("Access token or &key:")
                                : tr("Admin &key:"));
    if (!m_hasStoredSecret)
        m_apiKey->setPlaceholderText(
            p == u"openai"   ? tr("admin key, sk-admin-…")
            : azure          ? tr("client secret of the app registration")
            : google         ? tr("access token or service-account key (JSON)")
                             : tr("admin key, sk-ant-admin…"));
    m_apiKey->setToolTip(google ? tr("The output of gcloud auth print-access-token, or a service-account key (JSON) "
                                     "pasted here or read with the button below.")
                                : QString());
    m_filter->setPlaceholderText(
        p == u"openai" ? tr("project ids, comma-separated (empty: all projects)")
                       : tr("workspace ids, comma-separated (empty: all workspaces)"));
    if (m_id == 0) {
        // A fresh connection follows the provider's defaults until the user edits them.
        const QStringList defaults{providers::defaultBaseUrl(QStringLiteral("openai")),
                                   providers::defaultBaseUrl(QStringLiteral("anthropic")),
                                   providers::defaultBaseUrl(QStringLiteral("aws")),
                                   providers::defaultBaseUrl(QStringLiteral("azure")),
                                   providers::defaultBaseUrl(QStringLiteral("google"))};
        if (m_baseUrl->text().isEmpty() || defaults.contains(m_baseUrl->text()))
            m_baseUrl->setText(providers::defaultBaseUrl(p));
        if (m_name->text().isEmpty() || providers::providerIds().contains(m_name->text()))
            m_name->setText(p);
    }
}

providers::Connection ConnectionDialog::connection() const
{
    providers::Connection c = m_original;
    c.id = m_id;
    c.provider = provider();
    c.name = m_name->text().trimmed();
    c.baseUrl = m_baseUrl->text().trimmed();
    QJsonObject o = c.options;
    for (const char *k : {"project_ids", "workspace_ids", "region", "service", "group_by_account",
                          "tenant_id", "client_id", "scope", "group_by", "project_id", "table",
                          "location", "cost_analytics"})
        o.remove(QLatin1String(k));
    const auto put = [&o](const char *key, const QLineEdit *field) {
        if (!field->text().trimmed().isEmpty())
            o.insert(QLatin1String(key), field->text().trimmed());
    };
    if (c.provider == u"azure") {
        put("tenant_id", m_tenant);
        put("client_id", m_clientId);
        put("scope", m_scope);
        put("group_by", m_groupBy);
    } else if (c.provider == u"google") {
        put("project_id", m_project);
        put("table", m_table);
        put("location", m_location);
    } else if (c.provider == u"aws") {
        if (!m_region->text().trimmed().isEmpty())
            o.insert(QStringLiteral("region"), m_region->text().trimmed());
        if (!m_service->text().trimmed().isEmpty())
            o.insert(QStringLiteral("service"), m_service->text().trimmed());
        if (m_byAccount->isChecked())
            o.insert(QStringLiteral("group_by_account"), true);
    } else {
        const QJsonArray ids = splitList(m_filter->text());
        if (!ids.isEmpty())
            o.insert(c.provider == u"openai" ? QStringLiteral("project_ids")
                                             : QStringLiteral("workspace_ids"),
                     ids);
        if (c.provider == u"anthropic" && m_costAnalytics->isChecked())
            o.insert(QStringLiteral("cost_analytics"), true);
    }
    c.options = o;
    return c;
}

std::optional<providers::Credentials> ConnectionDialog::credentials() const
{
    providers::Credentials c;
    if (provider() == u"aws") {
        c.aws.accessKeyId = m_accessKeyId->text().trimmed().toUtf8();
        c.aws.secretAccessKey = m_secretKey->text().trimmed().toUtf8();
        c.aws.sessionToken = m_sessionToken->text().trimmed().toUtf8();
    } else {
        c.apiKey = m_apiKey->text().trimmed().toUtf8();
    }
    if (c.isEmpty())
        return std::nullopt;
    return c;
}

void ConnectionDialog::testConnection()
{
    const providers::Connection c = connection();
    if (Status s = providers::HttpClient::checkUrlAllowed(QUrl(c.baseUrl)); !s) {
        m_verdict->showError(s.errorMessage());
        return;
    }
    m_verdict->showInformation(tr("Testing…"));
    m_test->setEnabled(false);
    // Empty key fields: the stored key (when editing) or the environment is used.
    if (!m_syncService->startTest(c, credentials()))
        m_test->setEnabled(true);
}

void ConnectionDialog::readKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Service-account key file"), QString(),
                                                      tr("Key files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20)) {
        m_error->showError(tr("Cannot read '%1'.").arg(path));
        return;
    }
    // Kept only in the password field until the dialog saves it to the keychain.
    m_apiKey->setText(QString::fromUtf8(f.readAll()).simplified());
    m_error->hide();
}

void ConnectionDialog::accept()
{
    QString problem;
    const providers::Connection c = connection();
    if (c.name.isEmpty())
        problem = tr("Give the connection a name.");
    else if (Status s = providers::HttpClient::checkUrlAllowed(QUrl(c.baseUrl)); !s)
        problem = s.errorMessage();
    else if (c.provider == u"aws" && !m_secretKey->text().isEmpty() &&
             m_accessKeyId->text().trimmed().isEmpty())
        problem = tr("An AWS secret access key needs its access key ID.");
    else if (c.provider == u"azure" && (m_tenant->text().trimmed().isEmpty() ||
                                        m_clientId->text().trimmed().isEmpty() ||
                                        m_scope->text().trimmed().isEmpty()))
        problem = tr("An Azure connection needs the tenant ID, the client ID and the scope.");
    else if (c.provider == u"google" && m_table->text().trimmed().isEmpty())
        problem = tr("A Google Cloud connection needs the billing export table.");
    else if (c.provider == u"aws" && m_secretKey->text().isEmpty() &&
             !m_accessKeyId->text().trimmed().isEmpty())
        problem = tr("An AWS access key ID needs its secret access key.");
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui
