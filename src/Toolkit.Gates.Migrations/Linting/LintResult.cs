using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Parsing;

namespace Toolkit.Gates.Migrations.Linting;

/// <summary>What linting one script found, and its statements as parsed (for the expand/contract classification).</summary>
internal sealed record LintResult(IReadOnlyList<Finding> Findings, IReadOnlyList<ParsedStatement> Statements, bool SyntaxError);
