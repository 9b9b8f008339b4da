namespace Toolkit.Core.Protection;

/// <summary>
/// The status checks a branch's protection requires before merging. A Core interface so gates reach GitHub without
/// referencing it; the CLI supplies the implementation.
/// </summary>
public interface IRequiredChecksSource
{
    /// <summary>Reads what <paramref name="branch"/>'s protection requires.</summary>
    /// <param name="branch">The protected branch, e.g. <c>main</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<RequiredChecksAnswer> ReadAsync(string branch, CancellationToken cancellationToken);
}
