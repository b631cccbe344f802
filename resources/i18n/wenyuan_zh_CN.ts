<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <extracomment>How many values are listed per facet before "…".</extracomment>
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
        <name>MainWindow</name>
        <message>
            <source>Results</source>
            <extracomment>The user chose an interface language ('' for the system's); the app rebuilds the window.</extracomment>
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
            <extracomment>Text for the clipboard from the selected cursor (None: Qt's own plain text of the selection). Layers drawn first to last (a later one paints over an earlier); others come after.</extracomment>
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
