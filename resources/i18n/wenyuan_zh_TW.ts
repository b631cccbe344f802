<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>標示(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight with &amp;note…</source>
        <translation>標示並寫筆記(&amp;N)…</translation>
    </message>
    <message>
        <source>Highlight the selection in %1</source>
        <translation>用%1標示所選文字</translation>
    </message>
    <message>
        <source>&amp;Edit note and tags…</source>
        <translation>編輯筆記和標籤(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>刪除標註(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Article note…</source>
        <translation>文章筆記(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Bookmark this article</source>
        <translation>收藏這篇文章(&amp;B)</translation>
    </message>
    <message>
        <source>Your &amp;name for annotations…</source>
        <translation>標註署名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Remove &amp;bookmark</source>
        <translation>取消收藏(&amp;B)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>文章筆記</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Name recorded on the annotations you make:</source>
        <translation>記錄在你所做標註上的名字：</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <source>Annotations</source>
        <translation>標註</translation>
    </message>
    <message>
        <source>Annotations are off.</source>
        <translation>標註功能已停用。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 條標註</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Only the article&apos;s text can be highlighted, not its heading.</source>
        <extracomment>Something in the store changed (the browser and the bookmarks list refresh). The open article&apos;s annotations, as placed now: list[Annotation]. An action&apos;s transaction has committed (the annotation is on disk): Change. The annotation chosen in the reader or the panel: its id, or &quot;&quot; for none. Whether the open article is bookmarked. A known problem, as its one sentence (nothing was written). A passing remark for the status bar.</extracomment>
        <translation>只能標示文章正文，不能標示標題部分。</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>標示</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>更改顏色</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>編輯筆記</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>刪除標註</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>文章筆記</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>收藏</translation>
    </message>
</context>
<context>
    <name>AnnotationFiles</name>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>Export formats: (core name, file suffix).</extracomment>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 試算表 (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>W3C 網頁標註 JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>匯出標註</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>無法寫入 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 條標註匯出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>匯入標註</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 already up to date.</source>
        <translation>已匯入 %1：新增 %2 條，更新 %3 條，%4 條已是最新。</translation>
    </message>
    <message>
        <source>Annotations backed up to %1.</source>
        <translation>標註已備份到 %1。</translation>
    </message>
    <message>
        <source>Restore annotations</source>
        <translation>還原標註</translation>
    </message>
    <message>
        <source>Replace your annotations by the newest backup? The current file is kept in the backup folder.</source>
        <translation>用最新的備份取代現有標註嗎？目前的檔案會保留在備份資料夾中。</translation>
    </message>
</context>
<context>
    <name>AnnotationMenus</name>
    <message>
        <source>&amp;Export annotations</source>
        <extracomment>Show or hide: this article&apos;s annotations, the bookmarks, the annotation browser.</extracomment>
        <translation>匯出標註(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;JSON-LD…</source>
        <translation>JSON-LD(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Import annotations…</source>
        <translation>匯入標註(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back up annotations now</source>
        <translation>立即備份標註(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore annotations from the newest backup…</source>
        <translation>從最新備份還原標註(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>標註(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;in</source>
        <translation>標示顏色(&amp;I)</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotations of this article</source>
        <translation>本文的標註</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Give the chosen highlight another colour</source>
        <translation>更改所選標示的顏色</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Open an article to see its annotations.</source>
        <translation>開啟一篇文章以檢視其標註。</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>☆ Not bookmarked</source>
        <translation>☆ 未收藏</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 處標示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s)</source>
        <translation>
            <numerusform>%n 條文章筆記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n lost its place</source>
        <translation>
            <numerusform>⚠ %n 處已失去位置</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationText</name>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Lost its place:</source>
        <translation>已失去位置：</translation>
    </message>
    <message>
        <source>The article&apos;s text changed and these words could not be found in it again; the quote and note are kept.</source>
        <translation>文章正文已更改，無法再找到這些文字；引文和筆記均已保留。</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>修改於 %1</translation>
    </message>
</context>
<context>
    <name>AnnotationTools</name>
    <message>
        <source>Annotation tools</source>
        <translation>標註工具</translation>
    </message>
    <message>
        <source>Bookmark this article (Ctrl+D)</source>
        <translation>收藏這篇文章 (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>AnnotationsUi</name>
    <message>
        <source>Annotations</source>
        <extracomment>Shows an article at a reading place (the window&apos;s open_place).</extracomment>
        <translation>標註</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>收藏夾</translation>
    </message>
    <message>
        <source>Annotation browser</source>
        <translation>標註瀏覽器</translation>
    </message>
    <message>
        <source>Show this article&apos;s annotations and notes</source>
        <translation>顯示本文的標註和筆記</translation>
    </message>
    <message>
        <source>Annotations are off</source>
        <translation>標註已停用</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) lost their place because their article&apos;s text changed; the annotation browser lists them.</source>
        <translation>
            <numerusform>%n 處標示因文章正文更改而失去位置；可在標註瀏覽器中檢視。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your annotation file is damaged; restore its newest backup, made %1? (The damaged file is kept.)</source>
        <translation>你的標註檔案已損毀；要還原 %1 的最新備份嗎？（損毀的檔案會保留。）</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Continue without annotations</source>
        <translation>不使用標註繼續</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Authors: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation>編輯：%1</translation>
    </message>
    <message>
        <source>Text corrected by hand</source>
        <translation>正文經人工校正</translation>
    </message>
    <message>
        <source>Original page</source>
        <translation>原網頁</translation>
    </message>
    <message>
        <source>Curated: set by hand, not extracted from the captured page.</source>
        <translation>人工整理：此項為手工設定，並非從抓取的網頁中提取。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Date added</source>
        <extracomment>Opens an article: (archive, article id).</extracomment>
        <translation>收藏時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>文章日期</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>收藏夾</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Annotations are off.</source>
        <translation>標註功能已停用。</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n 個收藏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserFilters</name>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>搜尋引文、筆記和標籤</translation>
    </message>
    <message>
        <source>The search language of the archive: 青岛 finds 青島, &quot;exact phrase&quot;, -word</source>
        <translation>與文庫相同的搜尋語法：青岛 可找到 青島，&quot;精確詞組&quot;，-排除詞</translation>
    </message>
    <message>
        <source>Regional words</source>
        <translation>地區用詞</translation>
    </message>
    <message>
        <source>Also find regional vocabulary: 软件 finds 軟體</source>
        <translation>同時尋找地區用詞：软件 可找到 軟體</translation>
    </message>
    <message>
        <source>Only this colour</source>
        <translation>只看這種顏色</translation>
    </message>
    <message>
        <source>Only annotations with this tag</source>
        <translation>只看帶此標籤的標註</translation>
    </message>
    <message>
        <source>Only annotations by this person</source>
        <translation>只看此人的標註</translation>
    </message>
    <message>
        <source>Only articles from this source</source>
        <translation>只看此來源的文章</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>標註日期</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>文章日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>A date: 2021, 2021-06 or 2021-06-30</source>
        <translation>日期：2021、2021-06 或 2021-06-30</translation>
    </message>
    <message>
        <source>Only lost highlights</source>
        <translation>只看失去位置的標示</translation>
    </message>
    <message>
        <source>Highlights whose words could not be found again after the text changed</source>
        <translation>正文更改後無法再找到原文字的標示</translation>
    </message>
    <message>
        <source>Last edited first</source>
        <translation>最近修改在前</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>依文章</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有顏色</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <source>Only lost highlights (%1)</source>
        <translation>只看失去位置的標示（%1）</translation>
    </message>
</context>
<context>
    <name>BrowserModel</name>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>文章日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>文章筆記</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>OR needs a search term on both sides.</source>
        <extracomment>Every known sentence, its variable parts written %1, %2.</extracomment>
        <translation>OR 兩邊都需要搜尋詞。</translation>
    </message>
    <message>
        <source>NOT needs a search term after it.</source>
        <translation>NOT 後面需要一個搜尋詞。</translation>
    </message>
    <message>
        <source>An opening parenthesis is never closed.</source>
        <translation>有一個左括號沒有閉合。</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one.</source>
        <translation>有一個右括號沒有對應的左括號。</translation>
    </message>
    <message>
        <source>The query has no letters, digits or characters to search for.</source>
        <translation>查詢中沒有可搜尋的字母、數字或漢字。</translation>
    </message>
    <message>
        <source>NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒.</source>
        <translation>NOT 需要先有要搜尋的內容，例如：青岛 NOT 啤酒。</translation>
    </message>
    <message>
        <source>date: filters apply to the whole query; use them outside OR and NOT.</source>
        <translation>date: 篩選作用於整個查詢，請寫在 OR 和 NOT 之外。</translation>
    </message>
    <message>
        <source>This query cannot be searched; try fewer operators.</source>
        <translation>無法執行此查詢，請減少運算子。</translation>
    </message>
    <message>
        <source>The query is too long (over %1 characters).</source>
        <translation>查詢太長（超過 %1 個字元）。</translation>
    </message>
    <message>
        <source>date:%1 is not a date; write date:2021, date:2021-01 or date:2021..2022.</source>
        <translation>date:%1 不是日期，請寫成 date:2021、date:2021-01 或 date:2021..2022。</translation>
    </message>
    <message>
        <source>date:%1 ends before it starts.</source>
        <translation>date:%1 的結束早於開始。</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 不是有效的日期。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write 2021, 2021-06 or 2021-06-30.</source>
        <translation>「%1」不是日期，請寫成 2021、2021-06 或 2021-06-30。</translation>
    </message>
    <message>
        <source>The date range %1–%2 ends before it starts.</source>
        <translation>日期範圍 %1–%2 的結束早於開始。</translation>
    </message>
    <message>
        <source>No article with id %1 in %2.</source>
        <translation>%2 中沒有編號為 %1 的文章。</translation>
    </message>
    <message>
        <source>No article with id %1.</source>
        <translation>沒有編號為 %1 的文章。</translation>
    </message>
    <message>
        <source>No archive named %1 is open.</source>
        <translation>沒有開啟名為 %1 的檔案庫。</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>檔案庫 %1 不存在。</translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation>檔案庫 %1 已損壞。</translation>
    </message>
    <message>
        <source>The archive %1 is truncated.</source>
        <translation>檔案庫 %1 不完整（檔案被截斷）。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read.</source>
        <translation>無法讀取檔案庫 %1。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened.</source>
        <translation>無法開啟檔案庫 %1。</translation>
    </message>
    <message>
        <source>The archive %1 is locked by another program.</source>
        <translation>檔案庫 %1 被其他程式鎖定。</translation>
    </message>
    <message>
        <source>%1 is not an archive (not an SQLite database).</source>
        <translation>%1 不是檔案庫（不是 SQLite 資料庫）。</translation>
    </message>
    <message>
        <source>The annotation store %1 is damaged and has no backup; it was left untouched.</source>
        <translation>標註庫 %1 已損毀且沒有備份；檔案未被更動。</translation>
    </message>
    <message>
        <source>The annotation store %1 is damaged; restore its backup of %2 with `wenyuan-archive annotations restore` (the damaged file is kept).</source>
        <translation>標註庫 %1 已損毀；可用 `wenyuan-archive annotations restore` 還原 %2 的備份（損毀的檔案會保留）。</translation>
    </message>
    <message>
        <source>The annotation store %1 was written by a newer Wenyuan (schema %2; this version reads up to %3); it was left untouched.</source>
        <translation>標註庫 %1 由更新版本的文淵寫入（結構版本 %2；本版本最多讀取 %3）；檔案未被更動。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Wenyuan annotation store.</source>
        <translation>%1 是 SQLite 資料庫，但不是文淵的標註庫。</translation>
    </message>
    <message>
        <source>The annotation store %1 has no usable backup.</source>
        <translation>標註庫 %1 沒有可用的備份。</translation>
    </message>
    <message>
        <source>The annotation was changed elsewhere meanwhile; nothing was written.</source>
        <translation>這條標註已在別處被修改；未寫入任何內容。</translation>
    </message>
    <message>
        <source>The article has been bookmarked again meanwhile; nothing was written.</source>
        <translation>這篇文章已在別處再次收藏；未寫入任何內容。</translation>
    </message>
    <message>
        <source>The selection was made on another version of the article; select it again.</source>
        <translation>所選文字來自文章的另一個版本；請重新選取。</translation>
    </message>
    <message>
        <source>Select some text to highlight; the selection is empty.</source>
        <translation>請先選取要標示的文字；目前沒有選取內容。</translation>
    </message>
    <message>
        <source>The note is empty; write something first.</source>
        <translation>筆記是空的；請先寫點內容。</translation>
    </message>
    <message>
        <source>Annotations are off until the annotation store is repaired.</source>
        <translation>標註庫修復之前，標註功能停用。</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1 不是日期；請寫成 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Annotation search has no %1: field; use the filters.</source>
        <translation>標註搜尋沒有 %1: 欄位；請使用篩選條件。</translation>
    </message>
    <message>
        <source>Dates filter annotations through the date filters, not the search text.</source>
        <translation>請用日期篩選條件依日期篩選標註，而不是在搜尋文字中寫日期。</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2).</source>
        <translation>%1 不是 JSON 檔案（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>無法匯入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>無法讀取 %1：%2。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2.</source>
        <translation>無法寫入備份 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged, so no backup was made of it.</source>
        <translation>%1 已損毀，因此沒有為它做備份。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Wenyuan ran into a bug</source>
        <translation>文淵遇到了一個程式錯誤</translation>
    </message>
    <message>
        <source>Something went wrong inside Wenyuan. This is a bug, not a problem with your archives. You can keep reading; if it happens again, please report it with the details below.</source>
        <translation>文淵內部出了問題。這是程式錯誤，不是您的檔案庫有問題。您可以繼續閱讀；如果再次出現，請附上下面的詳細資訊報告此問題。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>FacetsLabel</name>
    <message>
        <source>Sources</source>
        <extracomment>How many values are listed per facet before &quot;…&quot;.</extracomment>
        <translation>來源</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article (any script)</source>
        <translation>在文章中尋找（簡繁皆可）</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一處（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一處（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有找到</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 處</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 處，共 %2 處</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import files</source>
        <extracomment>The file types the importers read (folders are walked for the same types). The archive at `archive_path` gained or changed articles.</extracomment>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>文章 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>匯入資料夾</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <extracomment>Emitted once when the import ended (done or cancelled) and may have changed the archive.</extracomment>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在準備…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 added, %2 unchanged, %3 failed — %4</source>
        <translation>新增 %1，未變 %2，失敗 %3 — %4</translation>
    </message>
    <message>
        <source>%1 added, %2 unchanged, %3 revised, %4 duplicates skipped, %5 failed.</source>
        <translation>新增 %1，未變 %2，修訂 %3，略過重複 %4，失敗 %5。</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before stays.</source>
        <translation>匯入已取消；之前已匯入的內容保留。</translation>
    </message>
    <message>
        <source>Import finished in %1 s.</source>
        <translation>匯入完成，用時 %1 秒。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Results</source>
        <extracomment>The user chose an interface language (&apos;&apos; for the system&apos;s); the app rebuilds the window. An import changed the user&apos;s archive; the app reopens the library in a new window.</extracomment>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Choose an article on the left, or search for one.</source>
        <translation>請在左側選擇一篇文章，或搜尋文章。</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy with c&amp;itation</source>
        <translation>複製並附引文(&amp;I)</translation>
    </message>
    <message>
        <source>Copy ci&amp;tation</source>
        <translation>複製引文(&amp;T)</translation>
    </message>
    <message>
        <source>Copy and cite the &amp;original text</source>
        <translation>複製和引用時使用原文(&amp;O)</translation>
    </message>
    <message>
        <source>Copies and citations use the stored original instead of the shown script</source>
        <translation>複製和引文使用儲存的原文，而非目前顯示的字形</translation>
    </message>
    <message>
        <source>Citation &amp;style</source>
        <translation>引文格式(&amp;S)</translation>
    </message>
    <message>
        <source>GB/T 7714</source>
        <translation>GB/T 7714</translation>
    </message>
    <message>
        <source>Plain text with link</source>
        <translation>純文字（附連結）</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find in article</source>
        <translation>在文章中尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next hit</source>
        <translation>下一個命中(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous hit</source>
        <translation>上一個命中(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>護眼（米黃）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>依照系統</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Write a note in Markdown: *emphasis*, lists…</source>
        <translation>用 Markdown 寫筆記：*強調*、清單…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>標籤，用逗號分隔</translation>
    </message>
    <message>
        <source>Separate tags with commas, 、 or semicolons</source>
        <translation>標籤之間用逗號、頓號（、）或分號分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>ReaderAnnotationMenu</name>
    <message>
        <source>Highlight in</source>
        <translation>標示顏色</translation>
    </message>
</context>
<context>
    <name>ReaderToolbar</name>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>The text exactly as stored (原文)</source>
        <translation>按儲存的原樣顯示（原文）</translation>
    </message>
    <message>
        <source>Simplified characters</source>
        <translation>簡體字</translation>
    </message>
    <message>
        <source>Traditional characters</source>
        <translation>繁體字</translation>
    </message>
    <message>
        <source>Traditional characters with Taiwan vocabulary (软件 → 軟體)</source>
        <translation>繁體字，使用臺灣用語（软件 → 軟體）</translation>
    </message>
    <message>
        <source>Traditional characters in Hong Kong forms</source>
        <translation>繁體字，香港字形</translation>
    </message>
    <message>
        <source>Hits in this article</source>
        <translation>本文中的命中</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一個命中（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一個命中</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一個命中（F3）</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一個命中</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 處命中</numerusform>
        </translation>
    </message>
    <message>
        <source>hit %1 of %2</source>
        <translation>第 %1 處命中，共 %2 處</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Open link</source>
        <extracomment>Text for the clipboard from the selected cursor (None: Qt&apos;s own plain text of the selection). Layers drawn first to last (a later one paints over an earlier); others come after. Layers also underlined, in this colour (annotations, to tell them from hits).</extracomment>
        <translation>開啟連結</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>要在網頁瀏覽器中開啟這個地址嗎？

%1</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 處命中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search titles and text</source>
        <translation>搜尋標題和正文</translation>
    </message>
    <message>
        <source>Search as you type; 简体 finds 繁體 and the reverse (Ctrl+K)</source>
        <translation>邊輸入邊搜尋；简体可找到繁體，反之亦然（Ctrl+K）</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>最近的搜尋</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相關度</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>結果排序</translation>
    </message>
    <message>
        <source>Only articles from this source</source>
        <translation>只看這個來源的文章</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部來源</translation>
    </message>
    <message>
        <source>Regional words</source>
        <translation>地區用語</translation>
    </message>
    <message>
        <source>Also find regional vocabulary: 软件 finds 軟體, 信息 finds 資訊</source>
        <translation>同時比對兩岸用語：软件可找到軟體，信息可找到資訊</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>A date: 2021, 2021-06 or 2021-06-30</source>
        <translation>日期：2021、2021-06 或 2021-06-30</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>結果數</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), newest first</source>
        <translation>
            <numerusform>共 %n 篇文章，最新在前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 條結果</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
</context>
<context>
    <name>UserStoreKeeper</name>
    <message>
        <source>Annotations restored from the backup %1; the replaced file is kept as %2.</source>
        <extracomment>How often the window asks for an automatic backup (the policy skips it when nothing changed or the last one is younger than ten minutes). Asked with the damage sentence and the backup&apos;s date; True: restore it now. The store opened (or was restored and reopened): UserStore. A sentence worth a glance in the status bar (a backup failed, a restore happened).</extracomment>
        <translation>已從備份 %1 還原標註；被取代的檔案保留為 %2。</translation>
    </message>
</context>
<context>
    <name>archive_labels</name>
    <message>
        <source>Bundled</source>
        <translation>自帶</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
</context>
<context>
    <name>display_text</name>
    <message>
        <source>%1 (year unknown)</source>
        <translation>%1（年份不詳）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wenyuan</source>
        <translation>文淵</translation>
    </message>
</context>
</TS>
