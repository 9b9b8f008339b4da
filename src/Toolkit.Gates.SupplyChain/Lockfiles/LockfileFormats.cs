using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Lockfiles.Cargo;
using Toolkit.Gates.SupplyChain.Lockfiles.Go;
using Toolkit.Gates.SupplyChain.Lockfiles.Maven;
using Toolkit.Gates.SupplyChain.Lockfiles.Npm;
using Toolkit.Gates.SupplyChain.Lockfiles.NuGet;
using Toolkit.Gates.SupplyChain.Lockfiles.Php;
using Toolkit.Gates.SupplyChain.Lockfiles.Python;
using Toolkit.Gates.SupplyChain.Lockfiles.Ruby;

namespace Toolkit.Gates.SupplyChain.Lockfiles;

/// <summary>
/// The lockfiles of the other ecosystems, by file name: go.mod, Cargo.lock, pnpm-lock.yaml, yarn.lock, poetry.lock,
/// uv.lock, Pipfile.lock, requirements*.txt, Gemfile.lock, composer.lock, gradle.lockfile, packages.config and
/// *.deps.json. Some read the file beside them: go.mod its go.sum (hashes); yarn.lock its package.json, poetry.lock its
/// pyproject.toml and composer.lock its composer.json (which packages are direct).
/// </summary>
internal static class LockfileFormats
{
    /// <summary>Whether a file name is one of these lockfiles.</summary>
    public static bool IsLockfile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return fileName is "go.mod" or "Cargo.lock" or "pnpm-lock.yaml" or "yarn.lock" or "poetry.lock" or "uv.lock" or "Pipfile.lock"
                or "Gemfile.lock" or "gems.locked" or "composer.lock" or "gradle.lockfile" or "packages.config"
            || fileName.EndsWith(".deps.json", StringComparison.Ordinal)
            || (fileName.StartsWith("requirements", StringComparison.Ordinal) && fileName.EndsWith(".txt", StringComparison.Ordinal));
    }

    /// <summary>The file beside a lockfile that its reader also uses, if any (repository-relative).</summary>
    public static string? Sibling(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var slash = relativePath.LastIndexOf('/');
        var directory = slash >= 0 ? relativePath[..(slash + 1)] : string.Empty;
        return relativePath[(slash + 1)..] switch
        {
            "go.mod" => directory + "go.sum",
            "yarn.lock" => directory + "package.json",
            "poetry.lock" => directory + "pyproject.toml",
            "composer.lock" => directory + "composer.json",
            _ => null,
        };
    }

    /// <summary>Reads one lockfile; <paramref name="sibling"/> is the text of <see cref="Sibling"/> when it exists.</summary>
    /// <exception cref="LockfileException">The lockfile cannot be read (names file and line).</exception>
    public static Lockfile Read(string relativePath, string text, string? sibling)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(text);
        var fileName = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return fileName switch
        {
            "go.mod" => GoModReader.Read(relativePath, text, sibling),
            "Cargo.lock" => CargoLockReader.Read(relativePath, text),
            "pnpm-lock.yaml" => PnpmLockReader.Read(relativePath, text),
            "yarn.lock" => YarnLockReader.Read(relativePath, text, sibling),
            "poetry.lock" => PoetryLockReader.Read(relativePath, text, DirectNames.FromPyproject(sibling)),
            "uv.lock" => UvLockReader.Read(relativePath, text),
            "Pipfile.lock" => PipfileLockReader.Read(relativePath, text),
            "Gemfile.lock" or "gems.locked" => GemfileLockReader.Read(relativePath, text),
            "composer.lock" => ComposerLockReader.Read(relativePath, text, DirectNames.FromComposerJson(sibling)),
            "gradle.lockfile" => GradleLockfileReader.Read(relativePath, text),
            "packages.config" => PackagesConfigReader.Read(relativePath, text),
            _ when fileName.EndsWith(".deps.json", StringComparison.Ordinal) => DepsJsonReader.Read(relativePath, text),
            _ when IsLockfile(fileName) => RequirementsReader.Read(relativePath, text),
            _ => throw new LockfileException(relativePath, 0, $"{relativePath}: not a supported lockfile."),
        };
    }
}
