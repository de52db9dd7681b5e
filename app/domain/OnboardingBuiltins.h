#pragma once

#include "domain/Onboarding.h"

namespace qundesk::onboarding {

// The flows QunDesk ships with, translated into the current UI language: the full ritual for
// B2B groups (builtin, no purpose: the default for every group) and a lighter one for consumer
// shopping-guide groups. Ids are 0; the repository stores them.
QList<OnboardingFlow> builtinFlows();

} // namespace qundesk::onboarding
