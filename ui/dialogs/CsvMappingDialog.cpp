#include "dialogs/CsvMappingDialog.h"

#include "ingest/CsvPreview.h"
#include "services/ImportService.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl::ui {

using Field = ingest::CsvMapping::Field;

CsvMappingDialog::CsvMappingDialog(services::ImportService *service, const QString &file, QWidget *parent)
    : QDialog(parent), m_service(service), m_saved(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_provider(new QLineEdit(this)), m_preview(new QTableWidget(this)), m_error(new MessageWidget(this))
{
    setObjectName(QStringLiteral("csvMappingDialog"));
    setWindowTitle(tr("Column mapping for %1").arg(QFileInfo(file).fileName()));
    auto *layout = new QVBoxLayout(this);

    auto preview = ingest::CsvPreview::read(file);
    QStringList columns;
    if (preview) {
        columns = preview->header;
        m_preview->setColumnCount(int(columns.size()));
        m_preview->setHorizontalHeaderLabels(columns);
        m_preview->setRowCount(int(preview->rows.size()));
        for (int r = 0; r < preview->rows.size(); ++r) {
            for (int c = 0; c < preview->rows[r].size() && c < columns.size(); ++c) {
                // A value wider than its column says itself on hover.
                auto *item = new QTableWidgetItem(preview->rows[r][c]);
                item->setToolTip(preview->rows[r][c]);
                m_preview->setItem(r, c, item);
            }
        }
        m_preview->resizeColumnsToContents();
    }
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setMinimumHeight(160);

    auto *top = new QFormLayout;
    m_saved->setObjectName(QStringLiteral("savedMappings"));
    m_saved->addItem(tr("(new mapping)"));
    m_saved->addItems(m_service->mappingNames());
    top->addRow(tr("Saved mapping:"), m_saved);
    m_name->setObjectName(QStringLiteral("mappingName"));
    m_name->setPlaceholderText(tr("e.g. gateway-export"));
    top->addRow(tr("Save as:"), m_name);
    m_provider->setObjectName(QStringLiteral("defaultProvider"));
    m_provider->setPlaceholderText(tr("openai, anthropic, bedrock, google, azure"));
    top->addRow(tr("Provider of every row (when no column):"), m_provider);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    for (Field f : ingest::CsvMapping::allFields()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + ingest::CsvMapping::fieldKey(f));
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &c : std::as_const(columns))
            combo->addItem(c, c);
        // Preselect a column of the same name.
        for (const QString &c : std::as_const(columns)) {
            if (c.compare(ingest::CsvMapping::fieldKey(f), Qt::CaseInsensitive) == 0)
                combo->setCurrentIndex(combo->findData(c));
        }
        m_columns.insert(f, combo);
        QString label = ingest::CsvMapping::fieldLabel(f);
        if (ingest::CsvMapping::isRequired(f))
            label += u" *";
        form->addRow(label + u':', combo);
    }
    auto *middle = new QHBoxLayout;
    middle->addLayout(form);
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(new QLabel(tr("First rows of the file:"), this));
    previewBox->addWidget(m_preview, 1);
    if (!preview)
        previewBox->addWidget(new QLabel(preview.errorMessage(), this));
    middle->addLayout(previewBox, 1);
    layout->addLayout(middle, 1);

    m_error->setObjectName(QStringLiteral("mappingError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_saved, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i > 0)
            loadSaved(m_saved->itemText(i));
    });
    resize(900, 620);
}

void CsvMappingDialog::loadSaved(const QString &name)
{
    auto m = m_service->mapping(name);
    if (!m) {
        m_error->showError(m.errorMessage());
        return;
    }
    m_name->setText(m->name);
    m_provider->setText(m->defaultProvider);
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        const int i = it.value()->findData(m->columns.value(it.key()));
        it.value()->setCurrentIndex(std::max(0, i));
    }
}

void CsvMappingDialog::setFieldColumn(Field field, const QString &column)
{
    if (QComboBox *c = m_columns.value(field))
        c->setCurrentIndex(std::max(0, c->findData(column)));
}

void CsvMappingDialog::setName(const QString &name)
{
    m_name->setText(name);
}

ingest::CsvMapping CsvMappingDialog::mapping() const
{
    ingest::CsvMapping m;
    m.name = m_name->text().trimmed();
    m.defaultProvider = m_provider->text().trimmed();
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        const QString c = it.value()->currentData().toString();
        if (!c.isEmpty())
            m.columns.insert(it.key(), c);
    }
    return m;
}

void CsvMappingDialog::accept()
{
    const ingest::CsvMapping m = mapping();
    if (Status s = m_service->saveMapping(m); !s) {
        m_error->showError(s.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui
