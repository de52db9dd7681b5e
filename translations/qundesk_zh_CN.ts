<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityRollups</name>
    <message>
        <source>open members</source>
        <translation>在群人数</translation>
    </message>
    <message>
        <source>messages/active members/joins/leaves/GMV</source>
        <translation>消息/活跃人数/入群/退群/GMV</translation>
    </message>
    <message>
        <source>last activity</source>
        <translation>最近活跃时间</translation>
    </message>
    <message>
        <source>rebuild the activity rollups</source>
        <translation>重建活跃度汇总</translation>
    </message>
    <message>
        <source>check the activity rollups</source>
        <translation>核对活跃度汇总</translation>
    </message>
    <message>
        <source>%1: %2 is %3 in the rollup but %4 in the raw rows</source>
        <translation>%1：%2 在汇总中为 %3，在原始记录中为 %4</translation>
    </message>
    <message>
        <source>find the latest activity</source>
        <translation>查找最近的活动</translation>
    </message>
    <message>
        <source>member's last activity</source>
        <translation>成员最近活跃时间</translation>
    </message>
    <message>
        <source>messages/replies/content/referrals/participation/purchases/GMV</source>
        <translation>发言/回复/内容/推荐/参与/购买/GMV</translation>
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <source>cannot bind parameter %1: %2</source>
        <translation>无法绑定第 %1 个参数：%2</translation>
    </message>
    <message>
        <source>%1 (row %2): %3 [%4]</source>
        <translation>%1（第 %2 行）：%3 [%4]</translation>
    </message>
</context>
<context>
    <name>CalendarConflictRepository</name>
    <message>
        <source>read the time slots</source>
        <translation>读取时段</translation>
    </message>
    <message>
        <source>read the groups of the calendar</source>
        <translation>读取日历中的社群</translation>
    </message>
    <message>
        <source>read the calendar from %1 to %2</source>
        <translation>读取 %1 至 %2 的日历</translation>
    </message>
    <message numerus="yes">
        <source>read the calendar of %n group(s)</source>
        <translation>
            <numerusform>读取 %n 个社群的日历</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarConflicts</name>
    <message>
        <source>Too many posts in a day</source>
        <translation>单日发帖过多</translation>
    </message>
    <message>
        <source>Slot overfull</source>
        <translation>时段超额</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>Archived or dissolved group</source>
        <translation>已归档或已解散的群</translation>
    </message>
    <message>
        <source>SOP step clashes with a campaign</source>
        <translation>SOP 步骤与活动撞期</translation>
    </message>
    <message>
        <source>The daily maximum of posts per group must be between 1 and 1000, not %1.</source>
        <translation>每群每日发帖上限须在 1 到 1000 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>The quiet hours need a valid start and end time.</source>
        <translation>免打扰时段需要有效的开始和结束时间。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” gets %n posts on %2, more than the daily maximum of %3.</source>
        <translation>
            <numerusform>“%1”在 %2 有 %n 条内容，超过每日上限 %3 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %1 “%2” has %n SOP step(s) (first %3 at %4) on the same day as the campaign post %5 at %6.</source>
        <translation>
            <numerusform>%1“%2”有 %n 个 SOP 步骤（首个为 %4 的%3），与 %6 的活动内容%5在同一天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” gets %n posts at %2 %3; the slot allows %4.</source>
        <translation>
            <numerusform>“%1”在 %2 %3 有 %n 条内容，该时段最多 %4 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for “%2” on %3 at %4 falls in the quiet hours %5.</source>
        <translation>“%2”的%1（%3 %4）落在免打扰时段 %5 内。</translation>
    </message>
    <message>
        <source>“%1” is archived: %2 on %3 at %4 will reach no one.</source>
        <translation>“%1”已归档：%3 %4 的%2不会有人看到。</translation>
    </message>
    <message>
        <source>“%1” is dissolved: %2 on %3 at %4 will reach no one.</source>
        <translation>“%1”已解散：%3 %4 的%2不会有人看到。</translation>
    </message>
</context>
<context>
    <name>CalendarExportData</name>
    <message>
        <source>The export needs a start and an end date.</source>
        <translation>导出需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>结束日期 %1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>An export covers at most %1 days; %2 to %3 is %4 days.</source>
        <translation>一次导出最多 %1 天；%2 至 %3 共 %4 天。</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>社群：%1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>运营：%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>content-calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <source>No calendar entries from %1 to %2 match; nothing was written.</source>
        <translation>%1 至 %2 没有符合条件的日历条目，未写入文件。</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsRepository</name>
    <message>
        <source>The day needs at least one time slot.</source>
        <translation>每天至少需要一个时段。</translation>
    </message>
    <message>
        <source>Time slot %1 needs a valid time of day.</source>
        <translation>第 %1 个时段需要有效的时间。</translation>
    </message>
    <message>
        <source>There are two time slots at %1.</source>
        <translation>%1 有两个时段。</translation>
    </message>
    <message>
        <source>The time slot at %1 must allow 1 to %2 posts, not %3.</source>
        <translation>%1 时段的发帖数须在 1 到 %2 之间，不能是 %3。</translation>
    </message>
    <message>
        <source>The label of the time slot at %1 is longer than %2 characters.</source>
        <translation>%1 时段的名称超过 %2 个字。</translation>
    </message>
    <message>
        <source>replace the time slots</source>
        <translation>替换时段</translation>
    </message>
    <message>
        <source>save the time slot at %1</source>
        <translation>保存 %1 时段</translation>
    </message>
</context>
<context>
    <name>ChannelKind</name>
    <message>
        <source>QR live code</source>
        <translation>活码</translation>
    </message>
    <message>
        <source>Ad placement</source>
        <translation>广告位</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Offline event</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Knowledge</source>
        <translation>干货</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Topics and games</source>
        <translation>互动话题与游戏</translation>
    </message>
    <message>
        <source>Perks and flash sales</source>
        <translation>福利与秒杀</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新品</translation>
    </message>
    <message>
        <source>Guest share</source>
        <translation>嘉宾分享</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Perk</source>
        <translation>福利</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Exact match</source>
        <translation>完全匹配</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>开头匹配</translation>
    </message>
