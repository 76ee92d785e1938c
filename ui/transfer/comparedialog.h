#pragma once

#include "transfer/syncapplyjob.h"
#include "transfer/treecomparison.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTreeWidget;
class ZkSession;

/// Compare with…: the current subtree (left) against a path of this connection, of another
/// connection (a connection string), or an export file (right). Shows the differences (identical
/// nodes hidden unless asked), counts, filters, and the data of the selected node side by side
/// (hex for binary, changed lines marked). Applies the selected differences in either direction,
/// or makes the right side equal to the left (deletions confirmed separately), version-checked.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(ZkSession *session, const QString &path, QWidget *parent = nullptr);
    ~CompareDialog() override;

    enum class RightKind { SameConnection, OtherConnection, File };
    void setRight(RightKind kind, const QString &where, const QString &path = {});
    void startCompare();
    TreeComparison &comparison() { return m_comparison; }
    QTreeWidget *differences() const { return m_tree; }
    QPlainTextEdit *leftView() const { return m_leftView; }
    QPlainTextEdit *rightView() const { return m_rightView; }

private:
    QFormLayout *buildSidesForm();
    QSplitter *buildDifferenceViews();
    QDialogButtonBox *buildButtons();
    void openRightSession();
    void onCompared(const ZkError &error);
    void fillTree();
    void showNode();
    void apply(bool leftToRight, bool makeEqual);
    ZkSession *rightSession() const;

    ZkSession *m_session;
    QString m_path;
    std::unique_ptr<ZkSession> m_other;
    TreeComparison m_comparison;
    std::unique_ptr<SyncApplyJob> m_apply;
    QComboBox *m_rightKind;
    QLineEdit *m_rightWhere;
    QLineEdit *m_rightPath;
    QLabel *m_counts;
    QCheckBox *m_showIdentical;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_leftView;
    QPlainTextEdit *m_rightView;
};
