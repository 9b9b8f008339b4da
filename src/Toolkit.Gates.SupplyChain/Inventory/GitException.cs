namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>git failed (missing ref, not a repository); the message says what git said.</summary>
internal sealed class GitException : Exception
{
    public GitException()
    {
    }

    public GitException(string message)
        : base(message)
    {
    }

    public GitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
