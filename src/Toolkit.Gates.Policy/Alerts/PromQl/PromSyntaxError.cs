namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A PromQL syntax error at <paramref name="Offset"/> (index into the expression text).</summary>
internal sealed record PromSyntaxError(int Offset, string Message);
