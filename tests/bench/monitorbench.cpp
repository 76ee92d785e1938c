#include "monitorbench.h"

#include "monitor/serverpoller.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <vector>

double dashboardPollMs(quint16 clientPort, quint16 adminPort, int runs)
{
    QNetworkAccessManager network;
    ServerEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.clientPort = clientPort;
    endpoint.adminPort = adminPort;
    ServerPoller poller(endpoint, &network);
    ServerSnapshot snapshot;
    bool done = false;
    QObject::connect(&poller, &ServerPoller::polled, [&](const ServerSnapshot &s) {
        snapshot = s;
        done = true;
    });
    std::vector<double> times;
    for (int run = 0; run < runs + 1; ++run) { // the first run warms up the connections
        done = false;
        QElapsedTimer clock;
        clock.start();
        poller.poll();
        if (!QTest::qWaitFor([&] { return done; }, 10000)) return -1;
        const auto wanted = adminPort ? ServerSnapshot::Source::AdminServer
                                      : ServerSnapshot::Source::FourLetterWords;
        if (!snapshot.reachable || snapshot.source != wanted) return -1;
        if (run > 0) times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
