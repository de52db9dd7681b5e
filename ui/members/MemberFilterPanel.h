#pragma once

#include "storage/MemberRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTimer;

namespace qundesk::ui {

// The members table's filter panel: every filter but the search box (identity, verification,
// channel, region, tier, group, tag, KOC, points range, active within N days, blacklisted, in no
// group). The group is typed: a completer asks SQL for matching names (there are 10,000 groups).
// It never queries members itself; the page reads filter() when filterChanged() fires.
class MemberFilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberFilterPanel)

public:
    explicit MemberFilterPanel(QWidget *parent = nullptr);
    ~MemberFilterPanel() override;

    // Loads the channel, region, tier and tag choices (an invalid database empties them).
    void setDatabase(const QSqlDatabase &db);

    // The panel's filters (search stays empty: the page owns the search box).
    MemberFilter filter() const;
    // Shows `filter`'s panel settings (a segment being applied) without emitting filterChanged.
    void setFilter(const MemberFilter &filter);
    // Resets every filter; emits filterChanged once.
    void clear();

    // "身份: 门店 · 积分 ≥ 100 …": the active filters in one line (empty when none).
    QString summary() const;

signals:
    void filterChanged();

private:
    void buildUi();
    void loadChoices();
    void updateGroupChoices(const QString &text);
    void pickGroup(const QString &name);
    void changed();
    static void selectData(QComboBox *combo, const QVariant &data);

    QSqlDatabase m_db;
    QComboBox *m_identity = nullptr;
    QComboBox *m_verification = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_koc = nullptr;
    QComboBox *m_blacklisted = nullptr;
    QLineEdit *m_group = nullptr;
    QCompleter *m_groupCompleter = nullptr;
    QStandardItemModel *m_groupChoices = nullptr;
    QTimer *m_groupTimer = nullptr;
    QCheckBox *m_withoutGroup = nullptr;
    QSpinBox *m_pointsMin = nullptr;
    QSpinBox *m_pointsMax = nullptr;
    QSpinBox *m_activeDays = nullptr;
    qint64 m_groupId = 0;
    QString m_groupName;
    bool m_quiet = false;               // inside setFilter/clear: no filterChanged per widget
};

} // namespace qundesk::ui
