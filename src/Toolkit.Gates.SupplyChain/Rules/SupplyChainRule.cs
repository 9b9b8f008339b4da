using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.SupplyChain.Rules;

/// <summary>One rule of supply-chain: its id, title and help, and the id it had before the <c>supply-chain/</c> prefix.</summary>
/// <param name="Id">The rule id findings carry, e.g. <c>supply-chain/license-denied</c>.</param>
/// <param name="Title">A short title for annotations and tables.</param>
/// <param name="HelpUri">The documentation of the rule and its fix.</param>
/// <param name="FormerId">The id it had before (e.g. <c>license/denied</c>), kept as an alias so existing waivers still match; null when unchanged.</param>
internal sealed record SupplyChainRule(string Id, string Title, string HelpUri, string? FormerId = null)
{
    /// <summary>A finding of this rule, with its id, title, help and former id.</summary>
    public Finding Report(Severity severity, string message, SourceLocation? location) =>
        new(Id, severity, message, location, HelpUri)
        {
            Title = Title,
            Aliases = FormerId is null ? [] : [FormerId],
        };
}
