<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="41"/>
        <source>Offered salary</source>
        <translation>录用薪资</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="41"/>
        <source>Suggested salary</source>
        <translation>建议薪资</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="42"/>
        <source>Expected minus offered</source>
        <translation>期望减录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="43"/>
        <source>Offer vs market median (%)</source>
        <translation>录用薪资对比市场中位数 (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="44"/>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="44"/>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="45"/>
        <source>Days from first interview to offer</source>
        <translation>首次面试到录用天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="49"/>
        <source>By source channel</source>
        <translation>按招聘渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="50"/>
        <source>By position</source>
        <translation>按岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="74"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="76"/>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="90"/>
        <source>Recalculate</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="116"/>
        <source>Calculating salary analytics</source>
        <translation>正在计算薪酬分析</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="148"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="148"/>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="149"/>
        <source>Interviews</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="149"/>
        <source>Offers</source>
        <translation>录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="151"/>
        <source>Offers below market</source>
        <translation>低于市场的录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="192"/>
        <source>Choose two different groups with data to compare.</source>
        <translation>请选择两个有数据的不同分组进行比较。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="194"/>
        <source>lower</source>
        <translation>更低</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="194"/>
        <source>higher</source>
        <translation>更高</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/analytics_page.py" line="195"/>
        <source>{0}: {1} {2} vs {3} for {4} — {5:.1f} % {6}.</source>
        <translation>{0}：{1} {2}，{4}为 {3} —— {5:.1f} % {6}。</translation>
    </message>
</context>
<context>
    <name>DemographicsDialog</name>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="20"/>
        <source>Optional fields for the fairness check</source>
        <translation>公平性检查的可选信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="23"/>
        <source>Only if {0} chose to tell us. These fields are never shown to interviewers or used in scoring; they are used only to check that selection is fair across groups.</source>
        <translation>仅在{0}自愿提供时填写。这些信息绝不会显示给面试官，也不用于评分；仅用于检查各群体之间的录用是否公平。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="28"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="28"/>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="30"/>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="32"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="30"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="31"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="31"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/demographics_dialog.py" line="55"/>
        <source>Saving optional fields</source>
        <translation>正在保存可选信息</translation>
    </message>
</context>
<context>
    <name>FairnessPage</name>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="38"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="38"/>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="42"/>
        <source>Recalculate</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="45"/>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="50"/>
        <source>Selection rate = offers / candidates interviewed. Impact ratio = a group&apos;s selection rate / the highest group&apos;s rate; below {0:.0%} (the four-fifths rule) is flagged for review. Groups under {1:.0%} of the candidates are too small for a reliable ratio.</source>
        <translation>录用率 = 录用人数 / 参加面试的候选人数。影响比 = 该群体录用率 / 最高群体录用率；低于 {0:.0%}（五分之四规则）将被标记以供复核。占候选人不足 {1:.0%} 的群体样本过小，比值不可靠。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="57"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="57"/>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="57"/>
        <source>Offers</source>
        <translation>录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="57"/>
        <source>Selection rate</source>
        <translation>录用率</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="58"/>
        <source>Impact ratio</source>
        <translation>影响比</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="58"/>
        <source>Scoring above median</source>
        <translation>得分高于中位数</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="58"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="72"/>
        <source>Checking fairness</source>
        <translation>正在检查公平性</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="81"/>
        <source>below four-fifths</source>
        <translation>低于五分之四</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="83"/>
        <source>small group</source>
        <translation>样本过小</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/fairness_page.py" line="97"/>
        <source>{0} candidates; {1} without this field recorded (not counted in the ratios). Median overall score {2}. {3} group(s) flagged.</source>
        <translation>共 {0} 名候选人；{1} 名未记录此信息（不计入比值）。综合得分中位数 {2}。{3} 个群体被标记。</translation>
    </message>
</context>
<context>
    <name>GradeTablePage</name>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="58"/>
        <source>empty = every department</source>
        <translation>留空 = 所有部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="63"/>
        <source>Skill match score</source>
        <translation>技能匹配度得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="64"/>
        <source>Overall score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="69"/>
        <source>From score</source>
        <translation>起始分</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="69"/>
        <source>To score</source>
        <translation>截止分</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="69"/>
        <source>Level title</source>
        <translation>职级名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="70"/>
        <source>Minimum</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="70"/>
        <source>Midpoint (suggested)</source>
        <translation>中位值（建议）</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="70"/>
        <source>Maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="76"/>
        <source>Add band</source>
        <translation>添加分段</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="78"/>
        <source>Remove band</source>
        <translation>删除分段</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="80"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="82"/>
        <source>Save as new version from…</source>
        <translation>另存为新版本，生效日期…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="84"/>
        <source>New table</source>
        <translation>新建职级表</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="88"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="89"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="90"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="91"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="92"/>
        <source>Score that drives the band</source>
        <translation>决定分段的得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="93"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="107"/>
        <source>A band includes its lower score and excludes its upper score; the highest band includes 100.</source>
        <translation>每个分段包含起始分、不包含截止分；最高分段包含 100 分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="132"/>
        <source>Loading grade tables</source>
        <translation>正在加载职级表</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="140"/>
        <source>Any position</source>
        <translation>任意岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="147"/>
        <source>{0} – from {1} (version {2})</source>
        <translation>{0} – 自 {1} 起（版本 {2}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="181"/>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="182"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="223"/>
        <source>row {0}: scores and salaries must be numbers</source>
        <translation>第 {0} 行：分数和薪资必须是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="246"/>
        <source>the table needs a name</source>
        <translation>职级表需要名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="265"/>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="266"/>
        <source>The new version applies to interviews saved from (YYYY-MM-DD):</source>
        <translation>新版本适用于自以下日期起保存的面试（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="273"/>
        <source>&apos;{0}&apos; is not a date like 2026-07-01</source>
        <translation>&quot;{0}&quot; 不是 2026-07-01 这样的日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="279"/>
        <source>Saving the grade table</source>
        <translation>正在保存职级表</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="290"/>
        <source>Grade table not saved</source>
        <translation>职级表未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="293"/>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="300"/>
        <source>Grade tables</source>
        <translation>职级表</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="294"/>
        <location filename="../../app/ui/salary/grade_table_editor.py" line="301"/>
        <source>Discard the unsaved changes to this table?</source>
        <translation>放弃对此职级表未保存的修改？</translation>
    </message>
</context>
<context>
    <name>MarketImportDialog</name>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="73"/>
        <source>Import market salary data</source>
        <translation>导入市场薪酬数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="76"/>
        <source>Columns: position, level, city, P25, P50, P75, source, date (CSV or XLSX).</source>
        <translation>列：岗位、职级、城市、P25、P50、P75、来源、日期（CSV 或 XLSX）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="78"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="83"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="83"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="83"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="88"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="91"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="109"/>
        <source>the column &apos;{field}&apos; is missing</source>
        <translation>缺少&quot;{field}&quot;列</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="110"/>
        <source>the column &apos;{value}&apos; is not a market data column</source>
        <translation>&quot;{value}&quot;列不是市场数据列</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="111"/>
        <source>the column &apos;{field}&apos; appears more than once</source>
        <translation>&quot;{field}&quot;列出现了不止一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="112"/>
        <source>the row has more cells than the header</source>
        <translation>该行的单元格比表头多</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="113"/>
        <source>{field} is empty</source>
        <translation>{field}为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="114"/>
        <source>{field} is longer than 200 characters</source>
        <translation>{field}超过 200 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="115"/>
        <source>&apos;{value}&apos; in {field} is not a number</source>
        <translation>{field}中的&quot;{value}&quot;不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="116"/>
        <source>{field} is negative ({value})</source>
        <translation>{field}为负数（{value}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="117"/>
        <source>{field} is zero</source>
        <translation>{field}为零</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="118"/>
        <source>P25, P50 and P75 must not decrease ({value})</source>
        <translation>P25、P50、P75 不能递减（{value}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="119"/>
        <source>&apos;{value}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>&quot;{value}&quot;不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="120"/>
        <source>same position, level, city, source and date as row {detail}</source>
        <translation>岗位、职级、城市、来源和日期与第 {detail} 行相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="128"/>
        <source>position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="128"/>
        <source>level</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="128"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="129"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="129"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="135"/>
        <source>Market data file</source>
        <translation>市场数据文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="136"/>
        <source>Market data (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>市场数据 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="144"/>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="145"/>
        <source>Checking market data</source>
        <translation>正在检查市场数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="153"/>
        <source>{0} problems in {1} rows ({2}). Nothing will be imported until the file is clean: correct it and choose it again.</source>
        <translation>{1} 行中有 {0} 个问题（{2}）。文件无误之前不会导入任何数据：请修改后重新选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="158"/>
        <source>{0} rows ready to import ({1}), no problems.</source>
        <translation>{0} 行可以导入（{1}），没有问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="169"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="170"/>
        <source>Importing market data</source>
        <translation>正在导入市场数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="176"/>
        <source>Imported {0} rows from {1}.</source>
        <translation>已从 {1} 导入 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_dialog.py" line="185"/>
        <source>The file could not be checked: {0}</source>
        <translation>无法检查该文件：{0}</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="36"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="36"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="37"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="37"/>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="38"/>
        <source>Imported at (UTC)</source>
        <translation>导入时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="43"/>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="45"/>
        <location filename="../../app/ui/salary/market_page.py" line="84"/>
        <source>Remove import</source>
        <translation>删除导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="53"/>
        <source>Offers are compared with the latest market median (P50) for the same position and level.</source>
        <translation>录用薪资将与同岗位、同职级最新的市场中位数（P50）比较。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="60"/>
        <source>Loading market data</source>
        <translation>正在加载市场数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="85"/>
        <source>Remove the {0} market rows imported from {1}? Offers already decided keep the market median they were compared with.</source>
        <translation>删除从 {1} 导入的 {0} 行市场数据？已做出的录用决定仍保留当时比较的市场中位数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/market_page.py" line="88"/>
        <source>Removing market data</source>
        <translation>正在删除市场数据</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="41"/>
        <source>Offer for {0}</source>
        <translation>{0} 的录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="43"/>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="45"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="49"/>
        <source>skill match</source>
        <translation>技能匹配度</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="50"/>
        <source>overall</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="51"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="52"/>
        <source>Suggested level</source>
        <translation>建议职级</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="53"/>
        <source>Band</source>
        <translation>薪资区间</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="57"/>
        <source>Suggested salary</source>
        <translation>建议薪资</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="58"/>
        <source>Grade table</source>
        <translation>职级表</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="59"/>
        <source>{0}, version {1}</source>
        <translation>{0}，版本 {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="64"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="66"/>
        <source>Expected by the candidate</source>
        <translation>候选人期望薪资</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="71"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="76"/>
        <source>Offer</source>
        <translation>录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="76"/>
        <source>Hold</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="77"/>
        <source>Reject</source>
        <translation>不录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="82"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="89"/>
        <source>Offered monthly salary</source>
        <translation>录用月薪</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="94"/>
        <source>Required when the salary is outside the band</source>
        <translation>薪资超出区间时必须填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="96"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="113"/>
        <source>Last decided by {0} on {1:%Y-%m-%d %H:%M} UTC</source>
        <translation>上次由 {0} 于 {1:%Y-%m-%d %H:%M} UTC 决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="123"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="130"/>
        <source> (suggested minus expected: {0}{1})</source>
        <translation>（建议减期望：{0}{1}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="136"/>
        <source>No market data for this position and level.</source>
        <translation>没有此岗位和职级的市场数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="137"/>
        <source>below market</source>
        <translation>低于市场</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="137"/>
        <source>at or above market</source>
        <translation>不低于市场</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="138"/>
        <source>{0} suggested, market median {1}: {2}</source>
        <translation>建议 {0}，市场中位数 {1}：{2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="152"/>
        <source>Outside the band: a reason is required.</source>
        <translation>超出薪资区间：必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="161"/>
        <source>Saving the salary decision</source>
        <translation>正在保存薪资决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offer_dialog.py" line="172"/>
        <source>Salary decision not saved</source>
        <translation>薪资决定未保存</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="48"/>
        <source>Filter by candidate or position…</source>
        <translation>按候选人或岗位筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="52"/>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="52"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="52"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="52"/>
        <source>Saved</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="53"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="53"/>
        <source>Offered</source>
        <translation>录用薪资</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="60"/>
        <source>Open offer…</source>
        <translation>打开录用…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="62"/>
        <source>Optional fairness fields…</source>
        <translation>公平性可选信息…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="64"/>
        <source>Export offers to payroll…</source>
        <translation>导出录用到薪资系统…</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="80"/>
        <source>Loading offers</source>
        <translation>正在加载录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="96"/>
        <source>{0} saved interviews</source>
        <translation>{0} 场已保存的面试</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="113"/>
        <source>Opening the offer</source>
        <translation>正在打开录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="141"/>
        <source>Export offers to payroll</source>
        <translation>导出录用到薪资系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="142"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="146"/>
        <source>Exporting offers</source>
        <translation>正在导出录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="152"/>
        <source>There are no offers to export yet; {0} has only the header row.</source>
        <translation>还没有可导出的录用；{0} 只有表头行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/offers_page.py" line="155"/>
        <source>Wrote {0} offers to {1}</source>
        <translation>已将 {0} 条录用写入 {1}</translation>
    </message>
</context>
<context>
    <name>salary</name>
    <message>
        <location filename="../../app/ui/salary/install.py" line="45"/>
        <source>Offers</source>
        <translation>录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/install.py" line="46"/>
        <source>Salary grade tables</source>
        <translation>薪资职级表</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/install.py" line="47"/>
        <source>Market data</source>
        <translation>市场数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/install.py" line="48"/>
        <source>Salary analytics</source>
        <translation>薪酬分析</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/install.py" line="49"/>
        <source>Fairness check</source>
        <translation>公平性检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/install.py" line="67"/>
        <source>Opening the offer</source>
        <translation>正在打开录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="19"/>
        <source>Job board</source>
        <translation>招聘网站</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="20"/>
        <source>Referral</source>
        <translation>内部推荐</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="21"/>
        <source>Campus</source>
        <translation>校园招聘</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="22"/>
        <source>Agency</source>
        <translation>猎头/中介</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="23"/>
        <source>Company website</source>
        <translation>公司官网</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="24"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="31"/>
        <source>Offer</source>
        <translation>录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="32"/>
        <source>Hold</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="33"/>
        <source>Reject</source>
        <translation>不录用</translation>
    </message>
    <message>
        <location filename="../../app/ui/salary/common.py" line="35"/>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
</context>
</TS>
