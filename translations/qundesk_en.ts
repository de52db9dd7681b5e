<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityRollups</name>
    <message>
        <source>open members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>messages/active members/joins/leaves/GMV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rebuild the activity rollups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the activity rollups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is %3 in the rollup but %4 in the raw rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the latest activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member's last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>messages/replies/content/referrals/participation/purchases/GMV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <source>cannot bind parameter %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (row %2): %3 [%4]</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarConflictRepository</name>
    <message>
        <source>read the time slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the groups of the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the calendar from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>read the calendar of %n group(s)</source>
        <translation>
            <numerusform>read the calendar of %n group</numerusform>
            <numerusform>read the calendar of %n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarConflicts</name>
    <message>
        <source>Too many posts in a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slot overfull</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived or dissolved group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP step clashes with a campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily maximum of posts per group must be between 1 and 1000, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quiet hours need a valid start and end time.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>“%1” gets %n posts on %2, more than the daily maximum of %3.</source>
        <translation>
            <numerusform>“%1” gets %n posts on %2, more than the daily maximum of %3.</numerusform>
            <numerusform>“%1” gets %n posts on %2, more than the daily maximum of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %1 “%2” has %n SOP step(s) (first %3 at %4) on the same day as the campaign post %5 at %6.</source>
        <translation>
            <numerusform>On %1 “%2” has %n SOP step (first %3 at %4) on the same day as the campaign post %5 at %6.</numerusform>
            <numerusform>On %1 “%2” has %n SOP steps (first %3 at %4) on the same day as the campaign post %5 at %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” gets %n posts at %2 %3; the slot allows %4.</source>
        <translation>
            <numerusform>“%1” gets %n posts at %2 %3; the slot allows %4.</numerusform>
            <numerusform>“%1” gets %n posts at %2 %3; the slot allows %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for “%2” on %3 at %4 falls in the quiet hours %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is archived: %2 on %3 at %4 will reach no one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is dissolved: %2 on %3 at %4 will reach no one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarExportData</name>
    <message>
        <source>The export needs a start and an end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An export covers at most %1 days; %2 to %3 is %4 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>content-calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No calendar entries from %1 to %2 match; nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarSettingsRepository</name>
    <message>
        <source>The day needs at least one time slot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time slot %1 needs a valid time of day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are two time slots at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time slot at %1 must allow 1 to %2 posts, not %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label of the time slot at %1 is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replace the time slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the time slot at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelKind</name>
    <message>
        <source>QR live code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ad placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics and games</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perks and flash sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guest share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flash sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exact match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts with</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContentRepository</name>
    <message>
        <source>look up %1 #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list content columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read content column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content column #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A content column needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check content column name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A content column named “%1” already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add content column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update content column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete content column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content item #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list content items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A content item needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count calendar entries of a content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is on %2 calendar entries that have no title of their own; remove those entries or give them a title before deleting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up material by hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This material is already in the library as “%1” (#%2, added %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A material needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add material “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The material “%1” has no content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approve material “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list keyword replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read keyword reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword reply #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A keyword reply needs a keyword.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyword “%1” needs a reply text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add keyword reply “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update keyword reply “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete keyword reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list time slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read time slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time slot #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A time slot needs a valid time of day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A time slot must allow at least one post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check time slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a time slot at %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add time slot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update time slot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete time slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>detach materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attach material #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the materials of a content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update material “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The thumbnail of material #%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store the thumbnail of material #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoke the approval of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reward must be more than zero points (got %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no author to reward; set the member who created it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the reward of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The author of “%1” was already rewarded with %2 points on %3; a material is rewarded once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record the reward of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reward for the original material “%1” (#%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release the reward of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link the reward of “%1” to the points ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the content items using material #%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This system cannot decode %1 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1 to its end: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy: another program is writing to it (%1). Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not an SQLite database (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be written (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is not writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 cannot be read: permission denied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is read-only. QunDesk needs to write to it; make the file writable or open a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 is not writable, and SQLite needs to create its journal files beside the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a QunDesk database: it is not an SQLite file at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is truncated: it ends inside its %2-byte header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is truncated: it should hold %2 bytes but has only %3. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Qt SQLite driver did not expose its handle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database made by another program, not by QunDesk. It was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was made by a newer QunDesk (schema version %2); this QunDesk understands schema versions up to %3. The file was not changed; update QunDesk to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has schema version %2 but %3 is needed; open it in QunDesk first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayListRepository</name>
    <message>
        <source>list operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name an operator by id or by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up operator “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No operator is named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several operators are named “%1” (%2); name one by its id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the posts of operator #%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read post #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule entry #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the materials of content item #%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating the demo operation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generating the demo data was cancelled; the database was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing tiers, teams, staff, channels and regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planning groups and members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing tags and points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing groups and memberships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the content library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing 90 days of activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the content calendar and SOPs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing onboarding flows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing funnels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo word list %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo word list %1 is malformed at line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo word list %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo word lists need 9 teams, 8 channels and at least 20 cities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs between 100 and 1,000,000 members, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs between 0 and 1,000 events per member, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building the search and indexes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording the lifecycle stage history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring KOC candidates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>write tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write member tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write memberships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write content columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write content items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link content to materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write keyword replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write SOP templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write SOP steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write SOP applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write schedule entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write onboarding flows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write onboarding steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write onboarding progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write funnels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write funnel steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write funnel counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start writing the demo data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database already holds members or groups. Demo data can only be written into an empty database; create a new database for the demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database already holds data (table %1). Demo data can only be written into an empty database; create a new database for the demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare the events table for the load: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot fill the member search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the trigger or index again (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No demo transaction is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the demo data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot build the activity rollups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The activity rollup triggers are missing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DimensionRepository</name>
    <message>
        <source>%1: row %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add tier “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save tier “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find or add tier “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add team “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save team “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find or add team “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add operator “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save operator “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find or add operator “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add channel “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save channel “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find or add channel “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add region “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save region “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find or add region “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryEditorRepository</name>
    <message>
        <source>read the kind of entry #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set the kind of entry #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No group matches the target “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry #%1 belongs to one group; choose a group, not a selector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry #%1 needs a date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry #%1 needs a title when it has no content item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content item #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save entry #%1 for “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No entries to save.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>An event needs the time it happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A purchase amount cannot be negative (got %1 fen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record a %1 event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member, group or content item of this %1 event does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count events by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the activity of member %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FunnelBuiltins</name>
    <message>
        <source>Pick target users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users selected for the campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ad slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users who saw a pop-up, banner or other placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add-friend landing page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visitors of the add-friend landing page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jump to WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users who left the app for WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friend added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friends added, auto-reply and gift sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audits recorded against the back-office user ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined segmented group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members pulled into the matching segmented group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App users into private groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moves existing app users into segmented private groups; every step has its own metric.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FunnelEventKind</name>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FunnelRepository</name>
    <message>
        <source>A funnel needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of the funnel %2 needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of the funnel %2 names an unknown event kind: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A funnel count for step %1 has no valid day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The count %1 for step %2 on %3 is negative; a funnel counts people, so a count cannot be below zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date range of the funnel is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list funnels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read funnel steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no funnel with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create funnel %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update funnel %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 does not belong to the funnel %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove a step of funnel %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save step %1 of funnel %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The funnel %1 comes with QunDesk and cannot be removed; copy it to make your own version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove funnel %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up funnel names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record the count of step %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sum the funnel counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the daily funnel counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list channels</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>The group needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member cap of “%1” must be at least 1 (WeChat allows 500).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of “%1” must be positive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be its own master group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be full before it was created.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupActivityRepository</name>
    <message>
        <source>compute the activity of the groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compute the daily activity of the groups</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupCommand</name>
    <message>
        <source>save “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>make %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archive “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupDimension</name>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupNaming</name>
    <message>
        <source>The naming template is empty; it needs at least one form such as *{n}群.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each form of the naming template needs exactly one {n} for the number: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The form “%1” of the naming template has no text besides the number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name should look like %1 (number %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupProfileRepository</name>
    <message>
        <source>list the master groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the next group number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the members of group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the members of group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the membership of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 is not in group %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupPurpose</name>
    <message>
        <source>Master group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sub-group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopping guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After-sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>check group name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A group named “%1” already exists. Dissolved groups free their names; archived ones keep them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check master group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be placed under one of its own sub-groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create group “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save group “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is %2 and cannot change to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the status of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is already dissolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dissolve “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close the memberships of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the %1 list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count groups by %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupSelector</name>
    <message>
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupSelectorRepository</name>
    <message>
        <source>find the groups of a calendar target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group #%1 does not exist or is dissolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the groups of a calendar target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name a calendar target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No group is named “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupTrendRepository</name>
    <message>
        <source>count the joins and leaves of group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the messages of group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compute the activity of group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compute the daily activity of group %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ICalendarExporter</name>
    <message>
        <source>QunDesk content calendar %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ICalendarParser</name>
    <message>
        <source>expected a property name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a parameter name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected '=' after the parameter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unterminated quoted parameter value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>character not allowed in a parameter value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ':' before the value of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>control character in the value of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the line does not end with CRLF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line break is not CRLF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the line is %1 octets long; lines must be folded at 75</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a continuation line without a line to continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BEGIN without a component name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>END:%1 without a BEGIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>END:%1 does not close BEGIN:%2 of line %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>property %1 outside any component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BEGIN:%1 is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no calendar in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected VCALENDAR, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VCALENDAR needs VERSION:2.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VCALENDAR needs exactly one PRODID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VCALENDAR holds no component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VTIMEZONE without TZID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VTIMEZONE %1 has no STANDARD or DAYLIGHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VEVENT needs exactly one %1 (has %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VEVENT has both DTEND and DURATION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date-time: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refers to TZID %2 without a VTIMEZONE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DTSTAMP must be in UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: backslash at character %2 escapes nothing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentitySegment</name>
    <message>
        <source>Store owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online resellers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consumers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentityType</name>
    <message>
        <source>Store owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online reseller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KocComponent</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts and shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-ins and games</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend (CNY)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KocRepository</name>
    <message>
        <source>Recompute KOC scores: the as-of day is not a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add up each member's activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clear the previous scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KOC recompute was cancelled; the scores are as before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recompute KOC scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store the scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the scored members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list KOC candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list KOCs suggested for unflagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count KOC candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count KOCs suggested for unflagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the KOC score of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no member %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank member %1 within their groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the top members of group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why these members are KOCs: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why these members are no longer KOCs: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No members were chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no member %1; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (member %2) is blacklisted and cannot be a KOC; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark member %1 as KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the KOC mark of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reset the KOC score state of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank members overall and within their groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>index the scores</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KocSettings</name>
    <message>
        <source>Weight of %1: %2 is not between 0 and 1000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily cap of %1: %2 is not between 0 (no cap) and 1000000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weights: at least one weight must be above 0, or every score is 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half-life: %1 days is not between 1 and 3650.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top share: %1% is not above 0 and at most 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum score: %1 is not between 0 and 1000000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unflag band: %1 is not above 0 and at most 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unflag after: %1 days is not between 1 and 3650.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeaveReason</name>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved to another group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group dissolved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Below the activity floor for %1 days (≥ %2 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %1 after filling (&lt; %2 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %1 after creation, not yet filled (&lt; %2 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7-day active rate %1 &lt; %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages per day fell %1 week over week (≥ %2): %3 → %4 a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7-day active rate %1 ≥ %2, day %3 after filling</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LifecycleStage</name>
    <message>
        <source>Strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zombie</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>count %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look for existing data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integrity check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>foreign key check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>foreign key: row %1 of %2 points to a missing row in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the backup %1: the folder %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the backup: %1 is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the backup %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replace the existing file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>The member needs a display name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member %1 needs a platform ID (WeChat ID or similar).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number %1 may contain only digits and a leading +.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A blacklisted member needs a reason for the blacklist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberBulkRepository</name>
    <message>
        <source>count the selected members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tag the selected members “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove tag %1 from the selected members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count who would join “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is dissolved; nobody can join it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has room for %L2 members and holds %L3: adding %L4 would exceed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add the selected members to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record the verification of the selected members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flag the selected members as KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the KOC mark of the selected members</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberCommand</name>
    <message>
        <source>save “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberExportReader</name>
    <message>
        <source>read member notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read member tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read members</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberField</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberImportWriter</name>
    <message>
        <source>look up members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tag members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update the member search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member search triggers are missing; run qundesk-cli check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot look up members: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance set by a member import (line %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot fill the member search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No import transaction is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the index or trigger again (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberImporter</name>
    <message>
        <source>%1 is empty: it has no header row and no members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform ID %1 already appears on line %2 of this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform ID already appears on line %1 of this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping names %1 columns but the file's header has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two columns are mapped to %1 (the second is %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column is mapped to the display name or the platform ID; both are required (headers such as 姓名 and 微信号).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quoted field opened on this line is never closed (the file ends inside it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has %1 fields but the header has %2 columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a mainland mobile number (11 digits starting with 1, optionally after +86).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown identity; use 实体店主/门店, 微商/网商/线上, C端/消费者 or 未知 (store, online, consumer, unknown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown verification status; use 未审核, 待审核, 已通过/已认证 or 已驳回 (unverified, pending, verified, rejected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a date; use 2026-03-05, 2026/3/5 or 2026年3月5日, optionally with a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points must be a whole number of 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The display name is missing; it is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform ID (WeChat ID) is missing; it is required.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberProfileRepository</name>
    <message>
        <source>read member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read who revealed the data of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the verification history of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the activity of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the groups of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up the platform ID %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the group nicknames of group %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>explain the members query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another member already has the platform ID %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel, region, tier or operator chosen for %1 does not exist (any more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record the verification of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark member %1 as KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the KOC mark of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the member is blacklisted: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blacklist member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove blacklisted member %1 from their groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lift the blacklist of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembershipRepository</name>
    <message>
        <source>check membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already in “%2” (since %3). Record the leave first to add them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is dissolved; nobody can join it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add member %1 to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A member cannot leave (%1) before joining (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record the leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This membership already ended on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 is not in group %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the member's role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the members of group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the groups of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the members of group %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembershipRole</name>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vice owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NicknameTemplate</name>
    <message>
        <source>a space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The nickname template is empty: write its parts with a separator between each two, e.g. %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separators are single characters such as - _ | / or a space; “%1” is several.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The nickname template starts with the separator “%1”: it should start with a part name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The nickname template ends with a separator: it should end with a part name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The nickname template “%1” has one part only; a template needs at least two with a separator between them, e.g. %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The nickname template has %1 parts; at most %2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The nickname template names the part “%1” twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The nickname template “%1” is not usable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No group nickname: it should read %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” separates its parts with “%2” where the template %3 uses %4.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>“%1” has %n part(s) where the template %2 has %3 (%4), separated by %5.</source>
        <translation>
            <numerusform>“%1” has %n part where the template %2 has %3 (%4), separated by %5.</numerusform>
            <numerusform>“%1” has %n parts where the template %2 has %3 (%4), separated by %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has %2 after the %3 part where the template %4 has %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 part of “%2” is empty (template %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 part “%2” of “%3” is not a known name (such as %4).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnboardingBuiltins</name>
    <message>
        <source>Verify identity before admitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello! This group is for verified partners only. Please send your phone number and a photo of your shop front; we will invite you as soon as we have checked them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send phone number and shop photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number matches the back-office record
Shop photo shows the sign board
Reviewer and time recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the welcome message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to the group! I am the fan-care officer here; whatever you need, just @ me. Please take a minute to read the group notice first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the group notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>@ the new member by name
Group notice pinned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename to the nickname template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>So that everyone can find each other, please change your group nickname to City-Shop name, for example Hangzhou-Xiaomei Beauty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the group nickname to City-Shop name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nickname follows the template
Remind once more after 30 minutes if not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invite a self-introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please introduce yourself in a line or two: your city, what you sell and what you hope to get from this group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post a short self-introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply to the introduction within 10 minutes
Note identity and interests in the member profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the joining gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your joining gift is ready: a 20 CNY coupon with no minimum spend. Tap the link to claim it within 7 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim the joining gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim link sent
Claim confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain the group rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three rules keep this group worth reading: no ads or outside links, no poaching members in private, and be kind. A first breach gets a reminder, a second one removal; sharing useful experience earns points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply "OK" to confirm the rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules posted
Confirmation received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold the welcome Q&amp;A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tonight at 20:00 we hold the welcome Q&amp;A: what this group is for, what you get, what is not allowed and whom to ask. Bring your questions!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join the Q&amp;A or read the summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Announce it in the morning and one hour before
Answer: what the group is for
Answer: what members get
Answer: what is not allowed
Answer: whom to ask
Post a summary afterwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invite to the first activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our check-in challenge starts on Monday: check in seven days in a row to win a gift pack. See you there!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take part in the first activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation sent
Participation recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard onboarding ritual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full ritual for B2B groups: verify identity first, then welcome, rename, introduce, gift, rules and the welcome Q&amp;A.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fan-care officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopping-guide group onboarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For consumer shopping-guide groups: no identity check, the perk comes first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnboardingPurpose</name>
    <message>
        <source>Master group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sub-group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopping-guide group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perks group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After-sales group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other group</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnboardingRepository</name>
    <message>
        <source>An onboarding flow needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of the flow %2 needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of the flow %2 cannot happen before the member joins (%3 minutes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list onboarding flows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read onboarding steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read onboarding flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no onboarding flow with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up onboarding flow names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create onboarding flow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update onboarding flow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 does not belong to the onboarding flow %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove a step of onboarding flow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save step %1 of onboarding flow %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An onboarding flow named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position %1 is outside the steps of the flow %2 (1 to %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reorder the steps of onboarding flow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The onboarding flow %1 comes with QunDesk and cannot be removed; copy it to make your own version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove onboarding flow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the onboarding flow for a group purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the default onboarding flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no onboarding flow for this kind of group, and the default flow is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An onboarding step needs the time it was done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark an onboarding step as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clear an onboarding step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read onboarding progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnboardingStepKind</name>
    <message>
        <source>Identity check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename to nickname template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joining gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome Q&amp;A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom step</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnboardingTiming</name>
    <message>
        <source>Immediately</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min after joining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h after joining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperatorRole</name>
    <message>
        <source>Specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Group Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funnels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PivotMeasure</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active rate (7 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net joins (30 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GMV (30 days, yuan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOCs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PointsReason</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PointsRepository</name>
    <message>
        <source>read the points balance of member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot take %1 points from %2: the balance is only %3 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 points for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points earned must be more than zero (got %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redemptions spend points; record them with redeem, not as points earned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The points to redeem must be more than zero (got %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An adjustment of zero points changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the points are adjusted: a note is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the points ledger of member %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecommendationAction</name>
    <message>
        <source>Migrate and dissolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add onboarding SOP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recruit a KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promote to master group</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecommendationRepository</name>
    <message>
        <source>read the groups for the recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the still-active members of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the promotion candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the day to evaluate the recommendations for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the members of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the built-in onboarding SOP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in new-member 7-day SOP template is not installed: install the built-in templates on the calendar screen first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the members of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the sub-group “%1” (same tier, team, identity, purpose and master group as “%2”).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Close %n membership(s) in “%1” with reason “migrated”.</source>
        <translation>
            <numerusform>Close %n membership in “%1” with reason “migrated”.</numerusform>
            <numerusform>Close %n memberships in “%1” with reason “migrated”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open %n membership(s) in “%1”.</source>
        <translation>
            <numerusform>Open %n membership in “%1”.</numerusform>
            <numerusform>Open %n memberships in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the migrated member(s) are already in “%1”.</source>
        <translation>
            <numerusform>%n of the migrated member are already in “%1”.</numerusform>
            <numerusform>%n of the migrated members are already in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n membership(s) in “%1” with reason “dissolved”.</source>
        <translation>
            <numerusform>Close %n membership in “%1” with reason “dissolved”.</numerusform>
            <numerusform>Close %n memberships in “%1” with reason “dissolved”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” dissolved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Add %n member(s) of “%1” to the master group “%2”.</source>
        <translation>
            <numerusform>Add %n member of “%1” to the master group “%2”.</numerusform>
            <numerusform>Add %n members of “%1” to the master group “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put “%1” on the calendar of “%2” from %3: %n entry(s).</source>
        <translation>
            <numerusform>Put “%1” on the calendar of “%2” from %3: %n entry.</numerusform>
            <numerusform>Put “%1” on the calendar of “%2” from %3: %n entrys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advice only: KOCs are found and grown in the group; mark them as KOC in their member profiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the sub-group “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>move the still-active members of “%1” to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close the migrated memberships of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation “%1” is out of date: “%2” now has %3 still-active members, not %4. List the recommendations again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close the other memberships of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dissolve “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation “%1” is out of date: “%2” is no longer active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissolved “%1”: %2 members moved to the new sub-group “%3”, %4 memberships closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissolved “%1”: %2 members moved to “%3”, %4 memberships closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find the promotion candidates of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation “%1” is out of date: %2 members of “%3” qualify now, not %4. List the recommendations again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add member %1 to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promoted %1 members of “%2” to “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put “%1” on the calendar of “%2”: %3 entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one recommendation to apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the day to apply the recommendations on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation “%1” is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation “%1” is advice only and cannot be applied: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation “%1” no longer applies (the group changed since it was listed). List the recommendations again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation “%1” is out of date: now %2. List the recommendations again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation “%1” is advice only and cannot be applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed: applying “%1” failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>Deep-weak: 7-day active rate %1 &lt; %2 (half the weak threshold)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissolve: no member was active in the last %1 days. %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Dissolve, and move its %n still-active member(s) to “%1” (%2 places free). %3</source>
        <translation>
            <numerusform>Dissolve, and move its %n still-active member to “%1” (%2 places free). %3</numerusform>
            <numerusform>Dissolve, and move its %n still-active members to “%1” (%2 places free). %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissolve, and move its %n still-active member(s) to a new sub-group “%1”: no group of the same tier, team and identity has room. %2</source>
        <translation>
            <numerusform>Dissolve, and move its %n still-active member to a new sub-group “%1”: no group of the same tier, team and identity has room. %2</numerusform>
            <numerusform>Dissolve, and move its %n still-active members to a new sub-group “%1”: no group of the same tier, team and identity has room. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong stage without an onboarding SOP: put the new-member 7-day plan on its calendar. %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Strong stage without a KOC among its %n member(s): find the most active ones, praise and reward them. %1</source>
        <translation>
            <numerusform>Strong stage without a KOC among its %n member: find the most active ones, praise and reward them. %1</numerusform>
            <numerusform>Strong stage without a KOC among its %n members: find the most active ones, praise and reward them. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) with at least %1 points or KOC status are not in the master group “%2” yet.</source>
        <translation>
            <numerusform>%n member with at least %1 points or KOC status are not in the master group “%2” yet.</numerusform>
            <numerusform>%n members with at least %1 points or KOC status are not in the master group “%2” yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has room for %n of them: the KOCs and the highest points first.</source>
        <translation>
            <numerusform>It has room for %n of them: the KOCs and the highest points first.</numerusform>
            <numerusform>It has room for %n of them: the KOCs and the highest points first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>look up group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content item #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry for “%1” needs a title when it has no content item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry for “%1” needs a date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule “%1” for “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read schedule entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule entry #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the calendar from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set schedule entry #%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule entry #%1 needs a valid new date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reschedule entry #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete schedule entry #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count posts per group and day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count the calendar from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>list the groups of %n entries</source>
        <translation>
            <numerusform>list the groups of %n entries</numerusform>
            <numerusform>list the groups of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignored unreadable filter settings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save segment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rename segment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change segment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete segment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read segment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list segments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>read the setting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the setting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the setting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the database identity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sop</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An SOP template needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template “%1” must last at least one day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of “%2” needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of “%2” needs a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of “%2” must fall on a weekday from Monday to Sunday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of “%2” falls on day %3, after the template's %4 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome new members and post the group rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome Q&amp;A session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product basics everyone should know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-introduction thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in game with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New-member coupon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guest share: a store owner's hands-on experience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week review and what comes next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning greeting and this week's plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monday quiz with prizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Midweek perks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly knowledge session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday flash sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekend summary and good night</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New member 7-day plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly activity calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome everyone to the group! Please change your group nickname to city-shop name, read the group rules in the announcement, and pick up your joining gift from the group owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tonight at 20:00 our welcome Q&amp;A: what this group is for, what you get here, what is not allowed, and whom to ask. Leave your questions below and we will answer them one by one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three things to know about our best sellers: who they suit, how to use them, and the questions customers ask most. Save this post, it answers most of your customers' questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let's get to know each other: city, shop or channel, how long you have been selling, and one thing you want to learn here. The first ten introductions earn 20 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in starts today: reply with today's sales or a photo of your shelf every day for five days to earn points; a full week of check-ins doubles them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your new-member coupon is here: valid for 7 days on your first restock. Reply "coupon" and the assistant will send it to you privately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tonight a store owner from our group shares how she sold 300 sets in her first month: display, scripts for walk-in customers and follow-up on WeChat. Questions welcome after the talk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for a lively first week! Check-in winners and the most helpful members are listed below. From next week: Monday game, Wednesday to Friday perks, Thursday knowledge session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week two plan and check-in leaderboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good morning! This week: selling tips, a points mall and a new-product guessing game. Last week's check-in leaderboard is below; keep your streak going.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selling tips: answering the five questions customers ask most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is it genuine, is it right for me, why is it more expensive, how long until it works, what if it does not suit me: a script for each, ready to copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic: share your first sale this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who made a sale this week? Share how the customer found you and what convinced them. The best story earns 50 points and a mention in the weekly review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points mall opens: redeem your check-in points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The points mall is open: trade your check-in points for samples, display stands or restock coupons. Reply "points" to see your balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New-product warm-up: guess the launch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something new is coming next week. Look at the teaser picture and guess what it is: everyone who guesses right joins the draw for a launch gift box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guest share: how an online reseller doubled repeat orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tonight an online reseller shares her Moments schedule, how she tags customers and the follow-up messages that doubled her repeat orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week three plan: we are looking for vice owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good morning! This week we recruit two vice owners to help answer questions and welcome newcomers; they get a monthly gift and join our weekly meeting. Reply if you are interested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz on what we have learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Five questions on the products and scripts from the last two weeks. Answer in the group; everyone with five right answers earns 30 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material library: posters and copy you may forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week's posters and copy are in the material group, made by our best creators. Forward them to your Moments as they are, or add your shop name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members-only flash sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members-only flash sale tonight from 20:00 to 22:00, limited stock. The link goes out at 20:00 sharp; set a reminder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Praise this week's KOCs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A big thank-you to the members who helped others this week: their answers, photos and stories are below. Each of them receives a thank-you gift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>21 days together: review and daily rhythm from here on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three weeks together! Here is what we learned, who led the check-ins and who became vice owners. From now on the weekly rhythm continues: Monday game, midweek perks, Thursday knowledge session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week four plan and points ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good morning! The last week of our first month: an advanced course, a lucky draw and a loyalty perk. The points ranking so far is below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced course: running your own customer group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to start a customer group for your own shop: naming, rules, a welcome message and a weekly rhythm you can copy from this group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lucky draw for the most active members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone who checked in at least ten times this month is in today's lucky draw. Results at 15:00 in the group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guest share: a top distributor's month in numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tonight one of our top distributors opens her books: customers, repeat rate, restock rhythm and what she would do differently in her first month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loyalty perk for members who stayed the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for staying with us all month: every member gets a loyalty coupon today, valid for 14 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One month together: review and the rhythm of daily operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our first month is complete. Thank you to every active member, vice owner and guest speaker. From now on: Monday game, Wednesday to Friday perks, Thursday knowledge session, and the group is yours to keep lively.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good morning, everyone! This week: Monday quiz tonight, perks from Wednesday to Friday, the knowledge session on Thursday at 20:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monday quiz: three questions about our products. The first five correct answers win 20 points each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning greeting with today's tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good morning! Today's tip: reply to every customer within an hour; quick answers close more sales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Midweek perk: restock coupons for today only. Reply "perk" and the assistant sends yours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thursday perk: samples for your customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free samples for your best customers: the first 30 replies get a sample pack with your next order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our weekly knowledge session starts at 20:00: this week's topic is in the announcement. Questions welcome in the group afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday flash sale from 20:00 to 21:00, limited stock; the link goes out on the hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekend topic: show us your shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekend topic: post a photo of your shelf or your best display; the most liked photo wins 30 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for this week! The quiz winners, perk numbers and the best shop photos are below. Good night, see you on Monday morning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first week after the group fills: onboarding ritual, first knowledge, first game, first perk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New member 21-day plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three weeks of strong operation: the first week's ritual, then selling skills, points, a first launch and flash sale, vice owners and KOCs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New member 30-day plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole first month of strong operation, ending with rewards for the most active members and the hand-over to daily operation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning and evening greetings, a Monday game, Wednesday to Friday perks, a fixed Thursday knowledge session and a weekend topic.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SopRepository</name>
    <message>
        <source>list SOP templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list SOP steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read SOP steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read SOP template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP template #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step “%1” does not belong to this template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save SOP step “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete SOP step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check SOP template name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An SOP template named “%1” already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save SOP template “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up SOP template “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count SOP applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count the applications of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is on %2 group calendars; undo those applications before deleting the template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete SOP template “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a start date to apply the template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was already applied to “%2” from %3 (on %4). Undo that application to apply it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up earlier applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no steps to put on the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apply “%1” to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list SOP applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read SOP application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP application #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undo SOP application #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no SOP template named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one group to apply the template to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up the groups to apply “%1” to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group #%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>Lifecycle stages need a valid day to be recorded for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifecycle stages are recorded up to %1; recording them for %2, an earlier day, would rewrite their history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the recorded lifecycle stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record the lifecycle stages of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the current lifecycle stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the stage history of group %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colour %1 is not of the form #RRGGBB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rename tag %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the colour of tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>untag every member tagged %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tag member %1 with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove tag %2 from member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the tags of member %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file contains NUL bytes: it is not a text (CSV) file (UTF-16 text needs its byte order mark).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is mostly control characters: it is not a text (CSV) file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text: it is not a text (CSV) file, or its encoding is not supported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerificationStatus</name>
    <message>
        <source>Unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekSheet</name>
    <message>
        <source>%1 – %2 · week %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QunDesk · this week continues: part %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cont.)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n group(s): %1</source>
        <translation>
            <numerusform>%n group: %1</numerusform>
            <numerusform>%n groups: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no week to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content calendar %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ContentItemModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::DayListModel</name>
    <message>
        <source>Post #%1 is not on this list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Copy the text; %n attached material(s) can be copied from the panel</source>
        <translation>
            <numerusform>Copy the text; %n attached material can be copied from the panel</numerusform>
            <numerusform>Copy the text; %n attached materials can be copied from the panel</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the text to paste into the group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::FunnelStepModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data problem: step %1 counts %2 people, more than the %3 at step %4. A funnel only loses people on the way, so check the figures entered for this range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data problem: step %1 counts %2 people, more than the %3 who entered the funnel at step 1. Check the figures entered for this range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest drop-off: %1 of the people at step %2 are lost before step %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted from events: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People at this step divided by people at the step before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People at this step divided by people at step 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People lost since the step before, and their share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No step loses anyone in this range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No figures recorded in this range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest drop-off: step %1 %2 → step %3 %4, %5 lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the figures of %1: a step cannot count more people than the step before it or the first step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::GroupGridModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2: %3 groups, %4 members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2: no group here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::GroupMemberModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::GroupTableModel</name>
    <message>
        <source>%1 members, of them %2 KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (under %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Since %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::KeywordReplyModel</name>
    <message>
        <source>Group #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::MaterialModel</name>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author rewarded with %1 points</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::MemberTableModel</name>
    <message>
        <source>KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First joined</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::OnboardingStepModel</name>
    <message>
        <source>Before joining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tied to a time after joining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::RecommendationModel</name>
    <message>
        <source>%1
Advice only: QunDesk cannot carry this out for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New sub-group “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::SopApplicationModel</name>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::SopStepModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::SopTemplateModel</name>
    <message>
        <source>%1 (built-in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::BulkActionDialog</name>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to a group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag as KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the KOC flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n selected member(s)</source>
        <translation>
            <numerusform>The %n selected member</numerusform>
            <numerusform>The %n selected members</numerusform>
        </translation>
    </message>
    <message>
        <source>All members matching the current filter (counting…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %L1 members matching the current filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All members matching the current filter (at least %L1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of a group name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members already in the group and blacklisted members are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. shop-front photo checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full phone numbers and platform IDs (not masked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no tag yet: create one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a group from the list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar (.ics): import into phone and desktop calendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV: a table for Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF: a printable week sheet (A4 landscape)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No group is called “%1”; pick one from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No operator is called “%1”; pick one from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) (%1, %2) to %3.</source>
        <translation>
            <numerusform>Exported %n post (%1, %2) to %3.</numerusform>
            <numerusform>Exported %n posts (%1, %2) to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) (%1) to %2.</source>
        <translation>
            <numerusform>Exported %n post (%1) to %2.</numerusform>
            <numerusform>Exported %n posts (%1) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::CalendarFilter</name>
    <message>
        <source>Group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this group's posts (type part of a name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only groups of this tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only groups of this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only posts this operator sends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only content of this column (栏目)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only posts with this status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every post again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::CalendarPage</name>
    <message>
        <source>Content calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot load the calendar: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{monthName} {day}, {year} – {monthName2} {day2}, {year2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{monthName} {day} – {monthName2} {day2}, {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{monthName} {day}–{day2}, {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New post…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan a post for one group or for every group a selector picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the posts shown as iCalendar (.ics), CSV or a printable PDF week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n posts this week</source>
        <translation>
            <numerusform>%n posts this week</numerusform>
            <numerusform>%n posts this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n done</source>
        <translation>
            <numerusform>, %n done</numerusform>
            <numerusform>, %n done</numerusform>
        </translation>
    </message>
    <message>
        <source> (filter: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned: apply an SOP template or double-click a cell to plan a post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag a post to another day or slot to move it; double-click to edit.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n posts this month</source>
        <translation>
            <numerusform>%n posts this month</numerusform>
            <numerusform>%n posts this month</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a day to open its week.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n groups</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Move post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MM-dd ddd</source>
        <comment>moved to date</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Moved %n posts to %1</source>
        <translation>
            <numerusform>Moved %n posts to %1</numerusform>
            <numerusform>Moved %n posts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts saved</source>
        <translation>
            <numerusform>%n posts saved</numerusform>
            <numerusform>%n posts saved</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Edit the post for %1 (one of %n groups)</source>
        <translation>
            <numerusform>Edit the post for %1 (one of %n groups)</numerusform>
            <numerusform>Edit the post for %1 (one of %n groups)</numerusform>
        </translation>
    </message>
    <message>
        <source>{monthLongName} {year}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::CalendarSettings</name>
    <message>
        <source>Good morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning know-how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Midday topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afternoon activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afternoon tea perks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Early evening chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evening feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good night recap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fixed posting times of a day. Max posts: how many posts one group may get at that time before the calendar reports a conflict (a time that is not a slot allows one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More posts than this to one group in one day is reported as a conflict. Default %1: one per slot of the default day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No posts from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiet hours: members are asleep; a start after the end runs across midnight, e.g. 22:30 to 08:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily maximum per group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time slots:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::DayListWidget</name>
    <message>
        <source>Today's posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a post to see its full text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the text on the clipboard to paste it into the group (Ctrl+C in the list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list the operators: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n group(s))</source>
        <translation>
            <numerusform>%1 (%n group)</numerusform>
            <numerusform>%1 (%n groups)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the day list: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no operators yet. Add operators and assign groups to them; their posts appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to post on %1 for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, MMM d</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tomorrow, %1: %n post(s)</source>
        <translation>
            <numerusform>Tomorrow, %1: %n post</numerusform>
            <numerusform>Tomorrow, %1: %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next day, %1: %n post(s)</source>
        <translation>
            <numerusform>Next day, %1: %n post</numerusform>
            <numerusform>Next day, %1: %n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the post back to planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record that the post went out now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No post selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMM d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No attached materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached materials (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” marked done at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is planned again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of “%1” copied for %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 It has %n attached material(s): copy them from the list on the right.</source>
        <translation>
            <numerusform>%1 It has %n attached material: copy them from the list on the right.</numerusform>
            <numerusform>%1 It has %n attached materials: copy them from the list on the right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Material “%1” copied.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::EntryEditorDialog</name>
    <message>
        <source>Calendar entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text or script to post; empty uses the content item's body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content item:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text / script:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom time…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none: title and text below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the group's operator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New calendar entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit calendar entry #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the content item's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required without a content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s); saving is still allowed:</source>
        <translation>
            <numerusform>%n conflict; saving is still allowed:</numerusform>
            <numerusform>%n conflicts; saving is still allowed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the group to post to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the entry a title or choose a content item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flash sale preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tonight at 20:00: members' flash sale, first 50 orders get a gift.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Save the changes for all %n groups of this post (each keeps its group and operator)</source>
        <translation>
            <numerusform>Save the changes for all %n groups of this post (each keeps its group and operator)</numerusform>
            <numerusform>Save the changes for all %n groups of this post (each keeps its group and operator)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::FunnelsPage</name>
    <message>
        <source>Funnels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No funnel yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall conversion: %1 (%2 at step 1, %3 at step %4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::GroupActivityCharts</name>
    <message>
        <source>Last</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Joins and leaves per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leaves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%L1 joins, %L2 leaves (net %L3), %L4 messages, %L5 a day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::GroupFieldsForm</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day the group reached its member cap; the strong stage starts then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group rules, with rewards and penalties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme and culture of the group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Master group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vice owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Culture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name or group nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add members first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A WeChat group holds at most %1 members; %2 only works on platforms that allow more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a member picked from the list; pick one of the suggestions or clear the field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is before the group was created (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A master group does not sit under another master group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pick a member of this group from the suggestions first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>select the vice owner to remove.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::GroupMembersTab</name>
    <message>
        <source>KOCs only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right-click a member to change their role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the owner on the Fields tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln KOC(s) shown</source>
        <translation>
            <numerusform>%Ln KOC shown</numerusform>
            <numerusform>%Ln KOCs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) shown</source>
        <translation>
            <numerusform>%Ln member shown</numerusform>
            <numerusform>%Ln members shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Nickname off template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only members whose group nickname does not follow the nickname template (Settings → Operation); the nickname's tooltip says why.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln member(s) whose nickname does not follow the template</source>
        <translation>
            <numerusform>%Ln member whose nickname does not follow the template</numerusform>
            <numerusform>%Ln members whose nickname does not follow the template</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::GroupProfileDialog</name>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissolve group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the group and its members but take it out of daily operation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring an archived group back into operation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close every membership and free the name. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archiving and restoring can be undone (Ctrl+Z). Dissolving is final: move the still active members to a live group first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group profile – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members, activity and status follow once the group is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (since %1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln open membership(s), member cap %1.</source>
        <translation>
            <numerusform>%Ln open membership, member cap %1.</numerusform>
            <numerusform>%Ln open memberships, member cap %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 groups have no lifecycle stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Judged on %2 from the group's age and its last 30 days of activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Dissolve “%1”? This closes its %Ln open membership(s) with the reason “group dissolved” and frees the name for a new group. Dissolving cannot be undone.</source>
        <translation>
            <numerusform>Dissolve “%1”? This closes its %Ln open membership with the reason “group dissolved” and frees the name for a new group. Dissolving cannot be undone.</numerusform>
            <numerusform>Dissolve “%1”? This closes its %Ln open memberships with the reason “group dissolved” and frees the name for a new group. Dissolving cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissolved; %Ln membership(s) closed. This cannot be undone.</source>
        <translation>
            <numerusform>Dissolved; %Ln membership closed. This cannot be undone.</numerusform>
            <numerusform>Dissolved; %Ln memberships closed. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 (Ctrl+Z undoes it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded stages, newest first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::GroupSearchBox</name>
    <message>
        <source>Search groups by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no group matches)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::GroupTargetPicker</name>
    <message>
        <source>One group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups by tier, team, identity, purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any purpose</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n group(s)</source>
        <translation>
            <numerusform>%1: %n group</numerusform>
            <numerusform>%1: %n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::HeatLegend</name>
    <message>
        <source>Colour: each cell's %1 against the largest cell (%2). Totals are not coloured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import is still running. Cancel it and close? Nothing will be imported: the database stays as it was before.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV file of members, as Excel or a chat platform's export writes it. Its first row names the columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…or drop a file onto this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GBK (GB18030, Chinese Excel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip: members whose platform ID is already in the database stay as they are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update: the file's non-empty cells overwrite their fields and its tags are added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next to the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing members:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected rows go to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers recognised: %1 (* required), and common variants such as 昵称, 电话 or English names. Other columns can be matched by hand on the next page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where rejected rows are written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rejects file cannot be the file being imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a header row but no members under it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %2, %n column(s) (line %3 is the header).</source>
        <translation>
            <numerusform>%1: %2, %n column (line %3 is the header).</numerusform>
            <numerusform>%1: %2, %n columns (line %3 is the header).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member row(s) in the file.</source>
        <translation>
            <numerusform>%n member row in the file.</numerusform>
            <numerusform>%n member rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows are shown in the preview; the import reads them all.</source>
        <translation>
            <numerusform>The first %n rows are shown in the preview; the import reads them all.</numerusform>
            <numerusform>The first %n rows are shown in the preview; the import reads them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some bytes could not be read as %1 (they show as �): the file is probably in another encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GBK / GB18030</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardMappingPage</name>
    <message>
        <source>(column %1, no header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the member field each column fills. The choices were guessed from the header; columns set to "(ignore)" are not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields marked * are required: %1. Each field takes at most one column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guess again from the header</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is chosen for %n columns (%2); choose it for one.</source>
        <translation>
            <numerusform>%1 is chosen for %n columns (%2); choose it for one.</numerusform>
            <numerusform>%1 is chosen for %n columns (%2); choose it for one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds %1 (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported, %1 ignored.</source>
        <translation>
            <numerusform>%n column will be imported, %1 ignored.</numerusform>
            <numerusform>%n columns will be imported, %1 ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardPreviewModel</name>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(value: "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 will be rejected: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the file's column %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardPreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first rows of the file as they would be stored. Rows marked red would be rejected and written to the rejects file with their reason; the others are imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show full phone numbers and platform IDs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can be imported, %2 will be rejected.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The file has %n member row(s): %1</source>
        <translation>
            <numerusform>The file has %n member row: %1</numerusform>
            <numerusform>The file has %n member rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the first %n rows: %1</source>
        <translation>
            <numerusform>Of the first %n rows: %1</numerusform>
            <numerusform>Of the first %n rows: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Members whose platform ID is already in the database will be updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members whose platform ID is already in the database will be skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected rows go to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::ImportWizardRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All rows go in together: until the import finishes the database is unchanged, and a cancel keeps it that way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the rejects file's folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: the rows read so far are being rolled back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows read (%2% of the file)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving: writing the members and updating the search index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: the database is as it was before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: the database is as it was before. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; the others were imported.</source>
        <translation>
            <numerusform>%n row were rejected; the others were imported.</numerusform>
            <numerusform>%n rows were rejected; the others were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new channel(s)</source>
        <translation>
            <numerusform>%n new channel</numerusform>
            <numerusform>%n new channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new region(s)</source>
        <translation>
            <numerusform>%n new region</numerusform>
            <numerusform>%n new regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tier(s)</source>
        <translation>
            <numerusform>%n new tier</numerusform>
            <numerusform>%n new tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>%n new tag</numerusform>
            <numerusform>%n new tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1. Took %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected rows with their line and reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rejects file: no row was rejected.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The first %n rejected rows:</source>
        <translation>
            <numerusform>The first %n rejected rows:</numerusform>
            <numerusform>The first %n rejected rows:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::KeywordReplyDialog</name>
    <message>
        <source>Keyword reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 发货, 退货, 优惠券</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups of a purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When several replies match, the highest priority answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword reply: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New keyword reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the group this reply is for, or choose another scope.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::KeywordReplyPage</name>
    <message>
        <source>Keyword replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tester: which reply fires?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a member's message, e.g. 请问什么时候发货</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete keyword reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the reply to “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a message to see which reply would answer it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies with “%1” (%2, priority %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply fires for this message in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply fires for this message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword does not match (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches, but the reply is switched off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches, but its scope does not include this group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello, %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches, but “%1” (%2, priority %3) wins</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::KocBreakdownView</name>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decayed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each component: the events counted, then capped per day and decayed by age (half-life), then weight × ln(1 + decayed) points. The score is the sum of the points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC score unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No KOC score yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores are computed for all members at once: use “Recompute” in the KOC dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC score %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percentile overall: %1 (the share of other members scoring lower)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>In %1: percentile %2 among %n member(s)</source>
        <translation>
            <numerusform>In %1: percentile %2 among %n member</numerusform>
            <numerusform>In %1: percentile %2 among %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in any group at the moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bar for KOC: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; below the unflag band since %1: suggested for unflagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; below the unflag band since %1, not yet long enough to suggest unflagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklisted: never proposed as KOC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC candidate: at or above the bar and not flagged yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed at %1 from activity up to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::KocDialog</name>
    <message>
        <source>KOC candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag as KOC</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Mark %n member(s) as KOC. Reason (recorded on each member and in the audit log):</source>
        <translation>
            <numerusform>Mark %n member as KOC. Reason (recorded on each member and in the audit log):</numerusform>
            <numerusform>Mark %n members as KOC. Reason (recorded on each member and in the audit log):</numerusform>
        </translation>
    </message>
    <message>
        <source>Top of the KOC score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the KOC mark</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Remove the KOC mark from %n member(s). Reason (recorded on each member and in the audit log):</source>
        <translation>
            <numerusform>Remove the KOC mark from %n member. Reason (recorded on each member and in the audit log):</numerusform>
            <numerusform>Remove the KOC mark from %n members. Reason (recorded on each member and in the audit log):</numerusform>
        </translation>
    </message>
    <message>
        <source>Score below the bar for a long time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested for unflagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score every member again from their activity up to today (runs in the background).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel recompute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag selected as KOC…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unflag selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC candidates in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the KOC lists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No KOC scores yet. “Recompute” scores every member from their activity.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Scores of %1 members as of %2 (computed %3). Candidates: the top %4% of a group or of the whole operation, not flagged yet, with at least %5 points. A KOC below %6% of their bar for %n day(s) is suggested for unflagging.</source>
        <translation>
            <numerusform>Scores of %1 members as of %2 (computed %3). Candidates: the top %4% of a group or of the whole operation, not flagged yet, with at least %5 points. A KOC below %6% of their bar for %n day is suggested for unflagging.</numerusform>
            <numerusform>Scores of %1 members as of %2 (computed %3). Candidates: the top %4% of a group or of the whole operation, not flagged yet, with at least %5 points. A KOC below %6% of their bar for %n days is suggested for unflagging.</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested for unflagging (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 candidate(s) and %2 unflag suggestion(s) shown%3. Hover a row for its breakdown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring every member… the rest of QunDesk stays usable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scored %1 members in %2 s: %3 candidate(s), %4 suggested for unflagging.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n member(s) marked as KOC.</source>
        <translation>
            <numerusform>%n member marked as KOC.</numerusform>
            <numerusform>%n members marked as KOC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KOC mark removed from %n member(s).</source>
        <translation>
            <numerusform>KOC mark removed from %n member.</numerusform>
            <numerusform>KOC mark removed from %n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::KocListModel</name>
    <message>
        <source>%1: %2 → %3 → %4 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percentile (all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percentile (group)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below since</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::KocSettings</name>
    <message>
        <source>the unit: frequent, cheap, easy to spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answering others moves a conversation (the member's own replies: events do not record whom a reply answers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>material others use; costs effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bringing a friend in is the strongest proof of trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loyalty more than influence; already earns points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a key opinion consumer buys and shows the product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per ln(1 + CNY): money counts, gently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points per component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: events beyond this on one day do not count, so one day of flooding cannot buy a high score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default: no cap; the logarithm and the low weight already flatten large amounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points = weight × ln(1 + the events of the component, capped per day and halved every half-life).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: activity a month old counts half. A KOC moves the group now; a shorter half-life halves a KOC over one holiday, a longer one keeps last season's stars on top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1%: 25 in a full 500-member group, about as many as staff can praise and reward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: about a month of steady activity in three or four ways; in a quiet group the top members may have done next to nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1%: a band under the bar, so a KOC hovering at it does not flap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: one quiet fortnight does not cost the title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates and unflagging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half-life of activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates: top share of a group or of all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… with a score of at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggest unflagging a KOC below this share of the bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… for at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored in the database for every desk. New settings apply at the next recompute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC scoring: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::LibraryColumnsDialog</name>
    <message>
        <source>Content columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a colour; use #rrggbb or pick one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the column “%1”? Its items stay in the library without a column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::LibraryItemDialog</name>
    <message>
        <source>Content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma separated, e.g. 新品, 夏季</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text to post, or the script (话术) to follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach materials…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text / script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content item: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New content item</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::LibraryPage</name>
    <message>
        <source>Content library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search title, text or tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the first %1 items; narrow the search to see the rest.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No content items match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete content item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1” from the content library? Calendar entries that use it keep their own title.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MainWindow</name>
    <message>
        <source>QunDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About QunDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QunDesk databases (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Open it instead? (Nothing in it will be deleted.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QunDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file other than the open database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart QunDesk to switch the interface language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About QunDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;QunDesk %1&lt;/h3&gt;&lt;p&gt;Community operations workstation: the group matrix, member profiles, the content calendar, funnels and the onboarding ritual, in one local database.&lt;/p&gt;&lt;p&gt;Database schema version %2. Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 groups · %2 members · %3 events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating %1 to this version of QunDesk…
This happens once; a large database takes a minute or two.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MaterialPage</name>
    <message>
        <source>Material library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search title, copy text or author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set author…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reward the author…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n materials</numerusform>
        </translation>
    </message>
    <message>
        <source>No materials match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1 · SHA-256 %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author: %1 (#%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author: not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author rewarded with %1 points on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the member who created it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The author was already rewarded for this material.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n material(s) added.</source>
        <translation>
            <numerusform>%n material added.</numerusform>
            <numerusform>%n materials added.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy has no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy “%1” added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 received %2 points for “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1” from the material library? Content items that attach it lose the attachment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied “%1” to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reward the author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points for %1, who created “%2”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MaterialPickDialog</name>
    <message>
        <source>Attach materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search materials by title, text or author</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MatrixPage</name>
    <message>
        <source>Group matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active and archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search group, tier, team or operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a cell to list its groups; click the grand total to list all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups in %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a group: name from the naming template, tier, team, capacity, operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do about each group: dissolve zombie groups and move their active members, SOPs and KOCs for new groups, promotions to the master group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a group to open its profile.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberFilterPanel</name>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of a group name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In no group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points %L1–%L2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points ≥ %L1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points ≤ %L1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Active within %n day(s)</source>
        <translation>
            <numerusform>Active within %n day</numerusform>
            <numerusform>Active within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberLedgerModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberPickDialog</name>
    <message>
        <source>Author of the material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search members by name, nickname or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type at least one character; the first %1 matches are shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no author)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberPicker</name>
    <message>
        <source>Type a name or group nickname</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileDialog</name>
    <message>
        <source>(no operator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded on points entries and verification decisions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves the Profile tab. The other tabs save each change at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is shown in full in this window; the reveal is in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member profile – %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln group(s)</source>
        <translation>
            <numerusform>in %Ln group</numerusform>
            <numerusform>in %Ln groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved (Ctrl+Z undoes it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileFields</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the full platform ID in this window. The reveal is written to the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the full phone number in this window. The reveal is written to the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masked: press Reveal to see or change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not follow the nickname template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>platform ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name: the member needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform ID: the member needs one (WeChat ID or similar).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone: “%1” may contain only digits, spaces, dashes and a leading +.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First joined: %1 lies in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform ID: %1 already belongs to %2 (member #%3); each member has their own.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileGroupsTab</name>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a group to open its profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in any group yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>In %Ln group(s) now</source>
        <translation>
            <numerusform>In %Ln group now</numerusform>
            <numerusform>In %Ln groups now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln earlier stay(s) in groups.</source>
        <translation>
            <numerusform>, %Ln earlier stay in groups.</numerusform>
            <numerusform>, %Ln earlier stays in groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileKocTab</name>
    <message>
        <source>Reason, e.g. 每周晒单、主动答疑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag as KOC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the KOC flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC since %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a KOC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a KOC (last note: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A blacklisted member cannot be flagged as KOC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC reason: say why the member is a KOC (what they do for the group).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC reason: say why the KOC flag is removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged as KOC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KOC flag is removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfilePointsTab</name>
    <message>
        <source> points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note, e.g. 周一游戏第一名 / 兑换满100减10券</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the points for the chosen reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redeem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend the points on a coupon or gift; the reason is always Redemption.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Balance: %Ln point(s)</source>
        <translation>
            <numerusform>Balance: %Ln point</numerusform>
            <numerusform>Balance: %Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 points (%2); the balance is now %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot redeem %1 points: the balance is only %2 points. Redeem at most %2, or record the points earned first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: say what the points were redeemed for (a coupon, a gift …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redeemed %1 points; the balance is now %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileStatusTab</name>
    <message>
        <source>Blacklist member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (required), e.g. 群内发广告、私加成员推销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklist…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes the member from every group (reason: kicked) and keeps them out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lift the blacklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member may join groups again; they are not put back into the groups they left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklisted since %1.
Reason: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not blacklisted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blacklist reason: say why the member is blacklisted (e.g. posting ads).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Blacklist %1 for “%2”? They will be removed from %Ln group(s) with the reason “kicked”. Lifting the blacklist later does not put them back.</source>
        <translation>
            <numerusform>Blacklist %1 for “%2”? They will be removed from %Ln group with the reason “kicked”. Lifting the blacklist later does not put them back.</numerusform>
            <numerusform>Blacklist %1 for “%2”? They will be removed from %Ln groups with the reason “kicked”. Lifting the blacklist later does not put them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blacklist %1 for “%2”? They are in no group now.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Blacklisted; removed from %Ln group(s).</source>
        <translation>
            <numerusform>Blacklisted; removed from %Ln group.</numerusform>
            <numerusform>Blacklisted; removed from %Ln groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>The blacklist is lifted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileTagsTab</name>
    <message>
        <source>New tag, e.g. 高意向</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a tag to put it on the member, uncheck it to take it off.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln member(s) carry this tag.</source>
        <translation>
            <numerusform>%Ln member carry this tag.</numerusform>
            <numerusform>%Ln members carry this tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New tag: type the tag's name first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberProfileVerificationTab</name>
    <message>
        <source>Evidence, e.g. 手机号一致，门头照与营业执照已核对</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit for checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying or rejecting records the operator chosen at the bottom of the window and needs an evidence note: what was checked (phone, shop photo, licence).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operator not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A member who is %1 cannot be set to %2 directly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator: choose who checked the member (at the bottom of the window) before deciding. Operators are managed in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence: say what was checked before deciding, e.g. the phone number and the shop photo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification is now %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence of the earlier decision: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MemberTimelineModel</name>
    <message>
        <source>Joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 CNY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, nickname, platform ID, phone or tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing %L1 of %L2 members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulk actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No segments yet: set filters, then save them as a segment to reuse them and see their size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save filter as segment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing ≥ %L1 members (counting…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing %L1 members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%L1 members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment “%1” applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segment “%1” saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the segment “%1”? The members stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the current filter into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>members.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Add %Ln member(s) to “%1”?</source>
        <translation>
            <numerusform>Add %Ln member to “%1”?</numerusform>
            <numerusform>Add %Ln members to “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 already in the group and %L2 blacklisted are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the group has room for %L1 and holds %L2; it will be over capacity.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: apply to %Ln member(s)?</source>
        <translation>
            <numerusform>%1: apply to %Ln member?</numerusform>
            <numerusform>%1: apply to %Ln members?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: apply to every member matching the filter (still counting)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln member(s) exported.</source>
        <translation>
            <numerusform>%Ln member exported.</numerusform>
            <numerusform>%Ln members exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done, %Ln member(s) changed.</source>
        <translation>
            <numerusform>%1: done, %Ln member changed.</numerusform>
            <numerusform>%1: done, %Ln members changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import members from a CSV file (Excel or WPS export, UTF-8 or GBK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC candidates by engagement score, and KOCs whose score has stayed low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking who would join…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::MonthView</name>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n posts</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more kinds</source>
        <translation>
            <numerusform>+%n more kinds</numerusform>
            <numerusform>+%n more kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n posts done</source>
        <translation>
            <numerusform>%1 of %n posts done</numerusform>
            <numerusform>%1 of %n posts done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::OnboardingPage</name>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;py flow…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make your own version of this flow to adapt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (builtin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For: every kind of group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff persona: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No step selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved %1 to step %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the flow as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::OperationSettings</name>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: the strong stage is about the first month after a group fills.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: below one member in five active in a week, a group lives on staff posts alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: messages per day halved week over week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1 a week (10 a day): below that a drop is noise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: a zombie group is silent, not merely quiet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1 a day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: two full weeks, so one quiet holiday week does not bury a group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strong operation for the first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak below a 7-day active rate of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… or when messages fall week over week by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… from at least, in the previous week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A day is below the floor under an active rate of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… or under this many messages a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zombie group after, below the floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} is the group's number, * any text, | separates alternatives. Default: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default %1: sub-group members with this many points, or KOCs, are proposed for the master group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Naming template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotion to the master group from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These rules are stored in the database and apply to every desk that opens it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Naming template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity floor: %1 must be below the weak threshold of %2, or no group would be weak before it is a zombie.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part names with one separator character between each two (- _ | / · or a space). Full-width dashes and spaces around separators are forgiven. Default: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The city part must be a known region name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks parts named 城市, 地区, 省份, city or region against the regions list (a trailing 市/省/区/县 is ignored).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group nickname template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group nickname template: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::RecommendationsDialog</name>
    <message>
        <source>Lifecycle recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check all shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check recommendations to see exactly what applying them changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What applying the checked recommendations changes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the activity of every group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recommendations could not be listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to recommend as of %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) as of %1.</source>
        <translation>
            <numerusform>%n recommendation as of %1.</numerusform>
            <numerusform>%n recommendations as of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Apply %n recommendation(s) together? Either all of them are applied or none.</source>
        <translation>
            <numerusform>Apply %n recommendation together? Either all of them are applied or none.</numerusform>
            <numerusform>Apply %n recommendations together? Either all of them are applied or none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) will be dissolved; this cannot be undone here.</source>
        <translation>
            <numerusform>%n group will be dissolved; this cannot be undone here.</numerusform>
            <numerusform>%n groups will be dissolved; this cannot be undone here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Applied %n recommendation(s).</source>
        <translation>
            <numerusform>Applied %n recommendation.</numerusform>
            <numerusform>Applied %n recommendations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language takes effect the next time QunDesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a database to change its rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KOC scoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::SopApplyDialog</name>
    <message>
        <source>Apply SOP template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search groups by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncheck shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check matching groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check every group (not dissolved) of this tier, team, identity and purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By selector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries to create:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create entries</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n step(s))</source>
        <translation>
            <numerusform>%1 (%2, %n step)</numerusform>
            <numerusform>%1 (%2, %n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any purpose</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n group(s) checked</source>
        <translation>
            <numerusform>%n group checked</numerusform>
            <numerusform>%n groups checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the groups to put the template on.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 entries will be created for %n group(s), from %2 to %3.</source>
        <translation>
            <numerusform>%1 entries will be created for %n group, from %2 to %3.</numerusform>
            <numerusform>%1 entries will be created for %n groups, from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) skipped: the template is already on their calendar from this date, or they are archived or dissolved.</source>
        <translation>
            <numerusform>%n group skipped: the template is already on their calendar from this date, or they are archived or dissolved.</numerusform>
            <numerusform>%n groups skipped: the template is already on their calendar from this date, or they are archived or dissolved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s) on %1 entries, marked in red (for example: %2). You can still create them, or pick another start date.</source>
        <translation>
            <numerusform>%n calendar conflict on %1 entries, marked in red (for example: %2). You can still create them, or pick another start date.</numerusform>
            <numerusform>%n calendar conflicts on %1 entries, marked in red (for example: %2). You can still create them, or pick another start date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2 entries created for %n group(s).</source>
        <translation>
            <numerusform>“%1”: %2 entries created for %n group.</numerusform>
            <numerusform>“%1”: %2 entries created for %n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped (already applied, archived or dissolved): %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::SopApplyPreviewModel</name>
    <message>
        <source>Skipped: already applied from this date (on %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped: the group is archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped: the group is dissolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create · conflict: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::SopPage</name>
    <message>
        <source>SOP templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make an editable copy of this template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install built-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the built-in 7, 21 and 30-day plans and the weekly rhythm if missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo application…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove exactly the calendar entries this application created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in template: read-only. Duplicate it to make an editable copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: steps on day 1, 2, 3… from the start date. Weekly: steps on weekdays, repeated for the duration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A time slot from the calendar settings, or any time as HH:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text or script to post, ready to copy into the group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply to groups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview and create this template's entries on groups' calendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the template before applying it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverted to the saved version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New SOP template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created “%1”: give it a name and its steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied to “%1”, which you can edit.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete the SOP template “%1” and its %n step(s)?</source>
        <translation>
            <numerusform>Delete the SOP template “%1” and its %n step?</numerusform>
            <numerusform>Delete the SOP template “%1” and its %n steps?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n built-in template(s) added.</source>
        <translation>
            <numerusform>%n built-in template added.</numerusform>
            <numerusform>%n built-in templates added.</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in templates are all installed already.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Undo “%1” on “%2” from %3? This removes its %n entry(s) from the calendar.</source>
        <translation>
            <numerusform>Undo “%1” on “%2” from %3? This removes its %n entry from the calendar.</numerusform>
            <numerusform>Undo “%1” on “%2” from %3? This removes its %n entrys from the calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n entry(s) removed from “%1”.</source>
        <translation>
            <numerusform>Undone: %n entry removed from “%1”.</numerusform>
            <numerusform>Undone: %n entrys removed from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::ui::StageHistoryView</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qundesk::ui::WeekView</name>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n groups</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>MM-dd</source>
        <comment>week view column date</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n posts done</source>
        <translation>
            <numerusform>%1 of %n posts done</numerusform>
            <numerusform>%1 of %n posts done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from an SOP template</source>
        <translation>
            <numerusform>%n from an SOP template</numerusform>
            <numerusform>%n from an SOP template</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>