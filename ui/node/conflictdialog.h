#pragma once

#include "zk/zkstat.h"

#include <QByteArray>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTextEdit;

/// Shown when a save hits ZBADVERSION: someone else changed the node since it was loaded.
/// Shows the text the user wants to write, the server's current text (fetched fresh), a line
/// diff between them, and asks: overwrite (with the server's new version), reload (discard
/// mine) or keep editing. Binary data is compared as a hex dump, compact JSON pretty-printed,
/// so the diff is by readable lines.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice { KeepEditing, Overwrite, Reload };
    Q_ENUM(Choice)

    ConflictDialog(const QString &path, const QByteArray &mine, int loadedVersion,
                   const QByteArray &server, const ZkStat &serverStat, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /// For tests: choose as the buttons do (closes the dialog).
    QLabel *buildHeader(const QString &path, int loadedVersion, const ZkStat &serverStat);
    QDialogButtonBox *buildButtons(int serverVersion);
    void choose(Choice choice);

    QString mineText() const;
    QString serverText() const;
    QString diffText() const;

    /// How `data` is shown for comparison: JSON pretty, UTF-8 as is, else a hex dump.
    static QString comparableText(const QByteArray &data);

private:
    void confirmOverwrite(int serverVersion);
    Choice m_choice = Choice::KeepEditing;
    QPlainTextEdit *m_mine = nullptr;   // Owned by the widget tree.
    QPlainTextEdit *m_server = nullptr; // Owned by the widget tree.
    QTextEdit *m_diff = nullptr;        // Owned by the widget tree.
};
