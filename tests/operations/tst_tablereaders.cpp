// Issue 15, part 1: the readers of the tables officers bring. Each format's features read
// into the one grid (shared and inline strings, merges, dates, formulas' cached values,
// several sheets, encodings), and every hostile file refused with a message naming the file
// and the place, the grid left empty.

#include "tablefixtures.h"
#include "tablereader.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Fortegnelse;
using namespace Fortegnelse::Tables;
using Test::ZipEntries;

namespace {

using Fixture = std::function<bool(const QString &path)>;

} // namespace

Q_DECLARE_METATYPE(Fixture)

namespace {

Fixture zipOf(const ZipEntries &entries)
{
    return [entries](const QString &path) { return Test::writeZip(path, entries); };
}

Fixture bytesOf(const QByteArray &bytes)
{
    return [bytes](const QString &path) { return Test::writeFile(path, bytes); };
}

const QByteArray Xmlns = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

QByteArray billionLaughs(const QByteArray &root)
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY a0 \"lol\">";
    for (int i = 1; i < 10; ++i)
        dtd += "<!ENTITY a" + QByteArray::number(i) + " \"" + QByteArray("&a" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    return dtd + "]>\n<" + root + ">&a9;</" + root + ">";
}

/// "Sheet!C3=text" for every cell that holds something; "~" before the text marks a merged copy.
QStringList describe(const TableWorkbook &book)
{
    QStringList cells;
    for (const TableSheet &sheet : book.sheets) {
        for (int row = 0; row < sheet.rowCount(); ++row) {
            for (int column = 0; column < sheet.rows.at(row).size(); ++column) {
                const TableCell &cell = sheet.cell(row, column);
                if (!cell.text.isEmpty())
                    cells.append(sheet.name + u'!' + cellName(row, column) + u'='
                                 + (cell.merged ? QStringLiteral("~") : QString()) + cell.text);
            }
        }
    }
    return cells;
}

} // namespace

