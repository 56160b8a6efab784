<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="15"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="16"/>
        <source>Committee or agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="18"/>
        <source>Original language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="32"/>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="34"/>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="46"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="49"/>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="52"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="87"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>MOD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>ADD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>A draft new resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>SUP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>Suppress a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>NOC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Move up (renumbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Move down (renumbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Draft the selected proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete the selected proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="69"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="90"/>
        <source>ITU rules check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="70"/>
        <source>Export Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="72"/>
        <source>Compare proposals in Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <source>Contribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="134"/>
        <source>No contribution is open: start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="140"/>
        <source>✓ No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="157"/>
        <source>The library is empty: import resolutions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="162"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="166"/>
        <source>Modify a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="183"/>
        <source>{0}: choose the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="204"/>
        <source>Delete proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="205"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="40"/>
        <source>Proposal being drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="43"/>
        <source>Proposed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <source>Revision marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="50"/>
        <location filename="../delegate_app/ui/draft_view.py" line="81"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="51"/>
        <source>Reasons: why the conference should adopt this proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="55"/>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="61"/>
        <source>Proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="67"/>
        <source>Proposed text (edit here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>With revision marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="150"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="173"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="180"/>
        <source>{0} words deleted, {1} inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="183"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="62"/>
        <source>Search resolutions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="63"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="69"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="77"/>
        <source>Resolution text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Compare with revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="80"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Revisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="124"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="129"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="142"/>
        <source>%n text(s) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="101"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="121"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="122"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="123"/>
        <source>&amp;New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="124"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="125"/>
        <source>Export contribution to &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="126"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="130"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="133"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="135"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="136"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="137"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="138"/>
        <source>&amp;Find in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="141"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="142"/>
        <source>&amp;Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="143"/>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="144"/>
        <source>&amp;Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="147"/>
        <source>&amp;About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="148"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="190"/>
        <source>Import resolutions and contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="191"/>
        <source>ITU texts (*.docx *.txt *.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="196"/>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="224"/>
        <source>Reading {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="225"/>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/main_window.py" line="236"/>
        <source>Imported %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="237"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="241"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="260"/>
        <source>Open or start a contribution first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="264"/>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="265"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="282"/>
        <source>Writing the Word document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="296"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="299"/>
        <source>Export comparison to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="300"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="317"/>
        <source>Writing the comparison workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="323"/>
        <location filename="../delegate_app/ui/main_window.py" line="329"/>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="330"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="331"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="16"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="17"/>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="18"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="19"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="20"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="21"/>
        <source>Regional alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="22"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="65"/>
        <location filename="../delegate_app/ui/positions_view.py" line="66"/>
        <source>Filter positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="69"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="77"/>
        <location filename="../delegate_app/ui/positions_view.py" line="99"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <location filename="../delegate_app/ui/positions_view.py" line="100"/>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="101"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="102"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="103"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="104"/>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="105"/>
        <source>Regional alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="106"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="94"/>
        <source>Save position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="151"/>
        <source>(whole resolution)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="15"/>
        <source>Author of tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="16"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="18"/>
        <source>Source line of new contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="19"/>
        <source>Original language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="40"/>
        <source>Task progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="42"/>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="46"/>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="47"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="38"/>
        <source>The library cannot be opened:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/app.py" line="52"/>
        <source>The app did not close normally last time; your drafts were recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
