// A register is never locked out by a value the app itself committed: every code-valued
// field of every kind of item, given a code its list does not have, is refused by the
// document with nothing written, and a file that holds one all the same (an older
// version, a hand edit) opens, reads on the command line with a gap, and is repaired
// (docs/integrity.md, "A value the reader refuses").

#include "document.h"
#include "documentoperations.h"
#include "jsoncodec.h"
#include "jsonfields.h"
#include "store.h"
#include "testsupport.h"
#include "valuecheck.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

const QString badCode = QStringLiteral("zz-not-a-code");

template <class T> struct IsList : std::false_type
{
};
template <class T> struct IsList<QList<T>> : std::true_type
{
    using Element = T;
};

/// Walks an item's describe() list at every depth: gives each empty list of structs one
/// default element (so every nested code field exists), and sets the code field number
/// \a target to \a value, remembering its path. With target -1 it only counts and fills.
class CodeWalker
{
public:
    CodeWalker(int target, QString value, QString prefix = {})
        : m_target(target)
        , m_value(std::move(value))
        , m_prefix(std::move(prefix))
    {
    }
    int count = 0;
    QString path; ///< of the field set
    QStringList paths; ///< of every code field, in order

    void id(QString &) {}
    void ref(const char *, QString &, EntityKind) {}
    void ref(const char *, QStringList &, EntityKind) {}
    void code(const char *key, QString &value, CodeList)
    {
        const QString here = m_prefix + QLatin1String(key);
        paths.append(here);
        if (count++ == m_target) {
            value = m_value;
            path = here;
        }
    }
    template <class T> void operator()(const char *key, T &value)
    {
        const QString here = m_prefix + QLatin1String(key);
        if constexpr (IsList<T>::value) {
            using Element = typename IsList<T>::Element;
            if constexpr (requires(Element & e, CodeWalker & w) { e.describe(w); }) {
                if (value.isEmpty())
                    value.append(Element{});
                for (qsizetype i = 0; i < value.size(); ++i)
                    visit(value[i], here + QStringLiteral("[%1].").arg(i));
            }
        } else if constexpr (requires(T & t, CodeWalker & w) { t.describe(w); }) {
            visit(value, here + QLatin1Char('.'));
        }
    }

private:
    template <class S> void visit(S &inner, const QString &prefix)
    {
        CodeWalker w(m_target - count, m_value, prefix);
        inner.describe(w);
        count += w.count;
        paths += w.paths;
        if (!w.path.isEmpty())
            path = w.path;
    }
    int m_target;
    QString m_value;
    QString m_prefix;
};

/// The sample register's first item of each kind, with every nested list filled.
QList<AnyItem> filledItems(const Register &reg)
{
    QList<AnyItem> out;
    const auto fill = [&](auto item) {
        CodeWalker w(-1, {});
        item.describe(w);
        out.append(AnyItem(item));
    };
    fill(reg.organisation);
    fill(reg.policy);
    const_cast<Register &>(reg).forEachList([&](const auto &list) {
        if (!list.isEmpty())
            fill(list.at(0));
    });
    return out;
}

AnyItem withCode(AnyItem item, int target, const QString &value, QString *path)
{
    std::visit(
        [&](auto &i) {
            CodeWalker w(target, value);
            i.describe(w);
            *path = w.path;
        },
        item);
    return item;
}

EntityKind kindOf(const AnyItem &item)
{
    return std::visit(
        [](const auto &i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<T, Organisation>)
                return EntityKind::Organisation;
            else if constexpr (std::is_same_v<T, PolicySettings>)
                return EntityKind::Policy;
            else
                return T::kind;
        },
        item);
}

QString idOf(const AnyItem &item)
{
    return std::visit(
        [](const auto &i) {
            if constexpr (requires { i.id; })
                return i.id;
            else
                return QString();
        },
        item);
}

QString rowKind(EntityKind kind)
{
    if (kind == EntityKind::Organisation)
        return QStringLiteral("organisation");
    if (kind == EntityKind::Policy)
        return QStringLiteral("policy");
    return tableName(kind);
}

/// The register with \a item in place of the item of its kind and id.
Register replaced(Register reg, const AnyItem &item)
{
    std::visit(
        [&](const auto &i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<T, Organisation>)
                reg.organisation = i;
            else if constexpr (std::is_same_v<T, PolicySettings>)
                reg.policy = i;
            else
                withList(reg, T::kind, [&](auto &list) {
                    if constexpr (std::is_same_v<typename std::decay_t<decltype(list)>::value_type, T>)
                        list.replace(list.indexOf(i.id), i);
                });
        },
        item);
    return reg;
}

