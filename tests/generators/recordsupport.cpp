#include "recordsupport.h"

#include "jsoncodec.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

namespace Fortegnelse::RecordTest {

extern const QDate today(2026, 6, 8);
extern const QStringList languages{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};

/// The regulation's headings in each language (Art. 30(1), the record title first).
extern const std::map<QString, QStringList> headings{
    {QStringLiteral("da"),
     {QStringLiteral("Fortegnelse over behandlingsaktiviteter"), QStringLiteral("Den dataansvarliges navn og kontaktoplysninger"),
      QStringLiteral("Formålene med behandlingen"), QStringLiteral("Kategorier af registrerede og kategorier af personoplysninger"),
      QStringLiteral("Kategorier af modtagere"), QStringLiteral("Overførsler til tredjelande eller internationale organisationer"),
      QStringLiteral("Forventede tidsfrister for sletning"),
      QStringLiteral("Generel beskrivelse af de tekniske og organisatoriske sikkerhedsforanstaltninger")}},
    {QStringLiteral("nb"),
     {QStringLiteral("Protokoll over behandlingsaktiviteter"), QStringLiteral("Navn på og kontaktopplysninger for den behandlingsansvarlige"),
      QStringLiteral("Formålene med behandlingen"), QStringLiteral("Kategorier av registrerte og kategorier av personopplysninger"),
      QStringLiteral("Kategorier av mottakere"), QStringLiteral("Overføringer til tredjestater eller internasjonale organisasjoner"),
      QStringLiteral("Planlagte tidsfrister for sletting"),
      QStringLiteral("Generell beskrivelse av de tekniske og organisatoriske sikkerhetstiltakene")}},
    {QStringLiteral("sv"),
     {QStringLiteral("Register över behandling"), QStringLiteral("Namn och kontaktuppgifter för den personuppgiftsansvarige"),
      QStringLiteral("Ändamålen med behandlingen"), QStringLiteral("Kategorier av registrerade och kategorier av personuppgifter"),
      QStringLiteral("Kategorier av mottagare"), QStringLiteral("Överföringar till tredjeländer eller internationella organisationer"),
      QStringLiteral("Förutsedda tidsfrister för radering"),
      QStringLiteral("Allmän beskrivning av de tekniska och organisatoriska säkerhetsåtgärderna")}},
    {QStringLiteral("en"),
     {QStringLiteral("Record of processing activities"), QStringLiteral("Name and contact details of the controller"),
      QStringLiteral("Purposes of the processing"), QStringLiteral("Categories of data subjects and categories of personal data"),
      QStringLiteral("Categories of recipients"), QStringLiteral("Transfers to third countries or international organisations"),
      QStringLiteral("Envisaged time limits for erasure"),
      QStringLiteral("General description of the technical and organisational security measures")}}};

/// The title of the processor record (Art. 30(2)).
extern const std::map<QString, QString> processorTitles{
    {QStringLiteral("da"), QStringLiteral("Fortegnelse over alle kategorier af behandlingsaktiviteter, der foretages på vegne af en dataansvarlig")},
    {QStringLiteral("nb"), QStringLiteral("Protokoll over alle kategorier av behandlingsaktiviteter som utføres på vegne av en behandlingsansvarlig")},
    {QStringLiteral("sv"), QStringLiteral("Register över alla kategorier av behandling som utförts för en personuppgiftsansvarigs räkning")},
    {QStringLiteral("en"), QStringLiteral("Record of all categories of processing activities carried out on behalf of a controller")}};

extern const std::map<QString, QString> pageLabels{{QStringLiteral("da"), QStringLiteral("Side %1 af %2")},
                                                   {QStringLiteral("nb"), QStringLiteral("Side %1 av %2")},
                                                   {QStringLiteral("sv"), QStringLiteral("Sida %1 av %2")},
                                                   {QStringLiteral("en"), QStringLiteral("Page %1 of %2")}};

Pdf read(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    Pdf pdf;
    if (doc.status() != QPdfDocument::Status::Ready)
        return pdf;
    pdf.title = doc.metaData(QPdfDocument::MetaDataField::Title).toString();
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QString text = doc.getAllText(i).text();
        pdf.pages.append(text.simplified());
        QStringList lines;
        for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts))
            lines.append(line.simplified());
        pdf.lines.append(lines);
    }
    return pdf;
}

