#include "calendar/MaterialPage.h"

#include "models/MaterialModel.h"
#include "storage/AuditRepository.h"
#include "storage/ContentRepository.h"
#include "storage/DimensionRepository.h"
#include "storage/MemberRepository.h"

#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPainter>
#include <QPixmapCache>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

constexpr int ThumbnailsPerTick = 4;
constexpr int MemberSearchLimit = 30;

// Turns the model's cached PNG into the grid's icon (the model lives in qundesk_core without
// QtGui); pixmaps are kept in QPixmapCache by material id and hash, so scrolling decodes once.
class ThumbnailProxy final : public QIdentityProxyModel
{
public:
    ThumbnailProxy(std::function<QPixmap(MaterialKind)> placeholder, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_placeholder(std::move(placeholder))
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        const QByteArray png = QIdentityProxyModel::data(index, MaterialModel::ThumbnailPngRole).toByteArray();
        const auto kind = MaterialKind(QIdentityProxyModel::data(index, MaterialModel::KindRole).toInt());
        if (png.isEmpty() && kind == MaterialKind::Copy)
            return textCard(index);
        if (png.isEmpty())
            return m_placeholder(kind);
        const QString key = QStringLiteral("material-thumb-%1-%2")
                                .arg(QIdentityProxyModel::data(index, MaterialModel::MaterialIdRole).toLongLong())
                                .arg(qHash(png));
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            if (!pixmap.loadFromData(png, "PNG"))
                return m_placeholder(kind);
            QPixmapCache::insert(key, pixmap);
        }
        return pixmap;
    }

