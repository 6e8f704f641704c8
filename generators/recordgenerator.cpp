#include "recordgenerator.h"

#include "concurrency.h"
#include "recordannex.h"
#include "recordcontext.h"
#include "referencedata.h"
#include "templatedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace Fortegnelse {

namespace {

using Data = RecordContext::Data;
using Mustache = kainjow::mustache::mustache;

bool readResource(const QString &path, QString *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = RecordGenerator::tr("The record template %1 is missing.").arg(path);
        return false;
    }
    *out = QString::fromUtf8(file.readAll());
    return true;
}

/// A template compiled once and rendered for many activities.
struct Template
{
    bool load(const QString &language, const QString &file, QString *error)
    {
        QString text;
        name = file;
        if (!readResource(QStringLiteral(":/record/%1/%2").arg(language, file), &text, error))
            return false;
        mustache = TemplateData::compile(text, file, error);
        return mustache != nullptr;
    }
    bool render(const Data &data, QString *out, QString *error)
    {
        return TemplateData::render(*mustache, name, data, out, error);
    }
    QString name;
    std::unique_ptr<Mustache> mustache;
};

} // namespace

std::optional<RecordKind> recordKindFromName(const QString &name)
{
    if (name == u"controller")
        return RecordKind::Controller;
    if (name == u"processor")
        return RecordKind::Processor;
    if (name == u"both")
        return RecordKind::Both;
    return std::nullopt;
}

bool RecordGenerator::generate(const Register &reg, const RecordOptions &options, RecordDocument *out,
                               QString *error, const RecordProgress &progress)
{
    if (!ReferenceData::languages().contains(options.language)) {
        *error = RecordGenerator::tr("\"%1\" is not a record language; use da, nb, sv or en.").arg(options.language);
        return false;
    }
    if (!options.today.isValid()) {
        *error = RecordGenerator::tr("The record needs the date it is made on.");
        return false;
    }
    QString json;
    if (!readResource(QStringLiteral(":/record/%1/language.json").arg(options.language), &json, error))
        return false;
    const QJsonObject strings = QJsonDocument::fromJson(json.toUtf8()).object();
    Template main;
    if (!main.load(options.language, QStringLiteral("record.mustache"), error))
        return false;

    const RecordContext context(reg, options, strings);
    const auto cancelled = [&] {
        *error = RecordGenerator::tr("The record was cancelled.");
        return false;
    };

    // Each activity (and each client of the processor record) is rendered on its own,
    // on every core; the main template then takes them in order.
    const QList<RecordContext::Item> &items = context.items();
    std::vector<QString> rendered(static_cast<size_t>(items.size()));
    const int total = int(items.size()) + 1;
    const int threads = std::clamp(int(items.size()) / 100 + 1, 1, std::clamp(QThread::idealThreadCount(), 1, 8));
    std::vector<QString> errors(static_cast<size_t>(threads));
    std::atomic<int> done = 0;
    std::atomic<bool> stop = false;
    runInParallel(threads, [&](int thread) {
        Template activity, client; // a compiled template keeps state while it renders
        QString &threadError = errors[size_t(thread)];
        if (!activity.load(options.language, QStringLiteral("activity.mustache"), &threadError)
            || !client.load(options.language, QStringLiteral("client.mustache"), &threadError))
            return stop.store(true);
        const qsizetype from = items.size() * thread / threads;
        const qsizetype to = items.size() * (thread + 1) / threads;
        for (qsizetype i = from; i < to && !stop; ++i) {
            const RecordContext::Item &item = items.at(i);
            if (!(item.activity ? activity : client).render(context.itemData(item), &rendered[size_t(i)], &threadError))
                return stop.store(true);
            if (const int n = ++done; thread == 0 && progress && !progress(n, total))
                stop = true;
        }
    });
    for (const QString &e : errors)
        if (!e.isEmpty()) {
            *error = e;
            return false;
        }
    if (stop)
        return cancelled();
    QString activities, clients;
    for (qsizetype i = 0; i < items.size(); ++i)
        (items.at(i).client < 0 ? activities : clients) += rendered[size_t(i)];

    // The rendered activities go in after the main template, in place of a marker: they
    // are made of template data already, and need no second pass through mustache.
    const QString activitiesMarker = QStringLiteral("\u0001activities\u0001");
    const QString clientsMarker = QStringLiteral("\u0001clients\u0001");
    Data ctx = context.documentData();
    ctx.set("activities", activities.isEmpty() ? Data(false) : Data(activitiesMarker.toStdString()));
    ctx.set("clients", clients.isEmpty() ? Data(false) : Data(clientsMarker.toStdString()));
    Data changes;
    if (!RecordAnnex::data(
            reg, options, strings, [&](const QString &id) { return context.activityNumber(id); },
            &changes, error))
        return false;
    ctx.set("changes", changes);
    QString xhtml;
    if (!main.render(ctx, &xhtml, error))
        return false;
    xhtml.replace(activitiesMarker, activities).replace(clientsMarker, clients);
    if (xhtml.contains(QStringLiteral("{{")) || xhtml.contains(QStringLiteral("}}"))) {
        *error = RecordGenerator::tr("The templates left a {{ marker }} in the record.");
        return false;
    }
    RecordDocument doc;
    if (!PolicyDocument::parse(xhtml, &doc.body, error))
        return false;
    // The record is only ever laid out on pages (in its language, which hyphenates).
    doc.body.language = options.language;
    doc.body.prepareForPages();
    doc.organisation = TemplateData::clean(reg.organisation.name);
    doc.title = doc.body.title;
    doc.version = context.version();
    doc.date = context.date(options.today);
    doc.subject = context.string(QStringLiteral("subject"));
    doc.pageLabel = context.string(QStringLiteral("pageLabel"));
    // The header is elided to one line anyway; eliding a name of a million characters
    // would lay all of it out first.
    const QString name = doc.organisation.size() > 300 ? doc.organisation.left(299) + QChar(0x2026) : doc.organisation;
    doc.header = doc.version.isEmpty()
        ? context.string(QStringLiteral("headerUnversioned")).arg(name, doc.title.left(300))
        : context.string(QStringLiteral("header")).arg(name, doc.title.left(300), doc.version.left(100));
    if (progress && !progress(total, total))
        return cancelled();
    *out = std::move(doc);
    return true;
}

} // namespace Fortegnelse
