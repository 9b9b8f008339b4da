using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

/// <summary>policy/docker/last-user-root knows non-root bases and follows FROM chains (issue 14: 97 of 98 hits were "no USER").</summary>
public sealed class DockerUserTests
{
    private const string Digest = "@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static async Task<List<string>> LastUserAsync(string dockerfile, string path = "Dockerfile")
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(path, dockerfile);
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["dockerfile"] });
        Assert.False(outcome.IsError, outcome.Summary);
        return [.. outcome.Findings.Where(f => f.RuleId == PolicyRuleIds.LastUserRoot).Select(f => $"{f.Location!.Line}: {f.Message}")];
    }

    [Theory]
    [InlineData("gcr.io/distroless/static:nonroot")]
    [InlineData("gcr.io/distroless/base-debian12:debug-nonroot")]
    [InlineData("gcr.io/distroless/static:nonroot-amd64")]
    [InlineData("cgr.dev/chainguard/static")]
    [InlineData("cgr.dev/chainguard/python:latest")]
    [InlineData("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled")]
    [InlineData("docker.io/bitnami/redis:7.4")]
    public async Task A_final_stage_on_a_known_non_root_base_needs_no_USER(string image)
    {
        Assert.Empty(await LastUserAsync($"FROM golang:1.25{Digest} AS build\nRUN go build\nFROM {image}{Digest}\nCOPY --from=build /app /app\n"));
    }

    [Theory]
    [InlineData("gcr.io/distroless/static")]
    [InlineData("cgr.dev/chainguard/wolfi-base")]
    [InlineData("cgr.dev/chainguard/python:latest-dev")]
    [InlineData("alpine:3.22")]
    public async Task A_final_stage_on_a_root_base_without_USER_is_reported_naming_that_base(string image)
    {
        var finding = Assert.Single(await LastUserAsync($"FROM {image}{Digest}\nCOPY app /app\n"));

        Assert.StartsWith("1: ", finding, StringComparison.Ordinal);
        Assert.Contains($"its base {image}{Digest} (line 1) is not known to run as non-root", finding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_built_from_an_earlier_stage_inherits_its_USER()
    {
        Assert.Empty(await LastUserAsync($"FROM python:3.14-alpine{Digest} AS base\nUSER 10001\nFROM base AS builder\nRUN pip install x\nFROM base\nCOPY --from=builder /x /x\n"));
    }

    [Fact]
    public async Task A_chain_that_ends_at_a_root_base_names_the_stages_and_the_base()
    {
        var finding = Assert.Single(await LastUserAsync($"FROM python:3.14-alpine{Digest} AS base\nFROM base AS builder\nUSER 1000\nFROM base\nCOPY --from=builder /x /x\n"));

        Assert.Equal($"4: The image runs as root: the final stage (built from stage 'base' (line 1)) sets no USER and its base python:3.14-alpine{Digest} (line 1) is not known to run as non-root. Fix: End the final stage with USER <non-root user or uid>, e.g. USER 65532.", finding);
    }

    [Fact]
    public async Task An_explicit_root_USER_in_the_chain_is_reported_at_that_USER()
    {
        var finding = Assert.Single(await LastUserAsync($"FROM gcr.io/distroless/static:nonroot{Digest} AS base\nUSER root\nFROM base\n"));

        Assert.StartsWith("2: The image runs as root: (built from stage 'base' (line 1)) USER root (line 2) is the last USER.", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dockerfile.base")]
    [InlineData(".devcontainer/Dockerfile")]
    public async Task Base_image_and_dev_container_Dockerfiles_are_not_asked_for_a_USER(string path)
    {
        Assert.Empty(await LastUserAsync($"FROM ubuntu:24.04{Digest}\nRUN apt-get update\n", path));
    }

    [Theory]
    [InlineData("Containerfile")]
    [InlineData("build/api.Dockerfile")]
    [InlineData("Dockerfile.prod")]
    public async Task Containerfiles_and_named_Dockerfiles_are_checked(string path)
    {
        Assert.Single(await LastUserAsync($"FROM ubuntu:24.04{Digest}\n", path));
    }

    [Fact]
    public async Task A_vendored_Dockerfile_is_left_to_its_authors_unless_named()
    {
        // Given grafana/k6's layout: a Go module's Dockerfile under vendor/
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("vendor/go.opentelemetry.io/otel/dependencies.Dockerfile", "FROM avtodev/markdown-lint:v1\n");
        repo.Write("Dockerfile", $"FROM alpine:3.22{Digest}\nUSER 1000\n");

        // When the repository is checked, and when the file is named
        var all = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["dockerfile"] });
        var named = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["dockerfile"], Paths = ["vendor/go.opentelemetry.io/otel/dependencies.Dockerfile"] });

        // Then only the named run checks it
        Assert.Equal(1, all.Metrics["dockerfiles"]);
        Assert.Empty(all.Findings);
        Assert.Contains(named.Findings, f => f.RuleId == PolicyRuleIds.LastUserRoot);
    }

    [Fact]
    public async Task A_Dockerfile_template_is_left_to_its_rendered_output()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("docker/Dockerfile.j2", "FROM {{ base }}\n");
        repo.Write("docker/Dockerfile", $"FROM alpine:3.22{Digest}\nUSER 1000\n");

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["dockerfile"] });

        Assert.Equal(1, outcome.Metrics["dockerfiles"]);
        Assert.Empty(outcome.Findings);
    }

    [Theory]
    [InlineData("", "has no FROM instruction")]
    [InlineData("\0\u0001binary", "is binary")]
    public async Task An_empty_or_binary_Dockerfile_is_an_input_error_that_says_nothing_was_checked(string text, string message)
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Directory.Write("Dockerfile", text);

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["dockerfile"] });

        Assert.True(outcome.IsError);
        Assert.Contains(message, string.Join(' ', outcome.Findings.Select(f => f.Message)), StringComparison.Ordinal);
        Assert.Contains("nothing in it was checked", string.Join(' ', outcome.Findings.Select(f => f.Message)), StringComparison.Ordinal);
    }
}