private:
    // A copy (文案) shows the start of its text on a card, so copies can be told apart at a glance.
    QPixmap textCard(const QModelIndex &index) const
    {
        const qint64 id = QIdentityProxyModel::data(index, MaterialModel::MaterialIdRole).toLongLong();
        const QString text = QIdentityProxyModel::data(index, MaterialModel::TextRole).toString();
        const QString key = QStringLiteral("material-card-%1-%2").arg(id).arg(qHash(text));
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        const QSize box(MaterialPage::ThumbnailSize, MaterialPage::ThumbnailSize * 3 / 4);
        pixmap = QPixmap(box);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor paper(0xfd, 0xf6, 0xe3);
        p.setBrush(paper);
        p.setPen(paper.darker(125));
        const QRectF card = QRectF(QPointF(0, 0), QSizeF(box)).adjusted(8, 2, -8, -2);
        p.drawRoundedRect(card, 6, 6);
        QFont font = p.font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        p.setFont(font);
        p.setPen(QColor(0x5b, 0x4a, 0x2e));
        p.drawText(card.adjusted(8, 6, -8, -6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text.left(90));
        p.end();
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    std::function<QPixmap(MaterialKind)> m_placeholder;
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

// ----------------------------------------------------------------------------- member picker

MemberPickDialog::MemberPickDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Author of the material"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search members by name, nickname or phone"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    auto *hint = new QLabel(tr("Type at least one character; the first %1 matches are shown.").arg(MemberSearchLimit), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(460, 460);
    search({});
}

void MemberPickDialog::search(const QString &text)
{
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    m_list->clear();
    auto *none = new QListWidgetItem(tr("(no author)"), m_list);
    none->setData(Qt::UserRole, qint64(0));
    if (text.trimmed().isEmpty())
        return;
    MemberFilter filter;
    filter.search = text.trimmed();
    QList<MemberRow> rows;
    if (auto err = MemberRepository(m_db).page(
            filter, MemberSort::DisplayName, Qt::AscendingOrder, std::nullopt, MemberSearchLimit, &rows)) {
        m_list->addItem(err.message);
        return;
    }
    for (const MemberRow &m : std::as_const(rows)) {
        QString line = m.displayName;
        if (!m.groupNickname.isEmpty())
            line += QStringLiteral(" (%1)").arg(m.groupNickname);
        line += QStringLiteral(" · #%1").arg(m.id);
        auto *row = new QListWidgetItem(line, m_list);
        row->setData(Qt::UserRole, m.id);
    }
    if (!rows.isEmpty())
        m_list->setCurrentRow(1);
}

qint64 MemberPickDialog::memberId() const
{
    const QListWidgetItem *row = m_list->currentItem();
    return row ? row->data(Qt::UserRole).toLongLong() : 0;
}

// ------------------------------------------------------------------------------------- page

MaterialPage::MaterialPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MaterialModel(this))
{
    setWindowTitle(tr("Material library"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search title, copy text or author"));
    m_search->setClearButtonEnabled(true);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (MaterialKind k : allMaterialKinds())
        m_kindCombo->addItem(materialKindLabel(k), materialKindCode(k));
    m_approvalCombo = new QComboBox(this);
    m_approvalCombo->addItem(tr("Approved or not"), -1);
    m_approvalCombo->addItem(tr("Approved"), 1);
    m_approvalCombo->addItem(tr("Awaiting approval"), 0);
    m_addFilesButton = new QPushButton(tr("Add files…"), this);
    m_addCopyButton = new QPushButton(tr("Add copy…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_kindCombo);
    top->addWidget(m_approvalCombo);
    top->addSpacing(12);
    top->addWidget(m_addFilesButton);
    top->addWidget(m_addCopyButton);

    auto *proxy = new ThumbnailProxy([this](MaterialKind kind) { return placeholder(kind); }, this);
    proxy->setSourceModel(m_model);
    m_view = new QListView(this);
    m_view->setModel(proxy);
    m_view->setViewMode(QListView::IconMode);
    m_view->setIconSize(QSize(ThumbnailSize, ThumbnailSize * 3 / 4));
    m_view->setGridSize(QSize(ThumbnailSize + 24, ThumbnailSize * 3 / 4 + 44));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *side = new QWidget(this);
    m_details = new QLabel(side);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_copyText = new QPlainTextEdit(side);
    m_copyText->setReadOnly(true);
    m_authorButton = new QPushButton(tr("Set author…"), side);
    m_approveButton = new QPushButton(tr("Approve"), side);
    m_revokeButton = new QPushButton(tr("Revoke approval"), side);
    m_rewardButton = new QPushButton(tr("Reward the author…"), side);
    m_copyButton = new QPushButton(tr("Copy text"), side);
    m_deleteButton = new QPushButton(tr("Delete"), side);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_authorButton);
    row1->addWidget(m_rewardButton);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_approveButton);
    row2->addWidget(m_revokeButton);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_copyButton);
    row3->addStretch();
    row3->addWidget(m_deleteButton);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(m_copyText, 1);
    sideLayout->addLayout(row1);
    sideLayout->addLayout(row2);
    sideLayout->addLayout(row3);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    m_statusLabel = new QLabel(this);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_statusLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &MaterialPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &MaterialPage::applyFilter);
    connect(m_approvalCombo, &QComboBox::currentIndexChanged, this, &MaterialPage::applyFilter);
    // Thumbnails are made a few per tick so a fresh library fills in without freezing the page.
    m_thumbnailTimer = new QTimer(this);
    m_thumbnailTimer->setInterval(0);
    connect(m_thumbnailTimer, &QTimer::timeout, this, &MaterialPage::makeSomeThumbnails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_addFilesButton, &QPushButton::clicked, this, &MaterialPage::askFiles);
    connect(m_addCopyButton, &QPushButton::clicked, this, &MaterialPage::askCopy);
    connect(m_authorButton, &QPushButton::clicked, this, &MaterialPage::pickAuthor);
    connect(m_approveButton, &QPushButton::clicked, this, &MaterialPage::approveSelected);
    connect(m_revokeButton, &QPushButton::clicked, this, &MaterialPage::revokeSelected);
    connect(m_rewardButton, &QPushButton::clicked, this, &MaterialPage::askReward);
    connect(m_copyButton, &QPushButton::clicked, this, &MaterialPage::copySelectedText);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    updateButtons();
}

void MaterialPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_model->setDatabase(db);
    reload();
}

