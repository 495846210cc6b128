<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../widgets/model/lessonhistory.cpp" line="+14"/>
        <source>change</source>
        <translation>更改</translation>
    </message>
</context>
<context>
    <name>app::BookmarkPanel</name>
    <message>
        <location filename="../../app/bookmarkpanel.cpp" line="+44"/>
        <source>Speaker &amp;note:</source>
        <translation>讲者备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lecture bookmarks</source>
        <translation>讲课书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to go to a bookmark; F2 renames it</source>
        <translation>双击或按 Enter 键转到书签；按 F2 重命名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker note of the selected bookmark</source>
        <translation>所选书签的讲者备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to say or ask at this bookmark</source>
        <translation>讲到此书签时要说的话或要提的问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the lesson as it is now as a new bookmark (Ctrl+D)</source>
        <translation>把课程的当前状态保存为新书签（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the lesson to this bookmark</source>
        <translation>将课程转到此书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the lesson as it is now in this bookmark</source>
        <translation>将课程的当前状态存入此书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this bookmark</source>
        <translation>删除此书签</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
</context>
<context>
    <name>app::Document</name>
    <message>
        <location filename="../../app/document.cpp" line="+57"/>
        <source>unknown theme “%1”</source>
        <translation>未知主题“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Copied the state: paste it into EntropyLab with Edit &gt; Paste state</source>
        <translation>已复制状态：可在 EntropyLab 中用“编辑 &gt; 粘贴状态”粘贴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not paste the state</source>
        <translation>无法粘贴状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The clipboard does not hold an EntropyLab state: %1</source>
        <translation>剪贴板中没有 EntropyLab 状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pasted the state</source>
        <translation>已粘贴状态</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The last session was not restored (kept as %1): %2</source>
        <translation>未能恢复上次的会话（已保留为 %1）：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not autosave the session: %1</source>
        <translation>无法自动保存会话：%1</translation>
    </message>
</context>
<context>
    <name>app::ExportDialog</name>
    <message>
        <location filename="../../app/exportdialog.cpp" line="+31"/>
        <source>Information of one event</source>
        <translation>单个事件的信息量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary entropy</source>
        <translation>二元熵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss of logistic regression</source>
        <translation>逻辑回归的损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The distributions p and q</source>
        <translation>分布 p 与 q</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption with the parameters (p = 0.30, q = 0.60, bits)</source>
        <translation>附带参数的图注（p = 0.30, q = 0.60, 比特）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+159"/>
        <source>Export figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>All panels</source>
        <translation>全部面板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF vector document</source>
        <translation>PDF 矢量文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LaTeX (PGFPlots) figure</source>
        <translation>LaTeX (PGFPlots) 图形</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scale</source>
        <translation>缩放比例</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the panel&apos;s own title</source>
        <translation>面板自身的标题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Panel:</source>
        <translation>面板(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 × %2 pixels is too large: at most %3 a side.</source>
        <translation>%1 × %2 像素过大：每边最多 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes %1</source>
        <translation>将写入 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Writes %n files, e.g. %1</source>
        <translation>
            <numerusform>将写入 %n 个文件，例如 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 × %2 pixels)</source>
        <translation>（%1 × %2 像素）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>app::FocusView</name>
    <message>
        <location filename="../../app/focusview.cpp" line="+35"/>
        <source>Focus view</source>
        <translation>聚焦视图</translation>
    </message>
