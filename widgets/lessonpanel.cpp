#include "lessonpanel.h"
