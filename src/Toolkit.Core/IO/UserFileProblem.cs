namespace Toolkit.Core.IO;

/// <summary>Why a user's file cannot be used, with the place when there is one (invalid UTF-8).</summary>
/// <param name="File">The file as messages name it (usually repository-relative).</param>
/// <param name="Line">1-based line; 0 when the problem is about the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Reason">What is wrong and what to do, in one sentence, without the file name.</param>
public sealed record UserFileProblem(string File, int Line, int Column, string Reason)
{
    /// <summary><c>file:line:column: reason</c>, or <c>file: reason</c> without a line.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Reason}" : $"{File}: {Reason}";
}
