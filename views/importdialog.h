#pragma once

#include "document.h"
#include "tableimport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTreeWidget;

namespace Fortegnelse {

/// Importing the record an officer already keeps in a spreadsheet or Word tables (issue 15,
/// part 5): the file is read and planned in the background, with a progress bar, and the
/// preview shows the layout found, the column-to-field mapping (which the officer can
/// change) and each activity as ok, warning or invalid with its reason and cell. Nothing is
/// written until the officer imports: as a new register, or added to the open one as one
/// undoable step. Every change of the options plans again.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(QString path, Document *open, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// True from plan() until its preview is shown.
    bool isPlanning() const;
    const Tables::ImportReport &report() const { return m_report; }
    /// The register made by "Import as a new register", for the window to show.
    std::unique_ptr<Document> takeCreated() { return std::move(m_created); }
    /// True when the import went into the open register.
    bool merged() const { return m_merged; }

    /// Plans again with the options shown (the layout, sheet, language and mapping).
    void plan();

private:
    void showPlan();
    void showColumns();
    void showRows();
    void showDetails();
    void updateButtons();
    void importNow();
    void browse();
    bool intoOpen() const;

    QString m_path;
    QPointer<Document> m_open;
    QComboBox *m_layout;
    QComboBox *m_sheet;
    QComboBox *m_language;
    QLabel *m_found;
    QTableWidget *m_columns;
    QTreeWidget *m_rows;
    QLabel *m_details; ///< every reason of the chosen activity, in full
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QRadioButton *m_toNew;
    QRadioButton *m_toOpen;
    QLineEdit *m_target;
    QPushButton *m_browse;
    QLabel *m_message;
    QPushButton *m_import;

    struct Plan
    {
        bool ok = false;
        QString error;
        Register planned;
        Tables::ImportReport report;
    };
    QFutureWatcher<Plan> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<int>> m_percent;
    bool m_planAgain = false; ///< the options changed while a plan ran
    bool m_busy = false; ///< a plan runs, or its result is not shown yet
    QHash<int, Tables::ImportField> m_mapping; ///< the officer's changes to the mapping
    Register m_base; ///< what the plan was made on
    Register m_planned;
    Tables::ImportReport m_report;
    bool m_planOk = false;
    std::unique_ptr<Document> m_created;
    bool m_merged = false;
};

} // namespace Fortegnelse
