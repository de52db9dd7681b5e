#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qundesk {
struct LifecycleThresholds;
}

namespace qundesk::ui {

// The settings that belong to the operation rather than to one desk, stored in the database's
// settings table so every desk applies the same rules: the lifecycle thresholds, the group
// naming template, the promotion rule and the members' group nickname template. Each field's tooltip gives its default and why.
class OperationSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationSettings)

public:
    explicit OperationSettings(QWidget *parent = nullptr);

    // Reads the stored values (defaults where none is stored); false with the reason in words.
    bool load(const QSqlDatabase &db, QString *error);
    // Checks the fields and writes them all in one transaction; false with the reason in words
    // (naming the field), in which case nothing was written.
    bool save(const QSqlDatabase &db, QString *error);
    void restoreDefaults();

    QLineEdit *nameTemplateEdit() const { return m_nameTemplate; }
    QSpinBox *zombieDaysSpin() const { return m_zombieDays; }
    QDoubleSpinBox *weakActiveRateSpin() const { return m_weakActiveRate; }
    QSpinBox *promotionPointsSpin() const { return m_promotionPoints; }
    QLineEdit *nicknameTemplateEdit() const { return m_nicknameTemplate; }
    QCheckBox *nicknamePlacesCheck() const { return m_nicknamePlaces; }

private:
    void show(const LifecycleThresholds &t);
    void checkTemplate();
    void checkNicknameTemplate();

    QSpinBox *m_strongDays = nullptr;
    QDoubleSpinBox *m_weakActiveRate = nullptr;     // percent
    QDoubleSpinBox *m_weakDropRatio = nullptr;      // percent
    QSpinBox *m_weakDropMinMessages = nullptr;
    QDoubleSpinBox *m_floorActiveRate = nullptr;    // percent
    QDoubleSpinBox *m_floorMessages = nullptr;
    QSpinBox *m_zombieDays = nullptr;
    QLineEdit *m_nameTemplate = nullptr;
    QLabel *m_templateProblem = nullptr;
    QSpinBox *m_promotionPoints = nullptr;
    QLineEdit *m_nicknameTemplate = nullptr;
    QLabel *m_nicknameProblem = nullptr;
    QCheckBox *m_nicknamePlaces = nullptr;
};

} // namespace qundesk::ui
