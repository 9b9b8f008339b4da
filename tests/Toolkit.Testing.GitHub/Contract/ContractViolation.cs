namespace Toolkit.Testing.GitHub.Contract;

/// <summary>One way a request departs from GitHub's published OpenAPI description.</summary>
/// <param name="Description">Which description was checked (<c>api.github.com</c>, <c>ghes-3.17</c>).</param>
/// <param name="Request">The request as sent: <c>METHOD /path?query</c>.</param>
/// <param name="OperationId">The matched operation (<c>checks/create</c>), or null when none matched.</param>
/// <param name="Location">Where: <c>path</c>, <c>method</c>, <c>query.per_page</c>, <c>body</c> or a JSON path <c>$.output.title</c>.</param>
/// <param name="Problem">What is wrong.</param>
public sealed record ContractViolation(string Description, string Request, string? OperationId, string Location, string Problem)
{
    public override string ToString() =>
        $"[{Description}] {Request} ({OperationId ?? "no operation"}) {Location}: {Problem}";
}
