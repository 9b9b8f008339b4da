using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Maven;

/// <summary>
/// Reads <c>gradle.lockfile</c> (Gradle dependency locking): <c>group:artifact:version=configuration,...</c> per line,
/// <c>empty=</c> for configurations without dependencies. A module locked only for test configurations
/// (<c>testCompileClasspath</c>, <c>testRuntimeClasspath</c>, ...) is development. No graph or hashes are recorded.
/// </summary>
internal static class GradleLockfileReader
{
    private const string Fix = "regenerate it with `gradle dependencies --write-locks`";

    public static Lockfile Read(string path, string text)
    {
        var builder = new LockfileBuilder(path, Ecosystem.Maven);
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("empty=", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var coordinates = (equals >= 0 ? line[..equals] : line).Split(':');
            if (coordinates.Length != 3 || coordinates.Any(c => c.Length == 0))
            {
                throw builder.Error(number, $"'{line}' is not group:artifact:version=configurations", Fix);
            }

            var configurations = equals >= 0 ? line[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
            var development = configurations.Length > 0 && configurations.All(c => c.StartsWith("test", StringComparison.OrdinalIgnoreCase));
            builder.Add(coordinates[0] + ":" + coordinates[1], coordinates[2], number, new ComponentTraits { Development = development });
        }

        return builder.Build(path);
    }
}
