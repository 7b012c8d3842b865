#include "widgets/DiscountsPanel.h"

#include "dialogs/DiscountDialog.h"
#include "services/PricesService.h"
#include "widgets/FittedTableView.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

DiscountsPanel::DiscountsPanel(services::PricesService *service, QWidget *parent)
    : QGroupBox(tr("Negotiated discounts"), parent), m_service(service), m_table(new FittedTableView(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("discountsGroup"));
    m_table->setObjectName(QStringLiteral("discountTable"));
    m_add->setObjectName(QStringLiteral("addDiscountButton"));
    m_edit->setObjectName(QStringLiteral("editDiscountButton"));
    m_remove->setObjectName(QStringLiteral("removeDiscountButton"));
    m_table->setAccessibleName(tr("Negotiated discounts"));
    m_table->setModel(service->discountModel());
    m_add->setToolTip(tr("Add a percentage off list price for a provider or one of its models"));
    m_remove->setToolTip(tr("Remove the selected discount"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &DiscountsPanel::addDiscount);
    connect(m_edit, &QPushButton::clicked, this, &DiscountsPanel::editDiscount);
    connect(m_remove, &QPushButton::clicked, this, &DiscountsPanel::removeDiscount);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &DiscountsPanel::editDiscount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(m_busy); });
    connect(service->discountModel(), &QAbstractItemModel::modelReset, this, [this] { updateActions(m_busy); });
    updateActions(false);
}

int DiscountsPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DiscountsPanel::updateActions(bool busy)
{
    m_busy = busy;
    const bool writable = !busy && m_service->database();
    const pricing::Discount *current = m_service->discountModel()->discountAt(selectedRow());
    // A team ledger's discount is read-only here: its collector changes it.
    const bool own = current && current->origin.isEmpty();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && own);
    m_remove->setEnabled(writable && own);
}

void DiscountsPanel::addDiscount()
{
    QMap<QString, QStringList> models;
    for (const QString &provider : m_service->providers())
        models.insert(provider, m_service->modelsOf(provider));
    DiscountDialog dialog(models, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const pricing::Discount d = dialog.discount();
    if (Status s = m_service->saveDiscount(d); !s) {
        QMessageBox::warning(this, tr("Cannot save the discount"), s.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Discount of %1 % for %2 saved.").arg(d.percent, d.model.isEmpty() ? d.provider : d.model));
}

void DiscountsPanel::editDiscount()
{
    const pricing::Discount *current = m_service->discountModel()->discountAt(selectedRow());
    if (!current || !current->origin.isEmpty() || !m_add->isEnabled())
        return;
    DiscountDialog dialog({}, *current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const pricing::Discount d = dialog.discount();
    if (Status s = m_service->saveDiscount(d); !s) {
        QMessageBox::warning(this, tr("Cannot save the discount"), s.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Discount of %1 % for %2 saved.").arg(d.percent, d.model.isEmpty() ? d.provider : d.model));
}

void DiscountsPanel::removeDiscount()
{
    const pricing::Discount *current = m_service->discountModel()->discountAt(selectedRow());
    if (!current || !current->origin.isEmpty())
        return;
    const pricing::Discount d = *current;
    const QString what = d.model.isEmpty() ? tr("all %1 models").arg(d.provider) : d.model;
    if (QMessageBox::question(this, tr("Remove discount"),
                              tr("Remove the discount of %1 % for %2? List prices apply again.").arg(d.percent, what),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (Status s = m_service->removeDiscount(d.provider, d.model); !s) {
        QMessageBox::warning(this, tr("Cannot remove the discount"), s.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Discount for %1 removed.").arg(what));
}

} // namespace tl::ui
