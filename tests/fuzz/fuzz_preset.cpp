// Preset files (core::parsePreset): refused with a PresetError in UTF-8, or a preset within the
// documented limits that reads back equal when written out again in the same format.
#include "fuzzcheck.h"

#include "core/numberparse.h"
#include "core/preset.h"

#include <algorithm>
#include <cmath>

namespace {

void checkDistribution(const core::Distribution &d, std::size_t n, const char *which)
{
    FUZZ_CHECK(d.size() == n, which);
    long double sum = 0;
    for (const double x : d.probabilities()) {
        FUZZ_CHECK(std::isfinite(x) && x >= 0.0 && x <= 1.0 && !std::signbit(x), which + std::to_string(x));
        sum += x;
    }
    FUZZ_CHECK(std::fabs(double(sum - 1.0L)) <= core::kSumTolerance, which + std::to_string(double(sum)));
}

std::string entries(const core::Distribution &d)
{
    std::string text;
    for (const double x : d.probabilities())
        text += (text.empty() ? "" : ", ") + core::formatRoundTrip(x);
    return text;
}

std::string presetText(const core::Preset &preset)
{
    std::string labels;
    for (const std::string &label : preset.labels)
        labels += (labels.empty() ? "" : ",") + label;
    return "name: " + preset.name + "\ndescription: " + preset.description + "\nlabels: " + labels
        + "\np: " + entries(preset.p) + "\nq: " + entries(preset.q) + "\n";
}

} // namespace

ENTROPYLAB_FUZZ_TARGET(preset)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    core::Preset preset;
    try {
        preset = core::parsePreset(text);
    } catch (const core::PresetError &e) {
        FUZZ_CHECK_MESSAGE(e.what(), false);
        return 0;
    }
    FUZZ_CHECK(size <= core::kMaxPresetBytes, "a preset over the size limit was read");
    FUZZ_CHECK(!preset.name.empty() && preset.name.size() <= 80 && fuzz::isValidUtf8(preset.name), preset.name);
    FUZZ_CHECK(preset.description.size() <= 300 && fuzz::isValidUtf8(preset.description), preset.description);
    const std::size_t n = preset.p.size();
    FUZZ_CHECK(n >= core::kMinOutcomes && n <= core::kMaxEditorOutcomes, std::to_string(n));
    checkDistribution(preset.p, n, "p ");
    checkDistribution(preset.q, n, "q ");
    FUZZ_CHECK(preset.labels.size() == n, "one label per outcome");
    FUZZ_CHECK(!core::labelsProblem(preset.labels), "labels the one rule refuses");
    for (std::size_t i = 0; i < n; ++i) {
        const std::string &label = preset.labels[i];
        FUZZ_CHECK(!label.empty() && label.size() <= core::kMaxLabelLength && fuzz::isValidUtf8(label), label);
        FUZZ_CHECK(label.find(',') == std::string::npos && core::trimmed(label) == label, label);
        FUZZ_CHECK(std::find(preset.labels.begin(), preset.labels.end(), label) == preset.labels.begin() + i,
                   "label " + label + " twice");
    }

    const std::string written = presetText(preset);
    core::Preset back;
    try {
        back = core::parsePreset(written);
    } catch (const core::PresetError &e) {
        fuzz::violated(__FILE__, __LINE__, "the preset written out is refused: " + written + " -- " + e.what());
    }
    FUZZ_CHECK(back.name == preset.name && back.description == preset.description && back.labels == preset.labels
                   && back.p == preset.p && back.q == preset.q,
               "does not read back equal: " + written);
    return 0;
}
