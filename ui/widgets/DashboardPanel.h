#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace tl::ui {

// A titled card of the dashboard: a bold title with optional controls on the right, a muted
// subtitle line, and a body.
class DashboardPanel : public QFrame
{
    Q_OBJECT
public:
    explicit DashboardPanel(const QString &title, QWidget *parent = nullptr);

    void addHeaderWidget(QWidget *widget);
    void setSubtitle(const QString &text);
    QVBoxLayout *body() const { return m_body; }

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
    QVBoxLayout *m_body;
};

} // namespace tl::ui
