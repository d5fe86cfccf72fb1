<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Before the interview starts, ask {0} and tick what they agree to. Each consent is separate and is stored with the interview.</source>
        <translation>面试开始前，请询问{0}并勾选其同意的事项。各项同意相互独立，并随面试记录一起保存。</translation>
    </message>
    <message>
        <source>The candidate agrees to be recorded (video and audio)</source>
        <translation>候选人同意录像录音</translation>
    </message>
    <message>
        <source>The candidate agrees to AI-assisted scoring</source>
        <translation>候选人同意 AI 辅助评分</translation>
    </message>
    <message>
        <source>Without consent to recording, answers are typed. Without consent to AI scoring, people score the interview; nothing is sent to the scoring models.</source>
        <translation>不同意录制时，回答以文字录入。不同意 AI 评分时，由人工评分，任何内容都不会交给评分模型。</translation>
    </message>
    <message>
        <source>Begin interview</source>
        <translation>开始面试</translation>
    </message>
</context>
<context>
    <name>InterviewDesk</name>
    <message>
        <source>Start interview</source>
        <extracomment>Called with the stored interview after each save (the scoring area sets it).</extracomment>
        <translation>开始面试</translation>
    </message>
    <message>
        <source>Add a position and an interview template with questions first.</source>
        <translation>请先添加职位和含有题目的面试模板。</translation>
    </message>
    <message>
        <source>Draft not written: {0}. Save the interview now.</source>
        <translation>草稿未能写入：{0}。请立即保存面试。</translation>
    </message>
