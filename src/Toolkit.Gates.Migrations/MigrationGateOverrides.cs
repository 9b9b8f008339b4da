using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations;

/// <summary>Command-line values; each non-null one replaces the gates.yml value.</summary>
public sealed record MigrationGateOverrides
{
    public string? Dir { get; init; }

    public MigrationTool? Tool { get; init; }

    public string? Base { get; init; }

    public DatabaseMode? Database { get; init; }

    public string? DatabaseUrl { get; init; }

    public bool? DatabaseUrlIsDisposable { get; init; }
}
