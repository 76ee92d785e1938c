# Precompiled headers: the Qt and standard headers most of zkdesk's sources include, parsed once
# per target instead of once per source. Parsing them is about half of what compiling a core
# source costs in the Debug sanitizer builds (serversnapshot.cpp: 2.9 s of CPU without, 1.3 s
# with), and packaging/test.sh builds three configurations from nothing.
# Only third-party headers go in: a change to one of zkdesk's own headers must not rebuild
# everything. -DZKDESK_PCH=OFF builds without them (e.g. to check each file includes what it uses).
option(ZKDESK_PCH "Precompile the Qt and standard headers most sources include" ON)

set(ZKDESK_PCH_QTCORE
  <QByteArray> <QCoreApplication> <QDateTime> <QElapsedTimer> <QFile> <QHash> <QJsonArray>
  <QJsonObject> <QList> <QMetaType> <QObject> <QPointer> <QRegularExpression> <QSet> <QString>
  <QStringList> <QTimer> <algorithm> <deque> <functional> <memory> <vector>)
set(ZKDESK_PCH_QTWIDGETS
  <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
  <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QMessageBox> <QPushButton> <QStyle>
  <QToolButton> <QTreeView> <QVBoxLayout> <QWidget>)
set(ZKDESK_PCH_QTTEST <QSignalSpy> <QTemporaryDir> <QTest>)

# zkdesk_precompile_headers(<target> <list variable>...): <target> precompiles the headers of
# the named lists for its C++ sources.
function(zkdesk_precompile_headers target)
  if(NOT ZKDESK_PCH)
    return()
  endif()
  set(headers)
  foreach(list_name IN LISTS ARGN)
    list(APPEND headers ${${list_name}})
  endforeach()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# zkdesk_reuse_precompiled_headers(<target> <from>): <target> uses <from>'s precompiled header
# instead of building its own (the ~70 test executables share two).
function(zkdesk_reuse_precompiled_headers target from)
  if(ZKDESK_PCH)
    target_precompile_headers(${target} REUSE_FROM ${from})
  endif()
endfunction()
