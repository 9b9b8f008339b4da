namespace Toolkit.Gates.Migrations.Linting;

/// <summary>A <c>-- gate-ignore</c> (next statement) or <c>-- gate-ignore-file</c> comment and whether it was used.</summary>
internal sealed record IgnoreDirective(IReadOnlyList<string> Rules, bool WholeFile, int Line, int Column, int Offset)
{
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);
}
