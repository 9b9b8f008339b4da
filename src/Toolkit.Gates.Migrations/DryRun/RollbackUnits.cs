using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// The migrations whose downs are judged together. Ory's popx converted each fizz migration into numbered SQL files of
/// one statement each: the version is the fizz timestamp (14 digits) and a 6-digit part number, every part keeps the
/// name. Ups and downs were numbered apart, so part N's down is not the inverse of part N's up (Kratos' <c>aal</c>: up 0
/// adds <c>sessions.aal</c>, down 0 drops <c>selfservice_login_flows.requested_aal</c>, which up 4 added). Only all the
/// parts' downs, run in reverse as popx runs them, undo all the parts' ups: that is the unit a rollback is proven for.
/// Neighbouring migrations of that form with one name are one unit, whatever their timestamps.
/// </summary>
internal static class RollbackUnits
{
    private const int TimestampDigits = 14;
    private const int PartDigits = 6;

    /// <summary>Index ranges (first and last, inclusive) in order; a migration that is not a split part is its own unit.</summary>
    public static List<(int First, int Last)> Of(IReadOnlyList<Migration> migrations)
    {
        var units = new List<(int First, int Last)>();
        for (var i = 0; i < migrations.Count; i++)
        {
            var first = i;
            while (i + 1 < migrations.Count && SameSplitMigration(migrations[first], migrations[i + 1]))
            {
                i++;
            }

            units.Add((first, i));
        }

        return units;
    }

    /// <summary>Neighbouring parts of one name: Kratos' add_verification_methods keeps every down of its five timestamps in the first.</summary>
    private static bool SameSplitMigration(Migration a, Migration b) =>
        IsSplitPart(a) && IsSplitPart(b) && string.Equals(a.Name, b.Name, StringComparison.Ordinal);

    private static bool IsSplitPart(Migration migration) =>
        !migration.Repeatable && migration.Down is not null
        && migration.Version.Length == TimestampDigits + PartDigits && migration.Version.All(char.IsAsciiDigit);
}
