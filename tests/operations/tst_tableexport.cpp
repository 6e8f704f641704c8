// Issue 15, part 5: the record as XLSX, ODS and CSV, and the round trip. Each example
// register is exported with export-table and imported again with import-table; the facts
// a spreadsheet carries come back equal. The differences that are expected, and so not
// compared, are these:
// - ids, and every language but the register's own (a sheet is in one language);
// - in CSV only (it holds the first sheet): the subject x data matrix and each recipient's
//   data, since a row lists the subjects and the data, not which data of whom; the import
//   generates every pair and marks those the lists do not settle unconfirmed (rule U1).
//   XLSX and ODS carry them on their "Links" sheet, and they come back equal;
// - parties: a recipient comes back as a category of recipients with the party's name;
// - several retention rules in one activity come back as one criterion holding their text;
// - purposes that share a legal basis among others come back without their bases;
// - transfers: one per country and activity, without the recipient (the sheet has a column
//   of countries, not of transfers); a transfer whose destination is the recipient
//   party's country (none recorded on the transfer itself) has no country to export.

#include "activityfields.h"
#include "commandline.h"
#include "jsoncodec.h"
#include "tableimport.h"
#include "tablereader.h"
#include "testsupport.h"
#include "zipsource.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace Fortegnelse;
using namespace Fortegnelse::Tables;

