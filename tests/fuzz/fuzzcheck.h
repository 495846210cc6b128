#pragma once

// Shared by the fuzz targets: the entry point and the invariant check.
//
// Each fuzz_<name>.cpp defines its body with ENTROPYLAB_FUZZ_TARGET(name) { ... }. Built as a
// libFuzzer target that is LLVMFuzzerTestOneInput and a broken invariant aborts, which libFuzzer
// reports as a crash with the input. Built into tst_fuzz_replay (ENTROPYLAB_FUZZ_REPLAY defined,
// any compiler) it is a function registered under `name`, and a broken invariant throws
// fuzz::Violation, so the replay test names the file and the invariant and goes on.

#include "core/utf8.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

namespace fuzz {

// A broken invariant in the replay test. Not a std::exception, so no parser's catch takes it.
struct Violation
{
    std::string what;
};

[[noreturn]] inline void violated(const char *file, int line, const std::string &what)
{
#ifdef ENTROPYLAB_FUZZ_REPLAY
    throw Violation {std::string(file) + ":" + std::to_string(line) + ": " + what};
#else
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, what.c_str());
    std::abort();
#endif
}

using Target = int (*)(const std::uint8_t *data, std::size_t size);

// Every target compiled into this executable, by name (the replay test's only).
inline std::map<std::string, Target> &targets()
{
    static std::map<std::string, Target> all;
    return all;
}

struct Registration
{
    Registration(const char *name, Target target) { targets()[name] = target; }
};

// Strict UTF-8, by the core's one reading of it (core/utf8.h).
using core::isValidUtf8;

} // namespace fuzz

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::fuzz::violated(__FILE__, __LINE__, std::string(#condition) + " -- " + (what));                           \
    } while (false)

// A refusal's message: what the user reads, so present and valid UTF-8, and one line if so documented.
#define FUZZ_CHECK_MESSAGE(message, oneLine)                                                                           \
    do {                                                                                                               \
        const std::string_view fuzzMessage(message);                                                                   \
        FUZZ_CHECK(!fuzzMessage.empty(), "an empty error message");                                                    \
        FUZZ_CHECK(::fuzz::isValidUtf8(fuzzMessage), "the error message is not UTF-8: " + std::string(fuzzMessage));   \
        FUZZ_CHECK(!(oneLine) || fuzzMessage.find_first_of("\r\n") == std::string_view::npos,                          \
                   "the error message spans lines: " + std::string(fuzzMessage));                                      \
    } while (false)

#ifdef ENTROPYLAB_FUZZ_REPLAY
#define ENTROPYLAB_FUZZ_TARGET(name)                                                                                   \
    static int fuzzOne_##name(const std::uint8_t *data, std::size_t size);                                             \
    static const ::fuzz::Registration fuzzRegistration_##name(#name, fuzzOne_##name);                                  \
    static int fuzzOne_##name(const std::uint8_t *data, std::size_t size)
#else
#define ENTROPYLAB_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
#endif
