namespace Toolkit.Evidence;

/// <summary>One reason a pack could not be made or does not verify.</summary>
/// <param name="Entry">The path in the pack (printable form) the problem is about; null when it is about the whole archive.</param>
/// <param name="Message">What is wrong, as a sentence fragment that follows the path.</param>
public sealed record EvidenceProblem(string? Entry, string Message)
{
    /// <summary><c>entry: message</c>, or the message alone when it is about the whole archive.</summary>
    public override string ToString() => Entry is null ? Message : $"{Entry}: {Message}";
}
