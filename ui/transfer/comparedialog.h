#pragma once

#include "transfer/difftree.h"
#include "transfer/sourcedatafetcher.h"
#include "transfer/syncapplyjob.h"
#include "transfer/treecomparison.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTreeWidget;
class ProfileLauncher;
struct SessionOptions;
class ZkSession;

/// Compare with…: the current subtree (left) against a path of this connection, of another
/// connection (a connection string), or an export file (right). Shows the differences as a tree
/// (identical nodes hidden unless asked), counts, per-kind filters, and the data of the selected
/// node side by side (hex for binary, changed lines marked). Applies the selected differences
/// (a selected folder: its whole shown subtree) in either direction,
/// or makes the right side equal to the left (deletions confirmed separately), version-checked.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(ZkSession *session, const QString &path, QWidget *parent = nullptr);
    ~CompareDialog() override;

    enum class RightKind { SameConnection, OtherConnection, File, Profile };
    /// `where`: a connection string, a file, or (Profile) a profile's name.
    void setRight(RightKind kind, const QString &where, const QString &path = {});
    /// Digest `user:password` for an ad-hoc connection string, kept in memory only.
    void setRightCredentials(const QString &userColonPassword);
    /// The saved profiles offered for the right side (their secrets come from the keychain).
    void setProfileLauncher(ProfileLauncher *launcher);
    void startCompare();
    TreeComparison &comparison() { return m_comparison; }
    QTreeWidget *differences() const { return m_tree; }
    QPlainTextEdit *leftView() const { return m_leftView; }
    QPlainTextEdit *rightView() const { return m_rightView; }
    /// Applies the selected rows (a folder: its shown subtree), after the preview question.
    void applySelected(bool leftToRight) { apply(leftToRight, false); }

signals:
    void applied(const SyncReport &report);

private:
    QFormLayout *buildSidesForm();
    QHBoxLayout *buildFilters();
    DiffTree::Filter filter() const;
    QSplitter *buildDifferenceViews();
    QDialogButtonBox *buildButtons();
    void openRightSession();
    void openProfileSession();
    void openSession(const SessionOptions &options, const QString &key);
    void updateRightFields();
    void onCompared(const ZkError &error);
    void fillTree();
    void showNode();
    void renderNode(const DiffEntry &entry);
    void onViewFetched(int side);
    void apply(bool leftToRight, bool makeEqual);
    ZkSession *rightSession() const;

    ZkSession *m_session;
    QString m_path;
    std::unique_ptr<ZkSession> m_other;
    TreeComparison m_comparison;
    std::unique_ptr<SyncApplyJob> m_apply;
    std::unique_ptr<SourceDataFetcher> m_viewFetch;      ///< the shown left value's bytes
    std::unique_ptr<SourceDataFetcher> m_viewFetchRight; ///< the shown right value's bytes
    int m_viewFetchSides = 0;                            ///< 1 left, 2 right: still reading
    QComboBox *m_rightKind;
    QLineEdit *m_rightWhere;
    QLineEdit *m_rightPath;
    QLineEdit *m_rightAuth;    ///< digest user:password for a connection string
    QComboBox *m_rightProfile; ///< saved profiles
    QPointer<ProfileLauncher> m_profiles;
    QString m_otherKey; ///< what m_other was opened for
    QLabel *m_counts;
    QList<QCheckBox *> m_filters; ///< one per kind, then identical
    QTreeWidget *m_tree;
    QPlainTextEdit *m_leftView;
    QPlainTextEdit *m_rightView;
};
