#pragma once

// What every libFuzzer target does with an input: run it through its entry point
// (FuzzEntryPoints.h) and abort on a broken promise, so that libFuzzer keeps the input in
// build/fuzz/findings/ like a crash. A target file is three lines: see fuzz_litellm_json.cpp.

#include "FuzzEntryPoints.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tl::fuzz {

inline int fuzzOne(Target target, const std::uint8_t *data, std::size_t size)
{
    const Outcome o = run(target, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!o.violation.isEmpty()) {
        std::fprintf(stderr, "tokenledger fuzz %s: %s\n", qPrintable(targetName(target)),
                     qPrintable(o.violation));
        std::abort();
    }
    return 0;
}

} // namespace tl::fuzz

#define TOKENLEDGER_FUZZ_TARGET(target)                                                            \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        tl::fuzz::initialise();                                                                    \
        return 0;                                                                                  \
    }                                                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)              \
    {                                                                                              \
        return tl::fuzz::fuzzOne(target, data, size);                                              \
    }
