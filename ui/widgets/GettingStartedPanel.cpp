#include "widgets/GettingStartedPanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

// A card's width; the smallest window must still hold three.
constexpr int kCardWidth = 230;

// One way in: a titled card with what it takes and the button that starts it.
QFrame *wayIn(const QString &name, const QString &title, const QString &text, QPushButton *button,
              QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(name);
    // A fixed width lets the wrapped text take the height it needs.
    card->setFixedWidth(kCardWidth);
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-radius: 6px; "
                                       "background: palette(base); }")
                            .arg(name));
    auto *heading = new QLabel(title, card);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    heading->setFont(f);
    heading->setWordWrap(true);
    auto *body = new QLabel(text, card);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    body->setMinimumWidth(180);
    // Ask for the height the wrapped text needs at the card's width outright, too.
    const int inner = kCardWidth - 2 * 14 - 2 * card->frameWidth();
    heading->setMinimumHeight(heading->heightForWidth(inner));
    body->setMinimumHeight(body->heightForWidth(inner));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(heading);
    layout->addWidget(body, 1);
    layout->addWidget(button, 0, Qt::AlignLeft);
    return card;
}

} // namespace

GettingStartedPanel::GettingStartedPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("gettingStarted"));
    auto *title = new QLabel(tr("No usage yet — three ways to bring yours in"), this);
    title->setObjectName(QStringLiteral("gettingStartedTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(tr("Spend, trends, budgets and the what-if planner work on the usage in this "
                                "database. Everything stays on this computer."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    auto *importButton = new QPushButton(tr("Import files…"), this);
    importButton->setObjectName(QStringLiteral("startImport"));
    auto *connectButton = new QPushButton(tr("Connect a provider…"), this);
    connectButton->setObjectName(QStringLiteral("startConnect"));
    auto *openButton = new QPushButton(tr("Open a database…"), this);
    openButton->setObjectName(QStringLiteral("startOpen"));
    importButton->setDefault(true);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(wayIn(QStringLiteral("wayImport"), tr("Import log files"),
                           tr("LiteLLM spend logs, OpenAI Batch results, Bedrock invocation logs, Langfuse "
                              "exports, FOCUS billing exports or any CSV. Importing the same file twice "
                              "adds nothing."),
                           importButton, this));
    cards->addWidget(wayIn(QStringLiteral("wayConnect"), tr("Connect a billing API"),
                           tr("OpenAI and Anthropic admin keys, or AWS credentials for Bedrock's costs. "
                              "Usage and cost are fetched day by day; keys stay in the system keychain."),
                           connectButton, this));
    cards->addWidget(wayIn(QStringLiteral("wayOpen"), tr("Open an existing database"),
                           tr("A TokenLedger file a colleague keeps up to date, or one from another "
                              "computer."),
                           openButton, this));

    auto *more = new QLabel(tr("<a href=\"demo\">Look around with the demo organisation first</a>"
                               " · <a href=\"guide\">Getting started in the user guide</a>"),
                            this);
    more->setObjectName(QStringLiteral("gettingStartedLinks"));
    more->setAlignment(Qt::AlignCenter);
    more->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(more, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"demo")
            Q_EMIT demoRequested();
        else
            Q_EMIT guideRequested();
    });

    connect(importButton, &QPushButton::clicked, this, &GettingStartedPanel::importRequested);
    connect(connectButton, &QPushButton::clicked, this, &GettingStartedPanel::connectRequested);
    connect(openButton, &QPushButton::clicked, this, &GettingStartedPanel::openDatabaseRequested);

    auto *column = new QWidget(this);
    column->setMaximumWidth(3 * kCardWidth + 2 * 12);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(cards);
    columnLayout->addSpacing(14);
    columnLayout->addWidget(more);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // Centred by stretches, not by an alignment: an aligned widget gets its size hint's
    // height, not the height its wrapped texts need.
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column, 100);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(2);
}

} // namespace tl::ui