void MaterialPage::reload()
{
    m_operatorNames.clear();
    QList<Operator> operators;
    if (m_db.isOpen() && !DimensionRepository(m_db).listOperators(&operators)) {
        for (const Operator &o : std::as_const(operators))
            m_operatorNames.insert(o.id, o.name);
    }
    m_thumbnailFailed.clear();
    applyFilter();
}

void MaterialPage::applyFilter()
{
    const qint64 selected = currentMaterialId();
    MaterialFilter f;
    f.text = m_search->text();
    f.kind = materialKindFromCode(m_kindCombo->currentData().toString());
    const int approved = m_approvalCombo->currentData().toInt();
    if (approved >= 0)
        f.approved = approved == 1;
    f.limit = 1000;
    m_model->setFilter(f);
    if (auto err = m_model->reload()) {
        showMessage(err.message, true);
        return;
    }
    m_statusLabel->setText(tr("%n material(s)", nullptr, m_model->rowCount()));
    if (selected > 0)
        selectMaterial(selected);
    if (currentMaterialId() == 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
    showDetails();
    updateButtons();
    if (!m_model->rowsNeedingThumbnails().isEmpty())
        m_thumbnailTimer->start();
}

void MaterialPage::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    applyFilter();
}

void MaterialPage::selectMaterial(qint64 id)
{
    const int row = m_model->rowOfMaterial(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_view->model()->index(row, 0));
}

qint64 MaterialPage::currentMaterialId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->materialAt(current.row()).id : 0;
}

qint64 MaterialPage::currentOperatorId() const
{
    const QString actor = AuditRepository::currentActor();
    for (auto it = m_operatorNames.cbegin(); it != m_operatorNames.cend(); ++it) {
        if (it.value() == actor)
            return it.key();
    }
    return 0;
}

QString MaterialPage::detailText() const
{
    return m_details->text();
}

QString MaterialPage::messageText() const
{
    return m_messageLabel->text();
}

void MaterialPage::showMessage(const QString &message, bool error)
{
    m_messageLabel->setText(message);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
    m_messageLabel->setVisible(!message.isEmpty());
}

