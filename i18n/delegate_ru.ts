<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Board</name>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="60"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="61"/>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="62"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="63"/>
        <source>Adopted with modifications</source>
        <translation>Принято с изменениями</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="64"/>
        <source>Not adopted</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="65"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="66"/>
        <source>Noted</source>
        <translation>Принято к сведению</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="67"/>
        <source>Suppressed</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="20"/>
        <location filename="../delegate_app/ui/board_view.py" line="88"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="33"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="34"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="35"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="36"/>
        <source>Opens</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="37"/>
        <source>Closes</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="38"/>
        <source>Deadline (Council)</source>
        <translation>Срок (Совет)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="62"/>
        <location filename="../delegate_app/ui/board_view.py" line="90"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="91"/>
        <source>&amp;Add agenda item…</source>
        <translation>&amp;Добавить пункт повестки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="92"/>
        <source>&amp;Conference…</source>
        <translation>&amp;Конференция…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="93"/>
        <source>Record a conference, or change its dates and place</source>
        <translation>Записать конференцию или изменить её даты и место</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="94"/>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Импортировать повестку…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="95"/>
        <source>&amp;Remove agenda item…</source>
        <translation>&amp;Удалить пункт повестки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="96"/>
        <source>Take the selected item off the agenda, for the team too</source>
        <translation>Снять выбранный пункт с повестки дня, в том числе для всей команды</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="97"/>
        <source>&amp;Support…</source>
        <translation>&amp;Поддержка…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="99"/>
        <source>Who supports the selected proposal&apos;s common proposal (or the open contribution)</source>
        <translation>Кто поддерживает общее предложение, к которому относится выбранное предложение (или открытый вклад)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="102"/>
        <source>Conference:</source>
        <translation>Конференция:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="104"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Agenda item / proposal</source>
        <translation>Пункт повестки / предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>On</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="118"/>
        <source>Our position</source>
        <translation>Наша позиция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="124"/>
        <source>Keys on a proposal: A adopted, M adopted with modifications, N not adopted, W withdrawn</source>
        <translation>Клавиши для предложения: A — принято, M — принято с изменениями, N — не принято, W — отозвано</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="214"/>
        <source>{0} closes ({1}) before it opens ({2}): set its dates again with Conference…</source>
        <translation>{0} закрывается ({1}) раньше, чем открывается ({2}): задайте даты заново через «Конференция…»</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="232"/>
        <location filename="../delegate_app/ui/board_view.py" line="361"/>
        <source>(no meeting)</source>
        <translation>(без заседания)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="280"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="281"/>
        <source>No position recorded on this item.</source>
        <translation>По этому пункту позиция не записана.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="282"/>
        <source>Talking points</source>
        <translation>Тезисы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="283"/>
        <source>Regional stances</source>
        <translation>Позиции региональных групп</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="302"/>
        <source>Our proposals: {0}; others&apos;: {1}</source>
        <translation>Наши предложения: {0}; предложения других: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="311"/>
        <source>Choose a proposal to set its status.</source>
        <translation>Выберите предложение, чтобы установить его статус.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="327"/>
        <source>Setting the status…</source>
        <translation>Установка статуса…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="344"/>
        <source>Adding the agenda item…</source>
        <translation>Добавление пункта повестки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="353"/>
        <source>Choose an agenda item to remove it.</source>
        <translation>Выберите пункт повестки дня, чтобы удалить его.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="359"/>
        <source>Remove agenda item</source>
        <translation>Удалить пункт повестки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="360"/>
        <source>Take “{0}” ({1}, {2}) off the agenda, for the whole team?</source>
        <translation>Снять «{0}» ({1}, {2}) с повестки дня для всей команды?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="373"/>
        <source>Removing the agenda item…</source>
        <translation>Удаление пункта повестки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="418"/>
        <source>Saving the conference…</source>
        <translation>Сохранение конференции…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="428"/>
        <source>Import agenda</source>
        <translation>Импорт повестки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="429"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="441"/>
        <source>{0} agenda item(s) added</source>
        <translation>Добавлено пунктов повестки: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="444"/>
        <source>Importing the agenda…</source>
        <translation>Импорт повестки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="56"/>
        <source>Add agenda item</source>
        <translation>Добавить пункт повестки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="63"/>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="64"/>
        <source>Agenda item</source>
        <translation>Пункт повестки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="65"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="456"/>
        <location filename="../delegate_app/ui/board_view.py" line="457"/>
        <source>Board</source>
        <translation>Табло дня</translation>
    </message>
