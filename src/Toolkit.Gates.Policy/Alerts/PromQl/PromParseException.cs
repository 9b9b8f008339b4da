namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>Unwinds the recursive-descent parser at the first error; never escapes <see cref="PromParser.Parse"/>.</summary>
internal sealed class PromParseException(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}
