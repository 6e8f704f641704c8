// Policy drift (issue 16 item 4): after publishing, exactly the sections of the policy that
// would read differently are reported, with the sentences removed and added; a change the
// policy does not show reports nothing.

#include "commandlinesupport.h"
#include "commandline.h"
#include "document.h"
#include "itemoperations.h"
#include "jsoncodec.h"
#include "policydrift.h"
#include "policygenerator.h"
#include "registeroverview.h"
#include "snapshotoperations.h"
#include "store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

Register example()
{
    return Test::exampleRegister(QStringLiteral("oesyn"));
}

std::unique_ptr<Document> openExample(const QTemporaryDir &dir, bool publish = true)
{
    const QString path = dir.filePath(QStringLiteral("r.ropa"));
    QString error;
    if (!Store::create(path, example(), &error))
        qFatal("%s", qPrintable(error));
    auto doc = Document::open(path, &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    if (publish && !publishPolicy(*doc, QStringLiteral("2.0"), QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)))
        qFatal("cannot publish");
    return doc;
}

Snapshot publishedOf(const Document &doc)
{
    SnapshotQuery query;
    query.kind = Snapshot::Published;
    query.limit = 1;
    query.withContents = true;
    QList<Snapshot> found;
    QString error;
    if (!doc.readSnapshots(query, &found, &error) || found.isEmpty())
        qFatal("no published snapshot: %s", qPrintable(error));
    return found.first();
}

const QString customerAdmin = QStringLiteral("customer-admin");
const QString newEmail = QStringLiteral("privacy@oesyn.example");

/// The one change of a row, as one step through the document.
void change(Document &doc, const QString &what)
{
    bool done = false;
    if (what == u"email") {
        done = doc.updateOrganisation([](Organisation &o) { o.email = newEmail; }, QStringLiteral("e-mail"));
    } else if (what == u"retention") {
        done = doc.update<ProcessingActivity>(
            customerAdmin, [](ProcessingActivity &a) { a.retention[0].amount = 5; },
            QStringLiteral("retention"));
    } else if (what == u"usProcessor") {
        Party mailer;
        mailer.id = QStringLiteral("mailfast");
        mailer.role = PartyRole::Processor;
        mailer.name = QStringLiteral("Mailfast Inc.");
        mailer.country = QStringLiteral("US");
        done = !doc.add(mailer).isEmpty()
            && doc.update<ProcessingActivity>(
                customerAdmin, [](ProcessingActivity &a) {
                    Disclosure d;
                    d.party = QStringLiteral("mailfast");
                    a.recipients.append(d);
                },
                QStringLiteral("recipient"));
    } else if (what == u"notes") {
        done = doc.update<ProcessingActivity>(
            customerAdmin, [](ProcessingActivity &a) { a.notes += QStringLiteral(" Checked again."); },
            QStringLiteral("notes"));
    } else if (what == u"systems") {
        done = doc.update<ProcessingActivity>(
            customerAdmin, [](ProcessingActivity &a) { a.systems.append(QStringLiteral("HubSpot CRM")); },
            QStringLiteral("systems"));
    } else if (what == u"nothing") {
        done = true;
    }
    if (!done)
        qFatal("change %s not made", qPrintable(what));
}

QStringList anchorsOf(const PolicyDrift &drift)
{
    QStringList out;
    for (const SectionDrift &s : drift.sections)
        out.append(s.anchor);
    return out;
}

/// The ids of the sections of a kept HTML text that contain \a text, read from the text
/// itself: each section runs from its <h2 id="..."> to the next one.
QStringList sectionsContaining(const QString &html, const QString &text)
{
    QStringList out;
    static const QRegularExpression heading(QStringLiteral("<h2 id=\"([^\"]+)\">"));
    const QList<QRegularExpressionMatch> matches = [&] {
        QList<QRegularExpressionMatch> list;
        for (auto it = heading.globalMatch(html); it.hasNext();)
            list.append(it.next());
        return list;
    }();
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype end = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : html.size();
        if (html.mid(matches.at(i).capturedStart(), end - matches.at(i).capturedStart()).contains(text))
            out.append(matches.at(i).captured(1));
    }
    return out;
}

} // namespace

