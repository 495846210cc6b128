#include "readoutview.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QHash>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {

constexpr char16_t kFirstSlot = 0xE000; // Unicode's private use area: never in a formula's own text
constexpr char16_t kLastSlot = 0xE0FF;

bool isSlot(QChar c)
{
    return c.unicode() >= kFirstSlot && c.unicode() <= kLastSlot;
}

// Where the top-level (unbracketed) occurrences of `needle` start in `text`.
QList<qsizetype> topLevel(const QString &text, const QString &needle)
{
    QList<qsizetype> found;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'(' || c == u'[' || c == u'（')
            ++depth;
        else if (c == u')' || c == u']' || c == u'）')
            depth = std::max(0, depth - 1);
        else if (depth == 0 && QStringView(text).mid(i).startsWith(needle))
            found << i;
    }
    return found;
}

// `text` cut at the top-level occurrences of `needle`, which are dropped.
QStringList splitTopLevel(const QString &text, const QString &needle)
{
    QStringList pieces;
    qsizetype from = 0;
    for (const qsizetype at : topLevel(text, needle)) {
        if (at < from)
            continue;
        pieces << text.mid(from, at - from);
        from = at + needle.size();
    }
    pieces << text.mid(from);
    return pieces;
}

// The equations of a formula and what ends each: "," and "，" stay visible, ";" becomes a new line.
struct Sentence
{
    QString equation;
    QString trailer;
};

QList<Sentence> sentences(const QString &formula)
{
    QList<qsizetype> ends = topLevel(formula, QStringLiteral(";")) + topLevel(formula, QStringLiteral(", "))
        + topLevel(formula, QStringLiteral("，"));
    std::sort(ends.begin(), ends.end());
    QList<Sentence> out;
    qsizetype from = 0;
    for (const qsizetype at : std::as_const(ends)) {
        const QChar mark = formula.at(at);
        out << Sentence {formula.mid(from, at - from), mark == u';' ? QString() : QString(mark)};
        for (from = at + 1; from < formula.size() && formula.at(from) == u' ';)
            ++from;
    }
    out << Sentence {formula.mid(from), QString()};
    return out;
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

// ---- accessibility: the view is a list, each row an item the screen reader reads whole ----------------

class ReadoutRowAccessible : public QAccessibleInterface
{
public:
    ReadoutRowAccessible(ReadoutView *view, int index)
        : m_view(view)
        , m_index(index)
    { }
    bool isValid() const override { return m_view && m_index < m_view->keys().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        state.invisible = !m_view || !m_view->isVisible();
        return state;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const QString key = m_view->keys().at(m_index);
        switch (t) {
        case QAccessible::Name:
            return m_view->copyText(key);
        case QAccessible::Description:
        case QAccessible::Value:
            return m_view->text(key);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->rowRect(m_view->keys().at(m_index)).toAlignedRect();
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

private:
    QPointer<ReadoutView> m_view;
    int m_index;
};

class ReadoutViewAccessible : public QAccessibleWidget
{
public:
    explicit ReadoutViewAccessible(ReadoutView *view)
        : QAccessibleWidget(view, QAccessible::List)
    { }
    ~ReadoutViewAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }
    ReadoutView *view() const { return static_cast<ReadoutView *>(widget()); }
    int childCount() const override { return int(view()->keys().size()); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        if (!m_children.contains(index))
            m_children.insert(index, QAccessible::registerAccessibleInterface(new ReadoutRowAccessible(view(), index)));
        return QAccessible::accessibleInterface(m_children.value(index));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QString key = view()->rowAt(view()->mapFromGlobal(QPoint(x, y)));
        return key.isEmpty() ? nullptr : child(int(view()->keys().indexOf(key)));
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Description)
            return view()->copyText();
        return QAccessibleWidget::text(t);
    }

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

namespace {

QAccessibleInterface *readoutAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("widgets::ReadoutView") && object && object->isWidgetType())
        return new ReadoutViewAccessible(static_cast<ReadoutView *>(object));
    return nullptr;
}

} // namespace

// ---- the view ------------------------------------------------------------------------------------

ReadoutView::ReadoutView(QWidget *parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = (QAccessible::installFactory(readoutAccessibleFactory), true);
    Q_UNUSED(factoryInstalled);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    m_title.bold = true;
    m_equals.string = QStringLiteral("= ");
    m_separator.string = QStringLiteral(" = ");
    m_space.string = QStringLiteral(" ");
    for (Text *text : {&m_title, &m_equals, &m_separator, &m_space})
        shape(*text);
}

