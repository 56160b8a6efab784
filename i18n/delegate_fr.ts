<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Board</name>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="60"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="61"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="62"/>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="63"/>
        <source>Adopted with modifications</source>
        <translation>Adopté avec modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="64"/>
        <source>Not adopted</source>
        <translation>Non adopté</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="65"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="66"/>
        <source>Noted</source>
        <translation>Pris note</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="67"/>
        <source>Suppressed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="20"/>
        <location filename="../delegate_app/ui/board_view.py" line="88"/>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="34"/>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="35"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="36"/>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="37"/>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="38"/>
        <source>Deadline (Council)</source>
        <translation>Date limite (Conseil)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="62"/>
        <location filename="../delegate_app/ui/board_view.py" line="90"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="91"/>
        <source>&amp;Add agenda item…</source>
        <translation>&amp;Ajouter un point de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="92"/>
        <source>&amp;Conference…</source>
        <translation>&amp;Conférence…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="93"/>
        <source>Record a conference, or change its dates and place</source>
        <translation>Enregistrer une conférence, ou en modifier les dates et le lieu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="94"/>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Importer l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="95"/>
        <source>&amp;Remove agenda item…</source>
        <translation>&amp;Retirer le point de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="96"/>
        <source>Take the selected item off the agenda, for the team too</source>
        <translation>Retirer le point sélectionné de l&apos;ordre du jour, pour l&apos;équipe aussi</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="97"/>
        <source>&amp;Support…</source>
        <translation>&amp;Soutien…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="99"/>
        <source>Who supports the selected proposal&apos;s common proposal (or the open contribution)</source>
        <translation>Qui soutient la proposition commune de la proposition sélectionnée (ou la contribution ouverte)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="102"/>
        <source>Conference:</source>
        <translation>Conférence :</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="104"/>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Agenda item / proposal</source>
        <translation>Point de l&apos;ordre du jour / proposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="113"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="118"/>
        <source>Our position</source>
        <translation>Notre position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="124"/>
        <source>Keys on a proposal: A adopted, M adopted with modifications, N not adopted, W withdrawn</source>
        <translation>Touches sur une proposition : A adopté, M adopté avec modifications, N non adopté, W retiré</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="214"/>
        <source>{0} closes ({1}) before it opens ({2}): set its dates again with Conference…</source>
        <translation>{0} se termine ({1}) avant de s’ouvrir ({2}) : saisissez de nouveau ses dates avec Conférence…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="232"/>
        <location filename="../delegate_app/ui/board_view.py" line="361"/>
        <source>(no meeting)</source>
        <translation>(aucune séance)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="280"/>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="281"/>
        <source>No position recorded on this item.</source>
        <translation>Aucune position enregistrée sur ce point.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="282"/>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="283"/>
        <source>Regional stances</source>
        <translation>Positions régionales</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="302"/>
        <source>Our proposals: {0}; others&apos;: {1}</source>
        <translation>Nos propositions : {0} ; celles des autres : {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="311"/>
        <source>Choose a proposal to set its status.</source>
        <translation>Choisissez une proposition pour en fixer le statut.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="327"/>
        <source>Setting the status…</source>
        <translation>Fixation du statut…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="344"/>
        <source>Adding the agenda item…</source>
        <translation>Ajout du point de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="353"/>
        <source>Choose an agenda item to remove it.</source>
        <translation>Choisissez un point de l&apos;ordre du jour pour le retirer.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="359"/>
        <source>Remove agenda item</source>
        <translation>Retirer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="360"/>
        <source>Take “{0}” ({1}, {2}) off the agenda, for the whole team?</source>
        <translation>Retirer « {0} » ({1}, {2}) de l&apos;ordre du jour, pour toute l&apos;équipe ?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="373"/>
        <source>Removing the agenda item…</source>
        <translation>Retrait du point de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="418"/>
        <source>Saving the conference…</source>
        <translation>Enregistrement de la conférence…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="428"/>
        <source>Import agenda</source>
        <translation>Importer l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="429"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="441"/>
        <source>{0} agenda item(s) added</source>
        <translation>{0} point(s) de l&apos;ordre du jour ajouté(s)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="444"/>
        <source>Importing the agenda…</source>
        <translation>Importation de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="56"/>
        <source>Add agenda item</source>
        <translation>Ajouter un point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="63"/>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="64"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_dialogs.py" line="65"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/board_view.py" line="456"/>
        <location filename="../delegate_app/ui/board_view.py" line="457"/>
        <source>Board</source>
        <translation>Tableau du jour</translation>
    </message>
</context>
<context>
    <name>CompetingDialog</name>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="19"/>
        <source>Proposals on {0}</source>
        <translation>Propositions relatives à {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/competing_dialog.py" line="30"/>
        <source>Competing proposals</source>
        <translation>Propositions concurrentes</translation>
    </message>
</context>
<context>
    <name>Conference</name>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="38"/>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="39"/>
        <source>Adopted with modifications</source>
        <translation>Adopté avec modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="40"/>
        <source>Not adopted</source>
        <translation>Non adopté</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="46"/>
        <source>as proposed</source>
        <translation>tel que proposé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="47"/>
        <source>with other wording</source>
        <translation>avec un autre libellé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="48"/>
        <source>not taken</source>
        <translation>non retenu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="115"/>
        <source>Next deadline: {0}, {1} ({2})</source>
        <translation>Prochaine date limite : {0}, {1} ({2})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="134"/>
        <source>Common proposal: {0} signed, {1} supporting, {2} not supporting</source>
        <translation>Proposition commune : {0} signataires, {1} en faveur, {2} contre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="145"/>
        <source>signed</source>
        <translation>signataire</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="146"/>
        <source>supports</source>
        <translation>soutient</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="147"/>
        <source>does not support</source>
        <translation>ne soutient pas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="159"/>
        <source>Support of the common proposal</source>
        <translation>Soutien de la proposition commune</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="166"/>
        <source>Stances</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="169"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="170"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="171"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="176"/>
        <source>&amp;Remove stance…</source>
        <translation>&amp;Retirer la position…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="189"/>
        <source>Contribution {0}: stances recorded: {1}</source>
        <translation>Contribution {0} : positions enregistrées : {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="216"/>
        <source>Remove stance</source>
        <translation>Retirer la position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="217"/>
        <source>Withdraw the stance of {0} on this common proposal, for the whole team?</source>
        <translation>Retirer la position de {0} sur cette proposition commune, pour toute l&apos;équipe ?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="233"/>
        <source>Withdrawing the stance…</source>
        <translation>Retrait de la position…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="245"/>
        <source>Choose a proposal on the board, or open a contribution, to see its support.</source>
        <translation>Choisissez une proposition au tableau, ou ouvrez une contribution, pour voir son soutien.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="290"/>
        <source>Reconcile with the adopted text</source>
        <translation>Rapprocher du texte adopté</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="293"/>
        <source>{0}: {1} proposal(s); the statuses would be dated {2}.</source>
        <translation>{0} : {1} proposition(s) ; les statuts seraient datés du {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="302"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="303"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="304"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="305"/>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="306"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="326"/>
        <source>not reconciled</source>
        <translation>non rapproché</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="330"/>
        <source>Proposed and adopted wording</source>
        <translation>Libellé proposé et libellé adopté</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="334"/>
        <source>&amp;Set statuses…</source>
        <translation>&amp;Fixer les statuts…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="345"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="346"/>
        <source>Adopted text</source>
        <translation>Texte adopté</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="377"/>
        <source>Select the adopted text in the Library first.</source>
        <translation>Sélectionnez d&apos;abord le texte adopté dans la Bibliothèque.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="394"/>
        <source>Reconciling with the adopted text…</source>
        <translation>Rapprochement avec le texte adopté…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="406"/>
        <source>Set statuses</source>
        <translation>Fixer les statuts</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="407"/>
        <source>Set the status of {0} proposal(s) as listed, dated {1}?</source>
        <translation>Fixer le statut de {0} proposition(s) comme indiqué, à la date du {1} ?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="440"/>
        <source>{0} status(es) set, dated {1}</source>
        <translation>{0} statut(s) fixé(s), à la date du {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_ui.py" line="445"/>
        <source>Setting the statuses…</source>
        <translation>Fixation des statuts…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="46"/>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Rapprocher…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="48"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/reconcile_offer.py" line="123"/>
        <source>Could not look for proposals to reconcile: {0}</source>
        <translation>Impossible de rechercher les propositions à rapprocher : {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="20"/>
        <source>CS 224, CV 519</source>
        <translation>numéro 224 de la Constitution, numéro 519 de la Convention</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="21"/>
        <source>General Rules No. 40</source>
        <translation>Règles générales, numéro 40</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="22"/>
        <source>Resolution 165 (Rev. Dubai, 2018)</source>
        <translation>Résolution 165 (Rév. Dubaï, 2018)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="23"/>
        <source>Resolution 165 (Rev. Dubai, 2018); WTSA Resolution 1, considering f)</source>
        <translation>Résolution 165 (Rév. Dubaï, 2018) ; Résolution 1 de l’AMNT, considérant f)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="26"/>
        <source>Resolution 165 (Rev. Dubai, 2018) (inferred: Resolution ITU-R 1 sets none of its own)</source>
        <translation>Résolution 165 (Rév. Dubaï, 2018) (par déduction : la Résolution UIT-R 1 n’en fixe aucun)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="29"/>
        <source>set by the Council secretariat</source>
        <translation>fixée par le secrétariat du Conseil</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="32"/>
        <source>drafted from the adopted text itself</source>
        <translation>rédigée à partir du texte adopté lui-même</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="33"/>
        <source>the text it acts on is not in the library</source>
        <translation>le texte qu’elle vise n’est pas dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="34"/>
        <source>in another language ({0})</source>
        <translation>dans une autre langue ({0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="35"/>
        <source>drafted from {0}, not older than the adopted text</source>
        <translation>rédigée à partir de {0}, qui n’est pas antérieur au texte adopté</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="70"/>
        <source>{0} Resolution {1}</source>
        <translation>Résolution {1} ({0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conference_words.py" line="71"/>
        <source>Resolution {0}</source>
        <translation>Résolution {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="179"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="192"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="183"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="37"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="184"/>
        <source>ITU number</source>
        <translation>Numéro UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="28"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="29"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="30"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="31"/>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="32"/>
        <source>Regional alignment</source>
        <translation>Alignement régional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="33"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="34"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="35"/>
        <source>Place in the contribution</source>
        <translation>Place dans la contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="36"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="38"/>
        <source>Numbered by Delegate</source>
        <translation>Numérotée par Delegate</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="39"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="40"/>
        <source>Status date</source>
        <translation>Date du statut</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="41"/>
        <source>Status note</source>
        <translation>Note sur le statut</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="42"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="43"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="44"/>
        <source>Base text</source>
        <translation>Texte de base</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="45"/>
        <source>Front matter</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="46"/>
        <source>Deleted or kept</source>
        <translation>Supprimé ou conservé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="47"/>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="48"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="49"/>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="50"/>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="51"/>
        <source>Deadline (Council)</source>
        <translation>Date limite (Conseil)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="52"/>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="53"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="54"/>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="55"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="56"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="57"/>
        <source>Place among the day&apos;s items</source>
        <translation>Rang parmi les points du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="58"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="61"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="62"/>
        <source>submitted</source>
        <translation>soumise</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="63"/>
        <source>adopted</source>
        <translation>adoptée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="64"/>
        <source>adopted with modifications</source>
        <translation>adoptée avec modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="65"/>
        <source>not adopted</source>
        <translation>non adoptée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="66"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="67"/>
        <source>noted</source>
        <translation>notée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="68"/>
        <source>suppressed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="98"/>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="100"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="139"/>
        <source>whole resolution</source>
        <translation>résolution entière</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="141"/>
        <source>{0} Resolution {1}, {2}</source>
        <translation>Résolution {1} ({0}), {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="142"/>
        <source>Resolution {0}, {1}</source>
        <translation>Résolution {0}, {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="146"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="149"/>
        <source>Contribution {0}</source>
        <translation>Contribution {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="151"/>
        <source>Conference {0}</source>
        <translation>Conférence {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="153"/>
        <source>Conference {0}, document {1}</source>
        <translation>Conférence {0}, document {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="159"/>
        <source>{0} agenda, {1}, {2}: {3}</source>
        <translation>Ordre du jour de {0}, {1}, {2} : {3}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="162"/>
        <source>{0} agenda, {1}: {2}</source>
        <translation>Ordre du jour de {0}, {1} : {2}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="164"/>
        <source>Support of {0} by {1}</source>
        <translation>Soutien de {1} à {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="185"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="186"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="255"/>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="187"/>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="256"/>
        <source>Theirs</source>
        <translation>Le leur</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="188"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="189"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="198"/>
        <source>The values side by side</source>
        <translation>Les valeurs côte à côte</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="202"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="203"/>
        <source>Take theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="204"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="272"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="35"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="36"/>
        <source>Committee or agenda item</source>
        <translation>Commission ou point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="37"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="38"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="39"/>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="40"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="41"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="56"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="58"/>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/conflicts_dialog.py" line="127"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="76"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="79"/>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
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
        <translation>Langue de la contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="84"/>
        <source>Show proposals with the status</source>
        <translation>Afficher les propositions ayant le statut</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="85"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="91"/>
        <source>Modify a resolution of the library (Ctrl+M)</source>
        <translation>Modifier une résolution de la bibliothèque (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>(MOD)…</source>
        <translation>(MOD)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="92"/>
        <source>An editorial modification of a resolution</source>
        <translation>Une modification rédactionnelle d&apos;une résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>ADD</source>
        <translation>ADD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="93"/>
        <source>A draft new resolution</source>
        <translation>Projet de nouvelle résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>SUP…</source>
        <translation>SUP…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="94"/>
        <source>Suppress a resolution</source>
        <translation>Supprimer une résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>NOC…</source>
        <translation>NOC…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="95"/>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="101"/>
        <source>Move up (renumbers)</source>
        <translation>Déplacer vers le haut (renumérote)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="102"/>
        <source>Move down (renumbers)</source>
        <translation>Déplacer vers le bas (renumérote)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="104"/>
        <source>Renumber</source>
        <translation>Renuméroter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="106"/>
        <source>Number the delegation&apos;s proposals in their order (imported numbers stay)</source>
        <translation>Numéroter les propositions de la délégation dans leur ordre (les numéros importés sont conservés)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="108"/>
        <source>Draft the selected proposal</source>
        <translation>Rédiger la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Action…</source>
        <translation>Action…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="109"/>
        <source>Change the selected proposal&apos;s action</source>
        <translation>Changer l&apos;action de la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Base…</source>
        <translation>Base…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="110"/>
        <source>Choose the text the selected proposal modifies</source>
        <translation>Choisir le texte que modifie la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Status…</source>
        <translation>Statut…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="111"/>
        <source>Record where the selected proposal stands</source>
        <translation>Enregistrer où en est la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="112"/>
        <source>Delete the selected proposal</source>
        <translation>Supprimer la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="126"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="130"/>
        <source>ITU rules check</source>
        <translation>Vérification des règles de l&apos;UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="118"/>
        <source>Export Word…</source>
        <translation>Exporter vers Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="120"/>
        <source>Compare proposals in Excel…</source>
        <translation>Comparer les propositions dans Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="123"/>
        <source>Contribution:</source>
        <translation>Contribution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="172"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="184"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="173"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="185"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="253"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>La bibliothèque est vide&#xa0;: importez d&apos;abord des résolutions.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="258"/>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="263"/>
        <source>Modify a resolution</source>
        <translation>Modifier une résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="290"/>
        <source>{0}: choose the resolution</source>
        <translation>{0}&#xa0;: choisissez la résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="320"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="327"/>
        <source>Change the action</source>
        <translation>Changer l&apos;action</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="328"/>
        <source>A {0} keeps the text as it is: the changes drafted in {1} will be lost. Change it?</source>
        <translation>Une proposition {0} conserve le texte tel quel&#xa0;: les modifications rédigées dans {1} seront perdues. Changer l&apos;action&#xa0;?</translation>
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
        <translation>Un projet de nouvelle résolution ne modifie aucun texte.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="351"/>
        <source>The library holds no text of {0}.</source>
        <translation>La bibliothèque ne contient aucun texte de {0}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="356"/>
        <source>Marked against:</source>
        <translation>Marques par rapport à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="366"/>
        <source>The library holds a later revision ({0}): a MOD is usually marked against the text in force.</source>
        <translation>La bibliothèque contient une révision plus récente ({0})&#xa0;: une proposition MOD est en général marquée par rapport au texte en vigueur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="377"/>
        <source>%n citation(s) updated: they show as tracked changes in the export.</source>
        <translation>
            <numerusform>%n citation mise à jour&#xa0;: elle apparaît en marques de révision dans l&apos;export.</numerusform>
            <numerusform>%n citations mises à jour&#xa0;: elles apparaissent en marques de révision dans l&apos;export.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="379"/>
        <source>Nothing to update: the library holds the later revision in another language only.</source>
        <translation>Rien à mettre à jour&#xa0;: la bibliothèque ne contient la révision plus récente que dans une autre langue.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="406"/>
        <source>Delete proposal</source>
        <translation>Supprimer la proposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/contribution_view.py" line="407"/>
        <source>Delete {0} {1}? Its text and Reasons will be lost.</source>
        <translation>Supprimer {0} {1}&#xa0;? Son texte et ses Motifs seront perdus.</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="36"/>
        <source>Proposal being drafted</source>
        <translation>Proposition en cours de rédaction</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="39"/>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="46"/>
        <source>Revision marks</source>
        <translation>Marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="48"/>
        <location filename="../delegate_app/ui/draft_view.py" line="72"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="52"/>
        <source>Draft status</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="62"/>
        <source>Proposal:</source>
        <translation>Proposition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="64"/>
        <source>Proposed text (edit here)</source>
        <translation>Texte proposé (à modifier ici)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="65"/>
        <source>With revision marks</source>
        <translation>Avec marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="96"/>
        <source>No proposal yet: start one from the Contribution or Library view.</source>
        <translation>Aucune proposition pour l&apos;instant&#xa0;: commencez-en une depuis la vue Contribution ou Bibliothèque.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="163"/>
        <source>Recovered the text you were typing when the app last closed.</source>
        <translation>Le texte que vous saisissiez lors de la dernière fermeture de l&apos;application a été récupéré.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="229"/>
        <source>Not yet a resolution the app can read: {0}</source>
        <translation>Ce n&apos;est pas encore une résolution que l&apos;application peut lire&#xa0;: {0}</translation>
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
            <numerusform>%n mot supprimé</numerusform>
            <numerusform>%n mots supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="241"/>
        <source>%n inserted</source>
        <translation>
            <numerusform>%n inséré</numerusform>
            <numerusform>%n insérés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/draft_view.py" line="245"/>
        <source>Clean text (no revision marks for {0})</source>
        <translation>Texte propre (pas de marques de révision pour {0})</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="66"/>
        <source>Send changes</source>
        <translation>Envoyer les modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="55"/>
        <source>Colleague:</source>
        <translation>Collègue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="68"/>
        <location filename="../delegate_app/ui/exchange_ui.py" line="100"/>
        <source>Delegate bundles (*.bundle)</source>
        <translation>Lots Delegate (*.bundle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="84"/>
        <source>%n change(s) written for {0}</source>
        <translation>
            <numerusform>%n modification écrite pour {0}</numerusform>
            <numerusform>%n modifications écrites pour {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="87"/>
        <source>Writing the changes…</source>
        <translation>Écriture des modifications…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="99"/>
        <source>Receive changes</source>
        <translation>Recevoir des modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="116"/>
        <source>This bundle was taken in already: nothing changed.</source>
        <translation>Ce lot a déjà été reçu&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="119"/>
        <source>From {0} ({1}): %n record(s) changed</source>
        <translation>
            <numerusform>De {0} ({1})&#xa0;: %n enregistrement modifié</numerusform>
            <numerusform>De {0} ({1})&#xa0;: %n enregistrements modifiés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="122"/>
        <source>Conflicts: {0}</source>
        <translation>Conflits&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="126"/>
        <source>Changes received</source>
        <translation>Modifications reçues</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="131"/>
        <source>Taking the changes in…</source>
        <translation>Réception des modifications…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="139"/>
        <source>Shared folder for the team</source>
        <translation>Dossier partagé de l&apos;équipe</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="185"/>
        <source>Shared folder reached at {0}: %n record(s) changed</source>
        <translation>
            <numerusform>Dossier partagé atteint à {0} : %n fiche modifiée</numerusform>
            <numerusform>Dossier partagé atteint à {0} : %n fiches modifiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="188"/>
        <source>; conflicts: {0}</source>
        <translation>; conflits : {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="194"/>
        <source>Exchanging through the shared folder…</source>
        <translation>Échange par le dossier partagé…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="201"/>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="205"/>
        <source>Shared folder reached at {0}</source>
        <translation>Dossier partagé atteint le {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="207"/>
        <source>Shared folder not reached since {0}</source>
        <translation>Dossier partagé non atteint depuis le {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="209"/>
        <source>Shared folder not reached</source>
        <translation>Dossier partagé non atteint</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/exchange_ui.py" line="287"/>
        <source>Settling the conflict…</source>
        <translation>Règlement du conflit…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="10"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="11"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="14"/>
        <source>&amp;Contribution (Word)…</source>
        <translation>&amp;Contribution (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="15"/>
        <source>Con&amp;solidated text (Word)…</source>
        <translation>Texte con&amp;solidé (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="16"/>
        <source>Co&amp;mpilation of proposals (Word)…</source>
        <translation>Co&amp;mpilation des propositions (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="17"/>
        <source>Delegation &amp;brief (Word)…</source>
        <translation>Note d&apos;information de la &amp;délégation (Word)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="18"/>
        <source>Comparison of &amp;proposals (Excel)…</source>
        <translation>Comparaison des &amp;propositions (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="19"/>
        <source>Comparison of s&amp;ister resolutions (Excel)…</source>
        <translation>Comparaison des résolutions &amp;sœurs (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_kinds.py" line="20"/>
        <source>P&amp;ositions workbook (Excel)…</source>
        <translation>Classeur des p&amp;ositions (Excel)…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="65"/>
        <source>With revision marks against the text (tracked changes)</source>
        <translation>Avec les marques de révision par rapport au texte (suivi des modifications)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="67"/>
        <source>Underline and strike-through instead of tracked changes (for printing)</source>
        <translation>Soulignement et biffure au lieu du suivi des modifications (pour l&apos;impression)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="74"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="76"/>
        <source>Apply the proposals that are</source>
        <translation>Appliquer les propositions dont le statut est</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="82"/>
        <source>Resolutions of</source>
        <translation>Résolutions de</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="86"/>
        <source>Every priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="89"/>
        <source>Lowest priority shown</source>
        <translation>Priorité la plus basse retenue</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="96"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="99"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="105"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="107"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="126"/>
        <source>Every body</source>
        <translation>Tous les organes</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="203"/>
        <source>Open or start a contribution first.</source>
        <translation>Ouvrez ou commencez d&apos;abord une contribution.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="208"/>
        <source>The library is empty: import resolutions first.</source>
        <translation>La bibliothèque est vide : importez d&apos;abord des résolutions.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="239"/>
        <source>Writing {0}…</source>
        <translation>Écriture : {0}…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="265"/>
        <location filename="../delegate_app/ui/export_dialog.py" line="271"/>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/export_dialog.py" line="284"/>
        <source>Choose the statuses of the proposals to apply.</source>
        <translation>Choisissez les statuts des propositions à appliquer.</translation>
    </message>
</context>
<context>
    <name>KeptBox</name>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="39"/>
        <source>Use what I typed</source>
        <translation>Utiliser ce que j’ai saisi</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="40"/>
        <source>Keep the library&apos;s</source>
        <translation>Garder celle de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="57"/>
        <source>What you typed, kept beside the library&apos;s values: {0}</source>
        <translation>Ce que vous avez saisi, conservé à côté des valeurs de la bibliothèque : {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="66"/>
        <source>This position was changed meanwhile by a workbook import or another window. The form shows the library&apos;s values again; what you typed ({0}) is kept beside them: choose below.</source>
        <translation>Cette position a été modifiée entre-temps par l’import d’un classeur ou par une autre fenêtre. Le formulaire affiche de nouveau les valeurs de la bibliothèque ; ce que vous avez saisi ({0}) est conservé à côté : choisissez ci-dessous.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_kept.py" line="70"/>
        <source>This position was changed meanwhile by a workbook import or another window: what you typed was saved with their changes, which the form now shows.</source>
        <translation>Cette position a été modifiée entre-temps par l’import d’un classeur ou par une autre fenêtre : ce que vous avez saisi a été enregistré avec ces modifications, que le formulaire affiche maintenant.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="64"/>
        <source>edition not in force (since {0})</source>
        <translation>édition non en vigueur (depuis le {0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_model.py" line="66"/>
        <source>taken from a draft</source>
        <translation>tiré d&apos;un projet</translation>
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
        <location filename="../delegate_app/ui/library_view.py" line="68"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="79"/>
        <source>Resolution text</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="81"/>
        <source>Compare with revision</source>
        <translation>Comparer avec la révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="82"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="83"/>
        <source>Show the changes from the chosen revision (Ctrl+D)</source>
        <translation>Afficher les modifications depuis la révision choisie (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="90"/>
        <source>As amended</source>
        <translation>Tel que modifié</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="92"/>
        <source>The text with the adopted proposals stored on it applied, marked against it</source>
        <translation>Le texte avec les propositions adoptées qui le concernent appliquées, en marques de révision</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="109"/>
        <source>Revisions:</source>
        <translation>Révisions&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="138"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="147"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="152"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n texte dans la bibliothèque</numerusform>
            <numerusform>%n textes dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="233"/>
        <source>This text cannot be shown: {0}</source>
        <translation>Ce texte ne peut pas être affiché : {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="266"/>
        <source>superseded by {0}</source>
        <translation>remplacée par {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="268"/>
        <source>abrogated</source>
        <translation>abrogée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="269"/>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="377"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>As amended by the adopted proposals: {0}</source>
        <translation>Tel que modifié par les propositions adoptées&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="405"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="406"/>
        <source>Not applied, they compete: {0}</source>
        <translation>Non appliquées, car concurrentes&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="407"/>
        <source>Not applied: {0}</source>
        <translation>Non appliquée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="96"/>
        <source>Put in force</source>
        <translation>Mettre en vigueur</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="99"/>
        <source>Make this edition the library&apos;s text of its revision; the text in force now is kept beside it as an edition</source>
        <translation>Faire de cette édition le texte de la bibliothèque pour sa révision ; le texte en vigueur est conservé à côté comme édition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="249"/>
        <source>edition not in force (since {0})</source>
        <translation>édition non en vigueur (depuis le {0})</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="321"/>
        <source>Put this edition in force</source>
        <translation>Mettre cette édition en vigueur</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="340"/>
        <source>In force: {0}; the wording in force before is kept beside it as an edition</source>
        <translation>En vigueur : {0} ; le libellé en vigueur auparavant est conservé à côté comme édition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/library_view.py" line="345"/>
        <source>Putting the edition in force…</source>
        <translation>Mise en vigueur de l&apos;édition…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="89"/>
        <location filename="../delegate_app/ui/main_window.py" line="92"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="94"/>
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
        <location filename="../delegate_app/ui/main_window.py" line="108"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="44"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="81"/>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="83"/>
        <source>Load s&amp;ample library…</source>
        <translation>Charger la bibliothèque d&apos;e&amp;xemples…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="85"/>
        <source>Add the 54 resolutions of the PP-18 Final Acts (Dubai, 2018) to the library</source>
        <translation>Ajouter à la bibliothèque les 54 résolutions des Actes finals de la PP-18 (Dubaï, 2018)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="45"/>
        <source>&amp;New contribution</source>
        <translation>&amp;Nouvelle contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="46"/>
        <source>New &amp;MOD of the selected resolution</source>
        <translation>Nouvelle proposition &amp;MOD de la résolution sélectionnée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="48"/>
        <source>Export contribution to &amp;Word…</source>
        <translation>Exporter la contribution vers &amp;Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="49"/>
        <source>Export comparison to &amp;Excel…</source>
        <translation>Exporter la comparaison vers &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="88"/>
        <source>Send &amp;changes…</source>
        <translation>Envoyer les &amp;modifications…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="90"/>
        <source>Write the changes a colleague has not been sent yet into a file</source>
        <translation>Écrire dans un fichier les modifications pas encore envoyées à un collègue</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="93"/>
        <source>Recei&amp;ve changes…</source>
        <translation>Rece&amp;voir des modifications…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="95"/>
        <source>Take in a file of changes from a colleague</source>
        <translation>Recevoir un fichier de modifications d&apos;un collègue</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="98"/>
        <source>Co&amp;nflicts…</source>
        <translation>Co&amp;nflits…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="100"/>
        <source>The fields you and a colleague both changed</source>
        <translation>Les champs que vous et un collègue avez modifiés tous les deux</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="103"/>
        <source>S&amp;ync with shared folder now</source>
        <translation>S&amp;ynchroniser avec le dossier partagé maintenant</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="105"/>
        <source>Take in the team&apos;s changes from the shared folder and put yours there</source>
        <translation>Recevoir les modifications de l&apos;équipe depuis le dossier partagé et y déposer les vôtres</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="108"/>
        <source>C&amp;hoose shared folder…</source>
        <translation>C&amp;hoisir le dossier partagé…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="110"/>
        <source>The folder the team exchanges through (a network share or a synced folder)</source>
        <translation>Le dossier par lequel l&apos;équipe échange (un partage réseau ou un dossier synchronisé)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="53"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="128"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="136"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="138"/>
        <source>Save view as P&amp;DF…</source>
        <translation>Enregistrer la vue en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="142"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="54"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="148"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="149"/>
        <source>&amp;Find in library</source>
        <translation>Rec&amp;hercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="152"/>
        <source>Re&amp;concile with the adopted text…</source>
        <translation>Ra&amp;pprocher du texte adopté…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="154"/>
        <source>Which stored proposals the text selected in the Library took</source>
        <translation>Les propositions enregistrées que le texte sélectionné dans la Bibliothèque a retenues</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="55"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="159"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="160"/>
        <source>&amp;Positions</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="161"/>
        <source>&amp;Draft</source>
        <translation>P&amp;rojet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="162"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="167"/>
        <source>The day&apos;s &amp;board</source>
        <translation>&amp;Tableau du jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="56"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="172"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="173"/>
        <source>&amp;About {0}</source>
        <translation>À &amp;propos de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/menus.py" line="61"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="379"/>
        <source>Something went wrong ({0}). The details are in the log: {1}</source>
        <translation>Un problème est survenu ({0}). Les détails sont dans le journal : {1}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/main_window.py" line="441"/>
        <source>The library was replaced (a backup was restored, or another program changed the file); the window now shows it.</source>
        <translation>La bibliothèque a été remplacée (une sauvegarde a été restaurée, ou un autre programme a modifié le fichier) ; la fenêtre l&apos;affiche désormais.</translation>
    </message>
</context>
<context>
    <name>PositionSheets</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="30"/>
        <source>Export positions</source>
        <translation>Exporter les positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="32"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="64"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="46"/>
        <source>Wrote {0}</source>
        <translation>Fichier enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="48"/>
        <source>Writing the positions workbook…</source>
        <translation>Écriture du classeur des positions…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="63"/>
        <source>Import positions</source>
        <translation>Importer des positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="95"/>
        <source>updated</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="96"/>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="97"/>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="98"/>
        <source>conflict</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="99"/>
        <source>rejected</source>
        <translation>refusées</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="105"/>
        <source>Positions imported</source>
        <translation>Positions importées</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="75"/>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="86"/>
        <source>Importing positions…</source>
        <translation>Importation des positions…</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="78"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="79"/>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="80"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="81"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="82"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="83"/>
        <source>Regional alignment</source>
        <translation>Alignement régional</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="84"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="156"/>
        <location filename="../delegate_app/ui/positions_view.py" line="157"/>
        <source>Filter positions</source>
        <translation>Filtrer les positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="160"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="186"/>
        <source>{0} stance</source>
        <translation>Position de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="210"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="211"/>
        <source>The positions as a workbook to send for comments</source>
        <translation>Les positions dans un classeur à envoyer pour observations</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="213"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="214"/>
        <source>Take back a positions workbook edited by a colleague</source>
        <translation>Reprendre un classeur de positions modifié par un collègue</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="220"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="221"/>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="222"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="223"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="224"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="225"/>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="227"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="207"/>
        <source>Save position</source>
        <translation>Enregistrer la position</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="226"/>
        <source>Regional groups</source>
        <translation>Groupes régionaux</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="294"/>
        <source>(whole resolution)</source>
        <translation>(résolution entière)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>Save view as PDF</source>
        <translation>Enregistrer la vue en PDF</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="87"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/printing.py" line="99"/>
        <source>Wrote {0}</source>
        <translation>{0} écrit</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="58"/>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="59"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="60"/>
        <source>low</source>
        <translation>basse</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Acts on</source>
        <translation>Porte sur</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="54"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="55"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
</context>
<context>
    <name>ReconcileOffer</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/reconcile_offer.py" line="69"/>
        <source>{0} was imported: it can be reconciled with %n stored proposal(s) drafted from an earlier text.</source>
        <translation>
            <numerusform>{0} a été importé : il peut être rapproché de %n proposition enregistrée rédigée à partir d’un texte antérieur.</numerusform>
            <numerusform>{0} a été importé : il peut être rapproché de %n propositions enregistrées rédigées à partir d’un texte antérieur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="19"/>
        <source>The header does not give the {0}.</source>
        <translation>L&apos;en-tête n&apos;indique pas&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="20"/>
        <source>The document number {0} is not in a form ITU writes: give it as “Document 25-E”, “Addendum 2 to Document 25-E” or “Document PP26/25-E”.</source>
        <translation>Le numéro de document {0} n&apos;est pas sous une forme que l&apos;UIT utilise: écrivez-le comme “Document 25-E”, “Addendum 2 to Document 25-E” ou “Document PP26/25-E”.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="25"/>
        <source>The contribution has no proposals.</source>
        <translation>La contribution ne contient aucune proposition.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="26"/>
        <source>The number {0} is used by more than one proposal.</source>
        <translation>Le numéro {0} est utilisé par plusieurs propositions.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="27"/>
        <source>{0} is both modified ({1}) and kept unchanged ({2}) in this contribution: propose one or the other.</source>
        <translation>{0} est à la fois modifiée ({1}) et maintenue sans changement ({2}) dans cette contribution : proposez l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="31"/>
        <source>The proposal has no number.</source>
        <translation>La proposition n&apos;a pas de numéro.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="32"/>
        <source>The number {0} is a placeholder: give the document number in the header and the delegation&apos;s code in Settings, then Renumber.</source>
        <translation>Le numéro {0} est provisoire&#xa0;: indiquez le numéro du document dans l&apos;en-tête et le code de la délégation dans les Paramètres, puis renumérotez.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="37"/>
        <source>The proposal gives no Reasons.</source>
        <translation>La proposition ne donne pas de motifs.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="38"/>
        <source>The proposal names no resolution.</source>
        <translation>La proposition ne désigne aucune résolution.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="39"/>
        <source>Text is deleted inside paragraph {0}: that is a MOD, not a SUP (SUP suppresses the whole resolution).</source>
        <translation>Du texte est supprimé à l&apos;intérieur du paragraphe {0}&#xa0;: c&apos;est une proposition MOD, non SUP (SUP supprime la résolution entière).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="43"/>
        <source>The MOD changes nothing; a proposal to keep a text unchanged is a NOC.</source>
        <translation>La proposition MOD ne change rien&#xa0;; proposer de conserver un texte inchangé est une proposition NOC.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="46"/>
        <source>An ADD is clean new text; changes to an existing text are a MOD.</source>
        <translation>Une proposition ADD est un texte nouveau sans marques&#xa0;; modifier un texte existant est une proposition MOD.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="49"/>
        <source>{0} cites {1}, but the library holds {2}.</source>
        <translation>{0} cite {1}, mais la bibliothèque contient {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="50"/>
        <source>The MOD is marked against {0}, but the library holds a later revision, {1}.</source>
        <translation>La proposition MOD est marquée par rapport à {0}, mais la bibliothèque contient une révision plus récente, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="53"/>
        <source>The text the MOD modifies, {0}, is not in the library: import it (the Word export needs it).</source>
        <translation>Le texte que modifie la proposition MOD, {0}, n&apos;est pas dans la bibliothèque&#xa0;: importez-le (l&apos;export Word en a besoin).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="56"/>
        <source>The contribution is dated {0}, after the deadline for {1} at {2}, {3} ({4}).</source>
        <translation>La contribution est datée du {0}, après la date limite pour {1} à {2}, le {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="59"/>
        <source>The contribution runs to about {0} pages; {1} asks for at most {2}.</source>
        <translation>La contribution compte environ {0} pages ; {1} en demande au plus {2}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="62"/>
        <source>document number</source>
        <translation>numéro du document</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="63"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="64"/>
        <source>original language</source>
        <translation>langue originale</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="65"/>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="66"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="69"/>
        <source>proposals to amend the Constitution or the Convention</source>
        <translation>les propositions d&apos;amendement de la Constitution ou de la Convention</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="72"/>
        <source>all other proposals</source>
        <translation>toutes les autres propositions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="73"/>
        <source>proposals</source>
        <translation>les propositions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="74"/>
        <source>contributions</source>
        <translation>les contributions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="75"/>
        <source>contributions (set for the session by the secretariat)</source>
        <translation>les contributions (fixée pour la session par le secrétariat)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="79"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="80"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="116"/>
        <source>ITU rules check</source>
        <translation>Vérification des règles de l&apos;UIT</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="121"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="122"/>
        <source>Cite the newest revisions in the library in this proposal</source>
        <translation>Citer dans cette proposition les révisions les plus récentes de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="125"/>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="126"/>
        <source>Show the proposal the finding is about</source>
        <translation>Afficher la proposition concernée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="136"/>
        <source>No contribution is open: start a new one.</source>
        <translation>Aucune contribution n&apos;est ouverte&#xa0;: commencez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/rules_panel.py" line="138"/>
        <source>✓ No problems found.</source>
        <translation>✓ Aucun problème détecté.</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="209"/>
        <source>positions</source>
        <translation>positions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="210"/>
        <source>Recovered changes that were not saved when Delegate last closed: {0}</source>
        <translation>Modifications récupérées, qui n&apos;avaient pas été enregistrées à la dernière fermeture de Delegate : {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="213"/>
        <source>Some had been made on a version that was changed since, in another window: they are kept as copies beside it, nothing was written over the newer one ({0}).</source>
        <translation>Certaines avaient été faites sur une version modifiée depuis, dans une autre fenêtre : elles sont conservées en copie à côté de celle-ci, rien n’a été écrit sur la plus récente ({0}).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="224"/>
        <source>{0} was changed in another window after you deleted it here: it was kept.</source>
        <translation>{0} a été modifié dans une autre fenêtre après que vous l’avez supprimé ici : il a été conservé.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="227"/>
        <source>{0} was changed in another window meanwhile: what you typed is kept in a copy of the contribution, which stays open; the other is in the list.</source>
        <translation>{0} a été modifiée entre-temps dans une autre fenêtre : ce que vous avez saisi est conservé dans une copie de la contribution, qui reste ouverte ; l’autre figure dans la liste.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="232"/>
        <source>Another window saved {0} meanwhile: what you typed is kept as a copy, which you go on typing in, and its version is right after it.</source>
        <translation>Une autre fenêtre a enregistré {0} entre-temps : ce que vous avez saisi est conservé en copie, dans laquelle vous continuez à saisir, et sa version vient juste après.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="90"/>
        <source>The library is damaged: {0}. What can still be read is shown. To repair it, {1}.</source>
        <translation>La bibliothèque est endommagée : {0}. Ce qui peut encore être lu est affiché. Pour la réparer, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="55"/>
        <source>The library is damaged: {0}. Delegate writes nothing more into it; what you type is kept and saved once it is repaired. To repair it, {1}.</source>
        <translation>La bibliothèque est endommagée : {0}. Delegate n’y écrit plus rien ; ce que vous saisissez est conservé et sera enregistré une fois la bibliothèque réparée. Pour la réparer, {1}.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="117"/>
        <source>Today&apos;s backup of the library could not be made: {0}</source>
        <translation>La sauvegarde du jour de la bibliothèque n&apos;a pas pu être faite : {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="123"/>
        <source>Backed up the library to {0}</source>
        <translation>Bibliothèque sauvegardée dans {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="184"/>
        <source>Save a copy of the contribution</source>
        <translation>Enregistrer une copie de la contribution</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/safekeeping.py" line="186"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
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
    <name>SheetReport</name>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="132"/>
        <source>Changed both in the library and in the sheet since the export: the library&apos;s value was kept. Tick those to take from the sheet.</source>
        <translation>Modifiées à la fois dans la bibliothèque et dans le classeur depuis l’export : la valeur de la bibliothèque a été conservée. Cochez celles à reprendre du classeur.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="140"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="142"/>
        <source>Row {0}, {1}, {2}: library {3}, sheet {4}</source>
        <translation>Ligne {0}, {1}, {2} : bibliothèque {3}, classeur {4}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/position_sheets_ui.py" line="151"/>
        <source>Take the ticked values from the sheet</source>
        <translation>Reprendre du classeur les valeurs cochées</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="51"/>
        <source>support</source>
        <translation>appui</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="52"/>
        <source>support with changes</source>
        <translation>appui avec modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="53"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="54"/>
        <source>oppose</source>
        <translation>opposition</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/positions_view.py" line="55"/>
        <source>undecided</source>
        <translation>indécis</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="29"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="30"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="31"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="32"/>
        <source>Adopted with modifications</source>
        <translation>Adoptée avec modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="33"/>
        <source>Not adopted</source>
        <translation>Non adoptée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="35"/>
        <source>Noted</source>
        <translation>Prise en note</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="36"/>
        <source>Suppressed</source>
        <translation>Supprimée</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="98"/>
        <source>Status of {0}</source>
        <translation>Statut de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="100"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="116"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="110"/>
        <location filename="../delegate_app/ui/proposal_table.py" line="118"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="111"/>
        <source>e.g. the committee document</source>
        <translation>p. ex. le document de la commission</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/proposal_table.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="17"/>
        <source>Task progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="19"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/task_progress.py" line="20"/>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="36"/>
        <source>Import resolutions and contributions</source>
        <translation>Importer des résolutions et des contributions</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="37"/>
        <source>ITU texts (*.docx *.pdf *.txt *.md)</source>
        <translation>Textes de l&apos;UIT (*.docx *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="45"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="58"/>
        <source>This installation has no sample library.</source>
        <translation>Cette installation n&apos;a pas de bibliothèque d&apos;exemples.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Reading {0}</source>
        <translation>Lecture de {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="74"/>
        <source>Storing…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="88"/>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="89"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/transfers.py" line="99"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="100"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="107"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="119"/>
        <source>Open or start a contribution first.</source>
        <translation>Ouvrez ou commencez d&apos;abord une contribution.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="130"/>
        <location filename="../delegate_app/ui/transfers.py" line="186"/>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="132"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="160"/>
        <source>Proposal {0} modifies {1}, which is not in the library. Import that text, or mark the proposal against another version of the resolution.</source>
        <translation>La proposition {0} modifie {1}, qui n’est pas dans la bibliothèque. Importez ce texte, ou marquez la proposition par rapport à une autre version de la résolution.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="170"/>
        <source>Writing the Word document…</source>
        <translation>Écriture du document Word…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="187"/>
        <source>A secretariat would send this document back:
{0}

Export it all the same?</source>
        <translation>Un secrétariat renverrait ce document:
{0}

L&apos;exporter quand même?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="206"/>
        <source>A comparison needs a MOD with its base text.</source>
        <translation>Une comparaison nécessite une proposition MOD accompagnée de son texte de base.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="215"/>
        <source>Export comparison to Excel</source>
        <translation>Exporter la comparaison vers Excel</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="217"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="232"/>
        <source>Writing the comparison workbook…</source>
        <translation>Écriture du classeur de comparaison…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="257"/>
        <location filename="../delegate_app/ui/transfers.py" line="267"/>
        <source>Wrote {0}</source>
        <translation>Fichier enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="268"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="269"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/transfers.py" line="95"/>
        <source>Edition added: {0} differs from the stored text of that revision, which stays in force; its wording is kept beside it as an edition (in the Library, select it and choose Put in force)</source>
        <translation>Édition ajoutée : {0} diffère du texte enregistré de cette révision, qui reste en vigueur ; son libellé est conservé à côté comme édition (dans la Bibliothèque, sélectionnez-la et choisissez Mettre en vigueur)</translation>
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
        <location filename="../delegate_app/ui/app.py" line="108"/>
        <source>The library cannot be opened:

{0}</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque&#xa0;:

{0}</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/upgrading.py" line="36"/>
        <source>Bringing the library up to date for this version of {0}…

A copy of it as it was is kept beside it.</source>
        <translation>Mise à jour de la bibliothèque pour cette version de {0}…

Une copie de la bibliothèque telle qu’elle était est conservée à côté.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="157"/>
        <source>Some of your changes are not saved in the library yet.</source>
        <translation>Certaines de vos modifications ne sont pas encore enregistrées dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="158"/>
        <source>If you quit, Delegate keeps them and saves them when it next starts.</source>
        <translation>Si vous quittez, Delegate les conserve et les enregistre à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="162"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="163"/>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="165"/>
        <source>Quit and keep my changes for next start</source>
        <translation>Quitter et garder mes modifications pour le prochain démarrage</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="167"/>
        <source>Quit and lose my changes</source>
        <translation>Quitter et perdre mes modifications</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="185"/>
        <source>The library was replaced while Delegate was open (a backup was restored, or another program changed the file).</source>
        <translation>La bibliothèque a été remplacée pendant que Delegate était ouvert (une sauvegarde a été restaurée, ou un autre programme a modifié le fichier).</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="192"/>
        <source>The contribution you have open, “{0}”, is not the same in the restored library. Keep yours in the restored library, or use the restored one (yours is then kept as a copy)?</source>
        <translation>La contribution que vous avez ouverte, « {0} », n&apos;est pas la même dans la bibliothèque restaurée. Garder la vôtre dans la bibliothèque restaurée, ou utiliser celle restaurée (la vôtre est alors conservée comme copie) ?</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="196"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="198"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="199"/>
        <source>Use the restored one</source>
        <translation>Utiliser celle restaurée</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="217"/>
        <source>The text a MOD modifies is missing</source>
        <translation>Le texte que modifie une proposition MOD est absent</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="222"/>
        <source>Version to mark the MOD against</source>
        <translation>Version par rapport à laquelle marquer la MOD</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="227"/>
        <source>Import the text…</source>
        <translation>Importer le texte…</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="232"/>
        <source>Mark against the chosen version</source>
        <translation>Marquer par rapport à la version choisie</translation>
    </message>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="240"/>
        <source>Or mark it against another version:</source>
        <translation>Ou la marquer par rapport à une autre version :</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../delegate_app/ui/dialogs.py" line="113"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
</context>
</TS>
