namespace Cake.Core;

/// <summary>Stand-in for Cake.Core's exception of the same name: what a failing Cake task throws.</summary>
public sealed class CakeException : Exception
{
    public CakeException()
    {
    }

    public CakeException(string message)
        : base(message)
    {
    }

    public CakeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
