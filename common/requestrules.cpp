#include "requestrules.h"

#include "net/cidr.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Rampart {

namespace {

// lupdate files these under the namespace's name, so they are looked up under it too.
QString tr(const char *text)
{
    return QCoreApplication::translate("Rampart", text);
}

// Every pattern here is anchored as a whole (anchoredPattern): QRegularExpression's "$"
// also matches before a final newline, so "^…$" would take "nl\n" for a name.
bool matchesWhole(const QRegularExpression &expression, QStringView text)
{
    return expression.match(text).hasMatch();
}

// Plain http to another machine; to this one (a local mirror) nobody is on the path.
bool isPlainRemote(const QString &location)
{
    if (!location.startsWith(QLatin1String("http://")))
        return false;
    const QString host = QUrl(location, QUrl::StrictMode).host();
    if (host == QLatin1String("localhost"))
        return false;
    const CidrParse address = parseCidr(host);
    const Cidr loopbackV4 = *parseCidr(u"127.0.0.0/8").cidr;
    return !(address.cidr
             && (loopbackV4.contains(*address.cidr) || *address.cidr == *parseCidr(u"::1").cidr));
}

constexpr quint32 minimumRefresh = 300;
constexpr quint32 maximumRefresh = 366 * 86400;

} // namespace

bool isDisplayableText(QStringView text)
{
    // By code point: a surrogate pair (an emoji, say) is one character of category So.
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Other_Surrogate:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
    }
    return true;
}

QString commentRefusal(const QString &comment)
{
    if (comment.size() > maxCommentLength)
        return tr("the comment is %1 characters long; the limit is %2")
            .arg(comment.size())
            .arg(maxCommentLength);
    if (!isDisplayableText(comment))
        return tr("the comment %1 holds a control or invisible formatting character")
            .arg(quotedItem(comment));
    return {};
}

bool isFeedName(QStringView name)
{
    static const QRegularExpression rule(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9][a-z0-9._-]{0,%1}").arg(maxFeedNameLength - 1)));
    return matchesWhole(rule, name);
}

QString feedNameRefusal(const QString &name)
{
    if (isFeedName(name))
        return {};
    return tr("%1 is not a feed name: use up to %2 lower-case letters, digits, '.', '_' "
              "and '-', starting with a letter or digit")
        .arg(quotedItem(name))
        .arg(maxFeedNameLength);
}

bool isWebAddress(QStringView location)
{
    return location.startsWith(QLatin1String("https://"))
        || location.startsWith(QLatin1String("http://"));
}

QString feedSettingsRefusal(const FeedInfo &feed)
{
    static const QRegularExpression format(QRegularExpression::anchoredPattern(
        QStringLiteral("auto|lines|separated|ranges|p2p|dshield|json|csv(:[0-9]{1,3})?")));
    // A country's networks, read by the client from its geolocation database.
    static const QRegularExpression country(
        QRegularExpression::anchoredPattern(QStringLiteral("country:[A-Z]{2}")));

    if (const QString refusal = feedNameRefusal(feed.name); !refusal.isEmpty())
        return refusal;
    const bool isCountry = matchesWhole(country, feed.location);
    if (feed.location.size() > maxFeedTextLength || !isDisplayableText(feed.location)
        || feed.location.contains(u' ')
        || !(isWebAddress(feed.location) || feed.location.startsWith(u'/') || isCountry))
        return tr("%1 is not a feed location: give an http or https URL, an absolute path "
                  "of at most %2 characters or country:CC")
            .arg(quotedItem(feed.location))
            .arg(maxFeedTextLength);
    if (isCountry != (feed.format == QLatin1String("country")))
        return tr("%1 with %2: a country's networks have the format \"country\", and only they")
            .arg(quotedItem(feed.location), quotedItem(feed.format));
    if (!isCountry && !matchesWhole(format, feed.format))
        return tr("%1 is not a feed format").arg(quotedItem(feed.format));
    if (!feed.checksumUrl.isEmpty()
        && (feed.checksumUrl.size() > maxFeedTextLength || !isDisplayableText(feed.checksumUrl)
            || feed.checksumUrl.contains(u' ') || !isWebAddress(feed.checksumUrl)))
        return tr("%1 is not a checksum URL").arg(quotedItem(feed.checksumUrl));
    if (!feed.insecure) {
        const bool plainList = isPlainRemote(feed.location);
        const bool plainChecksum = isPlainRemote(feed.checksumUrl);
        const bool vouched = feed.checksumUrl.startsWith(QLatin1String("https://"));
        if (plainChecksum || (plainList && !vouched))
            return tr("%1 comes over plain http, which anyone on the network path can "
                      "change into a list that blocks everything: use https, give an https "
                      "checksum URL, or add the feed as insecure")
                .arg(quotedItem(plainChecksum ? feed.checksumUrl : feed.location));
    }
    if (feed.refreshSeconds != 0
        && (feed.refreshSeconds < minimumRefresh || feed.refreshSeconds > maximumRefresh))
        return tr("a refresh every %1 s is outside %2 s to %3 s (0: only when asked)")
            .arg(feed.refreshSeconds)
            .arg(minimumRefresh)
            .arg(maximumRefresh);
    if (feed.maxShrinkPercent > 100)
        return tr("a feed cannot shrink by %1 %").arg(feed.maxShrinkPercent);
    return {};
}

QString redactedLocation(const QString &location)
{
    if (!isWebAddress(location))
        return location;
    QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return QStringLiteral("***");
    bool changed = false;
    if (!url.userInfo().isEmpty()) {
        url.setUserInfo(QStringLiteral("***"));
        changed = true;
    }
    if (url.hasQuery()) {
        static const QRegularExpression secret(
            QStringLiteral("key|token|pass|secret|auth|sig|session|credential"),
            QRegularExpression::CaseInsensitiveOption);
        QUrlQuery query(url);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (QPair<QString, QString> &item : items) {
            if (secret.match(item.first).hasMatch()) {
                item.second = QStringLiteral("***");
                changed = true;
            }
        }
        query.setQueryItems(items);
        url.setQuery(query);
    }
    return changed ? url.toString(QUrl::FullyEncoded) : location;
}

} // namespace Rampart
