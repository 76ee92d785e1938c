#pragma once

#include "zk/zkerror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ZkSession;

/// Completions for a path being typed (Go to Path): the children of the typed path's parent,
/// fetched from the server without a watch, as full paths sorted for a prefix search. Listings
/// are cached per parent for the life of the source (a dialog's), one request is in flight at a
/// time, and only the newest parent asked for is sent after it: typing fast does not flood the
/// server with listings of 50,000-child parents.
class PathCompletionSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathCompletionSource)

public:
    /// `session` must outlive the source.
    explicit PathCompletionSource(ZkSession *session, QObject *parent = nullptr);

    /// The parent of `typed` ("/a/b" and "/a/" → "/a"; "/" and "/x" → "/"); empty when `typed`
    /// does not start with "/".
    static QString parentOf(const QString &typed);

    /// Asks for the completions of `typed`: completionsReady() at once when cached, else after
    /// the listing arrives.
    void request(const QString &typed);
    /// The cached completions under `parent`, empty when not listed (yet).
    QStringList cached(const QString &parent) const { return m_cache.value(parent); }

signals:
    /// Every child of `parent` as a full path, sorted (code-point order, case-sensitive).
    void completionsReady(const QString &parent, const QStringList &paths);
    /// Listing `parent` failed (NoNode: the typed parent does not exist).
    void listingFailed(const QString &parent, const ZkError &error);

private:
    void send(const QString &parent);

    QPointer<ZkSession> m_session; ///< a tab closed under an open dialog takes it away
    QHash<QString, QStringList> m_cache;
    QString m_inFlight; ///< the parent being listed, empty when none
    QString m_next;     ///< the newest parent asked for meanwhile
};
