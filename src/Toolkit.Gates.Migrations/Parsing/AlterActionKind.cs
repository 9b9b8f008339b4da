namespace Toolkit.Gates.Migrations.Parsing;

/// <summary>One action of an <c>ALTER TABLE</c>.</summary>
internal enum AlterActionKind
{
    Other,
    AddColumn,
    AddConstraint,
    AlterColumnType,
    SetNotNull,
    DropNotNull,
    SetDefault,
    DropDefault,
    DropColumn,
    DropConstraint,
    ValidateConstraint,
    RenameColumn,
    RenameTable,
    RenameConstraint,
}