</context>
<context>
    <name>CompetingDialog</name>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="19"/>
        <source>Proposals on {0}</source>
        <translation>Предложения по {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="30"/>
        <source>Competing proposals</source>
        <translation>Конкурирующие предложения</translation>
    </message>
</context>
<context>
    <name>Conference</name>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="38"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="39"/>
        <source>Adopted with modifications</source>
        <translation>Принято с изменениями</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="40"/>
        <source>Not adopted</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="46"/>
        <source>as proposed</source>
        <translation>как предложено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="47"/>
        <source>with other wording</source>
        <translation>в другой формулировке</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="48"/>
        <source>not taken</source>
        <translation>не принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="115"/>
        <source>Next deadline: {0}, {1} ({2})</source>
        <translation>Ближайший срок: {0}, {1} ({2})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="134"/>
        <source>Common proposal: {0} signed, {1} supporting, {2} not supporting</source>
        <translation>Общее предложение: подписали {0}, поддерживают {1}, не поддерживают {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="145"/>
        <source>signed</source>
        <translation>подписала</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="146"/>
        <source>supports</source>
        <translation>поддерживает</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="147"/>
        <source>does not support</source>
        <translation>не поддерживает</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="159"/>
        <source>Support of the common proposal</source>
        <translation>Поддержка общего предложения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="166"/>
        <source>Stances</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="169"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="170"/>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="171"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="176"/>
        <source>&amp;Remove stance…</source>
        <translation>&amp;Отозвать позицию…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="189"/>
        <source>Contribution {0}: stances recorded: {1}</source>
        <translation>Вклад {0}: записано позиций: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="216"/>
        <source>Remove stance</source>
        <translation>Отозвать позицию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="217"/>
        <source>Withdraw the stance of {0} on this common proposal, for the whole team?</source>
        <translation>Отозвать позицию {0} по этому общему предложению для всей команды?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="233"/>
        <source>Withdrawing the stance…</source>
        <translation>Отзыв позиции…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="245"/>
        <source>Choose a proposal on the board, or open a contribution, to see its support.</source>
        <translation>Выберите предложение на табло или откройте вклад, чтобы увидеть его поддержку.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="290"/>
        <source>Reconcile with the adopted text</source>
        <translation>Сверка с принятым текстом</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="293"/>
        <source>{0}: {1} proposal(s); the statuses would be dated {2}.</source>
        <translation>{0}: предложений: {1}; статусы будут датированы {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="302"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="303"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="304"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="305"/>
        <source>Provision</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="306"/>
        <source>Difference</source>
        <translation>Различие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="326"/>
        <source>not reconciled</source>
        <translation>не сверено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="330"/>
        <source>Proposed and adopted wording</source>
        <translation>Предложенная и принятая формулировки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="334"/>
        <source>&amp;Set statuses…</source>
        <translation>&amp;Установить статусы…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="345"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="346"/>
        <source>Adopted text</source>
        <translation>Принятый текст</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="377"/>
        <source>Select the adopted text in the Library first.</source>
        <translation>Сначала выберите принятый текст в Библиотеке.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="394"/>
        <source>Reconciling with the adopted text…</source>
        <translation>Сверка с принятым текстом…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="406"/>
        <source>Set statuses</source>
        <translation>Установить статусы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="407"/>
        <source>Set the status of {0} proposal(s) as listed, dated {1}?</source>
        <translation>Установить статус предложений ({0}), как указано, с датой {1}?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="440"/>
        <source>{0} status(es) set, dated {1}</source>
        <translation>Установлено статусов: {0}, дата {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="445"/>
        <source>Setting the statuses…</source>
        <translation>Установка статусов…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="46"/>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Сверить…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="48"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="123"/>
        <source>Could not look for proposals to reconcile: {0}</source>
        <translation>Не удалось найти предложения для сверки: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="20"/>
        <source>CS 224, CV 519</source>
        <translation>п. 224 Устава, п. 519 Конвенции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="21"/>
        <source>General Rules No. 40</source>
        <translation>Общие правила, п. 40</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="22"/>
        <source>Resolution 165 (Rev. Dubai, 2018)</source>
        <translation>Резолюция 165 (Пересм. Дубай, 2018 г.)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="23"/>
        <source>Resolution 165 (Rev. Dubai, 2018); WTSA Resolution 1, considering f)</source>
        <translation>Резолюция 165 (Пересм. Дубай, 2018 г.); Резолюция 1 ВАСЭ, учитывая f)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="26"/>
        <source>Resolution 165 (Rev. Dubai, 2018) (inferred: Resolution ITU-R 1 sets none of its own)</source>
        <translation>Резолюция 165 (Пересм. Дубай, 2018 г.) (по аналогии: Резолюция МСЭ-R 1 собственного срока не устанавливает)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="29"/>
        <source>set by the Council secretariat</source>
        <translation>установлен секретариатом Совета</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="32"/>
        <source>drafted from the adopted text itself</source>
        <translation>подготовлено на основе самого принятого текста</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="33"/>
        <source>the text it acts on is not in the library</source>
        <translation>текста, к которому оно относится, нет в библиотеке</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="34"/>
        <source>in another language ({0})</source>
        <translation>на другом языке ({0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="35"/>
        <source>drafted from {0}, not older than the adopted text</source>
        <translation>подготовлено на основе {0}, который не старше принятого текста</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="70"/>
        <source>{0} Resolution {1}</source>
        <translation>Резолюция {1} ({0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="71"/>
        <source>Resolution {0}</source>
        <translation>Резолюция {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="179"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="192"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="183"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="37"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="184"/>
        <source>ITU number</source>
        <translation>Номер МСЭ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="28"/>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="29"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="30"/>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="31"/>
        <source>Talking points</source>
        <translation>Тезисы для выступления</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="32"/>
        <source>Regional alignment</source>
        <translation>Региональная позиция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="33"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="34"/>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="35"/>
        <source>Place in the contribution</source>
        <translation>Место во вкладе</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="36"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="38"/>
        <source>Numbered by Delegate</source>
        <translation>Нумерация Delegate</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="39"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="40"/>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="41"/>
        <source>Status note</source>
        <translation>Примечание к статусу</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="42"/>
        <source>Reasons</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="43"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="44"/>
        <source>Base text</source>
        <translation>Базовый текст</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="45"/>
        <source>Front matter</source>
        <translation>Титульные данные</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="46"/>
        <source>Deleted or kept</source>
        <translation>Удалено или сохранено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="47"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="48"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="49"/>
        <source>Opens</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="50"/>
        <source>Closes</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="51"/>
        <source>Deadline (Council)</source>
        <translation>Крайний срок (Совет)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="52"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="53"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="54"/>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="55"/>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="56"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="57"/>
        <source>Place among the day&apos;s items</source>
        <translation>Место среди пунктов дня</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="58"/>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="61"/>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="62"/>
        <source>submitted</source>
        <translation>представлено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="63"/>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="64"/>
        <source>adopted with modifications</source>
        <translation>принято с изменениями</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="65"/>
        <source>not adopted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="66"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="67"/>
        <source>noted</source>
        <translation>принято к сведению</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="68"/>
        <source>suppressed</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>kept</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="139"/>
        <source>whole resolution</source>
        <translation>резолюция в целом</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="141"/>
        <source>{0} Resolution {1}, {2}</source>
        <translation>Резолюция {1} ({0}), {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="142"/>
        <source>Resolution {0}, {1}</source>
        <translation>Резолюция {0}, {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="146"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="149"/>
        <source>Contribution {0}</source>
        <translation>Вклад {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="151"/>
        <source>Conference {0}</source>
        <translation>Конференция {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="153"/>
        <source>Conference {0}, document {1}</source>
        <translation>Конференция {0}, документ {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="159"/>
        <source>{0} agenda, {1}, {2}: {3}</source>
        <translation>Повестка дня {0}, {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="162"/>
        <source>{0} agenda, {1}: {2}</source>
        <translation>Повестка дня {0}, {1}: {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="164"/>
        <source>Support of {0} by {1}</source>
        <translation>Поддержка {0} со стороны {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="185"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="186"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="255"/>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="187"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="256"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="188"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="189"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="198"/>
        <source>The values side by side</source>
        <translation>Значения рядом</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="202"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="203"/>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="204"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="272"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
</context>
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="35"/>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="36"/>
        <source>Committee or agenda item</source>
        <translation>Комитет или пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="37"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="38"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="39"/>
        <source>Original language</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="40"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="41"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>New contribution</source>
        <translation>Новый вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="127"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="79"/>
        <source>Abstract</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
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
        <translation>Язык вклада</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="84"/>
        <source>Show proposals with the status</source>
        <translation>Показывать предложения со статусом</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="85"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="91"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>Изменить резолюцию из библиотеки (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>(MOD)…</source>
        <translation>(MOD)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>An editorial modification of a resolution</source>
        <translation>Редакционное изменение резолюции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>A draft new resolution</source>
        <translation>Проект новой резолюции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>Suppress a resolution</source>
        <translation>Исключить резолюцию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Move up (renumbers)</source>
        <translation>Переместить вверх (с перенумерацией)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Move down (renumbers)</source>
        <translation>Переместить вниз (с перенумерацией)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="104"/>
        <source>Renumber</source>
        <translation>Перенумеровать</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="106"/>
        <source>Number the delegation&apos;s proposals in their order (imported numbers stay)</source>
        <translation>Пронумеровать предложения делегации по порядку (импортированные номера сохраняются)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Edit</source>
        <translation>Редактировать</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Draft the selected proposal</source>
        <translation>Подготовить текст выбранного предложения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Action…</source>
        <translation>Действие…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Change the selected proposal&apos;s action</source>
        <translation>Изменить действие выбранного предложения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Base…</source>
        <translation>Основа…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Choose the text the selected proposal modifies</source>
        <translation>Выбрать текст, который изменяет выбранное предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Status…</source>
        <translation>Статус…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Record where the selected proposal stands</source>
        <translation>Записать статус выбранного предложения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete the selected proposal</source>
        <translation>Удалить выбранное предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="130"/>
        <source>ITU rules check</source>
        <translation>Проверка на соответствие правилам МСЭ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="118"/>
        <source>Export Word…</source>
        <translation>Экспорт в Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="120"/>
        <source>Compare proposals in Excel…</source>
        <translation>Сравнить предложения в Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="123"/>
        <source>Contribution:</source>
        <translation>Вклад:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="172"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="184"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="173"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="185"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n предложение</numerusform>
            <numerusform>%n предложения</numerusform>
            <numerusform>%n предложений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="253"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>Библиотека пуста: сначала импортируйте резолюции.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="258"/>
        <source>Resolution:</source>
        <translation>Резолюция:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="263"/>
        <source>Modify a resolution</source>
        <translation>Изменить резолюцию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="290"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}: выберите резолюцию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="327"/>
        <source>Change the action</source>
        <translation>Изменить действие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="328"/>
        <source>A {0} keeps the text as it is: the changes drafted in {1} will be lost. Change it?</source>
        <translation>Предложение {0} оставляет текст без изменений: изменения, подготовленные в {1}, будут потеряны. Изменить действие?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="345"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="364"/>
        <source>Base</source>
        <translation>Основа</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="345"/>
        <source>A draft new resolution modifies no text.</source>
        <translation>Проект новой резолюции не изменяет никакого текста.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <source>The library holds no text of {0}.</source>
        <translation>В библиотеке нет текста {0}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <source>Marked against:</source>
        <translation>Пометки относительно:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="366"/>
        <source>The library holds a later revision ({0}): a MOD is usually marked against the text in force.</source>
        <translation>В библиотеке есть более поздний пересмотр ({0}): предложение MOD обычно помечается относительно действующего текста.</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="377"/>
        <source>%n citation(s) updated: they show as tracked changes in the export.</source>
        <translation>
            <numerusform>Обновлена %n ссылка: в экспорте она видна как исправление.</numerusform>
            <numerusform>Обновлены %n ссылки: в экспорте они видны как исправления.</numerusform>
            <numerusform>Обновлено %n ссылок: в экспорте они видны как исправления.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="379"/>
        <source>Nothing to update: the library holds the later revision in another language only.</source>
        <translation>Обновлять нечего: более поздний пересмотр есть в библиотеке только на другом языке.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="406"/>
        <source>Delete proposal</source>
        <translation>Удалить предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="407"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>Удалить {0} {1}? Его текст и «Основания» будут потеряны.</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="36"/>
        <source>Proposal being drafted</source>
        <translation>Подготавливаемое предложение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="39"/>
        <source>Proposed text</source>
        <translation>Предлагаемый текст</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="46"/>
        <source>Revision marks</source>
        <translation>Пометки исправлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>Reasons</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="52"/>
        <source>Draft status</source>
        <translation>Состояние проекта</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="62"/>
        <source>Proposal:</source>
        <translation>Предложение:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="64"/>
        <source>Proposed text (edit here)</source>
        <translation>Предлагаемый текст (редактируйте здесь)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="65"/>
        <source>With revision marks</source>
        <translation>С пометками исправлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>Предложений пока нет: создайте предложение в разделе «Вклад» или «Библиотека».</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="163"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>Восстановлен текст, который вы вводили перед последним закрытием приложения.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="229"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>Приложение пока не может распознать текст как резолюцию: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="240"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="241"/>
        <source>%n words deleted</source>
        <translation>
            <numerusform>%n слово удалено</numerusform>
            <numerusform>%n слова удалено</numerusform>
            <numerusform>%n слов удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="241"/>
        <source>%n inserted</source>
        <translation>
            <numerusform>%n вставлено</numerusform>
            <numerusform>%n вставлено</numerusform>
            <numerusform>%n вставлено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="245"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>Чистый текст (для {0} пометки исправлений не используются)</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="66"/>
        <source>Send changes</source>
        <translation>Отправить изменения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <source>Colleague:</source>
        <translation>Коллега:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="68"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="100"/>
        <source>Delegate bundles (*.bundle)</source>
        <translation>Пакеты Delegate (*.bundle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="84"/>
        <source>%n change(s) written for {0}</source>
        <translation>
            <numerusform>%n изменение записано для {0}</numerusform>
            <numerusform>%n изменения записаны для {0}</numerusform>
            <numerusform>%n изменений записано для {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="87"/>
        <source>Writing the changes…</source>
        <translation>Запись изменений…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="99"/>
        <source>Receive changes</source>
        <translation>Получить изменения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="116"/>
        <source>This bundle was taken in already: nothing changed.</source>
        <translation>Этот пакет уже получен: ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="119"/>
        <source>From {0} ({1}): %n record(s) changed</source>
        <translation>
            <numerusform>От {0} ({1}): изменена %n запись</numerusform>
            <numerusform>От {0} ({1}): изменены %n записи</numerusform>
            <numerusform>От {0} ({1}): изменено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="122"/>
        <source>Conflicts: {0}</source>
        <translation>Конфликты: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="126"/>
        <source>Changes received</source>
        <translation>Полученные изменения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="131"/>
        <source>Taking the changes in…</source>
        <translation>Прием изменений…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="139"/>
        <source>Shared folder for the team</source>
        <translation>Общая папка команды</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="185"/>
        <source>Shared folder reached at {0}: %n record(s) changed</source>
        <translation>
            <numerusform>Связь с общей папкой в {0}: изменена %n запись</numerusform>
            <numerusform>Связь с общей папкой в {0}: изменены %n записи</numerusform>
            <numerusform>Связь с общей папкой в {0}: изменено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="188"/>
        <source>; conflicts: {0}</source>
        <translation>; конфликты: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="194"/>
        <source>Exchanging through the shared folder…</source>
        <translation>Обмен через общую папку…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="201"/>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="205"/>
        <source>Shared folder reached at {0}</source>
        <translation>Связь с общей папкой: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="207"/>
        <source>Shared folder not reached since {0}</source>
        <translation>Нет связи с общей папкой с {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="209"/>
        <source>Shared folder not reached</source>
        <translation>Нет связи с общей папкой</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="287"/>
        <source>Settling the conflict…</source>
        <translation>Урегулирование конфликта…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="10"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="11"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="14"/>
        <source>&amp;Contribution (Word)…</source>
        <translation>&amp;Вклад (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="15"/>
        <source>Con&amp;solidated text (Word)…</source>
        <translation>&amp;Сводный текст (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="16"/>
        <source>Co&amp;mpilation of proposals (Word)…</source>
        <translation>Сбор&amp;ник предложений (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="17"/>
        <source>Delegation &amp;brief (Word)…</source>
        <translation>&amp;Справка для делегации (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="18"/>
        <source>Comparison of &amp;proposals (Excel)…</source>
        <translation>Сравнение &amp;предложений (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="19"/>
        <source>Comparison of s&amp;ister resolutions (Excel)…</source>
        <translation>Сравнение &amp;родственных резолюций (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="20"/>
        <source>P&amp;ositions workbook (Excel)…</source>
        <translation>Книга &amp;позиций (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="65"/>
        <source>With revision marks against the text (tracked changes)</source>
        <translation>С пометками правки относительно текста (режим исправлений)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="67"/>
        <source>Underline and strike-through instead of tracked changes (for printing)</source>
        <translation>Подчеркивание и зачеркивание вместо режима исправлений (для печати)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="74"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="76"/>
        <source>Apply the proposals that are</source>
        <translation>Применить предложения со статусом</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="82"/>
        <source>Resolutions of</source>
        <translation>Резолюции органа</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="86"/>
        <source>Every priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="89"/>
        <source>Lowest priority shown</source>
        <translation>Самый низкий включаемый приоритет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="96"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="99"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="105"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="107"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="126"/>
        <source>Every body</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="203"/>
        <source>Open or start a contribution first.</source>
        <translation>Сначала откройте или создайте вклад.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="208"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>Библиотека пуста: сначала импортируйте резолюции.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="239"/>
        <source>Writing {0}…</source>
        <translation>Запись: {0}…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="265"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="271"/>
        <source>Export cancelled.</source>
        <translation>Экспорт отменен.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="284"/>
        <source>Choose the statuses of the proposals to apply.</source>
        <translation>Выберите статусы применяемых предложений.</translation>
    </message>
</context>
<context>
    <name>KeptBox</name>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="39"/>
        <source>Use what I typed</source>
        <translation>Взять введённое мной</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="40"/>
        <source>Keep the library&apos;s</source>
        <translation>Оставить значение библиотеки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="57"/>
        <source>What you typed, kept beside the library&apos;s values: {0}</source>
        <translation>Введённое вами, сохранённое рядом со значениями библиотеки: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="66"/>
        <source>This position was changed meanwhile by a workbook import or another window. The form shows the library&apos;s values again; what you typed ({0}) is kept beside them: choose below.</source>
        <translation>Эту позицию тем временем изменил импорт книги или другое окно. Форма снова показывает значения из библиотеки; введённое вами ({0}) сохранено рядом: выберите ниже.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="70"/>
        <source>This position was changed meanwhile by a workbook import or another window: what you typed was saved with their changes, which the form now shows.</source>
        <translation>Эту позицию тем временем изменил импорт книги или другое окно: введённое вами сохранено вместе с этими изменениями, которые теперь показывает форма.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="64"/>
        <source>edition not in force (since {0})</source>
        <translation>редакция не действует (с {0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="66"/>
        <source>taken from a draft</source>
        <translation>взято из проекта</translation>
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
        <location filename="../delegate_app/ui/library_view.py" line="68"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Resolution text</source>
        <translation>Текст резолюции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Compare with revision</source>
        <translation>Сравнить с редакцией</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="82"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="83"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>Показать изменения относительно выбранной редакции (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="90"/>
        <source>As amended</source>
        <translation>С изменениями</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="92"/>
        <source>The text with the adopted proposals stored on it applied, marked against it</source>
        <translation>Текст с внесенными принятыми предложениями, с пометками исправлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="109"/>
        <source>Revisions:</source>
        <translation>Редакции:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="138"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="147"/>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="152"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n текст в библиотеке</numerusform>
            <numerusform>%n текста в библиотеке</numerusform>
            <numerusform>%n текстов в библиотеке</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="233"/>
        <source>This text cannot be shown: {0}</source>
        <translation>Этот текст не может быть показан: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="266"/>
        <source>superseded by {0}</source>
        <translation>заменена редакцией {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="268"/>
        <source>abrogated</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="269"/>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="377"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n предложение</numerusform>
            <numerusform>%n предложения</numerusform>
            <numerusform>%n предложений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>As amended by the adopted proposals: {0}</source>
        <translation>С изменениями, внесенными принятыми предложениями: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="406"/>
        <source>Not applied, they compete: {0}</source>
        <translation>Не внесены, так как конкурируют: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="407"/>
        <source>Not applied: {0}</source>
        <translation>Не внесено: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Put in force</source>
        <translation>Ввести в действие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="99"/>
        <source>Make this edition the library&apos;s text of its revision; the text in force now is kept beside it as an edition</source>
        <translation>Сделать эту редакцию текстом библиотеки для её пересмотра; действующий текст сохраняется рядом как редакция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="249"/>
        <source>edition not in force (since {0})</source>
        <translation>редакция не действует (с {0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="321"/>
        <source>Put this edition in force</source>
        <translation>Ввести эту редакцию в действие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="340"/>
        <source>In force: {0}; the wording in force before is kept beside it as an edition</source>
        <translation>Действует: {0}; прежняя действующая формулировка сохранена рядом как редакция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="345"/>
        <source>Putting the edition in force…</source>
        <translation>Ввод редакции в действие…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="89"/>
        <location filename="../delegate_app/ui/main_window.py" line="92"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
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
        <location filename="../delegate_app/ui/main_window.py" line="108"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="44"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="81"/>
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="83"/>
        <source>Load s&amp;ample library…</source>
        <translation>Загрузить о&amp;бразцы…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="85"/>
        <source>Add the 54 resolutions of the PP-18 Final Acts (Dubai, 2018) to the library</source>
        <translation>Добавить в библиотеку 54 резолюции Заключительных актов ПК-18 (Дубай, 2018 г.)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="45"/>
        <source>&amp;New contribution</source>
        <translation>&amp;Создать вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="46"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>Новое предложение &amp;MOD к выбранной резолюции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="48"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>Экспорт вклада в &amp;Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="49"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>Экспорт сравнения в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="88"/>
        <source>Send &amp;changes…</source>
        <translation>&amp;Отправить изменения…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="90"/>
        <source>Write the changes a colleague has not been sent yet into a file</source>
        <translation>Записать в файл изменения, еще не отправленные коллеге</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="93"/>
        <source>Recei&amp;ve changes…</source>
        <translation>&amp;Получить изменения…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="95"/>
        <source>Take in a file of changes from a colleague</source>
        <translation>Принять файл изменений от коллеги</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="98"/>
        <source>Co&amp;nflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="100"/>
        <source>The fields you and a colleague both changed</source>
        <translation>Поля, измененные и вами, и коллегой</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="103"/>
        <source>S&amp;ync with shared folder now</source>
        <translation>С&amp;инхронизировать с общей папкой сейчас</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="105"/>
        <source>Take in the team&apos;s changes from the shared folder and put yours there</source>
        <translation>Получить изменения команды из общей папки и положить туда свои</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="108"/>
        <source>C&amp;hoose shared folder…</source>
        <translation>В&amp;ыбрать общую папку…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="110"/>
        <source>The folder the team exchanges through (a network share or a synced folder)</source>
        <translation>Папка, через которую обменивается команда (сетевой ресурс или синхронизируемая папка)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="53"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="128"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="136"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="138"/>
        <source>Save view as P&amp;DF…</source>
        <translation>Сохранить вид в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="142"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Открыть недавние</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="54"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="148"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="149"/>
        <source>&amp;Find in library</source>
        <translation>&amp;Найти в библиотеке</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="152"/>
        <source>Re&amp;concile with the adopted text…</source>
        <translation>Сверить с при&amp;нятым текстом…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="154"/>
        <source>Which stored proposals the text selected in the Library took</source>
        <translation>Какие сохранённые предложения учтены в тексте, выбранном в Библиотеке</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="55"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="159"/>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="160"/>
        <source>&amp;Positions</source>
        <translation>&amp;Позиции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="161"/>
        <source>&amp;Draft</source>
        <translation>Пр&amp;оект</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="162"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Вклад</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="167"/>
        <source>The day&apos;s &amp;board</source>
        <translation>&amp;Табло дня</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="56"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="172"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="173"/>
        <source>&amp;About {0}</source>
        <translation>&amp;О программе {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="61"/>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="379"/>
        <source>Something went wrong ({0}). The details are in the log: {1}</source>
        <translation>Что-то пошло не так ({0}). Подробности в журнале: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="441"/>
        <source>The library was replaced (a backup was restored, or another program changed the file); the window now shows it.</source>
        <translation>Библиотека была заменена (восстановлена резервная копия или другая программа изменила файл); теперь окно показывает её.</translation>
    </message>
</context>
<context>
    <name>PositionSheets</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="30"/>
        <source>Export positions</source>
        <translation>Экспорт позиций</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="32"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="64"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="46"/>
        <source>Wrote {0}</source>
        <translation>Файл сохранён: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="48"/>
        <source>Writing the positions workbook…</source>
        <translation>Запись книги позиций…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="63"/>
        <source>Import positions</source>
        <translation>Импорт позиций</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="95"/>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="96"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="97"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="98"/>
        <source>conflict</source>
        <translation>в конфликте</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="99"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="105"/>
        <source>Positions imported</source>
        <translation>Позиции импортированы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="75"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="86"/>
        <source>Importing positions…</source>
        <translation>Импорт позиций…</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="78"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="79"/>
        <source>Provision</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <source>Stance</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="81"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="82"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="83"/>
        <source>Regional alignment</source>
        <translation>Позиции регионов</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="84"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="156"/>
        <location filename="../delegate_app/ui/positions_view.py" line="157"/>
        <source>Filter positions</source>
        <translation>Фильтр позиций</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="160"/>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="186"/>
        <source>{0} stance</source>
        <translation>Позиция {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="210"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="211"/>
        <source>The positions as a workbook to send for comments</source>
        <translation>Позиции в книге Excel для рассылки на отзыв</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="213"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="214"/>
        <source>Take back a positions workbook edited by a colleague</source>
        <translation>Загрузить книгу позиций, отредактированную коллегой</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="220"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="221"/>
        <source>Provision</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="222"/>
        <source>Stance</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="223"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="224"/>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="225"/>
        <source>Talking points</source>
        <translation>Тезисы для выступлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="227"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="207"/>
        <source>Save position</source>
        <translation>Сохранить позицию</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="226"/>
        <source>Regional groups</source>
        <translation>Региональные группы</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="294"/>
        <source>(whole resolution)</source>
        <translation>(вся резолюция)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>Save view as PDF</source>
        <translation>Сохранить вид в PDF</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="99"/>
        <source>Wrote {0}</source>
        <translation>Записан файл {0}</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="58"/>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="59"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="60"/>
        <source>low</source>
        <translation>низкий</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Acts on</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="55"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
</context>
<context>
    <name>ReconcileOffer</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/reconcile_offer.py" line="69"/>
        <source>{0} was imported: it can be reconciled with %n stored proposal(s) drafted from an earlier text.</source>
        <translation>
            <numerusform>Импортирован текст {0}: его можно сверить с %n сохранённым предложением, подготовленным на основе более раннего текста.</numerusform>
            <numerusform>Импортирован текст {0}: его можно сверить с %n сохранёнными предложениями, подготовленными на основе более раннего текста.</numerusform>
            <numerusform>Импортирован текст {0}: его можно сверить с %n сохранёнными предложениями, подготовленными на основе более раннего текста.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="19"/>
        <source>The header does not give the {0}.</source>
        <translation>В заголовке не указано: {0}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="20"/>
        <source>The document number {0} is not in a form ITU writes: give it as “Document 25-E”, “Addendum 2 to Document 25-E” or “Document PP26/25-E”.</source>
        <translation>Номер документа {0} записан не в той форме, в которой его пишет МСЭ: укажите его как “Document 25-E”, “Addendum 2 to Document 25-E” или “Document PP26/25-E”.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="25"/>
        <source>The contribution has no proposals.</source>
        <translation>Вклад не содержит предложений.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="26"/>
        <source>The number {0} is used by more than one proposal.</source>
        <translation>Номер {0} используется более чем в одном предложении.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="27"/>
        <source>{0} is both modified ({1}) and kept unchanged ({2}) in this contribution: propose one or the other.</source>
        <translation>{0} в этом вкладе одновременно изменяется ({1}) и остается без изменений ({2}): предложите что-то одно.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="31"/>
        <source>The proposal has no number.</source>
        <translation>У предложения нет номера.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="32"/>
        <source>The number {0} is a placeholder: give the document number in the header and the delegation&apos;s code in Settings, then Renumber.</source>
        <translation>Номер {0} временный: укажите номер документа в заголовке и код делегации в настройках, затем перенумеруйте.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="37"/>
        <source>The proposal gives no Reasons.</source>
        <translation>В предложении не указаны основания.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="38"/>
        <source>The proposal names no resolution.</source>
        <translation>В предложении не названа резолюция.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="39"/>
        <source>Text is deleted inside paragraph {0}: that is a MOD, not a SUP (SUP suppresses the whole resolution).</source>
        <translation>Текст удален внутри пункта {0}: это предложение MOD, а не SUP (SUP исключает всю резолюцию).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="43"/>
        <source>The MOD changes nothing; a proposal to keep a text unchanged is a NOC.</source>
        <translation>Предложение MOD ничего не изменяет; предложение оставить текст без изменений — это NOC.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="46"/>
        <source>An ADD is clean new text; changes to an existing text are a MOD.</source>
        <translation>Предложение ADD — это новый текст без пометок; изменения существующего текста — это MOD.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="49"/>
        <source>{0} cites {1}, but the library holds {2}.</source>
        <translation>{0} ссылается на {1}, но в библиотеке есть {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="50"/>
        <source>The MOD is marked against {0}, but the library holds a later revision, {1}.</source>
        <translation>Предложение MOD помечено относительно {0}, но в библиотеке есть более поздний пересмотр, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="53"/>
        <source>The text the MOD modifies, {0}, is not in the library: import it (the Word export needs it).</source>
        <translation>Текста, который изменяет предложение MOD, {0}, нет в библиотеке: импортируйте его (он нужен для экспорта в Word).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="56"/>
        <source>The contribution is dated {0}, after the deadline for {1} at {2}, {3} ({4}).</source>
        <translation>Вклад датирован {0}, позже срока для «{1}» на {2}: {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="59"/>
        <source>The contribution runs to about {0} pages; {1} asks for at most {2}.</source>
        <translation>Объём вклада около {0} страниц; {1} просит не более {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="62"/>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="63"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="64"/>
        <source>original language</source>
        <translation>язык оригинала</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="65"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="66"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="69"/>
        <source>proposals to amend the Constitution or the Convention</source>
        <translation>предложений о поправках к Уставу или Конвенции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="72"/>
        <source>all other proposals</source>
        <translation>всех прочих предложений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="73"/>
        <source>proposals</source>
        <translation>предложений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="74"/>
        <source>contributions</source>
        <translation>вкладов</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="75"/>
        <source>contributions (set for the session by the secretariat)</source>
        <translation>вкладов (установлен секретариатом для сессии)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="79"/>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="80"/>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="116"/>
        <source>ITU rules check</source>
        <translation>Проверка на соответствие правилам МСЭ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="121"/>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="122"/>
        <source>Cite the newest revisions in the library in this proposal</source>
        <translation>Ссылаться в этом предложении на самые новые пересмотры из библиотеки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="125"/>
        <source>Go to</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="126"/>
        <source>Show the proposal the finding is about</source>
        <translation>Показать предложение, к которому относится замечание</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="136"/>
        <source>No contribution is open: start a new one.</source>
        <translation>Нет открытого вклада: создайте новый.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="138"/>
        <source>✓ No problems found.</source>
        <translation>✓ Проблем не обнаружено.</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="209"/>
        <source>positions</source>
        <translation>позиции</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="210"/>
        <source>Recovered changes that were not saved when Delegate last closed: {0}</source>
        <translation>Восстановлены изменения, не сохранённые при последнем закрытии Delegate: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="213"/>
        <source>Some had been made on a version that was changed since, in another window: they are kept as copies beside it, nothing was written over the newer one ({0}).</source>
        <translation>Некоторые из них были сделаны в версии, которую с тех пор изменили в другом окне: они сохранены как копии рядом с ней, более новая версия не перезаписана ({0}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="224"/>
        <source>{0} was changed in another window after you deleted it here: it was kept.</source>
        <translation>{0} изменили в другом окне после того, как вы удалили это здесь: оно сохранено.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="227"/>
        <source>{0} was changed in another window meanwhile: what you typed is kept in a copy of the contribution, which stays open; the other is in the list.</source>
        <translation>{0} тем временем изменили в другом окне: введённое вами сохранено в копии вклада, которая остаётся открытой; другой вклад есть в списке.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="232"/>
        <source>Another window saved {0} meanwhile: what you typed is kept as a copy, which you go on typing in, and its version is right after it.</source>
        <translation>Тем временем другое окно сохранило {0}: введённое вами сохранено как копия, в которой вы продолжаете печатать, а его версия идёт сразу после неё.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="90"/>
        <source>The library is damaged: {0}. What can still be read is shown. To repair it, {1}.</source>
        <translation>Библиотека повреждена: {0}. Показано то, что ещё можно прочитать. Чтобы восстановить её, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="55"/>
        <source>The library is damaged: {0}. Delegate writes nothing more into it; what you type is kept and saved once it is repaired. To repair it, {1}.</source>
        <translation>Библиотека повреждена: {0}. Delegate больше ничего в неё не записывает; то, что вы вводите, сохраняется и будет записано после её восстановления. Чтобы восстановить её, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="117"/>
        <source>Today&apos;s backup of the library could not be made: {0}</source>
        <translation>Не удалось сделать сегодняшнюю резервную копию библиотеки: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="123"/>
        <source>Backed up the library to {0}</source>
        <translation>Резервная копия библиотеки сохранена в {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="184"/>
        <source>Save a copy of the contribution</source>
        <translation>Сохранить копию вклада</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="186"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="56"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="57"/>
        <source>Try again now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="26"/>
        <source>Your changes are not saved yet: the library is being used by another program. Delegate will keep trying.</source>
        <translation>Ваши изменения ещё не сохранены: библиотека используется другой программой. Delegate продолжит попытки.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="30"/>
        <source>Your changes are not saved yet: the disk is full. Free some space; Delegate will keep trying.</source>
        <translation>Ваши изменения ещё не сохранены: диск заполнен. Освободите место; Delegate продолжит попытки.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="34"/>
        <source>Your changes cannot be saved: the library is read-only (its file, folder or disk). They are kept and will be saved when it can be written.</source>
        <translation>Ваши изменения нельзя сохранить: библиотека доступна только для чтения (файл, папка или диск). Они сохранены и будут записаны, когда запись станет возможной.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="40"/>
        <source>Your changes are not saved yet: the library file is gone (moved or deleted). Delegate will keep trying.</source>
        <translation>Ваши изменения ещё не сохранены: файл библиотеки исчез (перемещён или удалён). Delegate продолжит попытки.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="44"/>
        <source>Your changes are not saved yet: the library is damaged. Restore a backup; your changes are kept.</source>
        <translation>Ваши изменения ещё не сохранены: библиотека повреждена. Восстановите резервную копию; ваши изменения сохранены.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="75"/>
        <source>Your changes are not saved yet: {0}. Delegate will keep trying.</source>
        <translation>Ваши изменения ещё не сохранены: {0}. Delegate продолжит попытки.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="22"/>
        <source>The library was replaced while Delegate was open; your changes wait until you choose what to keep.</source>
        <translation>Библиотека была заменена, пока Delegate был открыт; ваши изменения ждут, пока вы выберете, что сохранить.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="79"/>
        <source>They are only in memory: they could not be written to disk either ({0}).</source>
        <translation>Они только в памяти: записать их на диск тоже не удалось ({0}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="96"/>
        <source>This library is read-only: you can read and search it, and what you draft is kept, but it cannot be saved into the library until it can be written.</source>
        <translation>Эта библиотека доступна только для чтения: её можно читать и искать в ней, а то, что вы готовите, сохраняется, но записать это в библиотеку можно будет только когда запись станет возможной.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="47"/>
        <source>Author of tracked changes</source>
        <translation>Автор пометок исправлений</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="50"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>Код источника в номерах предложений (например, RCC, ACP, EUR)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="53"/>
        <source>Source line of new contributions</source>
        <translation>Строка «Источник» для новых вкладов</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>Original language</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="60"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="69"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="73"/>
        <source>Interface language (applied on the next start)</source>
        <translation>Язык интерфейса (применяется при следующем запуске)</translation>
    </message>
</context>
<context>
    <name>SheetReport</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="132"/>
        <source>Changed both in the library and in the sheet since the export: the library&apos;s value was kept. Tick those to take from the sheet.</source>
        <translation>Изменены и в библиотеке, и в таблице после экспорта: сохранено значение библиотеки. Отметьте те, которые нужно взять из таблицы.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="140"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="142"/>
        <source>Row {0}, {1}, {2}: library {3}, sheet {4}</source>
        <translation>Строка {0}, {1}, {2}: библиотека {3}, таблица {4}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="151"/>
        <source>Take the ticked values from the sheet</source>
        <translation>Взять отмеченные значения из таблицы</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="51"/>
        <source>support</source>
        <translation>поддержка</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="52"/>
        <source>support with changes</source>
        <translation>поддержка с изменениями</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="53"/>
        <source>neutral</source>
        <translation>нейтральная</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="54"/>
        <source>oppose</source>
        <translation>против</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="55"/>
        <source>undecided</source>
        <translation>не определена</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="29"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="30"/>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="31"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="32"/>
        <source>Adopted with modifications</source>
        <translation>Принято с изменениями</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="33"/>
        <source>Not adopted</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="35"/>
        <source>Noted</source>
        <translation>Принято к сведению</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="36"/>
        <source>Suppressed</source>
        <translation>Исключено</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="98"/>
        <source>Status of {0}</source>
        <translation>Статус {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="100"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="116"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="110"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="118"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="111"/>
        <source>e.g. the committee document</source>
        <translation>например, документ комитета</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="117"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="17"/>
        <source>Task progress</source>
        <translation>Ход выполнения задачи</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="20"/>
        <source>Cancel the running task</source>
        <translation>Отменить выполняемую задачу</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="36"/>
        <source>Import resolutions and contributions</source>
        <translation>Импорт резолюций и вкладов</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="37"/>
        <source>ITU texts (*.docx *.pdf *.txt *.md)</source>
        <translation>Тексты МСЭ (*.docx *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="45"/>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="58"/>
        <source>This installation has no sample library.</source>
        <translation>В этой установке нет библиотеки образцов.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Reading {0}</source>
        <translation>Чтение {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Storing…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Recognised</source>
        <translation>Распознано</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Not recognised</source>
        <translation>Не распознано</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/transfers.py" line="99"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Импортирован %n файл</numerusform>
            <numerusform>Импортировано %n файла</numerusform>
            <numerusform>Импортировано %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="100"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="107"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="119"/>
        <source>Open or start a contribution first.</source>
        <translation>Сначала откройте или создайте вклад.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="130"/>
        <location filename="../delegate_app/ui/transfers.py" line="186"/>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="132"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="160"/>
        <source>Proposal {0} modifies {1}, which is not in the library. Import that text, or mark the proposal against another version of the resolution.</source>
        <translation>Предложение {0} изменяет {1}, которого нет в библиотеке. Импортируйте этот текст или отметьте изменения относительно другой версии резолюции.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="170"/>
        <source>Writing the Word document…</source>
        <translation>Запись документа Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="187"/>
        <source>A secretariat would send this document back:
{0}

Export it all the same?</source>
        <translation>Секретариат вернул бы этот документ:
{0}

Все равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="206"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>Для сравнения требуется предложение MOD с исходным текстом.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="215"/>
        <source>Export comparison to Excel</source>
        <translation>Экспорт сравнения в Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="217"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="232"/>
        <source>Writing the comparison workbook…</source>
        <translation>Запись книги сравнения…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="257"/>
        <location filename="../delegate_app/ui/transfers.py" line="267"/>
        <source>Wrote {0}</source>
        <translation>Файл сохранён: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="268"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="269"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="95"/>
        <source>Edition added: {0} differs from the stored text of that revision, which stays in force; its wording is kept beside it as an edition (in the Library, select it and choose Put in force)</source>
        <translation>Добавлена редакция: {0} отличается от сохранённого текста этого пересмотра, который остаётся в действии; её формулировка сохранена рядом как редакция (в Библиотеке выберите её и нажмите «Ввести в действие»)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="89"/>
        <source>About {0}</source>
        <translation>О программе {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="90"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Настольное рабочее место для делегаций на конференциях МСЭ: резолюции и их редакции, позиции, предложения с пометками исправлений в Word и сравнительные таблицы.&lt;/p&gt;&lt;p&gt;Работает полностью автономно; ваша библиотека хранится только на этом компьютере.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="108"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>Не удаётся открыть библиотеку:

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/upgrading.py" line="36"/>
        <source>Bringing the library up to date for this version of {0}…

A copy of it as it was is kept beside it.</source>
        <translation>Библиотека обновляется для этой версии {0}…

Копия библиотеки в прежнем виде сохраняется рядом с ней.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="157"/>
        <source>Some of your changes are not saved in the library yet.</source>
        <translation>Некоторые ваши изменения ещё не сохранены в библиотеке.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="158"/>
        <source>If you quit, Delegate keeps them and saves them when it next starts.</source>
        <translation>Если вы выйдете, Delegate сохранит их и запишет при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="162"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="163"/>
        <source>Save a copy as…</source>
        <translation>Сохранить копию как…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="165"/>
        <source>Quit and keep my changes for next start</source>
        <translation>Выйти и сохранить изменения до следующего запуска</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="167"/>
        <source>Quit and lose my changes</source>
        <translation>Выйти, потеряв изменения</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="185"/>
        <source>The library was replaced while Delegate was open (a backup was restored, or another program changed the file).</source>
        <translation>Библиотека была заменена, пока Delegate был открыт (восстановлена резервная копия или другая программа изменила файл).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="192"/>
        <source>The contribution you have open, “{0}”, is not the same in the restored library. Keep yours in the restored library, or use the restored one (yours is then kept as a copy)?</source>
        <translation>Открытый вами вклад «{0}» в восстановленной библиотеке другой. Сохранить ваш вариант в восстановленной библиотеке или использовать восстановленный (ваш тогда сохранится как копия)?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="196"/>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="198"/>
        <source>Keep mine</source>
        <translation>Оставить мой</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="199"/>
        <source>Use the restored one</source>
        <translation>Использовать восстановленный</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="217"/>
        <source>The text a MOD modifies is missing</source>
        <translation>Отсутствует текст, изменяемый предложением MOD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="222"/>
        <source>Version to mark the MOD against</source>
        <translation>Версия, относительно которой отмечать изменения MOD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="227"/>
        <source>Import the text…</source>
        <translation>Импортировать текст…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="232"/>
        <source>Mark against the chosen version</source>
        <translation>Отметить относительно выбранной версии</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="240"/>
        <source>Or mark it against another version:</source>
        <translation>Или отметить относительно другой версии:</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="113"/>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
</context>
</TS>
