#include "members/MemberProfileFields.h"

#include "domain/Masking.h"
#include "storage/DimensionRepository.h"
#include "storage/MemberProfileRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

void selectData(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

MemberProfileFields::MemberProfileFields(QWidget *parent)
    : QWidget(parent)
{
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setMaxLength(100);
    m_nickname = new QLineEdit(this);
    m_nickname->setObjectName(QStringLiteral("groupNickname"));
    m_nicknameWarning = new QLabel(this);
    m_nicknameWarning->setObjectName(QStringLiteral("nicknameWarning"));
    m_nicknameWarning->setWordWrap(true);
    m_nicknameWarning->setStyleSheet(QStringLiteral("color: #e65100;"));
    m_nicknameWarning->hide();

    m_platformId = new QLineEdit(this);
    m_platformId->setObjectName(QStringLiteral("platformId"));
    m_revealPlatformId = new QPushButton(tr("Reveal"), this);
    m_revealPlatformId->setObjectName(QStringLiteral("revealPlatformId"));
    m_revealPlatformId->setToolTip(tr("Show the full platform ID in this window. The reveal is written to the audit log."));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_revealPhone = new QPushButton(tr("Reveal"), this);
    m_revealPhone->setObjectName(QStringLiteral("revealPhone"));
    m_revealPhone->setToolTip(tr("Show the full phone number in this window. The reveal is written to the audit log."));

    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("identity"));
    for (IdentityType identity : allIdentityTypes())
        m_identity->addItem(identityLabel(identity), int(identity));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tier"));

    m_joinedKnown = new QCheckBox(tr("Known"), this);
    m_joinedKnown->setObjectName(QStringLiteral("firstJoinedKnown"));
    m_firstJoined = new QDateTimeEdit(this);
    m_firstJoined->setObjectName(QStringLiteral("firstJoined"));
    m_firstJoined->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_firstJoined->setCalendarPopup(true);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);

    auto *pidRow = new QHBoxLayout;
    pidRow->addWidget(m_platformId, 1);
    pidRow->addWidget(m_revealPlatformId);
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_revealPhone);
    auto *joinedRow = new QHBoxLayout;
    joinedRow->addWidget(m_joinedKnown);
    joinedRow->addWidget(m_firstJoined, 1);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Display name"), m_displayName);
    // The warning sits under the nickname in the same row, so the row grows only as it needs.
    auto *nicknameBox = new QVBoxLayout;
    nicknameBox->setSpacing(2);
    nicknameBox->addWidget(m_nickname);
    nicknameBox->addWidget(m_nicknameWarning);
    form->addRow(tr("Group nickname"), nicknameBox);
    form->addRow(tr("Platform ID"), pidRow);
    form->addRow(tr("Phone"), phoneRow);
    form->addRow(tr("Identity"), m_identity);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Tier"), m_tier);
    form->addRow(tr("First joined"), joinedRow);
    form->addRow(tr("Notes"), m_notes);

    connect(m_nickname, &QLineEdit::textChanged, this, &MemberProfileFields::checkNickname);
    connect(m_revealPhone, &QPushButton::clicked, this, &MemberProfileFields::revealPhone);
    connect(m_revealPlatformId, &QPushButton::clicked, this, &MemberProfileFields::revealPlatformId);
    connect(m_joinedKnown, &QCheckBox::toggled, m_firstJoined, &QWidget::setEnabled);
}

DatabaseError MemberProfileFields::load(const QSqlDatabase &db, const Member &member, const NicknameTemplate &rule)
{
    m_db = db;
    m_rule = rule;
    const bool sameMember = m_member.id == member.id && member.id > 0;
    m_member = member;
    if (!sameMember) {
        m_phoneRevealed = false;
        m_platformIdRevealed = false;
    }
    DimensionRepository dims(db);
    QList<Channel> channels;
    QList<Region> regions;
    QList<Tier> tiers;
    DatabaseError err = dims.listChannels(&channels);
    if (!err)
        err = dims.listRegions(&regions);
    if (!err)
        err = dims.listTiers(&tiers);
    m_channel->clear();
    m_region->clear();
    m_tier->clear();
    m_channel->addItem(tr("(none)"), qint64(0));
    m_region->addItem(tr("(none)"), qint64(0));
    m_tier->addItem(tr("(none)"), qint64(0));
    for (const Channel &c : std::as_const(channels))
        m_channel->addItem(c.name, c.id);
    for (const Region &r : std::as_const(regions))
        m_region->addItem(r.name, r.id);
    for (const Tier &t : std::as_const(tiers))
        m_tier->addItem(t.name, t.id);

    m_displayName->setText(member.displayName);
    m_nickname->setText(member.groupNickname);
    showMasked();
    m_identity->setCurrentIndex(m_identity->findData(int(member.identity)));
    selectData(m_channel, member.channelId);
    selectData(m_region, member.regionId);
    selectData(m_tier, member.tierId);
    m_joinedKnown->setChecked(member.firstJoinedAt.isValid());
    m_firstJoined->setEnabled(member.firstJoinedAt.isValid());
    m_firstJoined->setDateTime(member.firstJoinedAt.isValid() ? member.firstJoinedAt
                                                               : QDateTime::currentDateTime());
    m_notes->setPlainText(member.notes);
    checkNickname();
    return err;
}

