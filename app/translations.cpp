#include "translations.h"
