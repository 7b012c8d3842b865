#pragma once

#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace tl {

// A monthly spend limit or set of spend alerts that a provider keeps for an organisation or
// one of its projects (OpenAI's admin API), as read during a sync. Amounts in USD.
struct SpendControl
{
    QString projectId;           // empty: the whole organisation
    QString projectName;         // as the provider names the project
    std::optional<Money> limit;  // the hard monthly limit, if one is set
    QList<Money> alerts;         // alert thresholds, ascending

    bool isOrganisation() const { return projectId.isEmpty(); }
    bool isEmpty() const { return !limit && alerts.isEmpty(); }
};

} // namespace tl
