#pragma once

#include <QGridLayout>
#include <QMessageBox>
#include <QSpacerItem>

/// QMessageBox sizes itself to its shortest line and wraps the informative text into a narrow
/// column; a spacer in its grid gives the counts and paths of the confirmations room to breathe.
inline void widenMessageBox(QMessageBox *box, int minimumWidth = 460)
{
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(
            new QSpacerItem(minimumWidth, 0, QSizePolicy::Minimum, QSizePolicy::Expanding),
            grid->rowCount(), 0, 1, grid->columnCount());
}
