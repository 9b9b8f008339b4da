namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A label matcher <c>name op "value"</c> (op is one of = != =~ !~).</summary>
internal sealed record PromMatcher(string Label, string Operator, string Value);
