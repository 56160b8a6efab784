<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Board</name>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="60"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="61"/>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="62"/>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="63"/>
        <source>Adopted with modifications</source>
        <translation>Adoptado con modificaciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="64"/>
        <source>Not adopted</source>
        <translation>No adoptado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="65"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="66"/>
        <source>Noted</source>
        <translation>Se tomó nota</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="67"/>
        <source>Suppressed</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="20"/>
        <location filename="../delegate_app/ui/board_view.py" line="88"/>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="33"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="34"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="35"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="36"/>
        <source>Opens</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="37"/>
        <source>Closes</source>
        <translation>Clausura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="38"/>
        <source>Deadline (Council)</source>
        <translation>Plazo (Consejo)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="62"/>
        <location filename="../delegate_app/ui/board_view.py" line="90"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="91"/>
        <source>&amp;Add agenda item…</source>
        <translation>&amp;Añadir un punto del orden del día…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="92"/>
        <source>&amp;Conference…</source>
        <translation>&amp;Conferencia…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="93"/>
        <source>Record a conference, or change its dates and place</source>
        <translation>Registrar una conferencia, o cambiar sus fechas y lugar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="94"/>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Importar el orden del día…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="95"/>
        <source>&amp;Remove agenda item…</source>
        <translation>&amp;Retirar punto del orden del día…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="96"/>
        <source>Take the selected item off the agenda, for the team too</source>
        <translation>Retirar el punto seleccionado del orden del día, también para el equipo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="97"/>
        <source>&amp;Support…</source>
        <translation>A&amp;poyo…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="99"/>
        <source>Who supports the selected proposal&apos;s common proposal (or the open contribution)</source>
        <translation>Quién apoya la propuesta común de la propuesta seleccionada (o la contribución abierta)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="102"/>
        <source>Conference:</source>
        <translation>Conferencia:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="104"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Agenda item / proposal</source>
        <translation>Punto del orden del día / propuesta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="118"/>
        <source>Our position</source>
        <translation>Nuestra posición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="124"/>
        <source>Keys on a proposal: A adopted, M adopted with modifications, N not adopted, W withdrawn</source>
        <translation>Teclas sobre una propuesta: A adoptado, M adoptado con modificaciones, N no adoptado, W retirado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="214"/>
        <source>{0} closes ({1}) before it opens ({2}): set its dates again with Conference…</source>
        <translation>{0} termina ({1}) antes de abrirse ({2}): vuelva a fijar sus fechas con Conferencia…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="232"/>
        <location filename="../delegate_app/ui/board_view.py" line="361"/>
        <source>(no meeting)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="280"/>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="281"/>
        <source>No position recorded on this item.</source>
        <translation>No hay posición registrada sobre este punto.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="282"/>
        <source>Talking points</source>
        <translation>Argumentos clave</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="283"/>
        <source>Regional stances</source>
        <translation>Posturas regionales</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="302"/>
        <source>Our proposals: {0}; others&apos;: {1}</source>
        <translation>Nuestras propuestas: {0}; las de otros: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="311"/>
        <source>Choose a proposal to set its status.</source>
        <translation>Elija una propuesta para fijar su estado.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="327"/>
        <source>Setting the status…</source>
        <translation>Fijando el estado…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="344"/>
        <source>Adding the agenda item…</source>
        <translation>Añadiendo el punto del orden del día…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="353"/>
        <source>Choose an agenda item to remove it.</source>
        <translation>Elija un punto del orden del día para retirarlo.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="359"/>
        <source>Remove agenda item</source>
        <translation>Retirar punto del orden del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="360"/>
        <source>Take “{0}” ({1}, {2}) off the agenda, for the whole team?</source>
        <translation>¿Retirar «{0}» ({1}, {2}) del orden del día, para todo el equipo?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="373"/>
        <source>Removing the agenda item…</source>
        <translation>Retirando el punto del orden del día…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="418"/>
        <source>Saving the conference…</source>
        <translation>Guardando la conferencia…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="428"/>
        <source>Import agenda</source>
        <translation>Importar el orden del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="429"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="441"/>
        <source>{0} agenda item(s) added</source>
        <translation>{0} punto(s) del orden del día añadido(s)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="444"/>
        <source>Importing the agenda…</source>
        <translation>Importando el orden del día…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="56"/>
        <source>Add agenda item</source>
        <translation>Añadir un punto del orden del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="63"/>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="64"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="65"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="456"/>
        <location filename="../delegate_app/ui/board_view.py" line="457"/>
        <source>Board</source>
        <translation>Tablero del día</translation>
    </message>
