namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>The statements the rules understand; everything else is <see cref="Other"/>.</summary>
internal enum StatementKind
{
    Other,
    CreateTable,
    AlterTable,
    CreateIndex,
    DropIndex,
    DropTable,
    DropDatabase,
    Truncate,
    Set,
    Begin,
    Commit,
    Rollback,
    Reindex,
    CreateType,
    AlterType,
    DropType,
}
