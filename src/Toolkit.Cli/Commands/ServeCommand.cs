using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Toolkit.Cli.Serve;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Slo.Canary.Judge;
using Toolkit.Core.Prometheus;

namespace Toolkit.Cli.Commands;

/// <summary><c>gate serve</c>: the canary judge for Argo Rollouts and Flagger, until SIGTERM or Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var listen = new Option<string>("--listen") { Description = "Address and port to listen on (in a container: 0.0.0.0:8080).", HelpName = "host:port", DefaultValueFactory = _ => "127.0.0.1:8080" };
        var prometheusUrl = new Option<string>("--prometheus-url") { Description = "Prometheus base URL the judge queries.", HelpName = "url", Required = true };
        var minRequests = new Option<double?>("--min-canary-requests") { Description = "Fewer canary requests over the window is inconclusive. Default: 100.", HelpName = "n" };
        var alpha = new Option<double?>("--alpha") { Description = "Significance level of the Mann-Whitney U test. Default: 0.05.", HelpName = "p" };
        var command = new Command("serve", Help.WithExamples(
            "Serve the canary judge over HTTP for Argo Rollouts (POST /v1/judge) and Flagger (POST /v1/flagger/confirm-promotion, /v1/flagger/rollback): pass, fail or inconclusive from Prometheus.",
            "gate serve --prometheus-url http://prometheus:9090",
            "gate serve --listen 0.0.0.0:8080 --prometheus-url http://prometheus:9090 --min-canary-requests 500"));
        foreach (var option in new Option[] { listen, prometheusUrl, minRequests, alpha })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, token) =>
        {
            var problems = new List<string>();
            if (!IPEndPoint.TryParse(parse.GetValue(listen)!, out var endpoint) || endpoint.Port == 0)
            {
                problems.Add($"--listen '{parse.GetValue(listen)}' is not an address and port such as 127.0.0.1:8080 or 0.0.0.0:8080.");
            }

            var url = parse.GetValue(prometheusUrl)!;
            if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var prometheus) || prometheus.Scheme is not ("http" or "https"))
            {
                problems.Add($"--prometheus-url '{url}' is not an http(s) URL.");
            }

            var settings = new JudgeSettings();
            if (parse.GetValue(minRequests) is { } min)
            {
                settings = double.IsFinite(min) && min >= 1 ? settings with { MinCanaryRequests = min } : Invalid(problems, "--min-canary-requests must be a number >= 1.", settings);
            }

            if (parse.GetValue(alpha) is { } a)
            {
                settings = a is > 0 and < 1 ? settings with { Alpha = a } : Invalid(problems, "--alpha must be between 0 and 1.", settings);
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                }

                return ExitCodes.UsageError;
            }

            using var client = new PrometheusClient(new PrometheusOptions(prometheus!));
            await using var app = JudgeServer.Build(endpoint!, new CanaryJudge(client, settings, TimeProvider.System));
            try
            {
                await app.StartAsync(token).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                await console.Error.WriteLineAsync($"error: cannot listen on {endpoint}: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"gate serve: judging canaries on http://{endpoint}/v1/judge from {prometheus}")).ConfigureAwait(false);
            await app.WaitForShutdownAsync(token).ConfigureAwait(false);
            return ExitCodes.Passed;
        });
        return command;
    }

    private static JudgeSettings Invalid(List<string> problems, string problem, JudgeSettings settings)
    {
        problems.Add(problem);
        return settings;
    }
}
