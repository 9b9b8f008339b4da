using System.Text.RegularExpressions;

namespace Toolkit.Build.Tests.Repository;

/// <summary>The rooms' walls: a gate depends on Core only, never on another gate or on Toolkit.GitHub.</summary>
public sealed partial class ProjectReferenceTests
{
    [Fact]
    public void Every_gate_project_references_core_only()
    {
        var gates = Directory.EnumerateFiles(Path.Combine(RepositoryLayoutTests.RootDirectory, "src"), "Toolkit.Gates.*.csproj", SearchOption.AllDirectories).ToList();

        var references = gates.ToDictionary(
            gate => Path.GetFileNameWithoutExtension(gate)!,
            gate => ProjectReference().Matches(File.ReadAllText(gate)).Select(m => Path.GetFileNameWithoutExtension(m.Groups[1].Value.Replace('\\', '/'))).ToList());

        Assert.NotEmpty(gates);
        Assert.All(references, pair => Assert.True(pair.Value.SequenceEqual(["Toolkit.Core"]), $"{pair.Key} references {string.Join(", ", pair.Value)}"));
    }

    [GeneratedRegex("<ProjectReference Include=\"([^\"]+)\"")]
    private static partial Regex ProjectReference();
}
