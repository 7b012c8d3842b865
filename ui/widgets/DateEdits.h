#pragma once

class QDateEdit;

namespace tl::ui {

// Every date edit shows its date as the captions beside it do: the locale's short date
// ("06.11.26" in German, "11/6/26" in US English), with a calendar to pick from. A two-digit
// year is read in this century, so the edit keeps to 2000–2099.
void useLocaleDates(QDateEdit *edit);

} // namespace tl::ui
