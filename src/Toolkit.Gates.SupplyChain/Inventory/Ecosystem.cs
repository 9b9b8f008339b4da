namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>The package ecosystems the gate reads (their OSV names are in <c>OsvEcosystems</c>).</summary>
public enum Ecosystem
{
    /// <summary>NuGet packages (<c>project.assets.json</c>, <c>packages.lock.json</c>, <c>packages.config</c>, <c>*.deps.json</c>).</summary>
    NuGet,

    /// <summary>npm packages (<c>package-lock.json</c>, <c>pnpm-lock.yaml</c>, <c>yarn.lock</c>).</summary>
    Npm,

    /// <summary>Go modules (<c>go.mod</c> with <c>go.sum</c>).</summary>
    Go,

    /// <summary>Rust crates from crates.io (<c>Cargo.lock</c>).</summary>
    Cargo,

    /// <summary>Python packages from PyPI (<c>poetry.lock</c>, <c>uv.lock</c>, <c>Pipfile.lock</c>, <c>requirements*.txt</c>).</summary>
    PyPI,

    /// <summary>Ruby gems (<c>Gemfile.lock</c>).</summary>
    RubyGems,

    /// <summary>PHP packages from Packagist (<c>composer.lock</c>).</summary>
    Packagist,

    /// <summary>Maven artifacts (<c>gradle.lockfile</c>).</summary>
    Maven,
}