namespace {

int run(const QStringList &arguments, QString *err = nullptr)
{
    QBuffer out, errors;
    out.open(QIODevice::WriteOnly);
    errors.open(QIODevice::WriteOnly);
    CommandLineIo io;
    io.out = &out;
    io.err = &errors;
    const int code = runCommandLine(QStringList{QStringLiteral("fortegnelse")} + arguments, io);
    if (err)
        *err = QString::fromUtf8(errors.data());
    return code;
}

Register registerAt(const QString &path)
{
    Register reg;
    QList<Json::Error> errors;
    Json::read(Test::fileContents(path), &reg, &errors);
    return reg;
}

template <class T> QStringList sortedNames(const Register &reg, const EntityList<T> &list, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        if (const T *item = list.find(id))
            names.append(item->name.resolve(reg.organisation.language, reg.organisation.language));
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

/// What a spreadsheet carries of an activity, as comparable text. What the sheet can only
/// carry for some activities is compared where \a original is one of them.
QStringList facts(const Register &reg, const ProcessingActivity &activity, const ProcessingActivity &original, bool withLinks)
{
    const QString lang = reg.organisation.language;
    QStringList out;
    QStringList purposes, bases;
    QSet<QString> distinct;
    for (const Purpose &purpose : activity.purposes)
        purposes.append(purpose.description.resolve(lang, lang));
    for (const Purpose &purpose : original.purposes)
        distinct.insert(purpose.legalBasis);
    out.append(QStringLiteral("purposes: ") + purposes.join(QStringLiteral(" | ")));
    if (distinct.size() == 1 || distinct.size() == original.purposes.size()) {
        for (const Purpose &purpose : activity.purposes)
            bases.append(purpose.legalBasis + u'/' + purpose.specialCondition + u'/' + purpose.criminalBasis + u'/' + purpose.cprGround);
        out.append(QStringLiteral("bases: ") + bases.join(QStringLiteral(" | ")));
    }
    out.append(QStringLiteral("subjects: ") + sortedNames(reg, reg.subjectCategories, activity.subjects()).join(u','));
    out.append(QStringLiteral("data: ") + sortedNames(reg, reg.dataCategories, activity.data).join(u','));
    out.append(QStringLiteral("measures: ") + sortedNames(reg, reg.measures, activity.measures).join(u','));
    QStringList countries;
    for (const Transfer &transfer : reg.transfers) {
        if (transfer.activities.contains(activity.id) && !transfer.destination.isEmpty())
            countries.append(transfer.destination);
    }
    countries.sort();
    countries.removeDuplicates();
    out.append(QStringLiteral("countries: ") + countries.join(u','));
    if (original.retention.size() == 1 && original.retention.first().criterion.isEmpty()
        && original.retention.first().amount > 0 && activity.retention.size() == 1)
        out.append(QStringLiteral("retention: %1 %2 %3").arg(activity.retention.first().amount).arg(int(activity.retention.first().unit)).arg(activity.retention.first().trigger.resolve(lang, lang)));
    QStringList recipients;
    for (const Disclosure &disclosure : activity.recipients) {
        const Party *party = reg.parties.find(disclosure.party);
        recipients.append(party ? party->name : disclosure.recipientCategory.resolve(lang, lang));
    }
    recipients.sort();
    recipients.removeDuplicates();
    out.append(QStringLiteral("recipients: ") + recipients.join(u','));
    out.append(QStringLiteral("department: ") + activity.department);
    if (withLinks) {
        // Which data concern whom, and what each recipient receives, cell by cell.
        const auto name = [&](const auto &list, const QString &id) { return sortedNames(reg, list, {id}).value(0); };
        QStringList cells;
        for (const MatrixRow &row : activity.matrix)
            for (const QString &data : row.data)
                cells.append(name(reg.subjectCategories, row.subject) + u'/' + name(reg.dataCategories, data)
                             + (row.unconfirmed ? QStringLiteral(" (unconfirmed)") : QString()));
        for (const Disclosure &disclosure : activity.recipients) {
            const Party *party = reg.parties.find(disclosure.party);
            const QString to = party ? party->name : disclosure.recipientCategory.resolve(lang, lang);
            for (const MatrixRow &row : activity.matrix)
                for (const QString &data : row.data)
                    if (receives(activity, disclosure, row.subject, data))
                        cells.append(to + QStringLiteral(" receives ") + name(reg.subjectCategories, row.subject) + u'/'
                                     + name(reg.dataCategories, data));
        }
        cells.sort();
        out.append(QStringLiteral("links: ") + cells.join(QStringLiteral("; ")));
    }
    out.append(QStringLiteral("systems: ") + activity.systems.join(u','));
    return out;
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void shouldExportAndImportEachExampleToAnEqualRecord_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("format");
        for (const char *example : {"oesyn", "octopus", "deskhero"}) {
            for (const char *format : {"xlsx", "ods", "csv"})
                QTest::newRow(QByteArray(example).append(' ').append(format).constData())
                    << QString::fromLatin1(example) << QString::fromLatin1(format);
        }
    }
    void shouldExportAndImportEachExampleToAnEqualRecord()
    {
        QFETCH(QString, example);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("original.ropa"));
        const QString table = dir.filePath(QStringLiteral("record.") + format);
        const QString imported = dir.filePath(QStringLiteral("imported.ropa"));
        QString err;
        // GIVEN an example register
        QCOMPARE(run({QStringLiteral("import"), Test::sourcePath(QStringLiteral("resources/examples/%1.json").arg(example)),
                      QStringLiteral("-o"), original},
                     &err),
                 0);
        // WHEN it is exported as a spreadsheet and that is imported
        QCOMPARE(run({QStringLiteral("export-table"), original, QStringLiteral("--format"), format, QStringLiteral("-o"), table}, &err), 0);
        const Register before = registerAt(original);
        QCOMPARE(run({QStringLiteral("import-table"), table, QStringLiteral("--lang"), before.organisation.language,
                      QStringLiteral("-o"), imported},
                     &err),
                 0);
        // THEN every activity comes back with the facts the sheet carries
        const Register after = registerAt(imported);
        QCOMPARE(after.activities.size(), before.activities.size());
        for (int i = 0; i < before.activities.size(); ++i) {
            const ProcessingActivity &was = before.activities.at(i);
            const ProcessingActivity &is = after.activities.at(i);
            const QString lang = before.organisation.language;
            QCOMPARE(is.name.text(lang), was.name.resolve(lang, lang));
            const bool withLinks = format != u"csv";
            QCOMPARE(facts(after, is, was, withLinks), facts(before, was, was, withLinks));
            QCOMPARE(is.status, ActivityStatus::Draft);
            // AND from CSV, what the lists do not settle is marked for the officer to confirm
            if (!withLinks)
                for (const MatrixRow &row : is.matrix)
                    QCOMPARE(row.unconfirmed, is.subjects().size() > 1 && is.data.size() > 1);
        }
    }

