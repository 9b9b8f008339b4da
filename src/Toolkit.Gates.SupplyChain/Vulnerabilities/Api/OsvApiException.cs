namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>The OSV API (or its cache, offline) cannot answer; the message names the URL or folder and the fix.</summary>
internal sealed class OsvApiException : Exception
{
    public OsvApiException()
    {
    }

    public OsvApiException(string message)
        : base(message)
    {
    }

    public OsvApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
