<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Board</name>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="60"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="61"/>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="62"/>
        <source>Adopted</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="63"/>
        <source>Adopted with modifications</source>
        <translation>اعتُمد مع تعديلات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="64"/>
        <source>Not adopted</source>
        <translation>لم يُعتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="65"/>
        <source>Withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="66"/>
        <source>Noted</source>
        <translation>أُحيط علماً</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="67"/>
        <source>Suppressed</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="20"/>
        <location filename="../delegate_app/ui/board_view.py" line="88"/>
        <source>Conference</source>
        <translation>المؤتمر</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="33"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="34"/>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="35"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="36"/>
        <source>Opens</source>
        <translation>الافتتاح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="37"/>
        <source>Closes</source>
        <translation>الاختتام</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="38"/>
        <source>Deadline (Council)</source>
        <translation>الموعد النهائي (المجلس)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="62"/>
        <location filename="../delegate_app/ui/board_view.py" line="90"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="91"/>
        <source>&amp;Add agenda item…</source>
        <translation>إ&amp;ضافة بند إلى جدول الأعمال…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="92"/>
        <source>&amp;Conference…</source>
        <translation>ال&amp;مؤتمر…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="93"/>
        <source>Record a conference, or change its dates and place</source>
        <translation>تسجيل مؤتمر، أو تغيير تواريخه ومكانه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="94"/>
        <source>&amp;Import agenda…</source>
        <translation>ا&amp;ستيراد جدول الأعمال…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="95"/>
        <source>&amp;Remove agenda item…</source>
        <translation>إ&amp;زالة بند جدول الأعمال…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="96"/>
        <source>Take the selected item off the agenda, for the team too</source>
        <translation>إزالة البند المحدد من جدول الأعمال، للفريق أيضاً</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="97"/>
        <source>&amp;Support…</source>
        <translation>ال&amp;تأييد…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="99"/>
        <source>Who supports the selected proposal&apos;s common proposal (or the open contribution)</source>
        <translation>من يؤيد المقترح المشترك للمقترح المحدد (أو المساهمة المفتوحة)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="102"/>
        <source>Conference:</source>
        <translation>المؤتمر:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="104"/>
        <source>Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Agenda item / proposal</source>
        <translation>بند جدول الأعمال / المقترح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>On</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="118"/>
        <source>Our position</source>
        <translation>موقفنا</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="124"/>
        <source>Keys on a proposal: A adopted, M adopted with modifications, N not adopted, W withdrawn</source>
        <translation>المفاتيح على مقترح: A اعتُمد، M اعتُمد مع تعديلات، N لم يُعتمد، W سُحب</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="214"/>
        <source>{0} closes ({1}) before it opens ({2}): set its dates again with Conference…</source>
        <translation>{0} يُختتم ({1}) قبل أن يُفتتح ({2}): حدّد تواريخه من جديد من خلال المؤتمر…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="232"/>
        <location filename="../delegate_app/ui/board_view.py" line="361"/>
        <source>(no meeting)</source>
        <translation>(بدون اجتماع)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="280"/>
        <source>Documents:</source>
        <translation>الوثائق:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="281"/>
        <source>No position recorded on this item.</source>
        <translation>لا يوجد موقف مسجَّل بشأن هذا البند.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="282"/>
        <source>Talking points</source>
        <translation>نقاط الحديث</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="283"/>
        <source>Regional stances</source>
        <translation>المواقف الإقليمية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="302"/>
        <source>Our proposals: {0}; others&apos;: {1}</source>
        <translation>مقترحاتنا: {0}؛ مقترحات الآخرين: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="311"/>
        <source>Choose a proposal to set its status.</source>
        <translation>اختر مقترحاً لتعيين حالته.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="327"/>
        <source>Setting the status…</source>
        <translation>جارٍ تعيين الحالة…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="344"/>
        <source>Adding the agenda item…</source>
        <translation>جارٍ إضافة البند…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="353"/>
        <source>Choose an agenda item to remove it.</source>
        <translation>اختر بنداً من جدول الأعمال لإزالته.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="359"/>
        <source>Remove agenda item</source>
        <translation>إزالة بند جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="360"/>
        <source>Take “{0}” ({1}, {2}) off the agenda, for the whole team?</source>
        <translation>هل تريد إزالة «{0}» ({1}، {2}) من جدول الأعمال للفريق كله؟</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="373"/>
        <source>Removing the agenda item…</source>
        <translation>جارٍ إزالة بند جدول الأعمال…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="418"/>
        <source>Saving the conference…</source>
        <translation>جارٍ حفظ المؤتمر…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="428"/>
        <source>Import agenda</source>
        <translation>استيراد جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="429"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="441"/>
        <source>{0} agenda item(s) added</source>
        <translation>أُضيف {0} من بنود جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="444"/>
        <source>Importing the agenda…</source>
        <translation>جارٍ استيراد جدول الأعمال…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="56"/>
        <source>Add agenda item</source>
        <translation>إضافة بند إلى جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="63"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="64"/>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="65"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="456"/>
        <location filename="../delegate_app/ui/board_view.py" line="457"/>
        <source>Board</source>
        <translation>لوحة اليوم</translation>
    </message>
