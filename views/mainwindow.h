#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeWidget;
class QTextBrowser;

namespace Fortegnelse {

class Document;

/// The main window. For now it opens a register and shows what it holds, part by part;
/// the editors come with the editing issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a register; a refused file gets a message box saying why.
    bool openFile(const QString &path);
    Document *document() const { return m_document.get(); }

private:
    void showPart();
    void refresh();

    std::unique_ptr<Document> m_document;
    QTreeWidget *m_navigator = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace Fortegnelse