void MemberProfileFields::showMasked()
{
    m_phone->setText(m_phoneRevealed ? m_member.phone : maskPhone(m_member.phone));
    m_phone->setReadOnly(!m_phoneRevealed);
    m_phone->setPlaceholderText(m_phoneRevealed ? QString() : tr("none recorded"));
    m_revealPhone->setEnabled(!m_phoneRevealed && !m_member.phone.isEmpty());
    if (!m_phoneRevealed && !m_member.phone.isEmpty())
        m_phone->setToolTip(tr("Masked: press Reveal to see or change it."));
    else
        m_phone->setToolTip(QString());
    m_platformId->setText(m_platformIdRevealed ? m_member.platformId : maskPlatformId(m_member.platformId));
    m_platformId->setReadOnly(!m_platformIdRevealed);
    m_revealPlatformId->setEnabled(!m_platformIdRevealed);
    m_platformId->setToolTip(m_platformIdRevealed ? QString() : tr("Masked: press Reveal to see or change it."));
}

void MemberProfileFields::checkNickname()
{
    const QString problem = m_rule.check(m_nickname->text());
    m_nicknameWarning->setText(problem.isEmpty() ? QString()
                                                 : tr("Does not follow the nickname template: %1").arg(problem));
    m_nicknameWarning->setVisible(!problem.isEmpty());
}

bool MemberProfileFields::revealPhone()
{
    return reveal(true);
}

bool MemberProfileFields::revealPlatformId()
{
    return reveal(false);
}

bool MemberProfileFields::reveal(bool phone)
{
    if (m_member.id <= 0)
        return false;
    QString value;
    if (auto err = MemberProfileRepository(m_db).reveal(m_member.id, phone ? RevealedField::Phone
                                                                          : RevealedField::PlatformId, &value)) {
        emit problem(err.message);
        return false;
    }
    if (phone) {
        m_member.phone = value;
        m_phoneRevealed = true;
    } else {
        m_member.platformId = value;
        m_platformIdRevealed = true;
    }
    showMasked();
    emit revealed(phone ? tr("phone") : tr("platform ID"));
    return true;
}

Member MemberProfileFields::read(QString *problem) const
{
    Member m = m_member;
    m.displayName = m_displayName->text().trimmed();
    m.groupNickname = m_nickname->text().trimmed();
    if (m_platformIdRevealed)
        m.platformId = m_platformId->text().trimmed();
    if (m_phoneRevealed)
        m.phone = normalizePhone(m_phone->text().trimmed());
    m.identity = IdentityType(m_identity->currentData().toInt());
    m.channelId = m_channel->currentData().toLongLong();
    m.regionId = m_region->currentData().toLongLong();
    m.tierId = m_tier->currentData().toLongLong();
    // The editor shows minutes: an unchanged time keeps its recorded seconds.
    auto toMinute = [](QDateTime t) {
        if (t.isValid())
            t.setTime(QTime(t.time().hour(), t.time().minute()));
        return t;
    };
    m.firstJoinedAt = QDateTime();
    if (m_joinedKnown->isChecked()) {
        const QDateTime edited = toMinute(m_firstJoined->dateTime());
        m.firstJoinedAt = edited == toMinute(m_member.firstJoinedAt) ? m_member.firstJoinedAt : edited;
    }
    m.notes = m_notes->toPlainText().trimmed();

    auto fail = [&](QWidget *field, const QString &message) {
        *problem = message;
        field->setFocus();
        return Member();
    };
    if (m.displayName.isEmpty())
        return fail(m_displayName, tr("Display name: the member needs a name."));
    if (m.platformId.isEmpty())
        return fail(m_platformId, tr("Platform ID: the member needs one (WeChat ID or similar)."));
    for (qsizetype i = 0; i < m.phone.size(); ++i) {
        const QChar c = m.phone.at(i);
        if (!(c >= u'0' && c <= u'9') && !(c == u'+' && i == 0))
            return fail(m_phone, tr("Phone: “%1” may contain only digits, spaces, dashes and a leading +.")
                                     .arg(m_phone->text().trimmed()));
    }
    if (m.firstJoinedAt.isValid() && m.firstJoinedAt > QDateTime::currentDateTime().addDays(1))
        return fail(m_firstJoined, tr("First joined: %1 lies in the future.")
                                       .arg(m.firstJoinedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (m.platformId != m_member.platformId || m_platformIdRevealed) {
        MemberRef owner;
        if (auto err = MemberProfileRepository(m_db).platformIdOwner(m.platformId, m.id, &owner))
            return fail(m_platformId, err.message);
        if (owner.id > 0)
            return fail(m_platformId, tr("Platform ID: %1 already belongs to %2 (member #%3); each member has "
                                         "their own.").arg(m.platformId, owner.displayName).arg(owner.id));
    }
    if (const QString other = validateMember(m); !other.isEmpty())
        return fail(m_displayName, other);
    *problem = QString();
    return m;
}

} // namespace qundesk::ui
