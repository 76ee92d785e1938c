#include "transfer/transferfile.h"

#include "transfer/exportformat.h"
#include "transfer/gzipfile.h"
#include "transfer/snapshotloader.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxDataBytes = ZkSession::maxPacketBytes() - 1024;

/// Line and column of a byte offset, for the parse errors of a whole document.
QString place(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype line = text.left(offset).count('\n') + 1;
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return QCoreApplication::translate("TransferFile", "line %1, column %2")
        .arg(line)
        .arg(offset - lineStart + 1);
}

/// Collects records from the document formats, then orders them parents first.
struct Collector
{
    QList<std::pair<QString, TransferNode>> records; // absolute path, node
    QSet<QString> seen;

    QString add(const QString &path, TransferNode node)
    {
        if (const QString why = ZkPath::validate(path); !why.isEmpty())
            return QCoreApplication::translate("TransferFile", "invalid path \"%1\": %2")
                .arg(path, why);
        if (seen.contains(path))
            return QCoreApplication::translate("TransferFile", "the path %1 appears twice")
                .arg(path);
        if (node.data.size() > kMaxDataBytes)
            return QCoreApplication::translate(
                       "TransferFile",
                       "the data of %1 is %2 bytes: over the server's 1 MB request limit")
                .arg(path)
                .arg(node.data.size());
        seen.insert(path);
        records.append({path, std::move(node)});
        return {};
    }

    /// `root`: the file's own root; empty: the deepest common ancestor of the records.
    TransferSnapshot finish(QString root = {})
    {
        TransferSnapshot s;
        if (records.isEmpty()) return s;
        if (root.isEmpty()) root = records.first().first;
        for (const auto &r : std::as_const(records))
            while (root != r.first && !ZkPath::isAncestor(root, r.first))
                root = ZkPath::parent(root);
        s.root = root;
        std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
            return ZkPath::depth(a.first) < ZkPath::depth(b.first);
        });
        for (auto &r : records) {
            r.second.relPath = TransferSnapshot::relative(root, r.first);
            s.nodes.append(std::move(r.second));
        }
        records.clear();
        return s;
    }
};

QString decodeBase64(const QJsonValue &value, QByteArray *out)
{
    if (value.isNull() || value.isUndefined()) {
        *out = QByteArray();
        return {};
    }
    if (!value.isString())
        return QCoreApplication::translate("TransferFile", "the data is not a base64 string");
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return QCoreApplication::translate("TransferFile", "the data is not valid base64");
    *out = decoded.decoded.isNull() ? QByteArray("") : decoded.decoded;
    return {};
}

QString zooNavigatorAcl(const QJsonArray &list, ZkAcl *acl)
{
    static const QHash<QString, quint32> bits{{u"create"_s, ZkPerm::Create},
                                              {u"read"_s, ZkPerm::Read},
                                              {u"write"_s, ZkPerm::Write},
                                              {u"delete"_s, ZkPerm::Delete},
                                              {u"admin"_s, ZkPerm::Admin}};
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        quint32 perms = 0;
        for (const QJsonValue &p : o.value(u"permissions").toArray()) {
            if (!bits.contains(p.toString().toLower()))
                return QCoreApplication::translate("TransferFile", "unknown permission \"%1\"")
                    .arg(p.toString());
            perms |= bits.value(p.toString().toLower());
        }
        acl->append({o.value(u"scheme").toString(), o.value(u"id").toString(), perms});
    }
    return {};
}

QString readZooNavigator(const QJsonArray &list, const QString &parent, Collector &out)
{
    for (const QJsonValue &entry : list) {
        const QJsonObject h = entry.toObject().value(u"h").toObject();
        const QString name = h.value(u"path").toString();
        const QString path = name.startsWith(u'/') ? name : ZkPath::join(parent, name);
        TransferNode node;
        QString why = decodeBase64(h.value(u"data"), &node.data);
        if (why.isEmpty()) why = zooNavigatorAcl(h.value(u"acl").toArray(), &node.acl);
        if (node.data.isNull()) node.data = QByteArray(""); // ZooNavigator writes null as ""
        if (why.isEmpty()) why = out.add(path, std::move(node));
        if (!why.isEmpty())
            return QCoreApplication::translate("TransferFile", "node %1: %2").arg(path, why);
        why = readZooNavigator(entry.toObject().value(u"t").toArray(), path, out);
        if (!why.isEmpty()) return why;
    }
    return {};
}

