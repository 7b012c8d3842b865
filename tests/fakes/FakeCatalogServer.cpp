#include "FakeCatalogServer.h"

namespace tl::test {

QByteArray FakeCatalogServer::firstDocument()
{
    return R"([{"id": "acme", "models": [
    {"id": "acme-large", "match": {"equals": "acme-large"}, "prices": {"input_mtok": 2, "output_mtok": 8, "web_searches_kcount": 10}},
    {"id": "acme-small", "match": {"equals": "acme-small"}, "prices": {"input_mtok": 0.5, "output_mtok": 2}}]}])";
}

QByteArray FakeCatalogServer::secondDocument()
{
    return R"([{"id": "acme", "models": [
    {"id": "acme-large", "match": {"equals": "acme-large"}, "prices": {"input_mtok": 1.5, "output_mtok": 8, "web_searches_kcount": 10}},
    {"id": "acme-nano", "match": {"equals": "acme-nano"}, "prices": {"input_mtok": 0.1, "output_mtok": 0.4}}]}])";
}

FakeResponse FakeCatalogServer::handle(const FakeRequest &request)
{
    if (request.path != "/catalog.json")
        return FakeResponse::json(404, R"({"error":"not found"})");
    if (!etag.isEmpty() && request.header("If-None-Match") == etag)
        return FakeResponse{304, {}, {qMakePair(QByteArray("ETag"), etag)}};
    FakeResponse r = FakeResponse::json(200, document);
    r.headers.append(qMakePair(QByteArray("ETag"), etag));
    r.headers.append(qMakePair(QByteArray("Last-Modified"), QByteArray("Sun, 06 Dec 2026 10:00:00 GMT")));
    return r;
}

} // namespace tl::test
