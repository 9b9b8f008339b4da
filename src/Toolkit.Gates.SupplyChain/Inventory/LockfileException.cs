namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>A lockfile that cannot be read; carries the place so the gate can fail closed with file:line.</summary>
internal sealed class LockfileException : Exception
{
    public LockfileException(string path, int line, string message)
        : base(message)
    {
        Path = path;
        Line = line;
    }

    public LockfileException()
    {
        Path = string.Empty;
    }

    public LockfileException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    public LockfileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    public string Path { get; }

    public int Line { get; }
}
