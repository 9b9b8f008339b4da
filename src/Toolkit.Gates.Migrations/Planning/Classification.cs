namespace Toolkit.Gates.Migrations.Planning;

/// <summary>Why a migration is expand, contract or mixed.</summary>
internal sealed record Classification(ChangeClass Class, IReadOnlyList<string> Expand, IReadOnlyList<string> Contract, IReadOnlyList<string> Tables, IReadOnlyList<RemovedName> Removed);
