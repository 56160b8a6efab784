<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="15"/>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="16"/>
        <source>Committee or agenda item</source>
        <translation>Комитет или пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="18"/>
        <source>Original language</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="32"/>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="34"/>
        <source>New contribution</source>
        <translation>Новый вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="46"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="49"/>
        <source>Abstract</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="52"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="87"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>MOD…</source>
        <translation>MOD…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>Изменить резолюцию из библиотеки (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>A draft new resolution</source>
        <translation>Проект новой резолюции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>Suppress a resolution</source>
        <translation>Исключить резолюцию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Move up (renumbers)</source>
        <translation>Переместить вверх (с перенумерацией)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Move down (renumbers)</source>
        <translation>Переместить вниз (с перенумерацией)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Edit</source>
        <translation>Редактировать</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Draft the selected proposal</source>
        <translation>Подготовить текст выбранного предложения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete the selected proposal</source>
        <translation>Удалить выбранное предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="69"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="90"/>
        <source>ITU rules check</source>
        <translation>Проверка на соответствие правилам МСЭ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="70"/>
        <source>Export Word…</source>
        <translation>Экспорт в Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="72"/>
        <source>Compare proposals in Excel…</source>
        <translation>Сравнить предложения в Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <source>Contribution:</source>
        <translation>Вклад:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="134"/>
        <source>No contribution is open: start a new one.</source>
        <translation>Нет открытого вклада: создайте новый.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="140"/>
        <source>✓ No problems found.</source>
        <translation>✓ Проблем не обнаружено.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="157"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>Библиотека пуста: сначала импортируйте резолюции.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="162"/>
        <source>Resolution:</source>
        <translation>Резолюция:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="166"/>
        <source>Modify a resolution</source>
        <translation>Изменить резолюцию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="183"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}: выберите резолюцию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="204"/>
        <source>Delete proposal</source>
        <translation>Удалить предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="205"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>Удалить {0} {1}? Его текст и «Основания» будут потеряны.</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="40"/>
        <source>Proposal being drafted</source>
        <translation>Подготавливаемое предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="43"/>
        <source>Proposed text</source>
        <translation>Предлагаемый текст</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <source>Revision marks</source>
        <translation>Пометки исправлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="50"/>
        <location filename="../delegate_app/ui/draft_view.py" line="81"/>
        <source>Reasons</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="51"/>
        <source>Reasons: why the conference should adopt this proposal</source>
        <translation>Основания: почему конференции следует принять это предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="55"/>
        <source>Draft status</source>
        <translation>Состояние проекта</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="61"/>
        <source>Proposal:</source>
        <translation>Предложение:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="67"/>
        <source>Proposed text (edit here)</source>
        <translation>Предлагаемый текст (редактируйте здесь)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>With revision marks</source>
        <translation>С пометками исправлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>Предложений пока нет: создайте предложение в разделе «Вклад» или «Библиотека».</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="150"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>Восстановлен текст, который вы вводили перед последним закрытием приложения.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="173"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>Приложение пока не может распознать текст как резолюцию: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="180"/>
        <source>{0} words deleted, {1} inserted</source>
        <translation>Удалено слов: {0}, вставлено: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="183"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>Чистый текст (для {0} пометки исправлений не используются)</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="62"/>
        <source>Search resolutions (Ctrl+F)</source>
        <translation>Поиск резолюций (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="63"/>
        <source>Search the library</source>
        <translation>Поиск в библиотеке</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="69"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="77"/>
        <source>Resolution text</source>
        <translation>Текст резолюции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Compare with revision</source>
        <translation>Сравнить с редакцией</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="80"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>Показать изменения относительно выбранной редакции (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Revisions:</source>
        <translation>Редакции:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="124"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="129"/>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="142"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n текст в библиотеке</numerusform>
            <numerusform>%n текста в библиотеке</numerusform>
            <numerusform>%n текстов в библиотеке</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="101"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="122"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="123"/>
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="124"/>
        <source>&amp;New contribution</source>
        <translation>&amp;Создать вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="125"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>Новое предложение &amp;MOD к выбранной резолюции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="126"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>Экспорт вклада в &amp;Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="127"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>Экспорт сравнения в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="131"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Открыть недавние</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="134"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="139"/>
        <source>&amp;Find in library</source>
        <translation>&amp;Найти в библиотеке</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="141"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="142"/>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="143"/>
        <source>&amp;Positions</source>
        <translation>&amp;Позиции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="144"/>
        <source>&amp;Draft</source>
        <translation>Пр&amp;оект</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="145"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="148"/>
        <source>&amp;About {0}</source>
        <translation>&amp;О программе {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="149"/>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="205"/>
        <source>Backed up the library to {0}</source>
        <translation>Резервная копия библиотеки сохранена в {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="209"/>
        <source>Import resolutions and contributions</source>
        <translation>Импорт резолюций и вкладов</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="210"/>
        <source>ITU texts (*.docx *.txt *.md)</source>
        <translation>Тексты МСЭ (*.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="215"/>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="243"/>
        <source>Reading {0}</source>
        <translation>Чтение {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="244"/>
        <source>Storing…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="251"/>
        <source>Recognised</source>
        <translation>Распознано</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="251"/>
        <source>Not recognised</source>
        <translation>Не распознано</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="252"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="252"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/main_window.py" line="257"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Импортирован %n файл</numerusform>
            <numerusform>Импортировано %n файла</numerusform>
            <numerusform>Импортировано %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="258"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="262"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="281"/>
        <source>Open or start a contribution first.</source>
        <translation>Сначала откройте или создайте вклад.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="285"/>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="286"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="303"/>
        <source>Writing the Word document…</source>
        <translation>Запись документа Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="317"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>Для сравнения требуется предложение MOD с исходным текстом.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="320"/>
        <source>Export comparison to Excel</source>
        <translation>Экспорт сравнения в Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="321"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="338"/>
        <source>Writing the comparison workbook…</source>
        <translation>Запись книги сравнения…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="344"/>
        <location filename="../delegate_app/ui/main_window.py" line="350"/>
        <source>Wrote {0}</source>
        <translation>Файл сохранён: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="351"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="352"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="16"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="17"/>
        <source>Provision</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="18"/>
        <source>Stance</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="19"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="20"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="21"/>
        <source>Regional alignment</source>
        <translation>Позиции регионов</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="22"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="65"/>
        <location filename="../delegate_app/ui/positions_view.py" line="66"/>
        <source>Filter positions</source>
        <translation>Фильтр позиций</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="69"/>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="77"/>
        <location filename="../delegate_app/ui/positions_view.py" line="99"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <location filename="../delegate_app/ui/positions_view.py" line="100"/>
        <source>Provision</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="101"/>
        <source>Stance</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="102"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="103"/>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="104"/>
        <source>Talking points</source>
        <translation>Тезисы для выступлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="105"/>
        <source>Regional alignment</source>
        <translation>Позиции регионов</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="106"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="94"/>
        <source>Save position</source>
        <translation>Сохранить позицию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="151"/>
        <source>(whole resolution)</source>
        <translation>(вся резолюция)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="16"/>
        <source>Author of tracked changes</source>
        <translation>Автор пометок исправлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="17"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>Код источника в номерах предложений (например, RCC, ACP, EUR)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="19"/>
        <source>Source line of new contributions</source>
        <translation>Строка «Источник» для новых вкладов</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="20"/>
        <source>Original language</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="25"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="34"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="38"/>
        <source>Interface language (applied on the next start)</source>
        <translation>Язык интерфейса (применяется при следующем запуске)</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="40"/>
        <source>Task progress</source>
        <translation>Ход выполнения задачи</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="41"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="42"/>
        <source>Cancel the running task</source>
        <translation>Отменить выполняемую задачу</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>About {0}</source>
        <translation>О программе {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="55"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Настольное рабочее место для делегаций на конференциях МСЭ: резолюции и их редакции, позиции, предложения с пометками исправлений в Word и сравнительные таблицы.&lt;/p&gt;&lt;p&gt;Работает полностью автономно; ваша библиотека хранится только на этом компьютере.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="38"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>Не удаётся открыть библиотеку:

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/app.py" line="54"/>
        <source>The app did not close normally last time; your drafts were recovered.</source>
        <translation>В прошлый раз приложение было закрыто некорректно; ваши проекты восстановлены.</translation>
    </message>
</context>
</TS>
