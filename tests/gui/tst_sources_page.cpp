// The Sources page offscreen: importing files shows progress-finished history rows with their
// counts, the problems of the selected import, refreshes the dashboard, undo removes the
// import; the mapping dialog saves a named mapping; a connections panel sits on top.
#include "TestSupport.h"
#include "MainWindow.h"
#include "services/AppServices.h"
#include "dialogs/CsvMappingDialog.h"
#include "services/DashboardService.h"
#include "services/ImportService.h"
#include "pages/SourcesPage.h"
#include "services/Session.h"
#include "widgets/MessageWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tl;
using itemmodels::ImportHistoryModel;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
QString data(const char *name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/ingest/") + QString::fromUtf8(name);
}
} // namespace

class TestSourcesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void importHistoryProblemsUndo()
    {
        services::Session session;
        QVERIFY(session.createEmpty(m_dir.filePath(s("sources.db"))).ok());
        auto services = test::appServices(session);
        ui::MainWindow w(services.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(ui::MainWindow::Sources);
        services::ImportService *service = w.importService();
        QAbstractItemModelTester historyTester(service->history());
        QAbstractItemModelTester problemsTester(service->problems());

        auto *history = w.findChild<QTableView *>(s("importHistory"));
        auto *problems = w.findChild<QTableView *>(s("importProblems"));
        auto *undo = w.findChild<QPushButton *>(s("undoButton"));
        QVERIFY(history && problems && undo);
        QVERIFY(history->isVisible());
        QCOMPARE(history->model()->rowCount(), 0);

        QSignalSpy finished(service, &services::ImportService::importFinished);
        QSignalSpy refreshed(w.dashboardService(), &services::DashboardService::refreshed);
        w.sourcesPage()->importFiles({data("litellm_spend.jsonl"), data("bedrock.jsonl.gz")});
        QVERIFY(finished.wait(tl::test::kSlowMachineMs));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(finished.first().at(1).toString().contains(s("3 imported")));
        if (refreshed.isEmpty())
            QVERIFY(refreshed.wait(tl::test::kSlowMachineMs));

        QCOMPARE(history->model()->rowCount(), 2);
        // Newest first: the Bedrock file, then LiteLLM.
        QCOMPARE(history->model()->index(1, ImportHistoryModel::Source).data().toString(), s("litellm"));
        QCOMPARE(history->model()->index(1, ImportHistoryModel::File).data().toString(), s("litellm_spend.jsonl"));
        QCOMPARE(history->model()->index(1, ImportHistoryModel::Imported).data().toString(), s("3"));
        QCOMPARE(history->model()->index(1, ImportHistoryModel::Rejected).data().toString(), s("6"));
        QCOMPARE(history->model()->index(1, ImportHistoryModel::Duplicates).data().toString(), s("1"));

        history->selectRow(1);
        QCOMPARE(problems->model()->rowCount(), 6);
        QCOMPARE(problems->model()->index(0, 0).data().toLongLong(), 5);
        QCOMPARE(problems->model()->index(0, 1).data().toString(), s("prompt_tokens"));
        QVERIFY(undo->isEnabled());

        // Undo, confirming the question.
        QSignalSpy undone(service, &services::ImportService::undoFinished);
        QTimer::singleShot(200, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        undo->click();
        QVERIFY(undone.wait(tl::test::kSlowMachineMs));
        QVERIFY(undone.first().at(0).toBool());
        QCOMPARE(history->model()->index(1, ImportHistoryModel::Status).data(ImportHistoryModel::StatusRole).toString(),
                 s("undone"));
        auto facts = session.database()->connection().queryInt("SELECT count(*) FROM usage_fact");
        QCOMPARE(*facts, 2); // the Bedrock records remain
    }

    void failedFileIsReported()
    {
        services::Session session;
        QVERIFY(session.createEmpty(m_dir.filePath(s("fail.db"))).ok());
        auto services = test::appServices(session);
        ui::MainWindow w(services.get());
        w.showPage(ui::MainWindow::Sources);
        QSignalSpy finished(w.importService(), &services::ImportService::importFinished);
        w.sourcesPage()->importFiles({data("utf16.jsonl")});
        QVERIFY(finished.wait(tl::test::kSlowMachineMs));
        QCOMPARE(finished.first().at(0).toBool(), false);
        auto *status = w.findChild<QLabel *>(s("importStatus"));
        QVERIFY(status->text().contains(s("UTF-16")));
        QCOMPARE(w.importService()->history()->rowCount(), 0);
    }

    void mappingDialogSavesByName()
    {
        services::Session session;
        QVERIFY(session.createEmpty(m_dir.filePath(s("map.db"))).ok());
        services::ImportService service;
        service.setDatabase(session.database());
        ui::CsvMappingDialog dialog(&service, data("generic.csv"));
        auto *preview = dialog.findChild<QTableWidget *>();
        QVERIFY(preview);
        QCOMPARE(preview->columnCount(), 6);
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->horizontalHeaderItem(1)->text(), s("llm"));

        dialog.setName(s("gateway"));
        dialog.accept(); // nothing mapped yet: refused with a message
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.findChild<ui::MessageWidget *>(s("mappingError"))->text().contains(s("Time")));

        using F = ingest::CsvMapping::Field;
        dialog.setFieldColumn(F::Timestamp, s("when"));
        dialog.setFieldColumn(F::Model, s("llm"));
        dialog.setFieldColumn(F::InputTokens, s("in"));
        dialog.setFieldColumn(F::OutputTokens, s("out"));
        dialog.findChild<QLineEdit *>(s("defaultProvider"))->setText(s("openai"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(service.mappingNames(), QStringList{s("gateway")});
        auto saved = service.mapping(s("gateway"));
        QVERIFY(saved.ok());
        QCOMPARE(saved->columns.value(F::Model), s("llm"));
        QCOMPARE(saved->defaultProvider, s("openai"));
    }

    void connectionsPanelOnTop()
    {
        services::ImportService service;
        ui::SourcesPage page(&service);
        auto *splitter = page.findChild<QSplitter *>();
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 1);
        auto *panel = new QLabel(s("connections go here"));
        page.setConnectionsPanel(panel);
        QCOMPARE(splitter->count(), 2);
        QVERIFY(splitter->widget(0)->isAncestorOf(panel));
        QVERIFY(splitter->widget(0)->findChild<QLabel *>()->text() == s("Provider billing APIs"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSourcesPage)
#include "tst_sources_page.moc"
