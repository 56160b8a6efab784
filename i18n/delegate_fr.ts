<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="29"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="30"/>
        <source>Committee or agenda item</source>
        <translation>Commission ou point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="31"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="32"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="33"/>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="34"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="35"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="49"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="51"/>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="63"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="66"/>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="69"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="73"/>
        <source>MOD…</source>
        <translation>MOD…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="73"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>Modifier une résolution de la bibliothèque (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="74"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="74"/>
        <source>A draft new resolution</source>
        <translation>Projet de nouvelle résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="75"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="75"/>
        <source>Suppress a resolution</source>
        <translation>Supprimer une résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="77"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="77"/>
        <source>Move up (renumbers)</source>
        <translation>Déplacer vers le haut (renumérote)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="78"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="78"/>
        <source>Move down (renumbers)</source>
        <translation>Déplacer vers le bas (renumérote)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="80"/>
        <source>Renumber</source>
        <translation>Renuméroter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="82"/>
        <source>Number the delegation&apos;s proposals in their order (imported numbers stay)</source>
        <translation>Numéroter les propositions de la délégation dans leur ordre (les numéros importés sont conservés)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="84"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="84"/>
        <source>Draft the selected proposal</source>
        <translation>Rédiger la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="85"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="85"/>
        <source>Delete the selected proposal</source>
        <translation>Supprimer la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="105"/>
        <source>ITU rules check</source>
        <translation>Vérification des règles de l&apos;UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>Export Word…</source>
        <translation>Exporter vers Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="96"/>
        <source>Compare proposals in Excel…</source>
        <translation>Comparer les propositions dans Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="99"/>
        <source>Contribution:</source>
        <translation>Contribution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="137"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="138"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="149"/>
        <source>No contribution is open: start a new one.</source>
        <translation>Aucune contribution n&apos;est ouverte&#xa0;: commencez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="155"/>
        <source>✓ No problems found.</source>
        <translation>✓ Aucun problème détecté.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="189"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>La bibliothèque est vide&#xa0;: importez d&apos;abord des résolutions.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="194"/>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="199"/>
        <source>Modify a resolution</source>
        <translation>Modifier une résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="223"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}&#xa0;: choisissez la résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="251"/>
        <source>Delete proposal</source>
        <translation>Supprimer la proposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="252"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>Supprimer {0} {1}&#xa0;? Son texte et ses Motifs seront perdus.</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="27"/>
        <source>Proposal being drafted</source>
        <translation>Proposition en cours de rédaction</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="30"/>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="35"/>
        <source>Revision marks</source>
        <translation>Marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="37"/>
        <location filename="../delegate_app/ui/draft_view.py" line="57"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="38"/>
        <source>Reasons: why the conference should adopt this proposal</source>
        <translation>Motifs&#xa0;: pourquoi la conférence devrait adopter cette proposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="42"/>
        <source>Draft status</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="47"/>
        <source>Proposal:</source>
        <translation>Proposition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="49"/>
        <source>Proposed text (edit here)</source>
        <translation>Texte proposé (à modifier ici)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="50"/>
        <source>With revision marks</source>
        <translation>Avec marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>Aucune proposition pour l&apos;instant&#xa0;: commencez-en une depuis la vue Contribution ou Bibliothèque.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="126"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>Le texte que vous saisissiez lors de la dernière fermeture de l&apos;application a été récupéré.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="148"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>Ce n&apos;est pas encore une résolution que l&apos;application peut lire&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="157"/>
        <source>{0} words deleted, {1} inserted</source>
        <translation>{0} mots supprimés, {1} insérés</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="160"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>Texte propre (pas de marques de révision pour {0})</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="62"/>
        <source>earlier edition, replaced {0}</source>
        <translation>édition antérieure, remplacée le {0}</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="74"/>
        <source>Search resolutions (Ctrl+F)</source>
        <translation>Rechercher des résolutions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="75"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="88"/>
        <source>Resolution text</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="90"/>
        <source>Compare with revision</source>
        <translation>Comparer avec la révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="91"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="92"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>Afficher les modifications depuis la révision choisie (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="98"/>
        <source>Revisions:</source>
        <translation>Révisions&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="115"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="121"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="126"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n texte dans la bibliothèque</numerusform>
            <numerusform>%n textes dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="170"/>
        <source>This text cannot be shown: {0}</source>
        <translation>Ce texte ne peut pas être affiché : {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="133"/>
        <location filename="../delegate_app/ui/main_window.py" line="136"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="138"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="138"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="138"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="153"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="246"/>
        <source>positions</source>
        <translation>positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="248"/>
        <source>Recovered changes that were not saved when Delegate last closed: {0}</source>
        <translation>Modifications récupérées, qui n&apos;avaient pas été enregistrées à la dernière fermeture de Delegate : {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="264"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="265"/>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="267"/>
        <source>Load s&amp;ample library…</source>
        <translation>Charger la bibliothèque d'e&amp;xemples…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="269"/>
        <source>Add the 54 resolutions of the PP-18 Final Acts (Dubai, 2018) to the library</source>
        <translation>Ajouter à la bibliothèque les 54 résolutions des Actes finals de la PP-18 (Dubaï, 2018)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="271"/>
        <source>&amp;New contribution</source>
        <translation>&amp;Nouvelle contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="272"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>Nouvelle proposition &amp;MOD de la résolution sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="275"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>Exporter la contribution vers &amp;Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="278"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>Exporter la comparaison vers &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="280"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="291"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="294"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="295"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="296"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="297"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="298"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="299"/>
        <source>&amp;Find in library</source>
        <translation>Rec&amp;hercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="301"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="304"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="305"/>
        <source>&amp;Positions</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="306"/>
        <source>&amp;Draft</source>
        <translation>P&amp;rojet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="307"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="311"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="312"/>
        <source>&amp;About {0}</source>
        <translation>À &amp;propos de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="313"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="391"/>
        <source>The library is damaged: {0}. Delegate writes nothing more into it; what you type is kept and saved once it is repaired. To repair it, {1}.</source>
        <translation>La bibliothèque est endommagée : {0}. Delegate n’y écrit plus rien ; ce que vous saisissez est conservé et sera enregistré une fois la bibliothèque réparée. Pour la réparer, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="413"/>
        <source>Today&apos;s backup of the library could not be made: {0}</source>
        <translation>La sauvegarde du jour de la bibliothèque n&apos;a pas pu être faite : {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="418"/>
        <source>Backed up the library to {0}</source>
        <translation>Bibliothèque sauvegardée dans {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="427"/>
        <source>Import resolutions and contributions</source>
        <translation>Importer des résolutions et des contributions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="427"/>
        <source>ITU texts (*.docx *.pdf *.txt *.md)</source>
        <translation>Textes de l'UIT (*.docx *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="435"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="458"/>
        <source>This installation has no sample library.</source>
        <translation>Cette installation n'a pas de bibliothèque d'exemples.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="474"/>
        <source>Reading {0}</source>
        <translation>Lecture de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="474"/>
        <source>Storing…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="488"/>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="488"/>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="489"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="489"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="495"/>
        <source>Replaced: {0}; the wording it replaced is kept in the library as an earlier edition</source>
        <translation>Remplacé : {0} ; le libellé remplacé est conservé dans la bibliothèque comme édition antérieure</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/main_window.py" line="501"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="502"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="506"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="522"/>
        <source>Something went wrong ({0}). The details are in the log: {1}</source>
        <translation>Un problème est survenu ({0}). Les détails sont dans le journal : {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="540"/>
        <source>Open or start a contribution first.</source>
        <translation>Ouvrez ou commencez d&apos;abord une contribution.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="544"/>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="544"/>
        <location filename="../delegate_app/ui/main_window.py" line="764"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="570"/>
        <source>Proposal {0} modifies {1}, which is not in the library. Import that text, or mark the proposal against another version of the resolution.</source>
        <translation>La proposition {0} modifie {1}, qui n’est pas dans la bibliothèque. Importez ce texte, ou marquez la proposition par rapport à une autre version de la résolution.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="580"/>
        <source>Writing the Word document…</source>
        <translation>Écriture du document Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="598"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>Une comparaison nécessite une proposition MOD accompagnée de son texte de base.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="602"/>
        <source>Export comparison to Excel</source>
        <translation>Exporter la comparaison vers Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="602"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="616"/>
        <source>Writing the comparison workbook…</source>
        <translation>Écriture du classeur de comparaison…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="622"/>
        <location filename="../delegate_app/ui/main_window.py" line="632"/>
        <source>Wrote {0}</source>
        <translation>Fichier enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="633"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="634"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="682"/>
        <source>The library was replaced (a backup was restored, or another program changed the file); the window now shows it.</source>
        <translation>La bibliothèque a été remplacée (une sauvegarde a été restaurée, ou un autre programme a modifié le fichier) ; la fenêtre l&apos;affiche désormais.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="764"/>
        <source>Save a copy of the contribution</source>
        <translation>Enregistrer une copie de la contribution</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="18"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="19"/>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="20"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="21"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="22"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="23"/>
        <source>Regional alignment</source>
        <translation>Alignement régional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="24"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="68"/>
        <location filename="../delegate_app/ui/positions_view.py" line="69"/>
        <source>Filter positions</source>
        <translation>Filtrer les positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="72"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="97"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="98"/>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="99"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="100"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="101"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="102"/>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="103"/>
        <source>Regional alignment</source>
        <translation>Alignement régional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="104"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="91"/>
        <source>Save position</source>
        <translation>Enregistrer la position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="155"/>
        <source>(whole resolution)</source>
        <translation>(résolution entière)</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="56"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="57"/>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="26"/>
        <source>Your changes are not saved yet: the library is being used by another program. Delegate will keep trying.</source>
        <translation>Vos modifications ne sont pas encore enregistrées : la bibliothèque est utilisée par un autre programme. Delegate continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="30"/>
        <source>Your changes are not saved yet: the disk is full. Free some space; Delegate will keep trying.</source>
        <translation>Vos modifications ne sont pas encore enregistrées : le disque est plein. Libérez de la place ; Delegate continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="34"/>
        <source>Your changes cannot be saved: the library is read-only (its file, folder or disk). They are kept and will be saved when it can be written.</source>
        <translation>Vos modifications ne peuvent pas être enregistrées : la bibliothèque est en lecture seule (son fichier, son dossier ou son disque). Elles sont conservées et seront enregistrées dès qu&apos;elle pourra être écrite.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="40"/>
        <source>Your changes are not saved yet: the library file is gone (moved or deleted). Delegate will keep trying.</source>
        <translation>Vos modifications ne sont pas encore enregistrées : le fichier de la bibliothèque a disparu (déplacé ou supprimé). Delegate continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="44"/>
        <source>Your changes are not saved yet: the library is damaged. Restore a backup; your changes are kept.</source>
        <translation>Vos modifications ne sont pas encore enregistrées : la bibliothèque est endommagée. Restaurez une sauvegarde ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="75"/>
        <source>Your changes are not saved yet: {0}. Delegate will keep trying.</source>
        <translation>Vos modifications ne sont pas encore enregistrées : {0}. Delegate continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="22"/>
        <source>The library was replaced while Delegate was open; your changes wait until you choose what to keep.</source>
        <translation>La bibliothèque a été remplacée pendant que Delegate était ouvert ; vos modifications attendent que vous choisissiez quoi garder.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="79"/>
        <source>They are only in memory: they could not be written to disk either ({0}).</source>
        <translation>Elles ne sont qu&apos;en mémoire : elles n&apos;ont pas pu être écrites sur le disque non plus ({0}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/save_banner.py" line="96"/>
        <source>This library is read-only: you can read and search it, and what you draft is kept, but it cannot be saved into the library until it can be written.</source>
        <translation>Cette bibliothèque est en lecture seule : vous pouvez la lire et y chercher, et ce que vous rédigez est conservé, mais il ne peut être enregistré dans la bibliothèque tant qu&apos;elle ne peut pas être écrite.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="47"/>
        <source>Author of tracked changes</source>
        <translation>Auteur des marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="50"/>
        <source>Source code in proposal numbers (e.g. RCC, ACP, EUR)</source>
        <translation>Code de la source dans les numéros de proposition (p. ex. RCC, ACP, EUR)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="53"/>
        <source>Source line of new contributions</source>
        <translation>Ligne «&#xa0;Source&#xa0;» des nouvelles contributions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="54"/>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="60"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="69"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="73"/>
        <source>Interface language (applied on the next start)</source>
        <translation>Langue de l&apos;interface (appliquée au prochain démarrage)</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="75"/>
        <source>Task progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="77"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="78"/>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="89"/>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="90"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;The desktop workbench for ITU delegations: resolutions and their revisions, positions, proposals with Word tracked changes, and comparison sheets.&lt;/p&gt;&lt;p&gt;Works fully offline; your library stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;L&apos;application de bureau des délégations auprès de l&apos;UIT&#xa0;: les résolutions et leurs révisions, les positions, les propositions avec marques de révision Word et les tableaux comparatifs.&lt;/p&gt;&lt;p&gt;Fonctionne entièrement hors ligne&#xa0;; votre bibliothèque reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../delegate_app/ui/app.py" line="49"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque&#xa0;:

{0}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="127"/>
        <source>Some of your changes are not saved in the library yet.</source>
        <translation>Certaines de vos modifications ne sont pas encore enregistrées dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="128"/>
        <source>If you quit, Delegate keeps them and saves them when it next starts.</source>
        <translation>Si vous quittez, Delegate les conserve et les enregistre à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="132"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="133"/>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="135"/>
        <source>Quit and keep my changes for next start</source>
        <translation>Quitter et garder mes modifications pour le prochain démarrage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="137"/>
        <source>Quit and lose my changes</source>
        <translation>Quitter et perdre mes modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="155"/>
        <source>The library was replaced while Delegate was open (a backup was restored, or another program changed the file).</source>
        <translation>La bibliothèque a été remplacée pendant que Delegate était ouvert (une sauvegarde a été restaurée, ou un autre programme a modifié le fichier).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="162"/>
        <source>The contribution you have open, “{0}”, is not the same in the restored library. Keep yours in the restored library, or use the restored one (yours is then kept as a copy)?</source>
        <translation>La contribution que vous avez ouverte, « {0} », n&apos;est pas la même dans la bibliothèque restaurée. Garder la vôtre dans la bibliothèque restaurée, ou utiliser celle restaurée (la vôtre est alors conservée comme copie) ?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="166"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="168"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="169"/>
        <source>Use the restored one</source>
        <translation>Utiliser celle restaurée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="187"/>
        <source>The text a MOD modifies is missing</source>
        <translation>Le texte que modifie une proposition MOD est absent</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="192"/>
        <source>Version to mark the MOD against</source>
        <translation>Version par rapport à laquelle marquer la MOD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="197"/>
        <source>Import the text…</source>
        <translation>Importer le texte…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="202"/>
        <source>Mark against the chosen version</source>
        <translation>Marquer par rapport à la version choisie</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="210"/>
        <source>Or mark it against another version:</source>
        <translation>Ou la marquer par rapport à une autre version :</translation>
    </message>
</context>
</TS>
