#include "templatedata.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Fortegnelse::TemplateData {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 >= n || text.at(i + 1) != u'\n')
                out.append(QLatin1Char('\n'));
            continue;
        }
        if (c == u'\n' || c == u'\t') {
            out.append(QChar(c));
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF || isBidiControl(c))
            continue;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                out.append(QChar(c));
                out.append(text.at(++i));
            }
            continue;
        }
        if (QChar::isLowSurrogate(c))
            continue;
        out.append(QChar(c));
    }
    return out;
}

std::string escaped(const QString &text)
{
    const QByteArray utf8 = clean(text).toUtf8();
    std::string out;
    out.reserve(size_t(utf8.size()) + 16);
    for (const char c : utf8) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '{': out += "&#123;"; break;
        case '}': out += "&#125;"; break;
        default: out += c; break;
        }
    }
    return out;
}

Data text(const QString &s)
{
    const QString t = clean(s).trimmed();
    return t.isEmpty() ? Data(false) : Data(escaped(t));
}

Data clause(const QString &s)
{
    QString t = clean(s).trimmed();
    while (t.endsWith(QLatin1Char('.')) && !t.endsWith(QStringLiteral("..")))
        t.chop(1);
    return text(t);
}

Data lines(const QString &s)
{
    List out;
    for (const QString &line : clean(s).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        Data value = text(line);
        if (value.is_string())
            out.push_back(Data(std::string("line"), std::move(value)));
    }
    return out.empty() ? Data(false) : Data(out);
}

Data list(List &&items)
{
    return items.empty() ? Data(false) : Data(items);
}

std::unique_ptr<Mustache> compile(const QString &templateText, const QString &templateName, QString *error)
{
    const QString &name = templateName;
    static const QRegularExpression forbidden(QStringLiteral("\\{\\{\\s*([>=])"));
    if (const auto match = forbidden.match(templateText); match.hasMatch()) {
        const qsizetype line = templateText.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
        *error = QCoreApplication::translate("Fortegnelse::TemplateData", "Template %1, line %2: %3 is not supported; templates may use only "
                                                                          "variables, sections and comments.")
                     .arg(name)
                     .arg(line)
                     .arg(match.captured(1) == u">" ? QCoreApplication::translate("Fortegnelse::TemplateData", "a partial ({{>name}})")
                                                    : QCoreApplication::translate("Fortegnelse::TemplateData", "changing the delimiters ({{=...=}})"));
        return nullptr;
    }
    // Sections nest by recursion in the renderer, and a list section inside a section of
    // the same name renders the list once per item of itself: bound both, so a template
    // cannot overflow the stack or multiply its output without end.
    static const QRegularExpression sectionTag(QStringLiteral("\\{\\{\\s*([#^/])\\s*([^}]*?)\\s*\\}\\}"));
    constexpr qsizetype deepest = 16;
    QStringList open;
    for (auto it = sectionTag.globalMatch(templateText); it.hasNext();) {
        const auto match = it.next();
        const QString section = match.captured(2);
        const auto refuse = [&](const QString &why) {
            const qsizetype line = templateText.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
            *error = QCoreApplication::translate("Fortegnelse::TemplateData", "Template %1, line %2: %3")
                         .arg(templateName, QString::number(line), why);
        };
        if (match.captured(1) != u"/") {
            if (open.contains(section)) {
                refuse(QCoreApplication::translate("Fortegnelse::TemplateData",
                                                   "the section \"%1\" is inside a section of the same name.")
                           .arg(section));
                return nullptr;
            }
            open.append(section);
            if (open.size() > deepest) {
                refuse(QCoreApplication::translate("Fortegnelse::TemplateData",
                                                   "sections are nested more than %1 deep.")
                           .arg(deepest));
                return nullptr;
            }
        } else if (!open.isEmpty() && open.last() == section) {
            open.removeLast();
        }
    }
    auto tmpl = std::make_unique<Mustache>(templateText.toStdString());
    if (!tmpl->is_valid()) {
        *error = QCoreApplication::translate("Fortegnelse::TemplateData", "Template %1: %2").arg(name, QString::fromStdString(tmpl->error_message()));
        return nullptr;
    }
    // Values are escaped when they become data (escaped()), so rendering adds nothing.
    tmpl->set_custom_escape([](const std::string &s) { return s; });
    return tmpl;
}

bool render(Mustache &tmpl, const QString &name, const Data &data, QString *out, QString *error)
{
    const std::string rendered = tmpl.render(data);
    if (!tmpl.is_valid()) {
        *error = QCoreApplication::translate("Fortegnelse::TemplateData", "Template %1: %2").arg(name, QString::fromStdString(tmpl.error_message()));
        return false;
    }
    *out += QString::fromStdString(rendered);
    return true;
}

} // namespace Fortegnelse::TemplateData