QByteArray record(const Register &reg, const QString &lang, RecordKind kind, QString *error,
                  const RecordProgress &progress)
{
    RecordOptions options;
    options.language = lang;
    options.kind = kind;
    options.today = today;
    QByteArray out;
    QString message;
    if (!writeRecordPdf(reg, options, &out, &message, progress))
        qWarning("record failed: %s", qPrintable(message));
    if (error)
        *error = message;
    return out;
}

bool loadExample(const QString &name, Register *reg)
{
    *reg = Test::exampleRegister(name); // stops the test when it cannot be read
    return true;
}

/// The sample register acting also as a processor for two client controllers.
Register processorRegister()
{
    Register reg = Test::sampleRegister();
    const QString da = QStringLiteral("da");
    for (const auto &[id, name] : {std::pair{"kunde", "Kunde A/S"}, std::pair{"kommune", "Aarhus Kommune"}}) {
        Party client;
        client.id = QLatin1String(id);
        client.role = PartyRole::ClientController;
        client.name = QLatin1String(name);
        client.email = QStringLiteral("dpo@%1.dk").arg(QLatin1String(id));
        client.agreement.reference = QStringLiteral("DBA-%1").arg(QLatin1String(id));
        reg.parties.append(client);
    }
    for (const auto &[id, client, name] : {std::tuple{"payroll", "kunde", "Lønbehandling"},
                                           std::tuple{"casework", "kommune", "Sagsbehandling"}}) {
        ProcessingActivity a;
        a.id = QLatin1String(id);
        a.role = ActivityRole::Processor;
        a.client = QLatin1String(client);
        a.name = LocalText(da, QString::fromUtf8(name));
        a.purposes.append({LocalText(da, QStringLiteral("Efter kundens instruks")), {}, {}, false, {}, {}, {}, {}, {}});
        a.matrix.append({QStringLiteral("customers"), {QStringLiteral("name")}});
        a.data = {QStringLiteral("name")};
        a.measures = {QStringLiteral("mfa")};
        reg.activities.append(a);
    }
    return reg;
}

/// A register of \a count activities, each with what a real one has: purposes with bases,
/// a matrix of three subject categories, recipients, retention, measures and dates.
Register largeRegister(int count)
{
    const QString da = QStringLiteral("da");
    Register reg = Test::sampleRegister();
    reg.activities.clear();
    for (int i = 0; i < 10; ++i) {
        reg.subjectCategories.append({QStringLiteral("s%1").arg(i), {}, LocalText(da, QStringLiteral("Registrerede %1").arg(i)), {}, false});
        reg.dataCategories.append({QStringLiteral("d%1").arg(i), {}, LocalText(da, QStringLiteral("Oplysningstype %1").arg(i)), i == 9 ? DataKind::Special : DataKind::Ordinary, {}});
    }
    reg.activities.reserve(count);
    for (int i = 0; i < count; ++i) {
        ProcessingActivity a;
        a.id = QStringLiteral("a%1").arg(i);
        a.name = LocalText(da, QStringLiteral("Behandlingsaktivitet nummer %1").arg(i + 1));
        a.description = LocalText(da, QStringLiteral("Beskrivelse af behandlingen, som den foregår i afdelingen, med de systemer og leverandører, der indgår."));
        a.department = QStringLiteral("Afdeling %1").arg(i % 7);
        Purpose p;
        p.description = LocalText(da, QStringLiteral("Levere ydelsen til kunden og administrere kundeforholdet"));
        p.legalBasis = QStringLiteral("b");
        a.purposes.append(p);
        p.description = LocalText(da, QStringLiteral("Overholde bogføringsloven"));
        p.legalBasis = QStringLiteral("c");
        p.lawReferences = {QStringLiteral("bogforingsloven-10")};
        a.purposes.append(p);
        for (int s = 0; s < 3; ++s) {
            QStringList data;
            for (int d = 0; d < 4; ++d)
                data.append(QStringLiteral("d%1").arg((i + s + d) % 10));
            a.matrix.append({QStringLiteral("s%1").arg((i + s) % 10), data});
            a.data += data;
        }
        a.data.removeDuplicates();
        a.recipients.append({QStringLiteral("hosting"), {}, a.matrix.first().data, {a.matrix.first().subject}, LocalText(da, QStringLiteral("Drift og hosting")), {}});
        a.recipients.append({{}, LocalText(da, QStringLiteral("Revisor")), {QStringLiteral("d1")}, {a.matrix.first().subject}, LocalText(da, QStringLiteral("Revision")), QStringLiteral("DK")});
        RetentionRule r;
        r.data = a.data.mid(0, 3);
        r.amount = 5;
        r.trigger = LocalText(da, QStringLiteral("udgangen af regnskabsåret"));
        r.lawReferences = {QStringLiteral("bogforingsloven-10")};
        a.retention.append(r);
        a.measures = {QStringLiteral("mfa")};
        a.created = QDate(2025, 1, 1).addDays(i % 300);
        a.lastReviewed = QDate(2026, 1, 1);
        a.nextReview = QDate(2027, 1, 1);
        reg.activities.append(a);
    }
    Transfer transfer = reg.transfers.at(0);
    transfer.activities = {QStringLiteral("a0"), QStringLiteral("a1")};
    reg.transfers.replace(0, transfer);
    return reg;
}

