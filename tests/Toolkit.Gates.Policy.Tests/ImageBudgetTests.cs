using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

public sealed class ImageBudgetTests
{
    private const string Sizes = """
        [
          {"Id": "sha256:1", "RepoTags": ["ghcr.io/acme/gateway:3.0.0"], "Size": 150000000},
          {"Id": "sha256:2", "RepoTags": ["ghcr.io/acme/web:3.0.0"], "Size": 250000000},
          {"Id": "sha256:3", "RepoTags": ["ghcr.io/acme/services/orders:3.0.0"], "Size": 199000000},
          {"Id": "sha256:4", "RepoTags": ["ghcr.io/acme/tools:1"], "Size": 1000}
        ]
        """;

    [Fact]
    public async Task Each_image_is_checked_against_its_budget_from_the_release_contract()
    {
        // Given docker image inspect output and the contract's budgets
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("artifacts/images.json", Sizes);
        var options = new PolicyOptions
        {
            Packs = ["images"],
            ImageSizes = "artifacts/images.json",
            MaxImageMb = new Dictionary<string, double> { ["gateway"] = 180, ["web"] = 220, ["services/*"] = 200 },
        };

        // When the gate checks the sizes
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, options);

        // Then web is over budget, the others within, and the unbudgeted image is a warning
        var over = Assert.Single(outcome.Findings, f => f.RuleId == "policy/image/size-budget");
        Assert.Contains("ghcr.io/acme/web:3.0.0 is 250 MB, over its 220 MB budget", over.Message, StringComparison.Ordinal);
        Assert.Single(outcome.Findings, f => f.RuleId == "policy/image/no-budget");
        Assert.Equal(["image_mb.gateway<=180", "image_mb.orders<=200", "image_mb.web<=220"], outcome.Thresholds.Select(t => t.Expression).Order());
        Assert.False(outcome.Thresholds.Single(t => t.Name == "image_mb.web").Passed);
        Assert.Equal(150, outcome.Metrics["image_mb.gateway"]);
    }

    [Fact]
    public async Task A_malformed_size_report_fails_closed_naming_the_entry()
    {
        // Given a report whose second image has no size
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("images.json", """[{"RepoTags": ["a:1"], "Size": 1}, {"RepoTags": ["b:1"]}]""");

        // When the gate reads it
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["images"], ImageSizes = "images.json" });

        // Then it cannot evaluate
        Assert.True(outcome.IsError);
        Assert.Contains("images.json: image [1] needs", outcome.Findings[0].Message, StringComparison.Ordinal);
    }
}
