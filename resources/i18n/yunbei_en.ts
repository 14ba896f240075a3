<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>yunbei</name>
    <message>
        <location filename="../../yunbei_gui/ui/region_canvas.py" line="+116"/>
        <source>截图与遮盖区域</source>
        <translation>Screenshot and covered areas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>拖动鼠标画新的遮盖框；点一下框切换是否遮盖；按 Delete 删除选中的框。</source>
        <translation>Drag to draw a new box; click a box to switch covering on or off; press Delete to remove the selected box.</translation>
    </message>
    <message>
        <location line="+380"/>
        <source>{label}（不遮盖）</source>
        <translation>{label} (not covered)</translation>
    </message>
    <message>
        <location filename="../../yunbei_gui/ui/widgets.py" line="+67"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>出了点问题</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../yunbei_gui/ui/dialogs.py" line="+75"/>
        <source>关于云贝申诉助手</source>
        <translation>About Yunbei Appeal Helper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>云贝申诉助手 {version}</source>
        <translation>Yunbei Appeal Helper {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>帮助云贝兑换失败的用户整理证据、遮挡隐私、写好申诉并跟进到底。所有处理都在这台电脑上完成，不联网，不收集任何数据。</source>
        <translation>Helps people whose Yunbei redemption failed to gather evidence, hide private details, write the appeal and follow it up to the end. Everything happens on this computer: no internet, no data collected.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>本程序以 MIT 许可证发布。使用的组件：Qt / PySide6（LGPL-3.0）、Tesseract OCR（Apache-2.0）、文泉驿微米黑字体（Apache-2.0）、Pillow、reportlab、pikepdf 等，详见下文。</source>
        <translation>This program is released under the MIT licence. It uses Qt / PySide6 (LGPL-3.0), Tesseract OCR (Apache-2.0), the WenQuanYi Micro Hei font (Apache-2.0), Pillow, reportlab, pikepdf and more; see below.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未找到第三方许可说明文件。</source>
        <translation>The third-party licence notices file was not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第三方许可说明</source>
        <translation>Third-party licences</translation>
    </message>
</context>
<context>
    <name>AppealPage</name>
    <message>
        <location filename="../../yunbei_gui/ui/appeal_page.py" line="+137"/>
        <source>还没有打开案件</source>
        <translation>No case is open yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先添加兑换失败的截图，或者打开一个已有的案件，这里就会写好申诉文字。</source>
        <translation>Add screenshots of the failed redemption, or open an existing case, and the appeal texts will be written here.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>下面的信息大多是从截图里读出来的，请逐项核对，不对的地方直接改。右边的申诉文字会跟着更新。</source>
        <translation>Most of the details below were read from your screenshots. Check each one and correct anything wrong; the appeal texts on the right update as you go.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>案件信息</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>你的请求</source>
        <translation>What you ask for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>希望客服怎么处理？至少选一项。</source>
        <translation>What should support do? Choose at least one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>补充说明（可不填）</source>
        <translation>Additional notes (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请求的补充说明</source>
        <translation>Additional notes on your request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：希望在三个工作日内答复</source>
        <translation>For example: please reply within three working days</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>未确定</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>例如 2026-11-20 10:32</source>
        <translation>e.g. 2026-11-20 10:32</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>多项用“；”隔开，例如 重启应用；切换网络</source>
        <translation>Separate items with &quot;;&quot;, e.g. restarted the app; switched network</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11 位手机号</source>
        <translation>11-digit phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>填数字</source>
        <translation>A number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如 Wi-Fi、4G</source>
        <translation>e.g. Wi-Fi, 4G</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>申诉文字</source>
        <translation>Appeal texts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每个渠道一份，已按各自的习惯写好。复制后粘贴到对应的地方，发送前再读一遍。首选客服邮箱。</source>
        <translation>One text per channel, each written the way that channel expects. Copy and paste it in the right place, and read it once more before sending. The support e-mail is the best first choice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各渠道的申诉文字</source>
        <translation>Appeal texts for each channel</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>收件人</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>复制地址</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>标题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel}的标题</source>
        <translation>{channel} subject</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>复制标题</source>
        <translation>Copy subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制{channel}的标题</source>
        <translation>Copy the {channel} subject</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel}的正文</source>
        <translation>{channel} text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>用邮件程序打开</source>
        <translation>Open in mail app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用邮件程序打开这封申诉邮件</source>
        <translation>Open this appeal e-mail in your mail app</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>复制正文</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制{channel}的正文</source>
        <translation>Copy the {channel} text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>主要渠道：发到 {to}，截图和证据包 PDF 作为附件一起发。最好在工作日发送，一般 1–3 个工作日内答复。</source>
        <translation>Main channel: send to {to} with the screenshots and the evidence PDF attached. Best sent on a working day; replies usually come within 1–3 working days.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>在网易云音乐里：账号 → 帮助与反馈 → 会员与支付（或账户问题）。每条最多 {limit} 字，提交后记下工单号。</source>
        <translation>In NetEase Cloud Music: Account → Help &amp; Feedback → Membership &amp; Payment (or Account issues). At most {limit} characters per message; note the ticket number after submitting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>私信 @网易云音乐，用来催办已提交的工单。只发私信，别在公开评论里贴个人信息。</source>
        <translation>Send a direct message to @网易云音乐 to chase a ticket you already submitted. Use private messages only; never post personal details in public comments.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>官方渠道多次联系仍没有结果时，到全国12315平台投诉。保留好之前每次申诉的记录。</source>
        <translation>If repeated contact through the official channels gets no result, file a complaint on the national 12315 platform. Keep the records of every earlier appeal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申诉被驳回后，可以在黑猫投诉平台公开投诉。发布前确认没有个人隐私。</source>
        <translation>After an appeal is rejected, you can post a public complaint on Black Cat Complaints. Make sure it shows no personal details before posting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申诉被驳回时用：请客服说明驳回理由，并交给上一级重新审核。先在“跟进”里记下被驳回的那次联系，文字会更完整。</source>
        <translation>Use this when an appeal is rejected: it asks support to explain why and to have a supervisor review the case again. Record the rejected contact in &quot;Follow-up&quot; first, and the text will be more complete.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>截图上没读到兑换时间，这是截图文件的保存时间，可能不准，请改成实际时间。</source>
        <translation>No time was read on the screenshots: this is when the screenshot file was saved, which may be off. Please change it to the actual time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉需要这一项，请补上。</source>
        <translation>The appeal needs this; please fill it in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>你改过这一项，重新读截图也不会覆盖它。</source>
        <translation>You changed this; reading the screenshots again will not overwrite it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来自截图</source>
        <translation>From screenshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从截图里读出来的，请核对。</source>
        <translation>Read from a screenshot; please check it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>还缺：{items}。补上后申诉更容易被受理。</source>
        <translation>Still missing: {items}. Appeals with these filled in are accepted more easily.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>共 {n} 字，超过了 {limit} 字的上限，发送前请删减。</source>
        <translation>{n} characters, over the {limit}-character limit; please shorten it before sending.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>共 {n} 字（上限 {limit} 字）</source>
        <translation>{n} characters (limit {limit})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{label}”要填一个整数，比如 120。</source>
        <translation>&quot;{label}&quot; must be a whole number, such as 120.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时间请写成“2026-11-20 10:32”这样：年-月-日 时:分。</source>
        <translation>Write the time like &quot;2026-11-20 10:32&quot;: year-month-day hour:minute.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>修改“{label}”</source>
        <translation>Edit &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>修改失败原因</source>
        <translation>Change the failure cause</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>至少要保留一项请求，客服才知道该怎么处理。</source>
        <translation>Keep at least one request so support knows what to do.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>加上请求：{name}</source>
        <translation>Add request: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>去掉请求：{name}</source>
        <translation>Remove request: {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>修改补充说明</source>
        <translation>Edit additional notes</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../yunbei_gui/ui/cases_page.py" line="+43"/>
        <source>云贝申诉助手</source>
        <translation>Yunbei Appeal Helper</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>云贝兑换失败、云贝被扣却没拿到东西？把手机截图交给我：识别内容、遮挡隐私、写好申诉、导出一份可以直接发邮件的证据包，再提醒你跟进到云贝退回为止。一切都在本机完成，不联网。</source>
        <translation>Did a Yunbei redemption fail, or were Yunbei deducted without getting the item? Give me your phone screenshots: I read them, hide your private details, write the appeal, export an evidence pack ready to e-mail, and remind you to follow up until the Yunbei are returned. Everything stays on this computer, offline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新建申诉案件</source>
        <translation>New appeal case</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>之前的案件</source>
        <translation>Earlier cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有案件。点“新建申诉案件”开始。</source>
        <translation>No cases yet. Click &quot;New appeal case&quot; to start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制一份</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>无法读取案件文件夹：{error}</source>
        <translation>Cannot read the cases folder: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>无法打开的案件 {id}：{problem}</source>
        <translation>Case {id} cannot be opened: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}&#x3000;&#x3000;最后修改：{when}</source>
        <translation>{title}    Last changed: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未命名案件</source>
        <translation>Untitled case</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>删除这个案件？案件里的信息和截图副本都会被删除，无法恢复。（你手机或电脑上原来的截图文件不受影响。）</source>
        <translation>Delete this case? Its details and its copies of the screenshots will be deleted for good. (Your original screenshot files on your phone or computer are not affected.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>删除失败：{error}</source>
        <translation>Could not delete: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>删除案件</source>
        <translation>Delete case</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../yunbei_gui/ui/checks_page.py" line="+104"/>
        <source>还没有打开案件</source>
        <translation>No case is open yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先添加兑换失败的截图，或者打开一个已有的案件，再回到这里自查。</source>
        <translation>Add screenshots of the failed redemption, or open an existing case, then come back here for the checks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>自查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>申诉之前，按顺序把下面六项查一遍。标着“优先”的几项与失败原因最相关，可以先查。每一项的结果和备注都会自动保存。</source>
        <translation>Before appealing, go through the six checks below in order. Those marked &quot;Priority&quot; matter most for the failure cause, so you may start with them. Each result and note is saved automatically.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>六项自查</source>
        <translation>Six checks</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>怎么查</source>
        <translation>How to check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>留下什么作证据</source>
        <translation>What to keep as evidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这一项的结果</source>
        <translation>Result of this check</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+194"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+195"/>
        <source>发现问题</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+196"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>备注（可不填）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这一项的备注</source>
        <translation>Note for this check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：换成手机流量后还是失败；客服让我等24小时</source>
        <translation>For example: still failed on mobile data; support told me to wait 24 hours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>上一项</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一项自查</source>
        <translation>Previous check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一项</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一项自查</source>
        <translation>Next check</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>初步判断</source>
        <translation>First assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可能的原因</source>
        <translation>Possible cause</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>云贝扣了吗</source>
        <translation>Were Yunbei deducted?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>另外</source>
        <translation>Also</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+11"/>
        <source>优先</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{title}，{state}</source>
        <translation>{title}, {state}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已查 {done} / {total} 项</source>
        <translation>{done} of {total} checked</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>第 {n} 项，共 {total} 项</source>
        <translation>Check {n} of {total}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>还没有检查。查完后选一个结果。</source>
        <translation>Not checked yet. Choose a result when you are done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发现了问题：请在备注里简单记下看到了什么。</source>
        <translation>Problem found: briefly note what you saw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结果：{state}。再点一次可以取消。</source>
        <translation>Result: {state}. Click again to undo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>自查“{title}”：{state}</source>
        <translation>Check &quot;{title}&quot;: {state}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>自查“{title}”的备注</source>
        <translation>Note for check &quot;{title}&quot;</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../yunbei_gui/ui/evidence_page.py" line="+211"/>
        <source>把截图拖到这里</source>
        <translation>Drop screenshots here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>需要 3 到 5 张手机截图：兑换失败的提示、云贝余额、云贝明细（扣除记录）、账号信息页、当时的网络状态。也可以拖入整个文件夹，或按 Ctrl+V 粘贴截图。</source>
        <translation>You need 3 to 5 phone screenshots: the failure message, your Yunbei balance, the Yunbei records (showing the deduction), your account page and your network status at the time. You can also drop a whole folder, or paste a screenshot with Ctrl+V.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择截图…</source>
        <translation>Choose screenshots…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>粘贴截图</source>
        <translation>Paste screenshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用示例截图试一试</source>
        <translation>Try with sample screenshots</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>已添加的截图</source>
        <translation>Added screenshots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有截图。没有手头的截图也可以先点“用示例截图试一试”，看看整个流程。</source>
        <translation>No screenshots yet. Without screenshots at hand, click &quot;Try with sample screenshots&quot; to see how it all works.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>第 1 步：添加证据截图</source>
        <translation>Step 1: Add evidence screenshots</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>文件夹里没有找到图片。</source>
        <translation>No pictures found in the folder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>等待读取…</source>
        <translation>Waiting to read…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>选择截图</source>
        <translation>Choose screenshots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.heic *.heif);;所有文件 (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.heic *.heif);;All files (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>剪贴板里没有图片。请先在手机或电脑上复制一张截图，再粘贴。</source>
        <translation>There is no picture on the clipboard. Copy a screenshot on your phone or computer first, then paste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法保存粘贴的图片，请改用“选择截图”。</source>
        <translation>Could not save the pasted picture; please use &quot;Choose screenshots&quot; instead.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有找到示例截图。</source>
        <translation>The sample screenshots were not found.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>无法打开。</source>
        <translation>Cannot open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}：这张截图已经添加过了。</source>
        <translation>{name}: this screenshot was already added.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>添加截图 {names}</source>
        <translation>Add screenshots {names}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>重新识别截图</source>
        <translation>Read screenshots again</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>调整截图顺序</source>
        <translation>Reorder screenshots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>移除截图</source>
        <translation>Remove screenshot</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>（未识别）</source>
        <translation>(not recognised)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>无法读取</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>正在读取 {n} 张…</source>
        <translation>Reading {n}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还缺：{kinds}</source>
        <translation>Still missing: {kinds}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>需要的证据都齐了。</source>
        <translation>All the evidence needed is here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>截图少于 3 张，证据可能不够。</source>
        <translation>Fewer than 3 screenshots: the evidence may not be enough.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>超过 5 张了：只留最能说明问题的 3 到 5 张，客服更容易看。</source>
        <translation>More than 5: keep only the 3 to 5 that show the problem best, so support can follow easily.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../yunbei_gui/ui/export_page.py" line="+97"/>
        <source>还没有打开案件</source>
        <translation>No case is open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在第一步添加截图，再回到这里导出。</source>
        <translation>Add screenshots in step 1 first, then come back here to export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>导出证据包</source>
        <translation>Export evidence pack</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>证据包是一个 PDF 文件，里面有遮挡了个人信息的截图、事情经过和申诉信，同时还会生成各个渠道的申诉文字和一封带附件的邮件草稿。你的原始截图不会被修改。</source>
        <translation>The evidence pack is a PDF with your screenshots (personal details covered), what happened, and the appeal letter. The appeal texts for each channel and an e-mail draft with the attachment are made too. Your original screenshots are not changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>将要导出的内容</source>
        <translation>What will be exported</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>保存位置</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存证据包的文件夹</source>
        <translation>Folder for the evidence pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择一个文件夹</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+193"/>
        <source>选择保存证据包的文件夹</source>
        <translation>Choose the folder for the evidence pack</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>文件夹：</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件夹不存在时会自动创建；同名的旧证据包会被替换。</source>
        <translation>The folder is created if needed; an older evidence pack with the same name is replaced.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消导出</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出进度</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>导出结果</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>打开 PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>下一步：把申诉邮件发到 {to}，并把证据包 PDF 作为附件；发出后，到“跟进”步骤记下这次联系，程序会提醒你什么时候该有回复。</source>
        <translation>Next: send the appeal e-mail to {to} with the evidence PDF attached. Then record it in the &quot;Follow-up&quot; step, and the app will remind you when a reply is due.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>写邮件</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用邮件程序写申诉邮件</source>
        <translation>Write the appeal e-mail in your mail app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开邮件草稿（已附 PDF）</source>
        <translation>Open e-mail draft (PDF attached)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复制邮件标题</source>
        <translation>Copy e-mail subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制邮件正文</source>
        <translation>Copy e-mail text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>邮件已发出，记到“跟进”</source>
        <translation>E-mail sent: record it in &quot;Follow-up&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录已发出申诉邮件</source>
        <translation>Record the sent appeal e-mail</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>截图：共 {n} 张，将遮挡 {k} 处个人信息。</source>
        <translation>Screenshots: {n}, with {k} personal details covered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>遮挡范围：{preset}</source>
        <translation>What is covered: {preset}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>遮挡样式：{look}</source>
        <translation>Cover style: {look}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有添加截图，证据包里将只有文字内容。</source>
        <translation>No screenshots added yet; the evidence pack will contain text only.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>第 {i} 张截图（{kind}）</source>
        <translation>Screenshot {i} ({kind})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;请注意：&lt;/b&gt;{shots}没有任何遮挡区域，请到“核对”步骤确认上面没有手机号、邮箱等个人信息。</source>
        <translation>&lt;b&gt;Please note:&lt;/b&gt; {shots} has nothing covered. In the &quot;Review&quot; step, make sure it shows no phone number, e-mail or other personal details.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>还缺少这些必填信息：{names}。申诉信会注明缺少的内容，最好先回到前面的步骤补上，客服处理起来会更快。</source>
        <translation>These required details are missing: {names}. The appeal letter will mention what is missing; better fill them in the earlier steps first, so support can act faster.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>用于公开发布，遮挡全部个人信息（{names}）</source>
        <translation>For posting publicly: all personal details covered ({names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发给官方客服，遮挡{names}</source>
        <translation>For official support: {names} covered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>马赛克色块</source>
        <translation>Mosaic blocks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>纯色填充</source>
        <translation>Solid fill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>柔和模糊</source>
        <translation>Soft blur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>还没有打开案件，没有可以导出的内容。</source>
        <translation>No case is open, so there is nothing to export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请先选择保存证据包的文件夹。</source>
        <translation>Choose a folder for the evidence pack first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{path}”是一个文件，不是文件夹。请换一个文件夹。</source>
        <translation>&quot;{path}&quot; is a file, not a folder. Please choose a folder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在遮挡截图并生成 PDF，请稍候…</source>
        <translation>Covering the screenshots and making the PDF, please wait…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+15"/>
        <source>已取消导出，没有留下任何文件。</source>
        <translation>Export cancelled; no files were left behind.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>证据包已保存。</source>
        <translation>Evidence pack saved.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>证据包 PDF：{path}</source>
        <translation>Evidence PDF: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉文字：{n} 个文本文件，在同一个文件夹里</source>
        <translation>Appeal texts: {n} text files, in the same folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>邮件草稿：{path}</source>
        <translation>E-mail draft: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件夹：{path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>找不到这个文件，可能已被移动或删除：{path}</source>
        <translation>This file was not found; it may have been moved or deleted: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没能自动打开，请手动打开：{path}</source>
        <translation>Could not open it automatically; please open it yourself: {path}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>邮件程序打开后，请把证据包 PDF 作为附件添加进去：{pdf}。如果正文被截短，可以用“复制邮件正文”粘贴完整内容。</source>
        <translation>When your mail app opens, attach the evidence PDF: {pdf}. If the text was cut short, use &quot;Copy e-mail text&quot; and paste the full text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有找到邮件程序。请自己新建一封邮件发到 {to}，用上面的按钮复制标题和正文，并把 PDF 作为附件：{pdf}</source>
        <translation>No mail app was found. Write a new e-mail to {to} yourself, copy the subject and text with the buttons above, and attach the PDF: {pdf}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>记录已发出的申诉邮件</source>
        <translation>Record the sent appeal e-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已在“跟进”里记下这封邮件，通常 1–3 个工作日内会有回复。</source>
        <translation>This e-mail is recorded in &quot;Follow-up&quot;. A reply usually comes within 1–3 working days.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../yunbei_gui/ui/followup_page.py" line="+106"/>
        <source>还没有打开案件</source>
        <translation>No case is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先在第一步添加截图；提交申诉后，再回到这里记录跟进情况。</source>
        <translation>Add screenshots in step 1 first; after you have sent the appeal, come back here to log the follow-up.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每次联系客服（发邮件、应用内反馈、投诉等）都在这里记一笔：时间、工单号、客服工号和答复。程序会据此算出什么时候该有回复，超时了会提醒你下一步怎么做。</source>
        <translation>Record every contact with support here (e-mail, in-app feedback, complaints...): the time, ticket number, agent ID and reply. From these the app works out when a reply is due, and tells you what to do next when it is late.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>联系记录</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工单号</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>客服工号</source>
        <translation>Agent ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复或承诺</source>
        <translation>Reply or promise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>还没有联系记录。提交申诉后，用下面的表格记下来。</source>
        <translation>No contacts recorded yet. After you submit the appeal, record it with the form below.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>修改所选</source>
        <translation>Edit selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改所选的联系记录</source>
        <translation>Edit the selected contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除所选的联系记录</source>
        <translation>Delete the selected contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+389"/>
        <source>添加一条联系记录</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <location line="-378"/>
        <location line="+2"/>
        <source>没有可不填</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：3个工作日内核实后回复</source>
        <translation>For example: will check and reply within 3 working days</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>申诉被驳回</source>
        <translation>Appeal rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>渠道：</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间：</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工单号：</source>
        <translation>Ticket number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>客服工号：</source>
        <translation>Agent ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复或承诺：</source>
        <translation>Reply or promise:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+348"/>
        <source>添加记录</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>取消修改</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>接下来</source>
        <translation>What&apos;s next</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>每次联系的回复时间</source>
        <translation>Reply due for each contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>申请复核</source>
        <translation>Ask for a review</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>如果申诉被驳回，或者过了预期时间仍没有回复，可以用这段文字要求上级复核。</source>
        <translation>If the appeal is rejected, or no reply has come by the expected time, use this text to ask for a supervisor&apos;s review.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+227"/>
        <source>显示复核申请</source>
        <translation>Show review request</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>标题：</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>复核申请的标题</source>
        <translation>Subject of the review request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>复核申请的正文</source>
        <translation>Text of the review request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>复制标题</source>
        <translation>Copy subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>复制正文</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>兑换时间还没有填写，无法算出24小时自动退回的截止时间。</source>
        <translation>The redemption time is not filled in yet, so the end of the 24-hour automatic refund period cannot be worked out.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>失败的兑换一般会在24小时内自动退回云贝，这段时间到 {end} 结束。</source>
        <translation>Yunbei from a failed redemption are usually returned automatically within 24 hours; that period ends at {end}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24小时自动退回的时间已在 {end} 结束。</source>
        <translation>The 24-hour automatic refund period ended at {end}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（结果：{result}）</source>
        <translation>(result: {result})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已超时：</source>
        <translation>Overdue: </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>申诉被驳回了。</source>
        <translation>The appeal was rejected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有一次联系已经超过预期回复时间。</source>
        <translation>A contact is past its expected reply time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>可以把下面这段复核申请发给客服（邮件或应用内反馈都可以），要求说明理由并由上级重新审核。</source>
        <translation>You can send the review request below to support (by e-mail or in-app feedback), asking for the reasons and a new review by a supervisor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>收起复核申请</source>
        <translation>Hide review request</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+98"/>
        <source>修改联系记录</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>删除 {when} 通过{channel}的这条联系记录吗？（可以用“撤销”恢复）</source>
        <translation>Delete the contact of {when} via {channel}? (You can bring it back with &quot;Undo&quot;.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>删除联系记录</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已删除这条联系记录。</source>
        <translation>Contact deleted.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>添加联系记录</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已添加这条联系记录。</source>
        <translation>Contact added.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已保存修改。</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yunbei_gui/ui/main_window.py" line="+57"/>
        <location line="+239"/>
        <source>云贝申诉助手</source>
        <translation>Yunbei Appeal Helper</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>步骤</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加截图</source>
        <translation>Add screenshots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核对</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>遮挡隐私、核对内容</source>
        <translation>Cover private data, check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>六项检查与诊断</source>
        <translation>Six checks and diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>信息与申诉文本</source>
        <translation>Details and appeal texts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>生成证据包、发邮件</source>
        <translation>Evidence pack, e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系记录与下一步</source>
        <translation>Contacts and next steps</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>案件名称</source>
        <translation>Case name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>所有案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+77"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+73"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>案件：</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>新建案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加截图…</source>
        <translation>Add screenshots…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>粘贴截图</source>
        <translation>Paste screenshot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出证据包</source>
        <translation>Export evidence pack</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>第 {n} 步</source>
        <translation>Step {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>关于云贝申诉助手</source>
        <translation>About Yunbei Appeal Helper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>前往</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>跟随系统</source>
        <translation>Same as system</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{title} - 云贝申诉助手</source>
        <translation>{title} - Yunbei Appeal Helper</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>重命名案件</source>
        <translation>Rename case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已自动保存 {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存失败：{error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>证据包已导出。</source>
        <translation>Evidence pack exported.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>界面语言将在重新打开程序后生效。</source>
        <translation>The new language takes effect when you restart the app.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>案件没能保存（磁盘满了或没有写入权限？），最近的修改会丢失。先腾出空间再关闭更稳妥。仍然关闭吗？</source>
        <translation>The case could not be saved (disk full or no write permission?), so your latest changes would be lost. It is safer to free some space before closing. Close anyway?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>还有截图正在识别。现在关闭的话，这些截图需要重新添加。确定关闭吗？</source>
        <translation>Some screenshots are still being read. If you close now, you will need to add them again. Close anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在识别</source>
        <translation>Reading</translation>
    </message>
</context>
<context>
    <name>OcrMissingDialog</name>
    <message>
        <location filename="../../yunbei_gui/ui/dialogs.py" line="-67"/>
        <source>需要安装文字识别组件</source>
        <translation>The text recognition component needs to be installed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>截图暂时无法自动识别</source>
        <translation>Screenshots cannot be read automatically for now</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>截图已经加入案件。不装这个组件也能继续：在“核对”里手动框出隐私信息，在“申诉”里手动填写信息，照常导出证据包。装好之后点“重试”即可自动识别。</source>
        <translation>The screenshots are in the case. You can go on without this component: mark private details by hand in &quot;Review&quot;, fill in the details in &quot;Appeal&quot;, and export the evidence pack as usual. Once it is installed, click &quot;Retry&quot; to read them automatically.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>安装方法（{system}）：</source>
        <translation>How to install ({system}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>安装方法</source>
        <translation>How to install</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先手动继续</source>
        <translation>Continue by hand</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../yunbei_gui/ui/review_page.py" line="+117"/>
        <source>核对截图与遮盖</source>
        <translation>Review screenshots and covering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>逐张看一遍：红框里的内容会被遮住，灰色虚线框不会。如果还有手机号、身份证号、姓名等没有框住，请在图上按住鼠标拖动画一个框。</source>
        <translation>Go through them one by one: what is inside a red box will be covered, a grey dashed box will not. If a phone number, ID number, name or similar is not boxed, drag on the picture to draw a box around it.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>截图列表</source>
        <translation>Screenshot list</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>上一张</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下一张</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+624"/>
        <source>查看遮盖后的效果</source>
        <translation>Show covered result</translation>
    </message>
    <message>
        <location line="-622"/>
        <source>在原图和遮盖后的样子之间切换（空格键或 R 键）</source>
        <translation>Switch between the original and the covered picture (Space or R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在处理图片</source>
        <translation>Processing the picture</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>遮盖方式</source>
        <translation>What to cover</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>发给官方客服</source>
        <translation>For official support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>遮住手机号、邮箱、身份证号、银行卡号、姓名和 IP 地址。</source>
        <translation>Covers phone numbers, e-mails, ID numbers, bank card numbers, names and IP addresses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>公开发布（微博、黑猫投诉等）</source>
        <translation>For posting publicly (Weibo, Black Cat Complaints...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另外还遮住用户 ID、昵称和订单号。</source>
        <translation>Also covers user IDs, nicknames and order numbers.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>模糊</source>
        <translation>Blur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>马赛克块</source>
        <translation>Mosaic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纯色</source>
        <translation>Solid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>遮盖的样子</source>
        <translation>Cover style</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这张截图上的遮盖框</source>
        <translation>Boxes on this screenshot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>遮盖框列表，勾选的会被遮住</source>
        <translation>List of boxes; ticked ones are covered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>删除选中的框</source>
        <translation>Delete selected box</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>点一下框：在遮盖和不遮盖之间切换。拖动框或它的边角：移动、调整大小。在空白处拖动：画一个新框。</source>
        <translation>Click a box to switch covering on or off. Drag a box or its corners to move or resize it. Drag on an empty spot to draw a new box.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这一项是你改过的，不再跟随自动识别的结果</source>
        <translation>You changed this, so it no longer follows what was read automatically</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>从这张截图读到的信息</source>
        <translation>Read from this screenshot</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>截图类型</source>
        <translation>Screenshot type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>云贝余额</source>
        <translation>Yunbei balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兑换花费的云贝</source>
        <translation>Yunbei cost of the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兑换的商品</source>
        <translation>Item redeemed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失败提示原文</source>
        <translation>Failure message as shown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>整数，没有就留空</source>
        <translation>Whole number; leave empty if none</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+248"/>
        <source>没有读到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>未识别</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>失败原因</source>
        <translation>Failure cause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>截图时间</source>
        <translation>Screenshot time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>读到的云贝记录</source>
        <translation>Yunbei records read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原文件</source>
        <translation>Original file</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>还没有打开案件。请先在上一步添加截图，再回到这里核对。</source>
        <translation>No case is open. Add screenshots in the previous step first, then come back here to review them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个案件里还没有截图。请先在上一步添加截图，再回到这里核对。</source>
        <translation>This case has no screenshots yet. Add screenshots in the previous step first, then come back here to review them.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>没有找到隐私信息</source>
        <translation>No private details found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>遮盖 {n} 处</source>
        <translation>{n} covered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}. {kind}</source>
        <translation>{n}. {kind}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>第 {i} / {n} 张</source>
        <translation>{i} of {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>手动画的框</source>
        <translation>Box drawn by hand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>勾选：遮住这一处；不勾选：保留原样</source>
        <translation>Ticked: this spot is covered; unticked: left as it is</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>这张截图上没有自动找到隐私信息。请自己仔细看一遍：如果有手机号、身份证号、姓名、银行卡号等，请在图上按住鼠标拖动，画一个框把它遮住。</source>
        <translation>No private details were found automatically on this screenshot. Please look it over yourself: if it shows a phone number, ID number, name, bank card number or similar, drag on the picture to draw a box over it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>目前这张截图上没有任何地方会被遮住。请确认图上确实没有隐私信息。</source>
        <translation>Nothing on this screenshot will be covered. Please make sure it really shows no private details.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{time}（来自{source}）</source>
        <translation>{time} (source: {source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不知道</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间不明</source>
        <translation>Time unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} 云贝&#x3000;{label}&#x3000;{time}</source>
        <translation>{amount} Yunbei   {label}   {time}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>无法打开这张截图。</source>
        <translation>This screenshot cannot be opened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在打开截图…</source>
        <translation>Opening the screenshot…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>切换遮盖框</source>
        <translation>Switch box covering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>调整遮盖框</source>
        <translation>Adjust box</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画遮盖框</source>
        <translation>Draw box</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>删除遮盖框</source>
        <translation>Delete box</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>切换遮盖方式</source>
        <translation>Change what to cover</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>更改遮盖的样子</source>
        <translation>Change cover style</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回到原图编辑</source>
        <translation>Back to editing the original</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>更改截图类型</source>
        <translation>Change screenshot type</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>修改“{name}”</source>
        <translation>Edit &quot;{name}&quot;</translation>
    </message>
</context>
<context>
    <name>_Card</name>
    <message>
        <location filename="../../yunbei_gui/ui/evidence_page.py" line="-506"/>
        <source>往前移</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核对这张截图</source>
        <translation>Review this screenshot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>核对</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>往后移</source>
        <translation>Move later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除这张截图</source>
        <translation>Remove this screenshot</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yunbei_gui/ui/app.py" line="+51"/>
        <source>详情已写入日志文件：{path}</source>
        <translation>Details were written to the log file: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>出了点问题</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序遇到了一个意外错误，刚才的操作可能没有完成。你的案件已自动保存。</source>
        <translation>The app hit an unexpected error, and what you just did may not have finished. Your case has been saved automatically.</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../yunbei_gui/ui/names.py" line="+17"/>
        <source>兑换失败提示</source>
        <translation>Failure message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兑换页面</source>
        <translation>Redemption page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>云贝余额页</source>
        <translation>Yunbei balance page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>云贝明细</source>
        <translation>Yunbei records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号信息页</source>
        <translation>Account page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网络状态</source>
        <translation>Network status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他截图</source>
        <translation>Other screenshot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>系统技术问题</source>
        <translation>System or technical problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账户状态异常</source>
        <translation>Account restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>云贝数量不足或资格不符</source>
        <translation>Not enough Yunbei or not eligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>商品库存与活动规则限制</source>
        <translation>Out of stock or offer rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>手机号</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>银行卡号</source>
        <translation>Bank card number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP 地址</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户 ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>订单号</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>客服邮箱</source>
        <translation>Support e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用内客服</source>
        <translation>In-app support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>微博私信</source>
        <translation>Weibo message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12315平台</source>
        <translation>12315 platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黑猫投诉</source>
        <translation>Black Cat Complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉复核</source>
        <translation>Review request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>截图画面上的时间</source>
        <translation>Time shown on the screenshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片 EXIF 拍摄时间</source>
        <translation>Photo EXIF time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件修改时间</source>
        <translation>File modification time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入本程序的时间</source>
        <translation>Time of import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户手动填写</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发现问题</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退还被扣除的云贝</source>
        <translation>Return the deducted Yunbei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新兑换或补发商品</source>
        <translation>Redeem again or deliver the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>给予相应赔偿</source>
        <translation>Fair compensation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明兑换失败的具体原因</source>
        <translation>Explain why the redemption failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网易云ID</source>
        <translation>NetEase Cloud Music ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>绑定手机号</source>
        <translation>Linked phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册邮箱</source>
        <translation>Registered e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兑换时间</source>
        <translation>Redemption time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兑换商品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扣除的云贝数量</source>
        <translation>Yunbei deducted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兑换前云贝余额</source>
        <translation>Balance before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兑换后云贝余额</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失败提示原文</source>
        <translation>Failure message as shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失败原因</source>
        <translation>Failure cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已尝试的办法</source>
        <translation>What you already tried</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网络环境</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作步骤</source>
        <translation>Steps taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手动修改过的信息</source>
        <translation>Details you edited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在识别文字…</source>
        <translation>Reading text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在分析…</source>
        <translation>Analysing…</translation>
    </message>
</context>
</TS>
