using System.Text;
using Xunit;

namespace Toolkit.Testing.PublicApi;

/// <summary>
/// Compares a rendered API with its committed file <c>api/&lt;name&gt;.txt</c> at the repository root, where a reviewer
/// sees every API change as a diff. <c>UPDATE_API_SNAPSHOT=1</c> rewrites the file instead; a missing file is a failure,
/// because an API baseline must be committed on purpose.
/// </summary>
public static class ApiSnapshot
{
    /// <summary>The environment variable that accepts the current API.</summary>
    public const string UpdateVariable = "UPDATE_API_SNAPSHOT";

    /// <summary>Fails with a diff when <paramref name="actual"/> differs from <c>api/<paramref name="name"/>.txt</c>.</summary>
    public static void Match(string name, string actual)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(actual);
        var path = RepositoryPaths.InRepo("api", name + ".txt");
        var normalized = Snapshot.Normalize(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized + "\n", new UTF8Encoding(false));
            return;
        }

        var accept = $"If the change is deliberate, run the tests with {UpdateVariable}=1 to rewrite api/{name}.txt, and commit it.";
        if (!File.Exists(path))
        {
            Assert.Fail($"api/{name}.txt is missing. {accept}");
        }

        var expected = Snapshot.Normalize(File.ReadAllText(path));
        if (expected != normalized)
        {
            Assert.Fail($"The public API differs from api/{name}.txt (- committed, + current). {accept}\n{LineDiff.Unified(expected, normalized)}");
        }
    }
}
