using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Planning;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>The lint findings of a directory's new migrations, each migration's class, and whether any SQL could not be read.</summary>
internal sealed record LintCheckResult(IReadOnlyList<Finding> Findings, IReadOnlyDictionary<Migration, Classification> Classes, bool SyntaxError);
