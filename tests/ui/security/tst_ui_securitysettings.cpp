// The TLS and SASL tab of the profile editor: fields round-trip through the profile file, TLS
// with SASL and comma paths are refused with the reason, passwords go to secrets() (the
// keychain) and never into the file, and the Kerberos line shows "run kinit" or the principal
// from a real MIT KDC on loopback (KdcSandbox).

#include "kdcsandbox.h"
#include "profiles/profileeditordialog.h"
#include "profiles/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxtls.h"
#include "security/certificatedialog.h"
#include "security/securitysettingsbox.h"
#include "zk/zkclientinfo.h"
#include "zktestutil.h"

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSecuritySettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tlsFieldsRoundTripThroughTheProfileFile();
    void tlsWithSaslIsRefusedWithTheReason();
    void commaInACertificatePathIsRefused();
    void saslPasswordGoesToTheKeychainOnly();
    void kerberosTicketIsShown();
    void availableWithThisBuildsClient();
    void certificateDialogShowsTheServerAndPins();

private:
    QString touch(const QString &name) // an existing, readable file
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) qWarning("cannot write %s", qPrintable(path));
        f.write("-----BEGIN CERTIFICATE-----\n");
        return path;
    }
    static ConnectionProfile profile()
    {
        return ConnectionProfile::create(u"secure"_s, u"zk1.example:2281,zk2.example:2281"_s);
    }

    QTemporaryDir m_dir;
};

void TestSecuritySettings::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestSecuritySettings::tlsFieldsRoundTripThroughTheProfileFile()
{
    ConnectionProfile original = profile();
    original.tls = {true,
                    touch(u"ca.pem"_s),
                    touch(u"client.pem"_s),
                    touch(u"client.key"_s),
                    u"tls/keyPassword"_s,
                    QString(64, u'A')};
    ProfileEditorDialog editor(original, {});
    SecuritySettingsBox *box = editor.securityBox();
    QCOMPARE(box->caFileEdit()->text(), original.tls.caFile);
    // A fingerprint pasted with colons, as openssl prints it, is stored as plain hex.
    box->pinEdit()->setText(u"ab:"_s.repeated(31) + u"ab"_s);
    const ConnectionProfile edited = editor.profile();
    QCOMPARE(edited.tls.pinnedSha256, u"AB"_s.repeated(32));
    QCOMPARE(edited.tls.keyPasswordKey, u"tls/keyPassword"_s); // stored, field left empty
    QVERIFY2(edited.validate().isEmpty(), qPrintable(edited.validate().join(u'\n')));

    const QString ini = m_dir.filePath(u"tls.ini"_s);
    ProfileStore store(ini);
    QVERIFY(store.upsert(edited));
    QVERIFY(store.save());
    ProfileStore reread(ini);
    reread.load();
    QVERIFY(reread.find(edited.id));
    QCOMPARE(reread.find(edited.id)->tls, edited.tls);
    QCOMPARE(reread.find(edited.id)->sasl, edited.sasl);
}

void TestSecuritySettings::tlsWithSaslIsRefusedWithTheReason()
{
    ConnectionProfile original = profile();
    original.tls.enabled = true;
    original.tls.caFile = touch(u"ca2.pem"_s);
    ProfileEditorDialog editor(original, {});
    SecuritySettingsBox *box = editor.securityBox();
    box->mechanismCombo()->setCurrentIndex(box->mechanismCombo()->findData(u"DIGEST-MD5"_s));
    box->userEdit()->setText(u"alice"_s);
    box->saslPasswordEdit()->setText(u"pw"_s);
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Rejected));
    const QString problems = editor.problemsLabel()->text();
    QVERIFY2(problems.contains(u"ZOOKEEPER-3482"_s), qPrintable(problems));
}

void TestSecuritySettings::commaInACertificatePathIsRefused()
{
    ConnectionProfile original = profile();
    original.tls.enabled = true;
    original.tls.caFile = touch(u"ca,comma.pem"_s);
    ProfileEditorDialog editor(original, {});
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Rejected));
    QVERIFY2(editor.problemsLabel()->text().contains(u"contains a comma"_s),
             qPrintable(editor.problemsLabel()->text()));
}

void TestSecuritySettings::saslPasswordGoesToTheKeychainOnly()
{
    ProfileEditorDialog editor(profile(), {});
    SecuritySettingsBox *box = editor.securityBox();
    QComboBox *mechanism = box->mechanismCombo();
    mechanism->setCurrentIndex(mechanism->findData(u"DIGEST-MD5"_s));
    QLineEdit *user = box->userEdit(), *password = box->saslPasswordEdit();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    editor.accept(); // no password yet: refused, and says so
    QCOMPARE(editor.result(), int(QDialog::Rejected));
    QVERIFY2(editor.problemsLabel()->text().contains(u"DIGEST-MD5"_s),
             qPrintable(editor.problemsLabel()->text()));
    user->setText(u"alice"_s);
    password->setText(u"s3cret-pw"_s);
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(editor.secrets().value(SecuritySettingsBox::saslPasswordSecretKey()), "s3cret-pw");
    QVERIFY(password->text().isEmpty()); // the field's copy is gone
    const ConnectionProfile edited = editor.profile();
    QCOMPARE(edited.sasl.mechanism, u"DIGEST-MD5"_s);
    QCOMPARE(edited.sasl.user, u"alice"_s);
    QCOMPARE(edited.sasl.passwordKey, SecuritySettingsBox::saslPasswordSecretKey());
    QVERIFY(edited.secretKeys().contains(SecuritySettingsBox::saslPasswordSecretKey()));

    const QString ini = m_dir.filePath(u"sasl.ini"_s);
    ProfileStore store(ini);
    QVERIFY(store.upsert(edited));
    QVERIFY(store.save());
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret-pw"));
}