</context>
<context>
    <name>ContentRepository</name>
    <message>
        <source>look up %1 #%2</source>
        <translation>查找 %1 #%2</translation>
    </message>
    <message>
        <source>list content columns</source>
        <translation>列出栏目</translation>
    </message>
    <message>
        <source>read content column</source>
        <translation>读取栏目</translation>
    </message>
    <message>
        <source>Content column #%1 does not exist.</source>
        <translation>栏目 #%1 不存在。</translation>
    </message>
    <message>
        <source>A content column needs a name.</source>
        <translation>栏目需要名称。</translation>
    </message>
    <message>
        <source>check content column name</source>
        <translation>检查栏目名称</translation>
    </message>
    <message>
        <source>A content column named “%1” already exists.</source>
        <translation>已有名为“%1”的栏目。</translation>
    </message>
    <message>
        <source>add content column</source>
        <translation>添加栏目</translation>
    </message>
    <message>
        <source>update content column</source>
        <translation>更新栏目</translation>
    </message>
    <message>
        <source>delete content column</source>
        <translation>删除栏目</translation>
    </message>
    <message>
        <source>read content item</source>
        <translation>读取内容</translation>
    </message>
    <message>
        <source>Content item #%1 does not exist.</source>
        <translation>内容 #%1 不存在。</translation>
    </message>
    <message>
        <source>list content items</source>
        <translation>列出内容</translation>
    </message>
    <message>
        <source>A content item needs a title.</source>
        <translation>内容需要标题。</translation>
    </message>
    <message>
        <source>add content item</source>
        <translation>添加内容</translation>
    </message>
    <message>
        <source>update content item</source>
        <translation>更新内容</translation>
    </message>
    <message>
        <source>count calendar entries of a content item</source>
        <translation>统计内容的排期条数</translation>
    </message>
    <message>
        <source>“%1” is on %2 calendar entries that have no title of their own; remove those entries or give them a title before deleting it.</source>
        <translation>“%1”被 %2 条没有自带标题的排期引用；请先删除这些排期或为其填写标题，再删除该内容。</translation>
    </message>
    <message>
        <source>delete content item</source>
        <translation>删除内容</translation>
    </message>
    <message>
        <source>look up material by hash</source>
        <translation>按哈希查找素材</translation>
    </message>
    <message>
        <source>This material is already in the library as “%1” (#%2, added %3).</source>
        <translation>该素材已在素材库中：“%1”（#%2，添加于 %3）。</translation>
    </message>
    <message>
        <source>A material needs a title.</source>
        <translation>素材需要标题。</translation>
    </message>
    <message>
        <source>add material “%1”</source>
        <translation>添加素材“%1”</translation>
    </message>
    <message>
        <source>The material “%1” has no content.</source>
        <translation>素材“%1”没有内容。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>read material</source>
        <translation>读取素材</translation>
    </message>
    <message>
        <source>Material #%1 does not exist.</source>
        <translation>素材 #%1 不存在。</translation>
    </message>
    <message>
        <source>list materials</source>
        <translation>列出素材</translation>
    </message>
    <message>
        <source>approve material “%1”</source>
        <translation>审核通过素材“%1”</translation>
    </message>
    <message>
        <source>delete material</source>
        <translation>删除素材</translation>
    </message>
    <message>
        <source>list keyword replies</source>
        <translation>列出关键词回复</translation>
    </message>
    <message>
        <source>read keyword reply</source>
        <translation>读取关键词回复</translation>
    </message>
    <message>
        <source>Keyword reply #%1 does not exist.</source>
        <translation>关键词回复 #%1 不存在。</translation>
    </message>
    <message>
        <source>A keyword reply needs a keyword.</source>
        <translation>关键词回复需要关键词。</translation>
    </message>
    <message>
        <source>The keyword “%1” needs a reply text.</source>
        <translation>关键词“%1”需要回复内容。</translation>
    </message>
    <message>
        <source>Group #%1 does not exist.</source>
        <translation>社群 #%1 不存在。</translation>
    </message>
    <message>
        <source>add keyword reply “%1”</source>
        <translation>添加关键词回复“%1”</translation>
    </message>
    <message>
        <source>update keyword reply “%1”</source>
        <translation>更新关键词回复“%1”</translation>
    </message>
    <message>
        <source>delete keyword reply</source>
        <translation>删除关键词回复</translation>
    </message>
    <message>
        <source>list time slots</source>
        <translation>列出时段</translation>
    </message>
    <message>
        <source>read time slot</source>
        <translation>读取时段</translation>
    </message>
    <message>
        <source>Time slot #%1 does not exist.</source>
        <translation>时段 #%1 不存在。</translation>
    </message>
    <message>
        <source>A time slot needs a valid time of day.</source>
        <translation>时段需要有效的时间。</translation>
    </message>
    <message>
        <source>A time slot must allow at least one post.</source>
        <translation>每个时段至少允许发布一条。</translation>
    </message>
    <message>
        <source>check time slot</source>
        <translation>检查时段</translation>
    </message>
    <message>
        <source>There is already a time slot at %1 (%2).</source>
        <translation>%1 已有时段（%2）。</translation>
    </message>
    <message>
        <source>add time slot %1</source>
        <translation>添加时段 %1</translation>
    </message>
    <message>
        <source>update time slot %1</source>
        <translation>更新时段 %1</translation>
    </message>
    <message>
        <source>delete time slot</source>
        <translation>删除时段</translation>
    </message>
    <message>
        <source>detach materials</source>
        <translation>解除素材关联</translation>
    </message>
    <message>
        <source>check material</source>
        <translation>检查素材</translation>
    </message>
    <message>
        <source>attach material #%1</source>
        <translation>关联素材 #%1</translation>
    </message>
    <message>
        <source>read the materials of a content item</source>
        <translation>读取内容的素材</translation>
    </message>
    <message>
        <source>Member #%1 does not exist.</source>
        <translation>成员 #%1 不存在。</translation>
    </message>
    <message>
        <source>update material “%1”</source>
        <translation>更新素材“%1”</translation>
    </message>
    <message>
        <source>The thumbnail of material #%1 is empty.</source>
        <translation>素材 #%1 的缩略图为空。</translation>
    </message>
    <message>
        <source>store the thumbnail of material #%1</source>
        <translation>保存素材 #%1 的缩略图</translation>
    </message>
    <message>
        <source>“%1” is not approved.</source>
        <translation>“%1”尚未审核通过。</translation>
    </message>
    <message>
        <source>revoke the approval of “%1”</source>
        <translation>撤销“%1”的审核</translation>
    </message>
    <message>
        <source>A reward must be more than zero points (got %1).</source>
        <translation>奖励积分必须大于 0（当前为 %1）。</translation>
    </message>
    <message>
        <source>“%1” has no author to reward; set the member who created it first.</source>
        <translation>“%1”没有作者，无法奖励；请先设置创作它的成员。</translation>
    </message>
    <message>
        <source>check the reward of “%1”</source>
        <translation>检查“%1”的奖励</translation>
    </message>
    <message>
        <source>The author of “%1” was already rewarded with %2 points on %3; a material is rewarded once.</source>
        <translation>“%1”的作者已于 %3 获得 %2 积分奖励；每个素材只奖励一次。</translation>
    </message>
    <message>
        <source>record the reward of “%1”</source>
        <translation>记录“%1”的奖励</translation>
    </message>
    <message>
        <source>Reward for the original material “%1” (#%2)</source>
        <translation>原创素材“%1”（#%2）奖励</translation>
    </message>
    <message>
        <source>release the reward of “%1”</source>
        <translation>撤回“%1”的奖励登记</translation>
    </message>
    <message>
        <source>link the reward of “%1” to the points ledger</source>
        <translation>将“%1”的奖励关联到积分流水</translation>
    </message>
    <message>
        <source>list the content items using material #%1</source>
        <translation>列出使用素材 #%1 的内容</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This system cannot decode %1 text.</source>
        <translation>本系统无法解码 %1 编码的文本。</translation>
    </message>
    <message>
        <source>Cannot read %1 to its end: %2</source>
        <translation>无法读完 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy: another program is writing to it (%1). Try again in a moment.</source>
        <translation>数据库正忙：另一个程序正在写入（%1）。请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>数据库文件已损坏（%1）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The file is not an SQLite database (%1).</source>
        <translation>该文件不是 SQLite 数据库（%1）。</translation>
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation>无法写入数据库（%1）。</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation>无法打开数据库文件（%1）。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>没有进行中的事务。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>无法创建数据库 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is not writable.</source>
        <translation>无法创建数据库 %1：文件夹 %2 不可写。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: permission denied.</source>
        <translation>无法读取数据库 %1：没有权限。</translation>
    </message>
    <message>
        <source>The database %1 is read-only. QunDesk needs to write to it; make the file writable or open a copy.</source>
        <translation>数据库 %1 是只读的。QunDesk 需要写入它；请将文件设为可写，或打开一份副本。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, and SQLite needs to create its journal files beside the database.</source>
        <translation>文件夹 %1 不可写，而 SQLite 需要在数据库旁创建日志文件。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a QunDesk database: it is not an SQLite file at all.</source>
        <translation>%1 不是 QunDesk 数据库：它根本不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>The database %1 is truncated: it ends inside its %2-byte header.</source>
        <translation>数据库 %1 已被截断：文件在 %2 字节的文件头内就结束了。</translation>
    </message>
    <message>
        <source>The database %1 is truncated: it should hold %2 bytes but has only %3. Restore it from a backup.</source>
        <translation>数据库 %1 已被截断：应有 %2 字节，实际只有 %3 字节。请从备份恢复。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver did not expose its handle.</source>
        <translation>Qt SQLite 驱动未提供底层句柄。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database made by another program, not by QunDesk. It was not changed.</source>
        <translation>%1 是其他程序创建的 SQLite 数据库，不是 QunDesk 数据库。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 was made by a newer QunDesk (schema version %2); this QunDesk understands schema versions up to %3. The file was not changed; update QunDesk to open it.</source>
        <translation>%1 由更新版本的 QunDesk 创建（结构版本 %2）；当前 QunDesk 最高支持结构版本 %3。文件未被修改；请升级 QunDesk 后再打开。</translation>
    </message>
    <message>
        <source>%1 has schema version %2 but %3 is needed; open it in QunDesk first.</source>
        <translation>%1 的结构版本为 %2，需要 %3；请先在 QunDesk 中打开它。</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>无法配置 %1：%2</translation>
    </message>
</context>
<context>
    <name>DayListRepository</name>
    <message>
        <source>list operators</source>
        <translation>列出运营</translation>
    </message>
    <message>
        <source>Name an operator by id or by name.</source>
        <translation>请用编号或姓名指定运营。</translation>
    </message>
    <message>
        <source>look up operator “%1”</source>
        <translation>查找运营“%1”</translation>
    </message>
    <message>
        <source>Operator #%1 does not exist.</source>
        <translation>运营 #%1 不存在。</translation>
    </message>
    <message>
        <source>No operator is named “%1”.</source>
        <translation>没有名为“%1”的运营。</translation>
    </message>
    <message>
        <source>Several operators are named “%1” (%2); name one by its id.</source>
        <translation>有多位运营名为“%1”（%2），请用编号指定其中一位。</translation>
    </message>
    <message>
        <source>list the posts of operator #%1 on %2</source>
        <translation>列出运营 #%1 在 %2 的待发内容</translation>
    </message>
    <message>
        <source>read post #%1</source>
        <translation>读取第 %1 条内容</translation>
    </message>
    <message>
        <source>Schedule entry #%1 does not exist.</source>
        <translation>日程条目 #%1 不存在。</translation>
    </message>
    <message>
        <source>list the materials of content item #%1</source>
        <translation>列出内容 #%1 的附带素材</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>Generating the demo operation…</source>
        <translation>正在生成演示运营数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generating the demo data was cancelled; the database was left unchanged.</source>
        <translation>已取消生成演示数据，数据库保持原样。</translation>
    </message>
    <message>
        <source>Writing tiers, teams, staff, channels and regions</source>
        <translation>正在写入层级、团队、运营人员、渠道和地区</translation>
    </message>
    <message>
        <source>Planning groups and members</source>
        <translation>正在规划社群和成员</translation>
    </message>
    <message>
        <source>Writing members</source>
        <translation>正在写入成员档案</translation>
    </message>
    <message>
        <source>Writing tags and points</source>
        <translation>正在写入标签和积分</translation>
    </message>
    <message>
        <source>Writing groups and memberships</source>
        <translation>正在写入社群和入群记录</translation>
    </message>
    <message>
        <source>Writing the content library</source>
        <translation>正在写入内容库</translation>
    </message>
    <message>
        <source>Writing 90 days of activity</source>
        <translation>正在写入近 90 天的活动记录</translation>
    </message>
    <message>
        <source>Writing the content calendar and SOPs</source>
        <translation>正在写入内容日历和 SOP</translation>
    </message>
    <message>
        <source>Writing onboarding flows</source>
        <translation>正在写入入群仪式</translation>
    </message>
    <message>
        <source>Writing funnels</source>
        <translation>正在写入漏斗</translation>
    </message>
    <message>
        <source>The demo word list %1 is missing.</source>
        <translation>缺少演示词表 %1。</translation>
    </message>
    <message>
        <source>The demo word list %1 is malformed at line %2.</source>
        <translation>演示词表 %1 第 %2 行格式有误。</translation>
    </message>
    <message>
        <source>The demo word list %1 is empty.</source>
        <translation>演示词表 %1 为空。</translation>
    </message>
    <message>
        <source>The demo word lists need 9 teams, 8 channels and at least 20 cities.</source>
        <translation>演示词表需要 9 个团队、8 个渠道和至少 20 个城市。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The demo needs between 100 and 1,000,000 members, not %1.</source>
        <translation>演示数据的成员数需在 100 到 1,000,000 之间，当前为 %1。</translation>
    </message>
    <message>
        <source>The demo needs between 0 and 1,000 events per member, not %1.</source>
        <translation>演示数据的人均活动事件数需在 0 到 1,000 之间，当前为 %1。</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <source>Building the search and indexes</source>
        <translation>正在建立搜索和索引</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Recording the lifecycle stage history</source>
        <translation>正在记录生命周期阶段历史</translation>
    </message>
    <message>
        <source>Scoring KOC candidates</source>
        <translation>计算 KOC 评分</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>write tiers</source>
        <translation>写入层级</translation>
    </message>
    <message>
        <source>write teams</source>
        <translation>写入团队</translation>
    </message>
    <message>
        <source>write operators</source>
        <translation>写入运营人员</translation>
    </message>
    <message>
        <source>write channels</source>
        <translation>写入渠道</translation>
    </message>
    <message>
        <source>write regions</source>
        <translation>写入地区</translation>
    </message>
    <message>
        <source>write tags</source>
        <translation>写入标签</translation>
    </message>
    <message>
        <source>write members</source>
        <translation>写入成员</translation>
    </message>
    <message>
        <source>write member tags</source>
        <translation>写入成员标签</translation>
    </message>
    <message>
        <source>write points</source>
        <translation>写入积分流水</translation>
    </message>
    <message>
        <source>write groups</source>
        <translation>写入社群</translation>
    </message>
    <message>
        <source>write memberships</source>
        <translation>写入入群记录</translation>
    </message>
    <message>
        <source>write events</source>
        <translation>写入活动事件</translation>
    </message>
    <message>
        <source>write content columns</source>
        <translation>写入内容栏目</translation>
    </message>
    <message>
        <source>write content items</source>
        <translation>写入内容</translation>
    </message>
    <message>
        <source>write materials</source>
        <translation>写入素材</translation>
    </message>
    <message>
        <source>link content to materials</source>
        <translation>关联内容与素材</translation>
    </message>
    <message>
        <source>write keyword replies</source>
        <translation>写入关键词回复</translation>
    </message>
    <message>
        <source>write SOP templates</source>
        <translation>写入 SOP 模板</translation>
    </message>
    <message>
        <source>write SOP steps</source>
        <translation>写入 SOP 步骤</translation>
    </message>
    <message>
        <source>write SOP applications</source>
        <translation>写入 SOP 应用记录</translation>
    </message>
    <message>
        <source>write schedule entries</source>
        <translation>写入内容日历排期</translation>
    </message>
    <message>
        <source>write onboarding flows</source>
        <translation>写入入群仪式</translation>
    </message>
    <message>
        <source>write onboarding steps</source>
        <translation>写入入群仪式步骤</translation>
    </message>
    <message>
        <source>write onboarding progress</source>
        <translation>写入入群仪式进度</translation>
    </message>
    <message>
        <source>write funnels</source>
        <translation>写入漏斗</translation>
    </message>
    <message>
        <source>write funnel steps</source>
        <translation>写入漏斗步骤</translation>
    </message>
    <message>
        <source>write funnel counts</source>
        <translation>写入漏斗数据</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot start writing the demo data: %1</source>
        <translation>无法开始写入演示数据：%1</translation>
    </message>
    <message>
        <source>This database already holds members or groups. Demo data can only be written into an empty database; create a new database for the demo.</source>
        <translation>该数据库中已有成员或社群。演示数据只能写入空数据库，请为演示新建一个数据库。</translation>
    </message>
    <message>
        <source>This database already holds data (table %1). Demo data can only be written into an empty database; create a new database for the demo.</source>
        <translation>该数据库中已有数据（表 %1）。演示数据只能写入空数据库，请为演示新建一个数据库。</translation>
    </message>
    <message>
        <source>Cannot prepare the events table for the load: %1</source>
        <translation>无法为批量写入准备活动事件表：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot fill the member search: %1</source>
        <translation>无法建立成员搜索：%1</translation>
    </message>
    <message>
        <source>Cannot create the trigger or index again (%1): %2</source>
        <translation>无法重新创建触发器或索引（%1）：%2</translation>
    </message>
    <message>
        <source>No demo transaction is open.</source>
        <translation>没有正在进行的演示数据事务。</translation>
    </message>
    <message>
        <source>Cannot save the demo data: %1</source>
        <translation>无法保存演示数据：%1</translation>
    </message>
    <message>
        <source>Cannot build the activity rollups: %1</source>
        <translation>无法生成活跃度汇总：%1</translation>
    </message>
    <message>
        <source>The activity rollup triggers are missing.</source>
        <translation>缺少活跃度汇总触发器。</translation>
    </message>
</context>
<context>
    <name>DimensionRepository</name>
    <message>
        <source>%1: row %2 does not exist.</source>
        <translation>%1：第 %2 条记录不存在。</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>read tiers</source>
        <translation>读取层级</translation>
    </message>
    <message>
        <source>read tier</source>
        <translation>读取层级</translation>
    </message>
    <message>
        <source>Tier %1 does not exist.</source>
        <translation>层级 %1 不存在。</translation>
    </message>
    <message>
        <source>add tier “%1”</source>
        <translation>添加层级“%1”</translation>
    </message>
    <message>
        <source>save tier “%1”</source>
        <translation>保存层级“%1”</translation>
    </message>
    <message>
        <source>delete tier</source>
        <translation>删除层级</translation>
    </message>
    <message>
        <source>find or add tier “%1”</source>
        <translation>查找或添加层级“%1”</translation>
    </message>
    <message>
        <source>read teams</source>
        <translation>读取团队</translation>
    </message>
    <message>
        <source>read team</source>
        <translation>读取团队</translation>
    </message>
    <message>
        <source>Team %1 does not exist.</source>
        <translation>团队 %1 不存在。</translation>
    </message>
    <message>
        <source>add team “%1”</source>
        <translation>添加团队“%1”</translation>
    </message>
    <message>
        <source>save team “%1”</source>
        <translation>保存团队“%1”</translation>
    </message>
    <message>
        <source>delete team</source>
        <translation>删除团队</translation>
    </message>
    <message>
        <source>find or add team “%1”</source>
        <translation>查找或添加团队“%1”</translation>
    </message>
    <message>
        <source>read operators</source>
        <translation>读取运营人员</translation>
    </message>
    <message>
        <source>read operator</source>
        <translation>读取运营人员</translation>
    </message>
    <message>
        <source>Operator %1 does not exist.</source>
        <translation>运营人员 %1 不存在。</translation>
    </message>
    <message>
        <source>add operator “%1”</source>
        <translation>添加运营人员“%1”</translation>
    </message>
    <message>
        <source>save operator “%1”</source>
        <translation>保存运营人员“%1”</translation>
    </message>
    <message>
        <source>delete operator</source>
        <translation>删除运营人员</translation>
    </message>
    <message>
        <source>find or add operator “%1”</source>
        <translation>查找或添加运营人员“%1”</translation>
    </message>
    <message>
        <source>read channels</source>
        <translation>读取渠道</translation>
    </message>
    <message>
        <source>read channel</source>
        <translation>读取渠道</translation>
    </message>
    <message>
        <source>Channel %1 does not exist.</source>
        <translation>渠道 %1 不存在。</translation>
    </message>
    <message>
        <source>add channel “%1”</source>
        <translation>添加渠道“%1”</translation>
    </message>
    <message>
        <source>save channel “%1”</source>
        <translation>保存渠道“%1”</translation>
    </message>
    <message>
        <source>delete channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <source>find or add channel “%1”</source>
        <translation>查找或添加渠道“%1”</translation>
    </message>
    <message>
        <source>read regions</source>
        <translation>读取地区</translation>
    </message>
    <message>
        <source>read region</source>
        <translation>读取地区</translation>
    </message>
    <message>
        <source>Region %1 does not exist.</source>
        <translation>地区 %1 不存在。</translation>
    </message>
    <message>
        <source>add region “%1”</source>
        <translation>添加地区“%1”</translation>
    </message>
    <message>
        <source>save region “%1”</source>
        <translation>保存地区“%1”</translation>
    </message>
    <message>
        <source>delete region</source>
        <translation>删除地区</translation>
    </message>
    <message>
        <source>find or add region “%1”</source>
        <translation>查找或添加地区“%1”</translation>
    </message>
</context>
<context>
    <name>EntryEditorRepository</name>
    <message>
        <source>read the kind of entry #%1</source>
        <translation>读取日程 #%1 的类型</translation>
    </message>
    <message>
        <source>set the kind of entry #%1</source>
        <translation>设置日程 #%1 的类型</translation>
    </message>
    <message>
        <source>No group matches the target “%1”.</source>
        <translation>没有社群符合目标“%1”。</translation>
    </message>
    <message>
        <source>Entry #%1 belongs to one group; choose a group, not a selector.</source>
        <translation>日程 #%1 属于单个社群：请选择一个群，而不是筛选条件。</translation>
    </message>
    <message>
        <source>Entry #%1 needs a date and time.</source>
        <translation>日程 #%1 需要日期和时间。</translation>
    </message>
    <message>
        <source>Entry #%1 needs a title when it has no content item.</source>
        <translation>日程 #%1 没有关联内容时需要标题。</translation>
    </message>
    <message>
        <source>look up content item</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <source>Content item #%1 does not exist.</source>
        <translation>内容 #%1 不存在。</translation>
    </message>
    <message>
        <source>save entry #%1 for “%2”</source>
        <translation>保存“%2”的日程 #%1</translation>
    </message>
    <message>
        <source>No entries to save.</source>
        <translation>没有要保存的内容。</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>发帖</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>An event needs the time it happened.</source>
        <translation>事件需要填写发生时间。</translation>
    </message>
    <message>
        <source>A purchase amount cannot be negative (got %1 fen).</source>
        <translation>购买金额不能为负数（收到 %1 分）。</translation>
    </message>
    <message>
        <source>record a %1 event</source>
        <translation>记录“%1”事件</translation>
    </message>
    <message>
        <source>The member, group or content item of this %1 event does not exist.</source>
        <translation>这条“%1”事件对应的成员、社群或内容不存在。</translation>
    </message>
    <message>
        <source>count events by kind</source>
        <translation>按类型统计事件</translation>
    </message>
    <message>
        <source>read the activity of member %1</source>
        <translation>读取成员 %1 的活跃记录</translation>
    </message>
</context>
<context>
    <name>FunnelBuiltins</name>
    <message>
        <source>Pick target users</source>
        <translation>圈选目标用户</translation>
    </message>
    <message>
        <source>Users selected for the campaign</source>
        <translation>本次活动圈选的用户数</translation>
    </message>
    <message>
        <source>Ad slots</source>
        <translation>广告位曝光</translation>
    </message>
    <message>
        <source>Users who saw a pop-up, banner or other placement</source>
        <translation>看到弹窗、横幅等广告位的用户数</translation>
    </message>
    <message>
        <source>Add-friend landing page</source>
        <translation>加好友落地页</translation>
    </message>
    <message>
        <source>Visitors of the add-friend landing page</source>
        <translation>加好友落地页的访问人数</translation>
    </message>
    <message>
        <source>Jump to WeChat</source>
        <translation>跳转微信</translation>
    </message>
    <message>
        <source>Users who left the app for WeChat</source>
        <translation>从 App 跳转到微信的人数</translation>
    </message>
    <message>
        <source>Friend added</source>
        <translation>添加好友</translation>
    </message>
    <message>
        <source>Friends added, auto-reply and gift sent</source>
        <translation>添加好友成功（已自动回复并发放礼品）</translation>
    </message>
    <message>
        <source>Identity audit</source>
        <translation>身份审核</translation>
    </message>
    <message>
        <source>Audits recorded against the back-office user ID</source>
        <translation>已按后台用户 ID 记录审核的人数</translation>
    </message>
    <message>
        <source>Joined segmented group</source>
        <translation>进入分层社群</translation>
    </message>
    <message>
        <source>Members pulled into the matching segmented group</source>
        <translation>被拉入对应分层社群的人数</translation>
    </message>
    <message>
        <source>App users into private groups</source>
        <translation>App 用户进私域社群</translation>
    </message>
    <message>
        <source>Moves existing app users into segmented private groups; every step has its own metric.</source>
        <translation>把 App 存量用户导入分层私域社群，每一步都有自己的指标。</translation>
    </message>
</context>
<context>
    <name>FunnelEventKind</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
</context>
<context>
    <name>FunnelRepository</name>
    <message>
        <source>A funnel needs a name.</source>
        <translation>漏斗需要一个名称。</translation>
    </message>
    <message>
        <source>Step %1 of the funnel %2 needs a name.</source>
        <translation>漏斗“%2”的第 %1 步需要一个名称。</translation>
    </message>
    <message>
        <source>Step %1 of the funnel %2 names an unknown event kind: %3.</source>
        <translation>漏斗“%2”的第 %1 步使用了未知的事件类型：%3。</translation>
    </message>
    <message>
        <source>A funnel count for step %1 has no valid day.</source>
        <translation>步骤 %1 的漏斗人数没有有效的日期。</translation>
    </message>
    <message>
        <source>The count %1 for step %2 on %3 is negative; a funnel counts people, so a count cannot be below zero.</source>
        <translation>步骤 %2 在 %3 的人数为 %1，是负数；漏斗统计的是人数，不能小于零。</translation>
    </message>
    <message>
        <source>The date range of the funnel is not valid.</source>
        <translation>漏斗的日期范围无效。</translation>
    </message>
    <message>
        <source>list funnels</source>
        <translation>列出漏斗</translation>
    </message>
    <message>
        <source>read funnel steps</source>
        <translation>读取漏斗步骤</translation>
    </message>
    <message>
        <source>read funnel</source>
        <translation>读取漏斗</translation>
    </message>
    <message>
        <source>There is no funnel with id %1.</source>
        <translation>不存在 ID 为 %1 的漏斗。</translation>
    </message>
    <message>
        <source>create funnel %1</source>
        <translation>创建漏斗“%1”</translation>
    </message>
    <message>
        <source>update funnel %1</source>
        <translation>更新漏斗“%1”</translation>
    </message>
    <message>
        <source>Step %1 does not belong to the funnel %2.</source>
        <translation>步骤 %1 不属于漏斗“%2”。</translation>
    </message>
    <message>
        <source>remove a step of funnel %1</source>
        <translation>删除漏斗“%1”的一个步骤</translation>
    </message>
    <message>
        <source>save step %1 of funnel %2</source>
        <translation>保存漏斗“%2”的第 %1 步</translation>
    </message>
    <message>
        <source>The funnel %1 comes with QunDesk and cannot be removed; copy it to make your own version.</source>
        <translation>漏斗“%1”是 QunDesk 内置的，不能删除；可以复制一份再按需修改。</translation>
    </message>
    <message>
        <source>remove funnel %1</source>
        <translation>删除漏斗“%1”</translation>
    </message>
    <message>
        <source>look up funnel names</source>
        <translation>查找漏斗名称</translation>
    </message>
    <message>
        <source>record the count of step %1 on %2</source>
        <translation>记录步骤 %1 在 %2 的人数</translation>
    </message>
    <message>
        <source>sum the funnel counts</source>
        <translation>汇总漏斗人数</translation>
    </message>
    <message>
        <source>read the daily funnel counts</source>
        <translation>读取漏斗每日人数</translation>
    </message>
    <message>
        <source>list channels</source>
        <translation>列出渠道</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>The group needs a name.</source>
        <translation>社群需要一个名称。</translation>
    </message>
    <message>
        <source>The member cap of “%1” must be at least 1 (WeChat allows 500).</source>
        <translation>“%1”的成员上限至少为 1（微信群上限 500）。</translation>
    </message>
    <message>
        <source>The number of “%1” must be positive.</source>
        <translation>“%1”的群编号必须为正数。</translation>
    </message>
    <message>
        <source>“%1” cannot be its own master group.</source>
        <translation>“%1”不能作为自己的总群。</translation>
    </message>
    <message>
        <source>“%1” cannot be full before it was created.</source>
        <translation>“%1”的满群日期不能早于建群日期。</translation>
    </message>
</context>
<context>
    <name>GroupActivityRepository</name>
    <message>
        <source>compute the activity of the groups</source>
        <translation>统计社群活跃度</translation>
    </message>
    <message>
        <source>compute the daily activity of the groups</source>
        <translation>统计社群每日活跃度</translation>
    </message>
</context>
<context>
    <name>GroupCommand</name>
    <message>
        <source>save “%1”</source>
        <translation>保存“%1”</translation>
    </message>
    <message>
        <source>make %1 %2</source>
        <translation>设 %1 为%2</translation>
    </message>
    <message>
        <source>archive “%1”</source>
        <translation>归档“%1”</translation>
    </message>
    <message>
        <source>restore “%1”</source>
        <translation>恢复“%1”</translation>
    </message>
</context>
<context>
    <name>GroupDimension</name>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
</context>
<context>
    <name>GroupNaming</name>
    <message>
        <source>The naming template is empty; it needs at least one form such as *{n}群.</source>
        <translation>命名模板为空；至少需要一种形式，例如 *{n}群。</translation>
    </message>
    <message>
        <source>Each form of the naming template needs exactly one {n} for the number: “%1”.</source>
        <translation>命名模板的每种形式都需要且只能有一个 {n} 表示编号：“%1”。</translation>
    </message>
    <message>
        <source>The form “%1” of the naming template has no text besides the number.</source>
        <translation>命名模板的形式“%1”除编号外没有任何文字。</translation>
    </message>
    <message>
        <source>The name should look like %1 (number %2).</source>
        <translation>名称应为 %1 的形式（编号 %2）。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>GroupProfileRepository</name>
    <message>
        <source>list the master groups</source>
        <translation>列出总群</translation>
    </message>
    <message>
        <source>find the next group number</source>
        <translation>查找下一个社群编号</translation>
    </message>
    <message>
        <source>list the members of group %1</source>
        <translation>列出社群 %1 的成员</translation>
    </message>
    <message>
        <source>count the members of group %1</source>
        <translation>统计社群 %1 的成员</translation>
    </message>
    <message>
        <source>find the membership of member %1</source>
        <translation>查找成员 %1 的入群记录</translation>
    </message>
    <message>
        <source>Member %1 is not in group %2.</source>
        <translation>成员 %1 不在社群 %2 中。</translation>
    </message>
</context>
<context>
    <name>GroupPurpose</name>
    <message>
        <source>Master group</source>
        <translation>总群</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Shopping guide</source>
        <translation>导购群</translation>
    </message>
    <message>
        <source>Perks</source>
        <translation>福利群</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后群</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>素材群</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训群</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>check group name</source>
        <translation>检查群名</translation>
    </message>
    <message>
        <source>A group named “%1” already exists. Dissolved groups free their names; archived ones keep them.</source>
        <translation>已存在名为“%1”的社群。已解散的群会释放群名，已归档的群仍占用群名。</translation>
    </message>
    <message>
        <source>check master group</source>
        <translation>检查总群</translation>
    </message>
    <message>
        <source>“%1” cannot be placed under one of its own sub-groups.</source>
        <translation>“%1”不能挂在它自己的分群之下。</translation>
    </message>
    <message>
        <source>create group “%1”</source>
        <translation>创建社群“%1”</translation>
    </message>
    <message>
        <source>read group</source>
        <translation>读取社群</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>社群 %1 不存在。</translation>
    </message>
    <message>
        <source>save group “%1”</source>
        <translation>保存社群“%1”</translation>
    </message>
    <message>
        <source>“%1” is %2 and cannot change to %3.</source>
        <translation>“%1”当前为%2，不能改为%3。</translation>
    </message>
    <message>
        <source>change the status of “%1”</source>
        <translation>更改“%1”的状态</translation>
    </message>
    <message>
        <source>“%1” is already dissolved.</source>
        <translation>“%1”已经解散。</translation>
    </message>
    <message>
        <source>dissolve “%1”</source>
        <translation>解散“%1”</translation>
    </message>
    <message>
        <source>close the memberships of “%1”</source>
        <translation>结束“%1”的成员关系</translation>
    </message>
    <message>
        <source>list groups</source>
        <translation>列出社群</translation>
    </message>
    <message>
        <source>read the %1 list</source>
        <translation>读取%1列表</translation>
    </message>
    <message>
        <source>count groups by %1 and %2</source>
        <translation>按%1和%2统计社群</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <source>All groups</source>
        <translation>所有群</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>身份：%1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>定位：%1</translation>
    </message>
</context>
<context>
    <name>GroupSelectorRepository</name>
    <message>
        <source>find the groups of a calendar target</source>
        <translation>查找日程目标的社群</translation>
    </message>
    <message>
        <source>Group #%1 does not exist or is dissolved.</source>
        <translation>社群 #%1 不存在或已解散。</translation>
    </message>
    <message>
        <source>count the groups of a calendar target</source>
        <translation>统计日程目标的社群数</translation>
    </message>
    <message>
        <source>name a calendar target</source>
        <translation>查找日程目标的名称</translation>
    </message>
    <message>
        <source>find the group %1</source>
        <translation>查找社群 %1</translation>
    </message>
    <message>
        <source>Group #%1 does not exist.</source>
        <translation>社群 #%1 不存在。</translation>
    </message>
    <message>
        <source>No group is named “%1”.</source>
        <translation>没有名为“%1”的社群。</translation>
    </message>
</context>
<context>
    <name>GroupStatus</name>
    <message>
        <source>Active</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已解散</translation>
    </message>
</context>
<context>
    <name>GroupTrendRepository</name>
    <message>
        <source>count the joins and leaves of group %1</source>
        <translation>统计社群 %1 的入群与退群</translation>
    </message>
    <message>
        <source>count the messages of group %1</source>
        <translation>统计社群 %1 的消息</translation>
    </message>
    <message>
        <source>compute the activity of group %1</source>
        <translation>计算社群 %1 的活跃度</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>社群 %1 不存在。</translation>
    </message>
    <message>
        <source>compute the daily activity of group %1</source>
        <translation>计算社群 %1 的每日活跃度</translation>
    </message>
</context>
<context>
    <name>ICalendarExporter</name>
    <message>
        <source>QunDesk content calendar %1</source>
        <translation>QunDesk 内容日历 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ICalendarParser</name>
    <message>
        <source>expected a property name</source>
        <translation>应为属性名</translation>
    </message>
    <message>
        <source>expected a parameter name</source>
        <translation>应为参数名</translation>
    </message>
    <message>
        <source>expected '=' after the parameter %1</source>
        <translation>参数 %1 后应为“=”</translation>
    </message>
    <message>
        <source>unterminated quoted parameter value</source>
        <translation>带引号的参数值没有结束引号</translation>
    </message>
    <message>
        <source>character not allowed in a parameter value</source>
        <translation>参数值中有不允许的字符</translation>
    </message>
    <message>
        <source>expected ':' before the value of %1</source>
        <translation>%1 的值之前应为“:”</translation>
    </message>
    <message>
        <source>control character in the value of %1</source>
        <translation>%1 的值中有控制字符</translation>
    </message>
    <message>
        <source>the line does not end with CRLF</source>
        <translation>该行没有以 CRLF 结尾</translation>
    </message>
    <message>
        <source>line break is not CRLF</source>
        <translation>换行符不是 CRLF</translation>
    </message>
    <message>
        <source>the line is %1 octets long; lines must be folded at 75</source>
        <translation>该行长 %1 字节；每行须在 75 字节处折行</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>a continuation line without a line to continue</source>
        <translation>续行前面没有可接续的行</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <source>BEGIN without a component name</source>
        <translation>BEGIN 缺少组件名</translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN</source>
        <translation>END:%1 没有对应的 BEGIN</translation>
    </message>
    <message>
        <source>END:%1 does not close BEGIN:%2 of line %3</source>
        <translation>END:%1 与第 %3 行的 BEGIN:%2 不匹配</translation>
    </message>
    <message>
        <source>property %1 outside any component</source>
        <translation>属性 %1 不在任何组件内</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed</source>
        <translation>BEGIN:%1 没有结束</translation>
    </message>
    <message>
        <source>no calendar in the file</source>
        <translation>文件中没有日历</translation>
    </message>
    <message>
        <source>expected VCALENDAR, found %1</source>
        <translation>应为 VCALENDAR，实为 %1</translation>
    </message>
    <message>
        <source>VCALENDAR needs VERSION:2.0</source>
        <translation>VCALENDAR 需要 VERSION:2.0</translation>
    </message>
    <message>
        <source>VCALENDAR needs exactly one PRODID</source>
        <translation>VCALENDAR 需要且只能有一个 PRODID</translation>
    </message>
    <message>
        <source>VCALENDAR holds no component</source>
        <translation>VCALENDAR 中没有任何组件</translation>
    </message>
    <message>
        <source>VTIMEZONE without TZID</source>
        <translation>VTIMEZONE 缺少 TZID</translation>
    </message>
    <message>
        <source>VTIMEZONE %1 has no STANDARD or DAYLIGHT</source>
        <translation>VTIMEZONE %1 没有 STANDARD 或 DAYLIGHT</translation>
    </message>
    <message>
        <source>VEVENT needs exactly one %1 (has %2)</source>
        <translation>VEVENT 需要且只能有一个 %1（现有 %2 个）</translation>
    </message>
    <message>
        <source>VEVENT has both DTEND and DURATION</source>
        <translation>VEVENT 同时有 DTEND 和 DURATION</translation>
    </message>
    <message>
        <source>%1 is not a date-time: %2</source>
        <translation>%1 不是日期时间：%2</translation>
    </message>
    <message>
        <source>%1 refers to TZID %2 without a VTIMEZONE</source>
        <translation>%1 引用的时区 %2 没有 VTIMEZONE</translation>
    </message>
    <message>
        <source>DTSTAMP must be in UTC</source>
        <translation>DTSTAMP 必须是 UTC 时间</translation>
    </message>
    <message>
        <source>%1: backslash at character %2 escapes nothing</source>
        <translation>%1：第 %2 个字符处的反斜杠没有转义任何字符</translation>
    </message>
</context>
<context>
    <name>IdentitySegment</name>
    <message>
        <source>Store owners</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Online resellers</source>
        <translation>微商/网商</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>C端</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>IdentityType</name>
    <message>
        <source>Store owner</source>
        <translation>实体店主</translation>
    </message>
    <message>
        <source>Online reseller</source>
        <translation>微商/网商</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>C端</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>KocComponent</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Posts and shares</source>
        <translation>发帖与分享</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Check-ins and games</source>
        <translation>打卡与游戏</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Spend (CNY)</source>
        <translation>消费金额（元）</translation>
    </message>
</context>
<context>
    <name>KocRepository</name>
    <message>
        <source>Recompute KOC scores: the as-of day is not a valid date.</source>
        <translation>重新计算 KOC 得分：截止日期不是有效日期。</translation>
    </message>
    <message>
        <source>add up each member's activity</source>
        <translation>汇总每位成员的活跃</translation>
    </message>
    <message>
        <source>clear the previous scores</source>
        <translation>清除上次的得分</translation>
    </message>
    <message>
        <source>The KOC recompute was cancelled; the scores are as before.</source>
        <translation>KOC 重新计算已取消，得分保持不变。</translation>
    </message>
    <message>
        <source>recompute KOC scores</source>
        <translation>重新计算 KOC 得分</translation>
    </message>
    <message>
        <source>store the scores</source>
        <translation>保存得分</translation>
    </message>
    <message>
        <source>count the scored members</source>
        <translation>统计已打分的成员</translation>
    </message>
    <message>
        <source>find group %1</source>
        <translation>查找社群 %1</translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation>没有社群 %1。</translation>
    </message>
    <message>
        <source>list KOC candidates</source>
        <translation>列出 KOC 候选</translation>
    </message>
    <message>
        <source>list KOCs suggested for unflagging</source>
        <translation>列出建议取消标记的 KOC</translation>
    </message>
    <message>
        <source>count KOC candidates</source>
        <translation>统计 KOC 候选</translation>
    </message>
    <message>
        <source>count KOCs suggested for unflagging</source>
        <translation>统计建议取消标记的 KOC</translation>
    </message>
    <message>
        <source>read the KOC score of member %1</source>
        <translation>读取成员 %1 的 KOC 得分</translation>
    </message>
    <message>
        <source>There is no member %1.</source>
        <translation>没有成员 %1。</translation>
    </message>
    <message>
        <source>rank member %1 within their groups</source>
        <translation>计算成员 %1 在所在社群的排名</translation>
    </message>
    <message>
        <source>find the top members of group %1</source>
        <translation>找出社群“%1”的头部成员</translation>
    </message>
    <message>
        <source>Say why these members are KOCs: a reason is required.</source>
        <translation>请说明这些成员为何是 KOC：必须填写原因。</translation>
    </message>
    <message>
        <source>Say why these members are no longer KOCs: a reason is required.</source>
        <translation>请说明这些成员为何不再是 KOC：必须填写原因。</translation>
    </message>
    <message>
        <source>No members were chosen.</source>
        <translation>没有选择成员。</translation>
    </message>
    <message>
        <source>There is no member %1; nothing was changed.</source>
        <translation>没有成员 %1，未做任何更改。</translation>
    </message>
    <message>
        <source>%1 (member %2) is blacklisted and cannot be a KOC; nothing was changed.</source>
        <translation>%1（成员 %2）已被拉黑，不能成为 KOC，未做任何更改。</translation>
    </message>
    <message>
        <source>mark member %1 as KOC</source>
        <translation>将成员 %1 标记为 KOC</translation>
    </message>
    <message>
        <source>remove the KOC mark of member %1</source>
        <translation>取消成员 %1 的 KOC 标记</translation>
    </message>
    <message>
        <source>reset the KOC score state of member %1</source>
        <translation>重置成员 %1 的 KOC 得分状态</translation>
    </message>
    <message>
        <source>rank members overall and within their groups</source>
        <translation>计算成员在全体和各社群中的排名</translation>
    </message>
    <message>
        <source>index the scores</source>
        <translation>为得分建立索引</translation>
    </message>
</context>
<context>
    <name>KocSettings</name>
    <message>
        <source>Weight of %1: %2 is not between 0 and 1000.</source>
        <translation>“%1”的权重：%2 不在 0 到 1000 之间。</translation>
    </message>
    <message>
        <source>Daily cap of %1: %2 is not between 0 (no cap) and 1000000.</source>
        <translation>“%1”的每日上限：%2 不在 0（不设上限）到 1000000 之间。</translation>
    </message>
    <message>
        <source>Weights: at least one weight must be above 0, or every score is 0.</source>
        <translation>权重：至少一项权重须大于 0，否则所有得分都是 0。</translation>
    </message>
    <message>
        <source>Half-life: %1 days is not between 1 and 3650.</source>
        <translation>半衰期：%1 天不在 1 到 3650 之间。</translation>
    </message>
    <message>
        <source>Top share: %1% is not above 0 and at most 100.</source>
        <translation>头部比例：%1% 须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>Minimum score: %1 is not between 0 and 1000000.</source>
        <translation>最低得分：%1 不在 0 到 1000000 之间。</translation>
    </message>
    <message>
        <source>Unflag band: %1 is not above 0 and at most 1.</source>
        <translation>取消标记区间：%1 须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>Unflag after: %1 days is not between 1 and 3650.</source>
        <translation>取消标记天数：%1 天不在 1 到 3650 之间。</translation>
    </message>
</context>
<context>
    <name>LeaveReason</name>
    <message>
        <source>Left</source>
        <translation>主动退群</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>被移出</translation>
    </message>
    <message>
        <source>Moved to another group</source>
        <translation>迁移到其他群</translation>
    </message>
    <message>
        <source>Group dissolved</source>
        <translation>群已解散</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Below the activity floor for %1 days (≥ %2 days)</source>
        <translation>连续 %1 天低于活跃底线 (≥ %2 天)</translation>
    </message>
    <message>
        <source>Day %1 after filling (&lt; %2 days)</source>
        <translation>填满后第 %1 天 (&lt; %2 天)</translation>
    </message>
    <message>
        <source>Day %1 after creation, not yet filled (&lt; %2 days)</source>
        <translation>建群后第 %1 天，尚未填满 (&lt; %2 天)</translation>
    </message>
    <message>
        <source>7-day active rate %1 &lt; %2</source>
        <translation>7 日活跃率 %1 &lt; %2</translation>
    </message>
    <message>
        <source>Messages per day fell %1 week over week (≥ %2): %3 → %4 a week</source>
        <translation>日均消息环比下降 %1 (≥ %2)：每周 %3 → %4 条</translation>
    </message>
    <message>
        <source>7-day active rate %1 ≥ %2, day %3 after filling</source>
        <translation>7 日活跃率 %1 ≥ %2，填满后第 %3 天</translation>
    </message>
</context>
<context>
    <name>LifecycleStage</name>
    <message>
        <source>Strong</source>
        <translation>强运营</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>平时运营</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱运营</translation>
    </message>
    <message>
        <source>Zombie</source>
        <translation>僵尸群</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>count %1</source>
        <translation>统计 %1</translation>
    </message>
    <message>
        <source>look for existing data</source>
        <translation>检查现有数据</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>foreign key check</source>
        <translation>外键检查</translation>
    </message>
    <message>
        <source>foreign key: row %1 of %2 points to a missing row in %3</source>
        <translation>外键：%2 的第 %1 行指向 %3 中不存在的行</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder %2 does not exist.</source>
        <translation>无法写入备份 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write the backup: %1 is a folder.</source>
        <translation>无法写入备份：%1 是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2</source>
        <translation>无法创建备份 %1：%2</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot replace the existing file %1.</source>
        <translation>无法替换已有文件 %1。</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>The member needs a display name.</source>
        <translation>成员需要填写名称。</translation>
    </message>
    <message>
        <source>The member %1 needs a platform ID (WeChat ID or similar).</source>
        <translation>成员 %1 需要填写平台 ID（微信号等）。</translation>
    </message>
    <message>
        <source>The phone number %1 may contain only digits and a leading +.</source>
        <translation>手机号 %1 只能包含数字，开头可带 +。</translation>
    </message>
    <message>
        <source>A blacklisted member needs a reason for the blacklist.</source>
        <translation>拉黑成员需要填写拉黑原因。</translation>
    </message>
</context>
<context>
    <name>MemberBulkRepository</name>
    <message>
        <source>count the selected members</source>
        <translation>统计所选成员</translation>
    </message>
    <message>
        <source>read tag %1</source>
        <translation>读取标签 %1</translation>
    </message>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation>标签 %1 不存在。</translation>
    </message>
    <message>
        <source>tag the selected members “%1”</source>
        <translation>给所选成员打标签“%1”</translation>
    </message>
    <message>
        <source>remove tag %1 from the selected members</source>
        <translation>移除所选成员的标签 %1</translation>
    </message>
    <message>
        <source>read group %1</source>
        <translation>读取社群 %1</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>社群 %1 不存在。</translation>
    </message>
    <message>
        <source>count who would join “%1”</source>
        <translation>统计将加入“%1”的成员</translation>
    </message>
    <message>
        <source>“%1” is dissolved; nobody can join it.</source>
        <translation>“%1”已解散，不能再加入成员。</translation>
    </message>
    <message>
        <source>“%1” has room for %L2 members and holds %L3: adding %L4 would exceed it.</source>
        <translation>“%1”容量 %L2 人，现有 %L3 人：再加入 %L4 人会超出容量。</translation>
    </message>
    <message>
        <source>add the selected members to “%1”</source>
        <translation>将所选成员加入“%1”</translation>
    </message>
    <message>
        <source>record the verification of the selected members</source>
        <translation>记录所选成员的审核结果</translation>
    </message>
    <message>
        <source>flag the selected members as KOC</source>
        <translation>将所选成员标记为 KOC</translation>
    </message>
    <message>
        <source>remove the KOC mark of the selected members</source>
        <translation>取消所选成员的 KOC 标记</translation>
    </message>
</context>
<context>
    <name>MemberCommand</name>
    <message>
        <source>save “%1”</source>
        <translation>保存“%1”</translation>
    </message>
</context>
<context>
    <name>MemberExportReader</name>
    <message>
        <source>read member notes</source>
        <translation>读取成员备注</translation>
    </message>
    <message>
        <source>read member tags</source>
        <translation>读取成员标签</translation>
    </message>
    <message>
        <source>read members</source>
        <translation>读取成员</translation>
    </message>
</context>
<context>
    <name>MemberExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>MemberField</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>First joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MemberImportWriter</name>
    <message>
        <source>look up members</source>
        <translation>查找成员</translation>
    </message>
    <message>
        <source>write members</source>
        <translation>写入成员</translation>
    </message>
    <message>
        <source>update members</source>
        <translation>更新成员</translation>
    </message>
    <message>
        <source>tag members</source>
        <translation>给成员打标签</translation>
    </message>
    <message>
        <source>write points</source>
        <translation>写入积分</translation>
    </message>
    <message>
        <source>create channels</source>
        <translation>新建渠道</translation>
    </message>
    <message>
        <source>create regions</source>
        <translation>新建地区</translation>
    </message>
    <message>
        <source>create tiers</source>
        <translation>新建层级</translation>
    </message>
    <message>
        <source>create tags</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>update the member search</source>
        <translation>更新成员搜索</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
    <message>
        <source>The member search triggers are missing; run qundesk-cli check.</source>
        <translation>成员搜索的触发器缺失，请运行 qundesk-cli check。</translation>
    </message>
    <message>
        <source>Cannot look up members: %1</source>
        <translation>无法查找成员：%1</translation>
    </message>
    <message>
        <source>Balance set by a member import (line %1)</source>
        <translation>成员导入设定的积分余额（第 %1 行）</translation>
    </message>
    <message>
        <source>Cannot fill the member search: %1</source>
        <translation>无法写入成员搜索：%1</translation>
    </message>
    <message>
        <source>No import transaction is open.</source>
        <translation>没有进行中的导入事务。</translation>
    </message>
    <message>
        <source>Cannot create the index or trigger again (%1): %2</source>
        <translation>无法重建索引或触发器（%1）：%2</translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation>无法保存导入：%1</translation>
    </message>
</context>
<context>
    <name>MemberImporter</name>
    <message>
        <source>%1 is empty: it has no header row and no members.</source>
        <translation>%1 是空文件：没有表头，也没有成员。</translation>
    </message>
    <message>
        <source>The platform ID %1 already appears on line %2 of this file.</source>
        <translation>微信号 %1 已在本文件第 %2 行出现过。</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，数据未做任何改动。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The platform ID already appears on line %1 of this file.</source>
        <translation>该微信号已在本文件第 %1 行出现过。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>，列“%1”</translation>
    </message>
    <message>
        <source>The mapping names %1 columns but the file's header has %2.</source>
        <translation>字段对应有 %1 列，但文件表头有 %2 列。</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1 (the second is %2).</source>
        <translation>有两列都对应到了“%1”（第二列是“%2”）。</translation>
    </message>
    <message>
        <source>No column is mapped to the display name or the platform ID; both are required (headers such as 姓名 and 微信号).</source>
        <translation>没有列对应到姓名或微信号，这两项必填（表头如“姓名”“微信号”）。</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed (the file ends inside it).</source>
        <translation>本行开始的引号字段没有闭合（文件在引号内结束）。</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2 columns.</source>
        <translation>本行有 %1 个字段，但表头有 %2 列。</translation>
    </message>
    <message>
        <source>Not a mainland mobile number (11 digits starting with 1, optionally after +86).</source>
        <translation>不是大陆手机号（以 1 开头的 11 位数字，可带 +86）。</translation>
    </message>
    <message>
        <source>Unknown identity; use 实体店主/门店, 微商/网商/线上, C端/消费者 or 未知 (store, online, consumer, unknown).</source>
        <translation>无法识别的身份，请填写 实体店主/门店、微商/网商/线上、C端/消费者 或 未知。</translation>
    </message>
    <message>
        <source>Unknown verification status; use 未审核, 待审核, 已通过/已认证 or 已驳回 (unverified, pending, verified, rejected).</source>
        <translation>无法识别的审核状态，请填写 未审核、待审核、已通过/已认证 或 已驳回。</translation>
    </message>
    <message>
        <source>Not a date; use 2026-03-05, 2026/3/5 or 2026年3月5日, optionally with a time.</source>
        <translation>不是日期，请写成 2026-03-05、2026/3/5 或 2026年3月5日，可带时间。</translation>
    </message>
    <message>
        <source>Points must be a whole number of 0 or more.</source>
        <translation>积分须为 0 或以上的整数。</translation>
    </message>
    <message>
        <source>The display name is missing; it is required.</source>
        <translation>缺少姓名（必填）。</translation>
    </message>
    <message>
        <source>The platform ID (WeChat ID) is missing; it is required.</source>
        <translation>缺少微信号（必填）。</translation>
    </message>
</context>
<context>
    <name>MemberProfileRepository</name>
    <message>
        <source>read member %1</source>
        <translation>读取成员 %1</translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation>成员 %1 不存在。</translation>
    </message>
    <message>
        <source>read who revealed the data of member %1</source>
        <translation>读取成员 %1 的查看记录</translation>
    </message>
    <message>
        <source>read the verification history of member %1</source>
        <translation>读取成员 %1 的审核记录</translation>
    </message>
    <message>
        <source>read the activity of member %1</source>
        <translation>读取成员 %1 的动态</translation>
    </message>
    <message>
        <source>count the groups of member %1</source>
        <translation>统计成员 %1 所在的社群</translation>
    </message>
    <message>
        <source>look up the platform ID %1</source>
        <translation>查找平台 ID %1</translation>
    </message>
    <message>
        <source>list the operators</source>
        <translation>列出运营人员</translation>
    </message>
    <message>
        <source>list the group nicknames of group %1</source>
        <translation>列出社群 %1 的群昵称</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>explain the members query</source>
        <translation>分析成员查询</translation>
    </message>
    <message>
        <source>count members</source>
        <translation>统计成员</translation>
    </message>
    <message>
        <source>list members</source>
        <translation>读取成员列表</translation>
    </message>
    <message>
        <source>Another member already has the platform ID %1.</source>
        <translation>已有其他成员使用平台 ID %1。</translation>
    </message>
    <message>
        <source>The channel, region, tier or operator chosen for %1 does not exist (any more).</source>
        <translation>为 %1 选择的渠道、地区、层级或运营人员不存在（或已删除）。</translation>
    </message>
    <message>
        <source>add member %1</source>
        <translation>添加成员 %1</translation>
    </message>
    <message>
        <source>read member %1</source>
        <translation>读取成员 %1</translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation>成员 %1 不存在。</translation>
    </message>
    <message>
        <source>save member %1</source>
        <translation>保存成员 %1</translation>
    </message>
    <message>
        <source>delete member %1</source>
        <translation>删除成员 %1</translation>
    </message>
    <message>
        <source>record the verification of member %1</source>
        <translation>记录成员 %1 的审核结果</translation>
    </message>
    <message>
        <source>mark member %1 as KOC</source>
        <translation>将成员 %1 标记为 KOC</translation>
    </message>
    <message>
        <source>remove the KOC mark of member %1</source>
        <translation>取消成员 %1 的 KOC 标记</translation>
    </message>
    <message>
        <source>Say why the member is blacklisted: a reason is required.</source>
        <translation>请说明拉黑原因：拉黑必须填写原因。</translation>
    </message>
    <message>
        <source>blacklist member %1</source>
        <translation>拉黑成员 %1</translation>
    </message>
    <message>
        <source>remove blacklisted member %1 from their groups</source>
        <translation>将被拉黑的成员 %1 移出所在社群</translation>
    </message>
    <message>
        <source>lift the blacklist of member %1</source>
        <translation>解除成员 %1 的拉黑</translation>
    </message>
    <message>
        <source>find groups</source>
        <translation>查找社群</translation>
    </message>
    <message>
        <source>read group %1</source>
        <translation>读取社群 %1</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>社群 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>MembershipRepository</name>
    <message>
        <source>check membership</source>
        <translation>检查入群记录</translation>
    </message>
    <message>
        <source>%1 is already in “%2” (since %3). Record the leave first to add them again.</source>
        <translation>%1 已在“%2”中（自 %3 起）。请先记录退群，再重新添加。</translation>
    </message>
    <message>
        <source>check member</source>
        <translation>检查成员</translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation>成员 %1 不存在。</translation>
    </message>
    <message>
        <source>read group</source>
        <translation>读取社群</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>社群 %1 不存在。</translation>
    </message>
    <message>
        <source>“%1” is dissolved; nobody can join it.</source>
        <translation>“%1”已解散，无法再加入。</translation>
    </message>
    <message>
        <source>add member %1 to “%2”</source>
        <translation>将成员 %1 加入“%2”</translation>
    </message>
    <message>
        <source>A member cannot leave (%1) before joining (%2).</source>
        <translation>退群时间（%1）不能早于入群时间（%2）。</translation>
    </message>
    <message>
        <source>record the leave</source>
        <translation>记录退群</translation>
    </message>
    <message>
        <source>This membership already ended on %1.</source>
        <translation>该入群记录已于 %1 结束。</translation>
    </message>
    <message>
        <source>find membership</source>
        <translation>查找入群记录</translation>
    </message>
    <message>
        <source>Member %1 is not in group %2.</source>
        <translation>成员 %1 不在社群 %2 中。</translation>
    </message>
    <message>
        <source>change the member's role</source>
        <translation>更改成员角色</translation>
    </message>
    <message>
        <source>read membership</source>
        <translation>读取入群记录</translation>
    </message>
    <message>
        <source>Membership %1 does not exist.</source>
        <translation>入群记录 %1 不存在。</translation>
    </message>
    <message>
        <source>list the members of group %1</source>
        <translation>列出社群 %1 的成员</translation>
    </message>
    <message>
        <source>list the groups of member %1</source>
        <translation>列出成员 %1 所在的社群</translation>
    </message>
    <message>
        <source>count the members of group %1</source>
        <translation>统计社群 %1 的成员数</translation>
    </message>
</context>
<context>
    <name>MembershipRole</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Vice owner</source>
        <translation>副群主</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本缺少迁移脚本 %1。</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>数据库结构迁移 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>NicknameTemplate</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The nickname template is empty: write its parts with a separator between each two, e.g. %1.</source>
        <translation>昵称规范为空：请写出各部分，并在相邻两部分之间加分隔符，例如 %1。</translation>
    </message>
    <message>
        <source>Separators are single characters such as - _ | / or a space; “%1” is several.</source>
        <translation>分隔符只能是一个字符，如 - _ | / 或空格；“%1”是多个字符。</translation>
    </message>
    <message>
        <source>The nickname template starts with the separator “%1”: it should start with a part name.</source>
        <translation>昵称规范以分隔符“%1”开头：应以部分名称开头。</translation>
    </message>
    <message>
        <source>The nickname template ends with a separator: it should end with a part name.</source>
        <translation>昵称规范以分隔符结尾：应以部分名称结尾。</translation>
    </message>
    <message>
        <source>The nickname template “%1” has one part only; a template needs at least two with a separator between them, e.g. %2.</source>
        <translation>昵称规范“%1”只有一个部分；至少需要两个部分，中间用分隔符隔开，例如 %2。</translation>
    </message>
    <message>
        <source>The nickname template has %1 parts; at most %2 are allowed.</source>
        <translation>昵称规范有 %1 个部分；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The nickname template names the part “%1” twice.</source>
        <translation>昵称规范中“%1”出现了两次。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>The nickname template “%1” is not usable: %2</source>
        <translation>昵称规范“%1”无法使用：%2</translation>
    </message>
    <message>
        <source>No group nickname: it should read %1.</source>
        <translation>没有群昵称：应改为 %1 的格式。</translation>
    </message>
    <message>
        <source>“%1” separates its parts with “%2” where the template %3 uses %4.</source>
        <translation>“%1”用“%2”分隔，而规范 %3 用的是 %4。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n part(s) where the template %2 has %3 (%4), separated by %5.</source>
        <translation>
            <numerusform>“%1”有 %n 个部分，而规范 %2 有 %3 个（%4），用 %5 分隔。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has %2 after the %3 part where the template %4 has %5.</source>
        <translation>“%1”在“%3”部分后用了%2，而规范 %4 在此处用%5。</translation>
    </message>
    <message>
        <source>The %1 part of “%2” is empty (template %3).</source>
        <translation>“%2”的“%1”部分为空（规范 %3）。</translation>
    </message>
    <message>
        <source>The %1 part “%2” of “%3” is not a known name (such as %4).</source>
        <translation>“%3”的“%1”部分“%2”不是已知名称（如 %4）。</translation>
    </message>
</context>
<context>
    <name>OnboardingBuiltins</name>
    <message>
        <source>Verify identity before admitting</source>
        <translation>入群前审核身份</translation>
    </message>
    <message>
        <source>Hello! This group is for verified partners only. Please send your phone number and a photo of your shop front; we will invite you as soon as we have checked them.</source>
        <translation>您好！本群仅限已认证的合作伙伴加入。请发送您的手机号和门店门头照，我们审核通过后马上邀请您入群。</translation>
    </message>
    <message>
        <source>Send phone number and shop photo</source>
        <translation>发送手机号和门店照片</translation>
    </message>
    <message>
        <source>Phone number matches the back-office record
Shop photo shows the sign board
Reviewer and time recorded</source>
        <translation>手机号与后台记录一致
门店照片能看到招牌
已记录审核人和审核时间</translation>
    </message>
    <message>
        <source>Send the welcome message</source>
        <translation>发送欢迎语</translation>
    </message>
    <message>
        <source>Welcome to the group! I am the fan-care officer here; whatever you need, just @ me. Please take a minute to read the group notice first.</source>
        <translation>欢迎新朋友入群！我是本群的宠粉官，有任何需要随时@我。请先花一分钟看看群公告哦～</translation>
    </message>
    <message>
        <source>Read the group notice</source>
        <translation>阅读群公告</translation>
    </message>
    <message>
        <source>@ the new member by name
Group notice pinned</source>
        <translation>@新成员的群昵称
群公告已置顶</translation>
    </message>
    <message>
        <source>Rename to the nickname template</source>
        <translation>按模板修改群昵称</translation>
    </message>
    <message>
        <source>So that everyone can find each other, please change your group nickname to City-Shop name, for example Hangzhou-Xiaomei Beauty.</source>
        <translation>为了方便大家互相认识，请把群昵称改成“城市-店名”，例如：杭州-小美美妆。</translation>
    </message>
    <message>
        <source>Change the group nickname to City-Shop name</source>
        <translation>把群昵称改为“城市-店名”</translation>
    </message>
    <message>
        <source>Nickname follows the template
Remind once more after 30 minutes if not changed</source>
        <translation>群昵称符合模板
30 分钟后仍未修改的再提醒一次</translation>
    </message>
    <message>
        <source>Invite a self-introduction</source>
        <translation>邀请自我介绍</translation>
    </message>
    <message>
        <source>Please introduce yourself in a line or two: your city, what you sell and what you hope to get from this group.</source>
        <translation>请用一两句话介绍一下自己：在哪个城市、主营什么、希望在群里收获什么。</translation>
    </message>
    <message>
        <source>Post a short self-introduction</source>
        <translation>发一段简短的自我介绍</translation>
    </message>
    <message>
        <source>Reply to the introduction within 10 minutes
Note identity and interests in the member profile</source>
        <translation>10 分钟内回应自我介绍
在成员档案里记下身份和兴趣</translation>
    </message>
    <message>
        <source>Send the joining gift</source>
        <translation>发放入群礼</translation>
    </message>
    <message>
        <source>Your joining gift is ready: a 20 CNY coupon with no minimum spend. Tap the link to claim it within 7 days.</source>
        <translation>您的入群礼已备好：一张 20 元无门槛优惠券，点击链接 7 天内领取。</translation>
    </message>
    <message>
        <source>Claim the joining gift</source>
        <translation>领取入群礼</translation>
    </message>
    <message>
        <source>Claim link sent
Claim confirmed</source>
        <translation>已发送领取链接
已确认领取</translation>
    </message>
    <message>
        <source>Explain the group rules</source>
        <translation>讲解群规</translation>
    </message>
    <message>
        <source>Three rules keep this group worth reading: no ads or outside links, no poaching members in private, and be kind. A first breach gets a reminder, a second one removal; sharing useful experience earns points.</source>
        <translation>三条群规让本群保持有价值：不发广告和外链、不私下挖人、友善交流。第一次违规提醒，再次违规移出群聊；分享干货经验可获得积分奖励。</translation>
    </message>
    <message>
        <source>Reply "OK" to confirm the rules</source>
        <translation>回复“收到”确认已读群规</translation>
    </message>
    <message>
        <source>Rules posted
Confirmation received</source>
        <translation>已发布群规
已收到确认</translation>
    </message>
    <message>
        <source>Hold the welcome Q&amp;A</source>
        <translation>召开新人答疑会</translation>
    </message>
    <message>
        <source>Tonight at 20:00 we hold the welcome Q&amp;A: what this group is for, what you get, what is not allowed and whom to ask. Bring your questions!</source>
        <translation>今晚 20:00 新人答疑会：本群是做什么的、你能得到什么、哪些事不能做、有问题找谁。欢迎带着问题来！</translation>
    </message>
    <message>
        <source>Join the Q&amp;A or read the summary</source>
        <translation>参加答疑会或阅读会后总结</translation>
    </message>
    <message>
        <source>Announce it in the morning and one hour before
Answer: what the group is for
Answer: what members get
Answer: what is not allowed
Answer: whom to ask
Post a summary afterwards</source>
        <translation>早上和会前一小时各预告一次
讲清：本群是做什么的
讲清：成员能得到什么
讲清：哪些事不能做
讲清：有问题找谁
会后发布总结</translation>
    </message>
    <message>
        <source>Invite to the first activity</source>
        <translation>邀请参加首次活动</translation>
    </message>
    <message>
        <source>Our check-in challenge starts on Monday: check in seven days in a row to win a gift pack. See you there!</source>
        <translation>打卡挑战周一开始：连续打卡 7 天即可赢取礼包，期待你的参与！</translation>
    </message>
    <message>
        <source>Take part in the first activity</source>
        <translation>参加首次活动</translation>
    </message>
    <message>
        <source>Invitation sent
Participation recorded</source>
        <translation>已发送邀请
已记录参与情况</translation>
    </message>
    <message>
        <source>Standard onboarding ritual</source>
        <translation>标准入群仪式</translation>
    </message>
    <message>
        <source>The full ritual for B2B groups: verify identity first, then welcome, rename, introduce, gift, rules and the welcome Q&amp;A.</source>
        <translation>B 端社群的完整入群仪式：先审核身份，再欢迎、改昵称、自我介绍、发入群礼、讲群规、开新人答疑会。</translation>
    </message>
    <message>
        <source>Fan-care officer</source>
        <translation>宠粉官</translation>
    </message>
    <message>
        <source>Shopping-guide group onboarding</source>
        <translation>导购群入群流程</translation>
    </message>
    <message>
        <source>For consumer shopping-guide groups: no identity check, the perk comes first.</source>
        <translation>适用于 C 端导购群：无需身份审核，先发福利。</translation>
    </message>
</context>
<context>
    <name>OnboardingPurpose</name>
    <message>
        <source>Master group</source>
        <translation>总群</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Shopping-guide group</source>
        <translation>导购群</translation>
    </message>
    <message>
        <source>Perks group</source>
        <translation>福利群</translation>
    </message>
    <message>
        <source>After-sales group</source>
        <translation>售后群</translation>
    </message>
    <message>
        <source>Material group</source>
        <translation>素材群</translation>
    </message>
    <message>
        <source>Training group</source>
        <translation>培训群</translation>
    </message>
    <message>
        <source>Other group</source>
        <translation>其他社群</translation>
    </message>
</context>
<context>
    <name>OnboardingRepository</name>
    <message>
        <source>An onboarding flow needs a name.</source>
        <translation>入群流程需要一个名称。</translation>
    </message>
    <message>
        <source>Step %1 of the flow %2 needs a title.</source>
        <translation>流程“%2”的第 %1 步需要一个标题。</translation>
    </message>
    <message>
        <source>Step %1 of the flow %2 cannot happen before the member joins (%3 minutes).</source>
        <translation>流程“%2”的第 %1 步不能早于成员入群（%3 分钟）。</translation>
    </message>
    <message>
        <source>list onboarding flows</source>
        <translation>列出入群流程</translation>
    </message>
    <message>
        <source>read onboarding steps</source>
        <translation>读取入群流程步骤</translation>
    </message>
    <message>
        <source>read onboarding flow</source>
        <translation>读取入群流程</translation>
    </message>
    <message>
        <source>There is no onboarding flow with id %1.</source>
        <translation>不存在 ID 为 %1 的入群流程。</translation>
    </message>
    <message>
        <source>look up onboarding flow names</source>
        <translation>查找入群流程名称</translation>
    </message>
    <message>
        <source>create onboarding flow %1</source>
        <translation>创建入群流程“%1”</translation>
    </message>
    <message>
        <source>update onboarding flow %1</source>
        <translation>更新入群流程“%1”</translation>
    </message>
    <message>
        <source>Step %1 does not belong to the onboarding flow %2.</source>
        <translation>步骤 %1 不属于入群流程“%2”。</translation>
    </message>
    <message>
        <source>remove a step of onboarding flow %1</source>
        <translation>删除入群流程“%1”的一个步骤</translation>
    </message>
    <message>
        <source>save step %1 of onboarding flow %2</source>
        <translation>保存入群流程“%2”的第 %1 步</translation>
    </message>
    <message>
        <source>An onboarding flow named %1 already exists.</source>
        <translation>已存在名为“%1”的入群流程。</translation>
    </message>
    <message>
        <source>Position %1 is outside the steps of the flow %2 (1 to %3).</source>
        <translation>位置 %1 超出了流程“%2”的步骤范围（1 到 %3）。</translation>
    </message>
    <message>
        <source>reorder the steps of onboarding flow %1</source>
        <translation>调整入群流程“%1”的步骤顺序</translation>
    </message>
    <message>
        <source>The onboarding flow %1 comes with QunDesk and cannot be removed; copy it to make your own version.</source>
        <translation>入群流程“%1”是 QunDesk 内置的，不能删除；可以复制一份再按需修改。</translation>
    </message>
    <message>
        <source>remove onboarding flow %1</source>
        <translation>删除入群流程“%1”</translation>
    </message>
    <message>
        <source>find the onboarding flow for a group purpose</source>
        <translation>查找适用于该社群定位的入群流程</translation>
    </message>
    <message>
        <source>find the default onboarding flow</source>
        <translation>查找默认入群流程</translation>
    </message>
    <message>
        <source>There is no onboarding flow for this kind of group, and the default flow is missing.</source>
        <translation>没有适用于这类社群的入群流程，默认流程也不存在。</translation>
    </message>
    <message>
        <source>An onboarding step needs the time it was done.</source>
        <translation>标记入群步骤需要完成时间。</translation>
    </message>
    <message>
        <source>mark an onboarding step as done</source>
        <translation>标记入群步骤已完成</translation>
    </message>
    <message>
        <source>clear an onboarding step</source>
        <translation>取消入群步骤标记</translation>
    </message>
    <message>
        <source>read onboarding progress</source>
        <translation>读取入群进度</translation>
    </message>
</context>
<context>
    <name>OnboardingStepKind</name>
    <message>
        <source>Identity check</source>
        <translation>身份审核</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <source>Rename to nickname template</source>
        <translation>修改群昵称</translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation>自我介绍</translation>
    </message>
    <message>
        <source>Joining gift</source>
        <translation>入群礼</translation>
    </message>
    <message>
        <source>Group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Welcome Q&amp;A</source>
        <translation>新人答疑会</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>首次活动</translation>
    </message>
    <message>
        <source>Custom step</source>
        <translation>自定义步骤</translation>
    </message>
</context>
<context>
    <name>OnboardingTiming</name>
    <message>
        <source>Immediately</source>
        <translation>入群后立即</translation>
    </message>
    <message>
        <source>%1 min after joining</source>
        <translation>入群后 %1 分钟</translation>
    </message>
    <message>
        <source>%1 h after joining</source>
        <translation>入群后 %1 小时</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
</context>
<context>
    <name>OperatorRole</name>
    <message>
        <source>Specialist</source>
        <translation>运营专员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>总监</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Group Matrix</source>
        <translation>社群矩阵</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Content Calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>入群流程</translation>
    </message>
</context>
<context>
    <name>PivotMeasure</name>
    <message>
        <source>Groups</source>
        <translation>社群数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Active rate (7 days)</source>
        <translation>7日活跃率</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>日均消息数</translation>
    </message>
    <message>
        <source>Net joins (30 days)</source>
        <translation>30日净入群</translation>
    </message>
    <message>
        <source>GMV (30 days, yuan)</source>
        <translation>30日GMV（元）</translation>
    </message>
    <message>
        <source>KOCs</source>
        <translation>KOC 人数</translation>
    </message>
</context>
<context>
    <name>PointsReason</name>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Content contribution</source>
        <translation>内容贡献</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>PointsRepository</name>
    <message>
        <source>read the points balance of member %1</source>
        <translation>读取成员 %1 的积分余额</translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation>成员 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot take %1 points from %2: the balance is only %3 points.</source>
        <translation>无法从 %2 扣除 %1 积分：当前余额只有 %3 积分。</translation>
    </message>
    <message>
        <source>record %1 points for %2</source>
        <translation>为 %2 记录 %1 积分</translation>
    </message>
    <message>
        <source>Points earned must be more than zero (got %1).</source>
        <translation>获得的积分必须大于 0（收到 %1）。</translation>
    </message>
    <message>
        <source>Redemptions spend points; record them with redeem, not as points earned.</source>
        <translation>兑换会消耗积分，请记为兑换，而不是获得积分。</translation>
    </message>
    <message>
        <source>The points to redeem must be more than zero (got %1).</source>
        <translation>兑换的积分必须大于 0（收到 %1）。</translation>
    </message>
    <message>
        <source>An adjustment of zero points changes nothing.</source>
        <translation>调整 0 积分不会有任何变化。</translation>
    </message>
    <message>
        <source>Say why the points are adjusted: a note is required.</source>
        <translation>请说明积分调整的原因：必须填写备注。</translation>
    </message>
    <message>
        <source>read the points ledger of member %1</source>
        <translation>读取成员 %1 的积分明细</translation>
    </message>
</context>
<context>
    <name>RecommendationAction</name>
    <message>
        <source>Migrate and dissolve</source>
        <translation>迁移并解散</translation>
    </message>
    <message>
        <source>Add onboarding SOP</source>
        <translation>添加入群 SOP</translation>
    </message>
    <message>
        <source>Recruit a KOC</source>
        <translation>培养 KOC</translation>
    </message>
    <message>
        <source>Promote to master group</source>
        <translation>晋升到总群</translation>
    </message>
</context>
<context>
    <name>RecommendationRepository</name>
    <message>
        <source>read the groups for the recommendations</source>
        <translation>读取社群以生成建议</translation>
    </message>
    <message>
        <source>count the still-active members of “%1”</source>
        <translation>统计“%1”中仍活跃的成员</translation>
    </message>
    <message>
        <source>find the promotion candidates</source>
        <translation>查找晋升候选成员</translation>
    </message>
    <message>
        <source>Choose the day to evaluate the recommendations for.</source>
        <translation>请选择生成建议所依据的日期。</translation>
    </message>
    <message>
        <source>list the members of “%1”</source>
        <translation>列出“%1”的成员</translation>
    </message>
    <message>
        <source>find the built-in onboarding SOP</source>
        <translation>查找内置的入群 SOP</translation>
    </message>
    <message>
        <source>The built-in new-member 7-day SOP template is not installed: install the built-in templates on the calendar screen first.</source>
        <translation>尚未安装内置的新人 7 天 SOP 模板：请先在内容日历页面安装内置模板。</translation>
    </message>
    <message>
        <source>count the members of “%1”</source>
        <translation>统计“%1”的成员</translation>
    </message>
    <message>
        <source>Create the sub-group “%1” (same tier, team, identity, purpose and master group as “%2”).</source>
        <translation>新建分群“%1”（层级、团队、身份、定位和总群与“%2”相同）。</translation>
    </message>
    <message numerus="yes">
        <source>Close %n membership(s) in “%1” with reason “migrated”.</source>
        <translation>
            <numerusform>以“迁移”为由结束“%1”中的 %n 条入群记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open %n membership(s) in “%1”.</source>
        <translation>
            <numerusform>在“%1”中新增 %n 条入群记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the migrated member(s) are already in “%1”.</source>
        <translation>
            <numerusform>迁移的成员中有 %n 位已在“%1”中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n membership(s) in “%1” with reason “dissolved”.</source>
        <translation>
            <numerusform>以“解散”为由结束“%1”中的 %n 条入群记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” dissolved.</source>
        <translation>将“%1”标记为已解散。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) of “%1” to the master group “%2”.</source>
        <translation>
            <numerusform>把“%1”的 %n 位成员加入总群“%2”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put “%1” on the calendar of “%2” from %3: %n entry(s).</source>
        <translation>
            <numerusform>从 %3 起把“%1”排入“%2”的内容日历：%n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Advice only: KOCs are found and grown in the group; mark them as KOC in their member profiles.</source>
        <translation>仅为建议：KOC 需要在群内发现和培养；请在成员档案中将其标记为 KOC。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>等，另有 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>create the sub-group “%1”</source>
        <translation>新建分群“%1”</translation>
    </message>
    <message>
        <source>move the still-active members of “%1” to “%2”</source>
        <translation>把“%1”中仍活跃的成员迁到“%2”</translation>
    </message>
    <message>
        <source>close the migrated memberships of “%1”</source>
        <translation>结束“%1”中已迁移成员的入群记录</translation>
    </message>
    <message>
        <source>Recommendation “%1” is out of date: “%2” now has %3 still-active members, not %4. List the recommendations again.</source>
        <translation>建议“%1”已过时：“%2”现在有 %3 位仍活跃的成员，而不是 %4 位。请重新生成建议。</translation>
    </message>
    <message>
        <source>close the other memberships of “%1”</source>
        <translation>结束“%1”中其余的入群记录</translation>
    </message>
    <message>
        <source>dissolve “%1”</source>
        <translation>解散“%1”</translation>
    </message>
    <message>
        <source>Recommendation “%1” is out of date: “%2” is no longer active.</source>
        <translation>建议“%1”已过时：“%2”已不在运营中。</translation>
    </message>
    <message>
        <source>Dissolved “%1”: %2 members moved to the new sub-group “%3”, %4 memberships closed.</source>
        <translation>已解散“%1”：%2 位成员迁入新分群“%3”，结束了 %4 条入群记录。</translation>
    </message>
    <message>
        <source>Dissolved “%1”: %2 members moved to “%3”, %4 memberships closed.</source>
        <translation>已解散“%1”：%2 位成员迁入“%3”，结束了 %4 条入群记录。</translation>
    </message>
    <message>
        <source>find the promotion candidates of “%1”</source>
        <translation>查找“%1”的晋升候选成员</translation>
    </message>
    <message>
        <source>Recommendation “%1” is out of date: %2 members of “%3” qualify now, not %4. List the recommendations again.</source>
        <translation>建议“%1”已过时：“%3”现在有 %2 位成员符合条件，而不是 %4 位。请重新生成建议。</translation>
    </message>
    <message>
        <source>add member %1 to “%2”</source>
        <translation>把成员 %1 加入“%2”</translation>
    </message>
    <message>
        <source>Promoted %1 members of “%2” to “%3”.</source>
        <translation>已把“%2”的 %1 位成员晋升到“%3”。</translation>
    </message>
    <message>
        <source>Put “%1” on the calendar of “%2”: %3 entries.</source>
        <translation>已把“%1”排入“%2”的内容日历：%3 条。</translation>
    </message>
    <message>
        <source>Choose at least one recommendation to apply.</source>
        <translation>请至少选择一条要执行的建议。</translation>
    </message>
    <message>
        <source>Choose the day to apply the recommendations on.</source>
        <translation>请选择执行建议的日期。</translation>
    </message>
    <message>
        <source>Recommendation “%1” is listed twice.</source>
        <translation>建议“%1”重复出现了两次。</translation>
    </message>
    <message>
        <source>Recommendation “%1” is advice only and cannot be applied: %2</source>
        <translation>建议“%1”仅供参考，无法自动执行：%2</translation>
    </message>
    <message>
        <source>Recommendation “%1” no longer applies (the group changed since it was listed). List the recommendations again.</source>
        <translation>建议“%1”已不再适用（生成建议后社群有了变化）。请重新生成建议。</translation>
    </message>
    <message>
        <source>Recommendation “%1” is out of date: now %2. List the recommendations again.</source>
        <translation>建议“%1”已过时，现在的情况是：%2 请重新生成建议。</translation>
    </message>
    <message>
        <source>Recommendation “%1” is advice only and cannot be applied.</source>
        <translation>建议“%1”仅供参考，无法自动执行。</translation>
    </message>
    <message>
        <source>Nothing was changed: applying “%1” failed: %2</source>
        <translation>未做任何更改：执行“%1”失败：%2</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>Deep-weak: 7-day active rate %1 &lt; %2 (half the weak threshold)</source>
        <translation>深度弱运营：7 日活跃率 %1 &lt; %2（弱运营阈值的一半）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Dissolve: no member was active in the last %1 days. %2</source>
        <translation>解散：最近 %1 天没有成员活跃。%2</translation>
    </message>
    <message numerus="yes">
        <source>Dissolve, and move its %n still-active member(s) to “%1” (%2 places free). %3</source>
        <translation>
            <numerusform>解散，并把其中 %n 位仍活跃的成员迁到“%1”（空余 %2 个名额）。%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissolve, and move its %n still-active member(s) to a new sub-group “%1”: no group of the same tier, team and identity has room. %2</source>
        <translation>
            <numerusform>解散，并把其中 %n 位仍活跃的成员迁到新分群“%1”：同层级、同团队、同身份的社群都没有足够名额。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong stage without an onboarding SOP: put the new-member 7-day plan on its calendar. %1</source>
        <translation>强运营阶段尚无入群 SOP：请把新人 7 天计划排入其内容日历。%1</translation>
    </message>
    <message numerus="yes">
        <source>Strong stage without a KOC among its %n member(s): find the most active ones, praise and reward them. %1</source>
        <translation>
            <numerusform>强运营阶段，%n 位成员中还没有 KOC：找出最活跃的成员，公开表扬并给予奖励。%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) with at least %1 points or KOC status are not in the master group “%2” yet.</source>
        <translation>
            <numerusform>有 %n 位积分不低于 %1 或身为 KOC 的成员尚未进入总群“%2”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has room for %n of them: the KOCs and the highest points first.</source>
        <translation>
            <numerusform>总群只有 %n 个名额：KOC 和积分最高者优先。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Planned</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>look up group</source>
        <translation>查找社群</translation>
    </message>
    <message>
        <source>Group #%1 does not exist.</source>
        <translation>社群 #%1 不存在。</translation>
    </message>
    <message>
        <source>list groups</source>
        <translation>列出社群</translation>
    </message>
    <message>
        <source>look up content item</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <source>Content item #%1 does not exist.</source>
        <translation>内容 #%1 不存在。</translation>
    </message>
    <message>
        <source>An entry for “%1” needs a title when it has no content item.</source>
        <translation>“%1”的排期未关联内容时需要填写标题。</translation>
    </message>
    <message>
        <source>An entry for “%1” needs a date and time.</source>
        <translation>“%1”的排期需要日期和时间。</translation>
    </message>
    <message>
        <source>schedule “%1” for “%2”</source>
        <translation>为“%2”排期“%1”</translation>
    </message>
    <message>
        <source>read schedule entry</source>
        <translation>读取排期</translation>
    </message>
    <message>
        <source>Schedule entry #%1 does not exist.</source>
        <translation>排期 #%1 不存在。</translation>
    </message>
    <message>
        <source>list the calendar from %1 to %2</source>
        <translation>列出 %1 至 %2 的内容日历</translation>
    </message>
    <message>
        <source>set schedule entry #%1 to %2</source>
        <translation>将排期 #%1 设为%2</translation>
    </message>
    <message>
        <source>Schedule entry #%1 needs a valid new date and time.</source>
        <translation>排期 #%1 需要有效的新日期和时间。</translation>
    </message>
    <message>
        <source>reschedule entry #%1</source>
        <translation>调整排期 #%1</translation>
    </message>
    <message>
        <source>delete schedule entry #%1</source>
        <translation>删除排期 #%1</translation>
    </message>
    <message>
        <source>count posts per group and day</source>
        <translation>统计各社群每日发布数</translation>
    </message>
    <message>
        <source>count the calendar from %1 to %2</source>
        <translation>统计 %1 至 %2 的日历</translation>
    </message>
    <message numerus="yes">
        <source>list the groups of %n entries</source>
        <translation>
            <numerusform>列出 %n 条排期所属的社群</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment named %1 already exists.</source>
        <translation>已有名为 %1 的人群。</translation>
    </message>
    <message>
        <source>Ignored unreadable filter settings: %1</source>
        <translation>已忽略无法读取的筛选条件：%1</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>人群需要一个名称。</translation>
    </message>
    <message>
        <source>save segment %1</source>
        <translation>保存人群 %1</translation>
    </message>
    <message>
        <source>rename segment %1</source>
        <translation>重命名人群 %1</translation>
    </message>
    <message>
        <source>change segment %1</source>
        <translation>修改人群 %1</translation>
    </message>
    <message>
        <source>delete segment %1</source>
        <translation>删除人群 %1</translation>
    </message>
    <message>
        <source>read segment %1</source>
        <translation>读取人群 %1</translation>
    </message>
    <message>
        <source>Segment %1 does not exist.</source>
        <translation>人群 %1 不存在。</translation>
    </message>
    <message>
        <source>list segments</source>
        <translation>列出人群</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>read the setting %1</source>
        <translation>读取设置 %1</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>保存设置 %1</translation>
    </message>
    <message>
        <source>remove the setting %1</source>
        <translation>删除设置 %1</translation>
    </message>
    <message>
        <source>create the database identity</source>
        <translation>生成数据库标识</translation>
    </message>
