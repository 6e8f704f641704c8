#pragma once

#include "snapshot.h"
#include "snapshotoperations.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Fortegnelse {

struct Register;

/// What the officer chose in the record's export dialog.
struct RecordExport
{
    QString path; ///< absolute, ending in .pdf (.odt); empty when printing
    bool odt = false; ///< an OpenDocument text to edit, instead of the PDF (never kept as submitted)
    bool appendChanges = false; ///< end the record with the changes since the last submission
    bool markSubmitted = false; ///< keep the record as submitted, with \a submission
    Submission submission;
};

/// Exporting or printing the Article 30 record (issues 14 and 16): the record's language,
/// the file (in the Documents folder, named after the organisation and the day; not when
/// printing), a warning when the register has errors, the annex of changes since the record
/// last submitted (disabled, with the reason, when none was), and "Mark as submitted to
/// <authority> on <date>, case no." so that the register keeps what was sent, on paper too.
class RecordExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Export, ///< to a file
        Print, ///< on paper: no format or file; the printer dialog follows
    };

    /// \a language is the record's; \a lastSubmitted the newest Submitted snapshot (its
    /// contents are not needed); \a today the day proposed for the submission.
    RecordExportDialog(const Register &reg, const QString &language, int errors,
                       const std::optional<Snapshot> &lastSubmitted, const QDate &today, QWidget *parent = nullptr,
                       Purpose purpose = Purpose::Export);

    RecordExport choice() const;
    /// Offers no "mark as submitted", and says \a why (only the register's administrator
    /// submits the record on a server; a read-only register keeps nothing).
    void refuseSubmission(const QString &why);

    /// "Fortegnelse Nordlys ApS 2026-12-03.pdf": the record's noun in its language, the
    /// organisation's name without the characters a file name cannot hold, and the day.
    static QString suggestedFileName(const Register &reg, const QString &language, const QDate &today);
    /// The authority the record goes to: the organisation's lead supervisory authority (else
    /// that of its country, else Datatilsynet), by its name in the register's language.
    static QString authorityOf(const Register &reg);

private:
    void browse();

    void followFormat();

    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_changes;
    QCheckBox *m_submitted;
    QDateEdit *m_on;
    QLineEdit *m_case;
    QLabel *m_submittedNote = nullptr;
    QDialogButtonBox *m_buttons;
    QString m_authority;
    QString m_refusedWhy; ///< why the record cannot be kept as submitted here, if it cannot
    Purpose m_purpose;
};

} // namespace Fortegnelse
