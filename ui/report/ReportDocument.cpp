#include "report/ReportDocument.h"

#include "report/ReportSections.h"
#include "report/ReportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace tl::reportui {

QSizeF ReportDocument::paperSize(report::Paper paper)
{
    const QPageSize size(paper == report::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    const QSizeF mm = size.size(QPageSize::Millimeter); // exact: 210 × 297, 215.9 × 279.4
    return QSizeF(mm.width() / 25.4 * kUnitsPerInch, mm.height() / 25.4 * kUnitsPerInch);
}

ReportDocument::ReportDocument(const report::ReportData &data, const QLocale &locale)
    : m_pageSize(paperSize(data.request.paper))
{
    m_title = QCoreApplication::translate("tl::reportui::ReportDocument", "LLM spend report");
    const QString org = data.organisation.isEmpty() ? QString() : data.organisation + QStringLiteral(" · ");
    const QString running = org + m_title + QStringLiteral(" · ") + report::periodText(data.period(), locale);
    const QString footer = QCoreApplication::translate("tl::reportui::ReportDocument", "Generated %1 by TokenLedger %2")
                               .arg(report::dateText(data.generatedAt.toUTC().date(), locale) + u' '
                                        + data.generatedAt.toUTC().toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC"),
                                    QStringLiteral(TOKENLEDGER_VERSION));
    ReportLayout layout(m_pageSize, running, footer);
    SectionContext ctx{data, layout, ChartContext{data.request.currency, locale}};
    for (const SectionWriter &w : sectionWriters()) {
        if (!data.request.has(w.section))
            continue;
        if (w.section == report::Section::Scenarios && data.scenarios.isEmpty())
            continue; // nothing chosen: no empty page
        if (w.section == report::Section::Budgets && data.budgets.isEmpty())
            continue; // no budget is switched on: no page either
        if (w.section == report::Section::Savings && !data.savings)
            continue; // not computed
        layout.beginSection(report::sectionTitle(w.section), w.keepWithHeading);
        w.write(ctx);
    }
    writeTitlePage(ctx);
    m_pages = layout.finish();
}

void ReportDocument::paintPage(int index, QPainter &painter, double deviceDpi) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(deviceDpi / kUnitsPerInch, deviceDpi / kUnitsPerInch);
    m_pages[index].paint(painter, FontBook(deviceDpi));
    painter.restore();
}

QImage ReportDocument::pageImage(int index, double dpi) const
{
    QImage image(qRound(m_pageSize.width() * dpi / kUnitsPerInch), qRound(m_pageSize.height() * dpi / kUnitsPerInch),
                 QImage::Format_RGB32);
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(index, painter, image.logicalDpiY());
    return image;
}

Status ReportDocument::writePdf(const QString &path, const std::function<void(int, int)> &progress) const
{
    return writePages(m_pages, m_pageSize, m_title, path, progress);
}

Status ReportDocument::writePages(const QList<PageRecord> &pages, const QSizeF &pageSize, const QString &title,
                                  const QString &path, const std::function<void(int, int)> &progress)
{
    const auto fail = [&path](const QString &why) {
        return Error::of(QCoreApplication::translate("tl::reportui::ReportDocument", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QSizeF(pageSize.width() / kUnitsPerInch * 25.4, pageSize.height() / kUnitsPerInch * 25.4),
                                  QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("TokenLedger " TOKENLEDGER_VERSION));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(QCoreApplication::translate("tl::reportui::ReportDocument", "the PDF could not be started"));
        const double dpi = pdf.resolution();
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(dpi / kUnitsPerInch, dpi / kUnitsPerInch);
            pages[i].paint(painter, FontBook(dpi));
            painter.restore();
            if (progress)
                progress(i + 1, int(pages.size()));
        }
        painter.end();
    }
    if (!file.commit())
        return fail(file.errorString());
    return {};
}

} // namespace tl::reportui