/// Writes \a item's body straight into the file, as another program would.
QString writeBehindTheAppsBack(const QString &path, const AnyItem &item)
{
    QString body = QString::fromUtf8(storedBody(item));
    body.replace(QLatin1Char('\''), QStringLiteral("''"));
    const EntityKind kind = kindOf(item);
    if (kind == EntityKind::Organisation || kind == EntityKind::Policy)
        return Test::runSql(path, {QStringLiteral("UPDATE singletons SET body = '%1' WHERE name = '%2'").arg(body, kind == EntityKind::Organisation ? QStringLiteral("organisation") : QStringLiteral("policy"))});
    return Test::runSql(path, {QStringLiteral("UPDATE %1 SET body = '%2' WHERE id = '%3'").arg(tableName(kind), body, idOf(item))});
}

bool editThroughDocument(Document &doc, const AnyItem &item)
{
    return std::visit(
        [&](const auto &after) {
            using T = std::decay_t<decltype(after)>;
            if constexpr (std::is_same_v<T, Organisation>)
                return doc.updateOrganisation([&](Organisation &o) { o = after; }, QStringLiteral("edit"));
            else if constexpr (std::is_same_v<T, PolicySettings>)
                return doc.updatePolicy([&](PolicySettings &p) { p = after; }, QStringLiteral("edit"));
            else
                return doc.update<T>(
                    after.id, [&](T &t) { t = after; }, QStringLiteral("edit"));
        },
        item);
}

} // namespace

class TestCodes : public QObject
{
    Q_OBJECT

private:
    /// One row per code field of every kind: the item, and which of its code fields.
    void codeFieldRows()
    {
        QTest::addColumn<int>("item");
        QTest::addColumn<int>("field");
        const QList<AnyItem> items = filledItems(Test::sampleRegister());
        for (int i = 0; i < items.size(); ++i) {
            std::visit(
                [&](auto copy) {
                    CodeWalker w(-1, {});
                    copy.describe(w);
                    for (int f = 0; f < w.count; ++f)
                        QTest::addRow("%s/%s", qPrintable(rowKind(kindOf(items.at(i)))), qPrintable(w.paths.at(f)))
                            << i << f;
                },
                items.at(i));
        }
    }

private slots:
    void initTestCase()
    {
        // The walk must reach every code field: model/*.h has 14 `v.code(` calls today.
        int fields = 0;
        for (const AnyItem &item : filledItems(Test::sampleRegister()))
            std::visit([&](auto copy) { CodeWalker w(-1, {}); copy.describe(w); fields += w.count; }, item);
        QVERIFY2(fields >= 14, qPrintable(QString::number(fields)));
    }

