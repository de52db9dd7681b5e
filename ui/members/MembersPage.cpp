#include "members/MembersPage.h"

#include "domain/Member.h"
#include "models/MemberTableModel.h"
#include "storage/MemberRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

// Blacklisted members stay visible (staff look them up) but read as inactive; the name's
// tooltip says so.
class MemberRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(MemberTableModel::BlacklistedRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};

} // namespace

MembersPage::MembersPage(QWidget *parent)
    : Page(parent)
    , m_model(new MemberTableModel(this))
{
    setWindowTitle(tr("Members"));
    buildUi();
    connect(m_model, &MemberTableModel::reloaded, this, &MembersPage::updateCount);
    connect(m_model, &MemberTableModel::errorOccurred, this, &MembersPage::statusMessage);
}

MembersPage::~MembersPage() = default;

void MembersPage::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Search name, nickname, platform ID, phone or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);

    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("identityFilter"));
    m_identity->addItem(tr("All identities"), -1);
    for (const IdentityType t : allIdentityTypes())
        m_identity->addItem(identityLabel(t), int(t));

    m_verification = new QComboBox(this);
    m_verification->setObjectName(QStringLiteral("verificationFilter"));
    m_verification->addItem(tr("Any verification"), -1);
    for (const VerificationStatus s : allVerificationStatuses())
        m_verification->addItem(verificationLabel(s), int(s));

    m_kocOnly = new QCheckBox(tr("KOC only"), this);
    m_kocOnly->setObjectName(QStringLiteral("kocOnly"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("memberTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MemberRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    // Nicknames (city-shop-name) are the longest text, so that column takes the spare width.
    header->setSectionResizeMode(MemberTableModel::GroupNickname, QHeaderView::Stretch);
    // Widths from the content people type, not from measuring a million rows.
    const int em = m_view->fontMetrics().horizontalAdvance(QChar(0x6210)); // one CJK character
    const std::pair<int, int> widths[] = {
        {MemberTableModel::DisplayName, 7}, {MemberTableModel::GroupNickname, 10}, {MemberTableModel::PlatformId, 6},
        {MemberTableModel::Phone, 8},       {MemberTableModel::Identity, 7},       {MemberTableModel::Verification, 5},
        {MemberTableModel::Channel, 7},     {MemberTableModel::Region, 4},         {MemberTableModel::Tier, 6},
        {MemberTableModel::Points, 4},      {MemberTableModel::Koc, 3}};
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, em * chars + 16);
    header->resizeSection(MemberTableModel::FirstJoined,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 40);
    // The first sort is newest members first; the header click re-sorts in SQL from then on.
    header->setSortIndicator(MemberTableModel::FirstJoined, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_identity);
    filters->addWidget(m_verification);
    filters->addWidget(m_kocOnly);
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // Typing re-queries once the user pauses, not on every keystroke.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MembersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_identity, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilter);
    connect(m_verification, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilter);
    connect(m_kocOnly, &QCheckBox::toggled, this, &MembersPage::applyFilter);
    updateCount();
}

void MembersPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void MembersPage::reload()
{
    m_allMembers = 0;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = MemberRepository(m_db).count({}, &m_allMembers))
            emit statusMessage(err.message);
    }
    m_model->setDatabase(m_db); // re-queries with the current filter and sort
}

void MembersPage::applyFilter()
{
    m_searchTimer->stop();
    MemberFilter filter;
    filter.search = m_search->text().trimmed();
    if (const int identity = m_identity->currentData().toInt(); identity >= 0)
        filter.identity = IdentityType(identity);
    if (const int status = m_verification->currentData().toInt(); status >= 0)
        filter.verification = VerificationStatus(status);
    if (m_kocOnly->isChecked())
        filter.koc = true;
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    emit statusMessage(m_count->text());
}

void MembersPage::updateCount()
{
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_count->setText(tr("No database open"));
        return;
    }
    m_count->setText(tr("Showing %L1 of %L2 members").arg(m_model->totalCount()).arg(m_allMembers));
}

} // namespace qundesk::ui
