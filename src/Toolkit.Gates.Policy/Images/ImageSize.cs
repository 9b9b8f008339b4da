namespace Toolkit.Gates.Policy.Images;

/// <summary>One image of the size report: its first tag, the repository name used for budgets, and its size.</summary>
internal sealed record ImageSize(string Tag, string Repository, long Bytes, int Index)
{
    /// <summary>Size in MB of 10^6 bytes, as <c>docker images</c> shows it.</summary>
    public double Megabytes => Bytes / 1_000_000.0;
}
