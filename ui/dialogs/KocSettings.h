#pragma once

#include "analytics/KocScore.h"

#include <QSqlDatabase>
#include <QWidget>

#include <array>

class QDoubleSpinBox;
class QSpinBox;

namespace qundesk::ui {

// The KOC scoring settings as a tab of the settings dialog: a weight and a daily cap per
// component, the half-life, the candidate rule (top share, minimum score) and the unflag rule
// (band and days). Stored in the database (koc.* keys), so every desk ranks the same way; each
// field's tooltip gives its default and why. Saving validates and names the field at fault.
class KocSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KocSettings)

public:
    explicit KocSettings(QWidget *parent = nullptr);

    bool load(const QSqlDatabase &db, QString *error);
    // Checks and writes every key in one transaction; false with the reason (naming the field).
    bool save(const QSqlDatabase &db, QString *error);
    void restoreDefaults();

    // The settings as the fields show them now.
    qundesk::KocSettings values() const;
    void setValues(const qundesk::KocSettings &settings);

    QDoubleSpinBox *weightSpin(KocComponent c) const { return m_weights[size_t(c)]; }
    QSpinBox *capSpin(KocComponent c) const { return m_caps[size_t(c)]; }
    QDoubleSpinBox *halfLifeSpin() const { return m_halfLife; }

private:
    std::array<QDoubleSpinBox *, KocComponentCount> m_weights{};
    std::array<QSpinBox *, KocComponentCount> m_caps{};
    QDoubleSpinBox *m_halfLife = nullptr;
    QDoubleSpinBox *m_topPercent = nullptr;
    QDoubleSpinBox *m_minScore = nullptr;
    QDoubleSpinBox *m_unflagFactor = nullptr;   // percent
    QSpinBox *m_unflagDays = nullptr;
};

} // namespace qundesk::ui