/// The page numbers the contents gives, read by position: the number printed at the
/// right edge level with the last line of each entry.
QMap<QString, int> contentsPages(const QByteArray &bytes, const QStringList &entries)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    QMap<QString, int> out;
    for (int page = 1; page < doc.pageCount() && out.size() < entries.size(); ++page) {
        const QString text = doc.getAllText(page).text();
        QList<std::pair<QRectF, int>> numbers;
        const QRegularExpression number(QStringLiteral("(?<=\\n)\\d+(?=\\r|\\n|$)"));
        for (auto it = number.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            numbers.append({doc.getSelectionAtIndex(page, int(m.capturedStart()), int(m.capturedLength())).boundingRectangle(),
                            m.captured().toInt()});
        }
        for (const QString &entry : entries) {
            QString pattern = QRegularExpression::escape(entry);
            pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(?<=\\n)") + pattern + QStringLiteral("(?=\\r|\\n)")).match(text);
            if (!m.hasMatch() || out.contains(entry))
                continue;
            const QRectF line = doc.getSelectionAtIndex(page, int(m.capturedStart()), int(m.capturedLength())).boundingRectangle();
            for (const auto &[rect, value] : std::as_const(numbers))
                if (rect.left() > line.right() && rect.center().y() > line.top() && rect.center().y() < line.bottom())
                    out.insert(entry, value);
        }
    }
    return out;
}

/// The page (from 1) where a heading stands, after the contents: its text on lines of its
/// own, in type larger than the overview's (which repeats the activities' numbers and names).
int headingPage(const QByteArray &bytes, const QString &heading, int after)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    QString pattern = QRegularExpression::escape(heading);
    pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    const QRegularExpression line(QStringLiteral("(?<=\\n)") + pattern + QStringLiteral("(?=\\r|\\n)"));
    for (int page = after; page < doc.pageCount(); ++page) {
        const QString text = doc.getAllText(page).text();
        for (auto it = line.globalMatch(text); it.hasNext();) {
            // The first character's height tells the type: a digit of a 12.5 pt heading
            // is 9 pt high, one of the 9 pt text or the 8 pt tables at most 6.6 pt.
            const int start = int(it.next().capturedStart());
            if (doc.getSelectionAtIndex(page, start, 1).boundingRectangle().height() > 8)
                return page + 1;
        }
    }
    return -1;
}

} // namespace Fortegnelse::RecordTest
