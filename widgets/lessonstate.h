#pragma once

#include "core/units.h"

#include <QObject>

namespace widgets {

// The one model of the lesson: p, q, the label y, the prediction yhat and the unit. Controls call
// the setters; panels connect to `changed()` and redraw. A setter that would not change the value,
// or that gets a value outside its range (p, q, yhat in [0, 1], y 0 or 1, NaN), emits nothing.
class LessonState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(double p READ p WRITE setP NOTIFY pChanged)
    Q_PROPERTY(double q READ q WRITE setQ NOTIFY qChanged)
    Q_PROPERTY(int y READ y WRITE setY NOTIFY yChanged)
    Q_PROPERTY(double yhat READ yhat WRITE setYhat NOTIFY yhatChanged)
    Q_PROPERTY(core::Unit unit READ unit WRITE setUnit NOTIFY unitChanged)

public:
    explicit LessonState(QObject *parent = nullptr);

    double p() const { return m_p; }
    double q() const { return m_q; }
    int y() const { return m_y; }
    double yhat() const { return m_yhat; }
    core::Unit unit() const { return m_unit; }

public slots:
    void setP(double p);
    void setQ(double q);
    void setY(int y);
    void setYhat(double yhat);
    void setUnit(core::Unit unit);
    void reset();

signals:
    void pChanged(double p);
    void qChanged(double q);
    void yChanged(int y);
    void yhatChanged(double yhat);
    void unitChanged(core::Unit unit);
    // Once after any of the above: the signal panels redraw on.
    void changed();

private:
    bool setProbability(double &member, double value);
    void notifyChanged();

    int m_batchDepth = 0; // > 0 while several inputs change as one edit
    bool m_changePending = false;

    double m_p;
    double m_q;
    int m_y;
    double m_yhat;
    core::Unit m_unit;
};

} // namespace widgets
