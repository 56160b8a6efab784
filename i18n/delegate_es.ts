<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="15"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="16"/>
        <source>Committee or agenda item</source>
        <translation>Comisión o punto del orden del día</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Document number</source>
        <translation>Número del documento</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="18"/>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="32"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="34"/>
        <source>New contribution</source>
        <translation>Nueva contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="46"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="49"/>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="52"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="87"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>MOD…</source>
        <translation>MOD…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>Modificar una resolución de la biblioteca (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>A draft new resolution</source>
        <translation>Proyecto de nueva resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>Suppress a resolution</source>
        <translation>Suprimir una resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>No change</source>
        <translation>Sin modificación</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Move up (renumbers)</source>
        <translation>Mover hacia arriba (renumera)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Move down (renumbers)</source>
        <translation>Mover hacia abajo (renumera)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Draft the selected proposal</source>
        <translation>Redactar la propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete the selected proposal</source>
        <translation>Eliminar la propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="69"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="90"/>
        <source>ITU rules check</source>
        <translation>Comprobación de las reglas de la UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="70"/>
        <source>Export Word…</source>
        <translation>Exportar a Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="72"/>
        <source>Compare proposals in Excel…</source>
        <translation>Comparar las propuestas en Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <source>Contribution:</source>
        <translation>Contribución:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="134"/>
        <source>No contribution is open: start a new one.</source>
        <translation>No hay ninguna contribución abierta: inicie una nueva.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="140"/>
        <source>✓ No problems found.</source>
        <translation>✓ No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="157"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>La biblioteca está vacía: importe primero resoluciones.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="162"/>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="166"/>
        <source>Modify a resolution</source>
        <translation>Modificar una resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="183"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}: elija la resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="204"/>
        <source>Delete proposal</source>
        <translation>Eliminar la propuesta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="205"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>¿Eliminar {0} {1}? Se perderán su texto y sus Motivos.</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="40"/>
        <source>Proposal being drafted</source>
        <translation>Propuesta en redacción</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="43"/>
        <source>Proposed text</source>
        <translation>Texto propuesto</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <source>Revision marks</source>
        <translation>Marcas de revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="50"/>
        <location filename="../delegate_app/ui/draft_view.py" line="81"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="51"/>
        <source>Reasons: why the conference should adopt this proposal</source>
        <translation>Motivos: por qué la conferencia debería adoptar esta propuesta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="55"/>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="61"/>
        <source>Proposal:</source>
        <translation>Propuesta:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="67"/>
        <source>Proposed text (edit here)</source>
        <translation>Texto propuesto (edítelo aquí)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>With revision marks</source>
        <translation>Con marcas de revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>Todavía no hay ninguna propuesta: inicie una desde la vista Contribución o Biblioteca.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="150"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>Se recuperó el texto que estaba escribiendo cuando la aplicación se cerró por última vez.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="173"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>Todavía no es una resolución que la aplicación pueda leer: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="180"/>
        <source>{0} words deleted, {1} inserted</source>
        <translation>{0} palabras eliminadas, {1} insertadas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="183"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>Texto limpio (sin marcas de revisión para {0})</translation>
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
        <location filename="../delegate_app/ui/library_view.py" line="69"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="77"/>
        <source>Resolution text</source>
        <translation>Texto de la resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Compare with revision</source>
        <translation>Comparar con la revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="80"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>Mostrar los cambios desde la revisión elegida (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Revisions:</source>
        <translation>Revisiones:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="124"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="129"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="142"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n texto en la biblioteca</numerusform>
            <numerusform>%n textos en la biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
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
        <location filename="../delegate_app/ui/main_window.py" line="101"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="122"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="123"/>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="124"/>
        <source>&amp;New contribution</source>
        <translation>&amp;Nueva contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="125"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>Nueva propuesta &amp;MOD de la resolución seleccionada</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="126"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>Exportar la contribución a &amp;Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="127"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>Exportar la comparación a &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="131"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="134"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="139"/>
        <source>&amp;Find in library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="141"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="142"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="143"/>
        <source>&amp;Positions</source>
        <translation>&amp;Posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="144"/>
        <source>&amp;Draft</source>
        <translation>Bo&amp;rrador</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="145"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Contribución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="148"/>
        <source>&amp;About {0}</source>
        <translation>&amp;Acerca de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="149"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="205"/>
        <source>Backed up the library to {0}</source>
        <translation>Copia de seguridad de la biblioteca guardada en {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="209"/>
        <source>Import resolutions and contributions</source>
        <translation>Importar resoluciones y contribuciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="210"/>
        <source>ITU texts (*.docx *.txt *.md)</source>
        <translation>Textos de la UIT (*.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="215"/>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="243"/>
        <source>Reading {0}</source>
        <translation>Leyendo {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="244"/>
        <source>Storing…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="251"/>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="251"/>
        <source>Not recognised</source>
        <translation>No reconocido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="252"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="252"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/main_window.py" line="257"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n archivo importado</numerusform>
            <numerusform>%n archivos importados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="258"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="262"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="281"/>
        <source>Open or start a contribution first.</source>
        <translation>Abra o inicie primero una contribución.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="285"/>
        <source>Export to Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="286"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="303"/>
        <source>Writing the Word document…</source>
        <translation>Escribiendo el documento de Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="317"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>Una comparación requiere una propuesta MOD con su texto de base.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="320"/>
        <source>Export comparison to Excel</source>
        <translation>Exportar la comparación a Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="321"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="338"/>
        <source>Writing the comparison workbook…</source>
        <translation>Escribiendo el libro de comparación…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="344"/>
        <location filename="../delegate_app/ui/main_window.py" line="350"/>
        <source>Wrote {0}</source>
        <translation>Archivo guardado: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="351"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="352"/>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="16"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="17"/>
        <source>Provision</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="18"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="19"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="20"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="21"/>
        <source>Regional alignment</source>
        <translation>Alineación regional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="22"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="65"/>
        <location filename="../delegate_app/ui/positions_view.py" line="66"/>
        <source>Filter positions</source>
        <translation>Filtrar posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="69"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="77"/>
        <location filename="../delegate_app/ui/positions_view.py" line="99"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <location filename="../delegate_app/ui/positions_view.py" line="100"/>
        <source>Provision</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="101"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="102"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="103"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="104"/>
        <source>Talking points</source>
        <translation>Puntos de intervención</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="105"/>
        <source>Regional alignment</source>
        <translation>Alineación regional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="106"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="94"/>
        <source>Save position</source>
        <translation>Guardar posición</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="151"/>
        <source>(whole resolution)</source>
        <translation>(resolución completa)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="16"/>
        <source>Author of tracked changes</source>
        <translation>Autor de las marcas de revisión</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="17"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>Código de origen en los números de propuesta (p. ej., RCC, ACP, EUR)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="19"/>
        <source>Source line of new contributions</source>
        <translation>Línea «Origen» de las nuevas contribuciones</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="20"/>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="25"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="34"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="38"/>
        <source>Interface language (applied on the next start)</source>
        <translation>Idioma de la interfaz (se aplica en el próximo inicio)</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="40"/>
        <source>Task progress</source>
        <translation>Progreso de la tarea</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="42"/>
        <source>Cancel the running task</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="55"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;La aplicación de escritorio para las delegaciones ante la UIT: resoluciones y sus revisiones, posiciones, propuestas con marcas de revisión de Word y cuadros comparativos.&lt;/p&gt;&lt;p&gt;Funciona totalmente sin conexión; su biblioteca permanece en este equipo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="38"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>No se puede abrir la biblioteca:

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/app.py" line="54"/>
        <source>The app did not close normally last time; your drafts were recovered.</source>
        <translation>La aplicación no se cerró correctamente la última vez; se recuperaron sus borradores.</translation>
    </message>
</context>
</TS>