    void shouldRefuseTheValueTheColleagueFound()
    {
        // GIVEN a register, WHEN a purpose's legal basis is set to "art6-1-f" (the code is "f")
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        auto doc = Document::create(path, Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        const ProcessingActivity &first = doc->reg().activities.at(0);
        QVERIFY(!first.purposes.isEmpty());
        const auto before = Test::FileFingerprint::of(path);
        QSignalSpy failed(doc.get(), &Document::writeFailed);
        const bool done = doc->update<ProcessingActivity>(
            first.id, [](ProcessingActivity &a) { a.purposes[0].legalBasis = QStringLiteral("art6-1-f"); },
            QStringLiteral("Change legal basis"));
        // THEN it is refused, saying which value in which field, and nothing is written
        QVERIFY(!done);
        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("“art6-1-f” is not a known Art. 6(1) legal basis (purposes[0].legalBasis)")),
                 qPrintable(message));
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(Test::FileFingerprint::of(path) == before);
        doc.reset();
        // AND the command line still reads the register and makes its record
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        RecordOptions options;
        options.today = QDate(2026, 1, 1);
        const OperationResult made = writeRecordFile(path, options, Destination::toStream(&pdf));
        QVERIFY2(made, qPrintable(made.message));
    }

    void shouldRefuseAnUnknownCodeThroughTheDocument_data() { codeFieldRows(); }
    void shouldRefuseAnUnknownCodeThroughTheDocument()
    {
        QFETCH(int, item);
        QFETCH(int, field);
        // GIVEN a register and an item of it with every nested list filled, written
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        const AnyItem filled = filledItems(Test::sampleRegister()).at(item);
        QString error;
        auto doc = Document::create(path, replaced(Test::sampleRegister(), filled), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(refusedValues(filled).isEmpty());
        const QByteArray memory = Json::write(doc->reg());
        const auto before = Test::FileFingerprint::of(path);

        // WHEN an edit sets one code field to a code its list does not have
        QString fieldPath;
        const AnyItem bad = withCode(filled, field, badCode, &fieldPath);
        QSignalSpy failed(doc.get(), &Document::writeFailed);
        // THEN it is refused, naming the value and the field, and nothing changed anywhere
        QVERIFY(!editThroughDocument(*doc, bad));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("“%1” is not a known").arg(badCode)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(%1)").arg(fieldPath)), qPrintable(message));
        QCOMPARE(Json::write(doc->reg()), memory);
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(Test::FileFingerprint::of(path) == before);
    }

    void shouldOpenAFileWithAnUnknownCodeAndRepairIt_data() { codeFieldRows(); }
    void shouldOpenAFileWithAnUnknownCodeAndRepairIt()
    {
        QFETCH(int, item);
        QFETCH(int, field);
        // GIVEN a register whose item holds a code its list does not have, written by
        // another program (or an older version)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        const AnyItem filled = filledItems(Test::sampleRegister()).at(item);
        QString error;
        QVERIFY2(Store::create(path, replaced(Test::sampleRegister(), filled), &error), qPrintable(error));
        QString fieldPath;
        const AnyItem bad = withCode(filled, field, badCode, &fieldPath);
        QCOMPARE(writeBehindTheAppsBack(path, bad), QString());
        // What is read: the item with that field empty, a gap, and everything else as it was
        const Register expected = replaced(Test::sampleRegister(), withCode(filled, field, {}, &fieldPath));
        const QByteArray damagedBytes = Test::FileFingerprint::of(path).bytes;

        // WHEN a command reads it, THEN it reads every item, the field left empty
        Register reg;
        QVERIFY2(Store::read(path, &reg, &error), qPrintable(error));
        QCOMPARE(Json::write(reg), Json::write(expected));
        // AND the policy and the record are made, without the unknown code
        QBuffer policy;
        policy.open(QIODevice::WriteOnly);
        const OperationResult wrote = writePolicyFile(path, PolicyOptions{}, PolicyFormat::Markdown,
                                                      Destination::toStream(&policy));
        QVERIFY2(wrote, qPrintable(wrote.message));
        QVERIFY(!policy.data().contains(badCode.toUtf8()));
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        RecordOptions options;
        options.today = QDate(2026, 1, 1);
        const OperationResult made = writeRecordFile(path, options, Destination::toStream(&pdf));
        QVERIFY2(made, qPrintable(made.message));
        QVERIFY(pdf.data().startsWith("%PDF"));

        // WHEN the app opens it, THEN it opens read-only, naming the value and the field
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->isReadOnly());
        QCOMPARE(doc->loadReport().damage.size(), 1);
        const Damage &damage = doc->loadReport().damage.first();
        QCOMPARE(damage.kind, Damage::UnknownCode);
        QVERIFY2(damage.where.endsWith(fieldPath), qPrintable(damage.where));
        QVERIFY2(damage.message.contains(QStringLiteral("“%1”").arg(badCode)), qPrintable(damage.message));
        QCOMPARE(Json::write(doc->reg()), Json::write(expected));
        QVERIFY(Test::FileFingerprint::of(path).bytes == damagedBytes);

        // WHEN it is repaired, THEN the item is kept with the field empty, and a backup
        // holds the file as it was
        QString backup;
        QVERIFY2(doc->repair(&backup, &error), qPrintable(error));
        QCOMPARE(Test::FileFingerprint::of(backup).bytes, damagedBytes);
        QVERIFY(!doc->isReadOnly());
        LoadReport report;
        Store::Options read;
        read.mode = Store::Mode::Read;
        read.report = &report;
        QVERIFY(Store::open(path, &reg, &error, read));
        QVERIFY2(report.isClean(), qPrintable(report.summary()));
        QCOMPARE(Json::write(reg), Json::write(expected));

        // AND undoing the repair puts the stored row back as it was, code and all
        QVERIFY(doc->undo());
        QVERIFY(Store::open(path, &reg, &error, read));
        QCOMPARE(report.damage.size(), 1);
        QCOMPARE(report.damage.first().kind, Damage::UnknownCode);
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv); // the record PDF lays out text, which needs fonts
    TestCodes tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_codes.moc"
