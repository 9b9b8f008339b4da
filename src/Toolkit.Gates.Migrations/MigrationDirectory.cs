using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations;

/// <summary>A migration directory (repository-relative) and its tool (<see cref="MigrationTool.Auto"/> to detect).</summary>
public sealed record MigrationDirectory(string Path, MigrationTool Tool = MigrationTool.Auto);
