#pragma once

#include <QString>
#include <QStringList>

namespace widgets {

// The plot panels by the names the command line and the export use, in the lesson's order:
// "information", "entropy", "cross-entropy", "kl", "loss", "distribution", "contributions",
// "code-length", "sampling", "training".
// A lesson file names the panel its example shows by these; they live below the widgets so the
// lesson reader needs none. panelcatalog.h makes a panel of each.
inline QStringList panelNames()
{
    return {QStringLiteral("information"),   QStringLiteral("entropy"),
            QStringLiteral("cross-entropy"), QStringLiteral("kl"),
            QStringLiteral("loss"),          QStringLiteral("distribution"),
            QStringLiteral("contributions"), QStringLiteral("code-length"),
            QStringLiteral("sampling"),      QStringLiteral("training")};
}

} // namespace widgets
