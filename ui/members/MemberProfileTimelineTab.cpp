#include "members/MemberProfileTimelineTab.h"

#include "members/MemberProfileModels.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace qundesk::ui {

MemberProfileTimelineTab::MemberProfileTimelineTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new MemberTimelineModel(this))
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(MemberTimelineModel::Time, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24);
    header->resizeSection(MemberTimelineModel::Kind, fm.horizontalAdvance(QChar(0x6210)) * 8 + 24);
    header->setSectionResizeMode(MemberTimelineModel::Group, QHeaderView::Stretch);
    header->resizeSection(MemberTimelineModel::Detail, fm.horizontalAdvance(QChar(0x6210)) * 9 + 24);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    connect(m_model, &MemberTimelineModel::errorOccurred, this, &MemberProfileTimelineTab::problem);
}

DatabaseError MemberProfileTimelineTab::load(const QSqlDatabase &db, qint64 memberId)
{
    return m_model->load(db, memberId);
}

} // namespace qundesk::ui
