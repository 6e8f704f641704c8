// Building an activity from the shipped catalogues, without widgets (issue 14): each
// template fills an activity as one undoable step with values true to the law it cites,
// and a category, subject, party or measure made from inside an activity is one step too.

#include "activityfields.h"
#include "activitytemplates.h"
#include "catalogues.h"
#include "document.h"
#include "itemoperations.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Fortegnelse;

namespace {

std::unique_ptr<Document> emptyRegister(const QTemporaryDir &dir, QString *activity)
{
    QString error;
    auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Register::createEmpty(QStringLiteral("da")), &error);
    if (doc)
        *activity = addItemWithDefaults(*doc, EntityKind::Activity, QDate(2026, 12, 3));
    return doc;
}

QString dataKey(const Register &reg, const QString &id)
{
    const DataCategory *d = reg.dataCategories.find(id);
    return d ? d->ref : QString();
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void shouldFillAnActivityFromATemplateAsOneStep_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("purposes");
        QTest::addColumn<int>("subjects");
        QTest::addColumn<int>("data");
        QTest::addColumn<int>("retention");
        QTest::addColumn<int>("recipients");
        QTest::newRow("Lønadministration") << "payroll-dk"
                                           << "Lønadministration" << 2 << 2 << 7 << 2 << 3;
        QTest::newRow("Rekruttering") << "recruitment-dk"
                                      << "Rekruttering" << 1 << 1 << 5 << 1 << 0;
        QTest::newRow("Nyhedsbrev") << "newsletter-dk"
                                    << "Nyhedsbrev" << 1 << 1 << 3 << 1 << 1;
        QTest::newRow("Hjemmeside og cookies") << "website-dk"
                                               << "Hjemmeside og cookies" << 2 << 1 << 3 << 0 << 1;
    }
    void shouldFillAnActivityFromATemplateAsOneStep()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(int, purposes);
        QFETCH(int, subjects);
        QFETCH(int, data);
        QFETCH(int, retention);
        QFETCH(int, recipients);
        // GIVEN a new activity in an empty register
        QTemporaryDir dir;
        QString id;
        auto doc = emptyRegister(dir, &id);
        QVERIFY(doc && !id.isEmpty());
        const ProcessingActivity before = *doc->reg().activities.find(id);
        const int steps = doc->undoStack()->count();
        // WHEN the template is applied
        QVERIFY(applyActivityTemplate(*doc, id, key));
        // THEN the activity holds the template's contents, in one step
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const ProcessingActivity &a = *doc->reg().activities.find(id);
        QCOMPARE(a.name.text(QStringLiteral("da")), name);
        QCOMPARE(a.purposes.size(), purposes);
        QCOMPARE(a.subjects().size(), subjects);
        QCOMPARE(a.data.size(), data);
        QCOMPARE(a.retention.size(), retention);
        QCOMPARE(a.recipients.size(), recipients);
        QCOMPARE(doc->reg().dataCategories.size(), data); // one common category each
        for (const MatrixRow &row : a.matrix)
            QCOMPARE(row.data.size(), data); // every subject against every datum of the template
        for (const Purpose &p : a.purposes)
            QVERIFY2(!p.legalBasis.isEmpty(), qPrintable(key));
        // and undo takes all of it away again
        QVERIFY(doc->undo());
        QCOMPARE(*doc->reg().activities.find(id), before);
        QCOMPARE(doc->reg().dataCategories.size(), 0);
        QCOMPARE(doc->reg().subjectCategories.size(), 0);
    }

    void shouldStatePayrollAsTheLawDoes()
    {
        QTemporaryDir dir;
        QString id;
        auto doc = emptyRegister(dir, &id);
        QVERIFY(applyActivityTemplate(*doc, id, QStringLiteral("payroll-dk")));
        const Register &reg = doc->reg();
        const ProcessingActivity &a = *reg.activities.find(id);
        // Bookkeeping: 5 years from the end of the financial year, bogføringsloven (LEGAL.md §5).
        bool bookkeeping = false;
        for (const RetentionRule &r : a.retention)
            if (r.lawReferences.contains(QStringLiteral("bogforingsloven-10"))) {
                bookkeeping = true;
                QCOMPARE(r.amount, 5);
                QCOMPARE(r.unit, PeriodUnit::Years);
                QStringList keys;
                for (const QString &d : r.data)
                    keys.append(dataKey(reg, d));
                QVERIFY(keys.contains(QStringLiteral("salary")));
            }
        QVERIFY(bookkeeping);
        // CPR numbers to the tax authority: DBL § 11(2) nr. 1, required by law.
        bool cpr = false;
        for (const Purpose &p : a.purposes)
            cpr |= p.legalBasis == u"c" && p.cprGround == u"dbl-11-2-1";
        QVERIFY(cpr);
        for (const QString &d : a.data)
            if (dataKey(reg, d) == u"cpr-number")
                QCOMPARE(reg.dataCategories.find(d)->dataKind, DataKind::NationalId);
    }

    void shouldNotCiteTheMarketingActAsABasisForKeeping()
    {
        QTemporaryDir dir;
        QString id;
        auto doc = emptyRegister(dir, &id);
        QVERIFY(applyActivityTemplate(*doc, id, QStringLiteral("newsletter-dk")));
        const ProcessingActivity &a = *doc->reg().activities.find(id);
        QCOMPARE(a.retention.size(), 1);
        QVERIFY(a.retention.at(0).lawReferences.isEmpty()); // LEGAL.md §9
        QCOMPARE(a.retention.at(0).criterion.text(QStringLiteral("da")), QStringLiteral("indtil samtykket trækkes tilbage"));
        QVERIFY(a.purposes.at(0).directMarketing);
    }

    void shouldReuseTheRegistersCategoriesWhenATemplateIsAppliedTwice()
    {
        QTemporaryDir dir;
        QString id;
        auto doc = emptyRegister(dir, &id);
        QVERIFY(applyActivityTemplate(*doc, id, QStringLiteral("payroll-dk")));
        const QString second = addItemWithDefaults(*doc, EntityKind::Activity, QDate(2026, 12, 3));
        QVERIFY(applyActivityTemplate(*doc, second, QStringLiteral("recruitment-dk")));
        // name, employment history: shared; contact details, CV, references: new
        QCOMPARE(doc->reg().dataCategories.size(), 7 + 3);
    }

    void shouldCreateInPlaceAsOneStep_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("name");
        QTest::newRow("a common data category, named in Danish") << "data"
                                                                 << "CPR-nummer";
        QTest::newRow("a data category of our own") << "data"
                                                    << "Kørselsregnskab";
        QTest::newRow("a common subject category") << "subject"
                                                   << "medarbejdere";
        QTest::newRow("a party") << "party"
                                 << "Dataløn A/S";
        QTest::newRow("a catalogue measure") << "measure"
                                             << "mfa";
    }
    void shouldCreateInPlaceAsOneStep()
    {
        QFETCH(QString, what);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QString id;
        auto doc = emptyRegister(dir, &id);
        const Register before = doc->reg();
        const int steps = doc->undoStack()->count();
        QString made;
        if (what == u"data")
            made = addDataCategoryToActivity(*doc, id, name);
        else if (what == u"subject")
            made = addSubjectToActivity(*doc, id, name);
        else if (what == u"party")
            made = addRecipientPartyToActivity(*doc, id, name);
        else
            made = addCatalogueMeasureToActivity(*doc, id, name);
        QVERIFY(!made.isEmpty());
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const ProcessingActivity &a = *doc->reg().activities.find(id);
        if (what == u"data") {
            QVERIFY(a.data.contains(made));
            const DataCategory *d = doc->reg().dataCategories.find(made);
            if (name == u"CPR-nummer") {
                QCOMPARE(d->ref, QStringLiteral("cpr-number"));
                QCOMPARE(d->dataKind, DataKind::NationalId);
                QCOMPARE(d->name.texts().size(), 4);
            } else {
                QVERIFY(d->ref.isEmpty());
                QCOMPARE(d->name.text(QStringLiteral("da")), name);
            }
        } else if (what == u"subject") {
            QCOMPARE(a.subjects(), QStringList{made});
            QCOMPARE(doc->reg().subjectCategories.find(made)->ref, QStringLiteral("employees"));
        } else if (what == u"party") {
            QCOMPARE(a.recipients.size(), 1);
            QCOMPARE(a.recipients.at(0).party, made);
            QCOMPARE(doc->reg().parties.find(made)->name, name);
        } else {
            QCOMPARE(a.measures, QStringList{made});
            QCOMPARE(doc->reg().measures.find(made)->name.texts().size(), 4);
        }
        QVERIFY(doc->undo());
        QCOMPARE(*doc->reg().activities.find(id), *before.activities.find(id));
        QCOMPARE(doc->reg().dataCategories.size(), before.dataCategories.size());
        QCOMPARE(doc->reg().subjectCategories.size(), before.subjectCategories.size());
        QCOMPARE(doc->reg().parties.size(), before.parties.size());
        QCOMPARE(doc->reg().measures.size(), before.measures.size());
    }

    void shouldTickRowsAndKeepChosenSubjects()
    {
        QTemporaryDir dir;
        QString id;
        auto doc = emptyRegister(dir, &id);
        const QString employees = addSubjectToActivity(*doc, id, QStringLiteral("medarbejdere"));
        const QString name = addDataCategoryToActivity(*doc, id, QStringLiteral("navn"));
        const QString salary = addDataCategoryToActivity(*doc, id, QStringLiteral("løn- og pensionsoplysninger"));
        QVERIFY(setMatrixCells(*doc, id, {{employees, name}, {employees, salary}}, true));
        QCOMPARE(doc->reg().activities.find(id)->matrix.at(0).data, (QStringList{name, salary}));
        QVERIFY(setMatrixCells(*doc, id, {{employees, name}, {employees, salary}}, false));
        // The subject stays chosen with no data ticked: it was chosen, not derived, and
        // the file keeps it so.
        QCOMPARE(doc->reg().activities.find(id)->subjects(), QStringList{employees});
        QString error;
        auto reopened = Document::open(dir.filePath(QStringLiteral("r.ropa")), &error, Document::Mode::ReadOnly);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->reg().activities.find(id)->subjects(), QStringList{employees});
        reopened.reset();
        QVERIFY(setActivitySubject(*doc, id, employees, false));
        QVERIFY(doc->reg().activities.find(id)->subjects().isEmpty());
    }

    void shouldSayWhatARecipientReceives()
    {
        // GIVEN an activity about two groups of people with two kinds of data, all processed,
        // and one recipient that receives nothing yet
        QTemporaryDir dir;
        QString id;
        auto doc = emptyRegister(dir, &id);
        const QString employees = addSubjectToActivity(*doc, id, QStringLiteral("medarbejdere"));
        const QString applicants = addSubjectToActivity(*doc, id, QStringLiteral("jobansøgere"));
        const QString name = addDataCategoryToActivity(*doc, id, QStringLiteral("navn"));
        const QString salary = addDataCategoryToActivity(*doc, id, QStringLiteral("løn- og pensionsoplysninger"));
        QVERIFY(setMatrixCells(*doc, id, {{employees, name}, {employees, salary}, {applicants, name}}, true));
        QVERIFY(doc->update<ProcessingActivity>(id, [](ProcessingActivity &a) { a.recipients.append(Disclosure{}); }, {}));
        const auto received = [&] {
            const ProcessingActivity &a = *doc->reg().activities.find(id);
            QStringList out;
            for (const QString &s : {employees, applicants})
                for (const QString &d : {name, salary})
                    if (receives(a, a.recipients.at(0), s, d))
                        out.append(s + QLatin1Char('/') + d);
            return out;
        };
        const QString en = employees + QStringLiteral("/") + name, es = employees + QStringLiteral("/") + salary,
                      an = applicants + QStringLiteral("/") + name;

        // WHEN a cell is ticked, THEN its subject and data are received; an unprocessed cell never is
        QVERIFY(setRecipientCells(*doc, id, 0, {{employees, name}}, true));
        QCOMPARE(received(), QStringList{en});
        // WHEN everything is ticked, THEN every processed cell, and no other, is received
        QVERIFY(setRecipientCells(*doc, id, 0, {{employees, name}, {employees, salary}, {applicants, name}, {applicants, salary}}, true));
        QCOMPARE(received(), (QStringList{en, es, an}));
        // WHEN a row is cleared, THEN its subject is no longer received
        QVERIFY(setRecipientCells(*doc, id, 0, {{applicants, name}, {applicants, salary}}, false));
        QCOMPARE(received(), (QStringList{en, es}));
        // WHEN one cell is cleared, THEN its data, for everyone, is no longer received
        QVERIFY(setRecipientCells(*doc, id, 0, {{employees, salary}}, false));
        QCOMPARE(received(), QStringList{en});
        // AND each gesture was one step
        QCOMPARE(doc->undoStack()->count() >= 4, true);
        doc->undo();
        QCOMPARE(received(), (QStringList{en, es}));
    }

    void shouldOfferEveryCatalogueMeasureInFourLanguages()
    {
        QVERIFY(securityMeasureCatalogue().size() >= 8);
        for (const MeasureTemplate &m : securityMeasureCatalogue())
            QVERIFY2(m.name.texts().size() == 4, qPrintable(m.key));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QCoreApplication app(argc, argv);
    TestCatalogues tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_catalogues.moc"
