#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QUrl>

namespace tl::test {

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QByteArray FakeRequest::queryValue(const QByteArray &name) const
{
    for (const auto &[k, v] : query)
        if (k == name)
            return v;
    return {};
}

QByteArrayList FakeRequest::queryArray(const QByteArray &name) const
{
    QByteArrayList out;
    for (const auto &[k, v] : query)
        if (k == name || k == name + "[]")
            out << v;
    return out;
}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                m_stalled.removeAll(s);
                s->deleteLater();
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    for (QTcpSocket *s : std::as_const(m_stalled))
        s->abort();
}

bool FakeHttpServer::start(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

FakeResponse FakeHttpServer::faultResponse(const Fault &f) const
{
    FakeResponse r = FakeResponse::json(
        f.status, QByteArrayLiteral("{\"error\":{\"message\":\"injected fault\",\"type\":\"test\"}}"));
    if (!f.retryAfter.isEmpty())
        r.headers.append(qMakePair(QByteArray("Retry-After"), f.retryAfter));
    return r;
}

bool FakeHttpServer::isPaged(const FakeRequest &request) const
{
    return !request.queryValue("page").isEmpty();
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArrayList lines = buf.left(headerEnd).split('\n');
    FakeRequest req;
    const QByteArrayList requestLine = lines.value(0).trimmed().split(' ');
    req.method = requestLine.value(0);
    req.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        req.headers.append(qMakePair(name, value));
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buf.size() < headerEnd + 4 + contentLength)
        return; // wait for the rest of the body
    req.body = buf.mid(headerEnd + 4, contentLength);
    buf.clear();
    const qsizetype q = req.target.indexOf('?');
    req.path = q < 0 ? req.target : req.target.left(q);
    if (q >= 0) {
        for (const QByteArray &pair : req.target.mid(q + 1).split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            const auto decode = [](const QByteArray &s) {
                QByteArray t = s;
                t.replace('+', ' ');
                return QByteArray::fromPercentEncoding(t);
            };
            req.query.append(qMakePair(decode(eq < 0 ? pair : pair.left(eq)),
                                       decode(eq < 0 ? QByteArray() : pair.mid(eq + 1))));
        }
    }
    respond(socket, req);
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeRequest &request)
{
    m_requests << request;
    FakeResponse resp;
    bool faulted = false;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const Fault f = m_faults[i];
        if (!f.pathContains.isEmpty() && !request.target.contains(f.pathContains))
            continue;
        if (f.pagedOnly && !isPaged(request))
            continue;
        if (f.times > 1)
            --m_faults[i].times;
        else if (f.times == 1)
            m_faults.removeAt(i);
        faulted = true;
        switch (f.kind) {
        case Fault::Kind::Status:
            resp = faultResponse(f);
            break;
        case Fault::Kind::Stall:
            resp.mode = FakeResponse::Mode::Stall;
            break;
        case Fault::Kind::Truncate:
            resp = handle(request);
            resp.mode = FakeResponse::Mode::Truncate;
            break;
        case Fault::Kind::InvalidJson:
            resp = FakeResponse::json(200,
                                      QByteArrayLiteral("{\"data\": [ {\"object\": \"bucket\", "));
            break;
        }
        break;
    }
    if (!faulted)
        resp = handle(request);

    if (resp.mode == FakeResponse::Mode::Stall) {
        m_stalled << socket; // read, never answer
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + " Fake\r\n";
    for (const auto &[k, v] : resp.headers)
        out += k + ": " + v + "\r\n";
    out +=
        "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (resp.mode == FakeResponse::Mode::Truncate)
        out += resp.body.left(resp.body.size() / 2);
    else
        out += resp.body;
    socket->write(out);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace tl::test
