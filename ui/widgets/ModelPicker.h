#pragma once

#include "planning/Scenario.h"

#include <QComboBox>

namespace tl::ui {

// A model of the price catalog, shown as "provider/model". A model set from outside that the
// list does not hold (e.g. from a scenario file) is added so that it stays visible.
class ModelPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ModelPicker(const QString &name, QWidget *parent = nullptr);

    // Replaces the list, keeping the current model; emits nothing.
    void setModels(const QList<planning::ModelRef> &models);
    // Selects `model` without emitting modelPicked.
    void setCurrentModel(const planning::ModelRef &model);
    planning::ModelRef currentModel() const;

    static QString label(const planning::ModelRef &model);

Q_SIGNALS:
    void modelPicked(const planning::ModelRef &model); // chosen by the user

private:
    int indexOf(const planning::ModelRef &model) const;
};

} // namespace tl::ui
