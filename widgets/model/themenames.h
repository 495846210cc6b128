#pragma once

#include <QString>
#include <QStringList>

namespace widgets {

// The names of the plot themes, as a session file stores them ("theme": "dark"). widgets::Theme
// holds their colours and fonts; a session is read without a window, so the names live here.
inline QStringList themeNames()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("presentation")};
}

} // namespace widgets