/// zk_shell: {"/p":{"content":b64,"acls":[{"perms":31,"id":{"scheme","id"}}]}};
/// zoocreeper: {"/p":{"data":b64,"acls":[{"id","scheme","perms"}],...stat fields}}.
QString readPathMap(const QJsonObject &map, Collector &out)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        TransferNode node;
        QString why = decodeBase64(o.contains(u"content") ? o.value(u"content") : o.value(u"data"),
                                   &node.data);
        for (const QJsonValue &a : o.value(u"acls").toArray()) {
            const QJsonObject acl = a.toObject();
            const QJsonObject id = acl.value(u"id").isObject() ? acl.value(u"id").toObject() : acl;
            const qint64 perms = acl.value(u"perms").toInteger(-1);
            if (perms < 0 || perms > ZkPerm::All)
                why =
                    QCoreApplication::translate("TransferFile",
                                                "ACL permissions %1 are not a number from 0 to 31")
                        .arg(QString::fromUtf8(QJsonDocument(acl).toJson(QJsonDocument::Compact)));
            node.acl.append(
                {id.value(u"scheme").toString(), id.value(u"id").toString(), quint32(perms)});
        }
        if (node.acl.isEmpty()) node.acl = ZkAclPresets::open();
        if (why.isEmpty()) why = out.add(it.key(), std::move(node));
        if (!why.isEmpty())
            return QCoreApplication::translate("TransferFile", "node %1: %2").arg(it.key(), why);
    }
    return {};
}

QString readZkdeskDocument(const QJsonObject &doc, Collector &out, TransferSnapshot *skippedInto)
{
    const QString root = doc.value(u"root").toString();
    const bool withStat = doc.value(u"withStat").toBool();
    if (doc.value(u"version").toInt() != ExportFormat::kVersion)
        return QCoreApplication::translate(
                   "TransferFile",
                   "the file is zkdesk export version %1; this zkdesk reads version %2")
            .arg(doc.value(u"version").toInt())
            .arg(ExportFormat::kVersion);
    for (const QJsonValue &v : doc.value(u"nodes").toArray()) {
        TransferNode node;
        bool skipped = false;
        if (QString why = ExportFormat::parseNode(v.toObject(), root, withStat, &node, &skipped);
            !why.isEmpty())
            return why;
        if (skipped) {
            skippedInto->ephemeralPaths.append(node.relPath);
            continue;
        }
        // The path first: the order in which arguments are evaluated is unspecified, and the
        // moved-from node would give every record the root's path.
        const QString path = TransferSnapshot::absolute(root, node.relPath);
        if (QString why = out.add(path, std::move(node)); !why.isEmpty()) return why;
    }
    return {};
}

TransferFile::Result readDocument(const QByteArray &text)
{
    TransferFile::Result result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("TransferFile", "not valid JSON at %1: %2")
                           .arg(place(text, error.offset), error.errorString());
        return result;
    }
    Collector out;
    TransferSnapshot skipped;
    QString why;
    if (doc.isArray()) {
        result.format = TransferFile::Format::ZooNavigator;
        why = readZooNavigator(doc.array(), u"/"_s, out);
    } else if (doc.object().value(u"format").toString()
               == QLatin1String(ExportFormat::kFormatName)) {
        result.format = TransferFile::Format::Zkdesk;
        why = readZkdeskDocument(doc.object(), out, &skipped);
    } else if (!doc.object().isEmpty() && doc.object().begin().key().startsWith(u'/')) {
        result.format = TransferFile::Format::ZkShell;
        why = readPathMap(doc.object(), out);
    } else {
        why = QCoreApplication::translate("TransferFile",
                                          "this is not a zkdesk, ZooNavigator or zk_shell export");
    }
    if (!why.isEmpty()) {
        result.error = why;
        return result;
    }
    result.snapshot = out.finish(doc.object().value(u"root").toString());
    result.snapshot.ephemeralPaths = skipped.ephemeralPaths;
    if (result.snapshot.nodes.isEmpty())
        result.error = QCoreApplication::translate("TransferFile", "the file has no nodes");
    return result;
}

} // namespace

