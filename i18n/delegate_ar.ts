<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="15"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="16"/>
        <source>Committee or agenda item</source>
        <translation>اللجنة أو بند جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="18"/>
        <source>Original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="32"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="34"/>
        <source>New contribution</source>
        <translation>مساهمة جديدة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="46"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="49"/>
        <source>Abstract</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="52"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="87"/>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>MOD…</source>
        <translation>MOD…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>تعديل قرار من المكتبة (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>A draft new resolution</source>
        <translation>مسودة قرار جديد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>Suppress a resolution</source>
        <translation>إلغاء قرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>No change</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Move up (renumbers)</source>
        <translation>نقل لأعلى (مع إعادة الترقيم)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Move down (renumbers)</source>
        <translation>نقل لأسفل (مع إعادة الترقيم)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Draft the selected proposal</source>
        <translation>صياغة المقترح المحدد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete the selected proposal</source>
        <translation>حذف المقترح المحدد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="69"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="90"/>
        <source>ITU rules check</source>
        <translation>التحقق من الامتثال لقواعد الاتحاد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="70"/>
        <source>Export Word…</source>
        <translation>تصدير إلى Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="72"/>
        <source>Compare proposals in Excel…</source>
        <translation>مقارنة المقترحات في Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <source>Contribution:</source>
        <translation>المساهمة:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="134"/>
        <source>No contribution is open: start a new one.</source>
        <translation>لا توجد مساهمة مفتوحة: ابدأ مساهمة جديدة.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="140"/>
        <source>✓ No problems found.</source>
        <translation>✓ لم يُعثر على أي مشكلات.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="157"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>المكتبة فارغة: استورد القرارات أولاً.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="162"/>
        <source>Resolution:</source>
        <translation>القرار:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="166"/>
        <source>Modify a resolution</source>
        <translation>تعديل قرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="183"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}: اختر القرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="204"/>
        <source>Delete proposal</source>
        <translation>حذف المقترح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="205"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>هل تريد حذف {0} {1}؟ سيُفقد نصه وفقرة «الأسباب».</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="40"/>
        <source>Proposal being drafted</source>
        <translation>المقترح قيد الصياغة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="43"/>
        <source>Proposed text</source>
        <translation>النص المقترح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <source>Revision marks</source>
        <translation>علامات التنقيح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="50"/>
        <location filename="../delegate_app/ui/draft_view.py" line="81"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="51"/>
        <source>Reasons: why the conference should adopt this proposal</source>
        <translation>الأسباب: لماذا ينبغي للمؤتمر اعتماد هذا المقترح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="55"/>
        <source>Draft status</source>
        <translation>حالة المسودة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="61"/>
        <source>Proposal:</source>
        <translation>المقترح:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="67"/>
        <source>Proposed text (edit here)</source>
        <translation>النص المقترح (حرِّره هنا)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>With revision marks</source>
        <translation>مع علامات التنقيح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>لا يوجد مقترح بعد: ابدأ مقترحاً من عرض «المساهمة» أو «المكتبة».</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="150"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>تمت استعادة النص الذي كنت تكتبه عند آخر إغلاق للتطبيق.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="173"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>لا يستطيع التطبيق بعدُ قراءة النص بوصفه قراراً: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="180"/>
        <source>{0} words deleted, {1} inserted</source>
        <translation>الكلمات المحذوفة: {0}، والمُدرجة: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="183"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>نص نظيف (لا تُستخدم علامات التنقيح مع {0})</translation>
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
        <location filename="../delegate_app/ui/library_view.py" line="69"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="77"/>
        <source>Resolution text</source>
        <translation>نص القرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Compare with revision</source>
        <translation>المقارنة مع صيغة منقحة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="80"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>عرض التغييرات مقارنةً بالصيغة المنقحة المختارة (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Revisions:</source>
        <translation>الصيغ المنقحة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="124"/>
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
        <location filename="../delegate_app/ui/library_view.py" line="129"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="142"/>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
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
        <location filename="../delegate_app/ui/main_window.py" line="101"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="122"/>
        <source>&amp;Import files…</source>
        <translation>استيراد ملفات (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="123"/>
        <source>Import &amp;folder…</source>
        <translation>استيراد مجلد (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="124"/>
        <source>&amp;New contribution</source>
        <translation>مساهمة جديدة (&amp;N)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="125"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>مقترح MOD جديد للقرار المحدد (&amp;M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="126"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>تصدير المساهمة إلى Word (&amp;W)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="127"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>تصدير المقارنة إلى Excel (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="131"/>
        <source>Open &amp;recent</source>
        <translation>فتح الملفات الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="134"/>
        <source>&amp;Settings…</source>
        <translation>الإعدادات (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="139"/>
        <source>&amp;Find in library</source>
        <translation>بحث في المكتبة (&amp;F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="141"/>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="142"/>
        <source>&amp;Library</source>
        <translation>المكتبة (&amp;L)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="143"/>
        <source>&amp;Positions</source>
        <translation>المواقف (&amp;P)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="144"/>
        <source>&amp;Draft</source>
        <translation>المسودة (&amp;D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="145"/>
        <source>&amp;Contribution</source>
        <translation>المساهمة (&amp;C)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="148"/>
        <source>&amp;About {0}</source>
        <translation>حول {0} (&amp;A)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="149"/>
        <source>Main</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="205"/>
        <source>Backed up the library to {0}</source>
        <translation>تم حفظ نسخة احتياطية من المكتبة في {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="209"/>
        <source>Import resolutions and contributions</source>
        <translation>استيراد القرارات والمساهمات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="210"/>
        <source>ITU texts (*.docx *.txt *.md)</source>
        <translation>نصوص الاتحاد (*.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="215"/>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="243"/>
        <source>Reading {0}</source>
        <translation>جارٍ قراءة {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="244"/>
        <source>Storing…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="251"/>
        <source>Recognised</source>
        <translation>تم التعرّف عليه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="251"/>
        <source>Not recognised</source>
        <translation>لم يُتعرّف عليه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="252"/>
        <source>Skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="252"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/main_window.py" line="257"/>
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
        <location filename="../delegate_app/ui/main_window.py" line="258"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="262"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="281"/>
        <source>Open or start a contribution first.</source>
        <translation>افتح مساهمة أو ابدأ مساهمة جديدة أولاً.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="285"/>
        <source>Export to Word</source>
        <translation>تصدير إلى Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="286"/>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="303"/>
        <source>Writing the Word document…</source>
        <translation>جارٍ كتابة مستند Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="317"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>تتطلب المقارنة مقترح MOD مع نصه الأساسي.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="320"/>
        <source>Export comparison to Excel</source>
        <translation>تصدير المقارنة إلى Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="321"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="338"/>
        <source>Writing the comparison workbook…</source>
        <translation>جارٍ كتابة مصنف المقارنة…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="344"/>
        <location filename="../delegate_app/ui/main_window.py" line="350"/>
        <source>Wrote {0}</source>
        <translation>تم حفظ الملف: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="351"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="352"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="16"/>
        <source>Resolution</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="17"/>
        <source>Provision</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="18"/>
        <source>Stance</source>
        <translation>التوجه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="19"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="20"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="21"/>
        <source>Regional alignment</source>
        <translation>المواقف الإقليمية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="22"/>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="65"/>
        <location filename="../delegate_app/ui/positions_view.py" line="66"/>
        <source>Filter positions</source>
        <translation>تصفية المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="69"/>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="77"/>
        <location filename="../delegate_app/ui/positions_view.py" line="99"/>
        <source>Resolution</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <location filename="../delegate_app/ui/positions_view.py" line="100"/>
        <source>Provision</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="101"/>
        <source>Stance</source>
        <translation>التوجه</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="102"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="103"/>
        <source>Rationale</source>
        <translation>المبررات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="104"/>
        <source>Talking points</source>
        <translation>نقاط للمداخلات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="105"/>
        <source>Regional alignment</source>
        <translation>المواقف الإقليمية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="106"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="94"/>
        <source>Save position</source>
        <translation>حفظ الموقف</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="151"/>
        <source>(whole resolution)</source>
        <translation>(القرار بأكمله)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="16"/>
        <source>Author of tracked changes</source>
        <translation>كاتب علامات التنقيح</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="17"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>رمز المصدر في أرقام المقترحات (مثل RCC وACP وEUR)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="19"/>
        <source>Source line of new contributions</source>
        <translation>سطر «المصدر» في المساهمات الجديدة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="20"/>
        <source>Original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="25"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="34"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="38"/>
        <source>Interface language (applied on the next start)</source>
        <translation>لغة الواجهة (تُطبّق عند التشغيل التالي)</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="40"/>
        <source>Task progress</source>
        <translation>تقدُّم المهمة</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="41"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="42"/>
        <source>Cancel the running task</source>
        <translation>إلغاء المهمة الجارية</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>About {0}</source>
        <translation>حول {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="55"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;منصة العمل المكتبية لوفود الاتحاد: القرارات وصيغها المنقحة، والمواقف، والمقترحات مع علامات التنقيح في Word، وجداول المقارنة.&lt;/p&gt;&lt;p&gt;يعمل دون اتصال بالإنترنت كلياً؛ وتبقى مكتبتك على هذا الحاسوب.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="38"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>تعذّر فتح المكتبة:

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/app.py" line="54"/>
        <source>The app did not close normally last time; your drafts were recovered.</source>
        <translation>لم يُغلَق التطبيق بشكل طبيعي في المرة السابقة؛ وقد استُعيدت مسوداتك.</translation>
    </message>
</context>
</TS>
