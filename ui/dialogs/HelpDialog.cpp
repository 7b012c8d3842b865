#include "dialogs/HelpDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
const QString kDocs = QStringLiteral(":/tokenledger/docs/");
}

QStringList HelpDialog::documents()
{
    return {QStringLiteral("user-guide.md"), QStringLiteral("whatif.md"), QStringLiteral("formats.md"),
            QStringLiteral("cli.md")};
}

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("TokenLedger help"));
    const QStringList titles{tr("User guide"), tr("The what-if model"), tr("Supported formats"),
                             tr("Command line")};
    const QStringList files = documents();
    for (int i = 0; i < files.size(); ++i) {
        auto *item = new QListWidgetItem(titles.value(i), m_list);
        item->setData(Qt::UserRole, files[i]);
    }
    m_list->setObjectName(QStringLiteral("helpDocuments"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setSearchPaths({kDocs});
    m_browser->setOpenExternalLinks(true);

    auto *back = new QPushButton(tr("&Back"), this);
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(back, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    // The list as wide as its longest title (German titles are longer than English ones).
    const int listWidth = std::max(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 8,
                                   fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_list->setMinimumWidth(listWidth);
    splitter->setSizes({listWidth, 1000 - listWidth});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 720);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showDocument(m_list->item(row)->data(Qt::UserRole).toString());
    });
    // A link to another document (formats.md#litellm) keeps the list in step.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        const QString file = QFileInfo(url.path()).fileName();
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toString() == file && m_list->currentRow() != i) {
                const QSignalBlocker block(m_list);
                m_list->setCurrentRow(i);
            }
    });
    m_list->setCurrentRow(0);
}

void HelpDialog::showDocument(const QString &fileName)
{
    const QUrl url(QStringLiteral("qrc") + kDocs + fileName);
    if (m_browser->source().path() != url.path())
        m_browser->setSource(url, QTextDocument::MarkdownResource);
}

void HelpDialog::showSection(const QString &fileName, const QString &heading)
{
    showDocument(fileName);
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text() == heading) {
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            // Bring the heading to the top rather than just into view.
            const int top = int(doc->documentLayout()->blockBoundingRect(block).top());
            m_browser->verticalScrollBar()->setValue(top);
            return;
        }
    }
}

QString HelpDialog::currentDocument() const
{
    return QFileInfo(m_browser->source().path()).fileName();
}

} // namespace tl::ui
