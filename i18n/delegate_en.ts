<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContributionView</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="172"/>
        <location filename="../delegate_app/ui/contribution_view.py" line="184"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/contribution_view.py" line="381"/>
        <source>%n citation(s) updated: they show as tracked changes in the export.</source>
        <translation>
            <numerusform>%n citation updated: it shows as a tracked change in the export.</numerusform>
            <numerusform>%n citations updated: they show as tracked changes in the export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="233"/>
        <source>%n inserted</source>
        <translation>
            <numerusform>%n inserted</numerusform>
            <numerusform>%n inserted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/draft_view.py" line="233"/>
        <source>%n words deleted</source>
        <translation>
            <numerusform>%n word deleted</numerusform>
            <numerusform>%n words deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="216"/>
        <source>%n change(s) written for {0}</source>
        <translation>
            <numerusform>%n change written for {0}</numerusform>
            <numerusform>%n changes written for {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="245"/>
        <source>From {0} ({1}): %n record(s) changed</source>
        <translation>
            <numerusform>From {0} ({1}): %n record changed</numerusform>
            <numerusform>From {0} ({1}): %n records changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/exchange_ui.py" line="310"/>
        <source>Shared folder reached at {0}: %n record(s) changed</source>
        <translation>
            <numerusform>Shared folder reached at {0}: %n record changed</numerusform>
            <numerusform>Shared folder reached at {0}: %n records changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="174"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="188"/>
        <source>%n text(s) in the library</source>
        <translation>
            <numerusform>%n text in the library</numerusform>
            <numerusform>%n texts in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../delegate_app/ui/library_view.py" line="386"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileOffer</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/reconcile_offer.py" line="69"/>
        <source>{0} was imported: it can be reconciled with %n stored proposal(s) drafted from an earlier text.</source>
        <translation>
            <numerusform>{0} was imported: it can be reconciled with %n stored proposal drafted from an earlier text.</numerusform>
            <numerusform>{0} was imported: it can be reconciled with %n stored proposals drafted from an earlier text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message numerus="yes">
        <location filename="../delegate_app/ui/transfers.py" line="107"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
</context>
</TS>
