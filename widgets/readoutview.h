#pragma once

#include <QHash>
#include <QList>
#include <QStaticText>
#include <QWidget>

namespace widgets {

// The readouts drawn as one widget: a title, an optional note, then one row per quantity, each a name
// ("cross entropy") beside its equations ("H(p, q) = −0.3000 log₂ 0.6000 − … = 1.1464 bits").
//
// Two columns of "=" line up across the rows: the first "=" of every equation, and the "=" before
// every result (one column when no result fits beside its formula). A row too long for the width
// breaks before an "=" (or, if one side of an "=" alone is too long, before a "+" or "−" outside
// brackets), never inside a number or between a number and its unit; a continuation keeps its "=" in
// the column. Where names beside the formulas would overflow, leave an "=" alone at a line's end or
// take more lines, each name moves onto its own line above its row.
//
// A row's formula is a template: fixed text with its numbers as slots (slot(i) stands for numbers[i]).
// The fixed text is shaped when the template, the font or the language changes; new numbers re-shape
// only themselves and repaint. The layout (where rows break, the size hints) is measured with each
// number's digits as 0s, so it moves only when a number changes its shape (from "0.2885" to
// "3.2×10⁻⁵", or gains a sign), and the window relayouts only if that changes the size hints.
//
// Text size follows font(), colours palette(). Ctrl+C and the context menu copy the plain text; the
// accessibility interface gives each row as a child, named after the row, with the row's text.
class ReadoutView : public QWidget
{
    Q_OBJECT

public:
    explicit ReadoutView(QWidget *parent = nullptr);
    ~ReadoutView() override;

    // The placeholder of numbers[index] in a formula template.
    static QChar slot(int index);

    // Rows keep the order they were added in; a key added twice is one row.
    void addRow(const QString &key);
    QStringList keys() const;
    void setRowName(const QString &key, const QString &name);
    QString rowName(const QString &key) const;
    // `formula` is plain text with slot(i) where numbers[i] goes. Equations are separated by ";" (drawn on
    // their own lines) or "," (kept); each equation's sides by " = ".
    void setRow(const QString &key, const QString &formula, const QStringList &numbers);
    // The formula with its numbers, as one line of plain text: what tests and the screen reader read.
    QString text(const QString &key) const;
    // "name: text" for one row, and for every row one per line: what the copy commands put on the clipboard.
    QString copyText(const QString &key) const;
    QString copyText() const;

    void setTitle(const QString &title);
    // A line under the title; empty hides it.
    void setNote(const QString &note);

    // Geometry at the current width, in widget coordinates, for tests and the accessibility interface.
    struct Line
    {
        QString text; // what is drawn on the line, without the row's name
        QRectF rect; // the drawn text's box, name included
        qreal equalsX = -1; // x of the line's first "=", or −1 if it has none
        QList<qreal> equals; // x of every "=" that stands in a column
    };
    QList<Line> lines(const QString &key) const;
    QRectF rowRect(const QString &key) const;
    qreal equalsX() const; // the column of every equation's first "="
    qreal resultEqualsX() const; // the column of the "=" before every result
    bool namesBeside() const; // false when the names stand on lines of their own
    QString rowAt(const QPoint &position) const; // the key of the row at a point, or empty

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // The size hint or the height at the current width changed: a parent that forwards them updates.
    void sizeHintChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Text
    {
        QString string;
        QStaticText shaped;
        qreal width = 0; // the advance, spaces included
        qreal offset = 0; // the leading spaces' advance: the shaped text has no spaces at its ends
        qreal ascent = 0; // from the shaped text's top to its baseline
        bool bold = false;
    };
    // A run of fixed text or one number.
    struct Part
    {
        Text fixed;
        int slot = -1;
        bool bold = false;
    };
    // What cannot break: the text between two break points, and the space before it that a break drops.
    struct Chunk
    {
        Text lead;
        QList<Part> parts;
    };
    // One side of an "=".
    struct Side
    {
        QList<Chunk> chunks;
    };
    struct Equation
    {
        Text lhs;
        QList<Side> sides; // the last one is the result
        Text trailer; // "," or "，" kept at the end of its last line
    };
    struct Number
    {
        QString string;
        QStaticText shaped[2]; // regular, bold
        qreal width[2] = {0, 0};
        qreal room[2] = {0, 0}; // the width the layout keeps for it
        bool used[2] = {false, false};
    };
    struct Row
    {
        QString key;
        Text name;
        QString formula;
        QList<Equation> equations;
        QList<Number> numbers;
    };
    // What a line draws, in order: items anchored at an x, or flowing after the one before.
    struct Item
    {
        enum Kind { Name, Lhs, Equals, Separator, ChunkStart, ChunkFlow, Trailer } kind;
        int equation = 0, side = 0, chunk = 0;
        qreal x = 0; // for anchored items: Name, Lhs (its right edge), Equals, ChunkStart
    };
    struct VisualLine
    {
        int row = 0;
        qreal baseline = 0;
        QList<Item> items;
    };
    struct Layout
    {
        int width = -1;
        bool namesBeside = true;
        bool overflow = false; // something does not fit even where it may break
        int awkward = 0; // breaks after an "=" or left of the continuations' indent
        qreal equalsX = 0, resultX = 0, height = 0, titleBaseline = 0, noteTop = 0, noteWidth = 0, noteHeight = 0;
        qreal naturalWidth = 0, minimumWidth = 0; // with nothing broken; the least where nothing overflows
        QList<VisualLine> lines;
    };

    Row *findRow(const QString &key);
    const Row *findRow(const QString &key) const;
    void parseFormula(Row &row) const;
    void shapeRow(Row &row) const;
    void shape(Text &text) const;
    void shapeNumber(Number &number) const;
    qreal chunkRoom(const Row &row, const Chunk &chunk) const;
    qreal sideRoom(const Row &row, const Side &side) const;
    struct LineBuilder;
    // The columns' x for a layout whose namesBeside is set, and the natural and least widths.
    void measureColumns(Layout &layout, qreal width, qreal em) const;
    // One equation's items, breaking lines where it must.
    void placeEquation(LineBuilder &lines, const Row &row, int equation, qreal width, qreal em) const;
    Layout layoutFor(int width, bool namesBeside) const;
    Layout layoutFor(int width) const;
    const Layout &currentLayout() const;
    void invalidateLayout();
    QList<Line> linesOf(const Layout &layout, int rowIndex) const;
    // Walks a line's items with the actual widths: calls draw(text, x, isNumber-bold font) for each text.
    template<typename F>
    void walk(const VisualLine &line, const Layout &layout, F &&draw) const;
    void copyToClipboard(const QString &text) const;

    QList<Row> m_rows;
    Text m_title, m_equals, m_separator, m_space;
    QString m_note;
    mutable QHash<char16_t, qreal> m_advances[2]; // of single characters, regular and bold
    mutable Layout m_layout;
    mutable bool m_layoutValid = false;
    QSize m_lastHint;
    friend class ReadoutViewAccessible;
};

} // namespace widgets
