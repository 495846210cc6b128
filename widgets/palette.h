#pragma once

#include <QColor>

// The Okabe-Ito palette, safe for the common kinds of colour blindness. Each quantity keeps its
// colour in every panel, and markers also differ in shape so colour never carries meaning alone.
namespace widgets::palette {

inline const QColor kBlack {0x00, 0x00, 0x00};
inline const QColor kOrange {0xE6, 0x9F, 0x00};
inline const QColor kSkyBlue {0x56, 0xB4, 0xE9};
inline const QColor kBluishGreen {0x00, 0x9E, 0x73};
inline const QColor kYellow {0xF0, 0xE4, 0x42};
inline const QColor kBlue {0x00, 0x72, 0xB2};
inline const QColor kVermillion {0xD5, 0x5E, 0x00};
inline const QColor kReddishPurple {0xCC, 0x79, 0xA7};

inline const QColor &kTrue = kBlue; // p, the true distribution, y = 1
inline const QColor &kComplement = kSkyBlue; // 1 - p
inline const QColor &kModel = kVermillion; // q, the model
inline const QColor &kGap = kOrange; // D(p||q), the extra cost
inline const QColor &kSquared = kReddishPurple;
inline const QColor &kGradient = kBluishGreen;

} // namespace widgets::palette
