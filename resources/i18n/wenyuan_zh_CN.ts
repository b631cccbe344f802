<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight with &amp;note…</source>
        <translation>高亮并写笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Highlight the selection in %1</source>
        <translation>用%1高亮所选文字</translation>
    </message>
    <message>
        <source>&amp;Edit note and tags…</source>
        <translation>编辑笔记和标签(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Article note…</source>
        <translation>文章笔记(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Bookmark this article</source>
        <translation>收藏这篇文章(&amp;B)</translation>
    </message>
    <message>
        <source>Your &amp;name for annotations…</source>
        <translation>标注署名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
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
        <translation>笔记</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>文章笔记</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Name recorded on the annotations you make:</source>
        <translation>记录在你所做标注上的名字：</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Annotations are off.</source>
        <translation>标注功能已停用。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条标注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Only the article&apos;s text can be highlighted, not its heading.</source>
        <extracomment>Something in the store changed (the browser and the bookmarks list refresh). The open article&apos;s annotations, as placed now: list[Annotation]. An action&apos;s transaction has committed (the annotation is on disk): Change. The annotation chosen in the reader or the panel: its id, or &quot;&quot; for none. Whether the open article is bookmarked. A known problem, as its one sentence (nothing was written). A passing remark for the status bar.</extracomment>
        <translation>只能高亮文章正文，不能高亮标题部分。</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>文章笔记</translation>
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
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>W3C 网页标注 JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条标注导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 already up to date.</source>
        <translation>已导入 %1：新增 %2 条，更新 %3 条，%4 条已是最新。</translation>
    </message>
    <message>
        <source>Annotations backed up to %1.</source>
        <translation>标注已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore annotations</source>
        <translation>恢复标注</translation>
    </message>
    <message>
        <source>Replace your annotations by the newest backup? The current file is kept in the backup folder.</source>
        <translation>用最新的备份替换现有标注吗？当前文件会保留在备份文件夹中。</translation>
    </message>
</context>
<context>
    <name>AnnotationMenus</name>
    <message>
        <source>&amp;Export annotations</source>
        <extracomment>Show or hide: this article&apos;s annotations, the bookmarks, the annotation browser.</extracomment>
        <translation>导出标注(&amp;E)</translation>
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
        <translation>导入标注(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back up annotations now</source>
        <translation>立即备份标注(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore annotations from the newest backup…</source>
        <translation>从最新备份恢复标注(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;in</source>
        <translation>高亮颜色(&amp;I)</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotations of this article</source>
        <translation>本文的标注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Give the chosen highlight another colour</source>
        <translation>更改所选高亮的颜色</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open an article to see its annotations.</source>
        <translation>打开一篇文章以查看其标注。</translation>
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
            <numerusform>%n 处高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s)</source>
        <translation>
            <numerusform>%n 条文章笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n lost its place</source>
        <translation>
            <numerusform>⚠ %n 处已失去位置</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationText</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
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
        <translation>文章正文已更改，无法再找到这些文字；引文和笔记均已保留。</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>修改于 %1</translation>
    </message>
</context>
<context>
    <name>AnnotationTools</name>
    <message>
        <source>Annotation tools</source>
        <translation>标注工具</translation>
    </message>
    <message>
        <source>Bookmark this article (Ctrl+D)</source>
        <translation>收藏这篇文章 (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>AnnotationsUi</name>
    <message>
        <source>Annotations</source>
        <extracomment>Shows an article at a reading place (the window&apos;s open_place).</extracomment>
        <translation>标注</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>收藏夹</translation>
    </message>
    <message>
        <source>Annotation browser</source>
        <translation>标注浏览器</translation>
    </message>
    <message>
        <source>Show this article&apos;s annotations and notes</source>
        <translation>显示本文的标注和笔记</translation>
    </message>
    <message>
        <source>Annotations are off</source>
        <translation>标注已停用</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) lost their place because their article&apos;s text changed; the annotation browser lists them.</source>
        <translation>
            <numerusform>%n 处高亮因文章正文更改而失去位置；可在标注浏览器中查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your annotation file is damaged; restore its newest backup, made %1? (The damaged file is kept.)</source>
        <translation>你的标注文件已损坏；要恢复 %1 的最新备份吗？（损坏的文件会保留。）</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Continue without annotations</source>
        <translation>不使用标注继续</translation>
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
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>Text corrected by hand</source>
        <translation>正文经人工校正</translation>
    </message>
    <message>
        <source>Original page</source>
        <translation>原网页</translation>
    </message>
    <message>
        <source>Curated: set by hand, not extracted from the captured page.</source>
        <translation>人工整理：此项为手工设定，并非从抓取的网页中提取。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Date added</source>
        <extracomment>Opens an article: (archive, article id).</extracomment>
        <translation>收藏时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>文章日期</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>收藏夹</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Annotations are off.</source>
        <translation>标注功能已停用。</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n 个收藏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserFilters</name>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>搜索引文、笔记和标签</translation>
    </message>
    <message>
        <source>The search language of the archive: 青岛 finds 青島, &quot;exact phrase&quot;, -word</source>
        <translation>与文库相同的搜索语法：青岛 可找到 青島，&quot;精确短语&quot;，-排除词</translation>
    </message>
    <message>
        <source>Regional words</source>
        <translation>地区用词</translation>
    </message>
    <message>
        <source>Also find regional vocabulary: 软件 finds 軟體</source>
        <translation>同时查找地区用词：软件 可找到 軟體</translation>
    </message>
    <message>
        <source>Only this colour</source>
        <translation>只看这种颜色</translation>
    </message>
    <message>
        <source>Only annotations with this tag</source>
        <translation>只看带此标签的标注</translation>
    </message>
    <message>
        <source>Only annotations by this person</source>
        <translation>只看此人的标注</translation>
    </message>
    <message>
        <source>Only articles from this source</source>
        <translation>只看此来源的文章</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>标注日期</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>文章日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
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
        <translation>只看失去位置的高亮</translation>
    </message>
    <message>
        <source>Highlights whose words could not be found again after the text changed</source>
        <translation>正文更改后无法再找到原文字的高亮</translation>
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
        <translation>按文章</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Only lost highlights (%1)</source>
        <translation>只看失去位置的高亮（%1）</translation>
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
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
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
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>文章笔记</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>OR needs a search term on both sides.</source>
        <extracomment>Every known sentence, its variable parts written %1, %2.</extracomment>
        <translation>OR 两边都需要搜索词。</translation>
    </message>
    <message>
        <source>NOT needs a search term after it.</source>
        <translation>NOT 后面需要一个搜索词。</translation>
    </message>
    <message>
        <source>An opening parenthesis is never closed.</source>
        <translation>有一个左括号没有闭合。</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one.</source>
        <translation>有一个右括号没有对应的左括号。</translation>
    </message>
    <message>
        <source>The query has no letters, digits or characters to search for.</source>
        <translation>查询中没有可搜索的字母、数字或汉字。</translation>
    </message>
    <message>
        <source>NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒.</source>
        <translation>NOT 需要先有要搜索的内容，例如：青岛 NOT 啤酒。</translation>
    </message>
    <message>
        <source>date: filters apply to the whole query; use them outside OR and NOT.</source>
        <translation>date: 筛选作用于整个查询，请写在 OR 和 NOT 之外。</translation>
    </message>
    <message>
        <source>This query cannot be searched; try fewer operators.</source>
        <translation>无法执行此查询，请减少运算符。</translation>
    </message>
    <message>
        <source>The query is too long (over %1 characters).</source>
        <translation>查询太长（超过 %1 个字符）。</translation>
    </message>
    <message>
        <source>date:%1 is not a date; write date:2021, date:2021-01 or date:2021..2022.</source>
        <translation>date:%1 不是日期，请写成 date:2021、date:2021-01 或 date:2021..2022。</translation>
    </message>
    <message>
        <source>date:%1 ends before it starts.</source>
        <translation>date:%1 的结束早于开始。</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 不是有效的日期。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write 2021, 2021-06 or 2021-06-30.</source>
        <translation>“%1”不是日期，请写成 2021、2021-06 或 2021-06-30。</translation>
    </message>
    <message>
        <source>The date range %1–%2 ends before it starts.</source>
        <translation>日期范围 %1–%2 的结束早于开始。</translation>
    </message>
    <message>
        <source>No article with id %1 in %2.</source>
        <translation>%2 中没有编号为 %1 的文章。</translation>
    </message>
    <message>
        <source>No article with id %1.</source>
        <translation>没有编号为 %1 的文章。</translation>
    </message>
    <message>
        <source>No archive named %1 is open.</source>
        <translation>没有打开名为 %1 的档案库。</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>档案库 %1 不存在。</translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation>档案库 %1 已损坏。</translation>
    </message>
    <message>
        <source>The archive %1 is truncated.</source>
        <translation>档案库 %1 不完整（文件被截断）。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read.</source>
        <translation>无法读取档案库 %1。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened.</source>
        <translation>无法打开档案库 %1。</translation>
    </message>
    <message>
        <source>The archive %1 is locked by another program.</source>
        <translation>档案库 %1 被其他程序锁定。</translation>
    </message>
    <message>
        <source>%1 is not an archive (not an SQLite database).</source>
        <translation>%1 不是档案库（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>The annotation store %1 is damaged and has no backup; it was left untouched.</source>
        <translation>标注库 %1 已损坏且没有备份；文件未被改动。</translation>
    </message>
    <message>
        <source>The annotation store %1 is damaged; restore its backup of %2 with `wenyuan-archive annotations restore` (the damaged file is kept).</source>
        <translation>标注库 %1 已损坏；可用 `wenyuan-archive annotations restore` 恢复 %2 的备份（损坏的文件会保留）。</translation>
    </message>
    <message>
        <source>The annotation store %1 was written by a newer Wenyuan (schema %2; this version reads up to %3); it was left untouched.</source>
        <translation>标注库 %1 由更新版本的文渊写入（结构版本 %2；本版本最多读取 %3）；文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Wenyuan annotation store.</source>
        <translation>%1 是 SQLite 数据库，但不是文渊的标注库。</translation>
    </message>
    <message>
        <source>The annotation store %1 has no usable backup.</source>
        <translation>标注库 %1 没有可用的备份。</translation>
    </message>
    <message>
        <source>The annotation was changed elsewhere meanwhile; nothing was written.</source>
        <translation>这条标注已在别处被修改；未写入任何内容。</translation>
    </message>
    <message>
        <source>The article has been bookmarked again meanwhile; nothing was written.</source>
        <translation>这篇文章已在别处再次收藏；未写入任何内容。</translation>
    </message>
    <message>
        <source>The selection was made on another version of the article; select it again.</source>
        <translation>所选文字来自文章的另一个版本；请重新选择。</translation>
    </message>
    <message>
        <source>Select some text to highlight; the selection is empty.</source>
        <translation>请先选择要高亮的文字；当前没有选中内容。</translation>
    </message>
    <message>
        <source>The note is empty; write something first.</source>
        <translation>笔记是空的；请先写点内容。</translation>
    </message>
    <message>
        <source>Annotations are off until the annotation store is repaired.</source>
        <translation>标注库修复之前，标注功能停用。</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1 不是日期；请写成 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Annotation search has no %1: field; use the filters.</source>
        <translation>标注搜索没有 %1: 字段；请使用筛选条件。</translation>
    </message>
    <message>
        <source>Dates filter annotations through the date filters, not the search text.</source>
        <translation>请用日期筛选条件按日期筛选标注，而不是在搜索文字中写日期。</translation>
    </message>
    <message>
        <source>%1 is not a JSON file (%2).</source>
        <translation>%1 不是 JSON 文件（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>无法导入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2.</source>
        <translation>无法写入备份 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged, so no backup was made of it.</source>
        <translation>%1 已损坏，因此没有为它做备份。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Wenyuan ran into a bug</source>
        <translation>文渊遇到了一个程序错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Wenyuan. This is a bug, not a problem with your archives. You can keep reading; if it happens again, please report it with the details below.</source>
        <translation>文渊内部出了问题。这是程序错误，不是您的档案库有问题。您可以继续阅读；如果再次出现，请附上下面的详细信息报告此问题。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>FacetsLabel</name>
    <message>
        <source>Sources</source>
        <extracomment>How many values are listed per facet before &quot;…&quot;.</extracomment>
        <translation>来源</translation>
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
        <translation>在文章中查找（简繁皆可）</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一处（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一处（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import files</source>
        <extracomment>The file types the importers read (folders are walked for the same types). The archive at `archive_path` gained or changed articles.</extracomment>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>文章 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <extracomment>Emitted once when the import ended (done or cancelled) and may have changed the archive.</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 added, %2 unchanged, %3 failed — %4</source>
        <translation>新增 %1，未变 %2，失败 %3 — %4</translation>
    </message>
    <message>
        <source>%1 added, %2 unchanged, %3 revised, %4 duplicates skipped, %5 failed.</source>
        <translation>新增 %1，未变 %2，修订 %3，跳过重复 %4，失败 %5。</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported before stays.</source>
        <translation>导入已取消；之前已导入的内容保留。</translation>
    </message>
    <message>
        <source>Import finished in %1 s.</source>
        <translation>导入完成，用时 %1 秒。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Results</source>
        <extracomment>The user chose an interface language (&apos;&apos; for the system&apos;s); the app rebuilds the window. An import changed the user&apos;s archive; the app reopens the library in a new window.</extracomment>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Choose an article on the left, or search for one.</source>
        <translation>请在左侧选择一篇文章，或搜索文章。</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy with c&amp;itation</source>
        <translation>复制并附引文(&amp;I)</translation>
    </message>
    <message>
        <source>Copy ci&amp;tation</source>
        <translation>复制引文(&amp;T)</translation>
    </message>
    <message>
        <source>Copy and cite the &amp;original text</source>
        <translation>复制和引用时使用原文(&amp;O)</translation>
    </message>
    <message>
        <source>Copies and citations use the stored original instead of the shown script</source>
        <translation>复制和引文使用存储的原文，而不是当前显示的字形</translation>
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
        <translation>纯文本（附链接）</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find in article</source>
        <translation>在文章中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next hit</source>
        <translation>下一个命中(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous hit</source>
        <translation>上一个命中(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼（米黄）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Write a note in Markdown: *emphasis*, lists…</source>
        <translation>用 Markdown 写笔记：*强调*、列表…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Separate tags with commas, 、 or semicolons</source>
        <translation>标签之间用逗号、顿号（、）或分号分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ReaderAnnotationMenu</name>
    <message>
        <source>Highlight in</source>
        <translation>高亮颜色</translation>
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
        <translation>按存储的原样显示（原文）</translation>
    </message>
    <message>
        <source>Simplified characters</source>
        <translation>简体字</translation>
    </message>
    <message>
        <source>Traditional characters</source>
        <translation>繁体字</translation>
    </message>
    <message>
        <source>Traditional characters with Taiwan vocabulary (软件 → 軟體)</source>
        <translation>繁体字，使用台湾用语（软件 → 軟體）</translation>
    </message>
    <message>
        <source>Traditional characters in Hong Kong forms</source>
        <translation>繁体字，香港字形</translation>
    </message>
    <message>
        <source>Hits in this article</source>
        <translation>本文中的命中</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一个命中（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一个命中</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一个命中（F3）</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一个命中</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message>
        <source>hit %1 of %2</source>
        <translation>第 %1 处命中，共 %2 处</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Open link</source>
        <extracomment>Text for the clipboard from the selected cursor (None: Qt&apos;s own plain text of the selection). Layers drawn first to last (a later one paints over an earlier); others come after. Layers also underlined, in this colour (annotations, to tell them from hits).</extracomment>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>要在网页浏览器中打开这个地址吗？

%1</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search titles and text</source>
        <translation>搜索标题和正文</translation>
    </message>
    <message>
        <source>Search as you type; 简体 finds 繁體 and the reverse (Ctrl+K)</source>
        <translation>边输入边搜索；简体可找到繁體，反之亦然（Ctrl+K）</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>最近的搜索</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>结果排序</translation>
    </message>
    <message>
        <source>Only articles from this source</source>
        <translation>只看这个来源的文章</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Regional words</source>
        <translation>地区用语</translation>
    </message>
    <message>
        <source>Also find regional vocabulary: 软件 finds 軟體, 信息 finds 資訊</source>
        <translation>同时匹配两岸用语：软件可找到軟體，信息可找到資訊</translation>
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
        <translation>结果数</translation>
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
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>UserStoreKeeper</name>
    <message>
        <source>Annotations restored from the backup %1; the replaced file is kept as %2.</source>
        <extracomment>How often the window asks for an automatic backup (the policy skips it when nothing changed or the last one is younger than ten minutes). Asked with the damage sentence and the backup&apos;s date; True: restore it now. The store opened (or was restored and reopened): UserStore. A sentence worth a glance in the status bar (a backup failed, a restore happened).</extracomment>
        <translation>已从备份 %1 恢复标注；被替换的文件保留为 %2。</translation>
    </message>
</context>
<context>
    <name>archive_labels</name>
    <message>
        <source>Bundled</source>
        <translation>自带</translation>
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
        <translation>%1（年份不详）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wenyuan</source>
        <translation>文渊</translation>
    </message>
</context>
</TS>
