using Toolkit.Gates.Migrations.Parsing;
using Toolkit.Gates.Migrations.Rules;
using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Linting;

/// <summary>A rule hit before ignores and disabled rules are applied.</summary>
internal sealed record RawFinding(MigrationRule Rule, ParsedStatement Statement, SqlToken At, string Message);
