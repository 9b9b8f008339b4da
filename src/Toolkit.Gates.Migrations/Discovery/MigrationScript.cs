namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>
/// The SQL of one direction of a migration. <see cref="Text"/> keeps the file's line and column layout: for a dbmate
/// file the other section is blanked out, so positions are those of the file.
/// </summary>
/// <param name="Path">Repository-relative path with forward slashes.</param>
/// <param name="Text">The SQL to run.</param>
/// <param name="Mode">How the tool runs it.</param>
internal sealed record MigrationScript(string Path, string Text, TransactionMode Mode);
