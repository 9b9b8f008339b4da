using Toolkit.Core.Verdicts;
using Toolkit.GitHub.Publishing;

namespace Toolkit.GitHub.Tests.Publishing;

/// <summary>Verdicts and requests the publishing tests share.</summary>
internal static class SampleVerdicts
{
    public const string Sha = "0123456789abcdef0123456789abcdef01234567";

    public static GateVerdict Failing(string gate = "supply-chain", int findings = 3) =>
        new(gate, VerdictStatus.Fail, $"{findings} vulnerable packages")
        {
            Findings = [.. Enumerable.Range(1, findings).Select(i => new Finding(
                "GHSA-0000-0000-" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
                i % 3 == 0 ? Severity.Note : i % 2 == 0 ? Severity.Warning : Severity.Error,
                $"Package {i} is vulnerable.",
                new SourceLocation("src/App/packages.lock.json", i, 0, i + 1)))],
        };

    public static PublishRequest Request(string gate = "supply-chain", string body = "## Supply chain\n3 findings") =>
        new("octo", "app", Sha)
        {
            PullNumber = 7,
            DetailsUrl = "https://github.com/octo/app/actions/runs/1",
            CommentBody = body + "\n" + CommentMarker.For(gate),
        };
}
