#pragma once

#include "net/cidr.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

// A network written in a test's data. Data that does not parse is the test's own mistake:
// it stops there, naming the text.
inline Rampart::Cidr cidr(QStringView text)
{
    const Rampart::CidrParse parsed = Rampart::parseCidr(text);
    if (!parsed.cidr)
        qFatal("bad test data %s: %s", qPrintable(text.toString()), qPrintable(parsed.error));
    return *parsed.cidr;
}

inline Rampart::Cidr cidr(const char *text)
{
    return cidr(QString::fromLatin1(text));
}
