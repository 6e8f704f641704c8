#pragma once

#include "policywriters.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Fortegnelse {

class Document;

/// Exporting the privacy policy: the language, audience and format are shown and can be
/// chosen (they start as the preview's), errors in the register are named before the
/// file is written, and the file goes to the Documents folder unless chosen otherwise.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Document &doc, const QString &language, const QString &audience, int errors,
                 QWidget *parent = nullptr);

    QString language() const;
    QString audience() const;
    PolicyFormat format() const;
    QString filePath() const;
    /// The full policy's web address when only the first layer is exported; empty otherwise.
    QString firstLayerOf() const;

signals:
    /// The officer wants to see the errors before exporting.
    void problemsRequested();

private:
    void suggestPath();
    void updateOk();
    void browse();

    QComboBox *m_language;
    QComboBox *m_audience;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_firstLayer;
    QLineEdit *m_fullTextUrl;
    QLabel *m_urlError;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
};

} // namespace Fortegnelse