void TestSecuritySettings::kerberosTicketIsShown()
{
    KdcSandbox kdc;
    QString error;
    QVERIFY2(kdc.start(&error), qPrintable(error));
    QVERIFY2(kdc.addPrincipal(u"zookeeper/localhost"_s, &error), qPrintable(error));
    QVERIFY2(kdc.addPrincipal(u"alice"_s, &error), qPrintable(error));
    const QString cache = kdc.dir() + u"/alice.cc"_s;
    qputenv("KRB5CCNAME", (u"FILE:"_s + cache).toLocal8Bit());

    ConnectionProfile original = ConnectionProfile::create(u"kerberos"_s, u"localhost:2181"_s);
    ProfileEditorDialog editor(original, {});
    SecuritySettingsBox *box = editor.securityBox();
    box->mechanismCombo()->setCurrentIndex(box->mechanismCombo()->findData(u"GSSAPI"_s));
    QLabel *status = box->kerberosLabel();
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"run kinit"_s), qPrintable(status->text()),
                              10000);

    QVERIFY2(kdc.kinit(u"alice"_s, cache, &error), qPrintable(error));
    box->checkKerberos();
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"alice@ZKDESK.TEST"_s)
                                  && status->text().contains(u"zookeeper/localhost@ZKDESK.TEST"_s),
                              qPrintable(status->text()), 10000);
    if (const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        editor.tabs()->setCurrentIndex(editor.tabs()->indexOf(box));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(dir + u"/profile-tls-sasl.png"_s));
    }
    QCOMPARE(editor.profile().sasl.mechanism, u"GSSAPI"_s);
    QCOMPARE(editor.profile().sasl.service, u"zookeeper"_s);
}

void TestSecuritySettings::availableWithThisBuildsClient()
{
    ProfileEditorDialog editor(profile(), {});
    SecuritySettingsBox *box = editor.securityBox();
    // The default build's client has TLS and SASL: nothing is greyed out, no reason shown.
    QVERIFY(ZkClientInfo::hasTls() && ZkClientInfo::hasSasl());
    auto *tlsBox = qobject_cast<QGroupBox *>(box->caFileEdit()->parentWidget());
    QVERIFY(tlsBox && tlsBox->isCheckable() && tlsBox->isEnabled());
    tlsBox->setChecked(true);
    QVERIFY(box->caFileEdit()->isEnabled());
    QVERIFY(box->mechanismCombo()->isEnabled());
    QVERIFY(box->checkCertificateButton()->isEnabled());
}

void TestSecuritySettings::certificateDialogShowsTheServerAndPins()
{
    QTemporaryDir certs;
    SandboxTls tls;
    QString error;
    QVERIFY2(SandboxTls::create(certs.path(), &tls, &error), qPrintable(error));
    auto server = TestUtil::startServer(SandboxSecurity::tls(tls.serverKeyStore, tls.caFile));
    QVERIFY(server);
    const QString port = server->connectString().section(u':', 1);
    // "localhost" is not in the certificate (IP:127.0.0.1 only): a name mismatch to pin.
    ConnectionProfile original = ConnectionProfile::create(u"tls"_s, u"localhost:"_s + port);
    original.tls = {true, tls.caFile, tls.clientCert, tls.clientKey, {}, {}};
    ProfileEditorDialog editor(original, {});
    editor.tabs()->setCurrentIndex(editor.tabs()->indexOf(editor.securityBox()));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.securityBox()->checkCertificateButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        editor.certificateDialog() && !editor.certificateDialog()->peers().isEmpty(), 10000);
    CertificateDialog *dialog = editor.certificateDialog();
    QVERIFY2(dialog->summary()->text().contains(u"host name mismatch"_s),
             qPrintable(dialog->summary()->text()));
    const QString details = dialog->details()->toPlainText();
    for (const QString &expected :
         {u"zkdesk sandbox server"_s, u"zkdesk sandbox CA"_s, u"IP:127.0.0.1"_s, u"expires in"_s})
        QVERIFY2(details.contains(expected), qPrintable(details));
    const QString sha = dialog->peers().first().sha256;
    QVERIFY(details.contains(sha));
    if (const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(dir + u"/certificate.png"_s));
    }
    QVERIFY(dialog->pinButton()->isEnabled());
    dialog->pinButton()->click();
    QCOMPARE(editor.profile().tls.pinnedSha256, QString(sha).remove(u':'));
}

QTEST_MAIN(TestSecuritySettings)
#include "tst_ui_securitysettings.moc"
