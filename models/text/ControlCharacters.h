#pragma once

#include <QString>
#include <QStringView>

namespace tl::text {

// Control characters (C0 including NUL, DEL, C1) in text that came from outside: log fields,
// file names, server messages. They must neither steer a terminal (ESC sequences set the
// window title, move the cursor, hide text) nor end up in stored values, where a NUL cuts
// the text short for every C API that reads it.
class ControlCharacters
{
public:
    // U+0000–U+001F, U+007F and U+0080–U+009F.
    static bool isControl(QChar c)
    {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7F && u <= 0x9F);
    }
    static bool contains(QStringView text);

    // For dimension values (user, team, key name, tags, …): every control character becomes
    // U+FFFD, so the record is kept and the damage stays visible.
    static QString replacedForStorage(const QString &value);

    // For text printed on a terminal: line feeds and tabs stay, every other control
    // character is shown as a visible escape ("\x1b", "\r", "\0"), so that what is printed
    // is what was there, and none of it acts on the terminal.
    static QString escapedForTerminal(const QString &text);
};

} // namespace tl::text
