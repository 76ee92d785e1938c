#include "profiles/profileviewmemory.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
QString groupFor(const QString &profileId) { return u"profileViews/"_s + profileId; }
} // namespace

SavedView ProfileViewMemory::load(const QString &profileId)
{
    SavedView view;
    if (profileId.isEmpty()) return view;
    QSettings settings;
    settings.beginGroup(groupFor(profileId));
    view.expanded = settings.value(u"expanded"_s).toStringList();
    view.selected = settings.value(u"selected"_s).toString();
    view.treeHeader = settings.value(u"treeHeader"_s).toByteArray();
    view.splitter = settings.value(u"splitter"_s).toByteArray();
    return view;
}

void ProfileViewMemory::save(const QString &profileId, const SavedView &view)
{
    if (profileId.isEmpty()) return;
    QSettings settings;
    settings.beginGroup(groupFor(profileId));
    settings.setValue(u"expanded"_s, view.expanded.mid(0, kMaxExpanded));
    settings.setValue(u"selected"_s, view.selected);
    settings.setValue(u"treeHeader"_s, view.treeHeader);
    settings.setValue(u"splitter"_s, view.splitter);
}

void ProfileViewMemory::forget(const QString &profileId)
{
    if (profileId.isEmpty()) return;
    QSettings().remove(groupFor(profileId));
}
