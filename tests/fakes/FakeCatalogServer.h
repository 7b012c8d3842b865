#pragma once

#include "FakeHttpServer.h"

#include <QByteArray>

namespace tl::test {

// A price-catalog server: one document at /catalog.json with an ETag and a Last-Modified,
// answering 304 when the request's If-None-Match is that ETag (faults: FakeHttpServer::addFault).
class FakeCatalogServer : public FakeHttpServer
{
public:
    QByteArray document;
    QByteArray etag;

    QString catalogUrl() const { return baseUrl() + QStringLiteral("/catalog.json"); }

    // Two genai-prices v2 documents (web_searches_kcount is a v2 key): from the first to the
    // second, acme-large's input price goes from 2 to 1.5, acme-small goes and acme-nano comes.
    static QByteArray firstDocument();
    static QByteArray secondDocument();

protected:
    FakeResponse handle(const FakeRequest &request) override;
};

} // namespace tl::test
