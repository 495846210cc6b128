#include "lessonstate.h"

#include "lessondefaults.h"

#include <utility>

namespace widgets {

LessonState::LessonState(QObject *parent)
    : QObject(parent)
    , m_p(defaults::kP)
    , m_q(defaults::kQ)
    , m_y(defaults::kY)
    , m_yhat(defaults::kYhat)
    , m_unit(defaults::kUnit)
{ }

bool LessonState::setProbability(double &member, double value)
{
    // The negated test also refuses NaN.
    if (!(value >= 0.0 && value <= 1.0) || value == member)
        return false;
    member = value + 0.0;
    return true;
}

void LessonState::setP(double p)
{
    if (setProbability(m_p, p)) {
        emit pChanged(m_p);
        notifyChanged();
    }
}

void LessonState::setQ(double q)
{
    if (setProbability(m_q, q)) {
        emit qChanged(m_q);
        notifyChanged();
    }
}

void LessonState::setY(int y)
{
    if ((y != 0 && y != 1) || y == m_y)
        return;
    m_y = y;
    emit yChanged(m_y);
    notifyChanged();
}

void LessonState::setYhat(double yhat)
{
    if (setProbability(m_yhat, yhat)) {
        emit yhatChanged(m_yhat);
        notifyChanged();
    }
}

void LessonState::setUnit(core::Unit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    emit unitChanged(m_unit);
    notifyChanged();
}

void LessonState::notifyChanged()
{
    if (m_batchDepth > 0)
        m_changePending = true;
    else
        emit changed();
}

void LessonState::reset()
{
    ++m_batchDepth;
    setP(defaults::kP);
    setQ(defaults::kQ);
    setY(defaults::kY);
    setYhat(defaults::kYhat);
    setUnit(defaults::kUnit);
    --m_batchDepth;
    if (std::exchange(m_changePending, false))
        emit changed();
}

} // namespace widgets