</context>
<context>
    <name>Sop</name>
    <message>
        <source>Campaign</source>
        <translation>活动周期</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周循环</translation>
    </message>
    <message>
        <source>An SOP template needs a name.</source>
        <translation>SOP 模板需要名称。</translation>
    </message>
    <message>
        <source>The template “%1” must last at least one day.</source>
        <translation>模板“%1”至少要持续一天。</translation>
    </message>
    <message>
        <source>Step %1 of “%2” needs a title.</source>
        <translation>“%2”的第 %1 步需要标题。</translation>
    </message>
    <message>
        <source>Step %1 of “%2” needs a time.</source>
        <translation>“%2”的第 %1 步需要时间。</translation>
    </message>
    <message>
        <source>Step %1 of “%2” must fall on a weekday from Monday to Sunday.</source>
        <translation>“%2”的第 %1 步必须落在周一至周日之间。</translation>
    </message>
    <message>
        <source>Step %1 of “%2” falls on day %3, after the template's %4 days.</source>
        <translation>“%2”的第 %1 步在第 %3 天，超出了模板的 %4 天。</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第%1天</translation>
    </message>
    <message>
        <source>Welcome new members and post the group rules</source>
        <translation>欢迎新人入群并发布群规</translation>
    </message>
    <message>
        <source>Welcome Q&amp;A session</source>
        <translation>新人答疑会</translation>
    </message>
    <message>
        <source>Product basics everyone should know</source>
        <translation>人人都该知道的产品基础干货</translation>
    </message>
    <message>
        <source>Self-introduction thread</source>
        <translation>新人自我介绍接龙</translation>
    </message>
    <message>
        <source>Check-in game with points</source>
        <translation>打卡赢积分小游戏</translation>
    </message>
    <message>
        <source>New-member coupon</source>
        <translation>新人专属优惠券</translation>
    </message>
    <message>
        <source>Guest share: a store owner's hands-on experience</source>
        <translation>嘉宾分享：店主实战经验</translation>
    </message>
    <message>
        <source>Week review and what comes next</source>
        <translation>一周回顾与下周预告</translation>
    </message>
    <message>
        <source>Morning greeting and this week's plan</source>
        <translation>早安问候与本周预告</translation>
    </message>
    <message>
        <source>Monday quiz with prizes</source>
        <translation>周一有奖竞猜</translation>
    </message>
    <message>
        <source>Midweek perks</source>
        <translation>周三福利</translation>
    </message>
    <message>
        <source>Weekly knowledge session</source>
        <translation>每周干货分享会</translation>
    </message>
    <message>
        <source>Friday flash sale</source>
        <translation>周五秒杀</translation>
    </message>
    <message>
        <source>Weekend summary and good night</source>
        <translation>周末总结与晚安</translation>
    </message>
    <message>
        <source>New member 7-day plan</source>
        <translation>新人7天强运营计划</translation>
    </message>
    <message>
        <source>Weekly activity calendar</source>
        <translation>每周活动日历</translation>
    </message>
    <message>
        <source>Welcome everyone to the group! Please change your group nickname to city-shop name, read the group rules in the announcement, and pick up your joining gift from the group owner.</source>
        <translation>欢迎新朋友入群！请把群昵称改成“城市-店名”，先看群公告里的群规，再找群主领取入群礼。</translation>
    </message>
    <message>
        <source>Tonight at 20:00 our welcome Q&amp;A: what this group is for, what you get here, what is not allowed, and whom to ask. Leave your questions below and we will answer them one by one.</source>
        <translation>今晚 20:00 新人答疑会：这个群是做什么的、在这里能得到什么、哪些事不能做、有问题找谁。问题请直接留在下面，我们逐一解答。</translation>
    </message>
    <message>
        <source>Three things to know about our best sellers: who they suit, how to use them, and the questions customers ask most. Save this post, it answers most of your customers' questions.</source>
        <translation>爆款产品要知道的三件事：适合谁、怎么用、顾客最常问什么。建议收藏这条，顾客的大部分问题都能在这里找到答案。</translation>
    </message>
    <message>
        <source>Let's get to know each other: city, shop or channel, how long you have been selling, and one thing you want to learn here. The first ten introductions earn 20 points.</source>
        <translation>来认识一下吧：所在城市、门店或渠道、做了多久，以及最想在群里学到的一件事。前十位自我介绍的伙伴各得 20 积分。</translation>
    </message>
    <message>
        <source>Check-in starts today: reply with today's sales or a photo of your shelf every day for five days to earn points; a full week of check-ins doubles them.</source>
        <translation>打卡今天开始：连续五天每天回复当天销量或货架照片即可得积分，一周全勤积分翻倍。</translation>
    </message>
    <message>
        <source>Your new-member coupon is here: valid for 7 days on your first restock. Reply "coupon" and the assistant will send it to you privately.</source>
        <translation>新人专属优惠券来啦：首次补货可用，7 天内有效。回复“优惠券”，小助理私信发给你。</translation>
    </message>
    <message>
        <source>Tonight a store owner from our group shares how she sold 300 sets in her first month: display, scripts for walk-in customers and follow-up on WeChat. Questions welcome after the talk.</source>
        <translation>今晚请群里一位门店老板分享她第一个月卖出 300 套的经验：陈列、进店顾客话术和微信跟进。分享结束后欢迎提问。</translation>
    </message>
    <message>
        <source>Thank you for a lively first week! Check-in winners and the most helpful members are listed below. From next week: Monday game, Wednesday to Friday perks, Thursday knowledge session.</source>
        <translation>感谢大家热闹的第一周！打卡获奖名单和最热心的伙伴见下方。下周起固定节奏：周一游戏，周三到周五福利，周四干货分享。</translation>
    </message>
    <message>
        <source>Week two plan and check-in leaderboard</source>
        <translation>第二周预告与打卡排行榜</translation>
    </message>
    <message>
        <source>Good morning! This week: selling tips, a points mall and a new-product guessing game. Last week's check-in leaderboard is below; keep your streak going.</source>
        <translation>早上好！本周安排：销售技巧、积分商城和新品竞猜。上周打卡排行榜见下方，继续保持连续打卡哦。</translation>
    </message>
    <message>
        <source>Selling tips: answering the five questions customers ask most</source>
        <translation>销售技巧：顾客最常问的五个问题怎么答</translation>
    </message>
    <message>
        <source>Is it genuine, is it right for me, why is it more expensive, how long until it works, what if it does not suit me: a script for each, ready to copy.</source>
        <translation>是不是正品、适不适合我、为什么比别家贵、多久见效、不合适怎么办：每个问题一段话术，直接复制就能用。</translation>
    </message>
    <message>
        <source>Topic: share your first sale this week</source>
        <translation>话题：晒晒你本周的第一单</translation>
    </message>
    <message>
        <source>Who made a sale this week? Share how the customer found you and what convinced them. The best story earns 50 points and a mention in the weekly review.</source>
        <translation>本周谁开单了？说说顾客是怎么找到你的、最后是什么打动了他。最佳故事奖励 50 积分，并在周总结里点名表扬。</translation>
    </message>
    <message>
        <source>Points mall opens: redeem your check-in points</source>
        <translation>积分商城开放：打卡积分来兑换</translation>
    </message>
    <message>
        <source>The points mall is open: trade your check-in points for samples, display stands or restock coupons. Reply "points" to see your balance.</source>
        <translation>积分商城开放啦：打卡积分可以兑换小样、陈列架或补货券。回复“积分”查看你的余额。</translation>
    </message>
    <message>
        <source>New-product warm-up: guess the launch</source>
        <translation>新品预热：猜猜要上什么</translation>
    </message>
    <message>
        <source>Something new is coming next week. Look at the teaser picture and guess what it is: everyone who guesses right joins the draw for a launch gift box.</source>
        <translation>下周有新品上市！看预告图猜猜是什么，猜对的伙伴参与抽取新品礼盒。</translation>
    </message>
    <message>
        <source>Guest share: how an online reseller doubled repeat orders</source>
        <translation>嘉宾分享：网店店主如何让复购翻倍</translation>
    </message>
    <message>
        <source>Tonight an online reseller shares her Moments schedule, how she tags customers and the follow-up messages that doubled her repeat orders.</source>
        <translation>今晚请一位网店店主分享她的朋友圈发布节奏、顾客标签方法，以及让复购翻倍的跟进话术。</translation>
    </message>
    <message>
        <source>Week three plan: we are looking for vice owners</source>
        <translation>第三周预告：招募副群主</translation>
    </message>
    <message>
        <source>Good morning! This week we recruit two vice owners to help answer questions and welcome newcomers; they get a monthly gift and join our weekly meeting. Reply if you are interested.</source>
        <translation>早上好！本周招募两位副群主，协助答疑和欢迎新人，每月有专属礼品，并参加每周例会。有意向请回复报名。</translation>
    </message>
    <message>
        <source>Quiz on what we have learned</source>
        <translation>知识竞答：这两周学到了什么</translation>
    </message>
    <message>
        <source>Five questions on the products and scripts from the last two weeks. Answer in the group; everyone with five right answers earns 30 points.</source>
        <translation>五道题，考考这两周讲过的产品和话术。直接在群里作答，全部答对得 30 积分。</translation>
    </message>
    <message>
        <source>Material library: posters and copy you may forward</source>
        <translation>素材库：可以直接转发的海报和文案</translation>
    </message>
    <message>
        <source>This week's posters and copy are in the material group, made by our best creators. Forward them to your Moments as they are, or add your shop name.</source>
        <translation>本周海报和文案已放在素材群，由群里最会做素材的伙伴原创。可以直接转发朋友圈，也可以加上你的店名。</translation>
    </message>
    <message>
        <source>Members-only flash sale</source>
        <translation>群内专属秒杀</translation>
    </message>
    <message>
        <source>Members-only flash sale tonight from 20:00 to 22:00, limited stock. The link goes out at 20:00 sharp; set a reminder.</source>
        <translation>今晚 20:00–22:00 群内专属秒杀，数量有限。链接 20:00 准时发出，记得定好闹钟。</translation>
    </message>
    <message>
        <source>Praise this week's KOCs</source>
        <translation>表扬本周 KOC</translation>
    </message>
    <message>
        <source>A big thank-you to the members who helped others this week: their answers, photos and stories are below. Each of them receives a thank-you gift.</source>
        <translation>特别感谢本周热心帮助大家的伙伴：他们的解答、照片和故事见下方，每人送上一份感谢礼。</translation>
    </message>
    <message>
        <source>21 days together: review and daily rhythm from here on</source>
        <translation>相伴 21 天：回顾与之后的日常节奏</translation>
    </message>
    <message>
        <source>Three weeks together! Here is what we learned, who led the check-ins and who became vice owners. From now on the weekly rhythm continues: Monday game, midweek perks, Thursday knowledge session.</source>
        <translation>一起走过三周！回顾我们学到的内容、打卡领跑的伙伴和新任副群主。之后按每周节奏继续：周一游戏，周中福利，周四干货分享。</translation>
    </message>
    <message>
        <source>Week four plan and points ranking</source>
        <translation>第四周预告与积分排行</translation>
    </message>
    <message>
        <source>Good morning! The last week of our first month: an advanced course, a lucky draw and a loyalty perk. The points ranking so far is below.</source>
        <translation>早上好！第一个月的最后一周：进阶课程、幸运抽奖和老成员福利。目前的积分排行见下方。</translation>
    </message>
    <message>
        <source>Advanced course: running your own customer group</source>
        <translation>进阶课：经营你自己的顾客群</translation>
    </message>
    <message>
        <source>How to start a customer group for your own shop: naming, rules, a welcome message and a weekly rhythm you can copy from this group.</source>
        <translation>如何为自己的门店建顾客群：群名、群规、欢迎语，以及可以直接照搬本群的每周节奏。</translation>
    </message>
    <message>
        <source>Lucky draw for the most active members</source>
        <translation>活跃伙伴幸运抽奖</translation>
    </message>
    <message>
        <source>Everyone who checked in at least ten times this month is in today's lucky draw. Results at 15:00 in the group.</source>
        <translation>本月打卡满十次的伙伴都参加今天的幸运抽奖，15:00 在群里公布结果。</translation>
    </message>
    <message>
        <source>Guest share: a top distributor's month in numbers</source>
        <translation>嘉宾分享：头部经销商的一个月数据</translation>
    </message>
    <message>
        <source>Tonight one of our top distributors opens her books: customers, repeat rate, restock rhythm and what she would do differently in her first month.</source>
        <translation>今晚请一位头部经销商公开她的账本：顾客数、复购率、补货节奏，以及如果重来第一个月她会怎么做。</translation>
    </message>
    <message>
        <source>Loyalty perk for members who stayed the month</source>
        <translation>满月老成员福利</translation>
    </message>
    <message>
        <source>Thank you for staying with us all month: every member gets a loyalty coupon today, valid for 14 days.</source>
        <translation>感谢大家陪伴整整一个月：今天每位成员都能领一张老成员优惠券，14 天内有效。</translation>
    </message>
    <message>
        <source>One month together: review and the rhythm of daily operation</source>
        <translation>相伴一个月：回顾与日常运营节奏</translation>
    </message>
    <message>
        <source>Our first month is complete. Thank you to every active member, vice owner and guest speaker. From now on: Monday game, Wednesday to Friday perks, Thursday knowledge session, and the group is yours to keep lively.</source>
        <translation>第一个月圆满结束，感谢每一位活跃的伙伴、副群主和分享嘉宾。之后的节奏：周一游戏，周三到周五福利，周四干货分享，群的热闹就靠大家一起维持啦。</translation>
    </message>
    <message>
        <source>Good morning, everyone! This week: Monday quiz tonight, perks from Wednesday to Friday, the knowledge session on Thursday at 20:00.</source>
        <translation>大家早上好！本周安排：今晚周一竞猜，周三到周五福利，周四 20:00 干货分享会。</translation>
    </message>
    <message>
        <source>Monday quiz: three questions about our products. The first five correct answers win 20 points each.</source>
        <translation>周一竞猜：三道产品小问题，前五位答对的伙伴各得 20 积分。</translation>
    </message>
    <message>
        <source>Morning greeting with today's tip</source>
        <translation>早安问候与今日小贴士</translation>
    </message>
    <message>
        <source>Good morning! Today's tip: reply to every customer within an hour; quick answers close more sales.</source>
        <translation>早上好！今日小贴士：每位顾客的消息一小时内回复，回得快，成交就多。</translation>
    </message>
    <message>
        <source>Midweek perk: restock coupons for today only. Reply "perk" and the assistant sends yours.</source>
        <translation>周三福利：补货券仅限今天。回复“福利”，小助理发给你。</translation>
    </message>
    <message>
        <source>Thursday perk: samples for your customers</source>
        <translation>周四福利：送给你顾客的小样</translation>
    </message>
    <message>
        <source>Free samples for your best customers: the first 30 replies get a sample pack with your next order.</source>
        <translation>为你的老顾客准备免费小样：前 30 位回复的伙伴，下次订货随单附赠小样包。</translation>
    </message>
    <message>
        <source>Our weekly knowledge session starts at 20:00: this week's topic is in the announcement. Questions welcome in the group afterwards.</source>
        <translation>每周干货分享会 20:00 开始，本周主题见群公告。分享后欢迎在群里提问。</translation>
    </message>
    <message>
        <source>Friday flash sale from 20:00 to 21:00, limited stock; the link goes out on the hour.</source>
        <translation>周五秒杀 20:00–21:00，数量有限，整点发链接。</translation>
    </message>
    <message>
        <source>Weekend topic: show us your shop</source>
        <translation>周末话题：晒晒你的店</translation>
    </message>
    <message>
        <source>Weekend topic: post a photo of your shelf or your best display; the most liked photo wins 30 points.</source>
        <translation>周末话题：晒出你的货架或最满意的陈列，点赞最多的照片得 30 积分。</translation>
    </message>
    <message>
        <source>Thank you for this week! The quiz winners, perk numbers and the best shop photos are below. Good night, see you on Monday morning.</source>
        <translation>感谢大家这一周的陪伴！竞猜获奖名单、福利数据和最佳门店照片见下方。晚安，周一早上见。</translation>
    </message>
    <message>
        <source>The first week after the group fills: onboarding ritual, first knowledge, first game, first perk.</source>
        <translation>社群满员后的第一周：入群仪式、第一次干货、第一次游戏、第一份福利。</translation>
    </message>
    <message>
        <source>New member 21-day plan</source>
        <translation>新人21天强运营计划</translation>
    </message>
    <message>
        <source>Three weeks of strong operation: the first week's ritual, then selling skills, points, a first launch and flash sale, vice owners and KOCs.</source>
        <translation>三周强运营：第一周的入群仪式，之后是销售技巧、积分、第一次新品和秒杀、副群主和 KOC。</translation>
    </message>
    <message>
        <source>New member 30-day plan</source>
        <translation>新人30天强运营计划</translation>
    </message>
    <message>
        <source>The whole first month of strong operation, ending with rewards for the most active members and the hand-over to daily operation.</source>
        <translation>完整的首月强运营，最后奖励最活跃的成员，并交接到平时运营。</translation>
    </message>
    <message>
        <source>Morning and evening greetings, a Monday game, Wednesday to Friday perks, a fixed Thursday knowledge session and a weekend topic.</source>
        <translation>早晚问候，周一游戏，周三到周五福利，固定的周四干货分享，以及周末话题。</translation>
    </message>
