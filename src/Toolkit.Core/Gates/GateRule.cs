using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Gates;

/// <summary>One rule a gate reports by: its id (with the gate's prefix), a short title and where it is explained.</summary>
/// <param name="Id">The rule id findings carry, e.g. <c>dr/backup-stale</c>.</param>
/// <param name="Title">A short title for annotations and tables.</param>
/// <param name="HelpUri">The documentation of the rule and its fix.</param>
public sealed record GateRule(string Id, string Title, string HelpUri)
{
    /// <summary>The toolkit's documentation folder; rules link to anchors of its pages.</summary>
    public const string DocsBase = "https://github.com/toolkit/toolkit/blob/main/docs/";

    /// <summary>A rule <c>{prefix}{name}</c> explained at the anchor <c>#{name}</c> of <c>docs/{page}</c>.</summary>
    public static GateRule Documented(string prefix, string name, string title, string page) =>
        new(prefix + name, title, HelpAt(page, name));

    /// <summary>Where the toolkit's documentation explains something: <c>docs/{page}#{anchor}</c> in the repository.</summary>
    public static string HelpAt(string page, string anchor) => $"{DocsBase}{page}#{anchor}";

    /// <summary>A finding of this rule, so its id, title and help always come from the rule.</summary>
    public Finding Find(Severity severity, string message, SourceLocation? location = null) =>
        new(Id, severity, message, location, HelpUri) { Title = Title };
}
