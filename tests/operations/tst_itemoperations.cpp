// The editing decisions of issue 18 that used to live in the views, run on a real document
// without widgets: defaults of new items, publishing, matrix ticks, common categories, the
// transfer column of the sub-processor chains.

#include "document.h"
#include "itemoperations.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Fortegnelse;

class TestItemOperations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

private slots:
    void init()
    {
        QString error;
        QFile::remove(m_dir.filePath(QStringLiteral("r.ropa")));
        m_doc = Document::create(m_dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY2(m_doc, qPrintable(error));
    }
    void cleanup() { m_doc.reset(); }

    void shouldAddEachKindWithItsDefaults_data()
    {
        QTest::addColumn<int>("kindNumber");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("focus");
        QTest::newRow("activity") << int(EntityKind::Activity) << "New processing activity"
                                  << "name";
        QTest::newRow("party") << int(EntityKind::Party) << "New party"
                               << "name";
        QTest::newRow("subject category") << int(EntityKind::SubjectCategory) << "New subject category"
                                          << "name";
        QTest::newRow("data category") << int(EntityKind::DataCategory) << "New data category"
                                       << "name";
        QTest::newRow("measure") << int(EntityKind::Measure) << "New security measure"
                                 << "name";
        QTest::newRow("cookie") << int(EntityKind::Cookie) << "New cookie"
                                << "name";
        QTest::newRow("transfer") << int(EntityKind::Transfer) << ""
                                  << "destination";
    }
    void shouldAddEachKindWithItsDefaults()
    {
        QFETCH(int, kindNumber);
        const auto kind = EntityKind(kindNumber);
        QFETCH(QString, name);
        QFETCH(QString, focus);
        // GIVEN a register in Danish; WHEN an item is added
        const QString id = addItemWithDefaults(*m_doc, kind, QDate(2026, 12, 3));
        // THEN it exists, named in the register's language, and one undo removes it
        QVERIFY(!id.isEmpty());
        QCOMPARE(newItemName(kind), name);
        QCOMPARE(firstFieldOfNewItem(kind), focus);
        const Register &reg = m_doc->reg();
        switch (kind) {
        case EntityKind::Activity:
            QCOMPARE(reg.activities.find(id)->name.text(QStringLiteral("da")), name);
            QCOMPARE(reg.activities.find(id)->created, QDate(2026, 12, 3));
            break;
        case EntityKind::Party: QCOMPARE(reg.parties.find(id)->name, name); break;
        case EntityKind::SubjectCategory: QCOMPARE(reg.subjectCategories.find(id)->name.text(QStringLiteral("da")), name); break;
        case EntityKind::DataCategory: QCOMPARE(reg.dataCategories.find(id)->name.text(QStringLiteral("da")), name); break;
        case EntityKind::Measure: QCOMPARE(reg.measures.find(id)->name.text(QStringLiteral("da")), name); break;
        case EntityKind::Cookie: QCOMPARE(reg.cookies.find(id)->name, name); break;
        case EntityKind::Transfer: QVERIFY(reg.transfers.find(id)); break;
        default: QFAIL("not a list");
        }
        QVERIFY(m_doc->undo());
        bool exists = true;
        withList(m_doc->reg(), kind, [&](const auto &list) { exists = list.find(id) != nullptr; });
        QVERIFY(!exists);
    }

    void shouldNameANewItemInTheRegistersLanguage()
    {
        m_doc->updateOrganisation([](Organisation &o) { o.language = QStringLiteral("sv"); }, QStringLiteral("language"));
        const QString id = addItemWithDefaults(*m_doc, EntityKind::Measure, QDate(2026, 12, 3));
        QCOMPARE(m_doc->reg().measures.find(id)->name.text(QStringLiteral("sv")), QStringLiteral("New security measure"));
        QVERIFY(m_doc->reg().measures.find(id)->name.text(QStringLiteral("da")).isEmpty());
    }

    void shouldAddNothingForASingleton()
    {
        QVERIFY(addItemWithDefaults(*m_doc, EntityKind::Organisation, QDate(2026, 12, 3)).isEmpty());
        QVERIFY(!m_doc->undoStack()->canUndo());
    }

    void shouldDuplicateAndRemoveWithReferences()
    {
        const QString copy = duplicateItem(*m_doc, EntityKind::Party, QStringLiteral("hosting"));
        QVERIFY(!copy.isEmpty() && copy != u"hosting");
        QCOMPARE(m_doc->reg().parties.size(), 3);
        // The sample's activity and sub-processor refer to "hosting": one step removes it and them.
        QVERIFY(removeItem(*m_doc, EntityKind::Party, QStringLiteral("hosting")));
        QVERIFY(!m_doc->reg().parties.find(QStringLiteral("hosting")));
        QVERIFY(m_doc->reg().parties.find(QStringLiteral("cloud"))->parent.isEmpty());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->reg().parties.find(QStringLiteral("cloud"))->parent, QStringLiteral("hosting"));
    }

    void shouldSuggestTheNextPolicyVersion_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("none") << ""
                              << "1.0";
        QTest::newRow("minor") << "2.3"
                               << "2.4";
        QTest::newRow("whole number") << "7"
                                      << "8";
        QTest::newRow("ten") << "1.9"
                             << "1.10";
        QTest::newRow("words") << "spring edition"
                               << "spring edition";
        QTest::newRow("letter suffix") << "1.2b"
                                       << "1.2b";
    }
    void shouldSuggestTheNextPolicyVersion()
    {
        QFETCH(QString, current);
        QFETCH(QString, suggested);
        QCOMPARE(suggestPolicyVersion(current), suggested);
    }

    void shouldPublishThePolicyAsOneStep()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 30, 15, 789), Qt::UTC);
        QVERIFY(publishPolicy(*m_doc, QStringLiteral("  2.0 "), now));
        const PolicySettings &p = m_doc->reg().policy;
        QCOMPARE(p.version, QStringLiteral("2.0"));
        QCOMPARE(p.lastUpdated, QDate(2026, 12, 3));
        QCOMPARE(p.published, QDateTime(QDate(2026, 12, 3), QTime(12, 30, 15), Qt::UTC));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Publish policy version 2.0"));
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->reg().policy.version, QStringLiteral("1.0"));
        QVERIFY(!m_doc->reg().policy.published.isValid());
    }

    void shouldRefuseToPublishWithoutAVersion()
    {
        QVERIFY(!publishPolicy(*m_doc, QStringLiteral("  "), QDateTime::currentDateTimeUtc()));
        QVERIFY(!m_doc->undoStack()->canUndo());
        QCOMPARE(m_doc->reg().policy.version, QStringLiteral("1.0"));
    }

    void shouldTickAndUntickTheMatrix_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("data");
        QTest::addColumn<bool>("on");
        QTest::addColumn<QString>("expected"); // the matrix as "subject:data,data;..."
        QTest::newRow("tick a new subject") << "children"
                                            << "health" << true << "customers:name;children:health";
        QTest::newRow("tick a second datum") << "customers"
                                             << "health" << true << "customers:name,health";
        QTest::newRow("tick twice") << "customers"
                                    << "name" << true << "customers:name";
        QTest::newRow("untick the last datum drops the row") << "customers"
                                                             << "name" << false << "";
        QTest::newRow("untick what is not ticked") << "children"
                                                   << "name" << false << "customers:name";
    }
    void shouldTickAndUntickTheMatrix()
    {
        QFETCH(QString, subject);
        QFETCH(QString, data);
        QFETCH(bool, on);
        QFETCH(QString, expected);
        setMatrixCell(*m_doc, QStringLiteral("sales"), subject, data, on);
        QStringList rows;
        for (const MatrixRow &row : m_doc->reg().activities.find(QStringLiteral("sales"))->matrix)
            rows.append(row.subject + QLatin1Char(':') + row.data.join(QLatin1Char(',')));
        QCOMPARE(rows.join(QLatin1Char(';')), expected);
    }

    void shouldMapACommonCategoryToItsKindOfData_data()
    {
        QTest::addColumn<QString>("referenceKind");
        QTest::addColumn<int>("kind");
        QTest::newRow("special") << "special" << int(DataKind::Special);
        QTest::newRow("criminal") << "criminal" << int(DataKind::Criminal);
        QTest::newRow("national id") << "national-id" << int(DataKind::NationalId);
        QTest::newRow("cpr") << "cpr" << int(DataKind::NationalId);
        QTest::newRow("ordinary") << "ordinary" << int(DataKind::Ordinary);
        QTest::newRow("unknown") << "whatever" << int(DataKind::Ordinary);
    }
    void shouldMapACommonCategoryToItsKindOfData()
    {
        QFETCH(QString, referenceKind);
        QFETCH(int, kind);
        QCOMPARE(int(dataKindOfCommonCategory(referenceKind)), kind);
    }

    void shouldApplyACommonCategoryInEveryLanguage()
    {
        // GIVEN the ordinary "name" category; WHEN it becomes the common "health" category
        QVERIFY(applyCommonCategory(*m_doc, EntityKind::DataCategory, QStringLiteral("name"), QStringLiteral("health")));
        const DataCategory *d = m_doc->reg().dataCategories.find(QStringLiteral("name"));
        // THEN it is named in all four languages and is special-category data
        QCOMPARE(d->ref, QStringLiteral("health"));
        QCOMPARE(d->dataKind, DataKind::Special);
        for (const char *lang : {"da", "nb", "sv", "en"})
            QVERIFY2(!d->name.text(QLatin1String(lang)).isEmpty(), lang);
        QVERIFY(applyCommonCategory(*m_doc, EntityKind::SubjectCategory, QStringLiteral("children"), QStringLiteral("employees")));
        QCOMPARE(m_doc->reg().subjectCategories.find(QStringLiteral("children"))->name.text(QStringLiteral("en")), QStringLiteral("employees"));
        // A key that is no common category is recorded, and the name is kept.
        QVERIFY(applyCommonCategory(*m_doc, EntityKind::SubjectCategory, QStringLiteral("customers"), QString()));
        QCOMPARE(m_doc->reg().subjectCategories.find(QStringLiteral("customers"))->ref, QString());
        QCOMPARE(m_doc->reg().subjectCategories.find(QStringLiteral("customers"))->name.text(QStringLiteral("da")), QStringLiteral("Kunder"));
        QVERIFY(!applyCommonCategory(*m_doc, EntityKind::Party, QStringLiteral("hosting"), QStringLiteral("health")));
    }

    void shouldTellWhetherAPartysTransferIsRecorded_data()
    {
        QTest::addColumn<QString>("party");
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("withTransfer");
        QTest::addColumn<int>("expected");
        QTest::newRow("inside the EEA") << "hosting"
                                        << "DK" << false << int(TransferRecord::NotNeeded);
        QTest::newRow("unknown country") << "hosting"
                                         << "" << false << int(TransferRecord::NotNeeded);
        QTest::newRow("US with a transfer") << "cloud"
                                            << "US" << true << int(TransferRecord::Recorded);
        QTest::newRow("US without") << "cloud"
                                    << "US" << false << int(TransferRecord::Missing);
    }
    void shouldTellWhetherAPartysTransferIsRecorded()
    {
        QFETCH(QString, party);
        QFETCH(QString, country);
        QFETCH(bool, withTransfer);
        QFETCH(int, expected);
        Register reg = Test::sampleRegister();
        Party p = *reg.parties.find(party);
        p.country = country;
        if (!withTransfer)
            reg.transfers.clear();
        QCOMPARE(int(transferRecordOf(reg, p)), expected);
    }
};

FORTEGNELSE_TEST_MAIN(TestItemOperations)
#include "tst_itemoperations.moc"
