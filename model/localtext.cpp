#include "localtext.h"

namespace Fortegnelse {

QString LocalText::resolve(const QString &language, const QString &fallback) const
{
    if (auto it = m_texts.constFind(language); it != m_texts.cend())
        return *it;
    if (auto it = m_texts.constFind(fallback); it != m_texts.cend())
        return *it;
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

void LocalText::set(const QString &language, const QString &text)
{
    if (text.isEmpty())
        m_texts.remove(language);
    else
        m_texts.insert(language, text);
}

} // namespace Fortegnelse
