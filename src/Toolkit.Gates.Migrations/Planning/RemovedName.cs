namespace Toolkit.Gates.Migrations.Planning;

/// <summary>A table or column a contract migration drops or renames away, and where.</summary>
/// <param name="Kind"><c>table</c> or <c>column</c>.</param>
/// <param name="Name">The name application code would use.</param>
/// <param name="Table">The table (for a column).</param>
internal sealed record RemovedName(string Kind, string Name, string Table, string Path, int Line, int Column);
