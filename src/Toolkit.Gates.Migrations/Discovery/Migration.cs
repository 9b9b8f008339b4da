namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>One migration: its version, its up script and, when the format has one, its down script.</summary>
/// <param name="Version">The version as written (<c>001</c>, <c>1.2</c>, <c>20240101120000</c>; empty for repeatable).</param>
/// <param name="Name">The descriptive part of the file name.</param>
/// <param name="Up">The forward script.</param>
/// <param name="Down">The rollback script, when there is one.</param>
internal sealed record Migration(string Version, string Name, MigrationScript Up, MigrationScript? Down)
{
    /// <summary>Flyway <c>R__</c>: re-applied after versioned migrations whenever it changes.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The files this migration consists of (repository-relative), to match against git changes.</summary>
    public IReadOnlyList<string> Files => Down is null || Down.Path == Up.Path ? [Up.Path] : [Up.Path, Down.Path];

    public override string ToString() => Repeatable ? $"R__{Name}" : $"{Version}_{Name}";
}
