using System.Text.Json.Serialization;

namespace Toolkit.Core.Decisions;

/// <summary>One gate's line in the go/no-go.</summary>
/// <param name="Gate">Required-check name.</param>
/// <param name="Key">Aggregate key (<c>supply_chain</c> ...).</param>
/// <param name="Verdict"><c>pass</c>, <c>warn</c>, <c>fail</c>, <c>error</c>, or <c>missing</c> when no verdict file exists.</param>
/// <param name="Required">Whether the gate is required for go.</param>
/// <param name="Blocks">Whether this line alone makes the decision no-go.</param>
/// <param name="Summary">The verdict's summary, or why it is missing.</param>
public sealed record GateDecision(string Gate, string Key, string Verdict, bool Required, bool Blocks, string Summary)
{
    /// <summary>The <see cref="Verdict"/> of a gate with no verdict file.</summary>
    [JsonIgnore]
    public const string Missing = "missing";
}
