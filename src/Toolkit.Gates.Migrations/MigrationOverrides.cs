using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations;

/// <summary>
/// Command-line values; each non-null one replaces the gates.yml value. <see cref="Dir"/> and <see cref="Tool"/> replace
/// the configured directories with one.
/// </summary>
public sealed record MigrationOverrides
{
    /// <summary>The migration directory, relative to the repository (<c>--dir</c>).</summary>
    public string? Dir { get; init; }

    /// <summary>The migration layout; detected from the files when null (<c>--tool</c>).</summary>
    public MigrationTool? Tool { get; init; }

    /// <summary>The git ref new migrations are computed against, <c>base...HEAD</c> (<c>--base</c>).</summary>
    public string? Base { get; init; }

    /// <summary>Whether and where the dry run happens (<c>--database</c>).</summary>
    public DatabaseMode? Database { get; init; }

    /// <summary>An empty, disposable database for the dry run instead of a throwaway cluster (<c>--database-url</c>).</summary>
    public string? DatabaseUrl { get; init; }

    /// <summary>Confirms <see cref="DatabaseUrl"/> may be written to and emptied (<c>--i-know-this-is-disposable</c>).</summary>
    public bool? DatabaseUrlIsDisposable { get; init; }
}
