<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>Board</name>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="60"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="61"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="62"/>
        <source>Adopted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="63"/>
        <source>Adopted with modifications</source>
        <translation>经修改后通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="64"/>
        <source>Not adopted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="65"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="66"/>
        <source>Noted</source>
        <translation>已注意到</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="67"/>
        <source>Suppressed</source>
        <translation>已废止</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="20"/>
        <location filename="../delegate_app/ui/board_view.py" line="88"/>
        <source>Conference</source>
        <translation>大会</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="33"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="34"/>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="35"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="36"/>
        <source>Opens</source>
        <translation>开幕</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="37"/>
        <source>Closes</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="38"/>
        <source>Deadline (Council)</source>
        <translation>截止日期（理事会）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="62"/>
        <location filename="../delegate_app/ui/board_view.py" line="90"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="91"/>
        <source>&amp;Add agenda item…</source>
        <translation>添加议程项(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="92"/>
        <source>&amp;Conference…</source>
        <translation>大会(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="93"/>
        <source>Record a conference, or change its dates and place</source>
        <translation>记录大会，或更改其日期和地点</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="94"/>
        <source>&amp;Import agenda…</source>
        <translation>导入议程(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="95"/>
        <source>&amp;Remove agenda item…</source>
        <translation>删除议程项目(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="96"/>
        <source>Take the selected item off the agenda, for the team too</source>
        <translation>将所选项目从议程中删除，团队其他成员处也删除</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="97"/>
        <source>&amp;Support…</source>
        <translation>支持情况(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="99"/>
        <source>Who supports the selected proposal&apos;s common proposal (or the open contribution)</source>
        <translation>谁支持所选提案所属的共同提案（或已打开的文稿）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="102"/>
        <source>Conference:</source>
        <translation>大会：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="104"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Agenda item / proposal</source>
        <translation>议程项/提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>On</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="118"/>
        <source>Our position</source>
        <translation>我方立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="124"/>
        <source>Keys on a proposal: A adopted, M adopted with modifications, N not adopted, W withdrawn</source>
        <translation>提案上的按键：A 已通过，M 经修改后通过，N 未通过，W 已撤回</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="214"/>
        <source>{0} closes ({1}) before it opens ({2}): set its dates again with Conference…</source>
        <translation>{0} 的闭幕日期（{1}）早于开幕日期（{2}）：请通过“大会…”重新设定日期</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="232"/>
        <location filename="../delegate_app/ui/board_view.py" line="361"/>
        <source>(no meeting)</source>
        <translation>（无会议）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="280"/>
        <source>Documents:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="281"/>
        <source>No position recorded on this item.</source>
        <translation>此议程项尚无记录的立场。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="282"/>
        <source>Talking points</source>
        <translation>发言要点</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="283"/>
        <source>Regional stances</source>
        <translation>区域立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="302"/>
        <source>Our proposals: {0}; others&apos;: {1}</source>
        <translation>我方提案：{0}；他方提案：{1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="311"/>
        <source>Choose a proposal to set its status.</source>
        <translation>请选择一项提案以设置其状态。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="327"/>
        <source>Setting the status…</source>
        <translation>正在设置状态…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="344"/>
        <source>Adding the agenda item…</source>
        <translation>正在添加议程项…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="353"/>
        <source>Choose an agenda item to remove it.</source>
        <translation>请选择要删除的议程项目。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="359"/>
        <source>Remove agenda item</source>
        <translation>删除议程项目</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="360"/>
        <source>Take “{0}” ({1}, {2}) off the agenda, for the whole team?</source>
        <translation>是否将“{0}”（{1}，{2}）从议程中删除（整个团队）？</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="373"/>
        <source>Removing the agenda item…</source>
        <translation>正在删除议程项目…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="418"/>
        <source>Saving the conference…</source>
        <translation>正在保存大会…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="428"/>
        <source>Import agenda</source>
        <translation>导入议程</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="429"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="441"/>
        <source>{0} agenda item(s) added</source>
        <translation>已添加 {0} 个议程项</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="444"/>
        <source>Importing the agenda…</source>
        <translation>正在导入议程…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="56"/>
        <source>Add agenda item</source>
        <translation>添加议程项</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="63"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="64"/>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="65"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="456"/>
        <location filename="../delegate_app/ui/board_view.py" line="457"/>
        <source>Board</source>
        <translation>当日看板</translation>
    </message>
</context>
<context>
    <name>CompetingDialog</name>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="19"/>
        <source>Proposals on {0}</source>
        <translation>关于{0}的提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="30"/>
        <source>Competing proposals</source>
        <translation>相互竞争的提案</translation>
    </message>
</context>
<context>
    <name>Conference</name>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="38"/>
        <source>Adopted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="39"/>
        <source>Adopted with modifications</source>
        <translation>经修改后通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="40"/>
        <source>Not adopted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="46"/>
        <source>as proposed</source>
        <translation>按提议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="47"/>
        <source>with other wording</source>
        <translation>措辞不同</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="48"/>
        <source>not taken</source>
        <translation>未采纳</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="115"/>
        <source>Next deadline: {0}, {1} ({2})</source>
        <translation>下一个截止日期：{0}，{1}（{2}）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="134"/>
        <source>Common proposal: {0} signed, {1} supporting, {2} not supporting</source>
        <translation>共同提案：{0} 个签署，{1} 个支持，{2} 个不支持</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="145"/>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="146"/>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="147"/>
        <source>does not support</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="159"/>
        <source>Support of the common proposal</source>
        <translation>共同提案的支持情况</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="166"/>
        <source>Stances</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="169"/>
        <source>Administration</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="170"/>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="171"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="176"/>
        <source>&amp;Remove stance…</source>
        <translation>撤回立场(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="189"/>
        <source>Contribution {0}: stances recorded: {1}</source>
        <translation>文稿 {0}：已记录的立场：{1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="216"/>
        <source>Remove stance</source>
        <translation>撤回立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="217"/>
        <source>Withdraw the stance of {0} on this common proposal, for the whole team?</source>
        <translation>是否撤回{0}对此共同提案的立场（整个团队）？</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="233"/>
        <source>Withdrawing the stance…</source>
        <translation>正在撤回立场…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="245"/>
        <source>Choose a proposal on the board, or open a contribution, to see its support.</source>
        <translation>请在看板上选择提案，或打开文稿，以查看其支持情况。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="290"/>
        <source>Reconcile with the adopted text</source>
        <translation>与通过的文本核对</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="293"/>
        <source>{0}: {1} proposal(s); the statuses would be dated {2}.</source>
        <translation>{0}：{1} 项提案；状态日期将为 {2}。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="302"/>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="303"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="304"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="305"/>
        <source>Provision</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="306"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="326"/>
        <source>not reconciled</source>
        <translation>未核对</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="330"/>
        <source>Proposed and adopted wording</source>
        <translation>提议措辞与通过措辞</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="334"/>
        <source>&amp;Set statuses…</source>
        <translation>设置状态(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="345"/>
        <source>Proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="346"/>
        <source>Adopted text</source>
        <translation>通过的文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="377"/>
        <source>Select the adopted text in the Library first.</source>
        <translation>请先在文库中选择通过的文本。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="394"/>
        <source>Reconciling with the adopted text…</source>
        <translation>正在与通过的文本核对…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="406"/>
        <source>Set statuses</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="407"/>
        <source>Set the status of {0} proposal(s) as listed, dated {1}?</source>
        <translation>按所列设置 {0} 项提案的状态，日期为 {1}？</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="440"/>
        <source>{0} status(es) set, dated {1}</source>
        <translation>已设置 {0} 个状态，日期为 {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="445"/>
        <source>Setting the statuses…</source>
        <translation>正在设置状态…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="46"/>
        <source>&amp;Reconcile…</source>
        <translation>核对(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="48"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="123"/>
        <source>Could not look for proposals to reconcile: {0}</source>
        <translation>无法查找要核对的提案：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="20"/>
        <source>CS 224, CV 519</source>
        <translation>《组织法》第224款、《公约》第519款</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="21"/>
        <source>General Rules No. 40</source>
        <translation>《总规则》第40款</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="22"/>
        <source>Resolution 165 (Rev. Dubai, 2018)</source>
        <translation>第165号决议（2018年，迪拜，修订版）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="23"/>
        <source>Resolution 165 (Rev. Dubai, 2018); WTSA Resolution 1, considering f)</source>
        <translation>第165号决议（2018年，迪拜，修订版）；世界电信标准化全会第1号决议，考虑到f)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="26"/>
        <source>Resolution 165 (Rev. Dubai, 2018) (inferred: Resolution ITU-R 1 sets none of its own)</source>
        <translation>第165号决议（2018年，迪拜，修订版）（推定：ITU-R第1号决议未规定自己的截止日期）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="29"/>
        <source>set by the Council secretariat</source>
        <translation>由理事会秘书处确定</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="32"/>
        <source>drafted from the adopted text itself</source>
        <translation>根据通过的文本本身起草</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="33"/>
        <source>the text it acts on is not in the library</source>
        <translation>其所针对的文本不在资料库中</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="34"/>
        <source>in another language ({0})</source>
        <translation>使用另一种语言（{0}）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="35"/>
        <source>drafted from {0}, not older than the adopted text</source>
        <translation>根据{0}起草，该文本不早于通过的文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="70"/>
        <source>{0} Resolution {1}</source>
        <translation>{0}第{1}号决议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="71"/>
        <source>Resolution {0}</source>
        <translation>第{0}号决议</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="179"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="192"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="183"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="37"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="184"/>
        <source>ITU number</source>
        <translation>国际电联编号</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="28"/>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="29"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="30"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="31"/>
        <source>Talking points</source>
        <translation>发言要点</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="32"/>
        <source>Regional alignment</source>
        <translation>区域立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="33"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="34"/>
        <source>Contribution</source>
        <translation>文稿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="35"/>
        <source>Place in the contribution</source>
        <translation>在文稿中的位置</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="36"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="38"/>
        <source>Numbered by Delegate</source>
        <translation>由 Delegate 编号</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="40"/>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="41"/>
        <source>Status note</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="42"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="43"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="44"/>
        <source>Base text</source>
        <translation>基础文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="45"/>
        <source>Front matter</source>
        <translation>文头</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="46"/>
        <source>Deleted or kept</source>
        <translation>删除或保留</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="47"/>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="48"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="49"/>
        <source>Opens</source>
        <translation>开幕</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="50"/>
        <source>Closes</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="51"/>
        <source>Deadline (Council)</source>
        <translation>截止日期（理事会）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="52"/>
        <source>Conference</source>
        <translation>大会</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="53"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="54"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="55"/>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="56"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="57"/>
        <source>Place among the day&apos;s items</source>
        <translation>在当日议程中的顺序</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="58"/>
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="61"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="62"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="63"/>
        <source>adopted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="64"/>
        <source>adopted with modifications</source>
        <translation>经修改后通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="65"/>
        <source>not adopted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="66"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="67"/>
        <source>noted</source>
        <translation>已注意到</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="68"/>
        <source>suppressed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="139"/>
        <source>whole resolution</source>
        <translation>整项决议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="141"/>
        <source>{0} Resolution {1}, {2}</source>
        <translation>{0} 第 {1} 号决议，{2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="142"/>
        <source>Resolution {0}, {1}</source>
        <translation>第 {0} 号决议，{1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="146"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="149"/>
        <source>Contribution {0}</source>
        <translation>文稿 {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="151"/>
        <source>Conference {0}</source>
        <translation>大会 {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="153"/>
        <source>Conference {0}, document {1}</source>
        <translation>大会 {0}，文件 {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="159"/>
        <source>{0} agenda, {1}, {2}: {3}</source>
        <translation>{0} 议程，{1}，{2}：{3}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="162"/>
        <source>{0} agenda, {1}: {2}</source>
        <translation>{0} 议程，{1}：{2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="164"/>
        <source>Support of {0} by {1}</source>
        <translation>{1} 对 {0} 的支持</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="185"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="186"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="255"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="187"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="256"/>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="188"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="189"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="198"/>
        <source>The values side by side</source>
        <translation>并排显示的值</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="202"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="203"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="204"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="272"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="35"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="36"/>
        <source>Committee or agenda item</source>
        <translation>委员会或议程项目</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="37"/>
        <source>Document number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="38"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="39"/>
        <source>Original language</source>
        <translation>原文语言</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="40"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="41"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>Contribution</source>
        <translation>文稿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>New contribution</source>
        <translation>新建文稿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="127"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="79"/>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="91"/>
        <source>MOD…</source>
        <translation>MOD…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="70"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="74"/>
        <source>Language of the contribution</source>
        <translation>文稿语文</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="84"/>
        <source>Show proposals with the status</source>
        <translation>显示具有以下状态的提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="85"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="91"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>修改资料库中的决议 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>(MOD)…</source>
        <translation>(MOD)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>An editorial modification of a resolution</source>
        <translation>对决议的编辑性修改</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>A draft new resolution</source>
        <translation>新决议草案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>Suppress a resolution</source>
        <translation>废止决议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>No change</source>
        <translation>不作修改</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Move up (renumbers)</source>
        <translation>上移（重新编号）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Move down (renumbers)</source>
        <translation>下移（重新编号）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="104"/>
        <source>Renumber</source>
        <translation>重新编号</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="106"/>
        <source>Number the delegation&apos;s proposals in their order (imported numbers stay)</source>
        <translation>按顺序为代表团的提案编号（导入的编号保持不变）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Draft the selected proposal</source>
        <translation>起草所选提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Action…</source>
        <translation>行动…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Change the selected proposal&apos;s action</source>
        <translation>更改所选提案的行动</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Base…</source>
        <translation>基础文本…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Choose the text the selected proposal modifies</source>
        <translation>选择所选提案修改的文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Status…</source>
        <translation>状态…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Record where the selected proposal stands</source>
        <translation>记录所选提案的状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete the selected proposal</source>
        <translation>删除所选提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="130"/>
        <source>ITU rules check</source>
        <translation>国际电联规则检查</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="118"/>
        <source>Export Word…</source>
        <translation>导出为 Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="120"/>
        <source>Compare proposals in Excel…</source>
        <translation>在 Excel 中比较提案…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="123"/>
        <source>Contribution:</source>
        <translation>文稿：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="172"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="184"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="173"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="185"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n 项提案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="253"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>资料库为空：请先导入决议。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="258"/>
        <source>Resolution:</source>
        <translation>决议：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="263"/>
        <source>Modify a resolution</source>
        <translation>修改决议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="290"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}：选择决议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action:</source>
        <translation>行动：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="327"/>
        <source>Change the action</source>
        <translation>更改行动</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="328"/>
        <source>A {0} keeps the text as it is: the changes drafted in {1} will be lost. Change it?</source>
        <translation>{0}保持文本不变：{1}中起草的修改将丢失。是否更改行动？</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="345"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="364"/>
        <source>Base</source>
        <translation>基础文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="345"/>
        <source>A draft new resolution modifies no text.</source>
        <translation>新决议草案不修改任何文本。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <source>The library holds no text of {0}.</source>
        <translation>文库中没有{0}的文本。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <source>Marked against:</source>
        <translation>修订标记相对于：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="366"/>
        <source>The library holds a later revision ({0}): a MOD is usually marked against the text in force.</source>
        <translation>文库中有更新的修订版（{0}）：MOD提案通常相对于现行文本标记。</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="377"/>
        <source>%n citation(s) updated: they show as tracked changes in the export.</source>
        <translation>
            <numerusform>已更新%n处引用：在导出文件中显示为修订标记。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="379"/>
        <source>Nothing to update: the library holds the later revision in another language only.</source>
        <translation>无需更新：文库中只有其他语文的更新修订版。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="406"/>
        <source>Delete proposal</source>
        <translation>删除提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="407"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>删除 {0} {1}？其文本和理由将丢失。</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="36"/>
        <source>Proposal being drafted</source>
        <translation>正在起草的提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="39"/>
        <source>Proposed text</source>
        <translation>拟议案文</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="46"/>
        <source>Revision marks</source>
        <translation>修订标记</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="52"/>
        <source>Draft status</source>
        <translation>草案状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="62"/>
        <source>Proposal:</source>
        <translation>提案：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="64"/>
        <source>Proposed text (edit here)</source>
        <translation>拟议案文（在此编辑）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="65"/>
        <source>With revision marks</source>
        <translation>带修订标记</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>尚无提案：请从“文稿”或“资料库”视图新建提案。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="163"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>已恢复应用上次关闭时您正在输入的文本。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="229"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>应用尚无法将其识别为决议：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="240"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="241"/>
        <source>%n words deleted</source>
        <translation>
            <numerusform>删除了 %n 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="241"/>
        <source>%n inserted</source>
        <translation>
            <numerusform>插入了 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="245"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>清洁文本（{0} 不使用修订标记）</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="66"/>
        <source>Send changes</source>
        <translation>发送更改</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <source>Colleague:</source>
        <translation>同事：</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="68"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="100"/>
        <source>Delegate bundles (*.bundle)</source>
        <translation>Delegate 更改包 (*.bundle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="84"/>
        <source>%n change(s) written for {0}</source>
        <translation>
            <numerusform>已为{0}写入%n项更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="87"/>
        <source>Writing the changes…</source>
        <translation>正在写入更改…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="99"/>
        <source>Receive changes</source>
        <translation>接收更改</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="116"/>
        <source>This bundle was taken in already: nothing changed.</source>
        <translation>此更改包已接收过：没有任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="119"/>
        <source>From {0} ({1}): %n record(s) changed</source>
        <translation>
            <numerusform>来自{0}（{1}）：%n条记录已更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="122"/>
        <source>Conflicts: {0}</source>
        <translation>冲突：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="126"/>
        <source>Changes received</source>
        <translation>已接收的更改</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="131"/>
        <source>Taking the changes in…</source>
        <translation>正在接收更改…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="139"/>
        <source>Shared folder for the team</source>
        <translation>团队共享文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="185"/>
        <source>Shared folder reached at {0}: %n record(s) changed</source>
        <translation>
            <numerusform>已于 {0} 连接共享文件夹：%n 条记录已更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="188"/>
        <source>; conflicts: {0}</source>
        <translation>；冲突：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="194"/>
        <source>Exchanging through the shared folder…</source>
        <translation>正在通过共享文件夹交换…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="201"/>
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="205"/>
        <source>Shared folder reached at {0}</source>
        <translation>共享文件夹最近连接于 {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="207"/>
        <source>Shared folder not reached since {0}</source>
        <translation>自 {0} 起未能连接共享文件夹</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="209"/>
        <source>Shared folder not reached</source>
        <translation>未能连接共享文件夹</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="287"/>
        <source>Settling the conflict…</source>
        <translation>正在解决冲突…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="10"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="11"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="14"/>
        <source>&amp;Contribution (Word)…</source>
        <translation>文稿(Word)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="15"/>
        <source>Con&amp;solidated text (Word)…</source>
        <translation>合并文本(Word)(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="16"/>
        <source>Co&amp;mpilation of proposals (Word)…</source>
        <translation>提案汇编(Word)(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="17"/>
        <source>Delegation &amp;brief (Word)…</source>
        <translation>代表团简报(Word)(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="18"/>
        <source>Comparison of &amp;proposals (Excel)…</source>
        <translation>提案对比(Excel)(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="19"/>
        <source>Comparison of s&amp;ister resolutions (Excel)…</source>
        <translation>姊妹决议对比(Excel)(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="20"/>
        <source>P&amp;ositions workbook (Excel)…</source>
        <translation>立场工作簿(Excel)(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="65"/>
        <source>With revision marks against the text (tracked changes)</source>
        <translation>标出相对于原文的修订(修订模式)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="67"/>
        <source>Underline and strike-through instead of tracked changes (for printing)</source>
        <translation>以下划线和删除线代替修订(用于打印)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="74"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="76"/>
        <source>Apply the proposals that are</source>
        <translation>应用以下状态的提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="82"/>
        <source>Resolutions of</source>
        <translation>决议所属机构</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="86"/>
        <source>Every priority</source>
        <translation>所有优先级</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="89"/>
        <source>Lowest priority shown</source>
        <translation>收录的最低优先级</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="96"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="99"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="105"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="107"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="126"/>
        <source>Every body</source>
        <translation>所有机构</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="203"/>
        <source>Open or start a contribution first.</source>
        <translation>请先打开或新建一份文稿。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="208"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>资料库为空：请先导入决议。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="239"/>
        <source>Writing {0}…</source>
        <translation>正在写入：{0}…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="265"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="271"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="284"/>
        <source>Choose the statuses of the proposals to apply.</source>
        <translation>请选择要应用的提案状态。</translation>
    </message>
</context>
<context>
    <name>KeptBox</name>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="39"/>
        <source>Use what I typed</source>
        <translation>使用我输入的内容</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="40"/>
        <source>Keep the library&apos;s</source>
        <translation>保留资料库中的值</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="57"/>
        <source>What you typed, kept beside the library&apos;s values: {0}</source>
        <translation>您输入的内容，保存在资料库的值旁边：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="66"/>
        <source>This position was changed meanwhile by a workbook import or another window. The form shows the library&apos;s values again; what you typed ({0}) is kept beside them: choose below.</source>
        <translation>此立场在此期间已被工作簿导入或另一窗口更改。表单重新显示资料库中的值；您输入的内容（{0}）保存在旁边：请在下方选择。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="70"/>
        <source>This position was changed meanwhile by a workbook import or another window: what you typed was saved with their changes, which the form now shows.</source>
        <translation>此立场在此期间已被工作簿导入或另一窗口更改：您输入的内容已与这些更改一同保存，表单现在显示的就是结果。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="64"/>
        <source>edition not in force (since {0})</source>
        <translation>非现行版本（自 {0} 起）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="66"/>
        <source>taken from a draft</source>
        <translation>取自草案</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="62"/>
        <source>Search resolutions (Ctrl+F)</source>
        <translation>搜索决议 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="63"/>
        <source>Search the library</source>
        <translation>搜索资料库</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="68"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Resolution text</source>
        <translation>决议文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Compare with revision</source>
        <translation>与修订版比较</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="82"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="83"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>显示相对于所选修订版的更改 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="90"/>
        <source>As amended</source>
        <translation>修正后文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="92"/>
        <source>The text with the adopted proposals stored on it applied, marked against it</source>
        <translation>应用了已通过的相关提案的文本，带修订标记</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="109"/>
        <source>Revisions:</source>
        <translation>修订版：</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="138"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="147"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="152"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>资料库中有 %n 份文本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="233"/>
        <source>This text cannot be shown: {0}</source>
        <translation>无法显示此文本：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="266"/>
        <source>superseded by {0}</source>
        <translation>已被{0}取代</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="268"/>
        <source>abrogated</source>
        <translation>已废止</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="269"/>
        <source>in force</source>
        <translation>现行有效</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="377"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n项提案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>As amended by the adopted proposals: {0}</source>
        <translation>经已通过的提案修正：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="406"/>
        <source>Not applied, they compete: {0}</source>
        <translation>相互竞争，未予应用：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="407"/>
        <source>Not applied: {0}</source>
        <translation>未应用：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Put in force</source>
        <translation>设为现行</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="99"/>
        <source>Make this edition the library&apos;s text of its revision; the text in force now is kept beside it as an edition</source>
        <translation>将此版本设为资料库中该修订版的文本；当前现行文本作为一个版本保留在旁</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="249"/>
        <source>edition not in force (since {0})</source>
        <translation>非现行版本（自 {0} 起）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="321"/>
        <source>Put this edition in force</source>
        <translation>将此版本设为现行</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="340"/>
        <source>In force: {0}; the wording in force before is kept beside it as an edition</source>
        <translation>现行：{0}；此前的现行措辞作为一个版本保留在旁</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="345"/>
        <source>Putting the edition in force…</source>
        <translation>正在将版本设为现行…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="89"/>
        <location filename="../delegate_app/ui/main_window.py" line="92"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Contribution</source>
        <translation>文稿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="108"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="44"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="81"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="83"/>
        <source>Load s&amp;ample library…</source>
        <translation>加载示例库(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="85"/>
        <source>Add the 54 resolutions of the PP-18 Final Acts (Dubai, 2018) to the library</source>
        <translation>将PP-18最后文件（2018年，迪拜）的54项决议添加到库中</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="45"/>
        <source>&amp;New contribution</source>
        <translation>新建文稿(&amp;N)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="46"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>为所选决议新建 MOD 提案(&amp;M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="48"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>将文稿导出到 Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="49"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>将比较导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="88"/>
        <source>Send &amp;changes…</source>
        <translation>发送更改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="90"/>
        <source>Write the changes a colleague has not been sent yet into a file</source>
        <translation>将尚未发送给同事的更改写入文件</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="93"/>
        <source>Recei&amp;ve changes…</source>
        <translation>接收更改(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="95"/>
        <source>Take in a file of changes from a colleague</source>
        <translation>接收同事的更改文件</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="98"/>
        <source>Co&amp;nflicts…</source>
        <translation>冲突(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="100"/>
        <source>The fields you and a colleague both changed</source>
        <translation>您和同事都修改过的字段</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="103"/>
        <source>S&amp;ync with shared folder now</source>
        <translation>立即与共享文件夹同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="105"/>
        <source>Take in the team&apos;s changes from the shared folder and put yours there</source>
        <translation>从共享文件夹接收团队的更改，并将您的更改放入其中</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="108"/>
        <source>C&amp;hoose shared folder…</source>
        <translation>选择共享文件夹(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="110"/>
        <source>The folder the team exchanges through (a network share or a synced folder)</source>
        <translation>团队用于交换的文件夹（网络共享或同步文件夹）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="53"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="128"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="136"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="138"/>
        <source>Save view as P&amp;DF…</source>
        <translation>将视图另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="142"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="146"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="54"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="148"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="149"/>
        <source>&amp;Find in library</source>
        <translation>在资料库中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="152"/>
        <source>Re&amp;concile with the adopted text…</source>
        <translation>与通过的文本核对(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="154"/>
        <source>Which stored proposals the text selected in the Library took</source>
        <translation>文库中所选文本采纳了哪些已存储的提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="55"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="159"/>
        <source>&amp;Library</source>
        <translation>资料库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="160"/>
        <source>&amp;Positions</source>
        <translation>立场(&amp;P)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="161"/>
        <source>&amp;Draft</source>
        <translation>草案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="162"/>
        <source>&amp;Contribution</source>
        <translation>文稿(&amp;C)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="167"/>
        <source>The day&apos;s &amp;board</source>
        <translation>当日看板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="56"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="172"/>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="173"/>
        <source>&amp;About {0}</source>
        <translation>关于 {0}(&amp;A)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="61"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="379"/>
        <source>Something went wrong ({0}). The details are in the log: {1}</source>
        <translation>出现错误（{0}）。详细信息见日志：{1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="441"/>
        <source>The library was replaced (a backup was restored, or another program changed the file); the window now shows it.</source>
        <translation>资料库已被替换（已恢复备份，或其他程序更改了文件）；窗口现在显示替换后的资料库。</translation>
    </message>
</context>
<context>
    <name>PositionSheets</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="30"/>
        <source>Export positions</source>
        <translation>导出立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="32"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="64"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="46"/>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="48"/>
        <source>Writing the positions workbook…</source>
        <translation>正在写入立场工作簿…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="63"/>
        <source>Import positions</source>
        <translation>导入立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="95"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="96"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="97"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="98"/>
        <source>conflict</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="99"/>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="105"/>
        <source>Positions imported</source>
        <translation>已导入立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="75"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="86"/>
        <source>Importing positions…</source>
        <translation>正在导入立场…</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="78"/>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="79"/>
        <source>Provision</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="81"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="82"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="83"/>
        <source>Regional alignment</source>
        <translation>区域立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="84"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="156"/>
        <location filename="../delegate_app/ui/positions_view.py" line="157"/>
        <source>Filter positions</source>
        <translation>筛选立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="160"/>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="186"/>
        <source>{0} stance</source>
        <translation>{0}的立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="210"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="211"/>
        <source>The positions as a workbook to send for comments</source>
        <translation>将立场导出为工作簿以征求意见</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="213"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="214"/>
        <source>Take back a positions workbook edited by a colleague</source>
        <translation>导入同事编辑过的立场工作簿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="220"/>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="221"/>
        <source>Provision</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="222"/>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="223"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="224"/>
        <source>Rationale</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="225"/>
        <source>Talking points</source>
        <translation>发言要点</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="227"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="207"/>
        <source>Save position</source>
        <translation>保存立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="226"/>
        <source>Regional groups</source>
        <translation>区域组织</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="294"/>
        <source>(whole resolution)</source>
        <translation>（整个决议）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>Save view as PDF</source>
        <translation>将视图另存为 PDF</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="99"/>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="58"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="59"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="60"/>
        <source>low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Acts on</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="55"/>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
</context>
<context>
    <name>ReconcileOffer</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/reconcile_offer.py" line="69"/>
        <source>{0} was imported: it can be reconciled with %n stored proposal(s) drafted from an earlier text.</source>
        <translation>
            <numerusform>已导入{0}：可与根据较早文本起草的%n项已存储提案进行核对。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="19"/>
        <source>The header does not give the {0}.</source>
        <translation>标题部分未给出{0}。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="20"/>
        <source>The document number {0} is not in a form ITU writes: give it as “Document 25-E”, “Addendum 2 to Document 25-E” or “Document PP26/25-E”.</source>
        <translation>文件编号{0}不是国际电联使用的格式：请写作“Document 25-E”、“Addendum 2 to Document 25-E”或“Document PP26/25-E”。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="25"/>
        <source>The contribution has no proposals.</source>
        <translation>文稿中没有提案。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="26"/>
        <source>The number {0} is used by more than one proposal.</source>
        <translation>编号{0}被多个提案使用。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="27"/>
        <source>{0} is both modified ({1}) and kept unchanged ({2}) in this contribution: propose one or the other.</source>
        <translation>{0}在本文稿中既被修改（{1}）又保持不变（{2}）：请只提其中一种。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="31"/>
        <source>The proposal has no number.</source>
        <translation>提案没有编号。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="32"/>
        <source>The number {0} is a placeholder: give the document number in the header and the delegation&apos;s code in Settings, then Renumber.</source>
        <translation>编号{0}是占位符：请在标题部分填写文件编号，在设置中填写代表团代码，然后重新编号。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="37"/>
        <source>The proposal gives no Reasons.</source>
        <translation>提案未给出理由。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="38"/>
        <source>The proposal names no resolution.</source>
        <translation>提案未指明任何决议。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="39"/>
        <source>Text is deleted inside paragraph {0}: that is a MOD, not a SUP (SUP suppresses the whole resolution).</source>
        <translation>段落{0}内部有文字被删除：这是MOD，而不是SUP（SUP废止整项决议）。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="43"/>
        <source>The MOD changes nothing; a proposal to keep a text unchanged is a NOC.</source>
        <translation>MOD没有做任何修改；保持文本不变的提案是NOC。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="46"/>
        <source>An ADD is clean new text; changes to an existing text are a MOD.</source>
        <translation>ADD是无修订标记的新文本；对现有文本的修改是MOD。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="49"/>
        <source>{0} cites {1}, but the library holds {2}.</source>
        <translation>{0}引用了{1}，但文库中有{2}。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="50"/>
        <source>The MOD is marked against {0}, but the library holds a later revision, {1}.</source>
        <translation>MOD相对于{0}标记，但文库中有更新的修订版{1}。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="53"/>
        <source>The text the MOD modifies, {0}, is not in the library: import it (the Word export needs it).</source>
        <translation>MOD所修改的文本{0}不在文库中：请导入该文本（导出Word文件时需要）。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="56"/>
        <source>The contribution is dated {0}, after the deadline for {1} at {2}, {3} ({4}).</source>
        <translation>文稿日期为 {0}，晚于 {2} 的{1}截止日期 {3}（{4}）。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="59"/>
        <source>The contribution runs to about {0} pages; {1} asks for at most {2}.</source>
        <translation>文稿约 {0} 页；{1} 要求最多 {2} 页。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="62"/>
        <source>document number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="63"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="64"/>
        <source>original language</source>
        <translation>原文语言</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="65"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="66"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="69"/>
        <source>proposals to amend the Constitution or the Convention</source>
        <translation>修正《组织法》或《公约》的提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="72"/>
        <source>all other proposals</source>
        <translation>所有其他提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="73"/>
        <source>proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="74"/>
        <source>contributions</source>
        <translation>文稿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="75"/>
        <source>contributions (set for the session by the secretariat)</source>
        <translation>文稿（由秘书处为本届会议规定）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="79"/>
        <source>Header</source>
        <translation>标题部分</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="80"/>
        <source>Contribution</source>
        <translation>文稿</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="116"/>
        <source>ITU rules check</source>
        <translation>国际电联规则检查</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="121"/>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="122"/>
        <source>Cite the newest revisions in the library in this proposal</source>
        <translation>在本提案中引用文库中的最新修订版</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="125"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="126"/>
        <source>Show the proposal the finding is about</source>
        <translation>显示该问题涉及的提案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="136"/>
        <source>No contribution is open: start a new one.</source>
        <translation>未打开任何文稿：请新建一份。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="138"/>
        <source>✓ No problems found.</source>
        <translation>✓ 未发现问题。</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="209"/>
        <source>positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="210"/>
        <source>Recovered changes that were not saved when Delegate last closed: {0}</source>
        <translation>已恢复 Delegate 上次关闭时未保存的更改：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="213"/>
        <source>Some had been made on a version that was changed since, in another window: they are kept as copies beside it, nothing was written over the newer one ({0}).</source>
        <translation>其中一些是在之后已于另一窗口中更改的版本上所做的：它们已作为副本保存在旁边，较新的版本未被覆盖（{0}）。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="224"/>
        <source>{0} was changed in another window after you deleted it here: it was kept.</source>
        <translation>{0} 在您于此处删除后已在另一窗口中被更改：已予以保留。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="227"/>
        <source>{0} was changed in another window meanwhile: what you typed is kept in a copy of the contribution, which stays open; the other is in the list.</source>
        <translation>{0} 在此期间已在另一窗口中被更改：您输入的内容保存在该文稿的副本中，副本保持打开；另一份在列表中。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="232"/>
        <source>Another window saved {0} meanwhile: what you typed is kept as a copy, which you go on typing in, and its version is right after it.</source>
        <translation>另一窗口在此期间保存了 {0}：您输入的内容作为副本保存，您将在副本中继续输入，其版本紧随其后。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="90"/>
        <source>The library is damaged: {0}. What can still be read is shown. To repair it, {1}.</source>
        <translation>资料库已损坏：{0}。显示的是仍可读取的内容。要修复它，{1}。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="55"/>
        <source>The library is damaged: {0}. Delegate writes nothing more into it; what you type is kept and saved once it is repaired. To repair it, {1}.</source>
        <translation>资料库已损坏：{0}。Delegate 不再向其中写入任何内容；您输入的内容会被保留，并在修复后保存。修复方法：{1}。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="117"/>
        <source>Today&apos;s backup of the library could not be made: {0}</source>
        <translation>无法完成今天的资料库备份：{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="123"/>
        <source>Backed up the library to {0}</source>
        <translation>资料库已备份到 {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="184"/>
        <source>Save a copy of the contribution</source>
        <translation>保存文稿副本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="186"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="56"/>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="57"/>
        <source>Try again now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="26"/>
        <source>Your changes are not saved yet: the library is being used by another program. Delegate will keep trying.</source>
        <translation>您的更改尚未保存：资料库正被其他程序使用。Delegate 将继续尝试。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="30"/>
        <source>Your changes are not saved yet: the disk is full. Free some space; Delegate will keep trying.</source>
        <translation>您的更改尚未保存：磁盘已满。请释放一些空间；Delegate 将继续尝试。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="34"/>
        <source>Your changes cannot be saved: the library is read-only (its file, folder or disk). They are kept and will be saved when it can be written.</source>
        <translation>无法保存您的更改：资料库为只读（其文件、文件夹或磁盘）。更改已保留，待可以写入时保存。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="40"/>
        <source>Your changes are not saved yet: the library file is gone (moved or deleted). Delegate will keep trying.</source>
        <translation>您的更改尚未保存：资料库文件已不存在（被移动或删除）。Delegate 将继续尝试。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="44"/>
        <source>Your changes are not saved yet: the library is damaged. Restore a backup; your changes are kept.</source>
        <translation>您的更改尚未保存：资料库已损坏。请恢复备份；您的更改已保留。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="75"/>
        <source>Your changes are not saved yet: {0}. Delegate will keep trying.</source>
        <translation>您的更改尚未保存：{0}。Delegate 将继续尝试。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="22"/>
        <source>The library was replaced while Delegate was open; your changes wait until you choose what to keep.</source>
        <translation>Delegate 打开期间资料库被替换；您的更改将等待您选择保留哪个版本。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="79"/>
        <source>They are only in memory: they could not be written to disk either ({0}).</source>
        <translation>这些更改仅在内存中：也无法写入磁盘（{0}）。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="96"/>
        <source>This library is read-only: you can read and search it, and what you draft is kept, but it cannot be saved into the library until it can be written.</source>
        <translation>此资料库为只读：您可以阅读和搜索，起草的内容会保留，但在资料库可写入之前无法保存到其中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="47"/>
        <source>Author of tracked changes</source>
        <translation>修订标记作者</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="50"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>提案编号中的来源代码（例如 RCC、ACP、EUR）</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="53"/>
        <source>Source line of new contributions</source>
        <translation>新文稿的“来源”行</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>Original language</source>
        <translation>原文语言</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="60"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="69"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="73"/>
        <source>Interface language (applied on the next start)</source>
        <translation>界面语言（下次启动时生效）</translation>
    </message>
</context>
<context>
    <name>SheetReport</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="132"/>
        <source>Changed both in the library and in the sheet since the export: the library&apos;s value was kept. Tick those to take from the sheet.</source>
        <translation>自导出以来，资料库和工作表中均已更改：已保留资料库中的值。请勾选要采用工作表中值的项。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="140"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="142"/>
        <source>Row {0}, {1}, {2}: library {3}, sheet {4}</source>
        <translation>第 {0} 行，{1}，{2}：资料库 {3}，工作表 {4}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="151"/>
        <source>Take the ticked values from the sheet</source>
        <translation>采用工作表中已勾选的值</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="51"/>
        <source>support</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="52"/>
        <source>support with changes</source>
        <translation>有修改地支持</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="53"/>
        <source>neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="54"/>
        <source>oppose</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="55"/>
        <source>undecided</source>
        <translation>未定</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="29"/>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="30"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="31"/>
        <source>Adopted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="32"/>
        <source>Adopted with modifications</source>
        <translation>经修改后通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="33"/>
        <source>Not adopted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="34"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="35"/>
        <source>Noted</source>
        <translation>已注意到</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="36"/>
        <source>Suppressed</source>
        <translation>已废止</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="98"/>
        <source>Status of {0}</source>
        <translation>{0}的状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="100"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="116"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="110"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="118"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="111"/>
        <source>e.g. the committee document</source>
        <translation>例如委员会文件</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="117"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="17"/>
        <source>Task progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="20"/>
        <source>Cancel the running task</source>
        <translation>取消正在运行的任务</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="36"/>
        <source>Import resolutions and contributions</source>
        <translation>导入决议和文稿</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="37"/>
        <source>ITU texts (*.docx *.pdf *.txt *.md)</source>
        <translation>国际电联文本 (*.docx *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="45"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="58"/>
        <source>This installation has no sample library.</source>
        <translation>此安装没有示例库。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Reading {0}</source>
        <translation>正在读取 {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Storing…</source>
        <translation>正在存储…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/transfers.py" line="99"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="100"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="107"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="119"/>
        <source>Open or start a contribution first.</source>
        <translation>请先打开或新建文稿。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="130"/>
        <location filename="../delegate_app/ui/transfers.py" line="186"/>
        <source>Export to Word</source>
        <translation>导出到 Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="132"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="160"/>
        <source>Proposal {0} modifies {1}, which is not in the library. Import that text, or mark the proposal against another version of the resolution.</source>
        <translation>提案{0}修改的是{1}，但资料库中没有该文本。请导入该文本，或对照该决议的其他版本标注此提案。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="170"/>
        <source>Writing the Word document…</source>
        <translation>正在写入 Word 文档…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="187"/>
        <source>A secretariat would send this document back:
{0}

Export it all the same?</source>
        <translation>秘书处会退回此文件：
{0}

仍然导出吗？</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="206"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>比较需要带有基础文本的 MOD 提案。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="215"/>
        <source>Export comparison to Excel</source>
        <translation>将比较导出到 Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="217"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="232"/>
        <source>Writing the comparison workbook…</source>
        <translation>正在写入比较工作簿…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="257"/>
        <location filename="../delegate_app/ui/transfers.py" line="267"/>
        <source>Wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="268"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="269"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="95"/>
        <source>Edition added: {0} differs from the stored text of that revision, which stays in force; its wording is kept beside it as an edition (in the Library, select it and choose Put in force)</source>
        <translation>已添加版本：{0} 与该修订版的已存文本不同，已存文本仍为现行；其措辞作为一个版本保留在旁（在资料库中选中它并选择“设为现行”）</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="89"/>
        <source>About {0}</source>
        <translation>关于 {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="90"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;面向国际电联代表团的桌面工作台：决议及其修订版、立场、带 Word 修订标记的提案以及比较表。&lt;/p&gt;&lt;p&gt;完全离线运行；您的资料库始终保存在本机上。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="108"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>无法打开资料库：

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/upgrading.py" line="36"/>
        <source>Bringing the library up to date for this version of {0}…

A copy of it as it was is kept beside it.</source>
        <translation>正在为此版本的 {0} 更新资料库…

资料库原样的副本保存在其旁边。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="157"/>
        <source>Some of your changes are not saved in the library yet.</source>
        <translation>您的部分更改尚未保存到资料库。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="158"/>
        <source>If you quit, Delegate keeps them and saves them when it next starts.</source>
        <translation>如果退出，Delegate 会保留这些更改，并在下次启动时保存。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="162"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="163"/>
        <source>Save a copy as…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="165"/>
        <source>Quit and keep my changes for next start</source>
        <translation>退出并保留更改到下次启动</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="167"/>
        <source>Quit and lose my changes</source>
        <translation>退出并放弃更改</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="185"/>
        <source>The library was replaced while Delegate was open (a backup was restored, or another program changed the file).</source>
        <translation>Delegate 打开期间资料库被替换（已恢复备份，或其他程序更改了文件）。</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="192"/>
        <source>The contribution you have open, “{0}”, is not the same in the restored library. Keep yours in the restored library, or use the restored one (yours is then kept as a copy)?</source>
        <translation>您打开的文稿“{0}”与恢复后资料库中的不同。是将您的版本保留到恢复后的资料库中，还是使用恢复的版本（您的版本将另存为副本）？</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="196"/>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="198"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="199"/>
        <source>Use the restored one</source>
        <translation>使用恢复的版本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="217"/>
        <source>The text a MOD modifies is missing</source>
        <translation>缺少MOD提案所修改的文本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="222"/>
        <source>Version to mark the MOD against</source>
        <translation>用于标注MOD修改的版本</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="227"/>
        <source>Import the text…</source>
        <translation>导入文本…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="232"/>
        <source>Mark against the chosen version</source>
        <translation>对照所选版本标注</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="240"/>
        <source>Or mark it against another version:</source>
        <translation>或对照其他版本标注：</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="113"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
</context>
</TS>
