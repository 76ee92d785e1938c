#include "transfer/syncplan.h"

#include <QCoreApplication>

namespace {

void add(SyncPlan &plan, SyncPlan::Action::Type type, const DiffEntry &e, int source, int target)
{
    plan.append({type, e.relPath, source, target});
}

} // namespace

void SyncPlan::append(Action action)
{
    switch (action.type) {
    case Action::Create:
        ++creates;
        break;
    case Action::SetData:
        ++dataUpdates;
        break;
    case Action::SetAcl:
        ++aclUpdates;
        break;
    case Action::Delete:
        ++deletes;
        break;
    case Action::Skip:
        ++skipped;
        break;
    case Action::KindConflict:
        ++kindConflicts;
        break;
    }
    actions.append(std::move(action));
}

QString SyncPlan::actionName(Action::Type type)
{
    switch (type) {
    case Action::Create:
        return QCoreApplication::translate("SyncPlan", "create");
    case Action::SetData:
        return QCoreApplication::translate("SyncPlan", "update data");
    case Action::SetAcl:
        return QCoreApplication::translate("SyncPlan", "set ACL");
    case Action::Delete:
        return QCoreApplication::translate("SyncPlan", "delete");
    case Action::Skip:
        return QCoreApplication::translate("SyncPlan", "skip (differs)");
    case Action::KindConflict:
        return QCoreApplication::translate("SyncPlan", "kind differs: not changed");
    }
    return {};
}

SyncPlan SyncPlan::build(const QList<DiffEntry> &entries, bool sourceIsLeft,
                         const SyncOptions &options)
{
    using Conflicts = SyncOptions::Conflicts;
    const quint8 onlySource = sourceIsLeft ? DiffEntry::OnlyLeft : DiffEntry::OnlyRight;
    const quint8 onlyTarget = sourceIsLeft ? DiffEntry::OnlyRight : DiffEntry::OnlyLeft;
    SyncPlan plan;
    for (const DiffEntry &e : entries) {
        const int source = sourceIsLeft ? e.left : e.right;
        const int target = sourceIsLeft ? e.right : e.left;
        if (e.isIdentical()) {
            ++plan.identical;
        } else if (e.flags & onlySource) {
            if (options.createMissing) add(plan, Action::Create, e, source, -1);
        } else if (e.flags & onlyTarget) {
            if (options.deleteExtra) add(plan, Action::Delete, e, -1, target);
        } else if (e.has(DiffEntry::KindDiffers)) {
            if (plan.firstConflict < 0) plan.firstConflict = int(plan.actions.size());
            add(plan, Action::KindConflict, e, source, target);
        } else if (options.conflicts != Conflicts::Overwrite) {
            if (plan.firstConflict < 0) plan.firstConflict = int(plan.actions.size());
            add(plan, Action::Skip, e, source, target);
        } else {
            if (e.has(DiffEntry::DataDiffers)) add(plan, Action::SetData, e, source, target);
            if (e.has(DiffEntry::AclDiffers)) add(plan, Action::SetAcl, e, source, target);
        }
    }
    if (options.conflicts != Conflicts::Stop) plan.firstConflict = -1;
    return plan;
}
