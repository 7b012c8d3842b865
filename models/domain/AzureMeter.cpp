#include "domain/AzureMeter.h"

#include <QRegularExpression>
#include <QStringList>

namespace tl {

namespace {

bool isVersionWord(const QString &w)
{
    // A model version in a meter is four digits (MMDD: 0513, 0806, 1120) or a date.
    static const QRegularExpression version(QStringLiteral("^(\\d{4}|\\d{8}|\\d{4}-\\d{2}-\\d{2})$"));
    return version.match(w).hasMatch();
}

} // namespace

AzureMeter AzureMeter::parse(const QString &meterName)
{
    AzureMeter m;
    QString text = meterName.trimmed().toLower();
    text.replace(u'_', u' ').replace(u'-', u' ');
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);

    // Words that end the model name and say what the meter counts.
    static const QStringList input{QStringLiteral("inp"), QStringLiteral("input"),
                                   QStringLiteral("in"), QStringLiteral("prompt")};
    static const QStringList output{QStringLiteral("outp"), QStringLiteral("output"),
                                    QStringLiteral("out"), QStringLiteral("completion")};
    static const QStringList cached{QStringLiteral("cchd"), QStringLiteral("cached"),
                                    QStringLiteral("cache"), QStringLiteral("cch")};
    static const QStringList batch{QStringLiteral("batch"), QStringLiteral("bt")};
    static const QStringList global{QStringLiteral("glbl"), QStringLiteral("global"),
                                    QStringLiteral("gl")};
    static const QStringList dataZone{QStringLiteral("dzone"), QStringLiteral("dz"),
                                      QStringLiteral("datazone"), QStringLiteral("dzn")};
    static const QStringList regional{QStringLiteral("regnl"), QStringLiteral("regional"),
                                      QStringLiteral("rgnl"), QStringLiteral("reg")};
    static const QStringList provisioned{QStringLiteral("provisioned"), QStringLiteral("ptu"),
                                         QStringLiteral("ptus")};
    static const QStringList filler{QStringLiteral("tokens"), QStringLiteral("token"),
                                    QStringLiteral("1k"), QStringLiteral("1m"),
                                    QStringLiteral("unit"), QStringLiteral("units"),
                                    QStringLiteral("managed"), QStringLiteral("data"),
                                    QStringLiteral("zone"), QStringLiteral("hourly"),
                                    QStringLiteral("hour"), QStringLiteral("hours")};

    bool sawInput = false, sawOutput = false, sawCached = false, sawProvisioned = false;
    bool modelDone = false;
    QStringList modelWords;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        bool keyword = true;
        if (input.contains(w))
            sawInput = true;
        else if (output.contains(w))
            sawOutput = true;
        else if (cached.contains(w))
            sawCached = true;
        else if (batch.contains(w))
            m.tier = QStringLiteral("batch");
        else if (provisioned.contains(w))
            sawProvisioned = true;
        else if (global.contains(w))
            m.deployment = QStringLiteral("global");
        else if (dataZone.contains(w) || (w == u"data" && words.value(i + 1) == u"zone"))
            m.deployment = QStringLiteral("datazone");
        else if (regional.contains(w))
            m.deployment = QStringLiteral("regional");
        else if (!filler.contains(w))
            keyword = false;
        if (w == u"1k")
            m.tokensPerUnit = 1000;
        else if (w == u"1m")
            m.tokensPerUnit = 1000000;
        if (keyword) {
            modelDone = modelDone || !modelWords.isEmpty();
            continue;
        }
        if (modelDone)
            continue; // words after the kind (a region name, "standard") are not the model
        if (isVersionWord(w)) {
            m.version = w;
            continue;
        }
        modelWords << w;
    }

    if (sawProvisioned)
        m.kind = Kind::Provisioned;
    else if (sawCached && !sawOutput)
        m.kind = Kind::CachedInput;
    else if (sawOutput)
        m.kind = Kind::Output;
    else if (sawInput)
        m.kind = Kind::Input;

    // "gpt 4o mini" → "gpt-4o-mini"; "gpt 4.1" → "gpt-4.1"; "gpt4o" stays as written.
    m.model = modelWords.join(u'-');
    return m;
}

} // namespace tl
