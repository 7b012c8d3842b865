#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace tl::test {

// One HTTP/1.1 request as the fake servers see it.
struct FakeRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> query;   // decoded, in order
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QByteArray queryValue(const QByteArray &name) const;
    // Values of an array parameter in either encoding: name[]=a&name[]=b or name=a&name=b.
    QByteArrayList queryArray(const QByteArray &name) const;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    enum class Mode
    {
        Normal,
        Stall,
        Truncate
    } mode = Mode::Normal;

    static FakeResponse json(int status, const QByteArray &body);
};

// A fault to inject into the next request that matches.
struct Fault
{
    enum class Kind
    {
        Status,
        Stall,
        Truncate,
        InvalidJson
    };
    Fault() = default;
    Fault(Kind k, int httpStatus, QByteArray retryAfterValue, QByteArray pathPart, bool paged)
        : kind(k), status(httpStatus), retryAfter(std::move(retryAfterValue)),
          pathContains(std::move(pathPart)), pagedOnly(paged)
    {
    }

    Kind kind = Kind::Status;
    int status = 500;
    QByteArray retryAfter;   // Retry-After header value, if any
    QByteArray pathContains; // only requests whose target contains this (empty: any)
    bool pagedOnly = false;  // only requests that continue a pagination (page/NextPageToken)
    // The provider's own error code for a Status fault (AWS "__type", Anthropic/OpenAI
    // "error.type"); the fakes answer in their provider's error shape. Empty: a generic one.
    QByteArray errorCode;
    int times = 1;                 // how many matching requests it hits; -1: all of them
    bool codeInHeaderOnly = false; // AWS: the code only in x-amzn-ErrorType, not in the body
};

// A minimal HTTP/1.1 server on 127.0.0.1 (one request per connection, "Connection: close"),
// with fault injection. Subclasses answer requests that pass the faults.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool start(quint16 port = 0);
    QString baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const { return m_server.serverPort(); }

    void addFault(const Fault &f) { m_faults << f; }
    void clearFaults() { m_faults.clear(); }
    int pendingFaults() const { return static_cast<int>(m_faults.size()); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    virtual FakeResponse handle(const FakeRequest &request) = 0;
    // True when the request continues a pagination (for Fault::pagedOnly).
    virtual bool isPaged(const FakeRequest &request) const;
    // The answer to a Status fault, in the provider's error shape.
    virtual FakeResponse faultResponse(const Fault &fault) const;

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeRequest &request);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Fault> m_faults;
    QList<FakeRequest> m_requests;
    QList<QTcpSocket *> m_stalled;
};

} // namespace tl::test
