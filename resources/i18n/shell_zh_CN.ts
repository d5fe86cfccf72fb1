<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Job board</source>
        <translation>招聘网站</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>内部推荐</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>校园招聘</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>猎头/中介</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>公司官网</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Expected salary</source>
        <translation>期望薪资</translation>
    </message>
    <message>
        <source>per month, e.g. 9000</source>
        <translation>每月，例如 9000</translation>
    </message>
    <message>
        <source>Expected monthly salary</source>
        <translation>期望月薪</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Start interview…</source>
        <translation>开始面试…</translation>
    </message>
    <message>
        <source>Erase candidate data…</source>
        <translation>清除候选人数据…</translation>
    </message>
    <message>
        <source>Privacy: erase the person with all interviews and recordings, also from restored backups</source>
        <translation>隐私：清除此人及其所有面试和录像，恢复备份时也不会重新出现</translation>
    </message>
    <message>
        <source>'{0}' is not an amount.</source>
        <translation>“{0}”不是有效金额。</translation>
    </message>
    <message>
        <source>Type a number such as 9000, or leave it empty.</source>
        <translation>请输入数字（如 9000），或留空。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>{0} was saved. A candidate with the same name and contact details already exists ({1}); check whether they are the same person.</source>
        <translation>{0} 已保存。已存在同名且联系方式相同的候选人（{1}）；请确认是否为同一人。</translation>
    </message>
    <message>
        <source>The new candidate</source>
        <translation>新候选人</translation>
    </message>
    <message>
        <source>Erase candidate data</source>
        <translation>清除候选人数据</translation>
    </message>
    <message>
        <source>Erase {0} with every interview, score and recording? This cannot be undone, and restored backups will not bring the data back.

Reason (required):</source>
        <translation>确定清除 {0} 及其所有面试、评分和录像吗？此操作无法撤销，恢复备份也不会找回这些数据。

原因（必填）：</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
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
        <source>Loading the list</source>
        <translation>正在加载列表</translation>
    </message>
    <message>
        <source>{0} of {1} shown</source>
        <translation>显示 {0} / 共 {1} 条</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>删除 {0}？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>{0} has unsaved changes.</source>
        <translation>{0} 有未保存的修改。</translation>
    </message>
</context>
<context>
    <name>JobsDialog</name>
    <message>
        <source>Work in progress</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>HR Desk is still working. It closes as soon as this is finished.</source>
        <translation>HR Desk 仍在处理任务，完成后将自动关闭。</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Don't close</source>
        <translation>不关闭</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>正在等待…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Candidates</source>
        <extracomment>Windows and pages asked before closing: callables returning True when they may close. Set by the backup area: offered by "Exit system" (hidden while None, never faked).</extracomment>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Interview templates</source>
        <translation>面试模板</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Exit system</source>
        <translation>退出系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About HR Desk</source>
        <translation>关于 HR Desk</translation>
    </message>
    <message>
        <source>HR Desk {0}
Structured interviews on your own machines. AI scores are decision support; a person decides.</source>
        <translation>HR Desk {0}
在本单位计算机上进行结构化面试。AI 评分仅作为决策参考，最终由人决定。</translation>
    </message>
    <message>
        <source>Back up the interview data before leaving?</source>
        <translation>退出前是否备份面试数据？</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Exit without backup</source>
        <translation>不备份直接退出</translation>
    </message>
</context>
<context>
    <name>PositionsPage</name>
    <message>
        <source>Title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <source>One skill per line</source>
        <translation>每行一项技能</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The new position</source>
        <translation>新职位</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Areas add their own pages: callables run at the end of building the dialog (see `add_tab`).</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Changes to the database or folders take effect after a restart.</source>
        <translation>数据库或文件夹的修改将在重启后生效。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interviewer name</source>
        <translation>面试官姓名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>empty = this computer (SQLite in the data folder)</source>
        <translation>留空 = 本机（数据文件夹中的 SQLite）</translation>
    </message>
    <message>
        <source>stored in the system keyring, never in the file</source>
        <translation>保存在系统密钥环中，不写入配置文件</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Examples: postgresql+psycopg://hr@dbserver/hrdesk, mssql+pyodbc://hr@HRDSN</source>
        <translation>示例：postgresql+psycopg://hr@dbserver/hrdesk，mssql+pyodbc://hr@HRDSN</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>录像录音</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up every night</source>
        <translation>每晚自动备份</translation>
    </message>
    <message>
        <source>Backup time</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation>摄像头和麦克风</translation>
    </message>
    <message>
        <source>0 = first camera; or a video file; or rtsp://…</source>
        <translation>0 = 第一个摄像头；或视频文件；或 rtsp://…</translation>
    </message>
    <message>
        <source>empty = the system default</source>
        <translation>留空 = 系统默认</translation>
    </message>
    <message>
        <source>Speech model folder</source>
        <translation>语音模型文件夹</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Skill match</source>
        <translation>技能匹配度</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通能力</translation>
    </message>
    <message>
        <source>Stress resistance</source>
        <translation>抗压性</translation>
    </message>
    <message>
        <source>Dimension weights</source>
        <translation>维度权重</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Structured</source>
        <translation>结构化</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>One key point per line</source>
        <translation>每行一个要点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Answer time limit</source>
        <translation>答题时限</translation>
    </message>
    <message>
        <source>Preparation time</source>
        <translation>准备时间</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The new template</source>
        <translation>新模板</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>HR Desk</source>
        <translation>HR Desk</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {0}</source>
        <translation>发生了意外错误：{0}</translation>
    </message>
    <message>
        <source>Nothing was deleted. Try again; if it happens again, run `hrdesk doctor` and send the result to IT.</source>
        <translation>没有任何数据被删除。请重试；如果再次出现，请运行 `hrdesk doctor` 并把结果发给 IT。</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Damaged database</source>
        <extracomment>Areas that plug into the main window: modules with `install(window: MainWindow) -&gt; None`.</extracomment>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Welcome to HR Desk</source>
        <translation>欢迎使用 HR Desk</translation>
    </message>
    <message>
        <source>There is no data yet. Add demo data (positions, templates, candidates and a few saved interviews) to look around?</source>
        <translation>目前还没有数据。是否添加演示数据（职位、面试模板、候选人和几条已保存的面试）以便熟悉系统？</translation>
    </message>
    <message>
        <source>You can delete the demo records later.</source>
        <translation>演示记录之后可以删除。</translation>
    </message>
    <message>
        <source>Add demo data</source>
        <translation>添加演示数据</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
</context>
</TS>