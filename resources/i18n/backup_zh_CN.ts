<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupsController</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation>备份记录</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Last successful backup:</source>
        <translation>上次成功备份：</translation>
    </message>
    <message>
        <source>Next scheduled backup:</source>
        <translation>下次计划备份：</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Backup password…</source>
        <translation>备份密码…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起方</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>You</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>补做</translation>
    </message>
    <message>
        <source>Exit system</source>
        <translation>退出系统</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Backups are encrypted with this password (leave empty for no encryption).
Keep it safe: without it, encrypted backups cannot be restored.</source>
        <translation>备份将用此密码加密（留空则不加密）。
请妥善保管：没有它，加密的备份无法恢复。</translation>
    </message>
    <message>
        <source>Backup password saved; the next backup is encrypted.</source>
        <translation>备份密码已保存；下一次备份将加密。</translation>
    </message>
    <message>
        <source>Backups are no longer encrypted.</source>
        <translation>备份不再加密。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup {0} written and verified.</source>
        <translation>备份 {0} 已写入并校验通过。</translation>
    </message>
    <message>
        <source>The last backup did not finish: {0}</source>
        <translation>上一次备份未完成：{0}</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>{0} is not a readable HR Desk backup ({1}).</source>
        <translation>{0} 不是可读取的 HR Desk 备份（{1}）。</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <source>This backup is encrypted. Password:</source>
        <translation>此备份已加密。密码：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {0}?

The backup is verified first; the current data is kept as a safety copy.</source>
        <translation>用 {0} 的备份替换当前数据吗？

恢复前会先校验备份；当前数据会保留为安全副本。</translation>
    </message>
    <message>
        <source>Wait until the running tasks have finished, then restore.</source>
        <translation>请等待正在运行的任务结束后再恢复。</translation>
    </message>
    <message>
        <source>Verifying and restoring…</source>
        <translation>正在校验并恢复…</translation>
    </message>
    <message>
        <source>Restored. The previous data is kept in {0}.</source>
        <translation>恢复完成。原有数据保存在 {0}。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Backing up before exit…</source>
        <translation>退出前正在备份…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Exit system</source>
        <translation>退出系统</translation>
    </message>
    <message>
        <source>The backup did not finish. Exit anyway?</source>
        <translation>备份未完成。仍要退出吗？</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <source>This backup is encrypted. Password:</source>
        <translation>此备份已加密。密码：</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? It is verified first; the current data is kept as a safety copy.</source>
        <translation>用此备份替换当前数据吗？恢复前会先校验备份；当前数据会保留为安全副本。</translation>
    </message>
    <message>
        <source>Verifying and restoring…</source>
        <translation>正在校验并恢复…</translation>
    </message>
</context>
</TS>