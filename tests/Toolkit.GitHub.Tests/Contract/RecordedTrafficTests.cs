using System.Text.Json;
using Toolkit.Testing;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.GitHub.Tests.Contract;

/// <summary>Requests octokit recorded against the real api.github.com: the checker must accept them all
/// (even those GitHub answered with an error about the repository's state, such as 404 Branch not protected).</summary>
public sealed class RecordedTrafficTests
{
    public static TheoryData<string> Fixtures => [.. Directory.GetFiles(FixtureFolder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static string FixtureFolder => Path.Combine(RepositoryPaths.Contracts, "github", "fixtures");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Accepts_every_request_recorded_against_api_github_com(string fileName)
    {
        using var recorded = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(FixtureFolder, fileName)));
        var requests = recorded.RootElement.EnumerateArray()
            .Select(entry => (
                Method: entry.GetProperty("method").GetString()!.ToUpperInvariant(),
                PathAndQuery: entry.GetProperty("path").GetString()!,
                Body: entry.GetProperty("body") is { ValueKind: JsonValueKind.Object or JsonValueKind.Array } body ? body.GetRawText() : null))
            .ToList();

        ContractAssert.AllMatch(requests, [GitHubContract.GitHubCom]);
    }
}
