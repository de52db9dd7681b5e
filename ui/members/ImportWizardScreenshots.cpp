// ImportWizard::saveScreenshots: every step of the wizard on a generated sample file, imported
// into a temporary database so that `qundesk --screenshots` never writes to the user's data.
#include "members/ImportWizard.h"

#include "members/ImportWizardFilePage.h"
#include "members/ImportWizardRunPage.h"
#include "members/ImportWizardRunner.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QTemporaryDir>

#include <functional>

namespace qundesk::ui {

namespace {

constexpr int SampleRows = 30000; // enough for the progress bar to be caught half way

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// A member list as an operator exports it: Chinese headers, one column the wizard does not know
// (推荐人), and a few rows a careless edit broke (a short phone, a date that is not one, a
// missing WeChat ID, a WeChat ID twice).
bool writeSample(const QString &path)
{
    static const char *const Surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    static const char *const Given[] = {"丽", "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟"};
    static const char *const Cities[] = {"杭州", "上海", "成都", "广州", "武汉", "南京"};
    static const char *const Identities[] = {"实体店主", "微商", "C端", "门店"};
    static const char *const Channels[] = {"活码-门店海报", "活码-直播间", "老客推荐", "公众号"};
    static const char *const Tiers[] = {"一级代理", "二级代理", "三级代理", "会员"};
    static const char *const Tags[] = {"宠粉", "复购", "高意向", "素材达人", ""};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray out = "姓名,群昵称,微信号,手机号,身份,渠道,地区,层级,入群时间,标签,积分,推荐人\r\n";
    for (int i = 0; i < SampleRows; ++i) {
        const QByteArray name = QByteArray(Surnames[i % 10]) + Given[(i / 10) % 12] + (i % 7 == 0 ? Given[i % 12] : "");
        const QByteArray city = Cities[i % 6];
        QByteArray phone = "13" + QByteArray::number(800000000 + (i * 7919) % 100000000).rightJustified(9, '0');
        QByteArray wxid = "wx_" + QByteArray::number(100000 + i);
        QByteArray joined = "2026-" + QByteArray::number(1 + i % 11) + '-' + QByteArray::number(1 + i % 27);
        if (i == 3)
            phone = "1381234";
        if (i == 8)
            joined = "下周二";
        if (i == 14)
            wxid.clear();
        if (i == 21)
            wxid = "wx_100002";
        out += name + ',' + city + '-' + name + ',' + wxid + ',' + phone + ',' + Identities[i % 4] + ','
            + Channels[i % 4] + ',' + city + ',' + Tiers[i % 4] + ',' + joined + ",\"" + Tags[i % 5]
            + (i % 3 == 0 ? ",新人" : "") + "\"," + QByteArray::number((i * 37) % 2000) + ','
            + (i % 4 == 0 ? "李店长" : "") + "\r\n";
    }
    return file.write(out) == out.size() && file.flush();
}

} // namespace

bool ImportWizard::saveScreenshots(const QString &dir, const QString &prefix, QWidget *parent)
{
    QDir().mkpath(dir);
    const auto path = [&](const char *what) { return QDir(dir).filePath(prefix + u'-' + QLatin1String(what) + u".png"); };
    QTemporaryDir temp;
    if (!temp.isValid())
        return false;
    Database db;
    if (db.open(temp.filePath(QStringLiteral("sample.db"))))
        return false;
    const QString csv = temp.filePath(QStringLiteral("成员名单.csv"));
    const QString binary = temp.filePath(QStringLiteral("照片.csv"));
    if (!writeSample(csv))
        return false;
    if (QFile f(binary); !f.open(QIODevice::WriteOnly) || f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) != 16)
        return false;

    bool ok = true;
    ImportWizard wizard(db.connection(), parent);
    wizard.show();
    const auto grab = [&](const char *what) {
        QCoreApplication::processEvents();
        ok = wizard.grab().save(path(what)) && ok;
    };

    // A file that cannot be imported, then the sample.
    wizard.setFile(binary);
    ok = waitFor([&] { return !wizard.filePage()->isLoading(); }) && ok;
    grab("file-refused");
    wizard.setFile(csv);
    ok = waitFor([&] { return !wizard.filePage()->isLoading() && wizard.filePage()->isComplete(); }) && ok;
    grab("file");
    wizard.next();
    grab("mapping");
    wizard.next();
    grab("preview");

    // The run page half way (when the worker reports before it is done), then its summary.
    bool progressShot = false;
    QObject::connect(wizard.runPage()->runner(), &ImportWizardRunner::progress, &wizard, [&] {
                         const int value = wizard.runPage()->progressBar()->value();
                         if (progressShot || value <= 0 || value >= wizard.runPage()->progressBar()->maximum() / 2)
                             return;
                         progressShot = true;
                         grab("progress");
                     });
    wizard.next();
    ok = waitFor([&] { return !wizard.runPage()->isRunning(); }) && ok;
    ok = wizard.runPage()->outcome() == ImportWizardRunPage::Committed && ok;
    grab("summary");
    return ok;
}

} // namespace qundesk::ui
