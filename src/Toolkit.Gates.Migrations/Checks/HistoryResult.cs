using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>The new migrations of a directory, in order, and the findings on rewritten history.</summary>
internal sealed record HistoryResult(IReadOnlyList<Migration> New, IReadOnlyList<Finding> Findings);
