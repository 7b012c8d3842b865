#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tl::ui {

// A coloured strip across a page with a message and one button that acts on it
// (e.g. "Prices changed — re-price stored usage?" [Re-price now]).
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    NoticeBanner(const QString &text, const QString &buttonText, QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }
    void setText(const QString &text);
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace tl::ui
