#pragma once

#include "domain/Content.h"

#include <QDialog>
#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace qundesk {
class MaterialModel;
}

namespace qundesk::ui {

// Picks the member who created a material by searching names over SQL (MemberRepository's
// indexed search), never a list of every member.
class MemberPickDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberPickDialog)

public:
    MemberPickDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    void search(const QString &text);
    // 0 when nothing is picked (or "no author" is).
    qint64 memberId() const;
    QListWidget *list() const { return m_list; }

private:
    QSqlDatabase m_db;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

// 素材库: the material library as a grid of thumbnails (made once from the stored bytes or file
// and cached in the database) with search and kind / approval filters, and for the selected
// material its details, author (the member credited), approval (approve / revoke with operator
// and time), the reward of points to its original creator (once per material), copy text to the
// clipboard, and adding images/files (deduplicated by SHA-256) and copy.
class MaterialPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialPage)

public:
    explicit MaterialPage(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void reload();

    void setSearchText(const QString &text);
    void selectMaterial(qint64 id);
    qint64 currentMaterialId() const;

    // Adds files: pictures up to MaxStoredBytes are stored in the database, bigger files by path.
    // Returns the summary shown to the user (added, already in the library — naming the existing
    // material — or unreadable).
    QString addFiles(const QStringList &paths);
    // Adds a copy (文案) material; false with the message shown.
    bool addCopy(const QString &title, const QString &text);
    // Sets the selected material's author; 0 clears it.
    bool setAuthorOfSelected(qint64 memberId);
    bool approveSelected();
    bool revokeSelected();
    // Rewards the selected material's author; false with the message shown (e.g. already rewarded).
    bool rewardSelected(qint64 points);
    bool deleteSelected(bool ask = true);
    // Puts the selected copy's text on the clipboard.
    bool copySelectedText();

    // Makes every missing thumbnail now (the page does it a few at a time in the background).
    void makeAllThumbnails();
    // The operator recorded for approvals and rewards: the one named like the current actor.
    qint64 currentOperatorId() const;

    MaterialModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QString detailText() const;
    QString messageText() const;

    // Grabs the tab (first material selected) and the author picker into
    // <prefix>-materials.png and <prefix>-material-author.png.
    bool saveScreenshots(const QString &dir, const QString &prefix);

    static constexpr qint64 MaxStoredBytes = 20 * 1024 * 1024;
    static constexpr int ThumbnailSize = 160;

private:
    void applyFilter();
    void showDetails();
    void updateButtons();
    void showMessage(const QString &message, bool error);
    void makeSomeThumbnails();
    bool makeThumbnail(int row);
    void pickAuthor();
    void askReward();
    void askFiles();
    void askCopy();
    QPixmap placeholder(MaterialKind kind) const;

    QSqlDatabase m_db;
    MaterialModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_approvalCombo = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QPlainTextEdit *m_copyText = nullptr;
    QPushButton *m_addFilesButton = nullptr;
    QPushButton *m_addCopyButton = nullptr;
    QPushButton *m_authorButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QPushButton *m_rewardButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_thumbnailTimer = nullptr;
    QSet<qint64> m_thumbnailFailed; // undecodable: not retried until reload
    QHash<qint64, QString> m_operatorNames;
};

} // namespace qundesk::ui