void MaterialPage::showDetails()
{
    const qint64 id = currentMaterialId();
    Material m;
    if (id <= 0 || ContentRepository(m_db).material(id, &m)) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No materials match.") : QString());
        m_copyText->clear();
        m_copyText->hide();
        return;
    }
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(m.title.toHtmlEscaped()));
    QString kind = materialKindLabel(m.kind);
    if (m.sizeBytes > 0)
        kind += QStringLiteral(" · ") + sizeText(m.sizeBytes);
    if (!m.mimeType.isEmpty())
        kind += QStringLiteral(" · ") + m.mimeType;
    lines.append(kind.toHtmlEscaped());
    if (!m.filePath.isEmpty())
        lines.append(tr("File: %1").arg(m.filePath).toHtmlEscaped());
    lines.append(tr("Added %1 · SHA-256 %2…").arg(m.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.sha256.left(12)));
    lines.append(m.authorMemberId > 0 ? tr("Author: %1 (#%2)").arg(m.authorName.toHtmlEscaped()).arg(m.authorMemberId)
                                      : tr("Author: not set"));
    if (m.approved) {
        const QString by = m_operatorNames.value(m.approvedBy);
        lines.append(by.isEmpty()
                ? tr("Approved on %1").arg(m.approvedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : tr("Approved by %1 on %2").arg(by.toHtmlEscaped(), m.approvedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else {
        lines.append(tr("Awaiting approval"));
    }
    if (m.rewardPoints > 0)
        lines.append(tr("Author rewarded with %1 points on %2")
                         .arg(m.rewardPoints)
                         .arg(m.rewardedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    QStringList usage;
    if (!ContentRepository(m_db).materialUsage(id, &usage) && !usage.isEmpty())
        lines.append(tr("Used by: %1").arg(usage.join(QStringLiteral("、"))).toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
    const bool isCopy = m.kind == MaterialKind::Copy;
    m_copyText->setVisible(isCopy);
    m_copyText->setPlainText(isCopy ? m.body : QString());
}

void MaterialPage::updateButtons()
{
    const bool open = m_db.isOpen();
    m_addFilesButton->setEnabled(open);
    m_addCopyButton->setEnabled(open);
    const qint64 id = currentMaterialId();
    const int row = m_model->rowOfMaterial(id);
    const bool selected = row >= 0;
    const Material *m = selected ? &m_model->materialAt(row) : nullptr;
    m_authorButton->setEnabled(selected);
    m_approveButton->setEnabled(m && !m->approved);
    m_revokeButton->setEnabled(m && m->approved);
    m_rewardButton->setEnabled(m && m->authorMemberId > 0 && m->rewardPoints == 0);
    m_rewardButton->setToolTip(!m                   ? QString()
            : m->authorMemberId <= 0               ? tr("Set the member who created it first.")
            : m->rewardPoints > 0                  ? tr("The author was already rewarded for this material.")
                                                   : QString());
    m_copyButton->setEnabled(m && m->kind == MaterialKind::Copy && !m->body.isEmpty());
    m_deleteButton->setEnabled(selected);
}

QString MaterialPage::addFiles(const QStringList &paths)
{
    ContentRepository repo(m_db);
    QMimeDatabase mimes;
    int added = 0;
    QStringList problems;
    qint64 lastId = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString mime = mimes.mimeTypeForFile(info).name();
        Material m;
        m.title = info.completeBaseName();
        m.kind = mime.startsWith(QLatin1StringView("image/"))   ? MaterialKind::Image
            : mime.startsWith(QLatin1StringView("video/"))      ? MaterialKind::Video
            : mime.startsWith(QLatin1StringView("text/plain"))  ? MaterialKind::Copy
                                                                : MaterialKind::File;
        m.mimeType = mime;
        DatabaseError err;
        qint64 id = 0;
        if (m.kind == MaterialKind::Copy) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append(tr("%1: %2").arg(info.fileName(), file.errorString()));
                continue;
            }
            m.body = QString::fromUtf8(file.readAll());
            m.mimeType = QStringLiteral("text/plain");
            err = repo.addMaterial(m, &id);
        } else if (info.size() <= MaxStoredBytes && m.kind == MaterialKind::Image) {
            // Pictures live in the database, so the library survives moving or deleting the file.
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append(tr("%1: %2").arg(info.fileName(), file.errorString()));
                continue;
            }
            m.data = file.readAll();
            err = repo.addMaterial(m, &id);
        } else {
            err = repo.addMaterialFromFile(path, m, &id);
        }
        if (err) {
            problems.append(tr("%1: %2").arg(info.fileName(), err.message));
            continue;
        }
        ++added;
        lastId = id;
    }
    QString summary = tr("%n material(s) added.", nullptr, added);
    if (!problems.isEmpty())
        summary += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    applyFilter();
    if (lastId > 0)
        selectMaterial(lastId);
    showMessage(summary, !problems.isEmpty());
    return summary;
}

bool MaterialPage::addCopy(const QString &title, const QString &text)
{
    Material m;
    m.title = title.trimmed();
    m.kind = MaterialKind::Copy;
    m.body = text;
    qint64 id = 0;
    if (m.body.trimmed().isEmpty()) {
        showMessage(tr("The copy has no text."), true);
        return false;
    }
    if (auto err = ContentRepository(m_db).addMaterial(m, &id)) {
        showMessage(err.message, true);
        return false;
    }
    applyFilter();
    selectMaterial(id);
    showMessage(tr("Copy “%1” added.").arg(m.title), false);
    return true;
}

bool MaterialPage::setAuthorOfSelected(qint64 memberId)
{
    const int row = m_model->rowOfMaterial(currentMaterialId());
    if (row < 0)
        return false;
    const Material m = m_model->materialAt(row);
    if (auto err = ContentRepository(m_db).updateMaterial(m.id, m.title, memberId)) {
        showMessage(err.message, true);
        return false;
    }
    applyFilter();
    showMessage({}, false);
    return true;
}

bool MaterialPage::approveSelected()
{
    const qint64 id = currentMaterialId();
    if (id <= 0)
        return false;
    if (auto err = ContentRepository(m_db).approveMaterial(id, currentOperatorId(), QDateTime::currentDateTime())) {
        showMessage(err.message, true);
        return false;
    }
    applyFilter();
    showMessage({}, false);
    return true;
}

bool MaterialPage::revokeSelected()
{
    const qint64 id = currentMaterialId();
    if (id <= 0)
        return false;
    if (auto err = ContentRepository(m_db).revokeMaterialApproval(id)) {
        showMessage(err.message, true);
        return false;
    }
    applyFilter();
    showMessage({}, false);
    return true;
}

bool MaterialPage::rewardSelected(qint64 points)
{
    const int row = m_model->rowOfMaterial(currentMaterialId());
    if (row < 0)
        return false;
    const Material m = m_model->materialAt(row);
    if (auto err = ContentRepository(m_db).rewardMaterialAuthor(m.id, points, currentOperatorId())) {
        showMessage(err.message, true);
        return false;
    }
    applyFilter();
    showMessage(tr("%1 received %2 points for “%3”.").arg(m.authorName).arg(points).arg(m.title), false);
    return true;
}

bool MaterialPage::deleteSelected(bool ask)
{
    const int row = m_model->rowOfMaterial(currentMaterialId());
    if (row < 0)
        return false;
    const Material m = m_model->materialAt(row);
    if (ask
        && QMessageBox::question(this, tr("Delete material"),
               tr("Delete “%1” from the material library? Content items that attach it lose the attachment.").arg(m.title))
            != QMessageBox::Yes)
        return false;
    if (auto err = ContentRepository(m_db).removeMaterial(m.id)) {
        showMessage(err.message, true);
        return false;
    }
    applyFilter();
    return true;
}

bool MaterialPage::copySelectedText()
{
    const int row = m_model->rowOfMaterial(currentMaterialId());
    if (row < 0 || m_model->materialAt(row).kind != MaterialKind::Copy || m_model->materialAt(row).body.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(m_model->materialAt(row).body);
    showMessage(tr("Copied “%1” to the clipboard.").arg(m_model->materialAt(row).title), false);
    return true;
}

void MaterialPage::makeSomeThumbnails()
{
    int made = 0;
    const QList<int> rows = m_model->rowsNeedingThumbnails();
    for (int row : rows) {
        if (m_thumbnailFailed.contains(m_model->materialAt(row).id))
            continue;
        makeThumbnail(row);
        if (++made >= ThumbnailsPerTick)
            return;
    }
    m_thumbnailTimer->stop();
}

void MaterialPage::makeAllThumbnails()
{
    m_thumbnailTimer->stop();
    const QList<int> rows = m_model->rowsNeedingThumbnails();
    for (int row : rows) {
        if (!m_thumbnailFailed.contains(m_model->materialAt(row).id))
            makeThumbnail(row);
    }
}

bool MaterialPage::makeThumbnail(int row)
{
    const qint64 id = m_model->materialAt(row).id;
    Material m;
    if (ContentRepository(m_db).material(id, &m)) {
        m_thumbnailFailed.insert(id);
        return false;
    }
    // QImageReader with a scaled size lets JPEG decode at a fraction of the full resolution.
    // An SVG picture may be stored as its text (the demo's posters are).
    if (m.data.isEmpty() && m.filePath.isEmpty() && m.mimeType.contains(QLatin1StringView("svg")))
        m.data = m.body.toUtf8();
    QBuffer buffer(&m.data);
    QFile file(m.filePath);
    QImageReader reader;
    if (!m.data.isEmpty()) {
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
    } else if (!m.filePath.isEmpty() && file.open(QIODevice::ReadOnly)) {
        reader.setDevice(&file);
    } else {
        m_thumbnailFailed.insert(id);
        return false;
    }
    reader.setAutoTransform(true);
    const QSize box(ThumbnailSize, ThumbnailSize * 3 / 4);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > box.width() || full.height() > box.height()))
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        m_thumbnailFailed.insert(id);
        return false;
    }
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "PNG");
    if (auto err = ContentRepository(m_db).storeMaterialThumbnail(id, png)) {
        m_thumbnailFailed.insert(id);
        return false;
    }
    m_model->setThumbnail(row, png);
    return true;
}