</context>
<context>
    <name>SopRepository</name>
    <message>
        <source>list SOP templates</source>
        <translation>列出 SOP 模板</translation>
    </message>
    <message>
        <source>list SOP steps</source>
        <translation>列出 SOP 步骤</translation>
    </message>
    <message>
        <source>read SOP steps</source>
        <translation>读取 SOP 步骤</translation>
    </message>
    <message>
        <source>read SOP template</source>
        <translation>读取 SOP 模板</translation>
    </message>
    <message>
        <source>SOP template #%1 does not exist.</source>
        <translation>SOP 模板 #%1 不存在。</translation>
    </message>
    <message>
        <source>Step “%1” does not belong to this template.</source>
        <translation>步骤“%1”不属于此模板。</translation>
    </message>
    <message>
        <source>save SOP step “%1”</source>
        <translation>保存 SOP 步骤“%1”</translation>
    </message>
    <message>
        <source>delete SOP step</source>
        <translation>删除 SOP 步骤</translation>
    </message>
    <message>
        <source>check SOP template name</source>
        <translation>检查 SOP 模板名称</translation>
    </message>
    <message>
        <source>An SOP template named “%1” already exists.</source>
        <translation>已有名为“%1”的 SOP 模板。</translation>
    </message>
    <message>
        <source>save SOP template “%1”</source>
        <translation>保存 SOP 模板“%1”</translation>
    </message>
    <message>
        <source>look up SOP template “%1”</source>
        <translation>查找 SOP 模板“%1”</translation>
    </message>
    <message>
        <source>count SOP applications</source>
        <translation>统计 SOP 套用次数</translation>
    </message>
    <message>
        <source>Cannot count the applications of “%1”.</source>
        <translation>无法统计“%1”的套用记录。</translation>
    </message>
    <message>
        <source>“%1” is on %2 group calendars; undo those applications before deleting the template.</source>
        <translation>“%1”已套用到 %2 个社群的内容日历；请先撤销这些套用，再删除模板。</translation>
    </message>
    <message>
        <source>delete SOP template “%1”</source>
        <translation>删除 SOP 模板“%1”</translation>
    </message>
    <message>
        <source>Choose a start date to apply the template.</source>
        <translation>请选择套用模板的开始日期。</translation>
    </message>
    <message>
        <source>“%1” was already applied to “%2” from %3 (on %4). Undo that application to apply it again.</source>
        <translation>“%1”已于 %4 从 %3 起套用到“%2”。如需重新套用，请先撤销那次套用。</translation>
    </message>
    <message>
        <source>look up earlier applications</source>
        <translation>查找以往的套用记录</translation>
    </message>
    <message>
        <source>“%1” has no steps to put on the calendar.</source>
        <translation>“%1”没有可排入内容日历的步骤。</translation>
    </message>
    <message>
        <source>apply “%1” to “%2”</source>
        <translation>将“%1”套用到“%2”</translation>
    </message>
    <message>
        <source>list SOP applications</source>
        <translation>列出 SOP 套用记录</translation>
    </message>
    <message>
        <source>read SOP application</source>
        <translation>读取 SOP 套用记录</translation>
    </message>
    <message>
        <source>SOP application #%1 does not exist.</source>
        <translation>SOP 套用记录 #%1 不存在。</translation>
    </message>
    <message>
        <source>undo SOP application #%1</source>
        <translation>撤销 SOP 套用 #%1</translation>
    </message>
    <message>
        <source>There is no SOP template named “%1”.</source>
        <translation>没有名为“%1”的 SOP 模板。</translation>
    </message>
    <message>
        <source>Choose at least one group to apply the template to.</source>
        <translation>请至少选择一个要应用模板的社群。</translation>
    </message>
    <message>
        <source>look up the groups to apply “%1” to</source>
        <translation>查找要应用“%1”的社群</translation>
    </message>
    <message>
        <source>Group #%1 does not exist.</source>
        <translation>社群 #%1 不存在。</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>Lifecycle stages need a valid day to be recorded for.</source>
        <translation>记录生命周期阶段需要一个有效的日期。</translation>
    </message>
    <message>
        <source>Lifecycle stages are recorded up to %1; recording them for %2, an earlier day, would rewrite their history.</source>
        <translation>生命周期阶段已记录到 %1；再为更早的 %2 记录会改写阶段历史。</translation>
    </message>
    <message>
        <source>read the recorded lifecycle stages</source>
        <translation>读取已记录的生命周期阶段</translation>
    </message>
    <message>
        <source>record the lifecycle stages of %1</source>
        <translation>记录 %1 的生命周期阶段</translation>
    </message>
    <message>
        <source>read the current lifecycle stages</source>
        <translation>读取当前的生命周期阶段</translation>
    </message>
    <message>
        <source>read the stage history of group %1</source>
        <translation>读取社群 %1 的阶段历史</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #RRGGBB.</source>
        <translation>颜色 %1 不是 #RRGGBB 格式。</translation>
    </message>
    <message>
        <source>A tag named %1 already exists.</source>
        <translation>已有名为 %1 的标签。</translation>
    </message>
    <message>
        <source>add tag %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>read tag %1</source>
        <translation>读取标签 %1</translation>
    </message>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation>标签 %1 不存在。</translation>
    </message>
    <message>
        <source>rename tag %1 to %2</source>
        <translation>将标签 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>change the colour of tag %1</source>
        <translation>修改标签 %1 的颜色</translation>
    </message>
    <message>
        <source>untag every member tagged %1</source>
        <translation>移除所有成员的标签 %1</translation>
    </message>
    <message>
        <source>delete tag %1</source>
        <translation>删除标签 %1</translation>
    </message>
    <message>
        <source>list tags</source>
        <translation>读取标签列表</translation>
    </message>
    <message>
        <source>tag member %1 with %2</source>
        <translation>为成员 %1 打上标签 %2</translation>
    </message>
    <message>
        <source>remove tag %2 from member %1</source>
        <translation>移除成员 %1 的标签 %2</translation>
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation>成员 %1 不存在。</translation>
    </message>
    <message>
        <source>read the tags of member %1</source>
        <translation>读取成员 %1 的标签</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file contains NUL bytes: it is not a text (CSV) file (UTF-16 text needs its byte order mark).</source>
        <translation>文件含有 NUL 字节，不是文本（CSV）文件（UTF-16 文本需要带 BOM）。</translation>
    </message>
    <message>
        <source>The file is mostly control characters: it is not a text (CSV) file.</source>
        <translation>文件大多是控制字符，不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text: it is not a text (CSV) file, or its encoding is not supported.</source>
        <translation>文件既不是 UTF-8 也不是 GBK/GB18030 文本：不是文本（CSV）文件，或编码不受支持。</translation>
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>VerificationStatus</name>
    <message>
        <source>Unverified</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>WeekSheet</name>
    <message>
        <source>%1 – %2 · week %3</source>
        <translation>%1 – %2 · 第 %3 周</translation>
    </message>
    <message>
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n 条内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个群</numerusform>
        </translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>QunDesk · this week continues: part %1 of %2</source>
        <translation>QunDesk · 本周续页：第 %1 / %2 部分</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>(cont.)</source>
        <translation>（续）</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s): %1</source>
        <translation>
            <numerusform>%n 个群：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no week to print.</source>
        <translation>没有可打印的周。</translation>
    </message>
    <message>
        <source>Content calendar %1 – %2</source>
        <translation>内容日历 %1 – %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>qundesk::ContentItemModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>qundesk::DayListModel</name>
    <message>
        <source>Post #%1 is not on this list.</source>
        <translation>第 %1 条内容不在这份清单上。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>To post</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <source>Copy the text; %n attached material(s) can be copied from the panel</source>
        <translation>
            <numerusform>复制文案；附带的 %n 个素材可在右侧面板复制</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the text to paste into the group</source>
        <translation>复制文案，粘贴到群里</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文案</translation>
    </message>
