#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace tl::ui {

// A message shown inline in a dialog or panel — an error under a form, the verdict of a test,
// the outcome of a sync — instead of a label coloured by hand. The kind is told by an icon and
// by a tinted frame whose colours are derived from the current palette, so the message reads
// in light and dark themes alike; the text itself keeps the palette's text colour. The text
// wraps, can be selected and copied, and is shown as plain text. Hidden while it has no text.
class MessageWidget : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
    };

    explicit MessageWidget(QWidget *parent = nullptr);

    // Shows `text` as a message of `kind`; an empty text hides the widget.
    void showMessage(Kind kind, const QString &text);
    void showInformation(const QString &text) { showMessage(Kind::Information, text); }
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    // Removes the text and hides the widget.
    void clearMessage();

    QString text() const;
    Kind kind() const { return m_kind; }

    // A button that hides the message (off by default).
    void setCloseButtonVisible(bool visible);

    // The colour a message of `kind` is marked with under `palette`: the palette's highlight
    // for information; for warnings and errors an amber and a red with the highlight's
    // saturation, as light or dark as contrast with the palette's window asks for.
    static QColor markColor(Kind kind, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace tl::ui
