using System.Collections.Frozen;

namespace Toolkit.Gates.Policy.Alerts.Hygiene;

/// <summary>
/// Names a Prometheus alert template may call: Go text/template's builtins and keywords, and the functions of
/// Prometheus's template reference (prometheus.io/docs/prometheus/latest/configuration/template_reference/).
/// </summary>
internal static class TemplateFunctions
{
    public static readonly FrozenSet<string> Known = FrozenSet.ToFrozenSet(
    [
        // Go text/template keywords and builtins.
        "if", "else", "end", "range", "with", "define", "template", "block", "break", "continue", "nil", "true", "false",
        "and", "or", "not", "call", "html", "index", "slice", "js", "len", "print", "printf", "println", "urlquery",
        "eq", "ne", "lt", "le", "gt", "ge",

        // Prometheus template reference.
        "query", "first", "label", "value", "strvalue", "sortByLabel", "humanize", "humanize1024", "humanizeDuration",
        "humanizePercentage", "humanizeTimestamp", "toTime", "toDuration", "now", "title", "toUpper", "toLower", "stripPort",
        "stripDomain", "match", "reReplaceAll", "graphLink", "tableLink", "parseDuration", "args", "tmpl", "safeHtml",
        "pathPrefix", "externalURL",
    ], StringComparer.Ordinal);
}