class TestPolicyDrift : public QObject
{
    Q_OBJECT

private slots:
    void shouldReportExactlyTheSectionsAChangeAffects_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("what");
        for (const QString &language : snapshotLanguages())
            for (const char *what : {"email", "retention", "usProcessor"})
                QTest::addRow("%s %s", qPrintable(language), what) << language << QString::fromLatin1(what);
    }
    void shouldReportExactlyTheSectionsAChangeAffects()
    {
        QFETCH(QString, language);
        QFETCH(QString, what);
        // GIVEN the example register, published
        QTemporaryDir dir;
        auto doc = openExample(dir);
        const Snapshot published = publishedOf(*doc);
        const QString oldEmail = doc->reg().organisation.email;
        QVERIFY(!oldEmail.isEmpty());

        // WHEN one fact is changed
        change(*doc, what);
        const PolicyDrift drift = policyDrift(doc->reg(), published, language);

        // THEN the published side was made again from the snapshot and equals the kept text
        QCOMPARE(drift.state, PolicyDrift::Drifted);
        QCOMPARE(drift.basis, PolicyDrift::Regenerated);
        QCOMPARE(drift.version, QStringLiteral("2.0"));
        if (what == u"email") {
            // AND exactly the sections that state the address are reported, each sentence
            // with the old address removed and the same sentence with the new one added
            const QString html = QString::fromUtf8(published.documents.value(snapshotDocumentKey(language, PolicyFormat::Html)));
            const QStringList expected = sectionsContaining(html, oldEmail);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(anchorsOf(drift), expected);
            for (const SectionDrift &s : drift.sections) {
                QCOMPARE(s.change, SectionDrift::Changed);
                QVERIFY(!s.removed.isEmpty());
                QCOMPARE(s.added.size(), s.removed.size());
                for (qsizetype i = 0; i < s.removed.size(); ++i) {
                    QVERIFY2(s.removed.at(i).contains(oldEmail), qPrintable(s.removed.at(i)));
                    QCOMPARE(s.added.at(i), QString(s.removed.at(i)).replace(oldEmail, newEmail));
                }
            }
        } else if (what == u"retention") {
            // AND only the retention table's row of that activity reads differently: 3 → 5
            QCOMPARE(anchorsOf(drift), QStringList{QStringLiteral("retention")});
            const SectionDrift &s = drift.sections.first();
            QCOMPARE(s.removed.size(), 1);
            QCOMPARE(s.added.size(), 1);
            const QString removed = s.removed.first();
            const QString added = s.added.first();
            QVERIFY2(removed.contains(QLatin1Char('3')) && added.contains(QLatin1Char('5')),
                     qPrintable(removed + QStringLiteral(" → ") + added));
            const qsizetype at = removed.indexOf(QRegularExpression(QStringLiteral("\\b3\\b")));
            QVERIFY(at >= 0);
            QCOMPARE(added, QString(removed).replace(at, 1, QStringLiteral("5")));
        } else {
            // AND a processor in the US changes who receives the data and where it goes,
            // and nothing else; each of those sections names it
            QCOMPARE(anchorsOf(drift), (QStringList{QStringLiteral("summary"), QStringLiteral("recipients"), QStringLiteral("transfers")}));
            for (const SectionDrift &s : drift.sections) {
                QCOMPARE(s.change, SectionDrift::Changed);
                QVERIFY2(std::any_of(s.added.begin(), s.added.end(),
                                     [](const QString &a) { return a.contains(QStringLiteral("Mailfast Inc.")); }),
                         qPrintable(s.added.join(QLatin1Char('\n'))));
            }
        }
    }

    void shouldReportNoDriftForAChangeThePolicyDoesNotShow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("what");
        for (const QString &language : snapshotLanguages())
            for (const char *what : {"nothing", "notes", "systems"})
                QTest::addRow("%s %s", qPrintable(language), what) << language << QString::fromLatin1(what);
    }
    void shouldReportNoDriftForAChangeThePolicyDoesNotShow()
    {
        QFETCH(QString, language);
        QFETCH(QString, what);
        // GIVEN the example register, published
        QTemporaryDir dir;
        auto doc = openExample(dir);
        const Snapshot published = publishedOf(*doc);
        // WHEN the register is left as it is, or only the notes or the record-only systems change
        change(*doc, what);
        QVERIFY(what == u"nothing" || Json::write(doc->reg()) != published.registerJson);
        // THEN no section would read differently
        const PolicyDrift drift = policyDrift(doc->reg(), published, language);
        QCOMPARE(drift.state, PolicyDrift::Unchanged);
        QCOMPARE(drift.basis, PolicyDrift::Regenerated);
        QVERIFY(drift.sections.isEmpty());
    }

    void shouldSayWhenThePolicyWasNeverPublished()
    {
        // GIVEN a register whose policy was never published
        QTemporaryDir dir;
        auto doc = openExample(dir, false);
        // WHEN its drift is asked for
        PolicyDrift drift;
        drift.state = PolicyDrift::Drifted;
        QVERIFY(policyDriftOf(doc->filePath(), QStringLiteral("en"), &drift));
        // THEN it says there is nothing to compare with, and the command line says so and succeeds
        QCOMPARE(drift.state, PolicyDrift::NotPublished);
        QCOMPARE(policyDrift(doc->reg(), Snapshot{}, QStringLiteral("da")).state, PolicyDrift::NotPublished);
        const Run r = run({QStringLiteral("drift"), doc->filePath(), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("has not been published"), r.out.constData());
    }

    void shouldCompareWithTheKeptTextWhenItCannotBeMadeAgain_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : snapshotLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void shouldCompareWithTheKeptTextWhenItCannotBeMadeAgain()
    {
        QFETCH(QString, language);
        // GIVEN a published register and a change
        QTemporaryDir dir;
        auto doc = openExample(dir);
        const Snapshot published = publishedOf(*doc);
        change(*doc, QStringLiteral("retention"));
        const PolicyDrift regenerated = policyDrift(doc->reg(), published, language);
        // WHEN the register the snapshot kept no longer makes the kept text (here: it is
        // replaced by another register's, as other templates or another version would do)
        Snapshot other = published;
        other.registerJson = Json::write(doc->reg());
        const PolicyDrift kept = policyDrift(doc->reg(), other, language);
        // THEN the kept text itself is read back and gives the same drift, and says so
        QCOMPARE(kept.basis, PolicyDrift::KeptText);
        QVERIFY2(kept.state == PolicyDrift::Drifted, qPrintable(kept.error));
        QCOMPARE(kept.sections, regenerated.sections);
        QVERIFY(policyDriftAsText(kept).contains("kept text itself was compared"));
    }

    void shouldSplitSentencesButNotAbbreviations_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("da legal reference") << QStringLiteral("Vi behandler oplysningerne efter Art. 6, stk. 1, litra f. Det er vores legitime interesse.")
                                            << QStringList{QStringLiteral("Vi behandler oplysningerne efter Art. 6, stk. 1, litra f."), QStringLiteral("Det er vores legitime interesse.")};
        QTest::newRow("da abbreviations") << QStringLiteral("Vi bruger bl.a. Google og f.eks. Microsoft. Se nr. 3 i listen. Hvorfor? Fordi!")
                                          << QStringList{QStringLiteral("Vi bruger bl.a. Google og f.eks. Microsoft."), QStringLiteral("Se nr. 3 i listen."),
                                                         QStringLiteral("Hvorfor?"), QStringLiteral("Fordi!")};
        QTest::newRow("da abbreviation before a capital") << QStringLiteral("Vi deler data med bl.a. Mailchimp. F.eks. Nyhedsbreve.")
                                                          << QStringList{QStringLiteral("Vi deler data med bl.a. Mailchimp."), QStringLiteral("F.eks. Nyhedsbreve.")};
        QTest::newRow("nb") << QStringLiteral("Behandlingen skjer etter artikkel 6 nr. 1 bokstav f. Du kan klage til Datatilsynet.")
                            << QStringList{QStringLiteral("Behandlingen skjer etter artikkel 6 nr. 1 bokstav f."), QStringLiteral("Du kan klage til Datatilsynet.")};
        QTest::newRow("sv") << QStringLiteral("Vi delar t.ex. Namn och e-post. Se artikel 6.1 f i GDPR.")
                            << QStringList{QStringLiteral("Vi delar t.ex. Namn och e-post."), QStringLiteral("Se artikel 6.1 f i GDPR.")};
        QTest::newRow("en") << QStringLiteral("We use processors, e.g. Google. See Art. 28 GDPR. Ask Mr. Hansen or J. Smith (our DPO). Done.")
                            << QStringList{QStringLiteral("We use processors, e.g. Google."), QStringLiteral("See Art. 28 GDPR."),
                                           QStringLiteral("Ask Mr. Hansen or J. Smith (our DPO)."), QStringLiteral("Done.")};
        QTest::newRow("address and quotes") << QStringLiteral("Write to privacy@oesyn.dk. “We answer within a month.”\nOESYN ApS, Vej 1")
                                            << QStringList{QStringLiteral("Write to privacy@oesyn.dk."), QStringLiteral("“We answer within a month.”"),
                                                           QStringLiteral("OESYN ApS, Vej 1")};
        QTest::newRow("decimals and lower case") << QStringLiteral("Version 2.0 applies. it continues. The end")
                                                 << QStringList{QStringLiteral("Version 2.0 applies. it continues."), QStringLiteral("The end")};
    }
    void shouldSplitSentencesButNotAbbreviations()
    {
        QFETCH(QString, paragraph);
        QFETCH(QStringList, sentences);
        QCOMPARE(splitSentences(paragraph), sentences);
    }

    void shouldReportDriftOnTheCommandLine()
    {
        // GIVEN a published register
        QTemporaryDir dir;
        auto doc = openExample(dir);
        const QString path = doc->filePath();
        // WHEN nothing changed THEN drift succeeds and says the policy reads the same
        Run r = run({QStringLiteral("drift"), path, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("would read the same"), r.out.constData());
        // WHEN the retention changes THEN it exits 1 and lists the section and the sentences
        change(*doc, QStringLiteral("retention"));
        r = run({QStringLiteral("drift"), path, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exit, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).contains(QStringLiteral(" of the policy published as version 2.0 would read differently now (en):")), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1), QStringLiteral("Section: How long we keep your data"));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("- removed: ")) && lines.at(2).contains(QLatin1Char('3')), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("+ added: ")) && lines.at(3).contains(QLatin1Char('5')), qPrintable(lines.at(3)));
        // AND as JSON
        r = run({QStringLiteral("drift"), path, QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exit, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("drifted"));
        QCOMPARE(o.value(QStringLiteral("basis")).toString(), QStringLiteral("regenerated"));
        const QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections.first().toObject().value(QStringLiteral("section")).toString(), QStringLiteral("retention"));
        QCOMPARE(sections.first().toObject().value(QStringLiteral("removed")).toArray().size(), 1);
        // AND bad arguments exit 2
        QCOMPARE(run({QStringLiteral("drift"), path, QStringLiteral("--lang"), QStringLiteral("de")}).exit, 2);
        QCOMPARE(run({QStringLiteral("drift"), path, QStringLiteral("--format"), QStringLiteral("md")}).exit, 2);
        QCOMPARE(run({QStringLiteral("drift"), dir.filePath(QStringLiteral("missing.ropa"))}).exit, 2);
    }

    void shouldMakeTheCheckThatThePolicyIsOutdatedPrecise_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message"); // empty: no warning
        QTest::newRow("notes changed") << QStringLiteral("notes") << QString();
        QTest::newRow("systems changed") << QStringLiteral("systems") << QString();
        QTest::newRow("retention changed")
            << QStringLiteral("retention")
            << QStringLiteral("The privacy policy published as version 2.0 would read differently now in 1 section(s): "
                              "“Hvor længe vi opbevarer dine oplysninger”.");
        QTest::newRow("e-mail changed") << QStringLiteral("email")
                                        << QStringLiteral("would read differently now in 4 section(s): “Kort fortalt”, "
                                                          "“Vi er den dataansvarlige – sådan kontakter du os”");
    }
    void shouldMakeTheCheckThatThePolicyIsOutdatedPrecise()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        // GIVEN the example register (in Danish), published on 1 March 2026
        QTemporaryDir dir;
        auto doc = openExample(dir);
        // WHEN it changes later
        change(*doc, what);
        // THEN check warns that the policy is outdated only when it would read differently,
        // naming the sections
        const Run r = run({QStringLiteral("check"), doc->filePath(), QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exit == 0 || r.exit == 1, r.err.constData());
        QString found;
        bool present = false;
        for (const QJsonValue &p : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray()) {
            if (p.toObject().value(QStringLiteral("rule")).toString() == u"policy-outdated") {
                present = true;
                found = p.toObject().value(QStringLiteral("message")).toString();
            }
        }
        QCOMPARE(present, !message.isEmpty());
        QVERIFY2(found.contains(message), qPrintable(found));
    }

    void shouldCountTheDriftedSectionsInTheOverview()
    {
        // GIVEN the example register, never published
        QTemporaryDir dir;
        auto doc = openExample(dir, false);
        // THEN the overview knows no drift
        QCOMPARE(registerOverview(*doc, QDate::currentDate()).driftSections, -1);
        // WHEN it is published THEN no section has drifted
        QVERIFY(publishPolicy(*doc, QStringLiteral("2.0"), QDateTime::currentDateTimeUtc()));
        QCOMPARE(registerOverview(*doc, QDate::currentDate()).driftSections, 0);
        // WHEN a retention period changes THEN one section has
        change(*doc, QStringLiteral("retention"));
        QCOMPARE(registerOverview(*doc, QDate::currentDate()).driftSections, 1);
        // WHEN the register grows past what the overview works out at once THEN it is unknown
        while (doc->reg().activities.size() <= driftOverviewActivityLimit)
            QVERIFY(!doc->duplicate<ProcessingActivity>(customerAdmin).isEmpty());
        QCOMPARE(registerOverview(*doc, QDate::currentDate()).driftSections, -1);
        // AND the caller can still work it out: the copies add to more sections than retention
        QVERIFY(policyDriftSections(*doc) > 1);
    }

    void shouldTellHowLongDriftTakes()
    {
        // The overview could show the drift only if it is cheap (docs/history.md): measured
        // here on the example and printed; asserted only to work.
        QTemporaryDir dir;
        auto doc = openExample(dir);
        const Snapshot published = publishedOf(*doc);
        change(*doc, QStringLiteral("retention"));
        QElapsedTimer timer;
        timer.start();
        PolicyDrift drift = policyDrift(doc->reg(), published, QStringLiteral("da"));
        const qint64 first = timer.restart();
        drift = policyDrift(doc->reg(), published, QStringLiteral("da"));
        qInfo("policy drift of the OESYN example: %lld ms the first time, %lld ms the second", first, timer.elapsed());
        QCOMPARE(drift.sections.size(), 1);
    }
};

int main(int argc, char *argv[])
{
    Fortegnelse::Test::setUpDeterministicEnvironment();
    QCoreApplication app(argc, argv);
    TestPolicyDrift tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_policydrift.moc"
