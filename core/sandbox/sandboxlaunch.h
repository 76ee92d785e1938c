#pragma once

#include <QString>
#include <QStringList>

/// How to run a ZooKeeper server JVM on this machine: the java executable and the classpath.
///
/// Sources, in order: `ZOOKEEPER_HOME` (an Apache tarball: `lib/*.jar` + `conf/`), then Debian's
/// `zookeeper` package (/usr/share/java/zookeeper.jar, whose manifest Class-Path names its
/// dependencies). `JAVA_HOME/bin/java` is preferred over `java` on PATH.
struct SandboxLaunch
{
    QString java;          ///< absolute path of the java executable
    QStringList classpath; ///< jars and directories
    QString error;         ///< human reason when the server cannot be run; empty when usable
    QString source;        ///< where the jars came from, for logs

    bool isValid() const { return error.isEmpty(); }

    /// Looks for java and the ZooKeeper jars. Cheap (a few stat calls), never runs anything.
    static SandboxLaunch detect();

    /// The JVM arguments for a server reading `configPath`. QuorumPeerMain runs standalone when
    /// the config lists no peers, so the same command also serves ensemble members.
    /// `jvmOptions` (-D...) come before the class name.
    QStringList arguments(const QString &configPath, const QStringList &jvmOptions = {},
                          int heapMb = 512) const;
};