QPixmap MaterialPage::placeholder(MaterialKind kind) const
{
    const QString key = QStringLiteral("material-placeholder-%1").arg(int(kind));
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    const QSize box(ThumbnailSize, ThumbnailSize * 3 / 4);
    pixmap = QPixmap(box);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = kind == MaterialKind::Copy ? QColor(0xe8, 0xf0, 0xfe)
        : kind == MaterialKind::Video              ? QColor(0xfc, 0xe8, 0xe6)
                                                   : QColor(0xee, 0xee, 0xee);
    p.setBrush(colour);
    p.setPen(colour.darker(130));
    p.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(box)).adjusted(8, 4, -8, -4), 8, 8);
    QFont font = p.font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    p.setFont(font);
    p.setPen(colour.darker(250));
    p.drawText(QRect(QPoint(0, 0), box), Qt::AlignCenter, materialKindLabel(kind));
    p.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

void MaterialPage::pickAuthor()
{
    MemberPickDialog dialog(m_db, this);
    const int row = m_model->rowOfMaterial(currentMaterialId());
    if (row >= 0 && !m_model->materialAt(row).authorName.isEmpty())
        dialog.search(m_model->materialAt(row).authorName);
    if (dialog.exec() == QDialog::Accepted)
        setAuthorOfSelected(dialog.memberId());
}

