using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>The migrations of one directory in apply order, and the problems found while reading the layout.</summary>
internal sealed record MigrationSet(string Directory, MigrationTool Tool, IReadOnlyList<Migration> Migrations, IReadOnlyList<Finding> Problems);
