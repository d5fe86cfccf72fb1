<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerCapture</name>
    <message>
        <source>The speech model could not be loaded ({0}), so answers will not be transcribed. Install it again in Settings.</source>
        <translation>语音模型无法加载（{0}），回答将不会转写。请在“设置”中重新安装。</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <source>Recording picture and sound</source>
        <translation>正在录制画面和声音</translation>
    </message>
    <message>
        <source>Recording sound only (no camera)</source>
        <translation>仅录制声音（无摄像头）</translation>
    </message>
    <message>
        <source>Recording picture only (no microphone): type the answer</source>
        <translation>仅录制画面（无麦克风）：请以文字输入回答</translation>
    </message>
    <message>
        <source>Nothing is recorded: type the answer</source>
        <translation>未进行录制：请以文字输入回答</translation>
    </message>
</context>
<context>
    <name>ImportRecordingDialog</name>
    <message>
        <source>Import recording</source>
        <translation>导入录像</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>From (s)</source>
        <translation>开始（秒）</translation>
    </message>
    <message>
        <source>To (s, 0 = end)</source>
        <translation>结束（秒，0 = 到结尾）</translation>
    </message>
    <message>
        <source>Use the first file for every question</source>
        <translation>所有问题都使用第一个文件</translation>
    </message>
    <message>
        <source>The candidate agreed to being recorded</source>
        <translation>候选人已同意录像</translation>
    </message>
    <message>
        <source>The candidate agreed to AI-assisted scoring</source>
        <translation>候选人已同意 AI 辅助评分</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Interview template</source>
        <translation>面试模板</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the recording</source>
        <translation>选择录像文件</translation>
    </message>
    <message>
        <source>Recordings ({0})</source>
        <translation>录像文件 ({0})</translation>
    </message>
    <message>
        <source>Choose the candidate and the position first.</source>
        <translation>请先选择候选人和职位。</translation>
    </message>
    <message>
        <source>Choose a recording for at least one question.</source>
        <translation>请至少为一个问题选择录像文件。</translation>
    </message>
    <message>
        <source>These files cannot be found: {0}</source>
        <translation>找不到以下文件：{0}</translation>
    </message>
    <message>
        <source>Confirm that the candidate agreed to being recorded; without it the recording cannot be stored.</source>
        <translation>请确认候选人已同意录像；否则无法保存录像。</translation>
    </message>
    <message>
        <source>Importing recording</source>
        <translation>正在导入录像</translation>
    </message>
    <message>
        <source>Analysing {0}…</source>
        <translation>正在分析 {0}…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saving imported interview</source>
        <translation>正在保存导入的面试</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>已取消导入；未保存任何内容。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ObservationTimeline</name>
    <message>
        <source>Green: one face · grey: no face · orange: several faces · dark: no picture</source>
        <translation>绿色：一张人脸 · 灰色：无人脸 · 橙色：多张人脸 · 深色：无画面</translation>
    </message>
</context>
<context>
    <name>ObservationsPanel</name>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>One face {0} · no face {1} · several faces {2} · well framed {3} · motion {4}</source>
        <translation>一张人脸 {0} · 无人脸 {1} · 多张人脸 {2} · 取景良好 {3} · 画面变动 {4}</translation>
    </message>
    <message>
        <source>Camera observations, for your review only: never part of a score, no emotion or personality is read from the face.</source>
        <translation>摄像头观察结果仅供您人工审阅：从不计入评分，也不会从面部推断情绪或性格。</translation>
    </message>
    <message>
        <source>No picture was recorded for this answer.</source>
        <translation>此回答没有录制画面。</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>播放录像</translation>
    </message>
</context>
<context>
    <name>SpeechModelPage</name>
    <message>
        <source>Install from a .zip file…</source>
        <translation>从 .zip 文件安装…</translation>
    </message>
    <message>
        <source>Install from a folder…</source>
        <translation>从文件夹安装…</translation>
    </message>
    <message>
        <source>Answers are transcribed on this computer with a Vosk speech model (Chinese or English). IT can download one from the Vosk model list; see docs/SPEECH_MODELS.md.</source>
        <translation>回答在本机上使用 Vosk 语音模型（中文或英文）转写。IT 人员可从 Vosk 模型列表下载模型，详见 docs/SPEECH_MODELS.md。</translation>
    </message>
    <message>
        <source>Speech model in use: {0} ({1} Hz)
{2}</source>
        <translation>正在使用的语音模型：{0}（{1} Hz）
{2}</translation>
    </message>
    <message>
        <source>Choose the speech model .zip</source>
        <translation>选择语音模型 .zip 文件</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Choose the unpacked speech model folder</source>
        <translation>选择解压后的语音模型文件夹</translation>
    </message>
    <message>
        <source>Installing speech model</source>
        <translation>正在安装语音模型</translation>
    </message>
