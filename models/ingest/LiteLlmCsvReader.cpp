#include "ingest/LiteLlmReader.h"

#include <QCoreApplication>

namespace tl::ingest {

Status LiteLlmCsvReader::start()
{
    std::vector<std::string> names;
    const auto n = m_csv.next(names);
    if (n == text::CsvParser::Next::Error)
        return Error{m_source.errorMessage()};
    if (n != text::CsvParser::Next::Record)
        return Error{
            QCoreApplication::translate("tl::ingest::LiteLlmReader", "'%1' has no header row.")
                .arg(m_source.path())};
    m_header.set(names);
    if (!m_header.has("request_id") || !m_header.has("startTime"))
        return Error{
            QCoreApplication::translate("tl::ingest::LiteLlmReader",
                                        "'%1' is not a LiteLLM spend-log CSV: the header has no "
                                        "request_id and startTime columns.")
                .arg(m_source.path())};
    return {};
}

ReadStep LiteLlmCsvReader::next(UsageFact &fact, ReadProblem &problem)
{
    std::vector<std::string> &fields = m_fields;
    switch (m_csv.next(fields)) {
    case text::CsvParser::Next::End: return ReadStep::End;
    case text::CsvParser::Next::Error: return fail(problem);
    case text::CsvParser::Next::BadEncoding:
        problem.line = m_csv.recordLine();
        problem.reason = QCoreApplication::translate(
            "tl::ingest::LiteLlmReader",
            "not valid UTF-8 (is the file Latin-1 encoded? save it as UTF-8)");
        return ReadStep::Rejected;
    case text::CsvParser::Next::Unterminated:
        problem.line = m_csv.recordLine();
        problem.reason = text::unterminatedReason();
        return ReadStep::Rejected;
    case text::CsvParser::Next::Record: break;
    }
    if (QString why = text::fieldCountProblem(fields, m_header); !why.isEmpty()) {
        problem.line = m_csv.recordLine();
        problem.reason = why;
        return ReadStep::Rejected;
    }
    LiteLlmRow &r = m_row;
    r.clear();
    auto get = [&](const char *name, std::string &out) {
        out.assign(text::cell(fields, m_header.index(name)));
    };
    get("request_id", r.requestId);
    get("startTime", r.startTime);
    get("model", r.model);
    get("model_group", r.modelGroup);
    get("custom_llm_provider", r.provider);
    get("api_key", r.apiKey);
    get("user", r.user);
    get("end_user", r.endUser);
    get("team_id", r.team);
    get("organization_id", r.organization);
    get("spend", r.spend);
    get("prompt_tokens", r.promptTokens);
    get("completion_tokens", r.completionTokens);
    get("cache_hit", r.cacheHit);
    get("cache_key", r.cacheKey);
    get("metadata", r.metadata);
    get("request_tags", r.requestTags);
    const ReadStep step = m_converter.convert(r, fact, problem);
    problem.line = m_csv.recordLine();
    return step;
}

} // namespace tl::ingest