</context>
<context>
    <name>CompetingDialog</name>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="19"/>
        <source>Proposals on {0}</source>
        <translation>Propuestas sobre {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="30"/>
        <source>Competing proposals</source>
        <translation>Propuestas concurrentes</translation>
    </message>
</context>
<context>
    <name>Conference</name>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="38"/>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="39"/>
        <source>Adopted with modifications</source>
        <translation>Adoptado con modificaciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="40"/>
        <source>Not adopted</source>
        <translation>No adoptado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="46"/>
        <source>as proposed</source>
        <translation>tal como se propuso</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="47"/>
        <source>with other wording</source>
        <translation>con otra redacción</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="48"/>
        <source>not taken</source>
        <translation>no retenido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="115"/>
        <source>Next deadline: {0}, {1} ({2})</source>
        <translation>Próximo plazo: {0}, {1} ({2})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="134"/>
        <source>Common proposal: {0} signed, {1} supporting, {2} not supporting</source>
        <translation>Propuesta común: {0} firmantes, {1} a favor, {2} en contra</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="145"/>
        <source>signed</source>
        <translation>firmante</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="146"/>
        <source>supports</source>
        <translation>apoya</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="147"/>
        <source>does not support</source>
        <translation>no apoya</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="159"/>
        <source>Support of the common proposal</source>
        <translation>Apoyo a la propuesta común</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="166"/>
        <source>Stances</source>
        <translation>Posturas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="169"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="170"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="171"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="176"/>
        <source>&amp;Remove stance…</source>
        <translation>&amp;Retirar la postura…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="189"/>
        <source>Contribution {0}: stances recorded: {1}</source>
        <translation>Contribución {0}: posturas registradas: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="216"/>
        <source>Remove stance</source>
        <translation>Retirar la postura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="217"/>
        <source>Withdraw the stance of {0} on this common proposal, for the whole team?</source>
        <translation>¿Retirar la postura de {0} sobre esta propuesta común, para todo el equipo?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="233"/>
        <source>Withdrawing the stance…</source>
        <translation>Retirando la postura…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="245"/>
        <source>Choose a proposal on the board, or open a contribution, to see its support.</source>
        <translation>Elija una propuesta en el tablero, o abra una contribución, para ver su apoyo.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="290"/>
        <source>Reconcile with the adopted text</source>
        <translation>Cotejar con el texto adoptado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="293"/>
        <source>{0}: {1} proposal(s); the statuses would be dated {2}.</source>
        <translation>{0}: {1} propuesta(s); los estados llevarían la fecha {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="302"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="303"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="304"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="305"/>
        <source>Provision</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="306"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="326"/>
        <source>not reconciled</source>
        <translation>no cotejado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="330"/>
        <source>Proposed and adopted wording</source>
        <translation>Redacción propuesta y adoptada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="334"/>
        <source>&amp;Set statuses…</source>
        <translation>&amp;Fijar los estados…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="345"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="346"/>
        <source>Adopted text</source>
        <translation>Texto adoptado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="377"/>
        <source>Select the adopted text in the Library first.</source>
        <translation>Seleccione primero el texto adoptado en la Biblioteca.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="394"/>
        <source>Reconciling with the adopted text…</source>
        <translation>Cotejando con el texto adoptado…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="406"/>
        <source>Set statuses</source>
        <translation>Fijar los estados</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="407"/>
        <source>Set the status of {0} proposal(s) as listed, dated {1}?</source>
        <translation>¿Fijar el estado de {0} propuesta(s) como se indica, con fecha {1}?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="440"/>
        <source>{0} status(es) set, dated {1}</source>
        <translation>{0} estado(s) fijado(s), con fecha {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="445"/>
        <source>Setting the statuses…</source>
        <translation>Fijando los estados…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="46"/>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Cotejar…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="48"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="123"/>
        <source>Could not look for proposals to reconcile: {0}</source>
        <translation>No se pudieron buscar las propuestas que cotejar: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="20"/>
        <source>CS 224, CV 519</source>
        <translation>número 224 de la Constitución, número 519 del Convenio</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="21"/>
        <source>General Rules No. 40</source>
        <translation>Reglas generales, número 40</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="22"/>
        <source>Resolution 165 (Rev. Dubai, 2018)</source>
        <translation>Resolución 165 (Rev. Dubái, 2018)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="23"/>
        <source>Resolution 165 (Rev. Dubai, 2018); WTSA Resolution 1, considering f)</source>
        <translation>Resolución 165 (Rev. Dubái, 2018); Resolución 1 de la AMNT, considerando f)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="26"/>
        <source>Resolution 165 (Rev. Dubai, 2018) (inferred: Resolution ITU-R 1 sets none of its own)</source>
        <translation>Resolución 165 (Rev. Dubái, 2018) (por deducción: la Resolución UIT-R 1 no fija ninguno)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="29"/>
        <source>set by the Council secretariat</source>
        <translation>fijado por la secretaría del Consejo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="32"/>
        <source>drafted from the adopted text itself</source>
        <translation>redactada a partir del propio texto adoptado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="33"/>
        <source>the text it acts on is not in the library</source>
        <translation>el texto al que se refiere no está en la biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="34"/>
        <source>in another language ({0})</source>
        <translation>en otro idioma ({0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="35"/>
        <source>drafted from {0}, not older than the adopted text</source>
        <translation>redactada a partir de {0}, que no es anterior al texto adoptado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="70"/>
        <source>{0} Resolution {1}</source>
        <translation>Resolución {1} ({0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="71"/>
        <source>Resolution {0}</source>
        <translation>Resolución {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="179"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="192"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="183"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="37"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="184"/>
        <source>ITU number</source>
        <translation>Número UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="28"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="29"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="30"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="31"/>
        <source>Talking points</source>
        <translation>Puntos de intervención</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="32"/>
        <source>Regional alignment</source>
        <translation>Alineación regional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="33"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="34"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="35"/>
        <source>Place in the contribution</source>
        <translation>Lugar en la contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="36"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="38"/>
        <source>Numbered by Delegate</source>
        <translation>Numerada por Delegate</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="39"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="40"/>
        <source>Status date</source>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="41"/>
        <source>Status note</source>
        <translation>Nota sobre el estado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="42"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="43"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="44"/>
        <source>Base text</source>
        <translation>Texto de base</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="45"/>
        <source>Front matter</source>
        <translation>Encabezamiento</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="46"/>
        <source>Deleted or kept</source>
        <translation>Suprimido o conservado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="47"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="48"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="49"/>
        <source>Opens</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="50"/>
        <source>Closes</source>
        <translation>Clausura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="51"/>
        <source>Deadline (Council)</source>
        <translation>Plazo (Consejo)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="52"/>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="53"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="54"/>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="55"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="56"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="57"/>
        <source>Place among the day&apos;s items</source>
        <translation>Lugar entre los puntos del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="58"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="61"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="62"/>
        <source>submitted</source>
        <translation>presentada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="63"/>
        <source>adopted</source>
        <translation>adoptada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="64"/>
        <source>adopted with modifications</source>
        <translation>adoptada con modificaciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="65"/>
        <source>not adopted</source>
        <translation>no adoptada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="66"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="67"/>
        <source>noted</source>
        <translation>tomada en consideración</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="68"/>
        <source>suppressed</source>
        <translation>suprimida</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>deleted</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="139"/>
        <source>whole resolution</source>
        <translation>resolución completa</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="141"/>
        <source>{0} Resolution {1}, {2}</source>
        <translation>Resolución {1} ({0}), {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="142"/>
        <source>Resolution {0}, {1}</source>
        <translation>Resolución {0}, {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="146"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="149"/>
        <source>Contribution {0}</source>
        <translation>Contribución {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="151"/>
        <source>Conference {0}</source>
        <translation>Conferencia {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="153"/>
        <source>Conference {0}, document {1}</source>
        <translation>Conferencia {0}, documento {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="159"/>
        <source>{0} agenda, {1}, {2}: {3}</source>
        <translation>Orden del día de {0}, {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="162"/>
        <source>{0} agenda, {1}: {2}</source>
        <translation>Orden del día de {0}, {1}: {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="164"/>
        <source>Support of {0} by {1}</source>
        <translation>Apoyo de {1} a {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="185"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="186"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="255"/>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="187"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="256"/>
        <source>Theirs</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="188"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="189"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="198"/>
        <source>The values side by side</source>
        <translation>Los valores lado a lado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="202"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="203"/>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="204"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="272"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="35"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="36"/>
        <source>Committee or agenda item</source>
        <translation>Comisión o punto del orden del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="37"/>
        <source>Document number</source>
        <translation>Número del documento</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="38"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="39"/>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="40"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="41"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>New contribution</source>
        <translation>Nueva contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="127"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="79"/>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
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
        <translation>Idioma de la contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="84"/>
        <source>Show proposals with the status</source>
        <translation>Mostrar las propuestas con el estado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="85"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="91"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>Modificar una resolución de la biblioteca (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>(MOD)…</source>
        <translation>(MOD)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>An editorial modification of a resolution</source>
        <translation>Una modificación de forma de una resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>A draft new resolution</source>
        <translation>Proyecto de nueva resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>Suppress a resolution</source>
        <translation>Suprimir una resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>No change</source>
        <translation>Sin modificación</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Move up (renumbers)</source>
        <translation>Mover hacia arriba (renumera)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Move down (renumbers)</source>
        <translation>Mover hacia abajo (renumera)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="104"/>
        <source>Renumber</source>
        <translation>Renumerar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="106"/>
        <source>Number the delegation&apos;s proposals in their order (imported numbers stay)</source>
        <translation>Numerar las propuestas de la delegación en su orden (los números importados se mantienen)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Draft the selected proposal</source>
        <translation>Redactar la propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Action…</source>
        <translation>Acción…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Change the selected proposal&apos;s action</source>
        <translation>Cambiar la acción de la propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Base…</source>
        <translation>Base…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Choose the text the selected proposal modifies</source>
        <translation>Elegir el texto que modifica la propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Status…</source>
        <translation>Estado…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Record where the selected proposal stands</source>
        <translation>Registrar el estado de la propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete the selected proposal</source>
        <translation>Eliminar la propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="130"/>
        <source>ITU rules check</source>
        <translation>Comprobación de las reglas de la UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="118"/>
        <source>Export Word…</source>
        <translation>Exportar a Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="120"/>
        <source>Compare proposals in Excel…</source>
        <translation>Comparar las propuestas en Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="123"/>
        <source>Contribution:</source>
        <translation>Contribución:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="172"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="184"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="173"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="185"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="253"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>La biblioteca está vacía: importe primero resoluciones.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="258"/>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="263"/>
        <source>Modify a resolution</source>
        <translation>Modificar una resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="290"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}: elija la resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="327"/>
        <source>Change the action</source>
        <translation>Cambiar la acción</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="328"/>
        <source>A {0} keeps the text as it is: the changes drafted in {1} will be lost. Change it?</source>
        <translation>Una propuesta {0} mantiene el texto tal como está: se perderán los cambios redactados en {1}. ¿Cambiar la acción?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="345"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="364"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="345"/>
        <source>A draft new resolution modifies no text.</source>
        <translation>Un proyecto de nueva resolución no modifica ningún texto.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <source>The library holds no text of {0}.</source>
        <translation>La biblioteca no contiene ningún texto de {0}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <source>Marked against:</source>
        <translation>Marcas respecto de:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="366"/>
        <source>The library holds a later revision ({0}): a MOD is usually marked against the text in force.</source>
        <translation>La biblioteca contiene una revisión posterior ({0}): una propuesta MOD suele marcarse respecto del texto en vigor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="377"/>
        <source>%n citation(s) updated: they show as tracked changes in the export.</source>
        <translation>
            <numerusform>%n cita actualizada: aparece como cambio controlado en la exportación.</numerusform>
            <numerusform>%n citas actualizadas: aparecen como cambios controlados en la exportación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="379"/>
        <source>Nothing to update: the library holds the later revision in another language only.</source>
        <translation>Nada que actualizar: la biblioteca solo contiene la revisión posterior en otro idioma.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="406"/>
        <source>Delete proposal</source>
        <translation>Eliminar la propuesta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="407"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>¿Eliminar {0} {1}? Se perderán su texto y sus Motivos.</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="36"/>
        <source>Proposal being drafted</source>
        <translation>Propuesta en redacción</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="39"/>
        <source>Proposed text</source>
        <translation>Texto propuesto</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="46"/>
        <source>Revision marks</source>
        <translation>Marcas de revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="52"/>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="62"/>
        <source>Proposal:</source>
        <translation>Propuesta:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="64"/>
        <source>Proposed text (edit here)</source>
        <translation>Texto propuesto (edítelo aquí)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="65"/>
        <source>With revision marks</source>
        <translation>Con marcas de revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>Todavía no hay ninguna propuesta: inicie una desde la vista Contribución o Biblioteca.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="163"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>Se recuperó el texto que estaba escribiendo cuando la aplicación se cerró por última vez.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="229"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>Todavía no es una resolución que la aplicación pueda leer: {0}</translation>
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
            <numerusform>%n palabra suprimida</numerusform>
            <numerusform>%n palabras suprimidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="241"/>
        <source>%n inserted</source>
        <translation>
            <numerusform>%n insertada</numerusform>
            <numerusform>%n insertadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="245"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>Texto limpio (sin marcas de revisión para {0})</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="66"/>
        <source>Send changes</source>
        <translation>Enviar los cambios</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <source>Colleague:</source>
        <translation>Colega:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="68"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="100"/>
        <source>Delegate bundles (*.bundle)</source>
        <translation>Paquetes de Delegate (*.bundle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="84"/>
        <source>%n change(s) written for {0}</source>
        <translation>
            <numerusform>%n cambio escrito para {0}</numerusform>
            <numerusform>%n cambios escritos para {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="87"/>
        <source>Writing the changes…</source>
        <translation>Escribiendo los cambios…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="99"/>
        <source>Receive changes</source>
        <translation>Recibir cambios</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="116"/>
        <source>This bundle was taken in already: nothing changed.</source>
        <translation>Este paquete ya se recibió: no ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="119"/>
        <source>From {0} ({1}): %n record(s) changed</source>
        <translation>
            <numerusform>De {0} ({1}): %n registro modificado</numerusform>
            <numerusform>De {0} ({1}): %n registros modificados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="122"/>
        <source>Conflicts: {0}</source>
        <translation>Conflictos: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="126"/>
        <source>Changes received</source>
        <translation>Cambios recibidos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="131"/>
        <source>Taking the changes in…</source>
        <translation>Recibiendo los cambios…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="139"/>
        <source>Shared folder for the team</source>
        <translation>Carpeta compartida del equipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="185"/>
        <source>Shared folder reached at {0}: %n record(s) changed</source>
        <translation>
            <numerusform>Carpeta compartida alcanzada a las {0}: %n registro modificado</numerusform>
            <numerusform>Carpeta compartida alcanzada a las {0}: %n registros modificados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="188"/>
        <source>; conflicts: {0}</source>
        <translation>; conflictos: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="194"/>
        <source>Exchanging through the shared folder…</source>
        <translation>Intercambiando a través de la carpeta compartida…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="201"/>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="205"/>
        <source>Shared folder reached at {0}</source>
        <translation>Carpeta compartida alcanzada el {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="207"/>
        <source>Shared folder not reached since {0}</source>
        <translation>Carpeta compartida no alcanzada desde el {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="209"/>
        <source>Shared folder not reached</source>
        <translation>Carpeta compartida no alcanzada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="287"/>
        <source>Settling the conflict…</source>
        <translation>Resolviendo el conflicto…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="10"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="11"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="14"/>
        <source>&amp;Contribution (Word)…</source>
        <translation>&amp;Contribución (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="15"/>
        <source>Con&amp;solidated text (Word)…</source>
        <translation>Texto con&amp;solidado (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="16"/>
        <source>Co&amp;mpilation of proposals (Word)…</source>
        <translation>Co&amp;mpilación de propuestas (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="17"/>
        <source>Delegation &amp;brief (Word)…</source>
        <translation>&amp;Nota informativa de la delegación (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="18"/>
        <source>Comparison of &amp;proposals (Excel)…</source>
        <translation>Comparación de &amp;propuestas (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="19"/>
        <source>Comparison of s&amp;ister resolutions (Excel)…</source>
        <translation>Comparación de resoluciones &amp;hermanas (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="20"/>
        <source>P&amp;ositions workbook (Excel)…</source>
        <translation>Libro de p&amp;osiciones (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="65"/>
        <source>With revision marks against the text (tracked changes)</source>
        <translation>Con marcas de revisión respecto del texto (control de cambios)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="67"/>
        <source>Underline and strike-through instead of tracked changes (for printing)</source>
        <translation>Subrayado y tachado en lugar del control de cambios (para imprimir)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="74"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="76"/>
        <source>Apply the proposals that are</source>
        <translation>Aplicar las propuestas cuyo estado es</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="82"/>
        <source>Resolutions of</source>
        <translation>Resoluciones de</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="86"/>
        <source>Every priority</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="89"/>
        <source>Lowest priority shown</source>
        <translation>Prioridad más baja incluida</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="96"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="99"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="105"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="107"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="126"/>
        <source>Every body</source>
        <translation>Todos los órganos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="203"/>
        <source>Open or start a contribution first.</source>
        <translation>Abra o inicie primero una contribución.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="208"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>La biblioteca está vacía: importe primero resoluciones.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="239"/>
        <source>Writing {0}…</source>
        <translation>Escribiendo: {0}…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="265"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="271"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="284"/>
        <source>Choose the statuses of the proposals to apply.</source>
        <translation>Elija los estados de las propuestas que se aplicarán.</translation>
    </message>
</context>
<context>
    <name>KeptBox</name>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="39"/>
        <source>Use what I typed</source>
        <translation>Usar lo que escribí</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="40"/>
        <source>Keep the library&apos;s</source>
        <translation>Conservar el de la biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="57"/>
        <source>What you typed, kept beside the library&apos;s values: {0}</source>
        <translation>Lo que escribió, conservado junto a los valores de la biblioteca: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="66"/>
        <source>This position was changed meanwhile by a workbook import or another window. The form shows the library&apos;s values again; what you typed ({0}) is kept beside them: choose below.</source>
        <translation>Esta posición se modificó entretanto por la importación de un libro o por otra ventana. El formulario vuelve a mostrar los valores de la biblioteca; lo que escribió ({0}) se conserva junto a ellos: elija abajo.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="70"/>
        <source>This position was changed meanwhile by a workbook import or another window: what you typed was saved with their changes, which the form now shows.</source>
        <translation>Esta posición se modificó entretanto por la importación de un libro o por otra ventana: lo que escribió se guardó junto con esos cambios, que el formulario muestra ahora.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="64"/>
        <source>edition not in force (since {0})</source>
        <translation>edición no vigente (desde el {0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="66"/>
        <source>taken from a draft</source>
        <translation>tomado de un borrador</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="62"/>
        <source>Search resolutions (Ctrl+F)</source>
        <translation>Buscar resoluciones (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="63"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="68"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Resolution text</source>
        <translation>Texto de la resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Compare with revision</source>
        <translation>Comparar con la revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="82"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="83"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>Mostrar los cambios desde la revisión elegida (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="90"/>
        <source>As amended</source>
        <translation>Texto enmendado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="92"/>
        <source>The text with the adopted proposals stored on it applied, marked against it</source>
        <translation>El texto con las propuestas adoptadas que lo afectan aplicadas, con marcas de revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="109"/>
        <source>Revisions:</source>
        <translation>Revisiones:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="138"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="147"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="152"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n texto en la biblioteca</numerusform>
            <numerusform>%n textos en la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="233"/>
        <source>This text cannot be shown: {0}</source>
        <translation>Este texto no se puede mostrar: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="266"/>
        <source>superseded by {0}</source>
        <translation>sustituida por {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="268"/>
        <source>abrogated</source>
        <translation>derogada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="269"/>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="377"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>As amended by the adopted proposals: {0}</source>
        <translation>Enmendado por las propuestas adoptadas: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="406"/>
        <source>Not applied, they compete: {0}</source>
        <translation>No aplicadas, por ser concurrentes: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="407"/>
        <source>Not applied: {0}</source>
        <translation>No aplicada: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Put in force</source>
        <translation>Poner en vigor</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="99"/>
        <source>Make this edition the library&apos;s text of its revision; the text in force now is kept beside it as an edition</source>
        <translation>Hacer de esta edición el texto de la biblioteca para su revisión; el texto vigente se conserva a su lado como edición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="249"/>
        <source>edition not in force (since {0})</source>
        <translation>edición no vigente (desde el {0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="321"/>
        <source>Put this edition in force</source>
        <translation>Poner esta edición en vigor</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="340"/>
        <source>In force: {0}; the wording in force before is kept beside it as an edition</source>
        <translation>Vigente: {0}; el texto vigente antes se conserva a su lado como edición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="345"/>
        <source>Putting the edition in force…</source>
        <translation>Poniendo la edición en vigor…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="89"/>
        <location filename="../delegate_app/ui/main_window.py" line="92"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="108"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="44"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="81"/>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="83"/>
        <source>Load s&amp;ample library…</source>
        <translation>Cargar biblioteca de e&amp;jemplo…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="85"/>
        <source>Add the 54 resolutions of the PP-18 Final Acts (Dubai, 2018) to the library</source>
        <translation>Añadir a la biblioteca las 54 resoluciones de las Actas Finales de la PP-18 (Dubái, 2018)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="45"/>
        <source>&amp;New contribution</source>
        <translation>&amp;Nueva contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="46"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>Nueva propuesta &amp;MOD de la resolución seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="48"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>Exportar la contribución a &amp;Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="49"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>Exportar la comparación a &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="88"/>
        <source>Send &amp;changes…</source>
        <translation>Enviar los &amp;cambios…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="90"/>
        <source>Write the changes a colleague has not been sent yet into a file</source>
        <translation>Escribir en un archivo los cambios aún no enviados a un colega</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="93"/>
        <source>Recei&amp;ve changes…</source>
        <translation>Reci&amp;bir cambios…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="95"/>
        <source>Take in a file of changes from a colleague</source>
        <translation>Recibir un archivo de cambios de un colega</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="98"/>
        <source>Co&amp;nflicts…</source>
        <translation>Co&amp;nflictos…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="100"/>
        <source>The fields you and a colleague both changed</source>
        <translation>Los campos que usted y un colega modificaron</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="103"/>
        <source>S&amp;ync with shared folder now</source>
        <translation>Sincronizar con la carpeta compartida a&amp;hora</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="105"/>
        <source>Take in the team&apos;s changes from the shared folder and put yours there</source>
        <translation>Recibir los cambios del equipo desde la carpeta compartida y dejar allí los suyos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="108"/>
        <source>C&amp;hoose shared folder…</source>
        <translation>Elegir carpeta c&amp;ompartida…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="110"/>
        <source>The folder the team exchanges through (a network share or a synced folder)</source>
        <translation>La carpeta a través de la cual intercambia el equipo (un recurso compartido de red o una carpeta sincronizada)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="53"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="128"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="136"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="138"/>
        <source>Save view as P&amp;DF…</source>
        <translation>Guardar la vista como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="142"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="54"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="148"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="149"/>
        <source>&amp;Find in library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="152"/>
        <source>Re&amp;concile with the adopted text…</source>
        <translation>Co&amp;tejar con el texto adoptado…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="154"/>
        <source>Which stored proposals the text selected in the Library took</source>
        <translation>Qué propuestas almacenadas retuvo el texto seleccionado en la Biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="55"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="159"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="160"/>
        <source>&amp;Positions</source>
        <translation>&amp;Posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="161"/>
        <source>&amp;Draft</source>
        <translation>Bo&amp;rrador</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="162"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="167"/>
        <source>The day&apos;s &amp;board</source>
        <translation>&amp;Tablero del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="56"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="172"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="173"/>
        <source>&amp;About {0}</source>
        <translation>&amp;Acerca de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="61"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="379"/>
        <source>Something went wrong ({0}). The details are in the log: {1}</source>
        <translation>Algo salió mal ({0}). Los detalles están en el registro: {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="441"/>
        <source>The library was replaced (a backup was restored, or another program changed the file); the window now shows it.</source>
        <translation>La biblioteca fue sustituida (se restauró una copia de seguridad u otro programa cambió el archivo); la ventana la muestra ahora.</translation>
    </message>
</context>
<context>
    <name>PositionSheets</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="30"/>
        <source>Export positions</source>
        <translation>Exportar las posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="32"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="64"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="46"/>
        <source>Wrote {0}</source>
        <translation>Archivo guardado: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="48"/>
        <source>Writing the positions workbook…</source>
        <translation>Escribiendo el libro de posiciones…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="63"/>
        <source>Import positions</source>
        <translation>Importar posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="95"/>
        <source>updated</source>
        <translation>actualizadas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="96"/>
        <source>added</source>
        <translation>añadidas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="97"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="98"/>
        <source>conflict</source>
        <translation>en conflicto</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="99"/>
        <source>rejected</source>
        <translation>rechazadas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="105"/>
        <source>Positions imported</source>
        <translation>Posiciones importadas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="75"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="86"/>
        <source>Importing positions…</source>
        <translation>Importando posiciones…</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="78"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="79"/>
        <source>Provision</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="81"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="82"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="83"/>
        <source>Regional alignment</source>
        <translation>Alineación regional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="84"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="156"/>
        <location filename="../delegate_app/ui/positions_view.py" line="157"/>
        <source>Filter positions</source>
        <translation>Filtrar posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="160"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="186"/>
        <source>{0} stance</source>
        <translation>Posición de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="210"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="211"/>
        <source>The positions as a workbook to send for comments</source>
        <translation>Las posiciones en un libro para enviar a consulta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="213"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="214"/>
        <source>Take back a positions workbook edited by a colleague</source>
        <translation>Recuperar un libro de posiciones editado por un colega</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="220"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="221"/>
        <source>Provision</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="222"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="223"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="224"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="225"/>
        <source>Talking points</source>
        <translation>Puntos de intervención</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="227"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="207"/>
        <source>Save position</source>
        <translation>Guardar posición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="226"/>
        <source>Regional groups</source>
        <translation>Grupos regionales</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="294"/>
        <source>(whole resolution)</source>
        <translation>(resolución completa)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>Save view as PDF</source>
        <translation>Guardar la vista como PDF</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="99"/>
        <source>Wrote {0}</source>
        <translation>Se escribió {0}</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="58"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="59"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="60"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Acts on</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="55"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
</context>
<context>
    <name>ReconcileOffer</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/reconcile_offer.py" line="69"/>
        <source>{0} was imported: it can be reconciled with %n stored proposal(s) drafted from an earlier text.</source>
        <translation>
            <numerusform>Se ha importado {0}: puede cotejarse con %n propuesta guardada redactada a partir de un texto anterior.</numerusform>
            <numerusform>Se ha importado {0}: puede cotejarse con %n propuestas guardadas redactadas a partir de un texto anterior.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="19"/>
        <source>The header does not give the {0}.</source>
        <translation>El encabezamiento no indica: {0}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="20"/>
        <source>The document number {0} is not in a form ITU writes: give it as “Document 25-E”, “Addendum 2 to Document 25-E” or “Document PP26/25-E”.</source>
        <translation>El número de documento {0} no tiene una forma que use la UIT: escríbalo como “Document 25-E”, “Addendum 2 to Document 25-E” o “Document PP26/25-E”.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="25"/>
        <source>The contribution has no proposals.</source>
        <translation>La contribución no contiene ninguna propuesta.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="26"/>
        <source>The number {0} is used by more than one proposal.</source>
        <translation>El número {0} lo utiliza más de una propuesta.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="27"/>
        <source>{0} is both modified ({1}) and kept unchanged ({2}) in this contribution: propose one or the other.</source>
        <translation>{0} se modifica ({1}) y a la vez se mantiene sin cambios ({2}) en esta contribución: proponga lo uno o lo otro.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="31"/>
        <source>The proposal has no number.</source>
        <translation>La propuesta no tiene número.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="32"/>
        <source>The number {0} is a placeholder: give the document number in the header and the delegation&apos;s code in Settings, then Renumber.</source>
        <translation>El número {0} es provisional: indique el número del documento en el encabezamiento y el código de la delegación en Configuración, y luego renumere.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="37"/>
        <source>The proposal gives no Reasons.</source>
        <translation>La propuesta no da Motivos.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="38"/>
        <source>The proposal names no resolution.</source>
        <translation>La propuesta no designa ninguna resolución.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="39"/>
        <source>Text is deleted inside paragraph {0}: that is a MOD, not a SUP (SUP suppresses the whole resolution).</source>
        <translation>Se suprime texto dentro del párrafo {0}: es una propuesta MOD, no SUP (SUP suprime toda la resolución).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="43"/>
        <source>The MOD changes nothing; a proposal to keep a text unchanged is a NOC.</source>
        <translation>La propuesta MOD no cambia nada; proponer mantener un texto sin cambios es una propuesta NOC.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="46"/>
        <source>An ADD is clean new text; changes to an existing text are a MOD.</source>
        <translation>Una propuesta ADD es un texto nuevo sin marcas; cambiar un texto existente es una propuesta MOD.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="49"/>
        <source>{0} cites {1}, but the library holds {2}.</source>
        <translation>{0} cita {1}, pero la biblioteca contiene {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="50"/>
        <source>The MOD is marked against {0}, but the library holds a later revision, {1}.</source>
        <translation>La propuesta MOD está marcada respecto de {0}, pero la biblioteca contiene una revisión posterior, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="53"/>
        <source>The text the MOD modifies, {0}, is not in the library: import it (the Word export needs it).</source>
        <translation>El texto que modifica la propuesta MOD, {0}, no está en la biblioteca: impórtelo (la exportación a Word lo necesita).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="56"/>
        <source>The contribution is dated {0}, after the deadline for {1} at {2}, {3} ({4}).</source>
        <translation>La contribución lleva fecha {0}, posterior al plazo para {1} en {2}, el {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="59"/>
        <source>The contribution runs to about {0} pages; {1} asks for at most {2}.</source>
        <translation>La contribución tiene unas {0} páginas; {1} pide como máximo {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="62"/>
        <source>document number</source>
        <translation>número del documento</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="63"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="64"/>
        <source>original language</source>
        <translation>idioma original</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="65"/>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="66"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="69"/>
        <source>proposals to amend the Constitution or the Convention</source>
        <translation>las propuestas de enmienda de la Constitución o del Convenio</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="72"/>
        <source>all other proposals</source>
        <translation>todas las demás propuestas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="73"/>
        <source>proposals</source>
        <translation>las propuestas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="74"/>
        <source>contributions</source>
        <translation>las contribuciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="75"/>
        <source>contributions (set for the session by the secretariat)</source>
        <translation>las contribuciones (fijado para la reunión por la secretaría)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="79"/>
        <source>Header</source>
        <translation>Encabezamiento</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="80"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="116"/>
        <source>ITU rules check</source>
        <translation>Comprobación de las reglas de la UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="121"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="122"/>
        <source>Cite the newest revisions in the library in this proposal</source>
        <translation>Citar en esta propuesta las revisiones más recientes de la biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="125"/>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="126"/>
        <source>Show the proposal the finding is about</source>
        <translation>Mostrar la propuesta a la que se refiere</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="136"/>
        <source>No contribution is open: start a new one.</source>
        <translation>No hay ninguna contribución abierta: inicie una nueva.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="138"/>
        <source>✓ No problems found.</source>
        <translation>✓ No se encontraron problemas.</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="209"/>
        <source>positions</source>
        <translation>posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="210"/>
        <source>Recovered changes that were not saved when Delegate last closed: {0}</source>
        <translation>Se recuperaron cambios que no se habían guardado cuando Delegate se cerró por última vez: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="213"/>
        <source>Some had been made on a version that was changed since, in another window: they are kept as copies beside it, nothing was written over the newer one ({0}).</source>
        <translation>Algunos se habían hecho sobre una versión modificada después en otra ventana: se conservan como copias junto a ella y no se escribió nada sobre la más reciente ({0}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="224"/>
        <source>{0} was changed in another window after you deleted it here: it was kept.</source>
        <translation>{0} se modificó en otra ventana después de que lo eliminara aquí: se ha conservado.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="227"/>
        <source>{0} was changed in another window meanwhile: what you typed is kept in a copy of the contribution, which stays open; the other is in the list.</source>
        <translation>{0} se modificó entretanto en otra ventana: lo que escribió se conserva en una copia de la contribución, que sigue abierta; la otra está en la lista.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="232"/>
        <source>Another window saved {0} meanwhile: what you typed is kept as a copy, which you go on typing in, and its version is right after it.</source>
        <translation>Otra ventana guardó {0} entretanto: lo que escribió se conserva como copia, en la que sigue escribiendo, y su versión va justo después.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="90"/>
        <source>The library is damaged: {0}. What can still be read is shown. To repair it, {1}.</source>
        <translation>La biblioteca está dañada: {0}. Se muestra lo que todavía puede leerse. Para repararla, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="55"/>
        <source>The library is damaged: {0}. Delegate writes nothing more into it; what you type is kept and saved once it is repaired. To repair it, {1}.</source>
        <translation>La biblioteca está dañada: {0}. Delegate ya no escribe nada en ella; lo que escriba se conserva y se guardará cuando esté reparada. Para repararla, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="117"/>
        <source>Today&apos;s backup of the library could not be made: {0}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy de la biblioteca: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="123"/>
        <source>Backed up the library to {0}</source>
        <translation>Copia de seguridad de la biblioteca guardada en {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="184"/>
        <source>Save a copy of the contribution</source>
        <translation>Guardar una copia de la contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="186"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="56"/>
        <source>Saving</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="57"/>
        <source>Try again now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="26"/>
        <source>Your changes are not saved yet: the library is being used by another program. Delegate will keep trying.</source>
        <translation>Sus cambios aún no están guardados: otro programa está usando la biblioteca. Delegate seguirá intentándolo.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="30"/>
        <source>Your changes are not saved yet: the disk is full. Free some space; Delegate will keep trying.</source>
        <translation>Sus cambios aún no están guardados: el disco está lleno. Libere espacio; Delegate seguirá intentándolo.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="34"/>
        <source>Your changes cannot be saved: the library is read-only (its file, folder or disk). They are kept and will be saved when it can be written.</source>
        <translation>Sus cambios no se pueden guardar: la biblioteca es de solo lectura (su archivo, carpeta o disco). Se conservan y se guardarán cuando se pueda escribir en ella.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="40"/>
        <source>Your changes are not saved yet: the library file is gone (moved or deleted). Delegate will keep trying.</source>
        <translation>Sus cambios aún no están guardados: el archivo de la biblioteca ya no está (movido o eliminado). Delegate seguirá intentándolo.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="44"/>
        <source>Your changes are not saved yet: the library is damaged. Restore a backup; your changes are kept.</source>
        <translation>Sus cambios aún no están guardados: la biblioteca está dañada. Restaure una copia de seguridad; sus cambios se conservan.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="75"/>
        <source>Your changes are not saved yet: {0}. Delegate will keep trying.</source>
        <translation>Sus cambios aún no están guardados: {0}. Delegate seguirá intentándolo.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="22"/>
        <source>The library was replaced while Delegate was open; your changes wait until you choose what to keep.</source>
        <translation>La biblioteca fue sustituida mientras Delegate estaba abierto; sus cambios esperan a que elija qué conservar.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="79"/>
        <source>They are only in memory: they could not be written to disk either ({0}).</source>
        <translation>Solo están en memoria: tampoco se pudieron escribir en el disco ({0}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="96"/>
        <source>This library is read-only: you can read and search it, and what you draft is kept, but it cannot be saved into the library until it can be written.</source>
        <translation>Esta biblioteca es de solo lectura: puede leerla y buscar en ella, y lo que redacte se conserva, pero no se puede guardar en la biblioteca hasta que se pueda escribir en ella.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="47"/>
        <source>Author of tracked changes</source>
        <translation>Autor de las marcas de revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="50"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>Código de origen en los números de propuesta (p. ej., RCC, ACP, EUR)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="53"/>
        <source>Source line of new contributions</source>
        <translation>Línea «Origen» de las nuevas contribuciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="60"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="69"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="73"/>
        <source>Interface language (applied on the next start)</source>
        <translation>Idioma de la interfaz (se aplica en el próximo inicio)</translation>
    </message>
</context>
<context>
    <name>SheetReport</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="132"/>
        <source>Changed both in the library and in the sheet since the export: the library&apos;s value was kept. Tick those to take from the sheet.</source>
        <translation>Modificados a la vez en la biblioteca y en la hoja desde la exportación: se ha conservado el valor de la biblioteca. Marque los que desee tomar de la hoja.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="140"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="142"/>
        <source>Row {0}, {1}, {2}: library {3}, sheet {4}</source>
        <translation>Fila {0}, {1}, {2}: biblioteca {3}, hoja {4}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="151"/>
        <source>Take the ticked values from the sheet</source>
        <translation>Tomar de la hoja los valores marcados</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="51"/>
        <source>support</source>
        <translation>apoyo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="52"/>
        <source>support with changes</source>
        <translation>apoyo con cambios</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="53"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="54"/>
        <source>oppose</source>
        <translation>oposición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="55"/>
        <source>undecided</source>
        <translation>indecisa</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="29"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="30"/>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="31"/>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="32"/>
        <source>Adopted with modifications</source>
        <translation>Adoptada con modificaciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="33"/>
        <source>Not adopted</source>
        <translation>No adoptada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="35"/>
        <source>Noted</source>
        <translation>Se toma nota</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="36"/>
        <source>Suppressed</source>
        <translation>Suprimida</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="98"/>
        <source>Status of {0}</source>
        <translation>Estado de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="100"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="116"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="110"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="118"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="111"/>
        <source>e.g. the committee document</source>
        <translation>p. ej., el documento de la comisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="117"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="17"/>
        <source>Task progress</source>
        <translation>Progreso de la tarea</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="20"/>
        <source>Cancel the running task</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="36"/>
        <source>Import resolutions and contributions</source>
        <translation>Importar resoluciones y contribuciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="37"/>
        <source>ITU texts (*.docx *.pdf *.txt *.md)</source>
        <translation>Textos de la UIT (*.docx *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="45"/>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="58"/>
        <source>This installation has no sample library.</source>
        <translation>Esta instalación no tiene biblioteca de ejemplo.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Reading {0}</source>
        <translation>Leyendo {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Storing…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Not recognised</source>
        <translation>No reconocido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/transfers.py" line="99"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n archivo importado</numerusform>
            <numerusform>%n archivos importados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="100"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="107"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="119"/>
        <source>Open or start a contribution first.</source>
        <translation>Abra o inicie primero una contribución.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="130"/>
        <location filename="../delegate_app/ui/transfers.py" line="186"/>
        <source>Export to Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="132"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="160"/>
        <source>Proposal {0} modifies {1}, which is not in the library. Import that text, or mark the proposal against another version of the resolution.</source>
        <translation>La propuesta {0} modifica {1}, que no está en la biblioteca. Importe ese texto, o marque la propuesta con respecto a otra versión de la resolución.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="170"/>
        <source>Writing the Word document…</source>
        <translation>Escribiendo el documento de Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="187"/>
        <source>A secretariat would send this document back:
{0}

Export it all the same?</source>
        <translation>Una secretaría devolvería este documento:
{0}

¿Exportarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="206"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>Una comparación requiere una propuesta MOD con su texto de base.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="215"/>
        <source>Export comparison to Excel</source>
        <translation>Exportar la comparación a Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="217"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="232"/>
        <source>Writing the comparison workbook…</source>
        <translation>Escribiendo el libro de comparación…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="257"/>
        <location filename="../delegate_app/ui/transfers.py" line="267"/>
        <source>Wrote {0}</source>
        <translation>Archivo guardado: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="268"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="269"/>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="95"/>
        <source>Edition added: {0} differs from the stored text of that revision, which stays in force; its wording is kept beside it as an edition (in the Library, select it and choose Put in force)</source>
        <translation>Edición añadida: {0} difiere del texto guardado de esa revisión, que sigue vigente; su texto se conserva a su lado como edición (en la Biblioteca, selecciónela y elija Poner en vigor)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="89"/>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="90"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;La aplicación de escritorio para las delegaciones ante la UIT: resoluciones y sus revisiones, posiciones, propuestas con marcas de revisión de Word y cuadros comparativos.&lt;/p&gt;&lt;p&gt;Funciona totalmente sin conexión; su biblioteca permanece en este equipo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="108"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>No se puede abrir la biblioteca:

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/upgrading.py" line="36"/>
        <source>Bringing the library up to date for this version of {0}…

A copy of it as it was is kept beside it.</source>
        <translation>Actualizando la biblioteca para esta versión de {0}…

Se conserva al lado una copia de la biblioteca tal como estaba.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="157"/>
        <source>Some of your changes are not saved in the library yet.</source>
        <translation>Algunos de sus cambios aún no están guardados en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="158"/>
        <source>If you quit, Delegate keeps them and saves them when it next starts.</source>
        <translation>Si sale, Delegate los conserva y los guarda la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="162"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="163"/>
        <source>Save a copy as…</source>
        <translation>Guardar una copia como…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="165"/>
        <source>Quit and keep my changes for next start</source>
        <translation>Salir y conservar mis cambios para el próximo inicio</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="167"/>
        <source>Quit and lose my changes</source>
        <translation>Salir y perder mis cambios</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="185"/>
        <source>The library was replaced while Delegate was open (a backup was restored, or another program changed the file).</source>
        <translation>La biblioteca fue sustituida mientras Delegate estaba abierto (se restauró una copia de seguridad u otro programa cambió el archivo).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="192"/>
        <source>The contribution you have open, “{0}”, is not the same in the restored library. Keep yours in the restored library, or use the restored one (yours is then kept as a copy)?</source>
        <translation>La contribución que tiene abierta, «{0}», no es igual en la biblioteca restaurada. ¿Conservar la suya en la biblioteca restaurada, o usar la restaurada (la suya se conserva entonces como copia)?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="196"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="198"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="199"/>
        <source>Use the restored one</source>
        <translation>Usar la restaurada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="217"/>
        <source>The text a MOD modifies is missing</source>
        <translation>Falta el texto que modifica una propuesta MOD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="222"/>
        <source>Version to mark the MOD against</source>
        <translation>Versión con respecto a la cual marcar la MOD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="227"/>
        <source>Import the text…</source>
        <translation>Importar el texto…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="232"/>
        <source>Mark against the chosen version</source>
        <translation>Marcar con respecto a la versión elegida</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="240"/>
        <source>Or mark it against another version:</source>
        <translation>O marcarla con respecto a otra versión:</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="113"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
</context>
</TS>
