#pragma once

#include "ingest/CsvMapping.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace tl::services {
class ImportService;
}

namespace tl::ui {

class MessageWidget;

// Maps the columns of a CSV file onto usage fields, with a preview of the file's first rows.
// The mapping is saved by name (reusable here and with `tokenledger-cli import --mapping NAME`).
class CsvMappingDialog : public QDialog
{
    Q_OBJECT
public:
    CsvMappingDialog(services::ImportService *service, const QString &file, QWidget *parent = nullptr);

    ingest::CsvMapping mapping() const;
    void setFieldColumn(ingest::CsvMapping::Field field, const QString &column); // tests
    void setName(const QString &name);

    void accept() override;

private:
    void loadSaved(const QString &name);

    services::ImportService *m_service;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QLineEdit *m_provider;
    QHash<ingest::CsvMapping::Field, QComboBox *> m_columns;
    QTableWidget *m_preview;
    MessageWidget *m_error;
};

} // namespace tl::ui
