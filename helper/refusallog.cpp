#include "refusallog.h"

#include <cstdio>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

namespace Rampart {

namespace {

constexpr qint64 minuteMs = 60'000;

// systemd connects a service's standard error to the journal and says so in
// JOURNAL_STREAM ("device:inode"); lines there may start with a syslog priority.
bool standardErrorIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    struct stat info
    {
    };
    if (stream.isEmpty() || fstat(STDERR_FILENO, &info) != 0)
        return false;
    return stream
        == QByteArray::number(quint64(info.st_dev)) + ':'
        + QByteArray::number(quint64(info.st_ino));
}

// A line of the log, with what the caller sent made harmless: no control characters,
// and not longer than a line should be.
QString printable(const QString &text)
{
    QString line;
    line.reserve(std::min<qsizetype>(text.size(), 600));
    for (const QChar c : text) {
        if (line.size() >= 600) {
            line += u'…';
            break;
        }
        line += c.isPrint() ? c : u'?';
    }
    return line;
}

} // namespace

RefusalLog::RefusalLog()
    : m_toJournal(standardErrorIsJournal())
{
    m_clock.start();
    if (!m_toJournal)
        openlog("rampart-helper", LOG_PID, LOG_AUTHPRIV);
}

RefusalLog::~RefusalLog()
{
    int suppressed = 0;
    for (const Window &window : std::as_const(m_sources))
        suppressed += window.suppressed;
    if (suppressed > 0)
        write(QStringLiteral("%1 more refusals were not logged").arg(suppressed));
    if (!m_toJournal)
        closelog();
}

bool RefusalLog::admit(Window &window, qint64 now, int limit)
{
    if (window.start < 0 || now - window.start >= minuteMs) {
        window.start = now;
        window.lines = 0;
    }
    if (window.lines >= limit) {
        ++window.suppressed;
        return false;
    }
    ++window.lines;
    return true;
}

void RefusalLog::refused(const QString &key, const QString &source, const char *method,
                         const char *action, const QByteArray &errorName, const QString &reason)
{
    const qint64 now = m_clock.elapsed();
    Window &window = m_sources[key];
    if (!admit(window, now, perSourceEachMinute))
        return;
    if (!admit(m_all, now, inAllEachMinute)) {
        --window.lines;
        ++window.suppressed;
        return;
    }
    // Counted with the source it came from, and said with that source's next line.
    m_all.suppressed = 0;
    QString line = QStringLiteral("refused %1 (%2) from %3: %4: %5")
                       .arg(QString::fromLatin1(method), QString::fromLatin1(action), source,
                            QString::fromLatin1(errorName), printable(reason));
    const int suppressed = window.suppressed;
    if (suppressed > 0) {
        line += QStringLiteral(" (%1 earlier refusals from %2 were not logged)")
                    .arg(suppressed)
                    .arg(key);
        window.suppressed = 0;
    }
    write(line);
    // Sources come and go (bus names never return): forget the quiet ones.
    if (m_sources.size() > 1024) {
        for (auto it = m_sources.begin(); it != m_sources.end();) {
            it = now - it->start >= minuteMs && it->suppressed == 0 ? m_sources.erase(it) : ++it;
        }
    }
}

void RefusalLog::write(const QString &line)
{
    const QByteArray text = line.toUtf8();
    if (m_toJournal) {
        // <5> is LOG_NOTICE; the journal adds the unit and the time.
        std::fprintf(stderr, "<5>%s\n", text.constData());
        std::fflush(stderr);
        return;
    }
    syslog(LOG_AUTHPRIV | LOG_NOTICE, "%s", text.constData());
    std::fprintf(stderr, "rampart-helper: %s\n", text.constData());
    std::fflush(stderr);
}

} // namespace Rampart