class TestTableReaders : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEveryCellAsTheOfficerSawIt_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<Fixture>("fixture");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected");

        const QByteArray shared =
            "<si><t>Fortegnelse</t></si><si><t>Slettefrist</t></si>"
            "<si><r><t>Løn</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> og pension</t></r>"
            "<rPh><t>ignored phonetic</t></rPh></si>";
        const QByteArray activities =
            "<sheetData>"
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Formål</t></is></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
            "<c r=\"C2\" s=\"1\"><v>45000</v></c></row>"
            "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>A2&amp;\"x\"</f><v>Formålx</v></c><c r=\"B3\"><v>3.5</v></c>"
            "<c r=\"C3\" s=\"2\"><v>44927</v></c><c r=\"D3\" t=\"b\"><v>1</v></c></row>"
            "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>2</v></c><c r=\"AA5\"><f>1/0</f><v>#DIV/0!</v></c></row>"
            "<row><c t=\"inlineStr\"><is><t>no reference</t></is></c><c><f>SUM(B3)</f></c></row>"
            "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>";
        QTest::newRow("xlsx: shared, rich and inline strings, merges, dates, formulas, two sheets")
            << QStringLiteral("record.xlsx")
            << zipOf(Test::xlsxParts({{QStringLiteral("Aktiviteter"), activities},
                                      {QStringLiteral("Second"), "<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\">"
                                                                 "<is><t>other</t></is></c></row></sheetData>"}},
                                     shared))
            << QStringLiteral("xlsx")
            << QStringList{QStringLiteral("Aktiviteter!A1=Fortegnelse"), QStringLiteral("Aktiviteter!B1=~Fortegnelse"),
                           QStringLiteral("Aktiviteter!C1=~Fortegnelse"), QStringLiteral("Aktiviteter!A2=Formål"),
                           QStringLiteral("Aktiviteter!B2=Slettefrist"), QStringLiteral("Aktiviteter!C2=2023-03-15"),
                           QStringLiteral("Aktiviteter!A3=Formålx"), QStringLiteral("Aktiviteter!B3=3.5"),
                           QStringLiteral("Aktiviteter!C3=2023-01-01"), QStringLiteral("Aktiviteter!D3=TRUE"),
                           QStringLiteral("Aktiviteter!A5=Løn og pension"), QStringLiteral("Aktiviteter!AA5=#DIV/0!"),
                           QStringLiteral("Aktiviteter!A6=no reference"), QStringLiteral("Second!B2=other")};

        const QByteArray sheets =
            "<table:table table:name=\"Liste\">"
            "<table:table-column table:number-columns-repeated=\"3\"/>"
            "<table:table-row><table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\">"
            "<text:p>Registre</text:p></table:table-cell><table:covered-table-cell/></table:table-row>"
            "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell office:value-type=\"string\">"
            "<text:p>Løn<text:s text:c=\"2\"/>og <text:span>pension</text:span></text:p><text:p>Anden linje</text:p>"
            "<office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>"
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-05-31T00:00:00\"><text:p>31.05.24</text:p>"
            "</table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"1234.5\" "
            "table:formula=\"of:=[.B1]*2\"><text:p>1.234,50</text:p></table:table-cell>"
            "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
            "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
            "table:number-columns-repeated=\"16384\"/></table:table-row>"
            "</table:table>"
            "<table:table table:name=\"Fiche 1\"><table:table-header-rows><table:table-row>"
            "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>x</text:p>"
            "</table:table-cell></table:table-row></table:table-header-rows>"
            "<table:table-row><table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\">"
            "<text:p>SAND</text:p></table:table-cell></table:table-row></table:table>";
        QTest::newRow("ods: repeats, spans, covered cells, dates, formulas, notes skipped, two sheets")
            << QStringLiteral("registre.ods") << zipOf(Test::odfParts(sheets)) << QStringLiteral("ods")
            << QStringList{QStringLiteral("Liste!A1=Registre"), QStringLiteral("Liste!B1=~Registre"),
                           QStringLiteral("Liste!A2=Løn  og pension\nAnden linje"), QStringLiteral("Liste!B2=2024-05-31"),
                           QStringLiteral("Liste!C2=1234.5"), QStringLiteral("Liste!A3=Løn  og pension\nAnden linje"),
                           QStringLiteral("Liste!B3=2024-05-31"), QStringLiteral("Liste!C3=1234.5"),
                           QStringLiteral("Fiche 1!A1=x"), QStringLiteral("Fiche 1!B1=x"), QStringLiteral("Fiche 1!A2=TRUE")};

        QTest::newRow("odt: a table among paragraphs, with a nested table")
            << QStringLiteral("fortegnelse.odt")
            << zipOf(Test::odfParts("<text:p>Intro</text:p><table:table table:name=\"Tabel1\"><table:table-row>"
                                    "<table:table-cell><text:p>Formål</text:p></table:table-cell><table:table-cell>"
                                    "<text:p>Løn</text:p><table:table><table:table-row><table:table-cell><text:p>inner"
                                    "</text:p></table:table-cell></table:table-row></table:table></table:table-cell>"
                                    "</table:table-row></table:table>",
                                    true))
            << QStringLiteral("odt")
            << QStringList{QStringLiteral("Tabel1!A1=Formål"), QStringLiteral("Tabel1!B1=Løn\ninner")};

        const QByteArray docx =
            "<w:p><w:r><w:t>Fortegnelse</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Behandling</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"0\"/>"
            "</w:tabs></w:pPr><w:r><w:t xml:space=\"preserve\">Formål </w:t></w:r><w:r><w:t>med</w:t><w:br/><w:t>behandlingen</w:t>"
            "</w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Løn</w:t></w:r></w:p><w:p><w:r><w:t>Pension</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>indre</w:t></w:r></w:p>"
            "</w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>"
            "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc><w:p><w:r><w:t>second</w:t><w:tab/><w:t>table</w:t>"
            "</w:r></w:p></w:tc></w:tr></w:tbl>";
        QTest::newRow("docx: spans, vertical merges, breaks, tab stops, a nested table, two tables")
            << QStringLiteral("Fortegnelse.docx") << zipOf(Test::docxParts(docx)) << QStringLiteral("docx")
            << QStringList{QStringLiteral("Table 1!A1=Behandling"), QStringLiteral("Table 1!B1=~Behandling"),
                           QStringLiteral("Table 1!A2=Formål med\nbehandlingen"), QStringLiteral("Table 1!B2=Løn\nPension"),
                           QStringLiteral("Table 1!A3=~Formål med\nbehandlingen"), QStringLiteral("Table 1!B3=indre\n"),
                           QStringLiteral("Table 2!B1=second\ttable")};

        QTest::newRow("csv: semicolons, UTF-8 with BOM, quotes, a line break in a cell, blank rows")
            << QStringLiteral("liste.csv")
            << bytesOf("\xEF\xBB\xBF"
                       "Formål;Modtagere;Note\r\n\r\n\"Løn\";\"Skat; bank\";\"sagt \"\"ja\"\"\nto linjer\"\r\n;;\r\n"
                       "Rekruttering; kandidater ;\r\n")
            << QStringLiteral("csv")
            << QStringList{QStringLiteral("liste!A1=Formål"), QStringLiteral("liste!B1=Modtagere"),
                           QStringLiteral("liste!C1=Note"), QStringLiteral("liste!A3=Løn"),
                           QStringLiteral("liste!B3=Skat; bank"), QStringLiteral("liste!C3=sagt \"ja\"\nto linjer"),
                           QStringLiteral("liste!A5=Rekruttering"), QStringLiteral("liste!B5=kandidater")};
        QTest::newRow("csv: Windows-1252, commas")
            << QStringLiteral("legacy.csv") << bytesOf("Form\xE5l,Bel\xF8"
                                                       "b\nL\xF8n,\x80 100\n")
            << QStringLiteral("csv")
            << QStringList{QStringLiteral("legacy!A1=Formål"), QStringLiteral("legacy!B1=Beløb"),
                           QStringLiteral("legacy!A2=Løn"), QStringLiteral("legacy!B2=€ 100")};
        QTest::newRow("csv: tabs, a comma and a semicolon inside cells")
            << QStringLiteral("tabs.tsv") << bytesOf("a\tb, c\td; e\n1\t2\t3\n")
            << QStringLiteral("csv")
            << QStringList{QStringLiteral("tabs!A1=a"), QStringLiteral("tabs!B1=b, c"), QStringLiteral("tabs!C1=d; e"),
                           QStringLiteral("tabs!A2=1"), QStringLiteral("tabs!B2=2"), QStringLiteral("tabs!C2=3")};
        QTest::newRow("csv: Excel's sep= line")
            << QStringLiteral("sep.csv") << bytesOf("sep=,\na;b,c\n")
            << QStringLiteral("csv") << QStringList{QStringLiteral("sep!A1=a;b"), QStringLiteral("sep!B1=c")};
        QTest::newRow("csv: UTF-16 with a byte order mark, as Excel's Unicode text")
            << QStringLiteral("unicode.txt") << bytesOf(QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(u"Å\tø\n"), 8))
            << QStringLiteral("csv") << QStringList{QStringLiteral("unicode!A1=Å"), QStringLiteral("unicode!B1=ø")};
    }

    void shouldReadEveryCellAsTheOfficerSawIt()
    {
        QFETCH(QString, fileName);
        QFETCH(Fixture, fixture);
        QFETCH(QString, format);
        QFETCH(QStringList, expected);
        // GIVEN a file built with exactly these cells
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QVERIFY(fixture(path));
        // WHEN it is read
        TableWorkbook book;
        QString error;
        QVERIFY2(readTableFile(path, &book, &error), qPrintable(error));
        // THEN every cell holds what the officer saw, and nothing else is there
        QCOMPARE(book.format, format);
        QCOMPARE(book.fileName, fileName);
        QCOMPARE(describe(book), expected);
    }

    void shouldTellCellKindsApart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kinds.xlsx"));
        QVERIFY(Test::writeZip(path, Test::xlsxParts({{QStringLiteral("S"), "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v></c><c r=\"B1\"><f>A1+1</f><v>45001</v></c>"
                                                                            "<c r=\"C1\" t=\"inlineStr\"><is><t>t</t></is></c></row></sheetData>"}})));
        TableWorkbook book;
        QString error;
        QVERIFY2(readTableFile(path, &book, &error), qPrintable(error));
        const TableSheet &sheet = book.sheets.first();
        QCOMPARE(sheet.cell(0, 0).kind, CellKind::Date);
        QCOMPARE(sheet.cell(0, 1).kind, CellKind::Number);
        QVERIFY(sheet.cell(0, 1).fromFormula);
        QVERIFY(!sheet.cell(0, 0).fromFormula);
        QCOMPARE(sheet.cell(0, 2).kind, CellKind::Text);
        QCOMPARE(cellReference(sheet, 13, 2), QStringLiteral("S, C14"));
        QCOMPARE(cellName(0, 26), QStringLiteral("AA1"));
        QCOMPARE(cellName(0, 16383), QStringLiteral("XFD1"));
        QCOMPARE(columnFromLetters(u"XFD"), 16383);
    }

    void shouldRefuseHostileFilesNamingTheFileAndPlace_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<Fixture>("fixture");
        QTest::addColumn<QStringList>("messageParts");

        // The large fixtures are made only when their row runs, so the test holds one at a time.
        QTest::newRow("ZIP bomb: a 100 MB sheet")
            << QStringLiteral("bomb.xlsx")
            << Fixture([](const QString &path) {
                   return Test::writeZip(path, Test::xlsxParts({{QStringLiteral("S"), "<sheetData>" + QByteArray(100 << 20, ' ') + "</sheetData>"}}));
               })
            << QStringList{QStringLiteral("bomb.xlsx: xl/worksheets/sheet1.xml unpacks to more than 32 MB")};
        QTest::newRow("ZIP bomb: a part that lies about its size")
            << QStringLiteral("liar.docx")
            << Fixture([](const QString &path) {
                   return Test::writeLyingZip(path, QStringLiteral("word/document.xml"), QByteArray(100 << 20, '0'), 46);
               })
            // minizip stops inflating at the declared size, so the lie shows as a bad checksum.
            << QStringList{QStringLiteral("liar.docx: The part word/document.xml is damaged")};
        QTest::newRow("ZIP bomb: a small part compressed a thousand times")
            << QStringLiteral("dense.docx")
            << Fixture([](const QString &path) {
                   return Test::writeZip(path, Test::docxParts("<w:p>" + QByteArray(8 << 20, ' ') + "</w:p>"));
               })
            << QStringList{QStringLiteral("dense.docx: word/document.xml is compressed more than 200 times")};
        QTest::newRow("a sheet with more cells than any record")
            << QStringLiteral("huge.ods")
            << zipOf(Test::odfParts("<table:table table:name=\"Big\"><table:table-row table:number-rows-repeated=\"1048576\">"
                                    "<table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"string\">"
                                    "<text:p>x</text:p></table:table-cell></table:table-row></table:table>"))
            << QStringList{QStringLiteral("huge.ods: content.xml"), QStringLiteral("Big, "),
                           QStringLiteral("more than 1000000 cells")};
        QTest::newRow("a merged range over the whole sheet")
            << QStringLiteral("merged.xlsx")
            << zipOf(Test::xlsxParts({{QStringLiteral("S"), "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t>"
                                                            "</is></c></row></sheetData><mergeCells><mergeCell ref=\"A1:XFD1048576\"/>"
                                                            "</mergeCells>"}}))
            << QStringList{QStringLiteral("merged.xlsx: xl/worksheets/sheet1.xml, line 2: S, A1: a merged range")};
        QTest::newRow("a few cells at the far corners of many rows")
            << QStringLiteral("corners.xlsx")
            << Fixture([](const QString &path) {
                   QByteArray rows = "<sheetData>";
                   for (int row = 1; row <= 300; ++row)
                       rows += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"XFD" + QByteArray::number(row)
                           + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
                   return Test::writeZip(path, Test::xlsxParts({{QStringLiteral("S"), rows + "</sheetData>"}}));
               })
            << QStringList{QStringLiteral("corners.xlsx: xl/worksheets/sheet1.xml, line 2: S, XFD"),
                           QStringLiteral("the cells lie so far apart")};
        QTest::newRow("a 100 MB CSV")
            << QStringLiteral("huge.csv")
            << Fixture([](const QString &path) {
                   QFile file(path);
                   return file.open(QIODevice::WriteOnly) && file.resize(100 << 20);
               })
            << QStringList{QStringLiteral("huge.csv: The file is larger than 64 MB")};
        QTest::newRow("a cell longer than a spreadsheet allows")
            << QStringLiteral("long.csv") << bytesOf("a;" + QByteArray(40000, 'x') + "\n")
            << QStringList{QStringLiteral("long.csv: long, B1 holds more than 32767 characters")};
        QTest::newRow("entity expansion in the workbook")
            << QStringLiteral("laughs.xlsx")
            << Fixture([](const QString &path) {
                   Test::ZipEntries parts = Test::xlsxParts({{QStringLiteral("S"), "<sheetData/>"}});
                   for (auto &[name, bytes] : parts) {
                       if (name == u"xl/workbook.xml")
                           bytes = billionLaughs("workbook");
                   }
                   return Test::writeZip(path, parts);
               })
            << QStringList{QStringLiteral("laughs.xlsx: xl/workbook.xml, line"), QStringLiteral("document type")};
        QTest::newRow("an external entity in a document")
            << QStringLiteral("external.docx")
            << zipOf({{QStringLiteral("word/document.xml"),
                       "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                       "<w:document"
                           + Xmlns + "><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:tc>"
                                     "</w:tr></w:tbl></w:body></w:document>"}})
            << QStringList{QStringLiteral("external.docx: word/document.xml, line"), QStringLiteral("document type")};
        QTest::newRow("invalid UTF-8 in a sheet")
            << QStringLiteral("bytes.xlsx")
            << zipOf(Test::xlsxParts({{QStringLiteral("S"), "<sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                                                            "\xC3\x28\xFF</t></is></c></row></sheetData>"}}))
            << QStringList{QStringLiteral("bytes.xlsx: xl/worksheets/sheet1.xml, line "),
                           QStringLiteral("incorrectly encoded")};
        QTest::newRow("invalid UTF-8 in a CSV that says it is UTF-8")
            << QStringLiteral("bom.csv") << bytesOf("\xEF\xBB\xBFok;ok\nbad \xC3\x28;x\n")
            << QStringList{QStringLiteral("bom.csv: line 2: the text is neither UTF-8 nor Windows-1252")};
        QTest::newRow("bytes that no Western encoding has")
            << QStringLiteral("binary.csv") << bytesOf("a;b\nc;\x81\x8D\n")
            << QStringList{QStringLiteral("binary.csv: line 2")};
        QTest::newRow("elements nested a thousand deep")
            << QStringLiteral("deep.odt")
            << zipOf(Test::odfParts(QByteArray("<text:span>").repeated(1000), true))
            << QStringList{QStringLiteral("deep.odt: content.xml, line 2: The elements nest deeper than 256 levels.")};
        QTest::newRow("a shared string that does not exist")
            << QStringLiteral("index.xlsx")
            << zipOf(Test::xlsxParts({{QStringLiteral("S"), "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c>"
                                                            "</row></sheetData>"}},
                                     "<si><t>only</t></si>"))
            << QStringList{QStringLiteral("index.xlsx: xl/worksheets/sheet1.xml, line 2: A cell refers to shared string 7")};
        QTest::newRow("a spreadsheet name on a file that is not one")
            << QStringLiteral("fake.xlsx") << bytesOf("Formål;Modtagere\n")
            << QStringList{QStringLiteral("fake.xlsx: The file is named .xlsx but is not a ZIP archive")};
        QTest::newRow("Office's old binary format")
            << QStringLiteral("old.xls") << bytesOf(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(512, 0))
            << QStringList{QStringLiteral("old.xls: The file is in Office's old binary format")};
        QTest::newRow("a ZIP archive that is no office file")
            << QStringLiteral("photos.zip") << zipOf({{QStringLiteral("a.jpg"), "jpeg"}})
            << QStringList{QStringLiteral("photos.zip: The ZIP archive is not a spreadsheet or a document with tables.")};
        QTest::newRow("a damaged ZIP archive")
            << QStringLiteral("cut.ods") << bytesOf(QByteArray("PK\x03\x04") + QByteArray(100, 'x'))
            << QStringList{QStringLiteral("cut.ods: The file is not a readable ZIP archive")};
        QTest::newRow("a file that is not there")
            << QStringLiteral("missing.csv") << Fixture([](const QString &) { return true; })
            << QStringList{QStringLiteral("missing.csv: The file does not exist.")};
    }

    void shouldRefuseHostileFilesNamingTheFileAndPlace()
    {
        QFETCH(QString, fileName);
        QFETCH(Fixture, fixture);
        QFETCH(QStringList, messageParts);
        // GIVEN a hostile or broken file
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QVERIFY(fixture(path));
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        // WHEN it is read
        TableWorkbook book;
        QString error;
        const bool read = readTableFile(path, &book, &error);
        // THEN it is refused with one line naming the file and the place, nothing kept or written
        QVERIFY2(!read, qPrintable(describe(book).join(u' ')));
        for (const QString &part : messageParts)
            QVERIFY2(error.contains(part), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QVERIFY(book.sheets.isEmpty());
        QCOMPARE(book.fileName, fileName);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }
};

FORTEGNELSE_TEST_MAIN(TestTableReaders)
#include "tst_tablereaders.moc"
