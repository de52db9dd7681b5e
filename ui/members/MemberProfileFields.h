#pragma once

#include "domain/Member.h"
#include "domain/NicknameTemplate.h"
#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace qundesk::ui {

// The editable part of a member profile: names, group nickname (with the template check under
// it), platform ID and phone (masked until revealed), identity, channel, region, tier, first
// joined and notes. The form does not write; the dialog saves what read() returns.
//
// Phone and platform ID show masked (138****5678) and read-only until the user presses Reveal;
// the reveal is written to the audit log (MemberProfileRepository::reveal) and the full value is
// then shown and editable in this form only, for as long as it shows this member.
class MemberProfileFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfileFields)

public:
    explicit MemberProfileFields(QWidget *parent = nullptr);

    // Fills the pickers and shows the member (masked); the template checks the nickname.
    DatabaseError load(const QSqlDatabase &db, const Member &member, const NicknameTemplate &rule);
    // The edited profile (fields the form does not show are kept from the loaded member), or an
    // empty Member with *problem naming the field that is wrong; the field gets the focus.
    Member read(QString *problem) const;
    const Member &loaded() const { return m_member; }

    // Reveals one masked field (audited); false with the reason sent through problem().
    bool revealPhone();
    bool revealPlatformId();
    bool phoneRevealed() const { return m_phoneRevealed; }
    bool platformIdRevealed() const { return m_platformIdRevealed; }

    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *nicknameEdit() const { return m_nickname; }
    QLabel *nicknameWarning() const { return m_nicknameWarning; }
    QLineEdit *platformIdEdit() const { return m_platformId; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QPushButton *revealPhoneButton() const { return m_revealPhone; }
    QPushButton *revealPlatformIdButton() const { return m_revealPlatformId; }
    QComboBox *identityCombo() const { return m_identity; }
    QComboBox *channelCombo() const { return m_channel; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *tierCombo() const { return m_tier; }
    QDateTimeEdit *firstJoinedEdit() const { return m_firstJoined; }
    QCheckBox *firstJoinedKnown() const { return m_joinedKnown; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

signals:
    void problem(const QString &message);
    void revealed(const QString &what);

private:
    void checkNickname();
    bool reveal(bool phone);
    void showMasked();

    QSqlDatabase m_db;
    Member m_member;
    NicknameTemplate m_rule;
    bool m_phoneRevealed = false;
    bool m_platformIdRevealed = false;

    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_nickname = nullptr;
    QLabel *m_nicknameWarning = nullptr;
    QLineEdit *m_platformId = nullptr;
    QPushButton *m_revealPlatformId = nullptr;
    QLineEdit *m_phone = nullptr;
    QPushButton *m_revealPhone = nullptr;
    QComboBox *m_identity = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_tier = nullptr;
    QCheckBox *m_joinedKnown = nullptr;
    QDateTimeEdit *m_firstJoined = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace qundesk::ui