ReadoutView::~ReadoutView() = default;

QChar ReadoutView::slot(int index)
{
    Q_ASSERT(index >= 0 && index <= kLastSlot - kFirstSlot);
    return QChar(char16_t(kFirstSlot + index));
}

void ReadoutView::addRow(const QString &key)
{
    if (findRow(key))
        return;
    Row row;
    row.key = key;
    m_rows << row;
    invalidateLayout();
}

QStringList ReadoutView::keys() const
{
    QStringList keys;
    for (const Row &row : m_rows)
        keys << row.key;
    return keys;
}

ReadoutView::Row *ReadoutView::findRow(const QString &key)
{
    for (Row &row : m_rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

const ReadoutView::Row *ReadoutView::findRow(const QString &key) const
{
    return const_cast<ReadoutView *>(this)->findRow(key);
}

void ReadoutView::setRowName(const QString &key, const QString &name)
{
    Row *row = findRow(key);
    if (!row || row->name.string == name)
        return;
    row->name.string = name;
    shape(row->name);
    invalidateLayout();
}

QString ReadoutView::rowName(const QString &key) const
{
    const Row *row = findRow(key);
    return row ? row->name.string : QString();
}

void ReadoutView::setTitle(const QString &title)
{
    if (m_title.string == title)
        return;
    m_title.string = title;
    shape(m_title);
    invalidateLayout();
}

void ReadoutView::setNote(const QString &note)
{
    if (m_note == note)
        return;
    m_note = note;
    invalidateLayout();
}

void ReadoutView::shape(Text &text) const
{
    const QFont font = text.bold ? boldOf(this->font()) : this->font();
    // The shaped text leaves out the spaces around it: they only move what follows.
    const QString trimmed = text.string.trimmed();
    text.shaped = QStaticText(trimmed);
    text.shaped.setTextFormat(Qt::PlainText);
    text.shaped.setPerformanceHint(QStaticText::AggressiveCaching);
    text.shaped.prepare(QTransform(), font);
    const QFontMetricsF metrics(font);
    text.width = metrics.horizontalAdvance(text.string);
    // Where the shaped text puts its baseline: below its top by the tallest ascent of the fonts it uses.
    QTextLayout layout(trimmed, font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    text.ascent = line.isValid() ? line.ascent() : metrics.ascent();
    text.offset = trimmed.isEmpty() ? text.width /* only room to leave */
                                    : metrics.horizontalAdvance(text.string.left(text.string.indexOf(trimmed.at(0))));
}

void ReadoutView::shapeNumber(Number &number) const
{
    for (int bold = 0; bold < 2; ++bold) {
        if (!number.used[bold])
            continue;
        const QFont font = bold ? boldOf(this->font()) : this->font();
        const QFontMetricsF metrics(font);
        number.shaped[bold].setText(number.string);
        number.shaped[bold].setTextFormat(Qt::PlainText);
        number.shaped[bold].prepare(QTransform(), font);
        number.width[bold] = metrics.horizontalAdvance(number.string);
        // The room of its shape with every digit a 0: a font whose digits differ in width then still
        // keeps the layout while the numbers change.
        QHash<char16_t, qreal> &advances = m_advances[bold];
        qreal room = 0;
        for (const QChar c : number.string) {
            const char16_t key = c.isDigit() ? u'0' : c.unicode();
            auto it = advances.constFind(key);
            if (it == advances.constEnd())
                it = advances.insert(key, metrics.horizontalAdvance(QChar(key)));
            room += it.value();
        }
        number.room[bold] = std::max(room, number.width[bold]);
    }
}

void ReadoutView::parseFormula(Row &row) const
{
    row.equations.clear();
    for (Number &number : row.numbers)
        number.used[0] = number.used[1] = false;
    const auto partsOf = [&row](const QString &text, bool bold) {
        QList<Part> parts;
        QString fixed;
        const auto flush = [&] {
            if (fixed.isEmpty())
                return;
            Part part;
            part.fixed.string = fixed;
            part.fixed.bold = bold;
            part.bold = bold;
            parts << part;
            fixed.clear();
        };
        for (const QChar c : text) {
            if (!isSlot(c)) {
                fixed += c;
                continue;
            }
            flush();
            Part part;
            part.slot = c.unicode() - kFirstSlot;
            part.bold = bold;
            if (part.slot >= row.numbers.size())
                row.numbers.resize(part.slot + 1);
            row.numbers[part.slot].used[bold ? 1 : 0] = true;
            parts << part;
        }
        flush();
        return parts;
    };
    for (const Sentence &sentence : sentences(row.formula)) {
        Equation equation;
        equation.trailer.string = sentence.trailer;
        const QStringList sides = splitTopLevel(sentence.equation, QStringLiteral(" = "));
        equation.lhs.string = sides.size() > 1 ? sides.first() : QString();
        for (qsizetype s = sides.size() > 1 ? 1 : 0; s < sides.size(); ++s) {
            const bool result = s == sides.size() - 1;
            equation.trailer.bold = result;
            Side side;
            // The result is one piece; the other sides may break before a top-level "+" or "−".
            QStringList chunks = {sides.at(s)};
            if (!result) {
                chunks.clear();
                QString rest = sides.at(s);
                QList<qsizetype> cuts;
                for (const QString &op : {QStringLiteral(" − "), QStringLiteral(" + ")})
                    cuts << topLevel(rest, op);
                std::sort(cuts.begin(), cuts.end());
                qsizetype from = 0;
                for (const qsizetype cut : cuts) {
                    chunks << rest.mid(from, cut - from);
                    from = cut;
                }
                chunks << rest.mid(from);
            }
            for (qsizetype c = 0; c < chunks.size(); ++c) {
                Chunk chunk;
                QString text = chunks.at(c);
                if (c > 0 && text.startsWith(u' ')) {
                    chunk.lead.string = QStringLiteral(" ");
                    text.remove(0, 1);
                }
                chunk.lead.bold = result;
                chunk.parts = partsOf(text, result);
                side.chunks << chunk;
            }
            equation.sides << side;
        }
        row.equations << equation;
    }
}

void ReadoutView::shapeRow(Row &row) const
{
    shape(row.name);
    for (Equation &equation : row.equations) {
        shape(equation.lhs);
        shape(equation.trailer);
        for (Side &side : equation.sides) {
            for (Chunk &chunk : side.chunks) {
                shape(chunk.lead);
                for (Part &part : chunk.parts) {
                    if (part.slot < 0)
                        shape(part.fixed);
                }
            }
        }
    }
    for (Number &number : row.numbers)
        shapeNumber(number);
}

void ReadoutView::setRow(const QString &key, const QString &formula, const QStringList &numbers)
{
    Row *row = findRow(key);
    if (!row)
        return;
    bool relayout = false, changed = false;
    if (row->formula != formula) {
        row->formula = formula;
        row->numbers.resize(numbers.size());
        parseFormula(*row);
        shapeRow(*row);
        relayout = changed = true;
    }
    if (row->numbers.size() < numbers.size())
        row->numbers.resize(numbers.size());
    for (qsizetype i = 0; i < row->numbers.size(); ++i) {
        Number &number = row->numbers[i];
        const QString value = numbers.value(i);
        if (number.string == value && !number.string.isNull())
            continue;
        const qreal room[2] = {number.room[0], number.room[1]};
        number.string = value;
        shapeNumber(number);
        changed = true;
        relayout = relayout || room[0] != number.room[0] || room[1] != number.room[1];
    }
    if (!changed)
        return;
    if (relayout)
        invalidateLayout();
    update();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        event.setChild(int(row - m_rows.data()));
        QAccessible::updateAccessibility(&event);
    }
}

QString ReadoutView::text(const QString &key) const
{
    const Row *row = findRow(key);
    if (!row)
        return {};
    QString text;
    text.reserve(row->formula.size() + 8 * row->numbers.size());
    for (const QChar c : row->formula) {
        if (isSlot(c)) {
            const qsizetype index = c.unicode() - kFirstSlot;
            text += index < row->numbers.size() ? row->numbers.at(index).string : QString();
        } else {
            text += c;
        }
    }
    return text;
}

QString ReadoutView::copyText(const QString &key) const
{
    const Row *row = findRow(key);
    if (!row)
        return {};
    return row->name.string.isEmpty() ? text(key) : row->name.string + QStringLiteral(": ") + text(key);
}

QString ReadoutView::copyText() const
{
    QStringList lines;
    for (const Row &row : m_rows)
        lines << copyText(row.key);
    return lines.join(QLatin1Char('\n'));
}

// ---- layout --------------------------------------------------------------------------------------

qreal ReadoutView::chunkRoom(const Row &row, const Chunk &chunk) const
{
    qreal room = 0;
    for (const Part &part : chunk.parts)
        room += part.slot < 0 ? part.fixed.width : row.numbers.at(part.slot).room[part.bold ? 1 : 0];
    return room;
}

qreal ReadoutView::sideRoom(const Row &row, const Side &side) const
{
    qreal room = 0;
    for (const Chunk &chunk : side.chunks)
        room += chunk.lead.width + chunkRoom(row, chunk);
    return room;
}

// The lines being filled: the one under construction and where the next one goes.
struct ReadoutView::LineBuilder
{
    Layout &layout;
    qreal y, lineSpacing, ascent;
    VisualLine current;

    void add(Item item) { current.items << item; }
    void newLine()
    {
        if (!current.items.isEmpty()) {
            current.baseline = y + ascent;
            layout.lines << current;
            y += lineSpacing;
        }
        current.items.clear();
    }
};

void ReadoutView::measureColumns(Layout &layout, qreal width, qreal em) const
{
    const qreal space = m_space.width, equals = m_equals.width, separator = m_separator.width;
    qreal nameWidth = 0, firstLhs = 0, laterLhs = 0;
    for (const Row &row : m_rows) {
        nameWidth = std::max(nameWidth, row.name.width);
        for (qsizetype e = 0; e < row.equations.size(); ++e)
            (e == 0 ? firstLhs : laterLhs) = std::max(e == 0 ? firstLhs : laterLhs, row.equations.at(e).lhs.width);
    }
    const qreal x0 = layout.namesBeside ? nameWidth + em : em;
    // The left sides of later equations ("I(1−p)") may reach into the names' column, which is empty on their lines.
    const qreal lhsColumn = std::max(firstLhs, laterLhs - x0);
    layout.equalsX = x0 + lhsColumn + space;

    // The results' column: after the longest middle, but never so far right that a result leaves the width.
    qreal middle = 0, shortestMiddle = 1e9, result = 0, widestChunk = 0;
    for (const Row &row : m_rows) {
        for (const Equation &equation : row.equations) {
            if (equation.sides.isEmpty())
                continue;
            qreal length = 0;
            for (qsizetype s = 0; s + 1 < equation.sides.size(); ++s)
                length += (s == 0 ? equals : separator) + sideRoom(row, equation.sides.at(s));
            middle = std::max(middle, length > 0 ? length + space : 0.0);
            if (length > 0)
                shortestMiddle = std::min(shortestMiddle, length + space);
            result = std::max(result, equals + sideRoom(row, equation.sides.last()) + equation.trailer.width);
            for (const Side &side : equation.sides) {
                for (const Chunk &chunk : side.chunks)
                    widestChunk = std::max(widestChunk, chunkRoom(row, chunk));
            }
        }
    }
    const qreal natural = layout.equalsX + middle;
    layout.naturalWidth = natural + result;
    // A chunk that does not fit after its "=" or at the continuations' indent moves left as far as it must.
    layout.minimumWidth = std::max({nameWidth, widestChunk, layout.equalsX + result});
    layout.resultX = std::max(layout.equalsX, std::min(natural, width - result));
    // Where no result can stand on its middle's line, the results go under the first "=": a second column
    // a little to its right would look like a misaligned first.
    if (layout.equalsX + shortestMiddle > layout.resultX)
        layout.resultX = layout.equalsX;
}

void ReadoutView::placeEquation(LineBuilder &lines, const Row &row, int e, qreal width, qreal em) const
{
    Layout &layout = lines.layout;
    const qreal space = m_space.width, equals = m_equals.width, separator = m_separator.width;
    const qreal continuation = layout.equalsX + equals + em;
    const Equation &equation = row.equations.at(e);
    lines.add(Item {Item::Lhs, e, 0, 0, layout.equalsX - space});
    qreal x = layout.equalsX - space;
    for (int s = 0; s < int(equation.sides.size()); ++s) {
        const Side &side = equation.sides.at(s);
        if (s == equation.sides.size() - 1) { // the result, in its column
            const qreal at
                = equation.sides.size() == 1 && equation.lhs.string.isEmpty() ? layout.equalsX : layout.resultX;
            if (x + space > at + 0.01)
                lines.newLine();
            lines.add(Item {Item::Equals, e, s, 0, at});
            lines.add(Item {Item::ChunkFlow, e, s, 0, 0});
            x = at + equals + sideRoom(row, side);
            break;
        }
        if (s == 0) {
            lines.add(Item {Item::Equals, e, s, 0, layout.equalsX});
            x = layout.equalsX + equals;
        } else if (x + separator + sideRoom(row, side) <= width) {
            lines.add(Item {Item::Separator, e, s, 0, 0});
            x += separator;
        } else { // a side that does not fit starts the next line at the "=" column
            lines.newLine();
            lines.add(Item {Item::Equals, e, s, 0, layout.equalsX});
            x = layout.equalsX + equals;
        }
        for (int c = 0; c < int(side.chunks.size()); ++c) {
            const Chunk &chunk = side.chunks.at(c);
            const qreal room = chunkRoom(row, chunk);
            // A chunk too long for what is left of the line starts the next one, moved left as far
            // as it must to fit (a first chunk after its "=" only when even that cannot hold it).
            const qreal fresh = std::max(0.0, std::min(continuation, width - room));
            const bool fits = x + (c == 0 ? 0 : chunk.lead.width) + room <= width;
            if (fits || (c == 0 && room > width)) {
                lines.add(Item {Item::ChunkFlow, e, s, c, 0});
                x += (c == 0 ? 0 : chunk.lead.width) + room;
            } else {
                // An "=" left alone at a line's end, or a continuation left of its indent, reads worse.
                layout.awkward += c == 0 || fresh < continuation ? 1 : 0;
                lines.newLine();
                lines.add(Item {Item::ChunkStart, e, s, c, fresh});
                x = fresh + room;
            }
        }
    }
    if (!equation.trailer.string.isEmpty())
        lines.add(Item {Item::Trailer, e, 0, 0, 0});
    layout.overflow = layout.overflow || x > width + 0.5;
}

ReadoutView::Layout ReadoutView::layoutFor(int available, bool namesBeside) const
{
    const QFontMetricsF metrics(font());
    const qreal line = metrics.lineSpacing(), em = metrics.horizontalAdvance(u'M');
    const qreal padding = std::ceil(em / 4); // keeps the last letter off a scroll bar
    const qreal width = available - padding;
    Layout layout;
    layout.width = available;
    layout.namesBeside = namesBeside;
    measureColumns(layout, width, em);
    layout.naturalWidth += padding;
    layout.minimumWidth += padding;

    layout.titleBaseline = QFontMetricsF(boldOf(font())).ascent();
    qreal y = m_title.string.isEmpty() ? 0 : line * 1.3;
    if (!m_note.isEmpty()) {
        layout.noteTop = y;
        layout.noteWidth = std::max(1.0, width);
        layout.noteHeight
            = metrics.boundingRect(QRectF(0, 0, layout.noteWidth, 1e6), Qt::TextWordWrap, m_note).height();
        y += layout.noteHeight + line * 0.3;
    }
    LineBuilder lines {layout, y, line, metrics.ascent(), {}};
    for (int r = 0; r < int(m_rows.size()); ++r) {
        if (r > 0)
            lines.y += line * 0.3;
        lines.current.row = r;
        lines.add(Item {Item::Name, 0, 0, 0, 0});
        if (!namesBeside)
            lines.newLine();
        for (int e = 0; e < int(m_rows.at(r).equations.size()); ++e) {
            if (e > 0)
                lines.newLine();
            placeEquation(lines, m_rows.at(r), e, width, em);
        }
        lines.newLine();
    }
    layout.height = lines.y + line * 0.2;
    return layout;
}

ReadoutView::Layout ReadoutView::layoutFor(int width) const
{
    // Names beside the formulas unless that overflows, breaks more awkwardly or takes more lines than names above.
    Layout beside = layoutFor(width, true);
    Layout above = layoutFor(width, false);
    if (beside.overflow != above.overflow)
        return beside.overflow ? above : beside;
    if (beside.awkward != above.awkward)
        return beside.awkward > above.awkward ? above : beside;
    return beside.height <= above.height ? beside : above;
}

const ReadoutView::Layout &ReadoutView::currentLayout() const
{
    if (!m_layoutValid || m_layout.width != width()) {
        m_layout = layoutFor(width());
        m_layoutValid = true;
    }
    return m_layout;
}

void ReadoutView::invalidateLayout()
{
    const qreal oldHeight = m_layoutValid ? m_layout.height : -1;
    m_layoutValid = false;
    if (!isVisible()) { // measured when shown: building the rows need not lay them out ten times
        m_lastHint = QSize();
        updateGeometry();
        emit sizeHintChanged();
        return;
    }
    const QSize hint = sizeHint();
    if (hint != m_lastHint || currentLayout().height != oldHeight) {
        m_lastHint = hint;
        updateGeometry();
        emit sizeHintChanged();
    }
    update();
}

QSize ReadoutView::sizeHint() const
{
    const Layout natural = layoutFor(1 << 20, true);
    const int width = int(std::ceil(natural.naturalWidth)) + 1;
    return QSize(width, heightForWidth(width));
}

QSize ReadoutView::minimumSizeHint() const
{
    // The least width, and the least height (at the widest): the height at a given width is
    // heightForWidth's, and a scroll area that takes this height as a floor must not add a scroll bar.
    const Layout above = layoutFor(1 << 20, false);
    return QSize(int(std::ceil(above.minimumWidth)), sizeHint().height());
}

int ReadoutView::heightForWidth(int width) const
{
    if (m_layoutValid && m_layout.width == width)
        return int(std::ceil(m_layout.height));
    return int(std::ceil(layoutFor(width).height));
}

void ReadoutView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    update();
}

// ---- painting and geometry ---------------------------------------------------------------------

template<typename F>
void ReadoutView::walk(const VisualLine &line, const Layout &layout, F &&draw) const
{
    const Row &row = m_rows.at(line.row);
    qreal x = 0;
    // draw(string, shaped, x, width, bold, isName, ascent): the x and width of the text without its spaces.
    const auto text = [&](const Text &t, bool isName = false) {
        draw(t.string, t.shaped, x + t.offset, t.width - t.offset, t.bold, isName, t.ascent);
        x += t.width;
    };
    const auto chunk = [&](const Chunk &c) {
        for (const Part &part : c.parts) {
            if (part.slot < 0) {
                text(part.fixed);
                continue;
            }
            const Number &number = row.numbers.at(part.slot);
            const int b = part.bold ? 1 : 0;
            draw(number.string, number.shaped[b], x, number.width[b], part.bold, false, qreal(-1));
            x += number.width[b];
        }
    };
    for (const Item &item : line.items) {
        static const Equation none;
        const Equation &equation = item.kind == Item::Name ? none : row.equations.at(item.equation);
        switch (item.kind) {
        case Item::Name:
            x = 0;
            text(row.name, true);
            break;
        case Item::Lhs:
            x = item.x - equation.lhs.width;
            text(equation.lhs);
            break;
        case Item::Equals:
            x = item.x;
            text(m_equals);
            break;
        case Item::Separator:
            text(m_separator);
            break;
        case Item::ChunkStart:
            x = item.x;
            chunk(equation.sides.at(item.side).chunks.at(item.chunk));
            break;
        case Item::ChunkFlow: {
            const Chunk &c = equation.sides.at(item.side).chunks.at(item.chunk);
            if (!c.lead.string.isEmpty())
                text(c.lead);
            chunk(c);
            break;
        }
        case Item::Trailer:
            text(equation.trailer);
            break;
        }
    }
    Q_UNUSED(layout);
}

void ReadoutView::paintEvent(QPaintEvent *)
{
    const Layout &layout = currentLayout();
    QPainter painter(this);
    const QFont regular = font(), bold = boldOf(font());
    const QFontMetricsF metrics(regular), boldMetrics(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    if (!m_title.string.isEmpty()) {
        painter.setFont(bold);
        painter.drawStaticText(QPointF(0, layout.titleBaseline - boldMetrics.ascent()), m_title.shaped);
    }
    if (!m_note.isEmpty()) {
        painter.setFont(regular);
        painter.drawText(QRectF(0, layout.noteTop, layout.noteWidth, layout.noteHeight), Qt::TextWordWrap, m_note);
    }
    bool isBold = false;
    painter.setFont(regular);
    for (const VisualLine &line : layout.lines) {
        walk(line, layout,
             [&](const QString &, const QStaticText &shaped, qreal x, qreal width, bool wantBold, bool, qreal ascent) {
                 if (width <= 0) // spaces only
                     return;
                 if (wantBold != isBold) {
                     painter.setFont(wantBold ? bold : regular);
                     isBold = wantBold;
                 }
                 // A fixed text knows its ascent, which a fallback font (Chinese) may raise; a number's is the font's.
                 const qreal top = line.baseline - (ascent >= 0 ? ascent : (isBold ? boldMetrics : metrics).ascent());
                 painter.drawStaticText(QPointF(x, top), shaped);
             });
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

QList<ReadoutView::Line> ReadoutView::linesOf(const Layout &layout, int rowIndex) const
{
    const QFontMetricsF metrics(font());
    QList<Line> lines;
    for (const VisualLine &visual : layout.lines) {
        if (visual.row != rowIndex)
            continue;
        Line line;
        qreal left = 1e9, right = -1e9;
        QString text;
        walk(visual, layout,
             [&](const QString &string, const QStaticText &, qreal x, qreal width, bool, bool isName, qreal) {
                 left = std::min(left, x);
                 right = std::max(right, x + width);
                 if (isName)
                     return;
                 if (string.startsWith(u'=') && line.equalsX < 0)
                     line.equalsX = x;
                 if (string.startsWith(u'='))
                     line.equals << x;
                 if (string.startsWith(u'=') && !text.isEmpty() && !text.endsWith(u' '))
                     text += u' ';
                 text += string;
             });
        line.text = text.simplified();
        if (left > right)
            left = right = 0;
        line.rect = QRectF(left, visual.baseline - metrics.ascent(), right - left, metrics.height());
        lines << line;
    }
    return lines;
}

QList<ReadoutView::Line> ReadoutView::lines(const QString &key) const
{
    const QStringList keys = this->keys();
    const qsizetype index = keys.indexOf(key);
    return index < 0 ? QList<Line>() : linesOf(currentLayout(), int(index));
}

QRectF ReadoutView::rowRect(const QString &key) const
{
    QRectF rect;
    for (const Line &line : lines(key))
        rect = rect.isNull() ? line.rect : rect.united(line.rect);
    return rect;
}

qreal ReadoutView::equalsX() const
{
    return currentLayout().equalsX;
}

qreal ReadoutView::resultEqualsX() const
{
    return currentLayout().resultX;
}

bool ReadoutView::namesBeside() const
{
    return currentLayout().namesBeside;
}

QString ReadoutView::rowAt(const QPoint &position) const
{
    const Layout &layout = currentLayout();
    const QFontMetricsF metrics(font());
    for (const VisualLine &line : layout.lines) {
        const qreal top = line.baseline - metrics.ascent() - metrics.leading() / 2 - 1;
        if (position.y() >= top && position.y() < top + metrics.lineSpacing() + 2 && position.x() >= 0
            && position.x() < width())
            return m_rows.at(line.row).key;
    }
    return {};
}

// ---- events ------------------------------------------------------------------------------------

bool ReadoutView::event(QEvent *event)
{
    // Ctrl+C copies the readouts even where the window has a shortcut of its own on it.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ReadoutView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard(copyText());
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReadoutView::contextMenuEvent(QContextMenuEvent *event)
{
    const QString key = event->reason() == QContextMenuEvent::Mouse ? rowAt(event->pos()) : QString();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("readoutMenu"));
    menu.addAction(tr("Copy readouts"), this, [this] { copyToClipboard(copyText()); })
        ->setObjectName(QStringLiteral("copyReadouts"));
    QAction *line = menu.addAction(tr("Copy this line"), this, [this, key] { copyToClipboard(copyText(key)); });
    line->setObjectName(QStringLiteral("copyLine"));
    line->setEnabled(!key.isEmpty());
    menu.exec(event->globalPos());
}

void ReadoutView::copyToClipboard(const QString &text) const
{
    QApplication::clipboard()->setText(text);
}

void ReadoutView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_advances[0].clear();
        m_advances[1].clear();
        for (Text *text : {&m_title, &m_equals, &m_separator, &m_space})
            shape(*text);
        for (Row &row : m_rows)
            shapeRow(row);
        invalidateLayout();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
}

} // namespace widgets
