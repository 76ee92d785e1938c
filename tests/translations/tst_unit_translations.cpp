// The committed catalogues against the sources as they are now: lupdate (the real tool, over the
// same file list as `update_translations`) brings a copy of each .ts up to date, and the copy must
// then have nothing unfinished — a user-visible string added, changed or moved to another context
// without its translation fails here. Each translation must also keep the source's placeholders
// (%1…%9, %n), its accelerator (&) and its HTML tags, so a translation cannot drop a value or break
// a link.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or one
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message") messages << current;
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.numerus) current.translations << xml.readElementText();
        } else if (xml.name() == u"numerusform") {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError()) *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(?:n|L?[1-9])"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured();
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(u"</?([a-zA-Z0-9]+)[^>]*>"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured(1);
    found.sort();
    return found;
}

// An accelerator is '&' followed by a letter or digit ("&&" is a literal ampersand).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(u"(?<!&)&[\\p{L}\\p{N}]"_s);
    return re.match(text).hasMatch();
}

QString describe(const Message &m) { return u"[%1] \"%2\""_s.arg(m.context, m.source.left(100)); }

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_data();
    void catalogue();
};

void TestTranslations::catalogue_data()
{
    QTest::addColumn<QString>("ts");
    const QDir dir(QStringLiteral(ZKDESK_TS_DIR));
    const QStringList files = dir.entryList({u"zkdesk_*.ts"_s}, QDir::Files);
    QVERIFY2(!files.isEmpty(), "no translations/zkdesk_*.ts");
    for (const QString &file : files) QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::catalogue()
{
    QFETCH(QString, ts);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString copy = work.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ZKDESK_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                   u"@"_s + QStringLiteral(ZKDESK_TRANSLATED_SOURCES_LIST), u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
    // A tr() lupdate cannot place is a string that never reaches any catalogue.
    QVERIFY2(!output.contains(u"cannot be called without context"_s), qPrintable(output));

    QString error;
    const QList<Message> committed = readCatalogue(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> updated = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!updated.isEmpty());

    QStringList problems;
    for (const Message &m : committed)
        if (m.type == u"vanished" || m.type == u"obsolete")
            problems << u"left over in the committed file (%1): %2"_s.arg(m.type, describe(m));
    int translated = 0;
    for (const Message &m : updated) {
        if (m.type == u"unfinished" || m.translations.isEmpty()
            || std::any_of(m.translations.begin(), m.translations.end(),
                           [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << u"not translated: "_s + describe(m);
            continue;
        }
        ++translated;
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems << u"placeholders differ: %1 → \"%2\""_s.arg(describe(m), t);
            if (hasAccelerator(m.source) != hasAccelerator(t))
                problems << u"accelerator (&) differs: %1 → \"%2\""_s.arg(describe(m), t);
            if (tags(t) != tags(m.source))
                problems << u"HTML tags differ: %1 → \"%2\""_s.arg(describe(m), t);
        }
    }
    qInfo("%s: %lld strings, %d translated", qPrintable(QFileInfo(ts).fileName()),
          qlonglong(updated.size()), translated);
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s); run `cmake --build build --target update_translations`, "
                        "translate, and commit the .ts:\n"_s.arg(problems.size())
                        + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_unit_translations.moc"