    void shouldWriteThreeSheetsWithFrozenHeadersAndFilters_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("ods") << QStringLiteral("ods");
    }
    void shouldWriteThreeSheetsWithFrozenHeadersAndFilters()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString reg = dir.filePath(QStringLiteral("r.ropa"));
        const QString table = dir.filePath(QStringLiteral("record.") + format);
        QCOMPARE(run({QStringLiteral("import"), Test::sourcePath(QStringLiteral("resources/examples/octopus.json")),
                      QStringLiteral("-o"), reg}),
                 0);
        const Test::FileFingerprint before = Test::FileFingerprint::of(reg);
        QCOMPARE(run({QStringLiteral("export-table"), reg, QStringLiteral("--format"), format, QStringLiteral("-o"), table}), 0);
        QCOMPARE(Test::FileFingerprint::of(reg), before);
        TableWorkbook book;
        QString error;
        QVERIFY2(readTableFile(table, &book, &error), qPrintable(error));
        QCOMPARE(book.sheets.size(), 3);
        QCOMPARE(book.sheets.at(0).name, QStringLiteral("Activities"));
        QCOMPARE(book.sheets.at(1).name, QStringLiteral("Links"));
        QCOMPARE(book.sheets.at(2).name, QStringLiteral("Processor record"));
        const Register source = registerAt(reg);
        QCOMPARE(book.sheets.at(0).rowCount(), source.activities.size() + 1);
        int links = 0;
        for (const ProcessingActivity &activity : source.activities) {
            for (const MatrixRow &row : activity.matrix)
                links += int(row.data.size());
        }
        QVERIFY2(book.sheets.at(1).rowCount() - 1 >= links, qPrintable(QString::number(book.sheets.at(1).rowCount())));
        ZipSource zip(table, ReadLimits{});
        QVERIFY(zip.open(&error));
        QByteArray xml;
        if (format == u"xlsx") {
            QVERIFY(zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), &xml, &error));
            QVERIFY(xml.contains("<pane ySplit=\"1\""));
            QVERIFY(xml.contains("<autoFilter ref=\"A1:M"));
        } else {
            QVERIFY(zip.read(QStringLiteral("content.xml"), &xml, &error));
            QVERIFY(xml.contains("table:display-filter-buttons=\"true\""));
            QVERIFY(zip.read(QStringLiteral("settings.xml"), &xml, &error));
            QVERIFY(xml.contains("VerticalSplitPosition"));
        }
    }

    void shouldNeverWriteACellASpreadsheetRunsAsAFormula()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const QString reg = dir.filePath(QStringLiteral("r.ropa"));
        Register sample = Register::createEmpty();
        ProcessingActivity activity;
        activity.id = QStringLiteral("activity-1");
        activity.name = LocalText(QStringLiteral("da"), QStringLiteral("=HYPERLINK(\"http://x\";\"y\")"));
        activity.department = QStringLiteral("@SUM(1+1)");
        sample.activities.append(activity);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Json::write(sample));
        file.close();
        QCOMPARE(run({QStringLiteral("import"), json, QStringLiteral("-o"), reg}), 0);
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
            const QString out = dir.filePath(QStringLiteral("record.") + format);
            QCOMPARE(run({QStringLiteral("export-table"), reg, QStringLiteral("--format"), format, QStringLiteral("-o"), out}), 0);
            TableWorkbook book;
            QString error;
            QVERIFY2(readTableFile(out, &book, &error), qPrintable(error));
            const TableCell &name = book.sheets.first().cell(1, 0);
            QVERIFY(!name.fromFormula);
            if (format == u"csv") {
                QCOMPARE(name.text, QStringLiteral("'=HYPERLINK(\"http://x\";\"y\")"));
                QCOMPARE(book.sheets.first().text(1, 2), QStringLiteral("'@SUM(1+1)"));
            } else {
                QCOMPARE(name.text, QStringLiteral("=HYPERLINK(\"http://x\";\"y\")"));
                QCOMPARE(name.kind, CellKind::Text);
            }
        }
    }
};

FORTEGNELSE_TEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
