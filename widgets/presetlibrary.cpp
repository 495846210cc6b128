#include "presetlibrary.h"

#include <QDir>
#include <QFile>
#include <QtDebug>

#include <algorithm>

namespace widgets {

core::Preset readPresetFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::PresetError("cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
    // One byte past the limit is enough to know the file is too large, without reading it all.
    const QByteArray text = file.read(qint64(core::kMaxPresetBytes) + 1);
    return core::parsePreset(std::string_view(text.constData(), std::size_t(text.size())));
}

QStringList builtInPresetNames()
{
    QStringList names;
    for (const QString &file : QDir(QStringLiteral(":/presets")).entryList({QStringLiteral("*.preset")}, QDir::Files))
        names << file.chopped(int(qstrlen(".preset")));
    return names;
}

const std::vector<core::Preset> &builtInPresets()
{
    static const std::vector<core::Preset> presets = [] {
        std::vector<core::Preset> list;
        const QDir folder(QStringLiteral(":/presets"));
        for (const QString &name : folder.entryList({QStringLiteral("*.preset")}, QDir::Files)) {
            try {
                list.push_back(readPresetFile(folder.filePath(name)));
            } catch (const core::PresetError &e) {
                qWarning("preset %s: %s", qPrintable(name), e.what());
            }
        }
        // From the simplest to the richest: fewest outcomes first.
        std::stable_sort(list.begin(), list.end(),
                         [](const core::Preset &a, const core::Preset &b) { return a.p.size() < b.p.size(); });
        return list;
    }();
    return presets;
}

} // namespace widgets
