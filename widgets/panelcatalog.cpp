#include "panelcatalog.h"

#include "codelengthpanel.h"
#include "contributionspanel.h"
#include "crossentropypanel.h"
#include "distributionpanel.h"
#include "entropypanel.h"
#include "informationpanel.h"
#include "klpanel.h"
#include "model/lessonstate.h"
#include "losspanel.h"
#include "samplingpanel.h"
#include "trainingpanel.h"

namespace widgets {

PlotPanel *createPanel(const QString &name, LessonState *state, const Theme &theme, QWidget *parent)
{
    PlotPanel *panel = nullptr;
    if (name == QLatin1String("information"))
        panel = new InformationPanel(state, theme, parent);
    else if (name == QLatin1String("entropy"))
        panel = new EntropyPanel(state, theme, parent);
    else if (name == QLatin1String("cross-entropy"))
        panel = new CrossEntropyPanel(state, theme, parent);
    else if (name == QLatin1String("kl"))
        panel = new KlPanel(state, theme, parent);
    else if (name == QLatin1String("loss"))
        panel = new LossPanel(state, theme, parent);
    else if (name == QLatin1String("distribution"))
        panel = new DistributionPanel(state, theme, parent);
    else if (name == QLatin1String("contributions"))
        panel = new ContributionsPanel(state, theme, parent);
    else if (name == QLatin1String("code-length"))
        panel = new CodeLengthPanel(state, theme, parent);
    else if (name == QLatin1String("sampling"))
        panel = new SamplingPanel(state, theme, parent);
    else if (name == QLatin1String("training"))
        panel = new TrainingPanel(state, state->training(), theme, parent);
    if (panel)
        panel->setObjectName(name);
    return panel;
}

} // namespace widgets