namespace {

/// The line layout zkdesk writes: header line, one node per line, trailer line.
class ZkdeskLineReader
{
public:
    ZkdeskLineReader(GzipLineReader &in, bool keepData)
        : m_in(in)
        , m_keepData(keepData)
    { }

    /// False when the first line is not zkdesk's header line: read the file as a document.
    bool readHeader(const QByteArray &first)
    {
        ExportFormat::Header header;
        if (!TransferFile::parseZkdeskHeader(first, &header, &m_version)) return false;
        m_snapshot.root = header.root;
        m_snapshot.origin = header.origin;
        m_withStat = header.withStat;
        return true;
    }

    TransferFile::Result readNodes()
    {
        TransferFile::Result result;
        result.error = check();
        if (result.error.isEmpty()) result.snapshot = std::move(m_snapshot);
        return result;
    }

private:
    QString check()
    {
        if (m_version != ExportFormat::kVersion)
            return QCoreApplication::translate(
                       "TransferFile",
                       "the file is zkdesk export version %1; this zkdesk reads version %2")
                .arg(m_version)
                .arg(ExportFormat::kVersion);
        if (QString why = ExportFormat::checkPath(m_snapshot.root, m_snapshot.root); !why.isEmpty())
            return QCoreApplication::translate("TransferFile", "line 1: %1").arg(why);
        QByteArray line;
        bool ended = false;
        while (m_in.readLine(&line)) {
            if (line.trimmed().isEmpty()) continue;
            if (ended)
                return QCoreApplication::translate("TransferFile",
                                                   "line %1: text after the end of the document")
                    .arg(m_in.lineNumber());
            if (line.startsWith("],")) {
                if (QString why = readTrailer(line); !why.isEmpty()) return why;
                ended = true;
                continue;
            }
            if (QString why = readNode(line); !why.isEmpty())
                return QCoreApplication::translate("TransferFile", "line %1: %2")
                    .arg(m_in.lineNumber())
                    .arg(why);
        }
        if (!m_in.error().isEmpty())
            return QCoreApplication::translate("TransferFile", "line %1: %2")
                .arg(m_in.lineNumber() + 1)
                .arg(m_in.error());
        if (!ended)
            return QCoreApplication::translate(
                       "TransferFile",
                       "the file ends at line %1 inside the node list: it is incomplete "
                       "(truncated?)")
                .arg(m_in.lineNumber());
        if (m_snapshot.nodes.isEmpty())
            return QCoreApplication::translate("TransferFile", "the file has no nodes");
        return {};
    }

    QString readNode(const QByteArray &line)
    {
        TransferNode node;
        bool skipped = false;
        if (QString why =
                TransferFile::parseZkdeskLine(line, m_snapshot.root, m_withStat, &node, &skipped);
            !why.isEmpty())
            return why;
        if (m_seen.contains(node.relPath))
            return QCoreApplication::translate("TransferFile", "the path %1 appears twice")
                .arg(TransferSnapshot::absolute(m_snapshot.root, node.relPath));
        m_seen.insert(node.relPath);
        if (node.relPath.isEmpty() ? !m_snapshot.nodes.isEmpty()
                                   : !m_seen.contains(parentOf(node.relPath)))
            return QCoreApplication::translate(
                       "TransferFile",
                       "%1 comes before its parent (zkdesk files list parents first)")
                .arg(TransferSnapshot::absolute(m_snapshot.root, node.relPath));
        if (skipped) {
            m_snapshot.ephemeralPaths.append(node.relPath);
            return {};
        }
        if (!m_keepData) {
            // A streamed import holds a digest per node; its second pass reads the bytes again.
            node.dropData(SnapshotLoader::kKeptBytes);
            node.stat.reset();
        }
        if (node.acl == m_lastAcl) // siblings nearly always share one ACL: keep one copy
            node.acl = m_lastAcl;
        else
            m_lastAcl = node.acl;
        m_snapshot.nodes.append(std::move(node));
        return {};
    }