</context>
<context>
    <name>app::MainMenus</name>
    <message>
        <location filename="../../app/mainmenus.cpp" line="+88"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export figure…</source>
        <translation>导出图形(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the &amp;defaults</source>
        <translation>恢复默认设置(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy figure</source>
        <translation>复制图形(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;state</source>
        <translation>复制状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste state</source>
        <translation>粘贴状态(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Next panel</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious panel</source>
        <translation>上一个面板(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overview of all panels</source>
        <translation>全部面板总览(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Predict, then re&amp;veal</source>
        <translation>先预测，再揭晓(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Off: show every number</source>
        <translation>关闭：显示所有数值(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the &amp;numbers</source>
        <translation>隐藏数值(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the numbers and the &amp;curves</source>
        <translation>隐藏数值和曲线(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reveal</source>
        <translation>揭晓(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add bookmark</source>
        <translation>添加书签(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next bookmark</source>
        <translation>下一个书签(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+PgDown</source>
        <translation>Alt+PgDown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous bookmark</source>
        <translation>上一个书签(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+PgUp</source>
        <translation>Alt+PgUp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EntropyLab</source>
        <translation>关于 EntropyLab(&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n files</source>
        <translation>
            <numerusform>已导出 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied the figure “%1”</source>
        <translation>已复制图形“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EntropyLab sessions (*.entropylab *.json);;All files (*)</source>
        <translation>EntropyLab 会话 (*.entropylab *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EntropyLab sessions (*.entropylab)</source>
        <translation>EntropyLab 会话 (*.entropylab)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No sessions yet</source>
        <translation>尚无会话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the focused slider by 0.01</source>
        <translation>将有焦点的滑块移动 0.01</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left, Right (or Down, Up)</source>
        <translation>左、右方向键（或下、上方向键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it by 0.1</source>
        <translation>移动 0.1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page Down, Page Up</source>
        <translation>Page Down、Page Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it by 0.001</source>
        <translation>移动 0.001</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift + Left, Right</source>
        <translation>Shift + 左、右方向键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set it to 0 or 1</source>
        <translation>设为 0 或 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home, End</source>
        <translation>Home、End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next control</source>
        <translation>转到下一个控件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab (Shift+Tab goes back)</source>
        <translation>Tab（Shift+Tab 返回上一个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous bookmark in presentation mode</source>
        <translation>演示模式中的下一个/上一个书签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page Down, Page Up (a clicker&apos;s keys)</source>
        <translation>Page Down、Page Up（翻页笔的按键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous panel in the focus view</source>
        <translation>聚焦视图中的下一个/上一个面板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right, Left</source>
        <translation>Right、Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About EntropyLab</source>
        <translation>关于 EntropyLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;EntropyLab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Information, entropy, KL divergence and cross entropy, and why cross entropy is the loss of logistic regression.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;EntropyLab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;信息量、熵、KL 散度与交叉熵，以及为什么交叉熵是逻辑回归的损失函数。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="+136"/>
        <source>&amp;Two outcomes</source>
        <translation>两个结果(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Many outcomes</source>
        <translation>多个结果(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson pages</source>
        <translation>课程页面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guided lesson</source>
        <translation>引导课程</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lecture bookmarks</source>
        <translation>讲课书签</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Bookmark %1 of %2: %3</source>
        <translation>书签 %1/%2：%3</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Two outcomes: the plots and the readouts</source>
        <translation>两个结果：图表与读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many outcomes: the editor, the contributions and sampling</source>
        <translation>多个结果：编辑器、贡献与抽样</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Presentation mode: Left and Right (or Ctrl+Page Down, Ctrl+Page Up) show the next and previous panel, O the overview; Page Down and Page Up go through the bookmarks; F5 or Esc ends it</source>
        <translation>演示模式：Right 和 Left（或 Ctrl+Page Down、Ctrl+Page Up）显示下一个和上一个面板，O 显示总览；Page Down 和 Page Up 逐个转到书签；F5 或 Esc 结束演示</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1[*] — EntropyLab</source>
        <translation>%1[*] — EntropyLab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookmark %1</source>
        <translation>书签 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not add the bookmark</source>
        <translation>无法添加书签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A session holds at most %1 bookmarks</source>
        <translation>一个会话最多包含 %1 个书签</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No bookmarks yet: Bookmarks &gt; Add bookmark (Ctrl+D) saves the lesson as it is now</source>
        <translation>尚无书签：“书签 &gt; 添加书签”(Ctrl+D) 可保存课程的当前状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the last bookmark</source>
        <translation>这是最后一个书签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is the first bookmark</source>
        <translation>这是第一个书签</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>&amp;Why cross entropy?</source>
        <translation>为什么用交叉熵？(&amp;W)</translation>
    </message>
</context>
<context>
    <name>app::PreferencesDialog</name>
    <message>
        <location filename="../../app/preferencesdialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of menus, dialogs and figures</source>
        <translation>菜单、对话框和图形所用的语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window reopens in the new language; the lesson stays as it is.</source>
        <translation>窗口将以新语言重新打开，课程保持不变。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>app::Translations</name>
    <message>
        <location filename="../../app/translations.cpp" line="+138"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../widgets/numberformat.cpp" line="+64"/>
        <source>bits</source>
        <translation>比特</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nats</source>
        <translation>奈特</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bans</source>
        <translation>哈特莱</translation>
    </message>
</context>
<context>
    <name>widgets::CodeLengthPanel</name>
    <message>
        <location filename="../../widgets/codelengthpanel.cpp" line="+17"/>
        <source>Cross entropy as message length</source>
        <translation>交叉熵即消息长度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log n: the same length for every outcome</source>
        <translation>log n：每个结果的码长都相同</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>−log qᵢ: code built for the model q (area H(p, q))</source>
        <translation>−log qᵢ：为模型 q 设计的编码（面积 H(p, q)）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−log pᵢ: best code for p (area H(p))</source>
        <translation>−log pᵢ：对 p 最优的编码（面积 H(p)）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>outcomes side by side, each as wide as its probability pᵢ</source>
        <translation>各结果依次排开，宽度等于其概率 pᵢ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>code length [%1]</source>
        <translation>码长 [%1]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>log n = %1 ≥ H(p)</source>
        <translation>log n = %1 ≥ H(p)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>shaded area H(p, q) = %1 %4
= H(p) %2 + D(p‖q) %3</source>
        <translation>阴影面积 H(p, q) = %1 %4
= H(p) %2 + D(p‖q) %3</translation>
    </message>
</context>
<context>
    <name>widgets::ContributionsPanel</name>
    <message>
        <location filename="../../widgets/contributionspanel.cpp" line="+18"/>
        <source>What each outcome contributes</source>
        <translation>每个结果的贡献</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−pᵢ log pᵢ, sums to H(p)</source>
        <translation>−pᵢ log pᵢ，总和为 H(p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−pᵢ log qᵢ, sums to H(p, q)</source>
        <translation>−pᵢ log qᵢ，总和为 H(p, q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pᵢ log(pᵢ/qᵢ), sums to D(p‖q)</source>
        <translation>pᵢ log(pᵢ/qᵢ)，总和为 D(p‖q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−log pᵢ, information (right axis)</source>
        <translation>−log pᵢ，信息量（右轴）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>contribution [%1]</source>
        <translation>贡献 [%1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>information −log pᵢ [%1]</source>
        <translation>信息量 −log pᵢ [%1]</translation>
    </message>
</context>
<context>
    <name>widgets::ControlPanel</name>
    <message>
        <location filename="../../widgets/controlpanel.cpp" line="+37"/>
        <source>True probability of outcome 1: the data&apos;s distribution is (p, 1 − p)</source>
        <translation>结果 1 的真实概率：数据的分布为 (p, 1 − p)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model&apos;s probability of outcome 1: the model predicts (q, 1 − q)</source>
        <translation>模型给出的结果 1 的概率：模型预测的分布为 (q, 1 − q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted probability that the label is 1</source>
        <translation>预测标签为 1 的概率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>label y = 0</source>
        <translation>标签 y = 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label y = 1</source>
        <translation>标签 y = 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bits (log₂)</source>
        <translation>比特 (log₂)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nats (ln)</source>
        <translation>奈特 (ln)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bans (log₁₀)</source>
        <translation>哈特莱 (log₁₀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit of information</source>
        <translation>信息量的单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base of the logarithm: 2 gives bits, e gives nats, 10 gives bans</source>
        <translation>对数的底：以 2 为底得到比特，以 e 为底得到奈特，以 10 为底得到哈特莱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fast</source>
        <translation>快</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sweep speed</source>
        <translation>扫动速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the play buttons sweep a slider back and forth</source>
        <translation>播放按钮来回扫动滑块的速度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One training example</source>
        <translation>一个训练样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sweep</source>
        <translation>扫动</translation>
    </message>
</context>
<context>
    <name>widgets::CrossEntropyPanel</name>
    <message>
        <location filename="../../widgets/crossentropypanel.cpp" line="+17"/>
        <source>Cross entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H(p), the least it can be</source>
        <translation>H(p)，交叉熵可能的最小值</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>H(p, r) = −p log r − (1−p) log(1−r)</source>
        <translation>H(p, r) = −p log r − (1−p) log(1−r)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minimum at r = p</source>
        <translation>在 r = p 处取最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H(p, q) at the model&apos;s q</source>
        <translation>模型的 q 处的 H(p, q)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cross entropy [%1]</source>
        <translation>交叉熵 [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model&apos;s probability of outcome %1, r</source>
        <translation>模型给出的结果 %1 的概率 r</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H(p, q) = %1</source>
        <translation>H(p, q) = %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>r = %1</source>
        <translation>r = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H(p, r) = %1 %2</source>
        <translation>H(p, r) = %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D(p‖r) = %1 %2</source>
        <translation>D(p‖r) = %1 %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>H(p) = %1</source>
        <translation>H(p) = %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>D(p‖q) = %1 %2</source>
        <translation>D(p‖q) = %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>H(p) = %1 %2</source>
        <translation>H(p) = %1 %2</translation>
    </message>
</context>
<context>
    <name>widgets::DistributionEditor</name>
    <message>
        <location filename="../../widgets/distributioneditor.cpp" line="+44"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a preset…</source>
        <translation>载入预设…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uniform p</source>
        <translation>均匀 p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every outcome equally likely under p</source>
        <translation>在 p 下每个结果的可能性相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uniform q</source>
        <translation>均匀 q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every outcome equally likely under q</source>
        <translation>在 q 下每个结果的可能性相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy p → q</source>
        <translation>复制 p → q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The model becomes the truth: D(p‖q) = 0</source>
        <translation>模型变为真实分布：D(p‖q) = 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap p ↔ q</source>
        <translation>交换 p ↔ q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange the truth and the model: D(p‖q) becomes D(q‖p)</source>
        <translation>交换真实分布与模型：D(p‖q) 变为 D(q‖p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add outcome</source>
        <translation>添加结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new outcome, its share taken from the unlocked ones</source>
        <translation>新增一个结果，其概率从未锁定的结果中分出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove outcome</source>
        <translation>删除结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removes the selected outcome (click its bars to select it)</source>
        <translation>删除选中的结果（点击其柱形即可选中）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit message</source>
        <translation>编辑提示</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not changed: %1.</source>
        <translation>未更改：%1。</translation>
    </message>
</context>
<context>
    <name>widgets::DistributionPanel</name>
    <message>
        <location filename="../../widgets/distributionpanel.cpp" line="+20"/>
        <source>The distributions p and q</source>
        <translation>分布 p 与 q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p, the true distribution</source>
        <translation>p，真实分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>q, the model</source>
        <translation>q，模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
</context>
<context>
    <name>widgets::EntropyPanel</name>
    <message>
        <location filename="../../widgets/entropypanel.cpp" line="+13"/>
        <source>Binary entropy</source>
        <translation>二元熵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h(r) = −r log r − (1−r) log(1−r)</source>
        <translation>h(r) = −r log r − (1−r) log(1−r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h(p), the true distribution</source>
        <translation>h(p)，真实分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h(q), the model</source>
        <translation>h(q)，模型</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>entropy h(r) [%1]</source>
        <translation>熵 h(r) [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability of outcome %1, r</source>
        <translation>结果 %1 的概率 r</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>maximum %1 %2 at r = ½</source>
        <translation>在 r = ½ 处取最大值 %1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>r = %1</source>
        <translation>r = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h(r) = %1 %2</source>
        <translation>h(r) = %1 %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>h(p) = %1</source>
        <translation>h(p) = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h(q) = %1</source>
        <translation>h(q) = %1</translation>
    </message>
</context>
<context>
    <name>widgets::InformationPanel</name>
    <message>
        <location filename="../../widgets/informationpanel.cpp" line="+13"/>
        <source>Information of one event</source>
        <translation>单个事件的信息量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−log r</source>
        <translation>−log r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event of probability p</source>
        <translation>概率为 p 的事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its complement, 1 − p</source>
        <translation>其对立事件，1 − p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability q (the model)</source>
        <translation>概率 q（模型）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>probability r</source>
        <translation>概率 r</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>information −log r [%1]</source>
        <translation>信息量 −log r [%1]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>r = %1</source>
        <translation>r = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−log r = %1 %2</source>
        <translation>−log r = %1 %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>I(p) = %1</source>
        <translation>I(p) = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I(1−p) = %1</source>
        <translation>I(1−p) = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I(q) = %1</source>
        <translation>I(q) = %1</translation>
    </message>
</context>
<context>
    <name>widgets::InputRefusal</name>
    <message>
        <location filename="../../widgets/model/refusal.cpp" line="+41"/>
        <source>the label is empty</source>
        <translation>标签为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label is %1 bytes of UTF-8; the limit is %2 bytes</source>
        <translation>标签的 UTF-8 编码有 %1 字节，上限为 %2 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the label holds a lone surrogate %1</source>
        <translation>标签含有孤立的代理码位 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label is not valid UTF-8 (byte %1)</source>
        <translation>标签不是有效的 UTF-8（第 %1 字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label holds the control character %1</source>
        <translation>标签含有控制字符 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the label holds the invisible format character %1</source>
        <translation>标签含有不可见的格式字符 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label holds the line separator %1</source>
        <translation>标签含有行分隔符 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label holds the noncharacter %1</source>
        <translation>标签含有非字符码位 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label is blank</source>
        <translation>标签只有空白</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label begins with the space %1</source>
        <translation>标签以空白字符 %1 开头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label ends with the space %1</source>
        <translation>标签以空白字符 %1 结尾</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 entry; a lesson has %2 to %3 outcomes</source>
        <translation>%1 个分量；一节课有 %2 到 %3 个结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entries; a lesson has %2 to %3 outcomes</source>
        <translation>%1 个分量；一节课有 %2 到 %3 个结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 entries, but q has %2</source>
        <translation>%1 个分量，但 q 有 %2 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 label, but p has %2 entries</source>
        <translation>%1 个标签，但 p 有 %2 个分量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 labels, but p has %2 entries</source>
        <translation>%1 个标签，但 p 有 %2 个分量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 entry, but p has %2</source>
        <translation>%1 个分量，但 p 有 %2 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries, but p has %2</source>
        <translation>%1 个分量，但 p 有 %2 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 (%2) is not a finite number</source>
        <translation>第 %1 个分量（%2）不是有限数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %1 (%2) is negative</source>
        <translation>第 %1 个分量（%2）为负数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %1 (%2) is greater than 1</source>
        <translation>第 %1 个分量（%2）大于 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entries sum to %1; they need a positive, finite sum</source>
        <translation>各分量之和为 %1；和必须是有限的正数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entries sum to %1, not 1</source>
        <translation>各分量之和为 %1，而不是 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names two outcomes (also %2)</source>
        <translation>“%1”同时命名了两个结果（另见 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an outcome (0 to %2)</source>
        <translation>%1 不是一个结果（应为 0 到 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not 0 or 1</source>
        <translation>%1 不是 0 或 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside [0, 1]</source>
        <translation>%1 不在 [0, 1] 内</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a unit (bits, nats, bans or hartleys)</source>
        <translation>%1 不是单位（bits、nats、bans 或 hartleys）</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>no number given</source>
        <translation>未给出数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has more than %1 entries</source>
        <translation>超过 %1 项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no outcome %1</source>
        <translation>没有结果 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a probability lies between 0 and 1</source>
        <translation>概率须在 0 与 1 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this outcome is locked; unlock it to change it</source>
        <translation>此结果已锁定；请先解锁再修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the locked outcomes already hold %1; at most %2 is left</source>
        <translation>已锁定的结果已占 %1；最多还剩 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every other outcome is locked; unlock one to make room</source>
        <translation>其他结果都已锁定；请解锁一个以腾出空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unlocked outcomes hold nothing to give the new one; unlock one first</source>
        <translation>未锁定的结果没有概率可分给新结果；请先解锁一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a distribution needs at least two outcomes</source>
        <translation>分布至少需要两个结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the other outcomes are all locked; unlock one to take this one&apos;s share</source>
        <translation>其他结果都已锁定；请解锁一个来接收此结果的概率</translation>
    </message>
</context>
<context>
    <name>widgets::KlPanel</name>
    <message>
        <location filename="../../widgets/klpanel.cpp" line="+14"/>
        <source>KL divergence is not symmetric</source>
        <translation>KL 散度不对称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(p‖r)</source>
        <translation>D(p‖r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(r‖p)</source>
        <translation>D(r‖p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(p‖q)</source>
        <translation>D(p‖q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(q‖p)</source>
        <translation>D(q‖p)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>divergence [%1]</source>
        <translation>散度 [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other distribution&apos;s probability of outcome %1, r</source>
        <translation>另一分布中结果 %1 的概率 r</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>r = %1</source>
        <translation>r = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D(p‖r) = %1 %2</source>
        <translation>D(p‖r) = %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(r‖p) = %1 %2</source>
        <translation>D(r‖p) = %1 %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>D(p‖q) = %1</source>
        <translation>D(p‖q) = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(q‖p) = %1</source>
        <translation>D(q‖p) = %1</translation>
    </message>
</context>
<context>
    <name>widgets::LessonPanel</name>
    <message>
        <location filename="../../widgets/lessonpanel.cpp" line="+117"/>
        <source>Lesson step</source>
        <translation>课程步骤</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <source>Try this</source>
        <translation>试一试</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Show me</source>
        <translation>演示给我看(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the lesson to this step&apos;s example and bring the plot that shows it into view</source>
        <translation>将课程设为这一步的示例，并显示相应的图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the example</source>
        <translation>显示示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the previous step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next step</source>
        <translation>继续下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step title</source>
        <translation>步骤标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson text</source>
        <translation>课程正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to notice</source>
        <translation>注意要点</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The lesson could not be loaded.</source>
        <translation>无法载入课程。</translation>
    </message>
</context>
<context>
    <name>widgets::LessonState</name>
    <message>
        <location filename="../../widgets/model/lessonstate.cpp" line="+125"/>
        <location line="+43"/>
        <source>there is no outcome %1</source>
        <translation>不存在结果 %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>at most %1 outcomes</source>
        <translation>最多 %1 个结果</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>p, q and the labels must have the same number of outcomes</source>
        <translation>p、q 与标签的结果数必须相同</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a probability lies between 0 and 1</source>
        <translation>概率须介于 0 与 1 之间</translation>
    </message>
</context>
<context>
    <name>widgets::LossPanel</name>
    <message>
        <location filename="../../widgets/losspanel.cpp" line="+35"/>
        <source>Loss of logistic regression</source>
        <translation>逻辑回归的损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J, y = 1: −log ŷ</source>
        <translation>J，y = 1：−log ŷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J, y = 0: −log(1−ŷ)</source>
        <translation>J，y = 0：−log(1−ŷ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>squared error (y − ŷ)² (right axis)</source>
        <translation>平方误差 (y − ŷ)²（右轴）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>∂(y − ŷ)²/∂z (right axis)</source>
        <translation>∂(y − ŷ)²/∂z（右轴）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(y − ŷ)² and ∂(y − ŷ)²/∂z [no unit]</source>
        <translation>(y − ŷ)² 与 ∂(y − ŷ)²/∂z [无单位]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>loss J and its gradient ∂J/∂z [%1]</source>
        <translation>损失 J 及其梯度 ∂J/∂z [%1]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>J = %1, ∂J/∂z = %2 %3</source>
        <translation>J = %1，∂J/∂z = %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(y−ŷ)² = %1, ∂/∂z = %2 (no unit)</source>
        <translation>(y−ŷ)² = %1，∂/∂z = %2（无单位）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(y − ŷ)² = %1 (no unit)</source>
        <translation>(y − ŷ)² = %1（无单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂J/∂z = %1 %2</source>
        <translation>∂J/∂z = %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂(y − ŷ)²/∂z = %1 (no unit)</source>
        <translation>∂(y − ŷ)²/∂z = %1（无单位）</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>J at the current ŷ</source>
        <translation>当前 ŷ 处的 J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>squared error at ŷ</source>
        <translation>ŷ 处的平方误差</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>prediction ŷ = σ(z), the model&apos;s probability that y = 1</source>
        <translation>预测 ŷ = σ(z)，即模型给出的 y = 1 的概率</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>ŷ = %1</source>
        <translation>ŷ = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J = %1 %2 (y = %3)</source>
        <translation>J = %1 %2（y = %3）</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>∂J/∂z = %1</source>
        <translation>∂J/∂z = %1</translation>
    </message>
</context>
<context>
    <name>widgets::OutcomeTable</name>
    <message>
        <location filename="../../widgets/outcometable.cpp" line="+21"/>
        <source>Terms outcome by outcome</source>
        <translation>逐个结果的各项</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pᵢ</source>
        <translation>pᵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>qᵢ</source>
        <translation>qᵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−%1 qᵢ</source>
        <translation>−%1 qᵢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pᵢ %1(pᵢ/qᵢ)</source>
        <translation>pᵢ %1(pᵢ/qᵢ)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 of %2: %3</source>
        <translation>%2 的 %1：%3</translation>
    </message>
</context>
<context>
    <name>widgets::PlotPanel</name>
    <message>
        <location filename="../../widgets/plotpanel.cpp" line="+352"/>
        <source>values hidden</source>
        <translation>数值已隐藏</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit: %1</source>
        <translation>单位：%1</translation>
    </message>
</context>
<context>
    <name>widgets::ProbabilitySlider</name>
    <message>
        <location filename="../../widgets/probabilityslider.cpp" line="+71"/>
        <location line="+119"/>
        <source>Sweep %1 back and forth</source>
        <translation>来回扫动 %1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Play %1</source>
        <translation>播放 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweeps %1 back and forth between %2 and %3 until pressed again</source>
        <translation>在 %2 与 %3 之间来回扫动 %1，再按一次即停止</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Stop the sweep of %1</source>
        <translation>停止扫动 %1</translation>
    </message>
</context>
<context>
    <name>widgets::ReadoutPanel</name>
    <message>
        <location filename="../../widgets/readoutpanel.cpp" line="+78"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Readouts</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Numbers hidden — press R to reveal</source>
        <translation>数值已隐藏 — 按 R 键揭晓</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>I(p_%1) = −%2 %3 = %4 %5;   I(q_%1) = −%2 %6 = %7 %5</source>
        <translation>I(p_%1) = −%2 %3 = %4 %5;   I(q_%1) = −%2 %6 = %7 %5</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>I(p_%1) = −%2 p_%1 = ? %3;   I(q_%1) = −%2 q_%1 = ? %3</source>
        <translation>I(p_%1) = −%2 p_%1 = ? %3;   I(q_%1) = −%2 q_%1 = ? %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I(p) = −%1 p = ? %2;   I(1−p) = −%1(1−p) = ? %2</source>
        <translation>I(p) = −%1 p = ? %2;   I(1−p) = −%1(1−p) = ? %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H(p) = −p %1 p − (1−p) %1(1−p) = ? %2</source>
        <translation>H(p) = −p %1 p − (1−p) %1(1−p) = ? %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H(q) = −q %1 q − (1−q) %1(1−q) = ? %2</source>
        <translation>H(q) = −q %1 q − (1−q) %1(1−q) = ? %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D(p‖q) = p %1(p/q) + (1−p) %1((1−p)/(1−q)) = ? %2</source>
        <translation>D(p‖q) = p %1(p/q) + (1−p) %1((1−p)/(1−q)) = ? %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(q‖p) = q %1(q/p) + (1−q) %1((1−q)/(1−p)) = ? %2</source>
        <translation>D(q‖p) = q %1(q/p) + (1−q) %1((1−q)/(1−p)) = ? %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>H(p) = −Σ pᵢ %1 pᵢ = %2 %3, at most %1 %4 = %5</source>
        <translation>H(p) = −Σ pᵢ %1 pᵢ = %2 %3，至多为 %1 %4 = %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H(q) = −Σ qᵢ %1 qᵢ = %2 %3</source>
        <translation>H(q) = −Σ qᵢ %1 qᵢ = %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H(p, q) = −Σ pᵢ %1 qᵢ = %2 %3</source>
        <translation>H(p, q) = −Σ pᵢ %1 qᵢ = %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(p‖q) = Σ pᵢ %1(pᵢ/qᵢ) = %2 %3</source>
        <translation>D(p‖q) = Σ pᵢ %1(pᵢ/qᵢ) = %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(q‖p) = Σ qᵢ %1(qᵢ/pᵢ) = %2 %3</source>
        <translation>D(q‖p) = Σ qᵢ %1(qᵢ/pᵢ) = %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>H(p, q) = H(p) + D(p‖q) = %1 + %2 = %3 %4</source>
        <translation>H(p, q) = H(p) + D(p‖q) = %1 + %2 = %3 %4</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>H(p) = −Σ pᵢ %1 pᵢ = ? %2</source>
        <translation>H(p) = −Σ pᵢ %1 pᵢ = ? %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H(q) = −Σ qᵢ %1 qᵢ = ? %2</source>
        <translation>H(q) = −Σ qᵢ %1 qᵢ = ? %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H(p, q) = −Σ pᵢ %1 qᵢ = ? %2</source>
        <translation>H(p, q) = −Σ pᵢ %1 qᵢ = ? %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(p‖q) = Σ pᵢ %1(pᵢ/qᵢ) = ? %2</source>
        <translation>D(p‖q) = Σ pᵢ %1(pᵢ/qᵢ) = ? %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(q‖p) = Σ qᵢ %1(qᵢ/pᵢ) = ? %2</source>
        <translation>D(q‖p) = Σ qᵢ %1(qᵢ/pᵢ) = ? %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>H(p, q) = −p %1 q − (1−p) %1(1−q) = ? %2</source>
        <translation>H(p, q) = −p %1 q − (1−p) %1(1−q) = ? %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>H(p, q) = H(p) + D(p‖q) = ? + ? = ? %1</source>
        <translation>H(p, q) = H(p) + D(p‖q) = ? + ? = ? %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J = −y %1 ŷ − (1−y) %1(1−ŷ) = ? %2</source>
        <translation>J = −y %1 ŷ − (1−y) %1(1−ŷ) = ? %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>I(p) = −%1 %2 = %3 %5;   I(1−p) = −%1 %4 = %6 %5</source>
        <translation>I(p) = −%1 %2 = %3 %5;   I(1−p) = −%1 %4 = %6 %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = −%2 %3 %2 − %4 %3 %4 = %5 %6</source>
        <translation>%1 = −%2 %3 %2 − %4 %3 %4 = %5 %6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>H(p, q) = −%1 %2 %3 − %4 %2 %5 = %6 %7</source>
        <translation>H(p, q) = −%1 %2 %3 − %4 %2 %5 = %6 %7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2 %3(%2/%4) + %5 %3(%5/%6) = %7 %8</source>
        <translation>%1 = %2 %3(%2/%4) + %5 %3(%5/%6) = %7 %8</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>J = −%1·%2 %3 − %4·%2 %5 = %6 %7</source>
        <translation>J = −%1·%2 %3 − %4·%2 %5 = %6 %7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(y − ŷ)² = (%1 − %2)² = %3 (no unit)</source>
        <translation>(y − ŷ)² = (%1 − %2)² = %3（无单位）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>∂J/∂z = %1 = %2 %3;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = %4 (no unit)</source>
        <translation>∂J/∂z = %1 = %2 %3;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = %4（无单位）</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>information</source>
        <translation>信息量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entropy of p</source>
        <translation>p 的熵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entropy of q</source>
        <translation>q 的熵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cross entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverse KL</source>
        <translation>反向 KL 散度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decomposition</source>
        <translation>分解</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>(y − ŷ)² = ? (no unit)</source>
        <translation>(y − ŷ)² = ?（无单位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∂J/∂z = %1 = ? %2;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = ? (no unit)</source>
        <translation>∂J/∂z = %1 = ? %2;   ∂(y−ŷ)²/∂z = 2(ŷ − y)ŷ(1 − ŷ) = ?（无单位）</translation>
    </message>
</context>
<context>
    <name>widgets::ReadoutView</name>
    <message>
        <location filename="../../widgets/readoutview.cpp" line="+962"/>
        <source>Copy readouts</source>
        <translation>复制读数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this line</source>
        <translation>复制此行</translation>
    </message>
</context>
<context>
    <name>widgets::SamplingPanel</name>
    <message>
        <location filename="../../widgets/samplingpanel.cpp" line="+15"/>
        <source>Sampling: the loss measured on data</source>
        <translation>抽样：在数据上测得的损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>average of −log q(x) over the samples x drawn from p</source>
        <translation>从 p 抽取的样本 x 上 −log q(x) 的平均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H(p, q), where it settles</source>
        <translation>H(p, q)，平均值最终趋于此值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H(p), the least any model could reach</source>
        <translation>H(p)，任何模型所能达到的最小值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>samples drawn</source>
        <translation>已抽取的样本数</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>average −log q(x) [%1]</source>
        <translation>−log q(x) 的平均值 [%1]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>draw samples to start</source>
        <translation>抽取样本以开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 samples: average %2, H(p, q) = %3</source>
        <translation>%1 个样本：平均值 %2，H(p, q) = %3</translation>
    </message>
</context>
<context>
    <name>widgets::SamplingView</name>
    <message>
        <location filename="../../widgets/samplingview.cpp" line="+19"/>
        <source>Draw from p:</source>
        <translation>从 p 中抽样：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw one sample</source>
        <translation>抽取 1 个样本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw %1 samples</source>
        <translation>抽取 %1 个样本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed draws the same samples</source>
        <translation>相同的种子抽出相同的样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the samples and start again with this seed</source>
        <translation>清除已抽取的样本，用此种子重新开始</translation>
    </message>
</context>
<context>
    <name>widgets::Theme</name>
    <message>
        <location filename="../../widgets/theme.cpp" line="+69"/>
        <source>Dark (projector)</source>
        <translation>深色（投影仪）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation (large)</source>
        <translation>演示（大字号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light (print)</source>
        <translation>浅色（打印）</translation>
    </message>
</context>
<context>
    <name>widgets::TrainingLab</name>
    <message>
        <location filename="../../widgets/traininglab.cpp" line="+28"/>
        <source>Overlapping classes</source>
        <translation>重叠的类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Separated classes</source>
        <translation>分离的类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidently wrong start</source>
        <translation>自信却错误的起点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two classes mingle around zero, so no threshold separates them and the best fit is finite.</source>
        <translation>两个类别在零附近相互混杂，没有哪个阈值能将它们分开，因此最佳拟合是有限的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gap splits the classes, so cross entropy always gains by a steeper sigmoid and w grows without end.</source>
        <translation>两个类别之间隔着一段空隙，因此 sigmoid 越陡，交叉熵总会越小，w 会无限增长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The start is sure of the wrong class at every point: cross entropy recovers at once, squared error sits on a plateau.</source>
        <translation>起点在每个点上都笃定地给出错误的类别：交叉熵立即恢复，平方误差却停滞在平台区。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New d&amp;ata</source>
        <translation>新数据(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Random points of both classes from the next seed</source>
        <translation>用下一个种子生成两个类别的随机点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step &amp;once</source>
        <translation>单步(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One iteration of gradient descent for both losses</source>
        <translation>对两种损失各执行一次梯度下降迭代</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+148"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Train both continuously; press again to pause</source>
        <translation>持续训练两者；再按一次即暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to iteration 0 with the same data, start and learning rate</source>
        <translation>以相同的数据、起点和学习率回到第 0 次迭代</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prepared data set with its start and learning rate</source>
        <translation>预先准备的数据集，连同其起点和学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own data</source>
        <translation>自定义数据</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed always gives the same points</source>
        <translation>相同的种子总是生成相同的点</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far each iteration moves (w, b) along the gradient</source>
        <translation>每次迭代沿梯度将 (w, b) 移动多远</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start weight w</source>
        <translation>起始权重 w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight both trainings start from</source>
        <translation>两种训练共同的起始权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start bias b</source>
        <translation>起始偏置 b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bias both trainings start from</source>
        <translation>两种训练共同的起始偏置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations per frame while running</source>
        <translation>运行时每帧的迭代次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>E&amp;xample:</source>
        <translation>示例(&amp;X)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start w:</source>
        <translation>起始 w：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b:</source>
        <translation>b：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spee&amp;d:</source>
        <translation>速度(&amp;D)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training plots</source>
        <translation>训练图表</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>iteration %1 (the limit)</source>
        <translation>第 %1 次迭代（已达上限）</translation>
    </message>
</context>
<context>
    <name>widgets::TrainingPanel</name>
    <message>
        <location filename="../../widgets/trainingpanel.cpp" line="+65"/>
        <source>Why cross entropy? Training logistic regression</source>
        <translation>为什么用交叉熵？训练逻辑回归</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(a) The data and both fitted sigmoids ŷ = σ(w x + b)</source>
        <translation>(a) 数据与两条拟合的 sigmoid 曲线 ŷ = σ(w x + b)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predicted probability ŷ</source>
        <translation>预测概率 ŷ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>class 1 (y = 1)</source>
        <translation>类别 1（y = 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class 0 (y = 0)</source>
        <translation>类别 0（y = 0）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(b) Cross entropy over (w, b)</source>
        <translation>(b) 交叉熵在 (w, b) 上的曲面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(c) Squared error over (w, b)</source>
        <translation>(c) 平方误差在 (w, b) 上的曲面</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(d) Loss per iteration</source>
        <translation>(d) 每次迭代的损失</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(e) Gradient norm per iteration</source>
        <translation>(e) 每次迭代的梯度范数</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>‖∇L‖</source>
        <translation>‖∇L‖</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>trained on cross entropy</source>
        <translation>用交叉熵训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trained on squared error</source>
        <translation>用平方误差训练</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start (w₀, b₀) of both</source>
        <translation>两者的起点 (w₀, b₀)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>(a) Data, fits ŷ = σ(w x + b)</source>
        <translation>(a) 数据与拟合 ŷ = σ(w x + b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability ŷ</source>
        <translation>概率 ŷ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>[no unit]</source>
        <translation>[无单位]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias b</source>
        <translation>偏置 b</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>mean cross entropy [%1]</source>
        <translation>平均交叉熵 [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>cross entropy [%1]</source>
        <translation>交叉熵 [%1]</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>iteration %1 (the limit)</source>
        <translation>第 %1 次迭代（已达上限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cross entropy %1 %2</source>
        <translation>交叉熵 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>squared error %1</source>
        <translation>平方误差 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cross-entropy gradient %1</source>
        <translation>交叉熵梯度 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>squared-error gradient %1</source>
        <translation>平方误差梯度 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>own data</source>
        <translation>自定义数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 points, start w = %3, b = %4, learning rate %5, iteration %6, %7</source>
        <translation>%1，%2 个点，起始 w = %3，b = %4，学习率 %5，第 %6 次迭代，%7</translation>
    </message>
</context>
<context>
    <name>widgets::TrainingState</name>
    <message>
        <location filename="../../widgets/model/trainingstate.cpp" line="+55"/>
        <source>there is no example called &quot;%1&quot;</source>
        <translation>不存在名为“%1”的示例</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the number of points must lie between 2 and %1</source>
        <translation>点数须介于 2 与 %1 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the separation must lie between 0 and %1</source>
        <translation>间隔须介于 0 与 %1 之间</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no point %1</source>
        <translation>不存在点 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a point&apos;s x must be a finite number</source>
        <translation>点的 x 须为有限数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the start (w, b) must be finite numbers</source>
        <translation>起点 (w, b) 须为有限数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the learning rate must be a number above 0 and at most %1</source>
        <translation>学习率须大于 0 且不超过 %1</translation>
    </message>
</context>
</TS>
