using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Planning;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>The static result for one directory: which migrations are new, their classes, and the findings.</summary>
internal sealed record DirectoryAnalysis(MigrationSet Set, IReadOnlyList<Migration> New, IReadOnlyDictionary<Migration, Classification> Classes, IReadOnlyList<Finding> Findings, bool SyntaxError)
{
    public IReadOnlyList<Migration> Base => Set.Migrations.Where(m => !New.Contains(m)).ToList();
}
