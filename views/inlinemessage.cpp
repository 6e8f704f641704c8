#include "inlinemessage.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>

namespace Fortegnelse {

QLabel *errorNote(const QString &text, const QString &name, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setObjectName(name);
    note->setWordWrap(true);
    // Margins, not a style sheet's padding: QLabel counts margins in its height for a
    // width, so a note that wraps to three lines (in Swedish) is not cut.
    note->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; }"));
    note->setContentsMargins(6, 6, 6, 6);
    return note;
}

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
{
    // No width of its own: a long message must not widen the form.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    updateColour();
}

void InlineMessage::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    setToolTip(message);
    update();
}

QSize InlineMessage::sizeHint() const
{
    return {0, fontMetrics().height()};
}

QSize InlineMessage::minimumSizeHint() const
{
    return sizeHint();
}

void InlineMessage::paintEvent(QPaintEvent *)
{
    if (m_message.isEmpty())
        return;
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString firstLine = m_message.section(QLatin1Char('\n'), 0, 0);
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(firstLine, Qt::ElideRight, width()));
}

void InlineMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_settingColour)
        updateColour();
    QWidget::changeEvent(event);
}

void InlineMessage::updateColour()
{
    // A red that reads on the style's background, light or dark.
    m_settingColour = true;
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    setPalette(p);
    m_settingColour = false;
}

} // namespace Fortegnelse
