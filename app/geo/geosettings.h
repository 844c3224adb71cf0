#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Rampart {

// The administrator's geolocation choices, shared by the window and rampartctl: one settings
// file (~/.config/rampart.org/rampart.conf), whichever program writes it.
struct GeoSettings
{
    // A database file or a folder of them; empty: search the usual places.
    QString database;
    // City and ISP from an online service. Off unless the administrator turns it on, after
    // reading what is sent where.
    bool onlineDetails = false;
    QUrl onlineUrl; // empty: the default service

    static GeoSettings load();
    void save() const;

    // The places GeoDatabase::openFirst() searches with this setting.
    QStringList searchPath() const;
    // onlineUrl, or the default service's when none is set.
    QUrl effectiveOnlineUrl() const;

    friend bool operator==(const GeoSettings &, const GeoSettings &) = default;
};

} // namespace Rampart
