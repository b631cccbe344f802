<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ArticlePage</name>
        <message>
            <source>Authors: %1</source>
            <translation>Authors: %1</translation>
        </message>
        <message>
            <source>Editor: %1</source>
            <translation>Editor: %1</translation>
        </message>
        <message>
            <source>Text corrected by hand</source>
            <translation>Text corrected by hand</translation>
        </message>
        <message>
            <source>Original page</source>
            <translation>Original page</translation>
        </message>
        <message>
            <source>Curated: set by hand, not extracted from the captured page.</source>
            <translation>Curated: set by hand, not extracted from the captured page.</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <source>OR needs a search term on both sides.</source>
            <extracomment>Every known sentence, its variable parts written %1, %2.</extracomment>
            <translation>OR needs a search term on both sides.</translation>
        </message>
        <message>
            <source>NOT needs a search term after it.</source>
            <translation>NOT needs a search term after it.</translation>
        </message>
        <message>
            <source>An opening parenthesis is never closed.</source>
            <translation>An opening parenthesis is never closed.</translation>
        </message>
        <message>
            <source>A closing parenthesis has no opening one.</source>
            <translation>A closing parenthesis has no opening one.</translation>
        </message>
        <message>
            <source>The query has no letters, digits or characters to search for.</source>
            <translation>The query has no letters, digits or characters to search for.</translation>
        </message>
        <message>
            <source>NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒.</source>
            <translation>NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒.</translation>
        </message>
        <message>
            <source>date: filters apply to the whole query; use them outside OR and NOT.</source>
            <translation>date: filters apply to the whole query; use them outside OR and NOT.</translation>
        </message>
        <message>
            <source>This query cannot be searched; try fewer operators.</source>
            <translation>This query cannot be searched; try fewer operators.</translation>
        </message>
        <message>
            <source>The query is too long (over %1 characters).</source>
            <translation>The query is too long (over %1 characters).</translation>
        </message>
        <message>
            <source>date:%1 is not a date; write date:2021, date:2021-01 or date:2021..2022.</source>
            <translation>date:%1 is not a date; write date:2021, date:2021-01 or date:2021..2022.</translation>
        </message>
        <message>
            <source>date:%1 ends before it starts.</source>
            <translation>date:%1 ends before it starts.</translation>
        </message>
        <message>
            <source>%1 is not a valid date.</source>
            <translation>%1 is not a valid date.</translation>
        </message>
        <message>
            <source>“%1” is not a date; write 2021, 2021-06 or 2021-06-30.</source>
            <translation>“%1” is not a date; write 2021, 2021-06 or 2021-06-30.</translation>
        </message>
        <message>
            <source>The date range %1–%2 ends before it starts.</source>
            <translation>The date range %1–%2 ends before it starts.</translation>
        </message>
        <message>
            <source>No article with id %1 in %2.</source>
            <translation>No article with id %1 in %2.</translation>
        </message>
        <message>
            <source>No article with id %1.</source>
            <translation>No article with id %1.</translation>
        </message>
        <message>
            <source>No archive named %1 is open.</source>
            <translation>No archive named %1 is open.</translation>
        </message>
        <message>
            <source>The archive %1 does not exist.</source>
            <translation>The archive %1 does not exist.</translation>
        </message>
        <message>
            <source>The archive %1 is damaged.</source>
            <translation>The archive %1 is damaged.</translation>
        </message>
        <message>
            <source>The archive %1 is truncated.</source>
            <translation>The archive %1 is truncated.</translation>
        </message>
        <message>
            <source>The archive %1 cannot be read.</source>
            <translation>The archive %1 cannot be read.</translation>
        </message>
        <message>
            <source>The archive %1 cannot be opened.</source>
            <translation>The archive %1 cannot be opened.</translation>
        </message>
        <message>
            <source>The archive %1 is locked by another program.</source>
            <translation>The archive %1 is locked by another program.</translation>
        </message>
        <message>
            <source>%1 is not an archive (not an SQLite database).</source>
            <translation>%1 is not an archive (not an SQLite database).</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Wenyuan ran into a bug</source>
            <translation>Wenyuan ran into a bug</translation>
        </message>
        <message>
            <source>Something went wrong inside Wenyuan. This is a bug, not a problem with your archives. You can keep reading; if it happens again, please report it with the details below.</source>
            <translation>Something went wrong inside Wenyuan. This is a bug, not a problem with your archives. You can keep reading; if it happens again, please report it with the details below.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>FacetsLabel</name>
        <message>
            <source>Sources</source>
            <extracomment>How many values are listed per facet before "…".</extracomment>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Years</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in article (any script)</source>
            <translation>Find in article (any script)</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>No matches</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Results</source>
            <extracomment>The user chose an interface language ('' for the system's); the app rebuilds the window.</extracomment>
            <translation>Results</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Choose an article on the left, or search for one.</source>
            <translation>Choose an article on the left, or search for one.</translation>
        </message>
    </context>
    <context>
        <name>MenuBuilder</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy with c&amp;itation</source>
            <translation>Copy with c&amp;itation</translation>
        </message>
        <message>
            <source>Copy ci&amp;tation</source>
            <translation>Copy ci&amp;tation</translation>
        </message>
        <message>
            <source>Copy and cite the &amp;original text</source>
            <translation>Copy and cite the &amp;original text</translation>
        </message>
        <message>
            <source>Copies and citations use the stored original instead of the shown script</source>
            <translation>Copies and citations use the stored original instead of the shown script</translation>
        </message>
        <message>
            <source>Citation &amp;style</source>
            <translation>Citation &amp;style</translation>
        </message>
        <message>
            <source>GB/T 7714</source>
            <translation>GB/T 7714</translation>
        </message>
        <message>
            <source>Plain text with link</source>
            <translation>Plain text with link</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>&amp;Find in article</source>
            <translation>&amp;Find in article</translation>
        </message>
        <message>
            <source>&amp;Next hit</source>
            <translation>&amp;Next hit</translation>
        </message>
        <message>
            <source>&amp;Previous hit</source>
            <translation>&amp;Previous hit</translation>
        </message>
        <message>
            <source>&amp;Script</source>
            <translation>&amp;Script</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sepia</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
    </context>
    <context>
        <name>ReaderToolbar</name>
        <message>
            <source>Original</source>
            <translation>Original</translation>
        </message>
        <message>
            <source>The text exactly as stored (原文)</source>
            <translation>The text exactly as stored (原文)</translation>
        </message>
        <message>
            <source>Simplified characters</source>
            <translation>Simplified characters</translation>
        </message>
        <message>
            <source>Traditional characters</source>
            <translation>Traditional characters</translation>
        </message>
        <message>
            <source>Traditional characters with Taiwan vocabulary (软件 → 軟體)</source>
            <translation>Traditional characters with Taiwan vocabulary (软件 → 軟體)</translation>
        </message>
        <message>
            <source>Traditional characters in Hong Kong forms</source>
            <translation>Traditional characters in Hong Kong forms</translation>
        </message>
        <message>
            <source>Hits in this article</source>
            <translation>Hits in this article</translation>
        </message>
        <message>
            <source>Previous hit (Shift+F3)</source>
            <translation>Previous hit (Shift+F3)</translation>
        </message>
        <message>
            <source>Previous hit</source>
            <translation>Previous hit</translation>
        </message>
        <message>
            <source>Next hit (F3)</source>
            <translation>Next hit (F3)</translation>
        </message>
        <message>
            <source>Next hit</source>
            <translation>Next hit</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n hit</numerusform>
                <numerusform>%n hits</numerusform>
            </translation>
        </message>
        <message>
            <source>hit %1 of %2</source>
            <translation>hit %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Open link</source>
            <extracomment>Text for the clipboard from the selected cursor (None: Qt's own plain text of the selection). Layers drawn first to last (a later one paints over an earlier); others come after.</extracomment>
            <translation>Open link</translation>
        </message>
        <message>
            <source>Open this address in your web browser?

%1</source>
            <translation>Open this address in your web browser?

%1</translation>
        </message>
    </context>
    <context>
        <name>ResultDelegate</name>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n hit</numerusform>
                <numerusform>%n hits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search titles and text</source>
            <translation>Search titles and text</translation>
        </message>
        <message>
            <source>Search as you type; 简体 finds 繁體 and the reverse (Ctrl+K)</source>
            <translation>Search as you type; 简体 finds 繁體 and the reverse (Ctrl+K)</translation>
        </message>
        <message>
            <source>Recent searches</source>
            <translation>Recent searches</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>Relevance</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Newest first</translation>
        </message>
        <message>
            <source>Order of the results</source>
            <translation>Order of the results</translation>
        </message>
        <message>
            <source>Only articles from this source</source>
            <translation>Only articles from this source</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>All sources</translation>
        </message>
        <message>
            <source>Regional words</source>
            <translation>Regional words</translation>
        </message>
        <message>
            <source>Also find regional vocabulary: 软件 finds 軟體, 信息 finds 資訊</source>
            <translation>Also find regional vocabulary: 软件 finds 軟體, 信息 finds 資訊</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>A date: 2021, 2021-06 or 2021-06-30</source>
            <translation>A date: 2021, 2021-06 or 2021-06-30</translation>
        </message>
        <message>
            <source>Result count</source>
            <translation>Result count</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s), newest first</source>
            <translation>
                <numerusform>%n article, newest first</numerusform>
                <numerusform>%n articles, newest first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
    </context>
    <context>
        <name>display_text</name>
        <message>
            <source>%1 (year unknown)</source>
            <translation>%1 (year unknown)</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Wenyuan</source>
            <translation>Wenyuan</translation>
        </message>
    </context>
</TS>
