#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace Rampart {

// Denied and refused calls, written to the journal (when the helper runs as a systemd
// service) or syslog's authpriv facility, so that an administrator sees someone trying:
// who (the user, or the bus name when the user is not known yet), the method, the polkit
// action, the error and why. At most perSourceEachMinute lines a user and inAllEachMinute
// lines in all each minute; what is left out is counted and said with the next line.
class RefusalLog
{
public:
    static constexpr int perSourceEachMinute = 10;
    static constexpr int inAllEachMinute = 60;

    RefusalLog();
    ~RefusalLog();

    // key: whom the limit counts, "uid 1001", or "bus name :1.42" before the user is
    // known; source: who, as the line says it, "uid 1001 (:1.42)".
    void refused(const QString &key, const QString &source, const char *method, const char *action,
                 const QByteArray &errorName, const QString &reason);

private:
    struct Window
    {
        qint64 start = -1;
        int lines = 0;
        int suppressed = 0;
    };
    bool admit(Window &window, qint64 now, int limit);
    void write(const QString &line);

    QElapsedTimer m_clock;
    QHash<QString, Window> m_sources;
    Window m_all;
    bool m_toJournal = false;
};

} // namespace Rampart
