#include "groups/MemberPicker.h"

#include "storage/GroupProfileRepository.h"

#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace qundesk::ui {

namespace {

constexpr int MemberIdRole = Qt::UserRole + 1;

QString memberText(const GroupMemberRow &row)
{
    return row.groupNickname.isEmpty() || row.groupNickname == row.displayName
        ? row.displayName
        : row.displayName + QStringLiteral("（") + row.groupNickname + QStringLiteral("）");
}

} // namespace

MemberPicker::MemberPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
    , m_timer(new QTimer(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type a name or group nickname"));
    // The model already holds the SQL matches; the completer must not filter them again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_timer->setSingleShot(true);
    m_timer->setInterval(SearchDelayMs);
    connect(m_timer, &QTimer::timeout, this, &MemberPicker::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != m_pickedText)
            m_memberId = 0;
        m_timer->start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setMember(index.data(MemberIdRole).toLongLong(), index.data().toString());
                emit memberPicked(m_memberId);
            });
}

void MemberPicker::setGroup(const QSqlDatabase &db, qint64 groupId)
{
    m_db = db;
    m_groupId = groupId;
    m_model->clear();
}

void MemberPicker::setMember(qint64 memberId, const QString &name)
{
    m_memberId = memberId;
    m_pickedText = memberId > 0 ? name : QString();
    setText(m_pickedText);
}

void MemberPicker::searchNow()
{
    m_timer->stop();
    // A pick just made (the completer edits the text on its way) needs no new suggestions.
    if (m_memberId > 0 && text() == m_pickedText)
        return;
    m_model->clear();
    if (m_groupId <= 0 || !m_db.isOpen() || text().trimmed().isEmpty())
        return;
    GroupMemberFilter filter;
    filter.text = text().trimmed();
    QList<GroupMemberRow> rows;
    if (GroupProfileRepository(m_db).memberPage(m_groupId, filter, 0, MaxSuggestions, &rows))
        return;     // a failed lookup offers nothing; saving reports database problems
    for (const GroupMemberRow &row : std::as_const(rows)) {
        auto *item = new QStandardItem(memberText(row));
        item->setData(row.memberId, MemberIdRole);
        m_model->appendRow(item);
    }
    if (hasFocus() && m_model->rowCount() > 0)
        m_completer->complete();
}

} // namespace qundesk::ui
