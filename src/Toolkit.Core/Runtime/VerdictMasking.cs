using Toolkit.Core.Actions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Runtime;

/// <summary>
/// Masks secrets in every text a verdict carries, once, before any report is rendered: a gate that echoes a token
/// by mistake must not put it into the verdict file, SARIF, the job summary or a pull-request comment.
/// </summary>
public static class VerdictMasking
{
    /// <summary>The verdict with every secret in summary, details, thresholds and findings replaced by <c>***</c>; the same instance when there are no secrets.</summary>
    public static GateVerdict Mask(GateVerdict verdict, SecretMasker secrets)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(secrets);
        if (secrets.LongestSecret == 0)
        {
            return verdict;
        }

        return verdict with
        {
            Summary = secrets.Apply(verdict.Summary),
            Details = verdict.Details is null ? null : secrets.Apply(verdict.Details),
            Thresholds = verdict.Thresholds.Select(t => t with { Expression = secrets.Apply(t.Expression) }).ToList(),
            Findings = verdict.Findings.Select(f => Mask(f, secrets)).ToList(),
            Waived = verdict.Waived.Select(w => w with { Finding = Mask(w.Finding, secrets) }).ToList(),
        };
    }

    private static Finding Mask(Finding finding, SecretMasker secrets) => finding with
    {
        Message = secrets.Apply(finding.Message),
        Title = finding.Title is null ? null : secrets.Apply(finding.Title),
        Properties = finding.Properties?.ToDictionary(p => p.Key, p => secrets.Apply(p.Value), StringComparer.Ordinal),
    };
}
