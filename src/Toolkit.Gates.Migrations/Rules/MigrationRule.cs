using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Migrations.Rules;

/// <summary>A lint rule: its id (Squawk's where the meaning is the same), default severity, why, and the safe alternative.</summary>
internal sealed record MigrationRule(string Id, Severity Severity, string Title, string Why, string Alternative)
{
    /// <summary>Squawk's page for the rule, so users moving over find the familiar explanation.</summary>
    public string HelpUri => $"https://squawkhq.com/docs/{Id}";
}