</context>
<context>
    <name>qundesk::FunnelStepModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Data problem: step %1 counts %2 people, more than the %3 at step %4. A funnel only loses people on the way, so check the figures entered for this range.</source>
        <translation>数据异常：第 %1 步有 %2 人，多于第 %4 步的 %3 人。漏斗只会流失、不会凭空增加，请检查这段时间录入的数据。</translation>
    </message>
    <message>
        <source>Data problem: step %1 counts %2 people, more than the %3 who entered the funnel at step 1. Check the figures entered for this range.</source>
        <translation>数据异常：第 %1 步有 %2 人，多于第 1 步进入漏斗的 %3 人。请检查这段时间录入的数据。</translation>
    </message>
    <message>
        <source>Largest drop-off: %1 of the people at step %2 are lost before step %3.</source>
        <translation>最大流失：第 %2 步的人中有 %1 没有到达第 %3 步。</translation>
    </message>
    <message>
        <source>Counted from events: %1</source>
        <translation>按事件统计：%1</translation>
    </message>
    <message>
        <source>People at this step divided by people at the step before</source>
        <translation>本步人数 ÷ 上一步人数</translation>
    </message>
    <message>
        <source>People at this step divided by people at step 1</source>
        <translation>本步人数 ÷ 第 1 步人数</translation>
    </message>
    <message>
        <source>People lost since the step before, and their share</source>
        <translation>与上一步相比流失的人数及占比</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Step conversion</source>
        <translation>环节转化率</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>整体转化率</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>No step loses anyone in this range.</source>
        <translation>这段时间内没有任何一步出现流失。</translation>
    </message>
    <message>
        <source>No figures recorded in this range.</source>
        <translation>这段时间内没有录入漏斗数据。</translation>
    </message>
    <message>
        <source>Largest drop-off: step %1 %2 → step %3 %4, %5 lost</source>
        <translation>最大流失：第%1步 %2 → 第%3步 %4，流失 %5</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>第%1步 %2</translation>
    </message>
    <message>
        <source>Check the figures of %1: a step cannot count more people than the step before it or the first step.</source>
        <translation>请检查%1的数据：任何一步的人数都不应多于上一步或第 1 步。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupGridModel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 × %2: %3 groups, %4 members</source>
        <translation>%1 × %2：%3 个群，%4 人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 个群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 × %2: no group here</source>
        <translation>%1 × %2：此处没有社群</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupMemberModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群日期</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupTableModel</name>
    <message>
        <source>%1 members, of them %2 KOC</source>
        <translation>成员 %1 人，其中 KOC %2 人</translation>
    </message>
    <message>
        <source>%1 (under %2)</source>
        <translation>%1（隶属 %2）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>满员率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建群日期</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>满群日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>%1
Since %2</source>
        <translation>%1
自 %2 起</translation>
    </message>
</context>
<context>
    <name>qundesk::KeywordReplyModel</name>
    <message>
        <source>Group #%1</source>
        <translation>社群 #%1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>定位：%1</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>qundesk::MaterialModel</name>
    <message>
        <source>Author: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Author rewarded with %1 points</source>
        <translation>作者已获 %1 积分奖励</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTableModel</name>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation>平台 ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>First joined</source>
        <translation>首次入群</translation>
    </message>
</context>
<context>
    <name>qundesk::OnboardingStepModel</name>
    <message>
        <source>Before joining</source>
        <translation>入群前</translation>
    </message>
    <message>
        <source>Not tied to a time after joining</source>
        <translation>不限定入群后的时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Staff script</source>
        <translation>员工话术</translation>
    </message>
    <message>
        <source>Member action</source>
        <translation>成员动作</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>qundesk::RecommendationModel</name>
    <message>
        <source>%1
Advice only: QunDesk cannot carry this out for you.</source>
        <translation>%1
仅为建议：QunDesk 无法替您执行。</translation>
    </message>
    <message>
        <source>New sub-group “%1”</source>
        <translation>新分群“%1”</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>qundesk::SopApplicationModel</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
