#include "text/ControlCharacters.h"

namespace tl::text {

bool ControlCharacters::contains(QStringView text)
{
    for (const QChar c : text) {
        if (isControl(c))
            return true;
    }
    return false;
}

QString ControlCharacters::replacedForStorage(const QString &value)
{
    if (!contains(value))
        return value;
    QString out = value;
    for (QChar &c : out) {
        if (isControl(c))
            c = QChar::ReplacementCharacter;
    }
    return out;
}

QString ControlCharacters::escapedForTerminal(const QString &text)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isControl(c) && c != u'\n' && c != u'\t') {
            first = i;
            break;
        }
    }
    if (first < 0)
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isControl(c) || c == u'\n' || c == u'\t') {
            out += c;
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (c.unicode() == 0) {
            out += QLatin1String("\\0");
        } else {
            out += QLatin1String("\\x") +
                   QString::number(c.unicode(), 16).rightJustified(2, u'0');
        }
    }
    return out;
}

} // namespace tl::text
