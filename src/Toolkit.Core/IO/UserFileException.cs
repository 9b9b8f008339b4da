namespace Toolkit.Core.IO;

/// <summary>
/// A user's file that cannot be read, thrown by the <c>OrThrow</c> forms of <see cref="UserFiles"/> from readers with no
/// error channel. An <see cref="IOException"/>, so every command reports it as one sentence; the gate runner turns it
/// into an <c>error</c> verdict whose summary is <see cref="Problem"/>.
/// </summary>
public sealed class UserFileException : IOException
{
    /// <param name="problem">Why the file cannot be read, naming it.</param>
    public UserFileException(UserFileProblem problem)
        : base(problem?.ToString())
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>A problem with no file named; prefer the constructor that takes a <see cref="UserFileProblem"/>.</summary>
    public UserFileException()
        : this(new UserFileProblem("input", 0, 0, "cannot be read."))
    {
    }

    /// <summary>A problem described by <paramref name="message"/> alone.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    public UserFileException(string message)
        : this(message, null)
    {
    }

    /// <summary>A problem described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="innerException">What reading threw.</param>
    public UserFileException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problem = new UserFileProblem(message ?? string.Empty, 0, 0, string.Empty);
    }

    /// <summary>Why the file cannot be read, naming it.</summary>
    public UserFileProblem Problem { get; }
}
