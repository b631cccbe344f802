<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <source>Highlight with &amp;note…</source>
        <translation>Highlight with &amp;note…</translation>
    </message>
    <message>
        <source>Highlight the selection in %1</source>
        <translation>Highlight the selection in %1</translation>
    </message>
    <message>
        <source>&amp;Edit note and tags…</source>
        <translation>&amp;Edit note and tags…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Delete annotation</translation>
    </message>
    <message>
        <source>&amp;Article note…</source>
        <translation>&amp;Article note…</translation>
    </message>
    <message>
        <source>&amp;Bookmark this article</source>
        <translation>&amp;Bookmark this article</translation>
    </message>
    <message>
        <source>Your &amp;name for annotations…</source>
        <translation>Your &amp;name for annotations…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Remove &amp;bookmark</source>
        <translation>Remove &amp;bookmark</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Article note</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Name recorded on the annotations you make:</source>
        <translation>Name recorded on the annotations you make:</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Annotations are off.</source>
        <translation>Annotations are off.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Only the article&apos;s text can be highlighted, not its heading.</source>
        <extracomment>Something in the store changed (the browser and the bookmarks list refresh). The open article&apos;s annotations, as placed now: list[Annotation]. An action&apos;s transaction has committed (the annotation is on disk): Change. The annotation chosen in the reader or the panel: its id, or &quot;&quot; for none. Whether the open article is bookmarked. A known problem, as its one sentence (nothing was written). A passing remark for the status bar.</extracomment>
        <translation>Only the article&apos;s text can be highlighted, not its heading.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Article note</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
</context>
<context>
    <name>AnnotationFiles</name>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>Export formats: (core name, file suffix).</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>W3C Web Annotation JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 could not be written: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n annotation to %1.</numerusform>
            <numerusform>Exported %n annotations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Import annotations</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 already up to date.</source>
        <translation>Imported %1: %2 new, %3 updated, %4 already up to date.</translation>
    </message>
    <message>
        <source>Annotations backed up to %1.</source>
        <translation>Annotations backed up to %1.</translation>
    </message>
    <message>
        <source>Restore annotations</source>
        <translation>Restore annotations</translation>
    </message>
    <message>
        <source>Replace your annotations by the newest backup? The current file is kept in the backup folder.</source>
        <translation>Replace your annotations by the newest backup? The current file is kept in the backup folder.</translation>
    </message>
</context>
<context>
    <name>AnnotationMenus</name>
    <message>
        <source>&amp;Export annotations</source>
        <extracomment>Show or hide: this article&apos;s annotations, the bookmarks, the annotation browser.</extracomment>
        <translation>&amp;Export annotations</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;JSON-LD…</source>
        <translation>&amp;JSON-LD…</translation>
    </message>
    <message>
        <source>&amp;Import annotations…</source>
        <translation>&amp;Import annotations…</translation>
    </message>
    <message>
        <source>&amp;Back up annotations now</source>
        <translation>&amp;Back up annotations now</translation>
    </message>
    <message>
        <source>&amp;Restore annotations from the newest backup…</source>
        <translation>&amp;Restore annotations from the newest backup…</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Annotations</translation>
    </message>
    <message>
        <source>Highlight &amp;in</source>
        <translation>Highlight &amp;in</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotations of this article</source>
        <translation>Annotations of this article</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Give the chosen highlight another colour</source>
        <translation>Give the chosen highlight another colour</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Open an article to see its annotations.</source>
        <translation>Open an article to see its annotations.</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <source>☆ Not bookmarked</source>
        <translation>☆ Not bookmarked</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s)</source>
        <translation>
            <numerusform>%n article note</numerusform>
            <numerusform>%n article notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n lost its place</source>
        <translation>
            <numerusform>⚠ %n lost its place</numerusform>
            <numerusform>⚠ %n lost their place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationText</name>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>Lost its place:</source>
        <translation>Lost its place:</translation>
    </message>
    <message>
        <source>The article&apos;s text changed and these words could not be found in it again; the quote and note are kept.</source>
        <translation>The article&apos;s text changed and these words could not be found in it again; the quote and note are kept.</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>edited %1</translation>
    </message>
