#pragma once

#include "Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace qundesk {
class MemberTableModel;
}

namespace qundesk::ui {

// 成员: the member profiles as one lazily fetched table, with a search box and quick filters.
// Sorting and filtering run in SQL through MemberTableModel; the page never holds more than
// the pages the user scrolled through, so it stays quick with a million members.
class MembersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPage)

public:
    static constexpr int SearchDelayMs = 250;

    explicit MembersPage(QWidget *parent = nullptr);
    ~MembersPage() override;

    void setDatabase(const QSqlDatabase &db) override;
    void reload() override;

    MemberTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void buildUi();
    void applyFilter();
    void updateCount();

    QSqlDatabase m_db;
    MemberTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_identity = nullptr;
    QComboBox *m_verification = nullptr;
    QCheckBox *m_kocOnly = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_allMembers = 0;
};

} // namespace qundesk::ui
