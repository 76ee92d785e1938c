#pragma once

#include "transfer/treediff.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

/// What to do with the differences between a source and a target subtree.
struct SyncOptions
{
    /// A node on both sides whose data or ACL differs.
    enum class Conflicts {
        Skip,      ///< leave the target's node as it is
        Overwrite, ///< write the source's data / ACL, checked against the version read
        Stop,      ///< write nothing at all when there is one such node
    };
    Conflicts conflicts = Conflicts::Overwrite;
    bool createMissing = true; ///< create the nodes only the source has
    bool deleteExtra = false;  ///< delete the nodes only the target has ("make equal")
};

/// The writes that make a target like its source, computed from a TreeDiff before anything is
/// sent: it is also the dry run (counts and a listing).
struct SyncPlan
{
    struct Action
    {
        enum Type { Create, SetData, SetAcl, Delete, Skip, KindConflict };
        Type type = Create;
        QString relPath;
        int source = -1; ///< index in the source snapshot's nodes
        int target = -1; ///< index in the target snapshot's nodes
    };

    QList<Action> actions; ///< in tree order (parents first)
    qint64 creates = 0;
    qint64 dataUpdates = 0;
    qint64 aclUpdates = 0;
    qint64 deletes = 0;
    qint64 skipped = 0;       ///< nodes that differ and are left alone (Conflicts::Skip)
    qint64 identical = 0;     ///< nodes already equal
    qint64 kindConflicts = 0; ///< same path, different kind: never changed (reported)
    /// Conflicts::Stop: index in `actions` of the first node that differs (then nothing is
    /// written at all), -1 when there is none.
    int firstConflict = -1;

    qint64 writes() const { return creates + dataUpdates + aclUpdates + deletes; }
    /// Appends `action` and counts it under its type.
    void append(Action action);

    /// `entries`: the whole diff or the user's selection of it. `sourceIsLeft`: copy left ->
    /// right (else right -> left).
    static SyncPlan build(const QList<DiffEntry> &entries, bool sourceIsLeft,
                          const SyncOptions &options);
    static QString actionName(Action::Type type);
};
Q_DECLARE_METATYPE(SyncPlan)