</context>
<context>
    <name>AnnotationTools</name>
    <message>
        <source>Annotation tools</source>
        <translation>Annotation tools</translation>
    </message>
    <message>
        <source>Bookmark this article (Ctrl+D)</source>
        <translation>Bookmark this article (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>AnnotationsUi</name>
    <message>
        <source>Annotations</source>
        <extracomment>Shows an article at a reading place (the window&apos;s open_place).</extracomment>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Annotation browser</source>
        <translation>Annotation browser</translation>
    </message>
    <message>
        <source>Show this article&apos;s annotations and notes</source>
        <translation>Show this article&apos;s annotations and notes</translation>
    </message>
    <message>
        <source>Annotations are off</source>
        <translation>Annotations are off</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) lost their place because their article&apos;s text changed; the annotation browser lists them.</source>
        <translation>
            <numerusform>%n highlight lost its place because its article&apos;s text changed; the annotation browser lists it.</numerusform>
            <numerusform>%n highlights lost their place because their article&apos;s text changed; the annotation browser lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your annotation file is damaged; restore its newest backup, made %1? (The damaged file is kept.)</source>
        <translation>Your annotation file is damaged; restore its newest backup, made %1? (The damaged file is kept.)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Continue without annotations</source>
        <translation>Continue without annotations</translation>
    </message>
</context>
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
    <name>BookmarksPanel</name>
    <message>
        <source>Date added</source>
        <extracomment>Opens an article: (archive, article id).</extracomment>
        <translation>Date added</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Article date</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>Annotations are off.</source>
        <translation>Annotations are off.</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserFilters</name>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Search quotes, notes and tags</translation>
    </message>
    <message>
        <source>The search language of the archive: 青岛 finds 青島, &quot;exact phrase&quot;, -word</source>
        <translation>The search language of the archive: 青岛 finds 青島, &quot;exact phrase&quot;, -word</translation>
    </message>
    <message>
        <source>Regional words</source>
        <translation>Regional words</translation>
    </message>
    <message>
        <source>Also find regional vocabulary: 软件 finds 軟體</source>
        <translation>Also find regional vocabulary: 软件 finds 軟體</translation>
    </message>
    <message>
        <source>Only this colour</source>
        <translation>Only this colour</translation>
    </message>
    <message>
        <source>Only annotations with this tag</source>
        <translation>Only annotations with this tag</translation>
    </message>
    <message>
        <source>Only annotations by this person</source>
        <translation>Only annotations by this person</translation>
    </message>
    <message>
        <source>Only articles from this source</source>
        <translation>Only articles from this source</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Annotated</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Article date</translation>
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
        <source>Only lost highlights</source>
        <translation>Only lost highlights</translation>
    </message>
    <message>
        <source>Highlights whose words could not be found again after the text changed</source>
        <translation>Highlights whose words could not be found again after the text changed</translation>
    </message>
    <message>
        <source>Last edited first</source>
        <translation>Last edited first</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>By article</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Only lost highlights (%1)</source>
        <translation>Only lost highlights (%1)</translation>
    </message>
