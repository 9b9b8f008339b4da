using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.GitHub.Protection;
using Toolkit.Gates.Policy;
using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Rules;

namespace Toolkit.Cli.Gates;

/// <summary><c>gate policy [paths...]</c>: the policy-ci gate on the command line; every option is also a gates.yml key.</summary>
internal sealed class PolicyGateCommand : IGateCommand
{
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files or folders to check, relative to the repository. Default: gates.yml 'paths', else the whole repository (honouring .gitignore).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> packs = CreatePacks();

    private readonly Option<string[]> disable = new("--disable-rule")
    {
        Description = "Rule id to switch off, repeatable (added to gates.yml 'disabled_rules').",
        HelpName = "rule",
    };

    private readonly Option<string[]> customRules = new("--custom-rules")
    {
        Description = "YAML file of declarative custom rules, repeatable. Default: gates.yml 'custom_rules'.",
        HelpName = "file",
    };

    private readonly Option<string?> imageSizes = new("--image-sizes")
    {
        Description = "JSON image size report (docker image inspect output) checked against max_image_mb. Default: gates.yml 'image_sizes'.",
        HelpName = "file",
    };

    private readonly Option<string?> prometheusUrl = CreatePrometheusUrl();

    private readonly Option<string?> baseRef = GitRefOption.Create("--base", "Git ref of the PR base; its alert rule files are replayed against Prometheus too, for the noise change. Default: the PR base from the event.");

    public string Gate => GateIds.Policy;

    public string CommandName => "policy";

    public string Description => "Policy checks: Kubernetes manifests, Dockerfiles, GitHub workflows, Prometheus alert rules, CODEOWNERS and PR titles, image size budgets and custom YAML rules.";

    public IReadOnlyList<string> Examples =>
    [
        "gate policy",
        "gate policy deploy/ Dockerfile .github/workflows",
        $"gate policy --pack kubernetes --pack dockerfile --disable-rule {PolicyRules.NoLivenessProbe.Id}",
        "gate policy --custom-rules policy/rules.yml --image-sizes artifacts/images.json",
        "gate policy --pack alerts --prometheus-url http://prometheus:9090 --base origin/main",
    ];

    public IReadOnlyList<Option> Options => [packs, disable, customRules, imageSizes, prometheusUrl, baseRef];

    public IReadOnlyList<Argument> Arguments => [paths];

    /// <inheritdoc/>
    public IReadOnlyList<ConfigDiagnostic> Validate(GateSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return PolicyOptionsBinder.Validate(section);
    }

    public IGate Create(ParseResult? parseResult)
    {
        var overrides = parseResult is null
            ? new PolicyOverrides()
            : new PolicyOverrides
            {
                Paths = parseResult.GetValue(paths),
                Packs = parseResult.GetValue(packs),
                DisabledRules = parseResult.GetValue(disable),
                CustomRules = parseResult.GetValue(customRules),
                ImageSizes = parseResult.GetValue(imageSizes),
                PrometheusUrl = parseResult.GetValue(prometheusUrl),
                BaseRef = parseResult.GetValue(baseRef),
            };
        return new PolicyGate(overrides, RunEnvironment.Process, GitHubRequiredChecks.FromEnvironment(RunEnvironment.Process, GateToken.From(parseResult)));
    }

    private static Option<string?> CreatePrometheusUrl()
    {
        var option = new Option<string?>("--prometheus-url")
        {
            Description = $"Prometheus base URL the alert rules are checked against ({PolicyRules.AlertSeriesMissing.Id}, {PolicyRules.AlertNoisy.Id}); unreachable is an error. Default: gates.yml 'prometheus_url', else no live checks.",
            HelpName = "url",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && PrometheusUrls.Parse(value) is null)
            {
                result.AddError($"--prometheus-url '{value}' is not an http(s) URL; pass e.g. --prometheus-url http://prometheus:9090.");
            }
        });
        return option;
    }

    private static Option<string[]> CreatePacks()
    {
        var option = new Option<string[]>("--pack")
        {
            Description = $"Rule pack to run, repeatable: {string.Join(", ", PolicyPacks.All)}. Default: gates.yml 'packs', else all.",
            HelpName = "pack",
        };
        option.AcceptOnlyFromAmong([.. PolicyPacks.All]);
        return option;
    }
}