void MaterialPage::askReward()
{
    const int row = m_model->rowOfMaterial(currentMaterialId());
    if (row < 0)
        return;
    const Material &m = m_model->materialAt(row);
    bool ok = false;
    const int points = QInputDialog::getInt(this, tr("Reward the author"),
        tr("Points for %1, who created “%2”:").arg(m.authorName, m.title), 50, 1, 100000, 10, &ok);
    if (ok)
        rewardSelected(points);
}

void MaterialPage::askFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add materials"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void MaterialPage::askCopy()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add copy"));
    auto *title = new QLineEdit(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Title"), title);
    form->addRow(tr("Text"), text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, 360);
    if (dialog.exec() == QDialog::Accepted)
        addCopy(title->text(), text->toPlainText());
}

bool MaterialPage::saveScreenshots(const QString &dir, const QString &prefix)
{
    QDir().mkpath(dir);
    const auto path = [&](const QString &name) { return QDir(dir).filePath(prefix + QLatin1Char('-') + name); };
    makeAllThumbnails();
    // Show an image in the details if there is one, so the shot has a thumbnail selected.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (MaterialModel::isPicture(m_model->materialAt(row)) && m_model->materialAt(row).authorMemberId > 0) {
            selectMaterial(m_model->materialAt(row).id);
            break;
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    bool ok = grab().save(path(QStringLiteral("materials.png")));
    MemberPickDialog picker(m_db, this);
    const int row = m_model->rowOfMaterial(currentMaterialId());
    const QString name = row >= 0 ? m_model->materialAt(row).authorName : QString();
    picker.search(name.isEmpty() ? QStringLiteral("王") : name.left(1));
    picker.show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    ok = picker.grab().save(path(QStringLiteral("material-author.png"))) && ok;
    picker.hide();
    return ok;
}

} // namespace qundesk::ui
