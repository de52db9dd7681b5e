#pragma once

// Internal to the demo generator: the plan it builds in memory before and while writing.

#include "io/DemoGenerator.h"
#include "io/DemoSupport.h"
#include "io/DemoWords.h"
#include "storage/DemoWriter.h"

#include <QList>

#include <limits>
#include <vector>

namespace qundesk::demo {

constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
constexpr qint64 Open = std::numeric_limits<qint64>::max();

enum class Identity : quint8 { Store, Online, Consumer, Unknown };
enum class Verification : quint8 { Unverified, Pending, Verified, Rejected };
enum class Purpose : quint8 { Master, Sub, Guide, Perks, AfterSales, Material, Training };
enum class Segment : quint8 { Store, Online, Consumer, Mixed };
enum class Stage : quint8 { Strong, Daily, Weak, Zombie, Archived, Dissolved };
enum class Role : quint8 { Member, Owner, ViceOwner, Admin };
enum class Leave : quint8 { None, Left, Kicked, Migrated, Dissolved };

const char *code(Identity v);
const char *code(Verification v);
const char *code(Purpose v);
const char *code(Segment v);
const char *code(Role v);
const char *code(Leave v);

struct OperatorPlan
{
    qint64 id = 0;
    QByteArray role;
    int team = 0; // team id, 0 none
    bool active = true;
};

struct MemberPlan
{
    qint64 firstJoin = NoTime;
    qint64 created = 0;
    qint64 blacklistedAt = NoTime;
    qint64 kocSince = NoTime;
    float activity = 1.0f;
    quint16 channel = 0; // ids
    quint16 region = 0;
    quint8 tier = 0; // 1..4, 0 none
    Identity identity = Identity::Unknown;
    Verification verification = Verification::Unverified;
    bool female = true;
    bool koc = false;
    bool blacklisted = false;
};

struct GroupPlan
{
    Purpose purpose = Purpose::Sub;
    Stage stage = Stage::Daily;
    Segment segment = Segment::Mixed;
    int tier = 0;
    int team = 0;
    int channel = 0;
    int region = 0;
    int number = 0;
    int pool = 0;
    qint64 id = 0;
    qint64 parentId = 0;
    qint64 operatorId = 0;
    qint64 ownerMemberId = 0;
    int createdDay = 0;
    int filledDay = 0;
    int statusDay = 0; // archived / dissolved on this day
    int silentFromDay = 1; // zombie: no messages from this day on
    int open = 0; // open memberships
    int total = 0; // all memberships
    QByteArray name;

    bool live() const { return stage != Stage::Dissolved && stage != Stage::Archived; }
    // The last moment members can join: the status change for archived/dissolved groups.
    qint64 endTime(qint64 now) const;
    // The last moment new members join: zombies stopped taking members when they fell silent.
    qint64 joinEnd(qint64 now) const;
};

struct MembershipPlan
{
    qint64 joined = 0;
    qint64 left = Open;
    int member = 0; // index
    int group = 0; // index
    Role role = Role::Member;
    Leave leave = Leave::None;
};

struct DemoState
{
    DemoState(const DemoOptions &opts, const QDate &today, DemoWriter &w, const DemoGenerator::Progress &p);

    // Reports progress within the current band [bandFrom, bandTo]; false when the user cancelled.
    bool report(double fraction);
    void enterBand(int from, int to, const QString &stage);
    DatabaseError cancelledError() const;

    DemoOptions options;
    Clock clock;
    DemoWords words;
    DemoWriter &writer;
    const DemoGenerator::Progress &progress;
    int bandFrom = 0;
    int bandTo = 0;
    int lastPercent = -1;
    QString stage;
    bool cancelled = false;

    // dimensions
    std::vector<OperatorPlan> operators;
    WeightedPicker channelPicker; // index + 1 = channel id
    WeightedPicker regionPicker; // index + 1 = region id
    int tagCount = 0;

    std::vector<MemberPlan> members;
    std::vector<GroupPlan> groups; // index + 1 = group id after planning
    std::vector<MembershipPlan> memberships; // sorted by join time before writing; index + 1 = id

    // content (ids)
    std::vector<qint64> shareableItems; // ready items members pass on
    std::vector<std::vector<qint64>> itemsByColumn; // ready items; index = column id - 1
    QStringList columnNames; // index = column id - 1
    qint64 morningItem = 0;
    qint64 eveningItem = 0;
    qint64 weekendItem = 0;
    int columnId(const QString &name) const { return int(columnNames.indexOf(name)) + 1; }

    qint64 specialistOf(int team, Rng &rng) const;
    qint64 operatorWithRole(const char *role, Rng &rng) const;
};

// Phases, in the order they run. A cancel from the progress callback comes back as
// cancelledError() and leaves DemoState::cancelled set.
DatabaseError writeDimensions(DemoState &s);
DatabaseError planPeople(DemoState &s);
DatabaseError writeMembers(DemoState &s);
DatabaseError writeTagsAndPoints(DemoState &s);
DatabaseError writeGroupsAndMemberships(DemoState &s);
DatabaseError writeContent(DemoState &s);
DatabaseError writeEvents(DemoState &s);
DatabaseError writeCalendar(DemoState &s);
DatabaseError writeOnboarding(DemoState &s);
DatabaseError writeFunnels(DemoState &s);

} // namespace qundesk::demo
