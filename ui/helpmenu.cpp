#include "helpmenu.h"

#include "util/actionicons.h"

#include "zk/zksession.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString plain(QString text)
{
    // "&Save" → "Save", "&&" → "&"; the "…" of a dialog entry stays.
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text;
}

void collect(const QMenu *menu, const QString &place, QList<HelpMenu::ShortcutRow> &rows,
             QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), place + u" › "_s + plain(action->menu()->title()), rows, seen);
            continue;
        }
        if (seen.contains(action) || action->shortcuts().isEmpty()) continue;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows.append({plain(action->text()), keys.join(u", "_s), place});
    }
}

} // namespace

HelpMenu::HelpMenu(QMenuBar *menuBar, std::function<QList<QAction *>()> extraActions,
                   QWidget *parent)
    : QMenu(tr("&Help"), parent)
    , m_menuBar(menuBar)
    , m_extraActions(std::move(extraActions))
{
    setObjectName(u"helpMenu"_s);
    QAction *shortcuts = addAction(ActionIcons::icon(u"help-contents"_s), tr("&Keyboard Shortcuts"),
                                   this, &HelpMenu::showShortcuts);
    shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    addSeparator();
    addAction(ActionIcons::icon(u"help-about"_s), tr("&About zkdesk"), this, &HelpMenu::showAbout)
        ->setMenuRole(QAction::AboutRole);
    addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

QList<HelpMenu::ShortcutRow> HelpMenu::shortcutRows() const
{
    QList<ShortcutRow> rows;
    QSet<const QAction *> seen;
    for (QAction *top : m_menuBar->actions())
        if (top->menu()) collect(top->menu(), plain(top->menu()->title()), rows, seen);
    QMenu extra;
    extra.addActions(m_extraActions ? m_extraActions() : QList<QAction *>{});
    collect(&extra, tr("Tree and editor"), rows, seen);
    return rows;
}

void HelpMenu::showShortcuts()
{
    const QList<ShortcutRow> rows = shortcutRows();
    QDialog dialog(parentWidget());
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(int(rows.size()), 3, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].action));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].shortcut));
        table->setItem(i, 2, new QTableWidgetItem(rows[i].place));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(620, 520);
    dialog.exec();
}

void HelpMenu::showAbout()
{
    QMessageBox box(parentWidget());
    box.setWindowTitle(tr("About zkdesk"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>zkdesk %1</h3><p>A native desktop browser and editor for Apache "
                   "ZooKeeper.</p>")
                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box.setInformativeText(
        tr("Qt %1 · ZooKeeper C client %2")
            .arg(QString::fromLatin1(qVersion()), ZkSession::clientLibraryVersion()));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.exec();
}
