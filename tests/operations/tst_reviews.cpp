// Reviews due (issue 16): one list of every review date due or overdue, and the dates as an
// iCalendar file (RFC 5545), read back line by line.

#include "commandlinesupport.h"
#include "commandline.h"
#include "jsoncodec.h"
#include "reviews.h"
#include "store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

using Run = Test::CommandRun;

Run run(const QStringList &arguments)
{
    CommandLineIo io;
    io.today = QDate(2026, 3, 3);
    return Test::runCommand(arguments, io);
}

/// A register with review dates around 3 March 2026, and a name that needs escaping and
/// folding.
Register withDates()
{
    Register reg;
    reg.organisation.name = QStringLiteral("Eksempel ApS");
    reg.organisation.language = QStringLiteral("da");
    ProcessingActivity payroll;
    payroll.id = QStringLiteral("payroll");
    payroll.name = LocalText(QStringLiteral("da"), QStringLiteral("Løn; pension, og feriepenge \\ for medarbejdere i Ærø, Østerbro og Åbenrå kommuner"));
    payroll.nextReview = QDate(2026, 2, 1); // overdue
    reg.activities.insert(payroll, 1);
    ProcessingActivity news;
    news.id = QStringLiteral("news");
    news.name = LocalText(QStringLiteral("da"), QStringLiteral("Nyhedsbrev"));
    news.nextReview = QDate(2026, 6, 1); // not within 30 days
    news.dpia.done = true;
    news.dpia.nextReview = QDate(2026, 3, 10); // within 30 days
    reg.activities.insert(news, 2);
    ProcessingActivity none;
    none.id = QStringLiteral("none");
    none.name = LocalText(QStringLiteral("da"), QStringLiteral("Uden dato"));
    none.dpia.nextReview = QDate(2026, 1, 1); // no DPIA done: no review of one yet
    reg.activities.insert(none, 3);
    Party mail;
    mail.id = QStringLiteral("mailco");
    mail.name = QStringLiteral("MailCo Inc.");
    mail.agreement.nextReview = QDate(2026, 3, 20); // within 30 days
    mail.dpfCertified = true;
    mail.dpfChecked = QDate(2025, 3, 3); // a year on: due today
    reg.parties.insert(mail, 1);
    return reg;
}

