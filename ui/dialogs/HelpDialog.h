#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace tl::ui {

// The user's documentation inside the app (Help ▸ User guide, F1): the user guide, the what-if
// model, the supported formats and the command line, as built into the program — so the
// guide is there offline and always matches the version that shows it.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // The documents by file name ("user-guide.md"), in list order.
    static QStringList documents();
    void showDocument(const QString &fileName);
    // Shows the document scrolled to the heading with this text (as written in the file).
    void showSection(const QString &fileName, const QString &heading);
    QString currentDocument() const;

private:
    QListWidget *m_list;
    QTextBrowser *m_browser;
};

} // namespace tl::ui