</context>
<context>
    <name>capture</name>
    <message>
        <source>Speech model</source>
        <translation>语音模型</translation>
    </message>
    <message>
        <source>Import recording…</source>
        <translation>导入录像…</translation>
    </message>
    <message>
        <source>The recorded interview was imported.</source>
        <translation>录像面试已导入。</translation>
    </message>
    <message>
        <source>{0} answer recording(s) interrupted by a crash were recovered; they are attached to the recovered interview.</source>
        <translation>已恢复 {0} 段因程序异常中断的回答录制，它们已附加到恢复的面试中。</translation>
    </message>
    <message>
        <source>Recovering interrupted recordings</source>
        <translation>正在恢复中断的录制</translation>
    </message>
    <message>
        <source>The camera "{0}" could not be opened.</source>
        <translation>无法打开摄像头“{0}”。</translation>
    </message>
    <message>
        <source>The camera "{0}" stopped sending pictures.</source>
        <translation>摄像头“{0}”已停止传送画面。</translation>
    </message>
    <message>
        <source>The interview continues without video; everything recorded so far is kept.</source>
        <translation>面试将在无视频的情况下继续；此前录制的内容全部保留。</translation>
    </message>
    <message>
        <source>The microphone does not work ({0}).</source>
        <translation>麦克风无法工作（{0}）。</translation>
    </message>
    <message>
        <source>The interview continues: type the answer; everything recorded so far is kept.</source>
        <translation>面试继续：请以文字输入回答；此前录制的内容全部保留。</translation>
    </message>
    <message>
        <source>The recording could not be written ({0}).</source>
        <translation>录像无法写入（{0}）。</translation>
    </message>
    <message>
        <source>Free some disk space or check the media folder's drive; the interview continues and what was already written is kept and recovered at the next start.</source>
        <translation>请释放磁盘空间或检查媒体文件夹所在的驱动器；面试继续进行，已写入的内容会保留，并在下次启动时恢复。</translation>
    </message>
    <message>
        <source>No speech model is installed, so answers will not be transcribed.</source>
        <translation>未安装语音模型，回答将不会转写为文字。</translation>
    </message>
    <message>
        <source>The interview works as usual; to turn transcription on, use Settings &gt; Speech model.</source>
        <translation>面试可照常进行；如需开启转写，请在“设置 &gt; 语音模型”中安装。</translation>
    </message>
    <message>
        <source>The speech model folder {0} does not exist.</source>
        <translation>语音模型文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <source>Choose the folder you unpacked the model into, or its .zip file.</source>
        <translation>请选择模型解压后的文件夹，或其 .zip 文件。</translation>
    </message>
    <message>
        <source>{0} is not a Vosk speech model (missing: {1}).</source>
        <translation>{0} 不是 Vosk 语音模型（缺少：{1}）。</translation>
    </message>
    <message>
        <source>Download a model from the Vosk model list (see docs/SPEECH_MODELS.md) and choose its .zip or unpacked folder.</source>
        <translation>请从 Vosk 模型列表下载模型（见 docs/SPEECH_MODELS.md），然后选择其 .zip 文件或解压后的文件夹。</translation>
    </message>
    <message>
        <source>The speech model {0} expects {1} Hz audio.</source>
        <translation>语音模型 {0} 需要 {1} Hz 的音频。</translation>
    </message>
    <message>
        <source>Choose a 16 kHz (or 8 kHz) model.</source>
        <translation>请选择 16 kHz（或 8 kHz）的模型。</translation>
    </message>
    <message>
        <source>The file {0} inside the archive points outside the model folder.</source>
        <translation>压缩包中的文件 {0} 指向模型文件夹之外。</translation>
    </message>
    <message>
        <source>The archive is not a genuine model; download it again from the Vosk model list.</source>
        <translation>该压缩包不是正规的模型文件，请从 Vosk 模型列表重新下载。</translation>
    </message>
    <message>
        <source>The archive unpacks to more than 8 GB.</source>
        <translation>该压缩包解压后超过 8 GB。</translation>
    </message>
    <message>
        <source>Choose a Vosk speech model archive.</source>
        <translation>请选择 Vosk 语音模型压缩包。</translation>
    </message>
    <message>
        <source>{0} is neither a folder nor a .zip file.</source>
        <translation>{0} 既不是文件夹也不是 .zip 文件。</translation>
    </message>
    <message>
        <source>Choose the model's .zip file or its unpacked folder.</source>
        <translation>请选择模型的 .zip 文件或解压后的文件夹。</translation>
    </message>
    <message>
        <source>The microphone "{0}" is not connected.</source>
        <translation>麦克风“{0}”未连接。</translation>
    </message>
    <message>
        <source>Connect it, or choose another microphone in Settings; the interview can go on as text.</source>
        <translation>请连接该麦克风，或在“设置”中选择其他麦克风；面试也可以用文字继续。</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>此电脑上未找到麦克风。</translation>
    </message>
    <message>
        <source>Connect one and start the answer again, or continue the interview as text.</source>
        <translation>请连接麦克风后重新开始回答，或以文字继续面试。</translation>
    </message>
    <message>
        <source>{0}: it could not be opened</source>
        <translation>{0}：无法打开</translation>
    </message>
    <message>
        <source>{0}: it stopped ({1})</source>
        <translation>{0}：已停止（{1}）</translation>
    </message>
    <message>
        <source>{0}: it was disconnected</source>
        <translation>{0}：已断开连接</translation>
    </message>
</context>
</TS>