QString createRegister(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("r.ropa"));
    QString error;
    if (!Store::create(path, withDates(), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

/// RFC 5545 §3.1 backwards: unfolds the lines, after checking each is CRLF-ended and at most
/// 75 octets.
QStringList unfold(const QByteArray &ics)
{
    QStringList lines;
    QByteArray current;
    const QList<QByteArray> raw = ics.split('\n');
    [&] { QVERIFY(ics.endsWith("\r\n")); }();
    for (qsizetype n = 0; n + 1 < raw.size(); ++n) {
        const QByteArray &line = raw.at(n);
        [&] {
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // never cut inside a character
        }();
        const QByteArray content = line.chopped(1);
        if (content.startsWith(' ')) {
            current += content.mid(1);
        } else {
            if (!current.isNull())
                lines.append(QString::fromUtf8(current));
            current = content;
        }
    }
    lines.append(QString::fromUtf8(current));
    return lines;
}

QString unescaped(QString text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += next == u'n' ? QChar(u'\n') : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace

class TestReviews : public QObject
{
    Q_OBJECT

private slots:
    void shouldListTheReviewsDueOrOverdue_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("exit");
        QTest::newRow("due today") << QStringList() << QStringList{QStringLiteral("activity-review/payroll"), QStringLiteral("dpf-check/mailco")} << 1;
        QTest::newRow("within 30 days") << QStringList{QStringLiteral("--within"), QStringLiteral("30")}
                                        << QStringList{QStringLiteral("activity-review/payroll"), QStringLiteral("dpf-check/mailco"), QStringLiteral("dpia-review/news"), QStringLiteral("agreement-review/mailco")} << 1;
        QTest::newRow("within a year") << QStringList{QStringLiteral("--within"), QStringLiteral("365")}
                                       << QStringList{QStringLiteral("activity-review/payroll"), QStringLiteral("dpf-check/mailco"), QStringLiteral("dpia-review/news"), QStringLiteral("agreement-review/mailco"), QStringLiteral("activity-review/news")} << 1;
    }
    void shouldListTheReviewsDueOrOverdue()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        QFETCH(int, exit);
        // GIVEN a register with review dates before, on and after 3 March 2026
        QTemporaryDir dir;
        const QString path = createRegister(dir);
        // WHEN the reviews due are asked for on that day
        const Run r = run(QStringList{QStringLiteral("check"), path, QStringLiteral("--due")} + options);
        // THEN exactly those due by then are listed, soonest first, the past ones as overdue
        QCOMPARE(r.exit, exit);
        QStringList got;
        const QList<QByteArray> lines = r.out.split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() > 4 && parts.at(0).size() == 10)
                got.append(QString::fromUtf8(parts.at(4)));
        }
        QCOMPARE(got, expected);
        QVERIFY2(r.out.contains("2026-02-01  overdue  activity-review/payroll"), r.out.constData());
        QVERIFY2(r.out.contains("2026-03-03  due  dpf-check/mailco"), r.out.constData());
        // AND an activity without a date is not given one
        QVERIFY(!r.out.contains("none"));
    }

    void shouldWriteEveryReviewDateAsICalendar()
    {
        // GIVEN the register
        QTemporaryDir dir;
        const QString path = createRegister(dir);
        const QString ics = dir.filePath(QStringLiteral("reviews.ics"));
        // WHEN its review dates are written as iCalendar
        const Run r = run({QStringLiteral("reviews"), path, QStringLiteral("--ics"), ics});
        QVERIFY2(r.exit == 0, r.err.constData());
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        // THEN it reads back as one calendar with one all-day event per date
        const QStringList lines = unfold(bytes);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QVERIFY(lines.filter(QStringLiteral("PRODID:")).size() == 1);
        QList<QMap<QString, QString>> events;
        QMap<QString, QString> event;
        bool inside = false;
        for (const QString &line : lines) {
            if (line == u"BEGIN:VEVENT") {
                QVERIFY(!inside);
                inside = true;
                event.clear();
            } else if (line == u"END:VEVENT") {
                QVERIFY(inside);
                inside = false;
                events.append(event);
            } else if (inside) {
                const qsizetype colon = line.indexOf(u':');
                QVERIFY(colon > 0);
                event.insert(line.left(colon), line.mid(colon + 1));
            }
        }
        QCOMPARE(events.size(), 5);
        QSet<QString> uids;
        QStringList starts;
        for (const auto &e : std::as_const(events)) {
            for (const char *key : {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            uids.insert(e.value(QStringLiteral("UID")));
            QVERIFY(QDateTime::fromString(e.value(QStringLiteral("DTSTAMP")), QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).isValid());
            starts.append(e.value(QStringLiteral("DTSTART;VALUE=DATE")));
        }
        QCOMPARE(uids.size(), 5);
        QCOMPARE(starts, (QStringList{QStringLiteral("20260201"), QStringLiteral("20260303"), QStringLiteral("20260310"), QStringLiteral("20260320"), QStringLiteral("20260601")}));
        // AND the long name with ; , \ and æøå comes back whole, though its line was folded
        QCOMPARE(unescaped(events.first().value(QStringLiteral("SUMMARY"))),
                 QStringLiteral("Review the processing activity “%1”").arg(withDates().activities.at(0).name.text(QStringLiteral("da"))));
        QVERIFY(bytes.contains("\r\n "));
        // AND the same item's review keeps its UID in a later export
        const Run again = run({QStringLiteral("reviews"), path, QStringLiteral("--ics"), QStringLiteral("-")});
        QCOMPARE(unfold(again.out).filter(QStringLiteral("UID:")), lines.filter(QStringLiteral("UID:")));
    }
};

FORTEGNELSE_TEST_MAIN(TestReviews)

#include "tst_reviews.moc"