</context>
<context>
    <name>qundesk::SopStepModel</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
</context>
<context>
    <name>qundesk::SopTemplateModel</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤数</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::BulkActionDialog</name>
    <message>
        <source>Add a tag</source>
        <translation>打标签</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Add to a group</source>
        <translation>加入社群</translation>
    </message>
    <message>
        <source>Set verification</source>
        <translation>设置审核状态</translation>
    </message>
    <message>
        <source>Flag as KOC</source>
        <translation>标记为 KOC</translation>
    </message>
    <message>
        <source>Remove the KOC flag</source>
        <translation>取消 KOC 标记</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected member(s)</source>
        <translation>
            <numerusform>已选中的 %n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>All members matching the current filter (counting…)</source>
        <translation>符合当前筛选的全部成员（统计中…）</translation>
    </message>
    <message>
        <source>All %L1 members matching the current filter</source>
        <translation>符合当前筛选的全部 %L1 位成员</translation>
    </message>
    <message>
        <source>All members matching the current filter (at least %L1)</source>
        <translation>符合当前筛选的全部成员（至少 %L1 位）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Type part of a group name</source>
        <translation>输入群名的一部分</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Members already in the group and blacklisted members are skipped.</source>
        <translation>已在群内的成员和已拉黑的成员会被跳过。</translation>
    </message>
    <message>
        <source>e.g. shop-front photo checked</source>
        <translation>例如：已核对门头照</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>审核依据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Full phone numbers and platform IDs (not masked)</source>
        <translation>完整手机号和平台 ID（不打码）</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>应用于：</translation>
    </message>
    <message>
        <source>There is no tag yet: create one first.</source>
        <translation>还没有标签，请先创建一个。</translation>
    </message>
    <message>
        <source>Pick a group from the list.</source>
        <translation>请从列表中选择一个社群。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar (.ics): import into phone and desktop calendars</source>
        <translation>iCalendar (.ics)：导入手机和电脑日历</translation>
    </message>
    <message>
        <source>CSV: a table for Excel</source>
        <translation>CSV：用 Excel 打开的表格</translation>
    </message>
    <message>
        <source>PDF: a printable week sheet (A4 landscape)</source>
        <translation>PDF：可打印的周计划表（A4 横向）</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation>未来 4 周</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部运营</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>No group is called “%1”; pick one from the list.</source>
        <translation>没有名为“%1”的社群，请从列表中选择。</translation>
    </message>
    <message>
        <source>No operator is called “%1”; pick one from the list.</source>
        <translation>没有名为“%1”的运营，请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) (%1, %2) to %3.</source>
        <translation>
            <numerusform>已导出 %n 条内容（%1，%2）到 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) (%1) to %2.</source>
        <translation>
            <numerusform>已导出 %n 条内容（%1）到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::CalendarFilter</name>
    <message>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Only this group's posts (type part of a name)</source>
        <translation>只看这个社群的内容（可输入群名的一部分）</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Only groups of this tier</source>
        <translation>只看这个层级的社群</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Only groups of this team</source>
        <translation>只看这个团队的社群</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营：</translation>
    </message>
    <message>
        <source>Only posts this operator sends</source>
        <translation>只看这位运营负责发送的内容</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>栏目：</translation>
    </message>
    <message>
        <source>Only content of this column (栏目)</source>
        <translation>只看这个栏目的内容</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Only posts with this status</source>
        <translation>只看这个状态的内容</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every post again</source>
        <translation>重新显示全部内容</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::CalendarPage</name>
    <message>
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <source>SOP templates</source>
        <translation>SOP 模板</translation>
    </message>
    <message>
        <source>Cannot load the calendar: %1</source>
        <translation>无法加载内容日历：%1</translation>
    </message>
    <message>
        <source>{monthName} {day}, {year} – {monthName2} {day2}, {year2}</source>
        <translation>{year}年{month}月{day}日–{year2}年{month2}月{day2}日</translation>
    </message>
    <message>
        <source>{monthName} {day} – {monthName2} {day2}, {year}</source>
        <translation>{year}年{month}月{day}日–{month2}月{day2}日</translation>
    </message>
    <message>
        <source>{monthName} {day}–{day2}, {year}</source>
        <translation>{year}年{month}月{day}日–{day2}日</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>跳到某一天</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>新建内容…</translation>
    </message>
    <message>
        <source>Plan a post for one group or for every group a selector picks</source>
        <translation>为一个社群，或按条件选出的每个社群安排一条内容</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the posts shown as iCalendar (.ics), CSV or a printable PDF week</source>
        <translation>将当前显示的内容导出为 iCalendar（.ics）、CSV 或可打印的 PDF 周视图</translation>
    </message>
    <message>
        <source>Today's posts</source>
        <translation>今日待发</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>内容库</translation>
    </message>
    <message>
        <source>Keyword replies</source>
        <translation>关键词回复</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>上一周（Page Up）</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>下一周（Page Down）</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（Page Up）</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（Page Down）</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n posts this week</source>
        <translation>
            <numerusform>本周 %n 条内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n done</source>
        <translation>
            <numerusform>，已发 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source> (filter: %1)</source>
        <translation>（筛选：%1）</translation>
    </message>
    <message>
        <source>Nothing planned: apply an SOP template or double-click a cell to plan a post.</source>
        <translation>还没有排期：套用 SOP 模板，或双击格子安排一条内容。</translation>
    </message>
    <message>
        <source>Drag a post to another day or slot to move it; double-click to edit.</source>
        <translation>把内容拖到别的日期或时段即可改期；双击可编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n posts this month</source>
        <translation>
            <numerusform>本月 %n 条内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a day to open its week.</source>
        <translation>双击某一天打开那一周。</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n 个群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>等另外 %n 个群</numerusform>
        </translation>
    </message>
    <message>
        <source>Move post</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>MM-dd ddd</source>
        <comment>moved to date</comment>
        <translation>MM-dd ddd</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>把“%1”改到 %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n posts to %1</source>
        <translation>
            <numerusform>已把 %n 条内容改到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts saved</source>
        <translation>
            <numerusform>已保存 %n 条内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>编辑内容</translation>
    </message>
    <message numerus="yes">
        <source>Edit the post for %1 (one of %n groups)</source>
        <translation>
            <numerusform>编辑发给 %1 的内容（共 %n 个群之一）</numerusform>
        </translation>
    </message>
    <message>
        <source>{monthLongName} {year}</source>
        <translation>{year}年{month}月</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::CalendarSettings</name>
    <message>
        <source>Good morning</source>
        <translation>早安问候</translation>
    </message>
    <message>
        <source>Morning know-how</source>
        <translation>上午干货</translation>
    </message>
    <message>
        <source>Midday topic</source>
        <translation>午间话题</translation>
    </message>
    <message>
        <source>Afternoon activity</source>
        <translation>下午活动</translation>
    </message>
    <message>
        <source>Afternoon tea perks</source>
        <translation>下午茶福利</translation>
    </message>
    <message>
        <source>Early evening chat</source>
        <translation>傍晚互动</translation>
    </message>
    <message>
        <source>Evening feature</source>
        <translation>晚间主推</translation>
    </message>
    <message>
        <source>Good night recap</source>
        <translation>晚安总结</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Max posts</source>
        <translation>最多条数</translation>
    </message>
    <message>
        <source>The fixed posting times of a day. Max posts: how many posts one group may get at that time before the calendar reports a conflict (a time that is not a slot allows one).</source>
        <translation>每天固定的发帖时间（时段）。最多条数：一个群在该时间最多可发几条，超过即报冲突（不在时段内的时间只允许一条）。</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>删除时段</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>More posts than this to one group in one day is reported as a conflict. Default %1: one per slot of the default day.</source>
        <translation>一个群一天的发帖超过此数即报冲突。默认 %1：默认每个时段一条。</translation>
    </message>
    <message>
        <source>No posts from</source>
        <translation>不发帖时间：从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Quiet hours: members are asleep; a start after the end runs across midnight, e.g. 22:30 to 08:00.</source>
        <translation>免打扰时段：成员在休息；开始晚于结束表示跨过午夜，例如 22:30 到 08:00。</translation>
    </message>
    <message>
        <source>Daily maximum per group:</source>
        <translation>每群每日上限：</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>免打扰时段：</translation>
    </message>
    <message>
        <source>Time slots:</source>
        <translation>时段：</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::DayListWidget</name>
    <message>
        <source>Today's posts</source>
        <translation>今日待发</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营：</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文案</translation>
    </message>
    <message>
        <source>Pick a post to see its full text.</source>
        <translation>选择一条内容查看完整文案。</translation>
    </message>
    <message>
        <source>Put the text on the clipboard to paste it into the group (Ctrl+C in the list)</source>
        <translation>把文案放到剪贴板，粘贴到群里（在列表中按 Ctrl+C 也可）</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Copy material</source>
        <translation>复制素材</translation>
    </message>
    <message>
        <source>Cannot list the operators: %1</source>
        <translation>无法列出运营：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n group(s))</source>
        <translation>
            <numerusform>%1（%n 个群）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the day list: %1</source>
        <translation>无法加载待发清单：%1</translation>
    </message>
    <message>
        <source>There are no operators yet. Add operators and assign groups to them; their posts appear here.</source>
        <translation>还没有运营。添加运营并为其分配社群后，他们的待发内容会显示在这里。</translation>
    </message>
    <message>
        <source>Nothing to post on %1 for %2.</source>
        <translation>%2 在 %1 没有待发内容。</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, MMM d</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message numerus="yes">
        <source>Tomorrow, %1: %n post(s)</source>
        <translation>
            <numerusform>明日预告 · %1 · %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next day, %1: %n post(s)</source>
        <translation>
            <numerusform>次日预告 · %1 · %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo done</source>
        <translation>撤销完成</translation>
    </message>
    <message>
        <source>Set the post back to planned</source>
        <translation>把这条内容改回待发</translation>
    </message>
    <message>
        <source>Record that the post went out now</source>
        <translation>记录这条内容已于此刻发出</translation>
    </message>
    <message>
        <source>No post selected</source>
        <translation>未选择内容</translation>
    </message>
    <message>
        <source>Attached materials</source>
        <translation>附带素材</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No attached materials</source>
        <translation>没有附带素材</translation>
    </message>
    <message>
        <source>Attached materials (%1)</source>
        <translation>附带素材（%1）</translation>
    </message>
    <message>
        <source>“%1” marked done at %2.</source>
        <translation>“%1”已于 %2 标记完成。</translation>
    </message>
    <message>
        <source>“%1” is planned again.</source>
        <translation>“%1”已改回待发。</translation>
    </message>
    <message>
        <source>Text of “%1” copied for %2.</source>
        <translation>已复制“%1”的文案（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 It has %n attached material(s): copy them from the list on the right.</source>
        <translation>
            <numerusform>%1附带 %n 个素材，可在右侧列表中逐个复制。</numerusform>
        </translation>
    </message>
    <message>
        <source>Material “%1” copied.</source>
        <translation>已复制素材“%1”。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::EntryEditorDialog</name>
    <message>
        <source>Calendar entry</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>The text or script to post; empty uses the content item's body.</source>
        <translation>要发送的文案或话术；留空则使用所选内容的正文。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Content item:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Text / script:</source>
        <translation>文案/话术：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>发送对象：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Custom time…</source>
        <translation>自定义时间…</translation>
    </message>
    <message>
        <source>(none: title and text below)</source>
        <translation>（无：使用下方标题和文案）</translation>
    </message>
    <message>
        <source>(the group's operator)</source>
        <translation>（群的运营）</translation>
    </message>
    <message>
        <source>New calendar entry</source>
        <translation>新建日程</translation>
    </message>
    <message>
        <source>Edit calendar entry #%1</source>
        <translation>编辑日程 #%1</translation>
    </message>
    <message>
        <source>Empty: the content item's title</source>
        <translation>留空：使用内容的标题</translation>
    </message>
    <message>
        <source>Required without a content item</source>
        <translation>未选内容时必填</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); saving is still allowed:</source>
        <translation>
            <numerusform>%n 个冲突（仍可保存）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the group to post to.</source>
        <translation>请选择要发送的群。</translation>
    </message>
    <message>
        <source>Give the entry a title or choose a content item.</source>
        <translation>请填写标题或选择一条内容。</translation>
    </message>
    <message>
        <source>Flash sale preview</source>
        <translation>限时秒杀预告</translation>
    </message>
    <message>
        <source>Tonight at 20:00: members' flash sale, first 50 orders get a gift.</source>
        <translation>今晚 20:00 会员专场秒杀，前 50 单送小样！</translation>
    </message>
    <message numerus="yes">
        <source>Save the changes for all %n groups of this post (each keeps its group and operator)</source>
        <translation>
            <numerusform>修改同时保存到这条内容的全部 %n 个群（各群保留自己的社群和运营）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::FunnelsPage</name>
    <message>
        <source>Funnels</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>漏斗(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>No funnel yet.</source>
        <translation>还没有漏斗。</translation>
    </message>
    <message>
        <source>Overall conversion: %1 (%2 at step 1, %3 at step %4)</source>
        <translation>整体转化率：%1（第 1 步 %2 人，第 %4 步 %3 人）</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::GroupActivityCharts</name>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Joins and leaves per day</source>
        <translation>每日入群与退群</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>每日消息数</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%L1 joins, %L2 leaves (net %L3), %L4 messages, %L5 a day</source>
        <translation>入群 %L1，退群 %L2（净增 %L3），消息 %L4 条，日均 %L5 条</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::GroupFieldsForm</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未满群</translation>
    </message>
    <message>
        <source>The day the group reached its member cap; the strong stage starts then.</source>
        <translation>社群达到成员上限的日期；强运营阶段从这一天开始。</translation>
    </message>
    <message>
        <source>Group rules, with rewards and penalties</source>
        <translation>群规，含奖励与惩罚</translation>
    </message>
    <message>
        <source>Theme and culture of the group</source>
        <translation>社群的主题与文化</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Master group</source>
        <translation>总群</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Vice owners</source>
        <translation>副群主</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Member cap</source>
        <translation>成员上限</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>建群日期</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>满群日期</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Type a name or group nickname</source>
        <translation>输入姓名或群昵称</translation>
    </message>
    <message>
        <source>Add members first</source>
        <translation>请先添加成员</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation>社群需要一个名称。</translation>
    </message>
    <message>
        <source>A WeChat group holds at most %1 members; %2 only works on platforms that allow more.</source>
        <translation>微信群最多容纳 %1 人；%2 人仅在允许更多成员的平台上可行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a member picked from the list; pick one of the suggestions or clear the field.</source>
        <translation>“%1”不是从列表中选出的成员；请从建议中选择一位，或清空此项。</translation>
    </message>
    <message>
        <source>%1 is before the group was created (%2).</source>
        <translation>%1 早于建群日期（%2）。</translation>
    </message>
    <message>
        <source>A master group does not sit under another master group.</source>
        <translation>总群不能隶属于另一个总群。</translation>
    </message>
    <message>
        <source>pick a member of this group from the suggestions first.</source>
        <translation>请先从建议中选择本群的一位成员。</translation>
    </message>
    <message>
        <source>select the vice owner to remove.</source>
        <translation>请选择要移除的副群主。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::GroupMembersTab</name>
    <message>
        <source>KOCs only</source>
        <translation>仅 KOC</translation>
    </message>
    <message>
        <source>Right-click a member to change their role.</source>
        <translation>右键点击成员可更改其角色。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>设为%1</translation>
    </message>
    <message>
        <source>Change the owner on the Fields tab</source>
        <translation>群主请在“资料”页更改</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message numerus="yes">
        <source>%Ln KOC(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 位 KOC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Nickname off template</source>
        <translation>不符合昵称规范</translation>
    </message>
    <message>
        <source>Only members whose group nickname does not follow the nickname template (Settings → Operation); the nickname's tooltip says why.</source>
        <translation>只显示群昵称不符合昵称规范（设置 → 社群运营）的成员；鼠标停在昵称上可看原因。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) whose nickname does not follow the template</source>
        <translation>
            <numerusform>%Ln 位成员的群昵称不符合规范</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::GroupProfileDialog</name>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation>无法撤销或重做：%1</translation>
    </message>
    <message>
        <source>Dissolve group</source>
        <translation>解散社群</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Keep the group and its members but take it out of daily operation.</source>
        <translation>保留社群及其成员，但不再日常运营。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring an archived group back into operation.</source>
        <translation>让已归档的社群恢复运营。</translation>
    </message>
    <message>
        <source>Dissolve…</source>
        <translation>解散…</translation>
    </message>
    <message>
        <source>Close every membership and free the name. This cannot be undone.</source>
        <translation>结束所有成员的入群记录并释放群名。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Archiving and restoring can be undone (Ctrl+Z). Dissolving is final: move the still active members to a live group first.</source>
        <translation>归档和恢复可以撤销（Ctrl+Z）。解散不可撤销：请先把仍活跃的成员迁到运营中的社群。</translation>
    </message>
    <message>
        <source>Group profile – %1</source>
        <translation>群档案 – %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>Members, activity and status follow once the group is saved.</source>
        <translation>保存社群后即可查看成员、活跃度和状态。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation>（自 %1 起）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open membership(s), member cap %1.</source>
        <translation>
            <numerusform>当前 %Ln 位成员，成员上限 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage unknown</source>
        <translation>阶段未知</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <source>%1 groups have no lifecycle stage.</source>
        <translation>“%1”的社群没有生命周期阶段。</translation>
    </message>
    <message>
        <source>%1
Judged on %2 from the group's age and its last 30 days of activity.</source>
        <translation>%1
于 %2 根据群龄和最近 30 天的活跃度判定。</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message numerus="yes">
        <source>Dissolve “%1”? This closes its %Ln open membership(s) with the reason “group dissolved” and frees the name for a new group. Dissolving cannot be undone.</source>
        <translation>
            <numerusform>解散“%1”？这将以“社群解散”为由结束其 %Ln 位成员的入群记录，并释放群名供新社群使用。解散无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissolved; %Ln membership(s) closed. This cannot be undone.</source>
        <translation>
            <numerusform>已解散；结束了 %Ln 条入群记录。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 (Ctrl+Z undoes it).</source>
        <translation>已完成：%1（按 Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Recorded stages, newest first</source>
        <translation>阶段记录（最新在前）</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::GroupSearchBox</name>
    <message>
        <source>Search groups by name</source>
        <translation>按群名搜索社群</translation>
    </message>
    <message>
        <source>(no group matches)</source>
        <translation>（没有匹配的社群）</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::GroupTargetPicker</name>
    <message>
        <source>One group</source>
        <translation>单个群</translation>
    </message>
    <message>
        <source>Groups by tier, team, identity, purpose</source>
        <translation>按层级、团队、身份、定位选群</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>定位：</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>任意层级</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>任意团队</translation>
    </message>
    <message>
        <source>Any identity</source>
        <translation>任意身份</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>任意定位</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n group(s)</source>
        <translation>
            <numerusform>%1：共 %n 个群</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::HeatLegend</name>
    <message>
        <source>Colour: each cell's %1 against the largest cell (%2). Totals are not coloured.</source>
        <translation>颜色：各格的%1与最大一格（%2）相比；合计不着色。</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无社群</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>The import is still running. Cancel it and close? Nothing will be imported: the database stays as it was before.</source>
        <translation>导入还在进行中。要取消导入并关闭吗？不会导入任何成员，数据库保持导入前的样子。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file of members, as Excel or a chat platform's export writes it. Its first row names the columns.</source>
        <translation>成员名单的 CSV 文件（Excel 或聊天平台导出的均可），第一行是表头。</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>.csv 或 .txt 文件的路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>…or drop a file onto this window.</source>
        <translation>……或者把文件拖到这个窗口里。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>GBK (GB18030, Chinese Excel)</source>
        <translation>GBK（GB18030，中文版 Excel）</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符（Tab）</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>Skip: members whose platform ID is already in the database stay as they are</source>
        <translation>跳过：微信号已在数据库中的成员保持不变</translation>
    </message>
    <message>
        <source>Update: the file's non-empty cells overwrite their fields and its tags are added</source>
        <translation>更新：用文件中非空的单元格覆盖这些成员的字段，并加上文件里的标签</translation>
    </message>
    <message>
        <source>Next to the file</source>
        <translation>与导入文件放在同一文件夹</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Existing members:</source>
        <translation>已有成员：</translation>
    </message>
    <message>
        <source>Rejected rows go to:</source>
        <translation>被拒绝的行写入：</translation>
    </message>
    <message>
        <source>Headers recognised: %1 (* required), and common variants such as 昵称, 电话 or English names. Other columns can be matched by hand on the next page.</source>
        <translation>可识别的表头：%1（* 为必填），也认得常见写法，如“昵称”“电话”或英文表头。其他列可在下一步手动对应。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>还没有选择文件。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Choose where rejected rows are written.</source>
        <translation>请选择被拒绝的行写到哪里。</translation>
    </message>
    <message>
        <source>The rejects file cannot be the file being imported.</source>
        <translation>拒绝文件不能就是要导入的文件。</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>%1 has a header row but no members under it.</source>
        <translation>%1 只有表头，下面没有成员。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n column(s) (line %3 is the header).</source>
        <translation>
            <numerusform>%1：%2，共 %n 列（第 %3 行是表头）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member row(s) in the file.</source>
        <translation>
            <numerusform>文件中有 %n 行成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows are shown in the preview; the import reads them all.</source>
        <translation>
            <numerusform>预览显示前 %n 行，导入时会读取全部行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some bytes could not be read as %1 (they show as �): the file is probably in another encoding.</source>
        <translation>有些字节无法按 %1 读取（显示为 �），文件可能是别的编码。</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>GBK / GB18030</source>
        <translation>GBK / GB18030</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation>自动（检测为：%1）</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardMappingPage</name>
    <message>
        <source>(column %1, no header)</source>
        <translation>（第 %1 列，无表头）</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <source>Choose the member field each column fills. The choices were guessed from the header; columns set to "(ignore)" are not imported.</source>
        <translation>为每一列选择要导入的成员字段。已按表头自动识别；设为“（忽略）”的列不导入。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Fields marked * are required: %1. Each field takes at most one column.</source>
        <translation>带 * 的字段必填：%1。每个字段最多对应一列。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Guess again from the header</source>
        <translation>按表头重新识别</translation>
    </message>
    <message numerus="yes">
        <source>%1 is chosen for %n columns (%2); choose it for one.</source>
        <translation>
            <numerusform>“%1”对应了 %n 列（%2），只能对应其中一列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds %1 (required).</source>
        <translation>请选择“%1”所在的列（必填）。</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>文件的第 %1 列</translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation>（前几行为空）</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported, %1 ignored.</source>
        <translation>
            <numerusform>将导入 %n 列，忽略 %1 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation>“%1”列：%2</translation>
    </message>
    <message>
        <source>(value: "%1")</source>
        <translation>（值：“%1”）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Line %1 will be rejected: %2</source>
        <translation>第 %1 行将被拒绝：%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>From the file's column %1</source>
        <translation>来自文件的“%1”列</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardPreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation>检查预览</translation>
    </message>
    <message>
        <source>The first rows of the file as they would be stored. Rows marked red would be rejected and written to the rejects file with their reason; the others are imported.</source>
        <translation>文件前几行导入后的样子。红色的行会被拒绝，连同原因写入拒绝文件；其余的行会导入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <source>Show full phone numbers and platform IDs</source>
        <translation>显示完整的手机号和微信号</translation>
    </message>
    <message>
        <source>%1 can be imported, %2 will be rejected.</source>
        <translation>%1 行可导入，%2 行将被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n member row(s): %1</source>
        <translation>
            <numerusform>文件共 %n 行成员：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the first %n rows: %1</source>
        <translation>
            <numerusform>前 %n 行中：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Members whose platform ID is already in the database will be updated.</source>
        <translation>微信号已在数据库中的成员将被更新。</translation>
    </message>
    <message>
        <source>Members whose platform ID is already in the database will be skipped.</source>
        <translation>微信号已在数据库中的成员将被跳过。</translation>
    </message>
    <message>
        <source>Rejected rows go to %1.</source>
        <translation>被拒绝的行写入 %1。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows go in together: until the import finishes the database is unchanged, and a cancel keeps it that way.</source>
        <translation>所有行一次性写入：导入完成前数据库不会改变，取消导入也不会留下任何改动。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>文件行数</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Open the rejects file's folder</source>
        <translation>打开拒绝文件所在的文件夹</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling: the rows read so far are being rolled back…</source>
        <translation>正在取消：已读取的行正在回滚…</translation>
    </message>
    <message>
        <source>%1 rows read (%2% of the file)</source>
        <translation>已读取 %1 行（文件的 %2%）</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving: writing the members and updating the search index…</source>
        <translation>正在保存：写入成员并更新搜索索引…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is as it was before.</source>
        <translation>没有导入任何成员，数据库保持导入前的样子。</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is as it was before. %1</source>
        <translation>没有导入任何成员，数据库保持导入前的样子。%1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>所有行都已导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; the others were imported.</source>
        <translation>
            <numerusform>%n 行被拒绝，其余的行已导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new channel(s)</source>
        <translation>
            <numerusform>%n 个渠道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new region(s)</source>
        <translation>
            <numerusform>%n 个地区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tier(s)</source>
        <translation>
            <numerusform>%n 个层级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>用时 %1 秒。</translation>
    </message>
    <message>
        <source>Created %1. Took %2 s.</source>
        <translation>新建了 %1。用时 %2 秒。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Rejected rows with their line and reason: %1</source>
        <translation>被拒绝的行（含行号和原因）：%1</translation>
    </message>
    <message>
        <source>No rejects file: no row was rejected.</source>
        <translation>没有行被拒绝，未生成拒绝文件。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rejected rows:</source>
        <translation>
            <numerusform>前 %n 条被拒绝的行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::KeywordReplyDialog</name>
    <message>
        <source>Keyword reply</source>
        <translation>关键词回复</translation>
    </message>
    <message>
        <source>e.g. 发货, 退货, 优惠券</source>
        <translation>例如：发货、退货、优惠券</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>One group</source>
        <translation>指定社群</translation>
    </message>
    <message>
        <source>Groups of a purpose</source>
        <translation>指定定位的社群</translation>
    </message>
    <message>
        <source>When several replies match, the highest priority answers.</source>
        <translation>多条回复同时匹配时，优先级最高的回复。</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Keyword reply: %1</source>
        <translation>关键词回复：%1</translation>
    </message>
    <message>
        <source>New keyword reply</source>
        <translation>新建关键词回复</translation>
    </message>
    <message>
        <source>Pick the group this reply is for, or choose another scope.</source>
        <translation>请选择此回复适用的社群，或改选其他范围。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::KeywordReplyPage</name>
    <message>
        <source>Keyword replies</source>
        <translation>关键词回复</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>新建回复</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Tester: which reply fires?</source>
        <translation>回复测试：会触发哪条回复？</translation>
    </message>
    <message>
        <source>Type a member's message, e.g. 请问什么时候发货</source>
        <translation>输入成员的消息，例如：请问什么时候发货</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>In group</source>
        <translation>所在社群</translation>
    </message>
    <message>
        <source>Delete keyword reply</source>
        <translation>删除关键词回复</translation>
    </message>
    <message>
        <source>Delete the reply to “%1”?</source>
        <translation>删除关键词“%1”的回复？</translation>
    </message>
    <message>
        <source>Type a message to see which reply would answer it.</source>
        <translation>输入一条消息，看看会由哪条回复应答。</translation>
    </message>
    <message>
        <source>Replies with “%1” (%2, priority %3): %4</source>
        <translation>触发“%1”（%2，优先级 %3）：%4</translation>
    </message>
    <message>
        <source>No reply fires for this message in %1.</source>
        <translation>在 %1 中，这条消息不会触发任何回复。</translation>
    </message>
    <message>
        <source>No reply fires for this message.</source>
        <translation>这条消息不会触发任何回复。</translation>
    </message>
    <message>
        <source>Fires</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>Keyword does not match (%1)</source>
        <translation>关键词不匹配（%1）</translation>
    </message>
    <message>
        <source>Matches, but the reply is switched off</source>
        <translation>匹配，但该回复已停用</translation>
    </message>
    <message>
        <source>Matches, but its scope does not include this group</source>
        <translation>匹配，但适用范围不包含此群</translation>
    </message>
    <message>
        <source>Hello, %1?</source>
        <translation>你好，请问%1？</translation>
    </message>
    <message>
        <source>Matches, but “%1” (%2, priority %3) wins</source>
        <translation>匹配，但“%1”（%2，优先级 %3）胜出</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::KocBreakdownView</name>
    <message>
        <source>Component</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Decayed</source>
        <translation>衰减后</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Each component: the events counted, then capped per day and decayed by age (half-life), then weight × ln(1 + decayed) points. The score is the sum of the points.</source>
        <translation>每一项：先计次数，再按每日上限封顶并按时间衰减（半衰期），得分 = 权重 × ln(1 + 衰减后)。总分为各项得分之和。</translation>
    </message>
    <message>
        <source>KOC score unavailable</source>
        <translation>无法读取 KOC 得分</translation>
    </message>
    <message>
        <source>No KOC score yet</source>
        <translation>尚无 KOC 得分</translation>
    </message>
    <message>
        <source>Scores are computed for all members at once: use “Recompute” in the KOC dialog.</source>
        <translation>得分为全体成员一起计算：请在 KOC 窗口中点击“重新计算”。</translation>
    </message>
    <message>
        <source>KOC score %1</source>
        <translation>KOC 得分 %1</translation>
    </message>
    <message>
        <source>Percentile overall: %1 (the share of other members scoring lower)</source>
        <translation>全体百分位：%1（得分低于该成员的其他成员占比）</translation>
    </message>
    <message numerus="yes">
        <source>In %1: percentile %2 among %n member(s)</source>
        <translation>
            <numerusform>在“%1”：%n 名成员中百分位 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any group at the moment.</source>
        <translation>目前不在任何社群。</translation>
    </message>
    <message>
        <source>Bar for KOC: %1</source>
        <translation>KOC 门槛：%1</translation>
    </message>
    <message>
        <source>KOC since %1</source>
        <translation>自 %1 起为 KOC</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>; below the unflag band since %1: suggested for unflagging</source>
        <translation>；自 %1 起低于取消标记区间：建议取消 KOC 标记</translation>
    </message>
    <message>
        <source>; below the unflag band since %1, not yet long enough to suggest unflagging</source>
        <translation>；自 %1 起低于取消标记区间，时间尚不足以建议取消</translation>
    </message>
    <message>
        <source>Blacklisted: never proposed as KOC.</source>
        <translation>已拉黑：不会被推荐为 KOC。</translation>
    </message>
    <message>
        <source>KOC candidate: at or above the bar and not flagged yet.</source>
        <translation>KOC 候选：达到门槛且尚未标记。</translation>
    </message>
    <message>
        <source>Computed at %1 from activity up to %2.</source>
        <translation>计算于 %1，依据截至 %2 的活跃。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::KocDialog</name>
    <message>
        <source>KOC candidates</source>
        <translation>KOC 候选</translation>
    </message>
    <message>
        <source>Flag as KOC</source>
        <translation>标记为 KOC</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n member(s) as KOC. Reason (recorded on each member and in the audit log):</source>
        <translation>
            <numerusform>将 %n 名成员标记为 KOC。原因（记录在每位成员档案和审计日志中）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Top of the KOC score</source>
        <translation>KOC 得分领先</translation>
    </message>
    <message>
        <source>Remove the KOC mark</source>
        <translation>取消 KOC 标记</translation>
    </message>
    <message numerus="yes">
        <source>Remove the KOC mark from %n member(s). Reason (recorded on each member and in the audit log):</source>
        <translation>
            <numerusform>取消 %n 名成员的 KOC 标记。原因（记录在每位成员档案和审计日志中）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Score below the bar for a long time</source>
        <translation>得分长期低于门槛</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Suggested for unflagging</source>
        <translation>建议取消标记</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Score every member again from their activity up to today (runs in the background).</source>
        <translation>根据截至今天的活跃为每位成员重新打分（在后台运行）。</translation>
    </message>
    <message>
        <source>Cancel recompute</source>
        <translation>取消计算</translation>
    </message>
    <message>
        <source>Flag selected as KOC…</source>
        <translation>将所选标记为 KOC…</translation>
    </message>
    <message>
        <source>Unflag selected…</source>
        <translation>取消所选的 KOC 标记…</translation>
    </message>
    <message>
        <source>KOC candidates in %1</source>
        <translation>“%1”的 KOC 候选</translation>
    </message>
    <message>
        <source>Loading the KOC lists…</source>
        <translation>正在加载 KOC 列表…</translation>
    </message>
    <message>
        <source>No KOC scores yet. “Recompute” scores every member from their activity.</source>
        <translation>尚无 KOC 得分。点击“重新计算”根据活跃为每位成员打分。</translation>
    </message>
    <message numerus="yes">
        <source>Scores of %1 members as of %2 (computed %3). Candidates: the top %4% of a group or of the whole operation, not flagged yet, with at least %5 points. A KOC below %6% of their bar for %n day(s) is suggested for unflagging.</source>
        <translation>
            <numerusform>%1 名成员截至 %2 的得分（计算于 %3）。候选：在某个社群或全体成员中位列前 %4%、尚未标记且得分不低于 %5。KOC 得分连续 %n 天低于其门槛的 %6% 时，建议取消标记。</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1</source>
        <translation>（“%1”）</translation>
    </message>
    <message>
        <source>Candidates (%1)</source>
        <translation>候选（%1）</translation>
    </message>
    <message>
        <source>Suggested for unflagging (%1)</source>
        <translation>建议取消标记（%1）</translation>
    </message>
    <message>
        <source>%1 candidate(s) and %2 unflag suggestion(s) shown%3. Hover a row for its breakdown.</source>
        <translation>显示 %1 名候选和 %2 条取消标记建议%3。鼠标悬停在一行上可查看得分构成。</translation>
    </message>
    <message>
        <source>Scoring every member… the rest of QunDesk stays usable.</source>
        <translation>正在为每位成员打分…其他功能可照常使用。</translation>
    </message>
    <message>
        <source>Scored %1 members in %2 s: %3 candidate(s), %4 suggested for unflagging.</source>
        <translation>已在 %2 秒内为 %1 名成员打分：%3 名候选，%4 名建议取消标记。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Nothing changed: a reason is required.</source>
        <translation>未做更改：必须填写原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) marked as KOC.</source>
        <translation>
            <numerusform>已将 %n 名成员标记为 KOC。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KOC mark removed from %n member(s).</source>
        <translation>
            <numerusform>已取消 %n 名成员的 KOC 标记。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::KocListModel</name>
    <message>
        <source>%1: %2 → %3 → %4 points</source>
        <translation>%1：%2 → %3 → %4 分</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>总分：%1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>Percentile (all)</source>
        <translation>百分位（全体）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Percentile (group)</source>
        <translation>百分位（社群）</translation>
    </message>
    <message>
        <source>Below since</source>
        <translation>低于门槛起始</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::KocSettings</name>
    <message>
        <source>the unit: frequent, cheap, easy to spam</source>
        <translation>基本单位：频繁、成本低、易刷</translation>
    </message>
    <message>
        <source>answering others moves a conversation (the member's own replies: events do not record whom a reply answers)</source>
        <translation>回答他人能带动讨论（计成员自己的回复：事件未记录回复的对象）</translation>
    </message>
    <message>
        <source>material others use; costs effort</source>
        <translation>他人会用的素材，需要花心思</translation>
    </message>
    <message>
        <source>bringing a friend in is the strongest proof of trust</source>
        <translation>拉朋友入群是最有力的信任证明</translation>
    </message>
    <message>
        <source>loyalty more than influence; already earns points</source>
        <translation>体现忠诚多于影响力，本身已获积分</translation>
    </message>
    <message>
        <source>a key opinion consumer buys and shows the product</source>
        <translation>关键意见消费者会购买并展示产品</translation>
    </message>
    <message>
        <source>per ln(1 + CNY): money counts, gently</source>
        <translation>按 ln(1 + 元) 计：金额有用，但影响温和</translation>
    </message>
    <message>
        <source>Points per component</source>
        <translation>各项得分</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Most per day</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Default %1: %2.</source>
        <translation>默认 %1：%2。</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Default %1: events beyond this on one day do not count, so one day of flooding cannot buy a high score.</source>
        <translation>默认 %1：同一天超出的部分不计分，一天刷屏换不来高分。</translation>
    </message>
    <message>
        <source>Default: no cap; the logarithm and the low weight already flatten large amounts.</source>
        <translation>默认：不设上限；对数和较低权重已压平大额。</translation>
    </message>
    <message>
        <source>Points = weight × ln(1 + the events of the component, capped per day and halved every half-life).</source>
        <translation>得分 = 权重 × ln(1 + 该项次数，按每日上限封顶，每过一个半衰期减半)。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Default %1: activity a month old counts half. A KOC moves the group now; a shorter half-life halves a KOC over one holiday, a longer one keeps last season's stars on top.</source>
        <translation>默认 %1：一个月前的活跃按一半计。KOC 要看眼下能否带动社群；半衰期太短，一个假期就让 KOC 减半；太长，上一季的明星会一直排在前面。</translation>
    </message>
    <message>
        <source>Default %1%: 25 in a full 500-member group, about as many as staff can praise and reward.</source>
        <translation>默认 %1%：满员 500 人的社群约 25 人，大致是运营能表扬和奖励过来的人数。</translation>
    </message>
    <message>
        <source>Default %1: about a month of steady activity in three or four ways; in a quiet group the top members may have done next to nothing.</source>
        <translation>默认 %1：约相当于一个月里在三四个方面稳定活跃；在冷清的社群，排在前面的人可能几乎什么都没做。</translation>
    </message>
    <message>
        <source>Default %1%: a band under the bar, so a KOC hovering at it does not flap.</source>
        <translation>默认 %1%：门槛下方留一段缓冲，在门槛附近徘徊的 KOC 不会来回变动。</translation>
    </message>
    <message>
        <source>Default %1: one quiet fortnight does not cost the title.</source>
        <translation>默认 %1：安静两周不会失去 KOC 身份。</translation>
    </message>
    <message>
        <source>Candidates and unflagging</source>
        <translation>候选与取消标记</translation>
    </message>
    <message>
        <source>Half-life of activity</source>
        <translation>活跃的半衰期</translation>
    </message>
    <message>
        <source>Candidates: top share of a group or of all</source>
        <translation>候选：社群或全体中的前</translation>
    </message>
    <message>
        <source>… with a score of at least</source>
        <translation>…且得分至少</translation>
    </message>
    <message>
        <source>Suggest unflagging a KOC below this share of the bar</source>
        <translation>KOC 得分低于门槛的此比例时建议取消标记</translation>
    </message>
    <message>
        <source>… for at least</source>
        <translation>…并持续至少</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Stored in the database for every desk. New settings apply at the next recompute.</source>
        <translation>保存在数据库中，所有工作台通用。新设置在下次重新计算时生效。</translation>
    </message>
    <message>
        <source>KOC scoring: %1</source>
        <translation>KOC 评分：%1</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::LibraryColumnsDialog</name>
    <message>
        <source>Content columns</source>
        <translation>内容栏目</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #rrggbb or pick one.</source>
        <translation>“%1”不是颜色；请使用 #rrggbb 格式或点选颜色。</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>删除栏目</translation>
    </message>
    <message>
        <source>Delete the column “%1”? Its items stay in the library without a column.</source>
        <translation>删除栏目“%1”？其中的内容会保留在内容库中，不再属于任何栏目。</translation>
    </message>
    <message>
        <source>Column colour</source>
        <translation>栏目颜色</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::LibraryItemDialog</name>
    <message>
        <source>Content item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>（无栏目）</translation>
    </message>
    <message>
        <source>Comma separated, e.g. 新品, 夏季</source>
        <translation>用逗号分隔，例如：新品，夏季</translation>
    </message>
    <message>
        <source>The text to post, or the script (话术) to follow</source>
        <translation>要发布的正文，或要遵循的话术</translation>
    </message>
    <message>
        <source>Attach materials…</source>
        <translation>关联素材…</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Text / script</source>
        <translation>正文 / 话术</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Content item: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <source>New content item</source>
        <translation>新建内容</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::LibraryPage</name>
    <message>
        <source>Content library</source>
        <translation>内容库</translation>
    </message>
    <message>
        <source>Search title, text or tags</source>
        <translation>搜索标题、正文或标签</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新建内容</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>栏目…</translation>
    </message>
    <message>
        <source>Attached materials</source>
        <translation>关联素材</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <source>Showing the first %1 items; narrow the search to see the rest.</source>
        <translation>仅显示前 %1 条内容；请缩小搜索范围查看其余内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 条内容</numerusform>
        </translation>
    </message>
    <message>
        <source>No content items match.</source>
        <translation>没有匹配的内容。</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>栏目：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Delete content item</source>
        <translation>删除内容</translation>
    </message>
    <message>
        <source>Delete “%1” from the content library? Calendar entries that use it keep their own title.</source>
        <translation>从内容库删除“%1”？使用它的日历条目保留各自的标题。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MainWindow</name>
    <message>
        <source>QunDesk</source>
        <translation>QunDesk 社群运营工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About QunDesk</source>
        <translation>关于 QunDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>QunDesk databases (*.db);;All files (*)</source>
        <translation>QunDesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead? (Nothing in it will be deleted.)</source>
        <translation>%1 已存在。改为打开它吗？（其中的内容不会被删除。）</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>QunDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>QunDesk 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Choose a file other than the open database.</source>
        <translation>请选择当前打开的数据库以外的文件。</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Restart QunDesk to switch the interface language.</source>
        <translation>重启 QunDesk 后切换界面语言。</translation>
    </message>
    <message>
        <source>About QunDesk</source>
        <translation>关于 QunDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QunDesk %1&lt;/h3&gt;&lt;p&gt;Community operations workstation: the group matrix, member profiles, the content calendar, funnels and the onboarding ritual, in one local database.&lt;/p&gt;&lt;p&gt;Database schema version %2. Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QunDesk 社群运营工作台 %1&lt;/h3&gt;&lt;p&gt;社群矩阵、成员档案、内容日历、漏斗与入群流程，全部保存在本机的一个数据库中。&lt;/p&gt;&lt;p&gt;数据库结构版本 %2。Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 groups · %2 members · %3 events</source>
        <translation>%1 个社群 · %2 名成员 · %3 条活动记录</translation>
    </message>
    <message>
        <source>Updating %1 to this version of QunDesk…
This happens once; a large database takes a minute or two.</source>
        <translation>正在把 %1 升级到当前版本的 QunDesk……
只需一次；大型数据库需要一两分钟。</translation>
    </message>
    <message>
        <source>Updating the database</source>
        <translation>正在升级数据库</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MaterialPage</name>
    <message>
        <source>Material library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>Search title, copy text or author</source>
        <translation>搜索标题、文案或作者</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Approved or not</source>
        <translation>全部审核状态</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add copy…</source>
        <translation>添加文案…</translation>
    </message>
    <message>
        <source>Set author…</source>
        <translation>设置作者…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Revoke approval</source>
        <translation>撤销审核</translation>
    </message>
    <message>
        <source>Reward the author…</source>
        <translation>奖励作者…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s)</source>
        <translation>
            <numerusform>共 %n 个素材</numerusform>
        </translation>
    </message>
    <message>
        <source>No materials match.</source>
        <translation>没有匹配的素材。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Added %1 · SHA-256 %2…</source>
        <translation>添加于 %1 · SHA-256 %2…</translation>
    </message>
    <message>
        <source>Author: %1 (#%2)</source>
        <translation>作者：%1（#%2）</translation>
    </message>
    <message>
        <source>Author: not set</source>
        <translation>作者：未设置</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>已于 %1 审核通过</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>%1 于 %2 审核通过</translation>
    </message>
    <message>
        <source>Author rewarded with %1 points on %2</source>
        <translation>作者已于 %2 获得 %1 积分奖励</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>使用于：%1</translation>
    </message>
    <message>
        <source>Set the member who created it first.</source>
        <translation>请先设置创作它的成员。</translation>
    </message>
    <message>
        <source>The author was already rewarded for this material.</source>
        <translation>该素材的作者已获得过奖励。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个素材。</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy has no text.</source>
        <translation>文案没有内容。</translation>
    </message>
    <message>
        <source>Copy “%1” added.</source>
        <translation>已添加文案“%1”。</translation>
    </message>
    <message>
        <source>%1 received %2 points for “%3”.</source>
        <translation>%1 因“%3”获得 %2 积分。</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>删除素材</translation>
    </message>
    <message>
        <source>Delete “%1” from the material library? Content items that attach it lose the attachment.</source>
        <translation>从素材库删除“%1”？关联它的内容将失去该素材。</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard.</source>
        <translation>已将“%1”复制到剪贴板。</translation>
    </message>
    <message>
        <source>Reward the author</source>
        <translation>奖励作者</translation>
    </message>
    <message>
        <source>Points for %1, who created “%2”:</source>
        <translation>给创作“%2”的 %1 奖励积分：</translation>
    </message>
    <message>
        <source>Add materials</source>
        <translation>添加素材</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add copy</source>
        <translation>添加文案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MaterialPickDialog</name>
    <message>
        <source>Attach materials</source>
        <translation>关联素材</translation>
    </message>
    <message>
        <source>Search materials by title, text or author</source>
        <translation>按标题、文案或作者搜索素材</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MatrixPage</name>
    <message>
        <source>Group matrix</source>
        <translation>社群矩阵</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>运营中和已归档</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已解散</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>Search group, tier, team or operator</source>
        <translation>搜索群名、层级、团队或运营</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Click a cell to list its groups; click the grand total to list all.</source>
        <translation>点击单元格查看其中的社群；点击右下角合计查看全部。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Groups in %1</source>
        <translation>筛选　%1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个社群</numerusform>
        </translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>新建社群…</translation>
    </message>
    <message>
        <source>Create a group: name from the naming template, tier, team, capacity, operator</source>
        <translation>新建社群：按命名模板取名，设置层级、团队、上限和运营</translation>
    </message>
    <message>
        <source>Recommendations…</source>
        <translation>运营建议…</translation>
    </message>
    <message>
        <source>What to do about each group: dissolve zombie groups and move their active members, SOPs and KOCs for new groups, promotions to the master group</source>
        <translation>每个群该怎么做：解散僵尸群并迁移活跃成员、为新群配置 SOP 与 KOC、晋升到总群</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Double-click a group to open its profile.</source>
        <translation>双击社群打开社群档案。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberFilterPanel</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Not KOC</source>
        <translation>非 KOC</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation>未拉黑</translation>
    </message>
    <message>
        <source>Type part of a group name</source>
        <translation>输入群名的一部分</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>未加入任何社群</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>无下限</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Active within</source>
        <translation>近期活跃</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>拉黑</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>社群 %1</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Points %L1–%L2</source>
        <translation>积分 %L1–%L2</translation>
    </message>
    <message>
        <source>Points ≥ %L1</source>
        <translation>积分 ≥ %L1</translation>
    </message>
    <message>
        <source>Points ≤ %L1</source>
        <translation>积分 ≤ %L1</translation>
    </message>
    <message numerus="yes">
        <source>Active within %n day(s)</source>
        <translation>
            <numerusform>%n 天内活跃</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberLedgerModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberPickDialog</name>
    <message>
        <source>Author of the material</source>
        <translation>素材作者</translation>
    </message>
    <message>
        <source>Search members by name, nickname or phone</source>
        <translation>按姓名、群昵称或手机号搜索成员</translation>
    </message>
    <message>
        <source>Type at least one character; the first %1 matches are shown.</source>
        <translation>请至少输入一个字；显示前 %1 个匹配结果。</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>（无作者）</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberPicker</name>
    <message>
        <source>Type a name or group nickname</source>
        <translation>输入姓名或群昵称</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileDialog</name>
    <message>
        <source>(no operator)</source>
        <translation>（未选操作人）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Recorded on points entries and verification decisions.</source>
        <translation>记录在积分流水和审核结论上。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saves the Profile tab. The other tabs save each change at once.</source>
        <translation>保存“资料”页。其他页的每项改动会立即保存。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The %1 is shown in full in this window; the reveal is in the audit log.</source>
        <translation>%1已在本窗口完整显示；本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Member profile – %1</source>
        <translation>成员档案 – %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln group(s)</source>
        <translation>
            <numerusform>在 %Ln 个社群</numerusform>
        </translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的改动。</translation>
    </message>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation>无法撤销或重做：%1</translation>
    </message>
    <message>
        <source>Saved (Ctrl+Z undoes it).</source>
        <translation>已保存（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>拉黑</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileFields</name>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full platform ID in this window. The reveal is written to the audit log.</source>
        <translation>在本窗口显示完整的平台 ID。此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Show the full phone number in this window. The reveal is written to the audit log.</source>
        <translation>在本窗口显示完整的手机号。此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation>平台 ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>First joined</source>
        <translation>首次入群</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Masked: press Reveal to see or change it.</source>
        <translation>已打码：点“显示”查看或修改。</translation>
    </message>
    <message>
        <source>Does not follow the nickname template: %1</source>
        <translation>不符合昵称规范：%1</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>platform ID</source>
        <translation>平台 ID</translation>
    </message>
    <message>
        <source>Display name: the member needs a name.</source>
        <translation>姓名：成员需要有姓名。</translation>
    </message>
    <message>
        <source>Platform ID: the member needs one (WeChat ID or similar).</source>
        <translation>平台 ID：成员需要有平台 ID（微信号等）。</translation>
    </message>
    <message>
        <source>Phone: “%1” may contain only digits, spaces, dashes and a leading +.</source>
        <translation>手机号：“%1”只能包含数字、空格、短横线和开头的 +。</translation>
    </message>
    <message>
        <source>First joined: %1 lies in the future.</source>
        <translation>首次入群：%1 是将来的时间。</translation>
    </message>
    <message>
        <source>Platform ID: %1 already belongs to %2 (member #%3); each member has their own.</source>
        <translation>平台 ID：%1 已属于 %2（成员 #%3）；每位成员的平台 ID 不能重复。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileGroupsTab</name>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Double-click a group to open its profile.</source>
        <translation>双击社群可打开群档案。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>In the group</source>
        <translation>在群中</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Not in any group yet.</source>
        <translation>尚未加入任何社群。</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln group(s) now</source>
        <translation>
            <numerusform>目前在 %Ln 个社群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln earlier stay(s) in groups.</source>
        <translation>
            <numerusform>，以往 %Ln 段入群记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileKocTab</name>
    <message>
        <source>Reason, e.g. 每周晒单、主动答疑</source>
        <translation>原因，如 每周晒单、主动答疑</translation>
    </message>
    <message>
        <source>Flag as KOC</source>
        <translation>标记为 KOC</translation>
    </message>
    <message>
        <source>Remove the KOC flag</source>
        <translation>取消 KOC 标记</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>活跃度评分</translation>
    </message>
    <message>
        <source>KOC since %1.</source>
        <translation>自 %1 起为 KOC。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Not a KOC.</source>
        <translation>不是 KOC。</translation>
    </message>
    <message>
        <source>Not a KOC (last note: %1).</source>
        <translation>不是 KOC（上次说明：%1）。</translation>
    </message>
    <message>
        <source>A blacklisted member cannot be flagged as KOC.</source>
        <translation>已拉黑的成员不能标记为 KOC。</translation>
    </message>
    <message>
        <source>KOC reason: say why the member is a KOC (what they do for the group).</source>
        <translation>KOC 原因：请写明为何标记为 KOC（为社群做了什么）。</translation>
    </message>
    <message>
        <source>KOC reason: say why the KOC flag is removed.</source>
        <translation>KOC 原因：请写明为何取消 KOC 标记。</translation>
    </message>
    <message>
        <source>Flagged as KOC.</source>
        <translation>已标记为 KOC。</translation>
    </message>
    <message>
        <source>The KOC flag is removed.</source>
        <translation>已取消 KOC 标记。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfilePointsTab</name>
    <message>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>Note, e.g. 周一游戏第一名 / 兑换满100减10券</source>
        <translation>备注，如 周一游戏第一名 / 兑换满100减10券</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Add the points for the chosen reason.</source>
        <translation>按所选原因发放积分。</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Spend the points on a coupon or gift; the reason is always Redemption.</source>
        <translation>用积分兑换优惠券或礼品；原因记为“兑换”。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>Balance: %Ln point(s)</source>
        <translation>
            <numerusform>余额：%Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 points (%2); the balance is now %3.</source>
        <translation>已发放 %1 积分（%2）；当前余额 %3。</translation>
    </message>
    <message>
        <source>Cannot redeem %1 points: the balance is only %2 points. Redeem at most %2, or record the points earned first.</source>
        <translation>无法兑换 %1 积分：余额只有 %2 积分。最多可兑换 %2，或先登记获得的积分。</translation>
    </message>
    <message>
        <source>Note: say what the points were redeemed for (a coupon, a gift …).</source>
        <translation>备注：请写明兑换了什么（优惠券、礼品……）。</translation>
    </message>
    <message>
        <source>Redeemed %1 points; the balance is now %2.</source>
        <translation>已兑换 %1 积分；当前余额 %2。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileStatusTab</name>
    <message>
        <source>Blacklist member</source>
        <translation>拉黑成员</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>拉黑</translation>
    </message>
    <message>
        <source>Reason (required), e.g. 群内发广告、私加成员推销</source>
        <translation>原因（必填），如 群内发广告、私加成员推销</translation>
    </message>
    <message>
        <source>Blacklist…</source>
        <translation>拉黑…</translation>
    </message>
    <message>
        <source>Removes the member from every group (reason: kicked) and keeps them out.</source>
        <translation>将成员移出所有社群（原因：移出）并禁止再入群。</translation>
    </message>
    <message>
        <source>Lift the blacklist</source>
        <translation>解除拉黑</translation>
    </message>
    <message>
        <source>The member may join groups again; they are not put back into the groups they left.</source>
        <translation>成员可以重新入群；不会自动回到之前被移出的社群。</translation>
    </message>
    <message>
        <source>Blacklisted since %1.
Reason: %2</source>
        <translation>自 %1 起已拉黑。
原因：%2</translation>
    </message>
    <message>
        <source>Not blacklisted.</source>
        <translation>未拉黑。</translation>
    </message>
    <message>
        <source>Blacklist reason: say why the member is blacklisted (e.g. posting ads).</source>
        <translation>拉黑原因：请写明拉黑的原因（如发广告）。</translation>
    </message>
    <message numerus="yes">
        <source>Blacklist %1 for “%2”? They will be removed from %Ln group(s) with the reason “kicked”. Lifting the blacklist later does not put them back.</source>
        <translation>
            <numerusform>因“%2”拉黑 %1？将把其移出 %Ln 个社群（原因：移出）。以后解除拉黑也不会自动回到这些社群。</numerusform>
        </translation>
    </message>
    <message>
        <source>Blacklist %1 for “%2”? They are in no group now.</source>
        <translation>因“%2”拉黑 %1？其目前不在任何社群。</translation>
    </message>
    <message numerus="yes">
        <source>Blacklisted; removed from %Ln group(s).</source>
        <translation>
            <numerusform>已拉黑；已移出 %Ln 个社群。</numerusform>
        </translation>
    </message>
    <message>
        <source>The blacklist is lifted.</source>
        <translation>已解除拉黑。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileTagsTab</name>
    <message>
        <source>New tag, e.g. 高意向</source>
        <translation>新标签，如 高意向</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Check a tag to put it on the member, uncheck it to take it off.</source>
        <translation>勾选标签即贴到成员身上，取消勾选即移除。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) carry this tag.</source>
        <translation>
            <numerusform>%Ln 位成员有此标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>没有标签。</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New tag: type the tag's name first.</source>
        <translation>新标签：请先输入标签名称。</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>已贴标签“%1”。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileVerificationTab</name>
    <message>
        <source>Evidence, e.g. 手机号一致，门头照与营业执照已核对</source>
        <translation>审核依据，如 手机号一致，门头照与营业执照已核对</translation>
    </message>
    <message>
        <source>Submit for checking</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Back to unverified</source>
        <translation>退回未审核</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Verifying or rejecting records the operator chosen at the bottom of the window and needs an evidence note: what was checked (phone, shop photo, licence).</source>
        <translation>通过或驳回会记录窗口底部所选的操作人，并需要填写审核依据：核对了什么（手机号、门头照、营业执照）。</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>审核记录（最新在前）</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>审核状态：%1</translation>
    </message>
    <message>
        <source>operator not recorded</source>
        <translation>未记录审核人</translation>
    </message>
    <message>
        <source>Decided by %1 on %2.</source>
        <translation>由 %1 于 %2 审核。</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>A member who is %1 cannot be set to %2 directly.</source>
        <translation>“%1”的成员不能直接改为“%2”。</translation>
    </message>
    <message>
        <source>Operator: choose who checked the member (at the bottom of the window) before deciding. Operators are managed in Settings.</source>
        <translation>操作人：请先在窗口底部选择审核人。运营人员在“设置”中管理。</translation>
    </message>
    <message>
        <source>Evidence: say what was checked before deciding, e.g. the phone number and the shop photo.</source>
        <translation>审核依据：请写明核对了什么，如手机号和门头照。</translation>
    </message>
    <message>
        <source>Verification is now %1.</source>
        <translation>审核状态已改为“%1”。</translation>
    </message>
    <message>
        <source>Evidence of the earlier decision: %1</source>
        <translation>上次审核的依据：%1</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberTimelineModel</name>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>离开：%1</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>身份：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Search name, nickname, platform ID, phone or tag</source>
        <translation>搜索名称、群昵称、平台 ID、手机号或标签</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 members</source>
        <translation>显示 %L1 / 共 %L2 名成员</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>No segments yet: set filters, then save them as a segment to reuse them and see their size.</source>
        <translation>还没有人群：设好筛选条件后保存为人群，便可随时复用并查看人数。</translation>
    </message>
    <message>
        <source>Save filter as segment…</source>
        <translation>将筛选保存为人群…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>查询中…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <source>Showing ≥ %L1 members (counting…)</source>
        <translation>显示 ≥ %L1 位成员（统计中…）</translation>
    </message>
    <message>
        <source>Showing %L1 members</source>
        <translation>显示 %L1 位成员</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>%L1 members</source>
        <translation>%L1 位成员</translation>
    </message>
    <message>
        <source>Segment “%1” applied</source>
        <translation>已应用人群“%1”</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存人群</translation>
    </message>
    <message>
        <source>Segment “%1” saved</source>
        <translation>已保存人群“%1”</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>人群名称：</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重命名人群</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除人群</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The members stay as they are.</source>
        <translation>删除人群“%1”？成员本身不受影响。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save the current filter into it</source>
        <translation>用当前筛选覆盖此人群</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>成员.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln member(s) to “%1”?</source>
        <translation>
            <numerusform>将 %Ln 位成员加入“%1”？</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 already in the group and %L2 blacklisted are skipped.</source>
        <translation>跳过已在群内的 %L1 位和已拉黑的 %L2 位。</translation>
    </message>
    <message>
        <source>Warning: the group has room for %L1 and holds %L2; it will be over capacity.</source>
        <translation>注意：该群容量 %L1 人，现有 %L2 人，加入后将超出容量。</translation>
    </message>
    <message numerus="yes">
        <source>%1: apply to %Ln member(s)?</source>
        <translation>
            <numerusform>%1：应用到 %Ln 位成员？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: apply to every member matching the filter (still counting)?</source>
        <translation>%1：应用到符合筛选的全部成员（仍在统计）？</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>没有选中任何行。</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1：处理中…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) exported.</source>
        <translation>
            <numerusform>已导出 %Ln 位成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done, %Ln member(s) changed.</source>
        <translation>
            <numerusform>%1：完成，%Ln 位成员已更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import members from a CSV file (Excel or WPS export, UTF-8 or GBK)</source>
        <translation>从 CSV 文件导入成员（Excel 或 WPS 导出，UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>KOC…</source>
        <translation>KOC…</translation>
    </message>
    <message>
        <source>KOC candidates by engagement score, and KOCs whose score has stayed low</source>
        <translation>按活跃评分列出 KOC 候选人，以及评分持续偏低的 KOC</translation>
    </message>
    <message>
        <source>Checking who would join…</source>
        <translation>正在核对将加入的成员…</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MonthView</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>已发 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more kinds</source>
        <translation>
            <numerusform>还有 %n 类</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>没有排期</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n posts done</source>
        <translation>
            <numerusform>%n 条中已发 %1 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::OnboardingPage</name>
    <message>
        <source>Onboarding</source>
        <translation>入群流程</translation>
    </message>
    <message>
        <source>Co&amp;py flow…</source>
        <translation>复制流程(&amp;P)…</translation>
    </message>
    <message>
        <source>Make your own version of this flow to adapt</source>
        <translation>复制一份流程，按自己的社群调整</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>流程(&amp;F)：</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Staff script</source>
        <translation>员工话术</translation>
    </message>
    <message>
        <source>Member action</source>
        <translation>成员动作</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>%1 (builtin)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>For: every kind of group</source>
        <translation>适用于：所有社群</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>适用于：%1</translation>
    </message>
    <message>
        <source>Staff persona: %1</source>
        <translation>员工人设：%1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>未选择步骤</translation>
    </message>
    <message>
        <source>Moved %1 to step %2.</source>
        <translation>已将“%1”移到第 %2 步。</translation>
    </message>
    <message>
        <source>Copied the flow as %1.</source>
        <translation>已复制流程为“%1”。</translation>
    </message>
    <message>
        <source>Copy flow</source>
        <translation>复制流程</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::OperationSettings</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Default %1: the strong stage is about the first month after a group fills.</source>
        <translation>默认 %1：强运营期约为满群后的第一个月。</translation>
    </message>
    <message>
        <source>Default %1: below one member in five active in a week, a group lives on staff posts alone.</source>
        <translation>默认 %1：一周内活跃成员不到五分之一时，群只靠工作人员发帖维持。</translation>
    </message>
    <message>
        <source>Default %1: messages per day halved week over week.</source>
        <translation>默认 %1：日均消息数环比减半。</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 条消息</translation>
    </message>
    <message>
        <source>Default %1 a week (10 a day): below that a drop is noise.</source>
        <translation>默认每周 %1 条（每天 10 条）：低于此数的下降只是噪声。</translation>
    </message>
    <message>
        <source>Default %1: a zombie group is silent, not merely quiet.</source>
        <translation>默认 %1：僵尸群是无人说话，而不只是冷清。</translation>
    </message>
    <message>
        <source>Default %1 a day.</source>
        <translation>默认每天 %1 条。</translation>
    </message>
    <message>
        <source>Default %1: two full weeks, so one quiet holiday week does not bury a group.</source>
        <translation>默认 %1：整整两周，避免一个冷清的假期周就判死一个群。</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Strong operation for the first</source>
        <translation>强运营持续（满群后）</translation>
    </message>
    <message>
        <source>Weak below a 7-day active rate of</source>
        <translation>7 日活跃率低于此值为弱运营</translation>
    </message>
    <message>
        <source>… or when messages fall week over week by</source>
        <translation>…… 或日均消息数环比下降达到</translation>
    </message>
    <message>
        <source>… from at least, in the previous week</source>
        <translation>…… 且上周消息数至少为</translation>
    </message>
    <message>
        <source>A day is below the floor under an active rate of</source>
        <translation>当日活跃率低于此值即为低于底线</translation>
    </message>
    <message>
        <source>… or under this many messages a day</source>
        <translation>…… 或当日消息数低于</translation>
    </message>
    <message>
        <source>Zombie group after, below the floor</source>
        <translation>连续低于底线多少天为僵尸群</translation>
    </message>
    <message>
        <source>{n} is the group's number, * any text, | separates alternatives. Default: %1</source>
        <translation>{n} 代表群编号，* 代表任意文字，| 分隔多种写法。默认：%1</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>Default %1: sub-group members with this many points, or KOCs, are proposed for the master group.</source>
        <translation>默认 %1：积分达到此数或是 KOC 的分群成员，建议晋升到总群。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Naming template</source>
        <translation>群命名模板</translation>
    </message>
    <message>
        <source>Promotion to the master group from</source>
        <translation>晋升总群的积分门槛</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>These rules are stored in the database and apply to every desk that opens it.</source>
        <translation>这些规则保存在数据库中，对打开该数据库的每个工作台都生效。</translation>
    </message>
    <message>
        <source>Naming template: %1</source>
        <translation>群命名模板：%1</translation>
    </message>
    <message>
        <source>Activity floor: %1 must be below the weak threshold of %2, or no group would be weak before it is a zombie.</source>
        <translation>活跃底线：%1 必须低于弱运营阈值 %2，否则群不会先进入弱运营就直接成为僵尸群。</translation>
    </message>
    <message>
        <source>Part names with one separator character between each two (- _ | / · or a space). Full-width dashes and spaces around separators are forgiven. Default: %1</source>
        <translation>各部分名称之间用一个分隔符（- _ | / · 或空格）。全角短横线以及分隔符两侧的空格都视为符合。默认：%1</translation>
    </message>
    <message>
        <source>The city part must be a known region name</source>
        <translation>“城市”部分须为已登记的地区名</translation>
    </message>
    <message>
        <source>Checks parts named 城市, 地区, 省份, city or region against the regions list (a trailing 市/省/区/县 is ignored).</source>
        <translation>将名为 城市、地区、省份、city 或 region 的部分与地区列表核对（末尾的 市/省/区/县 忽略）。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Group nickname template</source>
        <translation>群昵称规范</translation>
    </message>
    <message>
        <source>Group nickname template: %1</source>
        <translation>群昵称规范：%1</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::RecommendationsDialog</name>
    <message>
        <source>Lifecycle recommendations</source>
        <translation>生命周期建议</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>勾选全部显示项</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Check recommendations to see exactly what applying them changes.</source>
        <translation>勾选建议，即可查看执行后会发生的全部变更。</translation>
    </message>
    <message>
        <source>What applying the checked recommendations changes:</source>
        <translation>执行所勾选的建议将会：</translation>
    </message>
    <message>
        <source>Apply selected…</source>
        <translation>执行所选…</translation>
    </message>
    <message>
        <source>Reading the activity of every group…</source>
        <translation>正在读取各社群的活跃数据…</translation>
    </message>
    <message>
        <source>The recommendations could not be listed: %1</source>
        <translation>无法生成建议：%1</translation>
    </message>
    <message>
        <source>Nothing to recommend as of %1.</source>
        <translation>截至 %1 暂无建议。</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) as of %1.</source>
        <translation>
            <numerusform>截至 %1 共有 %n 条建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n recommendation(s) together? Either all of them are applied or none.</source>
        <translation>
            <numerusform>一并执行这 %n 条建议？要么全部执行，要么全部不执行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) will be dissolved; this cannot be undone here.</source>
        <translation>
            <numerusform>将解散 %n 个社群；此操作在这里无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply recommendations</source>
        <translation>执行建议</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在执行…</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>未做任何更改。%1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n recommendation(s).</source>
        <translation>
            <numerusform>已执行 %n 条建议。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time QunDesk starts.</source>
        <translation>新的语言将在下次启动 QunDesk 时生效。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Group operation</source>
        <translation>社群运营</translation>
    </message>
    <message>
        <source>Open a database to change its rules.</source>
        <translation>打开数据库后才能修改其中的规则。</translation>
    </message>
    <message>
        <source>KOC scoring</source>
        <translation>KOC 评分</translation>
    </message>
    <message>
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::SopApplyDialog</name>
    <message>
        <source>Apply SOP template</source>
        <translation>应用 SOP 模板</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>按名称搜索社群</translation>
    </message>
    <message>
        <source>Check shown</source>
        <translation>勾选列出的社群</translation>
    </message>
    <message>
        <source>Uncheck shown</source>
        <translation>取消勾选列出的社群</translation>
    </message>
    <message>
        <source>Check matching groups</source>
        <translation>勾选符合条件的社群</translation>
    </message>
    <message>
        <source>Check every group (not dissolved) of this tier, team, identity and purpose</source>
        <translation>勾选符合所选层级、团队、身份和定位的所有社群（不含已解散）</translation>
    </message>
    <message>
        <source>By selector</source>
        <translation>按条件选择</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Entries to create:</source>
        <translation>将创建的条目：</translation>
    </message>
    <message>
        <source>Create entries</source>
        <translation>创建条目</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n step(s))</source>
        <translation>
            <numerusform>%1（%2，%n 步）</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>任意层级</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>任意团队</translation>
    </message>
    <message>
        <source>Any identity</source>
        <translation>任意身份</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>任意定位</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) checked</source>
        <translation>
            <numerusform>已勾选 %n 个社群</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the groups to put the template on.</source>
        <translation>请勾选要应用此模板的社群。</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries will be created for %n group(s), from %2 to %3.</source>
        <translation>
            <numerusform>将为 %n 个社群创建 %1 条内容，日期从 %2 到 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) skipped: the template is already on their calendar from this date, or they are archived or dissolved.</source>
        <translation>
            <numerusform>跳过 %n 个社群：它们已从这一天起应用过此模板，或已归档、已解散。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s) on %1 entries, marked in red (for example: %2). You can still create them, or pick another start date.</source>
        <translation>
            <numerusform>%1 条内容有 %n 处日历冲突，已标红（例如：%2）。仍可创建，也可以换一个开始日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2 entries created for %n group(s).</source>
        <translation>
            <numerusform>“%1”：已为 %n 个社群创建 %2 条内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>等 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped (already applied, archived or dissolved): %1.</source>
        <translation>已跳过（已应用、已归档或已解散）：%1。</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::SopApplyPreviewModel</name>
    <message>
        <source>Skipped: already applied from this date (on %1)</source>
        <translation>跳过：已从这一天起应用过（%1）</translation>
    </message>
    <message>
        <source>Skipped: the group is archived</source>
        <translation>跳过：社群已归档</translation>
    </message>
    <message>
        <source>Skipped: the group is dissolved</source>
        <translation>跳过：社群已解散</translation>
    </message>
    <message>
        <source>Create · conflict: %1</source>
        <translation>创建 · 冲突：%1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::SopPage</name>
    <message>
        <source>SOP templates</source>
        <translation>SOP 模板</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Make an editable copy of this template</source>
        <translation>复制出一份可编辑的模板</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Install built-ins</source>
        <translation>安装内置模板</translation>
    </message>
    <message>
        <source>Add the built-in 7, 21 and 30-day plans and the weekly rhythm if missing</source>
        <translation>补上缺少的内置模板：7 天、21 天、30 天计划和每周节奏</translation>
    </message>
    <message>
        <source>Undo application…</source>
        <translation>撤销应用…</translation>
    </message>
    <message>
        <source>Remove exactly the calendar entries this application created</source>
        <translation>只删除这次应用创建的日历条目</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>已应用到</translation>
    </message>
    <message>
        <source>Built-in template: read-only. Duplicate it to make an editable copy.</source>
        <translation>内置模板为只读，复制一份即可编辑。</translation>
    </message>
    <message>
        <source>Campaign: steps on day 1, 2, 3… from the start date. Weekly: steps on weekdays, repeated for the duration.</source>
        <translation>活动周期：步骤落在开始日期起的第 1、2、3… 天。每周循环：步骤落在星期几，在持续天数内重复。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>持续：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>复制步骤</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>A time slot from the calendar settings, or any time as HH:mm</source>
        <translation>日历设置中的时段，或按 HH:mm 填写任意时间</translation>
    </message>
    <message>
        <source>The text or script to post, ready to copy into the group</source>
        <translation>要发的文案或话术，可直接复制到群里</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文案：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Apply to groups…</source>
        <translation>应用到社群…</translation>
    </message>
    <message>
        <source>Preview and create this template's entries on groups' calendars</source>
        <translation>预览并在社群日历上创建此模板的条目</translation>
    </message>
    <message>
        <source>Save the template before applying it</source>
        <translation>请先保存模板再应用</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>放弃对“%1”未保存的修改吗？</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Reverted to the saved version.</source>
        <translation>已还原为保存的版本。</translation>
    </message>
    <message>
        <source>New SOP template</source>
        <translation>新 SOP 模板</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>Created “%1”: give it a name and its steps.</source>
        <translation>已创建“%1”：请为它命名并添加步骤。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Copied to “%1”, which you can edit.</source>
        <translation>已复制为“%1”，可以编辑了。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the SOP template “%1” and its %n step(s)?</source>
        <translation>
            <numerusform>删除 SOP 模板“%1”及其 %n 个步骤吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n built-in template(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个内置模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in templates are all installed already.</source>
        <translation>内置模板都已安装。</translation>
    </message>
    <message numerus="yes">
        <source>Undo “%1” on “%2” from %3? This removes its %n entry(s) from the calendar.</source>
        <translation>
            <numerusform>撤销“%2”从 %3 开始的“%1”吗？这会从日历中删除它的 %n 条内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n entry(s) removed from “%1”.</source>
        <translation>
            <numerusform>已撤销：从“%1”删除了 %n 条内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::StageHistoryView</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
</context>
<context>
    <name>qundesk::ui::WeekView</name>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n 个群</numerusform>
        </translation>
    </message>
    <message>
        <source>MM-dd</source>
        <comment>week view column date</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>还有 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n posts done</source>
        <translation>
            <numerusform>%n 条中已发 %1 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from an SOP template</source>
        <translation>
            <numerusform>%n 条来自 SOP 模板</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…还有 %n 条</numerusform>
        </translation>
    </message>
</context>
</TS>