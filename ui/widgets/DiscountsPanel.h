#pragma once

#include <QGroupBox>

class QPushButton;

namespace tl::services {
class PricesService;
}

namespace tl::ui {

class FittedTableView;

// The negotiated discounts of the Prices page: a table and Add…, Edit… and Remove buttons.
class DiscountsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit DiscountsPanel(services::PricesService *service, QWidget *parent = nullptr);

    FittedTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    // Enables the buttons that fit the selection (none while `busy`).
    void updateActions(bool busy);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    int selectedRow() const;
    void addDiscount();
    void editDiscount();
    void removeDiscount();

    services::PricesService *m_service;
    FittedTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    bool m_busy = false;
};

} // namespace tl::ui
