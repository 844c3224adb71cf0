#include "rules/requestrules.h"

#include "net/cidr.h"
#include "rules/rules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Rampart {

namespace {

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

// Whether a query parameter's name says it carries a credential: one of its words
// (api_key, access-token, X-Amz-Signature) is one that does, or it ends like one (apikey).
// Not a part of a word: "design" holds "sig" and is no signature.
bool namesCredential(const QString &encodedName)
{
    static const QStringList words {
        QStringLiteral("key"),           QStringLiteral("apikey"),   QStringLiteral("token"),
        QStringLiteral("secret"),        QStringLiteral("password"), QStringLiteral("passwd"),
        QStringLiteral("pass"),          QStringLiteral("pwd"),      QStringLiteral("auth"),
        QStringLiteral("authorization"), QStringLiteral("sig"),      QStringLiteral("signature"),
        QStringLiteral("session"),       QStringLiteral("sid"),      QStringLiteral("credential"),
        QStringLiteral("credentials"),
    };
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QString name = QUrl::fromPercentEncoding(encodedName.toUtf8()).toLower();
    for (const QString &word : name.split(separators, Qt::SkipEmptyParts)) {
        if (words.contains(word))
            return true;
    }
    for (const char *ending : { "key", "token", "secret", "password", "passwd", "signature" }) {
        if (name.endsWith(QLatin1String(ending)))
            return true;
    }
    return false;
}

// name=value pairs, separated by '&' or ';', with the values of credentials replaced.
QString redactedParameters(const QString &text)
{
    QString result;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'&' && text[end] != u';')
            ++end;
        const QStringView part = QStringView(text).mid(start, end - start);
        const qsizetype equals = part.indexOf(u'=');
        if (equals > 0 && namesCredential(part.left(equals).toString()))
            result += part.left(equals + 1).toString() + QStringLiteral("***");
        else
            result += part;
        if (end < text.size())
            result += text[end];
        start = end + 1;
    }
    return result;
}

constexpr quint32 minimumRefresh = 300;
constexpr quint32 maximumRefresh = 366 * 86400;

} // namespace

bool isDisplayableText(QStringView text)
{
    // An unpaired surrogate is no character at all (toUcs4() would make it U+FFFD).
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return false;
    }
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
    // Characters as people count them: an emoji is one, not two UTF-16 units.
    const qsizetype characters = comment.size() > 4 * maxCommentLength
        ? comment.size()
        : qsizetype(QStringView(comment).toUcs4().size());
    if (characters > maxCommentLength)
        return Rules::tr("the comment is %1 characters long; the limit is %2")
            .arg(characters)
            .arg(maxCommentLength);
    if (!isDisplayableText(comment))
        return Rules::tr("the comment %1 holds a control or invisible formatting character")
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
    return Rules::tr("%1 is not a feed name: use up to %2 lower-case letters, digits, '.', '_' "
                     "and '-', starting with a letter or digit")
        .arg(quotedItem(name))
        .arg(maxFeedNameLength);
}

bool needsInsecure(FeedInfo feed)
{
    feed.insecure = false;
    if (feedSettingsRefusal(feed).isEmpty())
        return false;
    feed.insecure = true;
    return feedSettingsRefusal(feed).isEmpty();
}

bool isWebAddress(QStringView location)
{
    return location.startsWith(QLatin1String("https://"))
        || location.startsWith(QLatin1String("http://"));
}

bool allowsBroadNetworks(const FeedInfo &feed)
{
    return feed.allowBroad || feed.format == QLatin1String("country");
}

QString feedSettingsRefusal(const FeedInfo &feed)
{
    static const QRegularExpression format(QRegularExpression::anchoredPattern(
        QStringLiteral("auto|lines|separated|ranges|p2p|dshield|json|csv(:[1-9][0-9]{0,2})?")));
    // A country's networks, read by the client from its geolocation database.
    static const QRegularExpression country(
        QRegularExpression::anchoredPattern(QStringLiteral("country:[A-Z]{2}")));

    if (const QString refusal = feedNameRefusal(feed.name); !refusal.isEmpty())
        return refusal;
    const bool isCountry = matchesWhole(country, feed.location);
    if (feed.location.size() > maxFeedTextLength || !isDisplayableText(feed.location)
        || feed.location.contains(u' ')
        || !(isWebAddress(feed.location) || feed.location.startsWith(u'/') || isCountry))
        return Rules::tr("%1 is not a feed location: give an http or https URL, an absolute path "
                         "of at most %2 characters or country:CC")
            .arg(quotedItem(feed.location))
            .arg(maxFeedTextLength);
    if (isCountry != (feed.format == QLatin1String("country")))
        return Rules::tr(
                   "%1 with %2: a country's networks have the format \"country\", and only they")
            .arg(quotedItem(feed.location), quotedItem(feed.format));
    if (!isCountry && !matchesWhole(format, feed.format))
        return Rules::tr("%1 is not a feed format").arg(quotedItem(feed.format));
    if (!feed.checksumUrl.isEmpty()
        && (feed.checksumUrl.size() > maxFeedTextLength || !isDisplayableText(feed.checksumUrl)
            || feed.checksumUrl.contains(u' ') || !isWebAddress(feed.checksumUrl)))
        return Rules::tr("%1 is not a checksum URL").arg(quotedItem(feed.checksumUrl));
    if (!feed.insecure) {
        const bool plainList = isPlainRemote(feed.location);
        const bool plainChecksum = isPlainRemote(feed.checksumUrl);
        const bool vouched = feed.checksumUrl.startsWith(QLatin1String("https://"));
        if (plainChecksum || (plainList && !vouched))
            return Rules::tr("%1 comes over plain http, which anyone on the network path can "
                             "change into a list that blocks everything: use https, give an https "
                             "checksum URL, or add the feed as insecure")
                .arg(quotedItem(plainChecksum ? feed.checksumUrl : feed.location));
    }
    if (feed.refreshSeconds != 0
        && (feed.refreshSeconds < minimumRefresh || feed.refreshSeconds > maximumRefresh))
        return Rules::tr("a refresh every %1 s is outside %2 s to %3 s (0: only when asked)")
            .arg(feed.refreshSeconds)
            .arg(minimumRefresh)
            .arg(maximumRefresh);
    if (feed.maxShrinkPercent > 100)
        return Rules::tr("a feed cannot shrink by %1 %").arg(feed.maxShrinkPercent);
    return {};
}

QString redactedLocations(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s\"'<>]+"));
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : url.globalMatch(text)) {
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += redactedLocation(match.captured());
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
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
        const QString query = url.query(QUrl::FullyEncoded);
        const QString redacted = redactedParameters(query);
        if (redacted != query) {
            url.setQuery(redacted, QUrl::StrictMode);
            changed = true;
        }
    }
    if (url.hasFragment()) {
        const QString fragment = url.fragment(QUrl::FullyEncoded);
        const QString redacted = redactedParameters(fragment);
        if (redacted != fragment) {
            url.setFragment(redacted, QUrl::StrictMode);
            changed = true;
        }
    }
    return changed ? url.toString(QUrl::FullyEncoded) : location;
}

} // namespace Rampart
