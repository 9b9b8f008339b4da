using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>
/// The dry run of each directory with new migrations (by directory), or why it could not run: then
/// <see cref="Problem"/> says so (the verdict is error, not fail) and <see cref="ProblemAt"/> points at the cause if known.
/// </summary>
internal sealed record DryRunCheckResult(IReadOnlyDictionary<string, DryRunResult> Results, string? Problem = null, SourceLocation? ProblemAt = null)
{
    public static DryRunCheckResult CouldNotRun(string problem, SourceLocation? at = null) => new(new Dictionary<string, DryRunResult>(), problem, at);
}
