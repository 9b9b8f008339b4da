namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>A throwaway cluster could not be created or started; the message says why and what to do.</summary>
internal sealed class ClusterException : Exception
{
    public ClusterException()
    {
    }

    public ClusterException(string message)
        : base(message)
    {
    }

    public ClusterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
