using System.Text.Json;
using Toolkit.Testing.GitHub.Contract;
using Xunit.Abstractions;

namespace Toolkit.GitHub.Tests.Contract;

public sealed class GitHubContractTests(ITestOutputHelper output)
{
    private const string Sha = "6dcb09b5b57875f334f61aebed695e2e4193db5e";

    public static TheoryData<string> Descriptions => ["api.github.com", "ghes-3.17"];

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Accepts_creating_a_check_run_in_progress(string description) =>
        AssertValid(description, "POST", "/repos/o/r/check-runs", Json(new { name = "gates", head_sha = Sha, status = "in_progress" }));

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Accepts_completing_a_check_run_with_output_and_annotations(string description) =>
        AssertValid(description, "PATCH", "/repos/o/r/check-runs/1", CheckRunUpdate(annotationLevel: "warning", annotations: 1));

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Accepts_creating_a_commit_status(string description) =>
        AssertValid(description, "POST", $"/repos/o/r/statuses/{Sha}", Json(new { state = "success", context = "gates", description = "All gates passed" }));

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Accepts_creating_and_updating_an_issue_comment(string description)
    {
        AssertValid(description, "POST", "/repos/o/r/issues/1/comments", Json(new { body = "## Gates" }));
        AssertValid(description, "PATCH", "/repos/o/r/issues/comments/42", Json(new { body = "## Gates (updated)" }));
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Accepts_listing_pull_request_files_with_paging(string description) =>
        AssertValid(description, "GET", "/repos/o/r/pulls/1/files?per_page=100&page=2", null);

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Accepts_setting_branch_protection_with_the_four_required_keys(string description) =>
        AssertValid(description, "PUT", "/repos/o/r/branches/main/protection", Protection(enforceAdmins: true));

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Accepts_a_branch_name_with_slashes_in_the_path(string description) =>
        AssertValid(description, "PUT", "/repos/o/r/branches/release/1.x/protection", Protection(enforceAdmins: false));

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Accepts_creating_a_ruleset(string description) =>
        AssertValid(description, "POST", "/repos/o/r/rulesets", Json(new
        {
            name = "main",
            target = "branch",
            enforcement = "active",
            conditions = new { ref_name = new { include = new[] { "~DEFAULT_BRANCH" }, exclude = Array.Empty<string>() } },
            rules = new object[]
            {
                new { type = "deletion" },
                new
                {
                    type = "required_status_checks",
                    parameters = new
                    {
                        strict_required_status_checks_policy = true,
                        required_status_checks = new[] { new { context = "gates" } },
                    },
                },
            },
        }));

    [Fact]
    public void Accepts_the_ghes_api_prefix_and_full_urls()
    {
        AssertValid("ghes-3.17", "GET", "/api/v3/repos/o/r/pulls/1/files?per_page=100", null);
        AssertValid("api.github.com", "GET", "https://api.github.com/repos/o/r/pulls/1/files?page=3", null);
    }

    [Fact]
    public void Rejects_an_unknown_path()
    {
        var violation = Assert.Single(Check("api.github.com", "POST", "/repos/o/r/check-runz", "{}"));

        Assert.Equal("path", violation.Location);
        Assert.Contains("no path template of api.github.com matches '/repos/o/r/check-runz'", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_method_the_path_does_not_have()
    {
        var violation = Assert.Single(Check("api.github.com", "DELETE", "/repos/o/r/check-runs/1", null));

        Assert.Equal("method", violation.Location);
        Assert.Contains("DELETE is not an operation of /repos/{owner}/{repo}/check-runs/{check_run_id}", violation.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Rejects_an_annotation_level_GitHub_does_not_know(string description)
    {
        var violations = Check(description, "PATCH", "/repos/o/r/check-runs/1", CheckRunUpdate(annotationLevel: "fatal", annotations: 1));

        var violation = Assert.Single(violations);
        Assert.Equal("checks/update", violation.OperationId);
        Assert.Equal("$.output.annotations[0].annotation_level", violation.Location);
        Assert.Equal("\"fatal\" is not one of: notice, warning, failure", violation.Problem);
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Rejects_a_check_run_without_head_sha(string description)
    {
        var violation = Assert.Single(Check(description, "POST", "/repos/o/r/check-runs", Json(new { name = "gates" })));

        Assert.Equal("checks/create", violation.OperationId);
        Assert.Equal("$", violation.Location);
        Assert.Equal("required property 'head_sha' is missing", violation.Problem);
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Rejects_a_commit_status_state_of_green(string description)
    {
        var violation = Assert.Single(Check(description, "POST", $"/repos/o/r/statuses/{Sha}", Json(new { state = "green" })));

        Assert.Equal("repos/create-commit-status", violation.OperationId);
        Assert.Equal("$.state", violation.Location);
        Assert.Equal("\"green\" is not one of: error, failure, pending, success", violation.Problem);
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Rejects_more_than_50_annotations_in_one_request(string description)
    {
        var violation = Assert.Single(Check(description, "PATCH", "/repos/o/r/check-runs/1", CheckRunUpdate(annotationLevel: "notice", annotations: 51)));

        Assert.Equal("$.output.annotations", violation.Location);
        Assert.Equal("has 51 items, more than the maximum of 50", violation.Problem);
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Rejects_an_unknown_query_parameter(string description)
    {
        var violation = Assert.Single(Check(description, "GET", "/repos/o/r/pulls/1/files?per_page=100&pagesize=2", null));

        Assert.Equal("pulls/list-files", violation.OperationId);
        Assert.Equal("query.pagesize", violation.Location);
        Assert.Equal("is not a query parameter of pulls/list-files (declared: page, per_page)", violation.Problem);
    }

    [Fact]
    public void Rejects_a_query_value_of_the_wrong_type_or_outside_its_enum()
    {
        var violations = Check("api.github.com", "GET", "/repos/o/r/pulls?state=merged&per_page=all", null);

        Assert.Equal(
            ["query.state: 'merged' is not one of: open, closed, all", "query.per_page: 'all' is not an integer"],
            violations.Select(v => $"{v.Location}: {v.Problem}"));
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Rejects_branch_protection_without_enforce_admins(string description)
    {
        var body = JsonSerializer.Serialize(new
        {
            required_status_checks = new { strict = true, contexts = new[] { "gates" } },
            required_pull_request_reviews = (object?)null,
            restrictions = (object?)null,
        });

        var violation = Assert.Single(Check(description, "PUT", "/repos/o/r/branches/main/protection", body));

        Assert.Equal("repos/update-branch-protection", violation.OperationId);
        Assert.Equal("required property 'enforce_admins' is missing", violation.Problem);
    }

    [Fact]
    public void Rejects_a_missing_body_when_the_operation_requires_one()
    {
        var violation = Assert.Single(Check("api.github.com", "POST", "/repos/o/r/check-runs", null));

        Assert.Equal("body", violation.Location);
        Assert.Equal("checks/create requires a request body, but none was sent", violation.Problem);
    }

    [Fact]
    public void Rejects_a_property_the_schema_does_not_declare()
    {
        var violation = Assert.Single(Check("api.github.com", "POST", "/repos/o/r/check-runs", Json(new { name = "gates", head_sha = Sha, conclusoin = "success" })));

        Assert.Equal("$.conclusoin", violation.Location);
        Assert.StartsWith("is not a declared property (GitHub would ignore it)", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_wrong_types_and_too_long_text()
    {
        var body = Json(new { conclusion = "success", output = new { title = 7, summary = new string('x', 65536) } });

        var violations = Check("api.github.com", "PATCH", "/repos/o/r/check-runs/1", body);

        Assert.Equal(
            ["$.output.title: is the number 7, expected string", "$.output.summary: is 65536 characters long, more than the maximum of 65535"],
            violations.Select(v => $"{v.Location}: {v.Problem}"));
    }

    [Fact]
    public void Rejects_a_body_that_is_not_json()
    {
        var violation = Assert.Single(Check("api.github.com", "POST", "/repos/o/r/issues/1/comments", "{\"body\": "));

        Assert.Equal("body", violation.Location);
        Assert.StartsWith("is not valid JSON", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Describes_each_violation_with_description_request_operation_and_place()
    {
        var violation = Assert.Single(Check("ghes-3.17", "POST", $"/api/v3/repos/o/r/statuses/{Sha}", Json(new { state = "green" })));

        Assert.Equal(
            $"[ghes-3.17] POST /api/v3/repos/o/r/statuses/{Sha} (repos/create-commit-status) $.state: \"green\" is not one of: error, failure, pending, success",
            violation.ToString());
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Loads_each_description_once_in_a_few_seconds(string description)
    {
        var contract = Contract(description);
        output.WriteLine($"{description}: {contract.PathCount} paths loaded in {contract.LoadTime.TotalMilliseconds:F0} ms");

        Assert.Same(contract, Contract(description));
        Assert.True(contract.PathCount > 500, $"{description} has only {contract.PathCount} paths");
        Assert.True(contract.LoadTime < TimeSpan.FromSeconds(10), $"{description} took {contract.LoadTime} to load");
    }

    internal static GitHubContract Contract(string description) =>
        description == "ghes-3.17" ? GitHubContract.Ghes317 : GitHubContract.GitHubCom;

    private static IReadOnlyList<ContractViolation> Check(string description, string method, string pathAndQuery, string? body) =>
        Contract(description).Check(method, pathAndQuery, body);

    private static void AssertValid(string description, string method, string pathAndQuery, string? body)
    {
        var violations = Check(description, method, pathAndQuery, body);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static string CheckRunUpdate(string annotationLevel, int annotations) => Json(new
    {
        conclusion = "success",
        output = new
        {
            title = "Gates",
            summary = "All gates passed",
            annotations = Enumerable.Range(1, annotations).Select(line => new
            {
                path = "src/Program.cs",
                start_line = line,
                end_line = line,
                annotation_level = annotationLevel,
                message = "Check this",
            }),
        },
    });

    private static string Protection(bool enforceAdmins) => JsonSerializer.Serialize(new
    {
        required_status_checks = new { strict = true, contexts = Array.Empty<string>(), checks = new[] { new { context = "gates" } } },
        enforce_admins = enforceAdmins,
        required_pull_request_reviews = new { required_approving_review_count = 1, dismiss_stale_reviews = true },
        restrictions = (object?)null,
    });
}
