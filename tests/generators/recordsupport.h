#pragma once

// What the record's tests share (tst_record, tst_recordpages): the registers they make the
// record of, and the record read back from its PDF.

#include "recordpainter.h"
#include "register.h"

#include <QDate>
#include <QMap>
#include <QStringList>

#include <map>

namespace Fortegnelse::RecordTest {

/// The date every test record is made on.
extern const QDate today;
extern const QStringList languages;
/// The regulation's headings in each language (Art. 30(1), the record title first).
extern const std::map<QString, QStringList> headings;
/// The title of the processor record (Art. 30(2)).
extern const std::map<QString, QString> processorTitles;
extern const std::map<QString, QString> pageLabels;

/// A PDF read back: the text of each page, with runs of white space made single spaces,
/// and its lines.
struct Pdf
{
    QList<QString> pages;
    QList<QStringList> lines;
    QString title;
    QString all() const { return pages.join(QLatin1Char(' ')); }
};

Pdf read(const QByteArray &bytes);
/// The record of \a reg in \a lang made on today; a warning says why when it fails.
QByteArray record(const Register &reg, const QString &lang, RecordKind kind = RecordKind::Both,
                  QString *error = nullptr, const RecordProgress &progress = {});
bool loadExample(const QString &name, Register *reg);
/// The sample register acting also as a processor for two client controllers.
Register processorRegister();
/// A register of \a count activities, each with what a real one has.
Register largeRegister(int count);
/// The page numbers the contents gives for \a entries, read by position.
QMap<QString, int> contentsPages(const QByteArray &bytes, const QStringList &entries);
/// The page (from 1) where a heading stands, after page \a after.
int headingPage(const QByteArray &bytes, const QString &heading, int after);

} // namespace Fortegnelse::RecordTest