</context>
<context>
    <name>BrowserModel</name>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Article date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Article note</translation>
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
    <message>
        <source>The annotation store %1 is damaged and has no backup; it was left untouched.</source>
        <translation>The annotation store %1 is damaged and has no backup; it was left untouched.</translation>
    </message>
    <message>
        <source>The annotation store %1 is damaged; restore its backup of %2 with `wenyuan-archive annotations restore` (the damaged file is kept).</source>
        <translation>The annotation store %1 is damaged; restore its backup of %2 with `wenyuan-archive annotations restore` (the damaged file is kept).</translation>
    </message>
    <message>
        <source>The annotation store %1 was written by a newer Wenyuan (schema %2; this version reads up to %3); it was left untouched.</source>
        <translation>The annotation store %1 was written by a newer Wenyuan (schema %2; this version reads up to %3); it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Wenyuan annotation store.</source>
        <translation>%1 is an SQLite database but not a Wenyuan annotation store.</translation>
    </message>
    <message>
        <source>The annotation store %1 has no usable backup.</source>
        <translation>The annotation store %1 has no usable backup.</translation>
    </message>
    <message>
        <source>The annotation was changed elsewhere meanwhile; nothing was written.</source>
        <translation>The annotation was changed elsewhere meanwhile; nothing was written.</translation>
    </message>
    <message>
        <source>The article has been bookmarked again meanwhile; nothing was written.</source>
        <translation>The article has been bookmarked again meanwhile; nothing was written.</translation>
    </message>
    <message>
        <source>The selection was made on another version of the article; select it again.</source>
        <translation>The selection was made on another version of the article; select it again.</translation>
    </message>
    <message>
        <source>Select some text to highlight; the selection is empty.</source>
        <translation>Select some text to highlight; the selection is empty.</translation>
    </message>
    <message>
        <source>The note is empty; write something first.</source>
        <translation>The note is empty; write something first.</translation>
    </message>
    <message>
        <source>Annotations are off until the annotation store is repaired.</source>
        <translation>Annotations are off until the annotation store is repaired.</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Annotation search has no %1: field; use the filters.</source>
        <translation>Annotation search has no %1: field; use the filters.</translation>
    </message>
    <message>
        <source>Dates filter annotations through the date filters, not the search text.</source>
        <translation>Dates filter annotations through the date filters, not the search text.</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2).</source>
        <translation>%1 is not a JSON file (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 cannot be imported: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2.</source>
        <translation>The backup %1 could not be written: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged, so no backup was made of it.</source>
        <translation>%1 is damaged, so no backup was made of it.</translation>
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
        <extracomment>How many values are listed per facet before &quot;…&quot;.</extracomment>
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
    <name>ImportCommand</name>
    <message>
        <source>Import files</source>
        <extracomment>The file types the importers read (folders are walked for the same types). The archive at `archive_path` gained or changed articles.</extracomment>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Articles (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Import folder</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <extracomment>Emitted once when the import ended (done or cancelled) and may have changed the archive.</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 added, %2 unchanged, %3 failed — %4</source>
        <translation>%1 added, %2 unchanged, %3 failed — %4</translation>
    </message>
    <message>
        <source>%1 added, %2 unchanged, %3 revised, %4 duplicates skipped, %5 failed.</source>
        <translation>%1 added, %2 unchanged, %3 revised, %4 duplicates skipped, %5 failed.</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before stays.</source>
        <translation>Import cancelled; what was imported before stays.</translation>
    </message>
    <message>
        <source>Import finished in %1 s.</source>
        <translation>Import finished in %1 s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Results</source>
        <extracomment>The user chose an interface language (&apos;&apos; for the system&apos;s); the app rebuilds the window. An import changed the user&apos;s archive; the app reopens the library in a new window.</extracomment>
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
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
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
    <name>NoteEditor</name>
    <message>
        <source>Write a note in Markdown: *emphasis*, lists…</source>
        <translation>Write a note in Markdown: *emphasis*, lists…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tags, separated by commas</translation>
    </message>
    <message>
        <source>Separate tags with commas, 、 or semicolons</source>
        <translation>Separate tags with commas, 、 or semicolons</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>ReaderAnnotationMenu</name>
    <message>
        <source>Highlight in</source>
        <translation>Highlight in</translation>
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
        <extracomment>Text for the clipboard from the selected cursor (None: Qt&apos;s own plain text of the selection). Layers drawn first to last (a later one paints over an earlier); others come after. Layers also underlined, in this colour (annotations, to tell them from hits).</extracomment>
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
    <name>UserStoreKeeper</name>
    <message>
        <source>Annotations restored from the backup %1; the replaced file is kept as %2.</source>
        <extracomment>How often the window asks for an automatic backup (the policy skips it when nothing changed or the last one is younger than ten minutes). Asked with the damage sentence and the backup&apos;s date; True: restore it now. The store opened (or was restored and reopened): UserStore. A sentence worth a glance in the status bar (a backup failed, a restore happened).</extracomment>
        <translation>Annotations restored from the backup %1; the replaced file is kept as %2.</translation>
    </message>
</context>
<context>
    <name>archive_labels</name>
    <message>
        <source>Bundled</source>
        <translation>Bundled</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
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
