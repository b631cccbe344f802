<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
            <extracomment>How many values are listed per facet before "…".</extracomment>
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
        <name>MainWindow</name>
        <message>
            <source>Results</source>
            <extracomment>The user chose an interface language ('' for the system's); the app rebuilds the window.</extracomment>
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
            <extracomment>Text for the clipboard from the selected cursor (None: Qt's own plain text of the selection). Layers drawn first to last (a later one paints over an earlier); others come after.</extracomment>
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
