// SigV4 against the official AWS test-suite vectors (get-vanilla, post-vanilla,
// get-vanilla-with-session-token) and the Cost Explorer worked example of billing-formats.md §3.4.
#include "providers/SigV4.h"

#include <QTest>
#include <QTimeZone>

using namespace tl::providers;

namespace {

const QByteArray kAkid = "AKIDEXAMPLE";
const QByteArray kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

QDateTime vectorTime()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), QTimeZone::utc());
}

SigV4::Request vanilla(const QByteArray &method)
{
    SigV4::Request r;
    r.method = method;
    r.path = "/";
    r.headers = {qMakePair(QByteArray("Host"), QByteArray("example.amazonaws.com")),
                 qMakePair(QByteArray("X-Amz-Date"), QByteArray("20150830T123600Z"))};
    return r;
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getVanillaParts()
    {
        const SigV4 signer("us-east-1", "service");
        const QByteArray canonical = SigV4::canonicalRequest(vanilla("GET"));
        QCOMPARE(
            canonical,
            QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                       "host;x-amz-"
                       "date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(signer.stringToSign(canonical, vectorTime()),
                 QByteArray(
                     "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                     "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
        QCOMPARE(signer.signingKey(kSecret, vectorTime()).toHex(),
                 QByteArray("938127b5336810ddb6a5d6af445fcac9e371f9ed418ed386b022aed82901be75"));
        QCOMPARE(
            signer.authorization(vanilla("GET"), {kAkid, kSecret, {}}, vectorTime()),
            QByteArray(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                "SignedHeaders=host;x-amz-date, "
                "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
    }

    void postVanilla()
    {
        const SigV4 signer("us-east-1", "service");
        QVERIFY(
            signer.authorization(vanilla("POST"), {kAkid, kSecret, {}}, vectorTime())
                .endsWith(
                    "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"));
    }

    void getVanillaWithSessionToken()
    {
        const SigV4 signer("us-east-1", "service");
        SigV4::Request r;
        r.method = "GET";
        r.headers = {qMakePair(QByteArray("Host"), QByteArray("example.amazonaws.com"))};
        const AwsCredentials creds{
            kAkid, kSecret, "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"};
        const QByteArray auth =
            signer.sign(r, creds, vectorTime()); // adds X-Amz-Date and the token
        QVERIFY(auth.contains("SignedHeaders=host;x-amz-date;x-amz-security-token,"));
        QVERIFY(auth.endsWith(
            "Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"));
    }

    void costExplorerWorkedExample()
    {
        const QByteArray body =
            R"({"TimePeriod":{"Start":"2025-01-01","End":"2025-02-01"},"Granularity":"DAILY","Metrics":["UnblendedCost","UsageQuantity"],"Filter":{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},"GroupBy":[{"Type":"DIMENSION","Key":"USAGE_TYPE"}]})";
        QCOMPARE(body.size(), 244);
        QCOMPARE(SigV4::hexSha256(body),
                 QByteArray("f32cd8c52fd451468282907d3852b37d3475f9b479c9f192ccc0befa24c123e3"));
        SigV4::Request r;
        r.method = "POST";
        r.body = body;
        r.headers = {
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-amz-json-1.1")),
            qMakePair(QByteArray("Host"), QByteArray("ce.us-east-1.amazonaws.com")),
            qMakePair(QByteArray("X-Amz-Date"), QByteArray("20250205T120000Z")),
            qMakePair(QByteArray("X-Amz-Target"),
                      QByteArray("AWSInsightsIndexService.GetCostAndUsage"))};
        const QDateTime t(QDate(2025, 2, 5), QTime(12, 0), QTimeZone::utc());
        const SigV4 signer("us-east-1", "ce");
        QByteArray signedHeaders;
        const QByteArray canonical = SigV4::canonicalRequest(r, &signedHeaders);
        QCOMPARE(signedHeaders, QByteArray("content-type;host;x-amz-date;x-amz-target"));
        QCOMPARE(SigV4::hexSha256(canonical),
                 QByteArray("c12a8930d7fc624fe4bca5671ed787735a0b1920e719307a28bc947ba5db71a5"));
        QCOMPARE(signer.scope(t), QByteArray("20250205/us-east-1/ce/aws4_request"));
        QCOMPARE(signer.signingKey(kSecret, t).toHex(),
                 QByteArray("f1f9950c9659823519f84903d87dcc4a31c7c72a7bec980d26a4636d9a7546ea"));
        QVERIFY(
            signer.authorization(r, {kAkid, kSecret, {}}, t)
                .endsWith(
                    "Signature=4a6e37b8099eaf98f9d93354590f72dc580d0cff89b4204781264e8accb91c17"));
    }

    void queryAndValueCanonicalisation()
    {
        SigV4::Request r;
        r.method = "GET";
        r.path = "/";
        r.query = {qMakePair(QByteArray("b"), QByteArray("x y")),
                   qMakePair(QByteArray("a"), QByteArray("1/2"))};
        r.headers = {qMakePair(QByteArray("My-Header"), QByteArray("  a   b  ")),
                     qMakePair(QByteArray("Host"), QByteArray("h"))};
        const QByteArray c = SigV4::canonicalRequest(r);
        QVERIFY(c.contains("\na=1%2F2&b=x%20y\n"));
        QVERIFY(c.contains("my-header:a b\n"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
