namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>The offline OSV database cannot be read; the message names the file and the fix.</summary>
internal sealed class OsvDatabaseException : Exception
{
    public OsvDatabaseException()
    {
    }

    public OsvDatabaseException(string message)
        : base(message)
    {
    }

    public OsvDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
