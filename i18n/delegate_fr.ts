<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="15"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="16"/>
        <source>Committee or agenda item</source>
        <translation>Commission ou point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="18"/>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="19"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="32"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="34"/>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="46"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="49"/>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="52"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="87"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>MOD…</source>
        <translation>MOD…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="55"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>Modifier une résolution de la bibliothèque (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>A draft new resolution</source>
        <translation>Projet de nouvelle résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="57"/>
        <source>Suppress a resolution</source>
        <translation>Supprimer une résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="59"/>
        <source>Move up (renumbers)</source>
        <translation>Déplacer vers le haut (renumérote)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="60"/>
        <source>Move down (renumbers)</source>
        <translation>Déplacer vers le bas (renumérote)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="61"/>
        <source>Draft the selected proposal</source>
        <translation>Rédiger la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="62"/>
        <source>Delete the selected proposal</source>
        <translation>Supprimer la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="69"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="90"/>
        <source>ITU rules check</source>
        <translation>Vérification des règles de l&apos;UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="70"/>
        <source>Export Word…</source>
        <translation>Exporter vers Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="72"/>
        <source>Compare proposals in Excel…</source>
        <translation>Comparer les propositions dans Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <source>Contribution:</source>
        <translation>Contribution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="134"/>
        <source>No contribution is open: start a new one.</source>
        <translation>Aucune contribution n&apos;est ouverte&#xa0;: commencez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="140"/>
        <source>✓ No problems found.</source>
        <translation>✓ Aucun problème détecté.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="157"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>La bibliothèque est vide&#xa0;: importez d&apos;abord des résolutions.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="162"/>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="166"/>
        <source>Modify a resolution</source>
        <translation>Modifier une résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="183"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}&#xa0;: choisissez la résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="204"/>
        <source>Delete proposal</source>
        <translation>Supprimer la proposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="205"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>Supprimer {0} {1}&#xa0;? Son texte et ses Motifs seront perdus.</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="40"/>
        <source>Proposal being drafted</source>
        <translation>Proposition en cours de rédaction</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="43"/>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <source>Revision marks</source>
        <translation>Marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="50"/>
        <location filename="../delegate_app/ui/draft_view.py" line="81"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="51"/>
        <source>Reasons: why the conference should adopt this proposal</source>
        <translation>Motifs&#xa0;: pourquoi la conférence devrait adopter cette proposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="55"/>
        <source>Draft status</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="61"/>
        <source>Proposal:</source>
        <translation>Proposition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="67"/>
        <source>Proposed text (edit here)</source>
        <translation>Texte proposé (à modifier ici)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>With revision marks</source>
        <translation>Avec marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>Aucune proposition pour l&apos;instant&#xa0;: commencez-en une depuis la vue Contribution ou Bibliothèque.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="150"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>Le texte que vous saisissiez lors de la dernière fermeture de l&apos;application a été récupéré.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="173"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>Ce n&apos;est pas encore une résolution que l&apos;application peut lire&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="180"/>
        <source>{0} words deleted, {1} inserted</source>
        <translation>{0} mots supprimés, {1} insérés</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="183"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>Texte propre (pas de marques de révision pour {0})</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="62"/>
        <source>Search resolutions (Ctrl+F)</source>
        <translation>Rechercher des résolutions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="63"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="69"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="77"/>
        <source>Resolution text</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Compare with revision</source>
        <translation>Comparer avec la révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="80"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>Afficher les modifications depuis la révision choisie (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Revisions:</source>
        <translation>Révisions&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="124"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="129"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="142"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n texte dans la bibliothèque</numerusform>
            <numerusform>%n textes dans la bibliothèque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="93"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="101"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="122"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="123"/>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="124"/>
        <source>&amp;New contribution</source>
        <translation>&amp;Nouvelle contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="125"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>Nouvelle proposition &amp;MOD de la résolution sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="126"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>Exporter la contribution vers &amp;Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="127"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>Exporter la comparaison vers &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="131"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="134"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="139"/>
        <source>&amp;Find in library</source>
        <translation>Rec&amp;hercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="141"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="142"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="143"/>
        <source>&amp;Positions</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="144"/>
        <source>&amp;Draft</source>
        <translation>P&amp;rojet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="145"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="148"/>
        <source>&amp;About {0}</source>
        <translation>À &amp;propos de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="149"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="205"/>
        <source>Backed up the library to {0}</source>
        <translation>Bibliothèque sauvegardée dans {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="209"/>
        <source>Import resolutions and contributions</source>
        <translation>Importer des résolutions et des contributions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="210"/>
        <source>ITU texts (*.docx *.txt *.md)</source>
        <translation>Textes de l&apos;UIT (*.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="215"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="243"/>
        <source>Reading {0}</source>
        <translation>Lecture de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="244"/>
        <source>Storing…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="251"/>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="251"/>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="252"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="252"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/main_window.py" line="257"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="258"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="262"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="281"/>
        <source>Open or start a contribution first.</source>
        <translation>Ouvrez ou commencez d&apos;abord une contribution.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="285"/>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="286"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="303"/>
        <source>Writing the Word document…</source>
        <translation>Écriture du document Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="317"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>Une comparaison nécessite une proposition MOD accompagnée de son texte de base.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="320"/>
        <source>Export comparison to Excel</source>
        <translation>Exporter la comparaison vers Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="321"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="338"/>
        <source>Writing the comparison workbook…</source>
        <translation>Écriture du classeur de comparaison…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="344"/>
        <location filename="../delegate_app/ui/main_window.py" line="350"/>
        <source>Wrote {0}</source>
        <translation>Fichier enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="351"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="352"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="16"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="17"/>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="18"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="19"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="20"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="21"/>
        <source>Regional alignment</source>
        <translation>Alignement régional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="22"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="65"/>
        <location filename="../delegate_app/ui/positions_view.py" line="66"/>
        <source>Filter positions</source>
        <translation>Filtrer les positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="69"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="77"/>
        <location filename="../delegate_app/ui/positions_view.py" line="99"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <location filename="../delegate_app/ui/positions_view.py" line="100"/>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="101"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="90"/>
        <location filename="../delegate_app/ui/positions_view.py" line="102"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="103"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <location filename="../delegate_app/ui/positions_view.py" line="104"/>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="92"/>
        <location filename="../delegate_app/ui/positions_view.py" line="105"/>
        <source>Regional alignment</source>
        <translation>Alignement régional</translation>
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
        <translation>Enregistrer la position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="151"/>
        <source>(whole resolution)</source>
        <translation>(résolution entière)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="16"/>
        <source>Author of tracked changes</source>
        <translation>Auteur des marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="17"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>Code de la source dans les numéros de proposition (p. ex. RCC, ACP, EUR)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="19"/>
        <source>Source line of new contributions</source>
        <translation>Ligne «&#xa0;Source&#xa0;» des nouvelles contributions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="20"/>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="25"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="34"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="38"/>
        <source>Interface language (applied on the next start)</source>
        <translation>Langue de l&apos;interface (appliquée au prochain démarrage)</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="40"/>
        <source>Task progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="41"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="42"/>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="55"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;L&apos;application de bureau des délégations auprès de l&apos;UIT&#xa0;: les résolutions et leurs révisions, les positions, les propositions avec marques de révision Word et les tableaux comparatifs.&lt;/p&gt;&lt;p&gt;Fonctionne entièrement hors ligne&#xa0;; votre bibliothèque reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="38"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque&#xa0;:

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/app.py" line="54"/>
        <source>The app did not close normally last time; your drafts were recovered.</source>
        <translation>L&apos;application ne s&apos;est pas fermée normalement la dernière fois&#xa0;; vos projets ont été récupérés.</translation>
    </message>
</context>
</TS>