</context>
<context>
    <name>InterviewListPage</name>
    <message>
        <source>Interviews</source>
        <translation>面试记录</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Loading interviews</source>
        <translation>正在读取面试记录</translation>
    </message>
    <message>
        <source>The list could not be read: {0}</source>
        <translation>无法读取列表：{0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>{0}, not saved</source>
        <translation>{0}，未保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>{0} interviews</source>
        <translation>共 {0} 场面试</translation>
    </message>
</context>
<context>
    <name>InterviewPrompts</name>
    <message>
        <source>Unsaved interview</source>
        <translation>面试未保存</translation>
    </message>
    <message>
        <source>Exit? Unsaved data will be lost.</source>
        <translation>确定退出？未保存的数据将丢失。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No answer was recorded for question(s) {0}; they are saved as empty and flagged in the report.</source>
        <translation>第 {0} 题没有记录回答；将以空白保存，并在报告中标出。</translation>
    </message>
    <message>
        <source>End interview</source>
        <translation>结束面试</translation>
    </message>
    <message>
        <source>Save the interview record?</source>
        <translation>保存本次面试记录？</translation>
    </message>
    <message>
        <source>Don't save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>End the interview now?</source>
        <translation>现在结束面试？</translation>
    </message>
    <message>
        <source>Recording stops. The answers are kept and you can still correct them before saving.</source>
        <translation>录制将停止。回答会保留，保存前仍可修改。</translation>
    </message>
    <message>
        <source>Continue interview</source>
        <translation>继续面试</translation>
    </message>
    <message>
        <source>Interview not saved yet</source>
        <translation>面试尚未保存</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>保留为草稿</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Reload their version and put your changes on top? You will see where both of you changed the same answer.</source>
        <translation>重新载入对方的版本，并在其上合并您的修改？双方都改过的回答会列出来。</translation>
    </message>
    <message>
        <source>Reload and merge</source>
        <translation>重新载入并合并</translation>
    </message>
    <message>
        <source>Both of you changed: {0}. Your version is used there; theirs is kept in the audit log.</source>
        <translation>双方都修改了：{0}。这些地方采用您的版本，对方的版本保存在审计日志中。</translation>
    </message>
    <message>
        <source>Their changes and yours fit together without overlap.</source>
        <translation>对方的修改与您的修改没有重叠，已合并。</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Save the merged record now?</source>
        <translation>现在保存合并后的记录？</translation>
    </message>
    <message>
        <source>Recover interview</source>
        <translation>恢复面试</translation>
    </message>
    <message>
        <source>Recover the unsaved interview of {0} from {1}?</source>
        <translation>恢复{0}于 {1} 未保存的面试？</translation>
    </message>
    <message>
        <source>HR Desk was closed before this interview was saved. Discard deletes the draft for good.</source>
        <translation>HR Desk 在保存这场面试之前被关闭了。选择“放弃”将永久删除该草稿。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saving the interview of {0}</source>
        <translation>正在保存{0}的面试</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Kept as draft</source>
        <translation>已保留为草稿</translation>
    </message>
    <message>
        <source>Interview: {0} – {1}, round {2}[*]</source>
        <extracomment>Hooks for the capture area: called when an answer starts / stops. Called with the stored interview after a save (scoring plugs in here). Where the capture area puts its panel (camera preview, level meter); empty until then.</extracomment>
        <translation>面试：{0} – {1}，第 {2} 轮[*]</translation>
    </message>
    <message>
        <source>{0} · {1} · round {2}</source>
        <translation>{0} · {1} · 第 {2} 轮</translation>
    </message>
    <message>
        <source>End interview</source>
        <translation>结束面试</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>◀ Previous question</source>
        <translation>◀ 上一题</translation>
    </message>
    <message>
        <source>Next question ▶</source>
        <translation>下一题 ▶</translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation>开始作答</translation>
    </message>
    <message>
        <source>Stop answer</source>
        <translation>停止作答</translation>
    </message>
    <message>
        <source>Type the candidate's answer here.</source>
        <translation>在此录入候选人的回答。</translation>
    </message>
    <message>
        <source>Situational question</source>
        <translation>情景题</translation>
    </message>
    <message>
        <source>Structured question</source>
        <translation>结构化题</translation>
    </message>
    <message>
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题，共 {1} 题</translation>
    </message>
    <message>
        <source>No answer recorded for this question yet.</source>
        <translation>本题尚未记录回答。</translation>
    </message>
    <message>
        <source>Interview ended</source>
        <translation>面试已结束</translation>
    </message>
    <message>
        <source>Preparation {0}</source>
        <translation>准备 {0}</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>作答 {0}</translation>
    </message>
    <message>
        <source>Answer time is over</source>
        <translation>作答时间已到</translation>
    </message>
    <message>
        <source>Answer stopped</source>
        <translation>作答已停止</translation>
    </message>
    <message>
        <source>Draft secured on this computer; the record is saved when the interview ends.</source>
        <translation>草稿已保存在本机；面试结束时保存正式记录。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Disk space insufficient: need {0} MB, {1} MB free on {2}.</source>
        <translation>磁盘空间不足：需要 {0} MB，{2} 上仅剩 {1} MB。</translation>
    </message>
    <message>
        <source>Your interview is kept in its draft. Free some space there, then save again.</source>
        <translation>面试已保留在草稿中。请在该磁盘上腾出空间后再次保存。</translation>
    </message>
    <message>
        <source>the database file is locked by another program</source>
        <translation>数据库文件被其他程序锁定</translation>
    </message>
    <message>
        <source>the database server cannot be reached</source>
        <translation>无法连接数据库服务器</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>Database unavailable: {0}. Your interview is kept.</source>
        <translation>数据库不可用：{0}。您的面试已保留。</translation>
    </message>
    <message>
        <source>Retry now, or keep it as a draft and save it later (it is offered again when HR Desk starts).</source>
        <translation>可以立即重试，或保留为草稿稍后保存（HR Desk 下次启动时会再次提示）。</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>Start interview</source>
        <translation>开始面试</translation>
    </message>
    <message>
        <source>Interview with {0}</source>
        <translation>面试对象：{0}</translation>
    </message>
    <message>
        <source>{0} ({1} questions)</source>
        <translation>{0}（{1} 道题）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
</TS>