    QString readTrailer(const QByteArray &line)
    {
        const QJsonObject trailer = QJsonDocument::fromJson("{" + line.mid(2)).object();
        if (!trailer.value(u"summary").isObject())
            return QCoreApplication::translate(
                       "TransferFile",
                       "line %1: the end of the node list is not followed by a summary")
                .arg(m_in.lineNumber());
        const QJsonObject s = trailer.value(u"summary").toObject();
        m_snapshot.unreadable = s.value(u"unreadable").toInteger();
        for (const QJsonValue &p : s.value(u"unreadablePaths").toArray())
            m_snapshot.unreadablePaths.append(p.toString());
        return {};
    }

    /// The parent of a relative path; the root's children have the root ("") as parent.
    static QString parentOf(const QString &relPath)
    {
        return relPath.left(relPath.lastIndexOf(u'/'));
    }

    GzipLineReader &m_in;
    bool m_keepData = true;
    ZkAcl m_lastAcl;
    TransferSnapshot m_snapshot;
    QSet<QString> m_seen;
    int m_version = 0;
    bool m_withStat = false;
};

} // namespace

QString TransferFile::formatName(Format format)
{
    switch (format) {
    case Format::Zkdesk:
        return QCoreApplication::translate("TransferFile", "zkdesk export");
    case Format::ZooNavigator:
        return QCoreApplication::translate("TransferFile", "ZooNavigator export");
    case Format::ZkShell:
        return QCoreApplication::translate("TransferFile", "zk_shell export");
    }
    return {};
}

bool TransferFile::parseZkdeskHeader(const QByteArray &first, ExportFormat::Header *header,
                                     int *version)
{
    if (!first.startsWith("{\"format\":\"zkdesk-export\"") || !first.endsWith("\"nodes\":["))
        return false;
    const QJsonObject object = QJsonDocument::fromJson(first + "]}").object();
    if (object.isEmpty()) return false;
    *version = object.value(u"version").toInt();
    header->root = object.value(u"root").toString();
    header->origin = object.value(u"origin").toString();
    header->withStat = object.value(u"withStat").toBool();
    return true;
}

QString TransferFile::parseZkdeskLine(QByteArray line, const QString &root, bool withStat,
                                      TransferNode *node, bool *skipped)
{
    if (line.endsWith(',')) line.chop(1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate("TransferFile", "not valid JSON at column %1: %2")
            .arg(error.offset + 1)
            .arg(error.errorString());
    if (!doc.isObject())
        return QCoreApplication::translate("TransferFile", "a node must be a JSON object");
    return ExportFormat::parseNode(doc.object(), root, withStat, node, skipped);
}

TransferFile::Result TransferFile::read(const QString &path, bool keepData)
{
    Result result;
    GzipLineReader in;
    if (!in.open(path)) {
        result.error = in.error();
        return result;
    }
    QByteArray first;
    if (!in.readLine(&first)) {
        result.error = in.error().isEmpty()
            ? QCoreApplication::translate("TransferFile", "the file is empty")
            : in.error();
        return result;
    }
    ZkdeskLineReader lines(in, keepData);
    if (lines.readHeader(first)) {
        result = lines.readNodes();
        result.lineLayout = true;
    } else {
        QByteArray rest;
        if (!in.readAll(&rest)) {
            result.error = in.error();
            return result;
        }
        result = readDocument(first + '\n' + rest);
    }
    result.snapshot.origin = QFileInfo(path).fileName();
    return result;
}
