#pragma once

#include <QIcon>

/// A padlock for nodes this session may not read (the theme's "object-locked" when there is
/// one, else drawn, so it shows on every platform and under offscreen tests).
QIcon lockIcon();
