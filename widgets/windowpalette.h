#pragma once

#include "theme.h"

#include <QIcon>
#include <QPalette>

namespace widgets {

// The window around the plots in the plots' theme: a dark theme gives the whole application (the
// window, controls, readouts, docks, menus, tabs, status bar and dialogs) a dark palette derived
// from the Theme, drawn by the Fusion style, which follows any palette; a light theme returns to
// the platform's own style and palette.
//
// Roles set for a dark theme, for widgets that paint themselves (e.g. the readouts): Window and
// Base the surfaces (Base the theme's background, Window a little lighter), WindowText, Text and
// ButtonText the theme's foreground, Button, Light, Midlight, Mid, Dark and Shadow for bevels,
// AlternateBase, ToolTipBase/ToolTipText, PlaceholderText, BrightText, Highlight/HighlightedText,
// Link/LinkVisited, Accent; the Disabled group dims the texts. Each text role has 4.5:1 against its
// surface (tst_contrast checks them).

// The palette a dark `theme` gives the window. For a light theme: the style's standard palette.
QPalette windowPalette(const Theme &theme);

// Applies `theme`'s palette and style to the whole application. Cheap when nothing changes, so it
// may follow every change of the shown theme (zoom, presentation mode).
void applyWindowTheme(const Theme &theme);

// `icon` in one colour, its shape kept: the style's own pictures (play, pause) are dark in any
// palette, so a button on a dark window draws them in its ButtonText instead. A null icon stays null.
QIcon tintedIcon(const QIcon &icon, const QColor &color);

} // namespace widgets
