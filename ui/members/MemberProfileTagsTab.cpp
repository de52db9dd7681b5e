#include "members/MemberProfileTagsTab.h"

#include "storage/TagRepository.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSet>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

constexpr int TagIdRole = Qt::UserRole + 1;

} // namespace

MemberProfileTagsTab::MemberProfileTagsTab(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("memberTags"));
    m_list->setViewMode(QListView::IconMode);      // chips that wrap, not a long column
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSpacing(4);
    m_list->setUniformItemSizes(false);
    m_newTag = new QLineEdit(this);
    m_newTag->setObjectName(QStringLiteral("newTag"));
    m_newTag->setPlaceholderText(tr("New tag, e.g. 高意向"));
    m_newTag->setMaxLength(40);
    m_add = new QPushButton(tr("Add tag"), this);
    m_add->setObjectName(QStringLiteral("addTag"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_newTag, 1);
    row->addWidget(m_add);
    auto *hint = new QLabel(tr("Check a tag to put it on the member, uncheck it to take it off."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    layout->addLayout(row);
    connect(m_list, &QListWidget::itemChanged, this, &MemberProfileTagsTab::itemChanged);
    connect(m_add, &QPushButton::clicked, this, [this] { addTag(m_newTag->text()); });
    connect(m_newTag, &QLineEdit::returnPressed, this, [this] { addTag(m_newTag->text()); });
}

DatabaseError MemberProfileTagsTab::load(const QSqlDatabase &db, qint64 memberId)
{
    m_db = db;
    m_memberId = memberId;
    TagRepository tags(db);
    QList<TagCount> all;
    QList<Tag> mine;
    if (auto err = tags.list(&all))
        return err;
    if (auto err = tags.tagsOf(memberId, &mine))
        return err;
    QSet<qint64> carried;
    for (const Tag &t : std::as_const(mine))
        carried.insert(t.id);
    const QScopedValueRollback guard(m_loading, true);
    m_list->clear();
    // The member's own tags first, then the rest by name.
    for (int pass = 0; pass < 2; ++pass) {
        for (const TagCount &tc : std::as_const(all)) {
            const bool has = carried.contains(tc.tag.id);
            if (has != (pass == 0))
                continue;
            auto *item = new QListWidgetItem(tc.tag.name, m_list);
            item->setData(TagIdRole, tc.tag.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(has ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(tr("%Ln member(s) carry this tag.", nullptr, int(tc.memberCount)));
            if (!tc.tag.color.isEmpty())
                item->setForeground(QColor(tc.tag.color));
        }
    }
    updateSummary();
    return {};
}

QStringList MemberProfileTagsTab::checkedTags() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_list->item(i)->text());
    }
    return out;
}

void MemberProfileTagsTab::updateSummary()
{
    const QStringList mine = checkedTags();
    m_summary->setText(mine.isEmpty() ? tr("No tags.") : tr("Tags: %1").arg(mine.join(tr(", "))));
}

void MemberProfileTagsTab::itemChanged(QListWidgetItem *item)
{
    if (m_loading)
        return;
    const bool tagged = item->checkState() == Qt::Checked;
    if (!setTagged(item->data(TagIdRole).toLongLong(), tagged)) {
        const QScopedValueRollback guard(m_loading, true);
        item->setCheckState(tagged ? Qt::Unchecked : Qt::Checked);
    }
}

bool MemberProfileTagsTab::setTagged(qint64 tagId, bool tagged)
{
    TagRepository tags(m_db);
    if (auto err = tagged ? tags.tagMember(m_memberId, tagId) : tags.untagMember(m_memberId, tagId)) {
        emit problem(err.message);
        return false;
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(TagIdRole).toLongLong() == tagId && (item->checkState() == Qt::Checked) != tagged) {
            const QScopedValueRollback guard(m_loading, true);
            item->setCheckState(tagged ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateSummary();
    emit changed();
    return true;
}

bool MemberProfileTagsTab::addTag(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        emit problem(tr("New tag: type the tag's name first."));
        m_newTag->setFocus();
        return false;
    }
    qint64 id = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text().compare(trimmed, Qt::CaseInsensitive) == 0)
            id = m_list->item(i)->data(TagIdRole).toLongLong();
    }
    if (id == 0) {
        Tag tag;
        tag.name = trimmed;
        if (auto err = TagRepository(m_db).create(tag, &id)) {
            emit problem(err.message);
            return false;
        }
    }
    if (auto err = TagRepository(m_db).tagMember(m_memberId, id)) {
        emit problem(err.message);
        return false;
    }
    m_newTag->clear();
    if (auto err = load(m_db, m_memberId)) {
        emit problem(err.message);
        return false;
    }
    emit info(tr("Tagged “%1”.").arg(trimmed));
    emit changed();
    return true;
}

} // namespace qundesk::ui
