#include "sandbox/sandboxlaunch.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QString debianJavaDir = QStringLiteral("/usr/share/java");

QString findJava()
{
    const QString javaHome = qEnvironmentVariable("JAVA_HOME");
    if (!javaHome.isEmpty()) {
        const QString candidate = QDir(javaHome).filePath(QStringLiteral("bin/java"));
        if (QFileInfo(candidate).isExecutable()) return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("java"));
}

QStringList jarsIn(const QString &dir)
{
    QStringList jars;
    const QFileInfoList entries =
        QDir(dir).entryInfoList({QStringLiteral("*.jar")}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) jars << entry.absoluteFilePath();
    return jars;
}

bool hasZooKeeperJar(const QStringList &jars)
{
    for (const QString &jar : jars) {
        const QString name = QFileInfo(jar).fileName();
        // zookeeper-3.8.4.jar, not zookeeper-jute-*.jar or zookeeper-prometheus-*.jar.
        if (name.startsWith(QLatin1String("zookeeper-")) && name.size() > 10
            && name.at(10).isDigit())
            return true;
    }
    return false;
}

} // namespace

SandboxLaunch SandboxLaunch::detect()
{
    SandboxLaunch launch;
    launch.java = findJava();

    const QString home = qEnvironmentVariable("ZOOKEEPER_HOME");
    if (!home.isEmpty()) {
        const QDir dir(home);
        const QStringList jars = jarsIn(dir.filePath(QStringLiteral("lib"))) + jarsIn(home);
        if (!hasZooKeeperJar(jars)) {
            launch.error =
                QStringLiteral("ZOOKEEPER_HOME is %1, but it holds no zookeeper-<version>"
                               ".jar (in lib/ or at the top)")
                    .arg(home);
            return launch;
        }
        // conf/ first: the tarball's logback.xml / log4j.properties are found on the classpath.
        launch.classpath << dir.filePath(QStringLiteral("conf")) << jars;
        launch.source = home;
    } else {
        const QString jar = QDir(debianJavaDir).filePath(QStringLiteral("zookeeper.jar"));
        if (!QFileInfo::exists(jar)) {
            launch.error = QStringLiteral("the ZooKeeper server is not installed: %1 is missing "
                                          "(install the Debian package \"zookeeper\", or set "
                                          "ZOOKEEPER_HOME to an Apache ZooKeeper directory)")
                               .arg(jar);
            return launch;
        }
        // The manifest's Class-Path names the dependencies but no slf4j binding; without one
        // slf4j falls back to NOP and the server log (our only diagnostic) stays empty.
        launch.classpath << jar;
        for (const char *binding : {"slf4j-simple.jar", "slf4j-jdk14.jar"}) {
            const QString path = QDir(debianJavaDir).filePath(QLatin1String(binding));
            if (QFileInfo::exists(path)) {
                launch.classpath << path;
                break;
            }
        }
        // Jetty (in the manifest) needs the servlet API, which the manifest does not name:
        // without it the AdminServer does not start (libservlet-api-java).
        const QString servlet = QDir(debianJavaDir).filePath(QStringLiteral("servlet-api.jar"));
        if (QFileInfo::exists(servlet)) launch.classpath << servlet;
        // The Netty connection factory (TLS sandboxes) needs Netty's codec and resolver, which
        // the manifest does not name either (libnetty-java has them).
        for (const char *netty : {"netty-codec.jar", "netty-resolver.jar"}) {
            const QString path = QDir(debianJavaDir).filePath(QLatin1String(netty));
            if (QFileInfo::exists(path)) launch.classpath << path;
        }
        launch.source = jar;
    }

    if (launch.java.isEmpty()) {
        launch.error = QStringLiteral("java was not found (install a Java runtime, e.g. the Debian "
                                      "package \"default-jre-headless\", or set JAVA_HOME)");
    }
    return launch;
}

QStringList SandboxLaunch::arguments(const QString &configPath, const QStringList &jvmOptions,
                                     int heapMb) const
{
    // Extra system properties for tests of server options (e.g. -Dzookeeper.enforceQuota=true),
    // like zkServer.sh's SERVER_JVMFLAGS. They come after the defaults: for a repeated -D the
    // JVM keeps the last one, so a test can also turn a default off (extendedTypesEnabled).
    const QStringList extra =
        qEnvironmentVariable("ZKDESK_SANDBOX_JVMFLAGS").split(u' ', Qt::SkipEmptyParts);
    QStringList arguments{
        QStringLiteral("-Xmx%1m").arg(heapMb),
        // The serial GC starts faster and uses fewer threads on a shared 2-core machine; a
        // sandbox heap is small enough for it.
        QStringLiteral("-XX:+UseSerialGC"),
        QStringLiteral("-Djava.net.preferIPv4Stack=true"),
        // TTL and container nodes (CreateMode::PersistentWithTtl) need extended types.
        QStringLiteral("-Dzookeeper.extendedTypesEnabled=true"),
        // zoo.cfg's admin.enableServer overrides this (SandboxConfig::adminServerPort).
        QStringLiteral("-Dzookeeper.admin.enableServer=false"),
        QStringLiteral("-Dzookeeper.jmx.log4j.disable=true"),
        // slf4j-simple: log INFO with timestamps to stderr, which SandboxServer sends to a file.
        QStringLiteral("-Dorg.slf4j.simpleLogger.showDateTime=true"),
        QStringLiteral("-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"),
    };
    return arguments + jvmOptions + extra
        + QStringList{
            QStringLiteral("-cp"),
            classpath.join(u':'),
            QStringLiteral("org.apache.zookeeper.server.quorum.QuorumPeerMain"),
            configPath,
        };
}
