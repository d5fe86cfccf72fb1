<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchScreeningDialog</name>
    <message>
        <source>Batch screening</source>
        <translation>批量筛选</translation>
    </message>
    <message>
        <source>Scores are decision support: read the evidence in the output file before deciding who to invite.</source>
        <translation>分数仅作为决策辅助：决定邀请谁之前，请阅读结果文件中的评分依据。</translation>
    </message>
    <message>
        <source>A file of answers (JSONL, CSV or Excel)</source>
        <translation>回答文件（JSONL、CSV 或 Excel）</translation>
    </message>
    <message>
        <source>A folder of text files (answers or resumes)</source>
        <translation>文本文件夹（回答或简历）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Question or position</source>
        <translation>问题或岗位</translation>
    </message>
    <message>
        <source>Reference answer or job description; one key point per line</source>
        <translation>参考答案或岗位描述；每行一个要点</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Required skills, separated by commas</source>
        <translation>岗位技能，用逗号分隔</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Save results as</source>
        <translation>结果保存为</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Folder of text files</source>
        <translation>文本文件夹</translation>
    </message>
    <message>
        <source>File of answers</source>
        <translation>回答文件</translation>
    </message>
    <message>
        <source>Answers (*.jsonl *.csv *.xlsx)</source>
        <translation>回答文件 (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose the answers and where to save the results.</source>
        <translation>请选择回答文件以及结果的保存位置。</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>{0} answers scored</source>
        <translation>已评分 {0} 条回答</translation>
    </message>
    <message>
        <source>Cancelled: no result file was written.</source>
        <translation>已取消：没有写入结果文件。</translation>
    </message>
    <message>
        <source>{0} answers scored in {1:.1f} s; results in {2}</source>
        <translation>{1:.1f} 秒内评分 {0} 条回答；结果保存在 {2}</translation>
    </message>
</context>
<context>
    <name>CalibrateDialog</name>
    <message>
        <source>Calibrate scoring models</source>
        <translation>校准评分模型</translation>
    </message>
    <message>
        <source>Retrain the scoring models on the answers HR has reviewed or overridden, on this computer. The agreement before and after is shown; a model that agrees less is not used, and the previous models can always be restored.</source>
        <translation>在本机上用 HR 复核或改分过的回答重新训练评分模型。会显示校准前后与人工评分的一致性；一致性变差的模型不会启用，并且随时可以恢复之前的模型。</translation>
    </message>
    <message>
        <source>Calibrate now</source>
        <translation>立即校准</translation>
    </message>
    <message>
        <source>Restore previous models</source>
        <translation>恢复之前的模型</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Calibrating… this takes a few seconds per hundred answers.</source>
        <translation>正在校准……每一百条回答约需几秒。</translation>
    </message>
    <message>
        <source>Models now in force:</source>
        <translation>当前使用的模型：</translation>
    </message>
</context>
<context>
    <name>LiveScoreCurve</name>
    <message>
        <source>Skill match</source>
        <translation>技能匹配度</translation>
    </message>
    <message>
        <source>Key points covered (%)</source>
        <translation>要点覆盖率（%）</translation>
    </message>
</context>
<context>
    <name>LiveScoreFeeder</name>
    <message>
        <source>Live score</source>
        <translation>实时评分</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Change score</source>
        <translation>修改分数</translation>
    </message>
    <message>
        <source>Model score</source>
        <translation>模型分数</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>您的分数</translation>
    </message>
    <message>
        <source>Why do you give a different score? (required)</source>
        <translation>为什么给出不同的分数？（必填）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The model's score and your score are both kept, with your name and the time, in the audit log.</source>
        <translation>模型分数和您的分数都会保留，并连同您的姓名和时间记入审计日志。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>changed by {0}: {1}</source>
        <translation>由 {0} 修改：{1}</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>面试模板</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Interview report</source>
        <translation>面试报告</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>人工修改</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>speaking rate well below a comfortable pace</source>
        <translation>语速明显低于舒适范围</translation>
    </message>
    <message>
        <source>speaking rate well above a comfortable pace</source>
        <translation>语速明显高于舒适范围</translation>
    </message>
    <message>
        <source>more than a third of the answer spent in pauses</source>
        <translation>超过三分之一的时间在停顿</translation>
    </message>
    <message>
        <source>{0} pauses of {1} s or more</source>
        <translation>{0} 次 {1} 秒以上的停顿</translation>
    </message>
    <message>
        <source>pace and pauses (fixed rule)</source>
        <translation>语速与停顿（固定规则）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Transcript as recognised, before editing</source>
        <translation>编辑前的识别文本</translation>
    </message>
    <message>
        <source>Questions and evidence</source>
        <translation>问题与依据</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
        <source>Overall</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>similarity to the reference answer</source>
        <translation>与参考答案的相似度</translation>
    </message>
    <message>
        <source>key points covered</source>
        <translation>要点覆盖</translation>
    </message>
    <message>
        <source>reference words used</source>
        <translation>使用参考答案中的词</translation>
    </message>
    <message>
        <source>relevance to the question</source>
        <translation>与问题的相关性</translation>
    </message>
    <message>
        <source>closeness to the required skills</source>
        <translation>与岗位技能的接近程度</translation>
    </message>
    <message>
        <source>required skills named</source>
        <translation>提到的岗位技能</translation>
    </message>
    <message>
        <source>complete story (STAR)</source>
        <translation>完整的经历（STAR）</translation>
    </message>
    <message>
        <source>length for the time limit</source>
        <translation>相对时限的长度</translation>
    </message>
    <message>
        <source>amount said</source>
        <translation>回答的长度</translation>
    </message>
    <message>
        <source>number of sentences</source>
        <translation>句子数</translation>
    </message>
    <message>
        <source>sentences follow on</source>
        <translation>句子衔接</translation>
    </message>
    <message>
        <source>linking words</source>
        <translation>连接词</translation>
    </message>
    <message>
        <source>filler words</source>
        <translation>口头禅/填充词</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>situation named</source>
        <translation>说明了情境</translation>
    </message>
    <message>
        <source>task named</source>
        <translation>说明了任务</translation>
    </message>
    <message>
        <source>own action named</source>
        <translation>说明了自己的行动</translation>
    </message>
    <message>
        <source>result named</source>
        <translation>说明了结果</translation>
    </message>
    <message>
        <source>words of composure</source>
        <translation>表达冷静的词语</translation>
    </message>
    <message>
        <source>words of panic or blame</source>
        <translation>表达慌乱或推卸的词语</translation>
    </message>
    <message>
        <source>result with a number</source>
        <translation>结果有具体数字</translation>
    </message>
    <message>
        <source>These scores are decision support, computed on this computer from what the candidate said (never from the face or the voice). A person reviews them, may override any score with a reason, and makes the decision.</source>
        <translation>这些分数仅作为决策辅助，由本机根据候选人所说的内容计算（从不依据面部或声音）。由人工复核，可以填写理由修改任何分数，并由人作出决定。</translation>
    </message>
    <message>
        <source>The candidate did not consent to AI scoring: this interview has no automated scores.</source>
        <translation>候选人未同意 AI 评分：本次面试没有自动评分。</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Open interview report</source>
        <translation>打开面试报告</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>修改分数</translation>
    </message>
    <message>
        <source>Score interview</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Confirm scores</source>
        <translation>确认分数</translation>
    </message>
    <message>
        <source>Interview report</source>
        <translation>面试报告</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReviewInstall</name>
    <message>
        <source>Scores ready: the report is open (decision support; you decide).</source>
        <translation>评分完成，报告已打开（仅供决策参考，由您决定）。</translation>
    </message>
    <message>
        <source>Interview saved. Not scored: the candidate did not consent to AI scoring.</source>
        <translation>面试已保存。未评分：候选人未同意 AI 评分。</translation>
    </message>
    <message>
        <source>The interview is saved, but it was not scored</source>
        <translation>面试已保存，但未评分</translation>
    </message>
    <message>
        <source>Score interview</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Prepare scoring</source>
        <translation>准备评分模型</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>查看报告…</translation>
    </message>
    <message>
        <source>Scores with their evidence, overrides, PDF report</source>
        <translation>查看评分及依据、人工调整、导出 PDF 报告</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Batch screening…</source>
        <translation>批量筛选…</translation>
    </message>
    <message>
        <source>Calibrate scoring models…</source>
        <translation>校准评分模型…</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Interview review</source>
        <translation>面试复核</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>人工修改</translation>
    </message>
    <message>
        <source>Recordings (double-click to play)</source>
        <translation>录像/录音（双击播放）</translation>
    </message>
    <message>
        <source>Change score…</source>
        <translation>修改分数…</translation>
    </message>
    <message>
        <source>Confirm scores</source>
        <translation>确认分数</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>立即评分</translation>
    </message>
    <message>
        <source>Compute the scores with the models on this computer (scores you changed are kept)</source>
        <translation>用本机上的模型计算分数（您修改过的分数会保留）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Overall: {0:.0f} / 100</source>
        <translation>综合：{0:.0f} / 100</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>Score again</source>
        <translation>重新评分</translation>
    </message>
    <message>
        <source>(whole interview)</source>
        <translation>（整场面试）</translation>
    </message>
</context>
</TS>