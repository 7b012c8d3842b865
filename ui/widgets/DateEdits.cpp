#include "widgets/DateEdits.h"

#include <QDateEdit>
#include <QLocale>

namespace tl::ui {

void useLocaleDates(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    const QString format = edit->locale().dateFormat(QLocale::ShortFormat);
    edit->setDisplayFormat(format);
    if (!format.contains(QLatin1String("yyyy")))
        edit->setDateRange(std::max(edit->minimumDate(), QDate(2000, 1, 1)), std::min(edit->maximumDate(), QDate(2099, 12, 31)));
}

} // namespace tl::ui
