using System.Diagnostics;
using System.Globalization;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy;

// policy-ci benchmark: generates 10,000 Kubernetes documents (100 files of 100) and 500 workflow files in a temp
// folder, evaluates them with the gate's library API, and prints wall time and peak memory. Run in Release:
//   dotnet run -c Release --project bench/policy
// With "corpus <folder>" it checks the real-world corpus instead (bench/policy/run.sh runs both, and actionlint beside it).
if (args is ["corpus", var corpus])
{
    return await CorpusBench.RunAsync(Path.GetFullPath(corpus));
}

// With "replay" it runs the policy/alerts/noisy replay benchmark of AlertReplayBench.cs (a real Prometheus, promtool beside it).
if (args is ["replay"])
{
    return await AlertReplayBench.RunAsync();
}

// With "alerts" it runs the alert hygiene benchmark of AlertBench.cs instead.
if (args is ["alerts"])
{
    return await AlertBench.RunAsync();
}

var root = Path.Combine(Path.GetTempPath(), "policy-bench-" + Guid.NewGuid().ToString("N"));
try
{
    Generate(root);
    var options = new PolicyOptions { Packs = ["kubernetes", "workflows"] };
    var environment = RunEnvironment.From(new Dictionary<string, string>());

    // One warm-up run on a small slice so JIT time is reported separately from the steady state.
    var warm = Stopwatch.StartNew();
    await new PolicyGate(environment: environment).RunAsync(root, options with { Paths = ["deploy/m000.yaml", ".github/workflows/w000.yml"] }, null, TextWriter.Null, CancellationToken.None);
    warm.Stop();

    var before = GC.GetTotalAllocatedBytes(precise: true);
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var outcome = await new PolicyGate(environment: environment).RunAsync(root, options, null, TextWriter.Null, CancellationToken.None);
    watch.Stop();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
    using var self = Process.GetCurrentProcess();
    self.Refresh();
    var cpu = self.TotalProcessorTime - cpuBefore;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs: {outcome.Metrics["kubernetes_documents"]} Kubernetes documents, {outcome.Metrics["workflows"]} workflows, {outcome.Metrics["files_checked"]} files"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"findings: {outcome.Findings.Count}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up (JIT, 2 files): {warm.Elapsed.TotalMilliseconds:0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluate: {watch.Elapsed.TotalMilliseconds:0} ms (budget 3000 ms)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu time during evaluate: {cpu.TotalMilliseconds:0} ms (all threads; wall time is inflated when the machine is shared)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {self.PeakWorkingSet64 / 1048576.0:0.0} MiB (budget 300 MB)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated during evaluate: {allocated / 1048576.0:0.0} MiB; processors: {Environment.ProcessorCount}"));
    return watch.Elapsed.TotalSeconds < 3 && self.PeakWorkingSet64 < 300_000_000 ? 0 : 1;
}
finally
{
    Directory.Delete(root, recursive: true);
}

static void Generate(string root)
{
    Directory.CreateDirectory(Path.Combine(root, "deploy"));
    Directory.CreateDirectory(Path.Combine(root, ".github", "workflows"));
    for (var file = 0; file < 100; file++)
    {
        using var writer = new StreamWriter(Path.Combine(root, "deploy", $"m{file:000}.yaml"));
        for (var doc = 0; doc < 100; doc++)
        {
            var n = (file * 100) + doc;
            writer.Write(doc % 5 == 0 ? CronJob(n) : Deployment(n, secure: doc % 2 == 0));
        }
    }

    for (var file = 0; file < 500; file++)
    {
        File.WriteAllText(Path.Combine(root, ".github", "workflows", $"w{file:000}.yml"), Workflow(file));
    }
}

static string Deployment(int n, bool secure) => """
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: app-@N@
      labels: {app: app-@N@, team: t@T@}
    spec:
      replicas: 3
      selector:
        matchLabels: {app: app-@N@}
      template:
        metadata:
          labels: {app: app-@N@}
        spec:
          serviceAccountName: @SA@
          containers:
            - name: app
              image: ghcr.io/acme/app-@N@:@TAG@
              env:
                - {name: LOG_LEVEL, value: info}
                - {name: API_TOKEN, value: @TOKEN@}
              securityContext:
                runAsNonRoot: @NONROOT@
                readOnlyRootFilesystem: true
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
              resources:
                requests: {cpu: 100m, memory: 128Mi}
                limits: {memory: 256Mi}
              livenessProbe: {httpGet: {path: /healthz, port: 8080}}
              readinessProbe: {httpGet: {path: /ready, port: 8080}}

    """
    .Replace("@N@", N(n), StringComparison.Ordinal)
    .Replace("@T@", N(n % 17), StringComparison.Ordinal)
    .Replace("@SA@", secure ? "app-" + N(n) : "default", StringComparison.Ordinal)
    .Replace("@TAG@", secure ? "1.0.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" : "latest", StringComparison.Ordinal)
    .Replace("@TOKEN@", secure ? "\"\"" : "abc", StringComparison.Ordinal)
    .Replace("@NONROOT@", secure ? "true" : "false", StringComparison.Ordinal);

static string CronJob(int n) => """
    ---
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: job-@N@
    spec:
      schedule: "*/5 * * * *"
      jobTemplate:
        spec:
          template:
            spec:
              hostNetwork: @HOST@
              containers:
                - name: job
                  image: ghcr.io/acme/job:@N@
                  volumeMounts: [{name: data, mountPath: /data}]
              volumes:
                - name: data
                  hostPath: {path: /var/lib/data-@N@}

    """
    .Replace("@N@", N(n), StringComparison.Ordinal)
    .Replace("@HOST@", n % 3 == 0 ? "true" : "false", StringComparison.Ordinal);

static string Workflow(int n) => """
    name: wf-@N@
    on:
      pull_request:
      push:
        branches: [main]
    @PERMISSIONS@jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@@REF@
            with:
              persist-credentials: false
          - uses: actions/setup-dotnet@67a3573c9a986a3f9c594539f4ab511d57bb3ce9
          - name: build
            run: |
              dotnet build
              echo "${{ github.event.pull_request.title }}"
          - name: test
            run: dotnet test --no-build
      deploy:
        needs: build
        permissions:
          contents: read
          id-token: write
        uses: ./.github/workflows/deploy.yml
        secrets: inherit

    """
    .Replace("@N@", N(n), StringComparison.Ordinal)
    .Replace("@PERMISSIONS@", n % 2 == 0 ? "permissions:\n  contents: read\n" : string.Empty, StringComparison.Ordinal)
    .Replace("@REF@", n % 3 == 0 ? "v4" : "11bd71901bbe5b1630ceea73d27597364c9af683", StringComparison.Ordinal);

static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
