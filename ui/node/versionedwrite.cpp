#include "node/versionedwrite.h"

#include "node/conflictdialog.h"
#include "zk/zksession.h"

#include <QWidget>

VersionedWrite *VersionedWrite::start(ZkSession *session, QWidget *dialogParent,
                                      const QString &path, const QByteArray &data, int version,
                                      Done done)
{
    auto *w = new VersionedWrite(session, dialogParent, path, data, std::move(done));
    w->m_loadedVersion = version;
    w->write(version);
    return w;
}

VersionedWrite::VersionedWrite(ZkSession *session, QWidget *dialogParent, const QString &path,
                               const QByteArray &data, Done done)
    : QObject(dialogParent)
    , m_session(session)
    , m_parent(dialogParent)
    , m_path(path)
    , m_data(data)
    , m_done(std::move(done))
{
}

void VersionedWrite::write(int version)
{
    m_session->setData(m_path, m_data, version, this, [this](const StatReply &reply) {
        if (reply.error.code == ZkCode::BadVersion) {
            askUser();
            return;
        }
        Result result;
        result.outcome = reply.error ? Outcome::Failed : Outcome::Saved;
        result.error = reply.error;
        result.stat = reply.stat;
        finish(result);
    });
}

void VersionedWrite::askUser()
{
    m_session->getData(m_path, false, this, [this](const DataReply &reply) {
        if (reply.error) {
            Result result;
            result.error = reply.error; // e.g. deleted meanwhile: nothing to overwrite
            finish(result);
            return;
        }
        auto *dialog = new ConflictDialog(m_path, m_data, m_loadedVersion, reply.data,
                                          reply.stat, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QByteArray serverData = reply.data;
        const ZkStat serverStat = reply.stat;
        connect(dialog, &QDialog::finished, this, [this, dialog, serverData, serverStat] {
            switch (dialog->choice()) {
            case ConflictDialog::Choice::Overwrite:
                // The version the user has just seen: if it moved again, they are asked again.
                m_loadedVersion = serverStat.version;
                write(serverStat.version);
                return;
            case ConflictDialog::Choice::Reload: {
                Result result;
                result.outcome = Outcome::Reloaded;
                result.serverData = serverData;
                result.stat = serverStat;
                finish(result);
                return;
            }
            case ConflictDialog::Choice::KeepEditing: {
                Result result;
                result.outcome = Outcome::KeptEditing;
                finish(result);
                return;
            }
            }
        });
        dialog->open();
    });
}

void VersionedWrite::finish(const Result &result)
{
    if (m_done)
        m_done(result);
    deleteLater();
}
