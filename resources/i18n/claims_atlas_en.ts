<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleTextDialog</name>
    <message numerus="yes">
        <source>The article of {source} as plain text. %n claim(s) quote it: on OK each quote is found again in the edited text; one that cannot be found is kept as it was and listed in Problems, never deleted. The text is written with the next save.</source>
        <translation>
            <numerusform>The article of {source} as plain text. %Ln claim quote it: on OK each quote is found again in the edited text; one that cannot be found is kept as it was and listed in Problems, never deleted. The text is written with the next save.</numerusform>
            <numerusform>The article of {source} as plain text. %Ln claims quote it: on OK each quote is found again in the edited text; one that cannot be found is kept as it was and listed in Problems, never deleted. The text is written with the next save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message numerus="yes">
        <source>{shown} of %n claim(s)</source>
        <translation>
            <numerusform>{shown} of %Ln claim</numerusform>
            <numerusform>{shown} of %Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message numerus="yes">
        <source>No claim about {destination} had been published by {day}; %n claim(s) came later.</source>
        <translation>
            <numerusform>No claim about {destination} had been published by {day}; %Ln claim came later.</numerusform>
            <numerusform>No claim about {destination} had been published by {day}; %Ln claims came later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current filters hide the %n claim(s) about {destination}.</source>
        <translation>
            <numerusform>The current filters hide the %Ln claim about {destination}.</numerusform>
            <numerusform>The current filters hide the %Ln claims about {destination}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>{files} changed on disk (another program saved it) while you had unsaved edits. Your edits to other records are kept (%n edit(s)). These records were changed both here and there: choose which to keep for each.</source>
        <translation>
            <numerusform>{files} changed on disk (another program saved it) while you had unsaved edits. Your edits to other records are kept (%Ln edit). These records were changed both here and there: choose which to keep for each.</numerusform>
            <numerusform>{files} changed on disk (another program saved it) while you had unsaved edits. Your edits to other records are kept (%Ln edits). These records were changed both here and there: choose which to keep for each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetFiles</name>
    <message numerus="yes">
        <source>{files} changed on disk and was read again; your unsaved edits are kept (%n step(s)).</source>
        <translation>
            <numerusform>{files} changed on disk and was read again; your unsaved edits are kept (%Ln step).</numerusform>
            <numerusform>{files} changed on disk and was read again; your unsaved edits are kept (%Ln steps).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message numerus="yes">
        <source>Article {id} edited; %n quote(s) found again.</source>
        <translation>
            <numerusform>Article {id} edited; %Ln quote found again.</numerusform>
            <numerusform>Article {id} edited; %Ln quotes found again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) could not be found in the edited text. Their claims are kept as they were and listed in Problems; mend each quote, or undo the edit (Ctrl+Z):</source>
        <translation>
            <numerusform>%Ln quote could not be found in the edited text. Their claims are kept as they were and listed in Problems; mend each quote, or undo the edit (Ctrl+Z):</numerusform>
            <numerusform>%Ln quotes could not be found in the edited text. Their claims are kept as they were and listed in Problems; mend each quote, or undo the edit (Ctrl+Z):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message numerus="yes">
        <source>%Ln figure(s) not yet claimed</source>
        <translation>
            <numerusform>%Ln figure not yet claimed</numerusform>
            <numerusform>%Ln figures not yet claimed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeftOutWords</name>
    <message numerus="yes">
        <source>{left} of its %n claim(s)</source>
        <translation>
            <numerusform>{left} of its %Ln claim</numerusform>
            <numerusform>{left} of its %Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of its %n source(s)</source>
        <translation>
            <numerusform>{left} of its %Ln source</numerusform>
            <numerusform>{left} of its %Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dataset has %n problem(s)</source>
        <translation>
            <numerusform>The dataset has %Ln problem</numerusform>
            <numerusform>The dataset has %Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n claim(s) left out for problems in the dataset (see claims-atlas check).</source>
        <translation>
            <numerusform>{left} of %Ln claim left out for problems in the dataset (see claims-atlas check).</numerusform>
            <numerusform>{left} of %Ln claims left out for problems in the dataset (see claims-atlas check).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Restore %n unsaved change(s) from {time}?</source>
        <translation>
            <numerusform>Restore %Ln unsaved change from {time}?</numerusform>
            <numerusform>Restore %Ln unsaved changes from {time}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (see Problems)</source>
        <translation>
            <numerusform>%Ln problem (see Problems)</numerusform>
            <numerusform>%Ln problems (see Problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message numerus="yes">
        <source>… and %n more claim(s)</source>
        <translation>
            <numerusform>… and %Ln more claim</numerusform>
            <numerusform>… and %Ln more claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationControls</name>
    <message numerus="yes">
        <source>Added {claim} to the presentation list (now %n claim(s))</source>
        <translation>
            <numerusform>Added {claim} to the presentation list (now %Ln claim)</numerusform>
            <numerusform>Added {claim} to the presentation list (now %Ln claims)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <source>the quote occurs %n time(s) in its article ({path}); its quote_prefix or quote_suffix picks occurrence {k}</source>
        <translation>
            <numerusform>the quote occurs %Ln time in its article ({path}); its quote_prefix or quote_suffix picks occurrence {k}</numerusform>
            <numerusform>the quote occurs %Ln times in its article ({path}); its quote_prefix or quote_suffix picks occurrence {k}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote occurs %n time(s) in its article ({path}); the first is taken, as the dataset format says: a quote_prefix or quote_suffix would pick another</source>
        <translation>
            <numerusform>the quote occurs %Ln time in its article ({path}); the first is taken, as the dataset format says: a quote_prefix or quote_suffix would pick another</numerusform>
            <numerusform>the quote occurs %Ln times in its article ({path}); the first is taken, as the dataset format says: a quote_prefix or quote_suffix would pick another</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote occurs %n time(s)</source>
        <translation>
            <numerusform>the quote occurs %Ln time</numerusform>
            <numerusform>the quote occurs %Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s): those rows were left out, the rest loaded.</source>
        <translation>
            <numerusform>%Ln problem: those rows were left out, the rest loaded.</numerusform>
            <numerusform>%Ln problems: those rows were left out, the rest loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceEditing</name>
    <message numerus="yes">
        <source>Source {id} is not deleted: %n claim(s) cite it; delete them first.</source>
        <translation>
            <numerusform>Source {id} is not deleted: %Ln claim cites it; delete it first.</numerusform>
            <numerusform>Source {id} is not deleted: %Ln claims cite it; delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message numerus="yes">
        <source>The article changed on disk since the dataset was opened: %n quote(s) are no longer in it. Open the dataset again to check it.</source>
        <translation>
            <numerusform>The article changed on disk since the dataset was opened: %Ln quote are no longer in it. Open the dataset again to check it.</numerusform>
            <numerusform>The article changed on disk since the dataset was opened: %Ln quotes are no longer in it. Open the dataset again to check it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This quote occurs %n time(s) in the article; its quote_prefix or quote_suffix picks occurrence {k}, highlighted.</source>
        <translation>
            <numerusform>This quote occurs %Ln time in the article; its quote_prefix or quote_suffix picks occurrence {k}, highlighted.</numerusform>
            <numerusform>This quote occurs %Ln times in the article; its quote_prefix or quote_suffix picks occurrence {k}, highlighted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This quote occurs %n time(s) in the article; the first is highlighted, as the dataset format says. A quote_prefix or quote_suffix in claims.csv would pick another.</source>
        <translation>
            <numerusform>This quote occurs %Ln time in the article; the first is highlighted, as the dataset format says. A quote_prefix or quote_suffix in claims.csv would pick another.</numerusform>
            <numerusform>This quote occurs %Ln times in the article; the first is highlighted, as the dataset format says. A quote_prefix or quote_suffix in claims.csv would pick another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) share these words:</source>
        <translation>
            <numerusform>%Ln claim share these words:</numerusform>
            <numerusform>%Ln claims share these words:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <source>%n day(s) a second</source>
        <translation>
            <numerusform>%Ln day a second</numerusform>
            <numerusform>%Ln days a second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How the figure moved: {destination}, {metric} (%n claim(s))</source>
        <translation>
            <numerusform>How the figure moved: {destination}, {metric} (%Ln claim)</numerusform>
            <numerusform>How the figure moved: {destination}, {metric} (%Ln claims)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How the figure moved: {destination}, {metric} ({known} of %n claim(s) by {day})</source>
        <translation>
            <numerusform>How the figure moved: {destination}, {metric} ({known} of %Ln claim by {day})</numerusform>
            <numerusform>How the figure moved: {destination}, {metric} ({known} of %Ln claims by {day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%Ln denial</numerusform>
            <numerusform>%Ln denials</numerusform>
        </translation>
    </message>
</context>
</TS>
