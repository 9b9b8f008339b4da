using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Gates.Policy.Tests.Samples;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests;

/// <summary>The one binder: gates.yml's section, then the command line's values over it, every problem in one pass.</summary>
public sealed class PolicyOptionsBinderTests
{
    private static GateSection Section(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new GateSection(GateIds.Policy, "gates.yml", (YamlMappingNode)stream.Documents[0].RootNode, new Core.Verdicts.SourceLocation("gates.yml", 1, 1));
    }

    [Fact]
    public void The_command_line_replaces_lists_and_adds_disabled_rules()
    {
        var (options, diagnostics) = PolicyOptionsBinder.Bind(
            Section("paths: [deploy]\npacks: [kubernetes]\ndisabled_rules: [policy/k8s/host-pid]\n"),
            new PolicyOverrides { Paths = ["charts"], DisabledRules = ["policy/k8s/host-ipc"], Packs = [], PrometheusUrl = "http://prometheus:9090", BaseRef = "origin/main" });

        Assert.Empty(diagnostics);
        Assert.Equal(["charts"], options.Paths);
        Assert.Equal(["kubernetes"], options.Packs);
        Assert.Equal(["policy/k8s/host-pid", "policy/k8s/host-ipc"], options.DisabledRules);
        Assert.Equal(new Uri("http://prometheus:9090/"), options.PrometheusUrl);
        Assert.Equal("origin/main", options.BaseRef);
    }

    [Fact]
    public void Problems_of_the_section_and_of_the_command_line_are_reported_together()
    {
        var (_, diagnostics) = PolicyOptionsBinder.Bind(Section("packs: [kubernets]\n"), new PolicyOverrides { PrometheusUrl = "prometheus:9090", Packs = ["helm"] });

        Assert.Equal(["gates.yml", PolicyOptionsBinder.CommandLine, PolicyOptionsBinder.CommandLine], diagnostics.Select(d => d.File));
        Assert.Equal("kubernetes", diagnostics[0].Suggestion);
        Assert.StartsWith("--prometheus-url 'prometheus:9090' is not an http(s) URL.", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown pack(s) helm.", diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_section_the_options_are_the_defaults()
    {
        var (options, diagnostics) = PolicyOptionsBinder.Bind(null, null);

        Assert.Empty(diagnostics);
        Assert.Equal(new PolicyOptions().Packs, options.Packs);
        Assert.Empty(PolicyOptionsBinder.Validate(Section("packs: [alerts]\n")));
    }

    [Fact]
    public async Task A_bad_command_line_url_stops_the_gate_with_the_option_and_its_fix()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/gates.yml", "version: 1\ngates:\n  policy-ci:\n    packs: [alerts]\n");

        var outcome = await PolicyRun.GateAsync(repo.Root, new PolicyOverrides { PrometheusUrl = "prometheus:9090" });

        Assert.True(outcome.IsError);
        Assert.Equal("--prometheus-url 'prometheus:9090' is not an http(s) URL. Fix: pass e.g. --prometheus-url http://prometheus:9090.", outcome.Findings[0].Message);
    }
}
