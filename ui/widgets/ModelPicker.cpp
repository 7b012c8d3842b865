#include "widgets/ModelPicker.h"

#include <QSignalBlocker>

namespace tl::ui {

ModelPicker::ModelPicker(const QString &name, QWidget *parent) : QComboBox(parent)
{
    setObjectName(name);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT modelPicked(currentModel()); });
    // A long model id ("anthropic/claude-3-5-haiku-20241022") may be cut in a narrow panel.
    connect(this, &QComboBox::currentTextChanged, this, &QWidget::setToolTip);
}

QString ModelPicker::label(const planning::ModelRef &model)
{
    return model.provider + u'/' + model.model;
}

int ModelPicker::indexOf(const planning::ModelRef &model) const
{
    const QStringList key{model.provider, model.model};
    for (int i = 0; i < count(); ++i)
        if (itemData(i).toStringList() == key)
            return i;
    return -1;
}

void ModelPicker::setModels(const QList<planning::ModelRef> &models)
{
    const planning::ModelRef current = currentModel();
    const QSignalBlocker block(this);
    clear();
    for (const planning::ModelRef &m : models)
        addItem(label(m), QStringList{m.provider, m.model});
    if (!current.model.isEmpty())
        setCurrentModel(current);
}

void ModelPicker::setCurrentModel(const planning::ModelRef &model)
{
    const QSignalBlocker block(this);
    int i = indexOf(model);
    if (i < 0 && !model.model.isEmpty()) {
        addItem(label(model), QStringList{model.provider, model.model});
        i = count() - 1;
    }
    setCurrentIndex(i);
    setToolTip(i >= 0 ? label(model) : QString());
}

planning::ModelRef ModelPicker::currentModel() const
{
    const QStringList key = currentData().toStringList();
    return key.size() == 2 ? planning::ModelRef{key[0], key[1]} : planning::ModelRef{};
}

} // namespace tl::ui