</context>
<context>
    <name>CompetingDialog</name>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="19"/>
        <source>Proposals on {0}</source>
        <translation>المقترحات بشأن {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="30"/>
        <source>Competing proposals</source>
        <translation>المقترحات المتنافسة</translation>
    </message>
</context>
<context>
    <name>Conference</name>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="38"/>
        <source>Adopted</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="39"/>
        <source>Adopted with modifications</source>
        <translation>اعتُمد مع تعديلات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="40"/>
        <source>Not adopted</source>
        <translation>لم يُعتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="46"/>
        <source>as proposed</source>
        <translation>كما اقتُرح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="47"/>
        <source>with other wording</source>
        <translation>بصياغة أخرى</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="48"/>
        <source>not taken</source>
        <translation>لم يؤخذ به</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="115"/>
        <source>Next deadline: {0}, {1} ({2})</source>
        <translation>الموعد النهائي التالي: {0}، {1} ({2})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="134"/>
        <source>Common proposal: {0} signed, {1} supporting, {2} not supporting</source>
        <translation>مقترح مشترك: وقّعه {0}، ويؤيده {1}، ولا يؤيده {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="145"/>
        <source>signed</source>
        <translation>موقِّعة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="146"/>
        <source>supports</source>
        <translation>تؤيد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="147"/>
        <source>does not support</source>
        <translation>لا تؤيد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="159"/>
        <source>Support of the common proposal</source>
        <translation>تأييد المقترح المشترك</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="166"/>
        <source>Stances</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="169"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="170"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="171"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="176"/>
        <source>&amp;Remove stance…</source>
        <translation>&amp;سحب الموقف…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="189"/>
        <source>Contribution {0}: stances recorded: {1}</source>
        <translation>المساهمة {0}: المواقف المسجلة: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="216"/>
        <source>Remove stance</source>
        <translation>سحب الموقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="217"/>
        <source>Withdraw the stance of {0} on this common proposal, for the whole team?</source>
        <translation>هل تريد سحب موقف {0} من هذا المقترح المشترك للفريق كله؟</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="233"/>
        <source>Withdrawing the stance…</source>
        <translation>جارٍ سحب الموقف…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="245"/>
        <source>Choose a proposal on the board, or open a contribution, to see its support.</source>
        <translation>اختر مقترحاً في اللوحة، أو افتح مساهمة، لرؤية تأييدها.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="290"/>
        <source>Reconcile with the adopted text</source>
        <translation>المطابقة مع النص المعتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="293"/>
        <source>{0}: {1} proposal(s); the statuses would be dated {2}.</source>
        <translation>{0}: عدد المقترحات {1}؛ ستؤرَّخ الحالات بتاريخ {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="302"/>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="303"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="304"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="305"/>
        <source>Provision</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="306"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="326"/>
        <source>not reconciled</source>
        <translation>لم تتم مطابقته</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="330"/>
        <source>Proposed and adopted wording</source>
        <translation>الصياغة المقترحة والصياغة المعتمدة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="334"/>
        <source>&amp;Set statuses…</source>
        <translation>&amp;تعيين الحالات…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="345"/>
        <source>Proposed</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="346"/>
        <source>Adopted text</source>
        <translation>النص المعتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="377"/>
        <source>Select the adopted text in the Library first.</source>
        <translation>اختر أولاً النص المعتمد في المكتبة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="394"/>
        <source>Reconciling with the adopted text…</source>
        <translation>جارٍ المطابقة مع النص المعتمد…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="406"/>
        <source>Set statuses</source>
        <translation>تعيين الحالات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="407"/>
        <source>Set the status of {0} proposal(s) as listed, dated {1}?</source>
        <translation>هل تُعيَّن حالة {0} من المقترحات كما هو مبيَّن، بتاريخ {1}؟</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="440"/>
        <source>{0} status(es) set, dated {1}</source>
        <translation>عُيِّنت {0} من الحالات بتاريخ {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="445"/>
        <source>Setting the statuses…</source>
        <translation>جارٍ تعيين الحالات…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="46"/>
        <source>&amp;Reconcile…</source>
        <translation>&amp;مطابقة…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="48"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="123"/>
        <source>Could not look for proposals to reconcile: {0}</source>
        <translation>تعذّر البحث عن مقترحات للمطابقة: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="20"/>
        <source>CS 224, CV 519</source>
        <translation>الرقم 224 من الدستور، الرقم 519 من الاتفاقية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="21"/>
        <source>General Rules No. 40</source>
        <translation>القواعد العامة، الرقم 40</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="22"/>
        <source>Resolution 165 (Rev. Dubai, 2018)</source>
        <translation>القرار 165 (المراجَع في دبي، 2018)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="23"/>
        <source>Resolution 165 (Rev. Dubai, 2018); WTSA Resolution 1, considering f)</source>
        <translation>القرار 165 (المراجَع في دبي، 2018)؛ القرار 1 للجمعية العالمية لتقييس الاتصالات، إذ تضع في اعتبارها و)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="26"/>
        <source>Resolution 165 (Rev. Dubai, 2018) (inferred: Resolution ITU-R 1 sets none of its own)</source>
        <translation>القرار 165 (المراجَع في دبي، 2018) (استنتاجاً: القرار ITU-R 1 لا يحدد موعداً خاصاً به)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="29"/>
        <source>set by the Council secretariat</source>
        <translation>تحدده أمانة المجلس</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="32"/>
        <source>drafted from the adopted text itself</source>
        <translation>أُعدّ انطلاقاً من النص المعتمد نفسه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="33"/>
        <source>the text it acts on is not in the library</source>
        <translation>النص الذي يتناوله ليس في المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="34"/>
        <source>in another language ({0})</source>
        <translation>بلغة أخرى ({0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="35"/>
        <source>drafted from {0}, not older than the adopted text</source>
        <translation>أُعدّ انطلاقاً من {0}، وهو ليس أقدم من النص المعتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="70"/>
        <source>{0} Resolution {1}</source>
        <translation>القرار {1} ({0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="71"/>
        <source>Resolution {0}</source>
        <translation>القرار {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="179"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="192"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="183"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="37"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="184"/>
        <source>ITU number</source>
        <translation>رقم الاتحاد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="28"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="29"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="30"/>
        <source>Rationale</source>
        <translation>المبررات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="31"/>
        <source>Talking points</source>
        <translation>نقاط الحديث</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="32"/>
        <source>Regional alignment</source>
        <translation>المواءمة الإقليمية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="33"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="34"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="35"/>
        <source>Place in the contribution</source>
        <translation>الموضع في المساهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="36"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="38"/>
        <source>Numbered by Delegate</source>
        <translation>مرقّم بواسطة Delegate</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="39"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="40"/>
        <source>Status date</source>
        <translation>تاريخ الحالة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="41"/>
        <source>Status note</source>
        <translation>ملاحظة الحالة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="42"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="43"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="44"/>
        <source>Base text</source>
        <translation>النص الأساسي</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="45"/>
        <source>Front matter</source>
        <translation>البيانات التمهيدية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="46"/>
        <source>Deleted or kept</source>
        <translation>محذوف أو محتفظ به</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="47"/>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="48"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="49"/>
        <source>Opens</source>
        <translation>الافتتاح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="50"/>
        <source>Closes</source>
        <translation>الاختتام</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="51"/>
        <source>Deadline (Council)</source>
        <translation>الموعد النهائي (المجلس)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="52"/>
        <source>Conference</source>
        <translation>المؤتمر</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="53"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="54"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="55"/>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="56"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="57"/>
        <source>Place among the day&apos;s items</source>
        <translation>الترتيب بين بنود اليوم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="58"/>
        <source>Introduction</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="61"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="62"/>
        <source>submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="63"/>
        <source>adopted</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="64"/>
        <source>adopted with modifications</source>
        <translation>معتمد مع تعديلات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="65"/>
        <source>not adopted</source>
        <translation>غير معتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="66"/>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="67"/>
        <source>noted</source>
        <translation>أُحيط به علماً</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="68"/>
        <source>suppressed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>kept</source>
        <translation>محتفظ به</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="139"/>
        <source>whole resolution</source>
        <translation>القرار بأكمله</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="141"/>
        <source>{0} Resolution {1}, {2}</source>
        <translation>القرار {1} ({0})، {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="142"/>
        <source>Resolution {0}, {1}</source>
        <translation>القرار {0}، {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="146"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="149"/>
        <source>Contribution {0}</source>
        <translation>المساهمة {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="151"/>
        <source>Conference {0}</source>
        <translation>المؤتمر {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="153"/>
        <source>Conference {0}, document {1}</source>
        <translation>المؤتمر {0}، الوثيقة {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="159"/>
        <source>{0} agenda, {1}, {2}: {3}</source>
        <translation>جدول أعمال {0}، {1}، {2}: {3}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="162"/>
        <source>{0} agenda, {1}: {2}</source>
        <translation>جدول أعمال {0}، {1}: {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="164"/>
        <source>Support of {0} by {1}</source>
        <translation>تأييد {1} لـ {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="185"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="186"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="255"/>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="187"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="256"/>
        <source>Theirs</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="188"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="189"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="198"/>
        <source>The values side by side</source>
        <translation>القيم جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="202"/>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="203"/>
        <source>Take theirs</source>
        <translation>أخذ قيمتهم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="204"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="272"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
</context>
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="35"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="36"/>
        <source>Committee or agenda item</source>
        <translation>اللجنة أو بند جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="37"/>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="38"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="39"/>
        <source>Original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="40"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="41"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>New contribution</source>
        <translation>مساهمة جديدة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="127"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="79"/>
        <source>Abstract</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Proposals</source>
        <translation>المقترحات</translation>
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
        <translation>لغة المساهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="84"/>
        <source>Show proposals with the status</source>
        <translation>عرض المقترحات ذات الحالة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="85"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="91"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>تعديل قرار من المكتبة (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>(MOD)…</source>
        <translation>(MOD)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>An editorial modification of a resolution</source>
        <translation>تعديل تحريري لقرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>A draft new resolution</source>
        <translation>مسودة قرار جديد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>Suppress a resolution</source>
        <translation>إلغاء قرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>No change</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Move up (renumbers)</source>
        <translation>نقل لأعلى (مع إعادة الترقيم)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Move down (renumbers)</source>
        <translation>نقل لأسفل (مع إعادة الترقيم)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="104"/>
        <source>Renumber</source>
        <translation>إعادة الترقيم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="106"/>
        <source>Number the delegation&apos;s proposals in their order (imported numbers stay)</source>
        <translation>ترقيم مقترحات الوفد بحسب ترتيبها (تبقى الأرقام المستوردة كما هي)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Draft the selected proposal</source>
        <translation>صياغة المقترح المحدد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Action…</source>
        <translation>الإجراء…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Change the selected proposal&apos;s action</source>
        <translation>تغيير إجراء المقترح المحدد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Base…</source>
        <translation>الأساس…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Choose the text the selected proposal modifies</source>
        <translation>اختيار النص الذي يعدّله المقترح المحدد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Status…</source>
        <translation>الحالة…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Record where the selected proposal stands</source>
        <translation>تسجيل حالة المقترح المحدد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete the selected proposal</source>
        <translation>حذف المقترح المحدد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="130"/>
        <source>ITU rules check</source>
        <translation>التحقق من الامتثال لقواعد الاتحاد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="118"/>
        <source>Export Word…</source>
        <translation>تصدير إلى Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="120"/>
        <source>Compare proposals in Excel…</source>
        <translation>مقارنة المقترحات في Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="123"/>
        <source>Contribution:</source>
        <translation>المساهمة:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="172"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="184"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="173"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="185"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n مقترح</numerusform>
            <numerusform>%n مقترح</numerusform>
            <numerusform>%n مقترحان</numerusform>
            <numerusform>%n مقترحات</numerusform>
            <numerusform>%n مقترحاً</numerusform>
            <numerusform>%n مقترح</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="253"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>المكتبة فارغة: استورد القرارات أولاً.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="258"/>
        <source>Resolution:</source>
        <translation>القرار:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="263"/>
        <source>Modify a resolution</source>
        <translation>تعديل قرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="290"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}: اختر القرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action:</source>
        <translation>الإجراء:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="327"/>
        <source>Change the action</source>
        <translation>تغيير الإجراء</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="328"/>
        <source>A {0} keeps the text as it is: the changes drafted in {1} will be lost. Change it?</source>
        <translation>المقترح {0} يُبقي النص كما هو: ستُفقد التغييرات المُعدّة في {1}. هل تريد تغيير الإجراء؟</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="345"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="364"/>
        <source>Base</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="345"/>
        <source>A draft new resolution modifies no text.</source>
        <translation>مشروع القرار الجديد لا يعدّل أي نص.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <source>The library holds no text of {0}.</source>
        <translation>لا تحتوي المكتبة على أي نص لـ {0}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <source>Marked against:</source>
        <translation>العلامات مقارنةً بـ:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="366"/>
        <source>The library holds a later revision ({0}): a MOD is usually marked against the text in force.</source>
        <translation>تحتوي المكتبة على مراجعة أحدث ({0}): يُعلَّم المقترح MOD عادةً مقارنةً بالنص النافذ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="377"/>
        <source>%n citation(s) updated: they show as tracked changes in the export.</source>
        <translation>
            <numerusform>عدد الاستشهادات المحدَّثة: %n؛ وتظهر كتغييرات متتبَّعة في التصدير.</numerusform>
            <numerusform>عدد الاستشهادات المحدَّثة: %n؛ وتظهر كتغييرات متتبَّعة في التصدير.</numerusform>
            <numerusform>عدد الاستشهادات المحدَّثة: %n؛ وتظهر كتغييرات متتبَّعة في التصدير.</numerusform>
            <numerusform>عدد الاستشهادات المحدَّثة: %n؛ وتظهر كتغييرات متتبَّعة في التصدير.</numerusform>
            <numerusform>عدد الاستشهادات المحدَّثة: %n؛ وتظهر كتغييرات متتبَّعة في التصدير.</numerusform>
            <numerusform>عدد الاستشهادات المحدَّثة: %n؛ وتظهر كتغييرات متتبَّعة في التصدير.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="379"/>
        <source>Nothing to update: the library holds the later revision in another language only.</source>
        <translation>لا شيء للتحديث: لا تحتوي المكتبة على المراجعة الأحدث إلا بلغة أخرى.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="406"/>
        <source>Delete proposal</source>
        <translation>حذف المقترح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="407"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>هل تريد حذف {0} {1}؟ سيُفقد نصه وفقرة «الأسباب».</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="36"/>
        <source>Proposal being drafted</source>
        <translation>المقترح قيد الصياغة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="39"/>
        <source>Proposed text</source>
        <translation>النص المقترح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="46"/>
        <source>Revision marks</source>
        <translation>علامات التنقيح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="52"/>
        <source>Draft status</source>
        <translation>حالة المسودة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="62"/>
        <source>Proposal:</source>
        <translation>المقترح:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="64"/>
        <source>Proposed text (edit here)</source>
        <translation>النص المقترح (حرِّره هنا)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="65"/>
        <source>With revision marks</source>
        <translation>مع علامات التنقيح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>لا يوجد مقترح بعد: ابدأ مقترحاً من عرض «المساهمة» أو «المكتبة».</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="163"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>تمت استعادة النص الذي كنت تكتبه عند آخر إغلاق للتطبيق.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="229"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>لا يستطيع التطبيق بعدُ قراءة النص بوصفه قراراً: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="240"/>
        <source>{0}, {1}</source>
        <translation>{0}، {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="241"/>
        <source>%n words deleted</source>
        <translation>
            <numerusform>حُذفت %n كلمة</numerusform>
            <numerusform>حُذفت %n كلمة</numerusform>
            <numerusform>حُذفت %n كلمتان</numerusform>
            <numerusform>حُذفت %n كلمات</numerusform>
            <numerusform>حُذفت %n كلمة</numerusform>
            <numerusform>حُذفت %n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="241"/>
        <source>%n inserted</source>
        <translation>
            <numerusform>أُدرجت %n كلمة</numerusform>
            <numerusform>أُدرجت %n كلمة</numerusform>
            <numerusform>أُدرجت %n كلمتان</numerusform>
            <numerusform>أُدرجت %n كلمات</numerusform>
            <numerusform>أُدرجت %n كلمة</numerusform>
            <numerusform>أُدرجت %n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="245"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>نص نظيف (لا تُستخدم علامات التنقيح مع {0})</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="66"/>
        <source>Send changes</source>
        <translation>إرسال التغييرات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <source>Colleague:</source>
        <translation>الزميل:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="68"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="100"/>
        <source>Delegate bundles (*.bundle)</source>
        <translation>حزم Delegate ‏(*.bundle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="84"/>
        <source>%n change(s) written for {0}</source>
        <translation>
            <numerusform>عدد التغييرات المكتوبة لـ {0}: %n</numerusform>
            <numerusform>عدد التغييرات المكتوبة لـ {0}: %n</numerusform>
            <numerusform>عدد التغييرات المكتوبة لـ {0}: %n</numerusform>
            <numerusform>عدد التغييرات المكتوبة لـ {0}: %n</numerusform>
            <numerusform>عدد التغييرات المكتوبة لـ {0}: %n</numerusform>
            <numerusform>عدد التغييرات المكتوبة لـ {0}: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="87"/>
        <source>Writing the changes…</source>
        <translation>جارٍ كتابة التغييرات…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="99"/>
        <source>Receive changes</source>
        <translation>استلام التغييرات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="116"/>
        <source>This bundle was taken in already: nothing changed.</source>
        <translation>سبق استلام هذه الحزمة: لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="119"/>
        <source>From {0} ({1}): %n record(s) changed</source>
        <translation>
            <numerusform>من {0} ({1}): عدد السجلات المعدّلة %n</numerusform>
            <numerusform>من {0} ({1}): عدد السجلات المعدّلة %n</numerusform>
            <numerusform>من {0} ({1}): عدد السجلات المعدّلة %n</numerusform>
            <numerusform>من {0} ({1}): عدد السجلات المعدّلة %n</numerusform>
            <numerusform>من {0} ({1}): عدد السجلات المعدّلة %n</numerusform>
            <numerusform>من {0} ({1}): عدد السجلات المعدّلة %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="122"/>
        <source>Conflicts: {0}</source>
        <translation>التعارضات: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="126"/>
        <source>Changes received</source>
        <translation>التغييرات المستلمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="131"/>
        <source>Taking the changes in…</source>
        <translation>جارٍ استلام التغييرات…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="139"/>
        <source>Shared folder for the team</source>
        <translation>المجلد المشترك للفريق</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="185"/>
        <source>Shared folder reached at {0}: %n record(s) changed</source>
        <translation>
            <numerusform>تم الوصول إلى المجلد المشترك في {0}: لم يتغيّر أي سجل (%n)</numerusform>
            <numerusform>تم الوصول إلى المجلد المشترك في {0}: تغيّر سجل واحد (%n)</numerusform>
            <numerusform>تم الوصول إلى المجلد المشترك في {0}: تغيّر سجلان (%n)</numerusform>
            <numerusform>تم الوصول إلى المجلد المشترك في {0}: تغيّرت %n سجلات</numerusform>
            <numerusform>تم الوصول إلى المجلد المشترك في {0}: تغيّر %n سجلًا</numerusform>
            <numerusform>تم الوصول إلى المجلد المشترك في {0}: تغيّر %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="188"/>
        <source>; conflicts: {0}</source>
        <translation>؛ التعارضات: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="194"/>
        <source>Exchanging through the shared folder…</source>
        <translation>جارٍ التبادل عبر المجلد المشترك…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="201"/>
        <source>Shared folder</source>
        <translation>المجلد المشترك</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="205"/>
        <source>Shared folder reached at {0}</source>
        <translation>تم الوصول إلى المجلد المشترك في {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="207"/>
        <source>Shared folder not reached since {0}</source>
        <translation>تعذّر الوصول إلى المجلد المشترك منذ {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="209"/>
        <source>Shared folder not reached</source>
        <translation>تعذّر الوصول إلى المجلد المشترك</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="287"/>
        <source>Settling the conflict…</source>
        <translation>جارٍ تسوية التعارض…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="10"/>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="11"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="14"/>
        <source>&amp;Contribution (Word)…</source>
        <translation>المساهمة (Word) (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="15"/>
        <source>Con&amp;solidated text (Word)…</source>
        <translation>النص الموحد (Word) (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="16"/>
        <source>Co&amp;mpilation of proposals (Word)…</source>
        <translation>تجميع المقترحات (Word) (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="17"/>
        <source>Delegation &amp;brief (Word)…</source>
        <translation>مذكرة الوفد (Word) (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="18"/>
        <source>Comparison of &amp;proposals (Excel)…</source>
        <translation>مقارنة المقترحات (Excel) (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="19"/>
        <source>Comparison of s&amp;ister resolutions (Excel)…</source>
        <translation>مقارنة القرارات الشقيقة (Excel) (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="20"/>
        <source>P&amp;ositions workbook (Excel)…</source>
        <translation>مصنف المواقف (Excel) (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="65"/>
        <source>With revision marks against the text (tracked changes)</source>
        <translation>مع علامات التعديل مقارنة بالنص (تعقب التغييرات)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="67"/>
        <source>Underline and strike-through instead of tracked changes (for printing)</source>
        <translation>تسطير وشطب بدلاً من تعقب التغييرات (للطباعة)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="74"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="76"/>
        <source>Apply the proposals that are</source>
        <translation>تطبيق المقترحات التي حالتها</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="82"/>
        <source>Resolutions of</source>
        <translation>قرارات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="86"/>
        <source>Every priority</source>
        <translation>جميع الأولويات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="89"/>
        <source>Lowest priority shown</source>
        <translation>أدنى أولوية مدرجة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="96"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="99"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="105"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="107"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="126"/>
        <source>Every body</source>
        <translation>جميع الهيئات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="203"/>
        <source>Open or start a contribution first.</source>
        <translation>افتح مساهمة أو ابدأ مساهمة جديدة أولاً.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="208"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>المكتبة فارغة: استورد القرارات أولاً.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="239"/>
        <source>Writing {0}…</source>
        <translation>جارٍ الكتابة: {0}…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="265"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="271"/>
        <source>Export cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="284"/>
        <source>Choose the statuses of the proposals to apply.</source>
        <translation>اختر حالات المقترحات المراد تطبيقها.</translation>
    </message>
</context>
<context>
    <name>KeptBox</name>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="39"/>
        <source>Use what I typed</source>
        <translation>استخدام ما كتبته</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="40"/>
        <source>Keep the library&apos;s</source>
        <translation>الإبقاء على قيمة المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="57"/>
        <source>What you typed, kept beside the library&apos;s values: {0}</source>
        <translation>ما كتبته، محفوظًا إلى جانب قيم المكتبة: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="66"/>
        <source>This position was changed meanwhile by a workbook import or another window. The form shows the library&apos;s values again; what you typed ({0}) is kept beside them: choose below.</source>
        <translation>تغيّر هذا الموقف في الأثناء باستيراد مصنف أو في نافذة أخرى. يعرض النموذج قيم المكتبة من جديد؛ وما كتبته ({0}) محفوظ إلى جانبها: اختر أدناه.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="70"/>
        <source>This position was changed meanwhile by a workbook import or another window: what you typed was saved with their changes, which the form now shows.</source>
        <translation>تغيّر هذا الموقف في الأثناء باستيراد مصنف أو في نافذة أخرى: حُفظ ما كتبته مع تلك التغييرات التي يعرضها النموذج الآن.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="64"/>
        <source>edition not in force (since {0})</source>
        <translation>نسخة غير سارية (منذ {0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="66"/>
        <source>taken from a draft</source>
        <translation>مأخوذ من مشروع</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="62"/>
        <source>Search resolutions (Ctrl+F)</source>
        <translation>البحث في القرارات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="63"/>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="68"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Resolution text</source>
        <translation>نص القرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Compare with revision</source>
        <translation>المقارنة مع صيغة منقحة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="82"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="83"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>عرض التغييرات مقارنةً بالصيغة المنقحة المختارة (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="90"/>
        <source>As amended</source>
        <translation>بصيغته المعدّلة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="92"/>
        <source>The text with the adopted proposals stored on it applied, marked against it</source>
        <translation>النص بعد تطبيق المقترحات المعتمدة المتعلقة به، مع علامات التغيير</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="109"/>
        <source>Revisions:</source>
        <translation>الصيغ المنقحة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="138"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجةً</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="147"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="152"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n نص في المكتبة</numerusform>
            <numerusform>%n نص في المكتبة</numerusform>
            <numerusform>%n نصان في المكتبة</numerusform>
            <numerusform>%n نصوص في المكتبة</numerusform>
            <numerusform>%n نصاً في المكتبة</numerusform>
            <numerusform>%n نص في المكتبة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="233"/>
        <source>This text cannot be shown: {0}</source>
        <translation>لا يمكن عرض هذا النص: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="266"/>
        <source>superseded by {0}</source>
        <translation>حلّ محلها {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="268"/>
        <source>abrogated</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="269"/>
        <source>in force</source>
        <translation>سارية</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="377"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>عدد المقترحات: %n</numerusform>
            <numerusform>عدد المقترحات: %n</numerusform>
            <numerusform>عدد المقترحات: %n</numerusform>
            <numerusform>عدد المقترحات: %n</numerusform>
            <numerusform>عدد المقترحات: %n</numerusform>
            <numerusform>عدد المقترحات: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>As amended by the adopted proposals: {0}</source>
        <translation>بصيغته المعدّلة بالمقترحات المعتمدة: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="406"/>
        <source>Not applied, they compete: {0}</source>
        <translation>لم تُطبَّق لأنها متنافسة: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="407"/>
        <source>Not applied: {0}</source>
        <translation>لم يُطبَّق: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Put in force</source>
        <translation>جعلها سارية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="99"/>
        <source>Make this edition the library&apos;s text of its revision; the text in force now is kept beside it as an edition</source>
        <translation>جعل هذه النسخة نص المكتبة لمراجعتها؛ ويُحتفظ بالنص الساري الآن بجانبها كنسخة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="249"/>
        <source>edition not in force (since {0})</source>
        <translation>نسخة غير سارية (منذ {0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="321"/>
        <source>Put this edition in force</source>
        <translation>جعل هذه النسخة سارية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="340"/>
        <source>In force: {0}; the wording in force before is kept beside it as an edition</source>
        <translation>ساري: {0}؛ ويُحتفظ بالصياغة السارية من قبل بجانبها كنسخة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="345"/>
        <source>Putting the edition in force…</source>
        <translation>جارٍ جعل النسخة سارية…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="89"/>
        <location filename="../delegate_app/ui/main_window.py" line="92"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Draft</source>
        <translation>المسودة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="108"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="44"/>
        <source>&amp;Import files…</source>
        <translation>استيراد ملفات (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="81"/>
        <source>Import &amp;folder…</source>
        <translation>استيراد مجلد (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="83"/>
        <source>Load s&amp;ample library…</source>
        <translation>تحميل مكتبة ال&amp;نماذج…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="85"/>
        <source>Add the 54 resolutions of the PP-18 Final Acts (Dubai, 2018) to the library</source>
        <translation>إضافة القرارات الأربعة والخمسين من الوثائق الختامية لمؤتمر PP-18 (دبي، 2018) إلى المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="45"/>
        <source>&amp;New contribution</source>
        <translation>مساهمة جديدة (&amp;N)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="46"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>مقترح MOD جديد للقرار المحدد (&amp;M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="48"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>تصدير المساهمة إلى Word (&amp;W)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="49"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>تصدير المقارنة إلى Excel (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="88"/>
        <source>Send &amp;changes…</source>
        <translation>إرسال ال&amp;تغييرات…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="90"/>
        <source>Write the changes a colleague has not been sent yet into a file</source>
        <translation>كتابة التغييرات التي لم تُرسل بعد إلى زميل في ملف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="93"/>
        <source>Recei&amp;ve changes…</source>
        <translation>ا&amp;ستلام التغييرات…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="95"/>
        <source>Take in a file of changes from a colleague</source>
        <translation>استلام ملف تغييرات من زميل</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="98"/>
        <source>Co&amp;nflicts…</source>
        <translation>ال&amp;تعارضات…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="100"/>
        <source>The fields you and a colleague both changed</source>
        <translation>الحقول التي غيّرتها أنت وزميلك كلاكما</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="103"/>
        <source>S&amp;ync with shared folder now</source>
        <translation>مزا&amp;منة مع المجلد المشترك الآن</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="105"/>
        <source>Take in the team&apos;s changes from the shared folder and put yours there</source>
        <translation>استلام تغييرات الفريق من المجلد المشترك ووضع تغييراتك فيه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="108"/>
        <source>C&amp;hoose shared folder…</source>
        <translation>ا&amp;ختيار المجلد المشترك…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="110"/>
        <source>The folder the team exchanges through (a network share or a synced folder)</source>
        <translation>المجلد الذي يتبادل الفريق عبره (مجلد مشترك على الشبكة أو مجلد متزامن)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="53"/>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="128"/>
        <source>E&amp;xport</source>
        <translation>تصدير (&amp;X)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="136"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="138"/>
        <source>Save view as P&amp;DF…</source>
        <translation>حفظ العرض بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="142"/>
        <source>Open &amp;recent</source>
        <translation>فتح الملفات الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>الإعدادات (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="146"/>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="54"/>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="148"/>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="149"/>
        <source>&amp;Find in library</source>
        <translation>بحث في المكتبة (&amp;F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="152"/>
        <source>Re&amp;concile with the adopted text…</source>
        <translation>م&amp;طابقة مع النص المعتمد…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="154"/>
        <source>Which stored proposals the text selected in the Library took</source>
        <translation>المقترحات المخزَّنة التي أخذ بها النص المختار في المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="55"/>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="159"/>
        <source>&amp;Library</source>
        <translation>المكتبة (&amp;L)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="160"/>
        <source>&amp;Positions</source>
        <translation>المواقف (&amp;P)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="161"/>
        <source>&amp;Draft</source>
        <translation>المسودة (&amp;D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="162"/>
        <source>&amp;Contribution</source>
        <translation>المساهمة (&amp;C)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="167"/>
        <source>The day&apos;s &amp;board</source>
        <translation>&amp;لوحة اليوم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="56"/>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="172"/>
        <source>&amp;Getting started</source>
        <translation>البدء (&amp;G)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="173"/>
        <source>&amp;About {0}</source>
        <translation>حول {0} (&amp;A)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="61"/>
        <source>Main</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="379"/>
        <source>Something went wrong ({0}). The details are in the log: {1}</source>
        <translation>حدث خطأ ({0}). التفاصيل في السجل: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="441"/>
        <source>The library was replaced (a backup was restored, or another program changed the file); the window now shows it.</source>
        <translation>تم استبدال المكتبة (استُعيدت نسخة احتياطية، أو غيّر برنامج آخر الملف)؛ وتعرضها النافذة الآن.</translation>
    </message>
</context>
<context>
    <name>PositionSheets</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="30"/>
        <source>Export positions</source>
        <translation>تصدير المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="32"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="64"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="46"/>
        <source>Wrote {0}</source>
        <translation>تم حفظ الملف: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="48"/>
        <source>Writing the positions workbook…</source>
        <translation>جارٍ كتابة مصنف المواقف…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="63"/>
        <source>Import positions</source>
        <translation>استيراد المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="95"/>
        <source>updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="96"/>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="97"/>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="98"/>
        <source>conflict</source>
        <translation>متعارضة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="99"/>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="105"/>
        <source>Positions imported</source>
        <translation>المواقف المستوردة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="75"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="86"/>
        <source>Importing positions…</source>
        <translation>جارٍ استيراد المواقف…</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="78"/>
        <source>Resolution</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="79"/>
        <source>Provision</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <source>Stance</source>
        <translation>التوجه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="81"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="82"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="83"/>
        <source>Regional alignment</source>
        <translation>المواقف الإقليمية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="84"/>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="156"/>
        <location filename="../delegate_app/ui/positions_view.py" line="157"/>
        <source>Filter positions</source>
        <translation>تصفية المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="160"/>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="186"/>
        <source>{0} stance</source>
        <translation>موقف {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="210"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="211"/>
        <source>The positions as a workbook to send for comments</source>
        <translation>المواقف في مصنف يُرسل لإبداء التعليقات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="213"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="214"/>
        <source>Take back a positions workbook edited by a colleague</source>
        <translation>استرجاع مصنف مواقف عدّله زميل</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="220"/>
        <source>Resolution</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="221"/>
        <source>Provision</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="222"/>
        <source>Stance</source>
        <translation>التوجه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="223"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="224"/>
        <source>Rationale</source>
        <translation>المبررات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="225"/>
        <source>Talking points</source>
        <translation>نقاط للمداخلات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="227"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="207"/>
        <source>Save position</source>
        <translation>حفظ الموقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="226"/>
        <source>Regional groups</source>
        <translation>المجموعات الإقليمية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="294"/>
        <source>(whole resolution)</source>
        <translation>(القرار بأكمله)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>Save view as PDF</source>
        <translation>حفظ العرض بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="99"/>
        <source>Wrote {0}</source>
        <translation>كُتب {0}</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="58"/>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="59"/>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="60"/>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Acts on</source>
        <translation>يتعلق بـ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="55"/>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
</context>
<context>
    <name>ReconcileOffer</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/reconcile_offer.py" line="69"/>
        <source>{0} was imported: it can be reconciled with %n stored proposal(s) drafted from an earlier text.</source>
        <translation>
            <numerusform>استُورد {0}: يمكن مطابقته مع المقترحات المخزنة المُعدّة انطلاقاً من نص سابق، وعددها %n.</numerusform>
            <numerusform>استُورد {0}: يمكن مطابقته مع %n مقترح مخزن أُعدّ انطلاقاً من نص سابق.</numerusform>
            <numerusform>استُورد {0}: يمكن مطابقته مع %n مقترحين مخزنين أُعدّا انطلاقاً من نص سابق.</numerusform>
            <numerusform>استُورد {0}: يمكن مطابقته مع %n مقترحات مخزنة أُعدّت انطلاقاً من نص سابق.</numerusform>
            <numerusform>استُورد {0}: يمكن مطابقته مع %n مقترحاً مخزناً أُعدّ انطلاقاً من نص سابق.</numerusform>
            <numerusform>استُورد {0}: يمكن مطابقته مع %n مقترح مخزن أُعدّ انطلاقاً من نص سابق.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="19"/>
        <source>The header does not give the {0}.</source>
        <translation>لا تذكر الترويسة: {0}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="20"/>
        <source>The document number {0} is not in a form ITU writes: give it as “Document 25-E”, “Addendum 2 to Document 25-E” or “Document PP26/25-E”.</source>
        <translation>رقم الوثيقة {0} ليس بصيغة يكتبها الاتحاد: اكتبه على النحو “Document 25-E” أو “Addendum 2 to Document 25-E” أو “Document PP26/25-E”.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="25"/>
        <source>The contribution has no proposals.</source>
        <translation>لا تحتوي المساهمة على أي مقترحات.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="26"/>
        <source>The number {0} is used by more than one proposal.</source>
        <translation>الرقم {0} مستعمل في أكثر من مقترح.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="27"/>
        <source>{0} is both modified ({1}) and kept unchanged ({2}) in this contribution: propose one or the other.</source>
        <translation>{0} مُعدَّل ({1}) ومُبقى عليه دون تغيير ({2}) في هذه المساهمة في آن واحد: اقترح أحد الأمرين.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="31"/>
        <source>The proposal has no number.</source>
        <translation>ليس للمقترح رقم.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="32"/>
        <source>The number {0} is a placeholder: give the document number in the header and the delegation&apos;s code in Settings, then Renumber.</source>
        <translation>الرقم {0} مؤقت: أدخل رقم الوثيقة في الترويسة ورمز الوفد في الإعدادات، ثم أعد الترقيم.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="37"/>
        <source>The proposal gives no Reasons.</source>
        <translation>لا يذكر المقترح الأسباب.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="38"/>
        <source>The proposal names no resolution.</source>
        <translation>لا يسمّي المقترح أي قرار.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="39"/>
        <source>Text is deleted inside paragraph {0}: that is a MOD, not a SUP (SUP suppresses the whole resolution).</source>
        <translation>حُذف نص داخل الفقرة {0}: هذا مقترح MOD وليس SUP (المقترح SUP يلغي القرار كله).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="43"/>
        <source>The MOD changes nothing; a proposal to keep a text unchanged is a NOC.</source>
        <translation>المقترح MOD لا يغيّر شيئاً؛ واقتراح إبقاء نص دون تغيير هو NOC.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="46"/>
        <source>An ADD is clean new text; changes to an existing text are a MOD.</source>
        <translation>المقترح ADD نص جديد دون علامات؛ وتغيير نص قائم هو MOD.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="49"/>
        <source>{0} cites {1}, but the library holds {2}.</source>
        <translation>{0} يستشهد بـ {1}، لكن المكتبة تحتوي على {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="50"/>
        <source>The MOD is marked against {0}, but the library holds a later revision, {1}.</source>
        <translation>المقترح MOD معلَّم مقارنةً بـ {0}، لكن المكتبة تحتوي على مراجعة أحدث، {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="53"/>
        <source>The text the MOD modifies, {0}, is not in the library: import it (the Word export needs it).</source>
        <translation>النص الذي يعدّله المقترح MOD، {0}، غير موجود في المكتبة: استورده (يحتاجه التصدير إلى Word).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="56"/>
        <source>The contribution is dated {0}, after the deadline for {1} at {2}, {3} ({4}).</source>
        <translation>المساهمة مؤرخة {0}، بعد الموعد النهائي لـ {1} في {2}، وهو {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="59"/>
        <source>The contribution runs to about {0} pages; {1} asks for at most {2}.</source>
        <translation>تقع المساهمة في نحو {0} صفحات؛ ويطلب {1} ألا تتجاوز {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="62"/>
        <source>document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="63"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="64"/>
        <source>original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="65"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="66"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="69"/>
        <source>proposals to amend the Constitution or the Convention</source>
        <translation>مقترحات تعديل الدستور أو الاتفاقية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="72"/>
        <source>all other proposals</source>
        <translation>جميع المقترحات الأخرى</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="73"/>
        <source>proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="74"/>
        <source>contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="75"/>
        <source>contributions (set for the session by the secretariat)</source>
        <translation>المساهمات (تحدده الأمانة للدورة)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="79"/>
        <source>Header</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="80"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="116"/>
        <source>ITU rules check</source>
        <translation>التحقق من الامتثال لقواعد الاتحاد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="121"/>
        <source>Fix</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="122"/>
        <source>Cite the newest revisions in the library in this proposal</source>
        <translation>الاستشهاد في هذا المقترح بأحدث المراجعات في المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="125"/>
        <source>Go to</source>
        <translation>انتقال إلى</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="126"/>
        <source>Show the proposal the finding is about</source>
        <translation>عرض المقترح الذي تتعلق به الملاحظة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="136"/>
        <source>No contribution is open: start a new one.</source>
        <translation>لا توجد مساهمة مفتوحة: ابدأ مساهمة جديدة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="138"/>
        <source>✓ No problems found.</source>
        <translation>✓ لم يُعثر على أي مشكلات.</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="209"/>
        <source>positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="210"/>
        <source>Recovered changes that were not saved when Delegate last closed: {0}</source>
        <translation>تمت استعادة تغييرات لم تُحفظ عند آخر إغلاق لـ Delegate: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="213"/>
        <source>Some had been made on a version that was changed since, in another window: they are kept as copies beside it, nothing was written over the newer one ({0}).</source>
        <translation>أُجري بعضها على نسخة تغيّرت منذ ذلك الحين في نافذة أخرى: وهي محفوظة كنسخ إلى جانبها، ولم يُكتب شيء فوق النسخة الأحدث ({0}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="224"/>
        <source>{0} was changed in another window after you deleted it here: it was kept.</source>
        <translation>تغيّر {0} في نافذة أخرى بعد أن حذفته هنا: لذا احتُفظ به.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="227"/>
        <source>{0} was changed in another window meanwhile: what you typed is kept in a copy of the contribution, which stays open; the other is in the list.</source>
        <translation>تغيّر {0} في الأثناء في نافذة أخرى: ما كتبته محفوظ في نسخة من المساهمة تبقى مفتوحة؛ أما الأخرى فهي في القائمة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="232"/>
        <source>Another window saved {0} meanwhile: what you typed is kept as a copy, which you go on typing in, and its version is right after it.</source>
        <translation>حفظت نافذة أخرى {0} في الأثناء: ما كتبته محفوظ كنسخة تواصل الكتابة فيها، وتأتي نسختها بعدها مباشرة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="90"/>
        <source>The library is damaged: {0}. What can still be read is shown. To repair it, {1}.</source>
        <translation>المكتبة تالفة: {0}. يُعرض ما لا يزال من الممكن قراءته. لإصلاحها، {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="55"/>
        <source>The library is damaged: {0}. Delegate writes nothing more into it; what you type is kept and saved once it is repaired. To repair it, {1}.</source>
        <translation>المكتبة تالفة: {0}. لن يكتب Delegate فيها شيئاً بعد الآن؛ ما تكتبه محفوظ وسيُخزَّن بعد إصلاحها. لإصلاحها، {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="117"/>
        <source>Today&apos;s backup of the library could not be made: {0}</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية اليومية من المكتبة: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="123"/>
        <source>Backed up the library to {0}</source>
        <translation>تم حفظ نسخة احتياطية من المكتبة في {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="184"/>
        <source>Save a copy of the contribution</source>
        <translation>حفظ نسخة من المساهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="186"/>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="56"/>
        <source>Saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="57"/>
        <source>Try again now</source>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="26"/>
        <source>Your changes are not saved yet: the library is being used by another program. Delegate will keep trying.</source>
        <translation>لم تُحفظ تغييراتك بعد: المكتبة قيد الاستخدام من برنامج آخر. سيواصل Delegate المحاولة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="30"/>
        <source>Your changes are not saved yet: the disk is full. Free some space; Delegate will keep trying.</source>
        <translation>لم تُحفظ تغييراتك بعد: القرص ممتلئ. أفرغ بعض المساحة؛ سيواصل Delegate المحاولة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="34"/>
        <source>Your changes cannot be saved: the library is read-only (its file, folder or disk). They are kept and will be saved when it can be written.</source>
        <translation>لا يمكن حفظ تغييراتك: المكتبة للقراءة فقط (ملفها أو مجلدها أو قرصها). وهي محفوظة مؤقتاً وستُحفظ عندما تصبح الكتابة ممكنة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="40"/>
        <source>Your changes are not saved yet: the library file is gone (moved or deleted). Delegate will keep trying.</source>
        <translation>لم تُحفظ تغييراتك بعد: ملف المكتبة غير موجود (نُقل أو حُذف). سيواصل Delegate المحاولة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="44"/>
        <source>Your changes are not saved yet: the library is damaged. Restore a backup; your changes are kept.</source>
        <translation>لم تُحفظ تغييراتك بعد: المكتبة تالفة. استعد نسخة احتياطية؛ تغييراتك محفوظة مؤقتاً.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="75"/>
        <source>Your changes are not saved yet: {0}. Delegate will keep trying.</source>
        <translation>لم تُحفظ تغييراتك بعد: {0}. سيواصل Delegate المحاولة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="22"/>
        <source>The library was replaced while Delegate was open; your changes wait until you choose what to keep.</source>
        <translation>تم استبدال المكتبة أثناء فتح Delegate؛ تنتظر تغييراتك حتى تختار ما تريد الاحتفاظ به.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="79"/>
        <source>They are only in memory: they could not be written to disk either ({0}).</source>
        <translation>وهي في الذاكرة فقط: تعذّرت كتابتها على القرص أيضاً ({0}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="96"/>
        <source>This library is read-only: you can read and search it, and what you draft is kept, but it cannot be saved into the library until it can be written.</source>
        <translation>هذه المكتبة للقراءة فقط: يمكنك قراءتها والبحث فيها، وما تصوغه يُحتفظ به، لكن لا يمكن حفظه في المكتبة حتى تصبح الكتابة فيها ممكنة.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="47"/>
        <source>Author of tracked changes</source>
        <translation>كاتب علامات التنقيح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="50"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>رمز المصدر في أرقام المقترحات (مثل RCC وACP وEUR)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="53"/>
        <source>Source line of new contributions</source>
        <translation>سطر «المصدر» في المساهمات الجديدة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>Original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="60"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="69"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="73"/>
        <source>Interface language (applied on the next start)</source>
        <translation>لغة الواجهة (تُطبّق عند التشغيل التالي)</translation>
    </message>
</context>
<context>
    <name>SheetReport</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="132"/>
        <source>Changed both in the library and in the sheet since the export: the library&apos;s value was kept. Tick those to take from the sheet.</source>
        <translation>عُدِّلت في المكتبة وفي الجدول معًا منذ التصدير: أُبقيت قيمة المكتبة. حدِّد ما تريد أخذه من الجدول.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="140"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="142"/>
        <source>Row {0}, {1}, {2}: library {3}, sheet {4}</source>
        <translation>الصف {0}، {1}، {2}: المكتبة {3}، الجدول {4}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="151"/>
        <source>Take the ticked values from the sheet</source>
        <translation>أخذ القيم المحدَّدة من الجدول</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="51"/>
        <source>support</source>
        <translation>تأييد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="52"/>
        <source>support with changes</source>
        <translation>تأييد مع تعديلات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="53"/>
        <source>neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="54"/>
        <source>oppose</source>
        <translation>معارضة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="55"/>
        <source>undecided</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="29"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="30"/>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="31"/>
        <source>Adopted</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="32"/>
        <source>Adopted with modifications</source>
        <translation>معتمد مع تعديلات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="33"/>
        <source>Not adopted</source>
        <translation>غير معتمد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="34"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="35"/>
        <source>Noted</source>
        <translation>أُحيط به علماً</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="36"/>
        <source>Suppressed</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="98"/>
        <source>Status of {0}</source>
        <translation>حالة {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="100"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="116"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="110"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="118"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="111"/>
        <source>e.g. the committee document</source>
        <translation>مثلاً وثيقة اللجنة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="117"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="17"/>
        <source>Task progress</source>
        <translation>تقدُّم المهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="20"/>
        <source>Cancel the running task</source>
        <translation>إلغاء المهمة الجارية</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="36"/>
        <source>Import resolutions and contributions</source>
        <translation>استيراد القرارات والمساهمات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="37"/>
        <source>ITU texts (*.docx *.pdf *.txt *.md)</source>
        <translation>نصوص الاتحاد (*.docx *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="45"/>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="58"/>
        <source>This installation has no sample library.</source>
        <translation>لا توجد مكتبة نماذج في هذا التثبيت.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Reading {0}</source>
        <translation>جارٍ قراءة {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Storing…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Recognised</source>
        <translation>تم التعرّف عليه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Not recognised</source>
        <translation>لم يُتعرّف عليه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/transfers.py" line="99"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>تم استيراد %n ملف</numerusform>
            <numerusform>تم استيراد %n ملف</numerusform>
            <numerusform>تم استيراد %n ملفين</numerusform>
            <numerusform>تم استيراد %n ملفات</numerusform>
            <numerusform>تم استيراد %n ملفاً</numerusform>
            <numerusform>تم استيراد %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="100"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="107"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="119"/>
        <source>Open or start a contribution first.</source>
        <translation>افتح مساهمة أو ابدأ مساهمة جديدة أولاً.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="130"/>
        <location filename="../delegate_app/ui/transfers.py" line="186"/>
        <source>Export to Word</source>
        <translation>تصدير إلى Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="132"/>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="160"/>
        <source>Proposal {0} modifies {1}, which is not in the library. Import that text, or mark the proposal against another version of the resolution.</source>
        <translation>المقترح {0} يعدّل {1}، وهو غير موجود في المكتبة. استورد ذلك النص، أو علِّم المقترح بالنسبة إلى نسخة أخرى من القرار.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="170"/>
        <source>Writing the Word document…</source>
        <translation>جارٍ كتابة مستند Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="187"/>
        <source>A secretariat would send this document back:
{0}

Export it all the same?</source>
        <translation>ستعيد الأمانة هذه الوثيقة:
{0}

هل تريد تصديرها رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="206"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>تتطلب المقارنة مقترح MOD مع نصه الأساسي.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="215"/>
        <source>Export comparison to Excel</source>
        <translation>تصدير المقارنة إلى Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="217"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="232"/>
        <source>Writing the comparison workbook…</source>
        <translation>جارٍ كتابة مصنف المقارنة…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="257"/>
        <location filename="../delegate_app/ui/transfers.py" line="267"/>
        <source>Wrote {0}</source>
        <translation>تم حفظ الملف: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="268"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="269"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="95"/>
        <source>Edition added: {0} differs from the stored text of that revision, which stays in force; its wording is kept beside it as an edition (in the Library, select it and choose Put in force)</source>
        <translation>أُضيفت نسخة: يختلف {0} عن النص المخزَّن لتلك المراجعة، الذي يبقى سارياً؛ ويُحتفظ بصياغته بجانبه كنسخة (في المكتبة، حدِّدها واختر جعلها سارية)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="89"/>
        <source>About {0}</source>
        <translation>حول {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="90"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;منصة العمل المكتبية لوفود الاتحاد: القرارات وصيغها المنقحة، والمواقف، والمقترحات مع علامات التنقيح في Word، وجداول المقارنة.&lt;/p&gt;&lt;p&gt;يعمل دون اتصال بالإنترنت كلياً؛ وتبقى مكتبتك على هذا الحاسوب.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="108"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>تعذّر فتح المكتبة:

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/upgrading.py" line="36"/>
        <source>Bringing the library up to date for this version of {0}…

A copy of it as it was is kept beside it.</source>
        <translation>جارٍ تحديث المكتبة لهذا الإصدار من {0}…

تُحفظ بجانبها نسخة من المكتبة كما كانت.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="157"/>
        <source>Some of your changes are not saved in the library yet.</source>
        <translation>بعض تغييراتك لم تُحفظ في المكتبة بعد.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="158"/>
        <source>If you quit, Delegate keeps them and saves them when it next starts.</source>
        <translation>إذا خرجت، يحتفظ بها Delegate ويحفظها عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="162"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="163"/>
        <source>Save a copy as…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="165"/>
        <source>Quit and keep my changes for next start</source>
        <translation>الخروج مع الاحتفاظ بتغييراتي للتشغيل القادم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="167"/>
        <source>Quit and lose my changes</source>
        <translation>الخروج مع فقدان تغييراتي</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="185"/>
        <source>The library was replaced while Delegate was open (a backup was restored, or another program changed the file).</source>
        <translation>تم استبدال المكتبة أثناء فتح Delegate (استُعيدت نسخة احتياطية، أو غيّر برنامج آخر الملف).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="192"/>
        <source>The contribution you have open, “{0}”, is not the same in the restored library. Keep yours in the restored library, or use the restored one (yours is then kept as a copy)?</source>
        <translation>المساهمة المفتوحة لديك، «{0}»، ليست نفسها في المكتبة المستعادة. هل تحتفظ بنسختك في المكتبة المستعادة، أم تستخدم النسخة المستعادة (وتُحفظ نسختك عندئذ كنسخة منفصلة)؟</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="196"/>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="198"/>
        <source>Keep mine</source>
        <translation>الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="199"/>
        <source>Use the restored one</source>
        <translation>استخدام النسخة المستعادة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="217"/>
        <source>The text a MOD modifies is missing</source>
        <translation>النص الذي يعدّله مقترح MOD غير موجود</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="222"/>
        <source>Version to mark the MOD against</source>
        <translation>النسخة التي تُعلَّم تعديلات MOD بالنسبة إليها</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="227"/>
        <source>Import the text…</source>
        <translation>استيراد النص…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="232"/>
        <source>Mark against the chosen version</source>
        <translation>التعليم بالنسبة إلى النسخة المختارة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="240"/>
        <source>Or mark it against another version:</source>
        <translation>أو تعليمها بالنسبة إلى نسخة أخرى:</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="113"/>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
</context>
</TS>
