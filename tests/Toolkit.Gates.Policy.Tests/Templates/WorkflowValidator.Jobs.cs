using System.Text.RegularExpressions;
using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Templates;

internal static partial class WorkflowValidator
{
    private static void CheckJobs(YamlMappingNode root, List<WorkflowProblem> problems)
    {
        if (root.Get("jobs") is not YamlMappingNode { Children.Count: > 0 } jobs)
        {
            problems.Add(new WorkflowProblem(1, "The workflow has no jobs."));
            return;
        }

        var ids = jobs.Children.Keys.Select(k => k.Text() ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var needs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, job) in jobs.Children)
        {
            var id = key.Text() ?? string.Empty;
            if (!JobId().IsMatch(id))
            {
                problems.Add(At(key, $"Job id '{id}' must start with a letter or _ and hold only letters, digits, - and _."));
            }

            CheckJob(id, key, job, problems);
            needs[id] = Needs(id, job, ids, problems);
        }

        CheckCycles(needs, problems);
    }

    private static void CheckJob(string id, YamlNode key, YamlNode job, List<WorkflowProblem> problems)
    {
        var calls = job.Get("uses") is not null;
        if (calls == (job.Get("runs-on") is not null))
        {
            problems.Add(At(key, $"Job '{id}' needs exactly one of runs-on and uses."));
        }

        CheckKeys(job, calls ? WorkflowVocabulary.CallerJobKeys : WorkflowVocabulary.JobKeys, $"job '{id}'", problems);
        if (job.Entry("permissions") is { } permissions)
        {
            CheckPermissions(permissions.Value, problems);
        }

        if (calls)
        {
            return;
        }

        if (job.Get("steps") is not YamlSequenceNode { Children.Count: > 0 } steps)
        {
            problems.Add(At(key, $"Job '{id}' has no steps."));
            return;
        }

        foreach (var step in steps)
        {
            CheckKeys(step, WorkflowVocabulary.StepKeys, $"a step of job '{id}'", problems);
            var uses = step.Get("uses") is not null;
            var run = step.Get("run") is not null;
            if (uses == run)
            {
                problems.Add(At(step, $"A step of job '{id}' needs exactly one of uses and run."));
            }
            else if (run && step.Get("with") is not null)
            {
                problems.Add(At(step, $"A run step of job '{id}' has 'with', which only actions take."));
            }
        }
    }

    private static List<string> Needs(string id, YamlNode job, IReadOnlySet<string> ids, List<WorkflowProblem> problems)
    {
        IEnumerable<YamlNode> needs = job.Get("needs") switch
        {
            YamlScalarNode one => [one],
            YamlSequenceNode many => many.Children,
            null => [],
            var other => [other],
        };
        var names = new List<string>();
        foreach (var need in needs)
        {
            var name = need.Text();
            if (name is null || !ids.Contains(name) || name == id)
            {
                problems.Add(At(need, $"Job '{id}' needs '{need}', which is not another job of this workflow."));
            }
            else
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static void CheckCycles(Dictionary<string, List<string>> needs, List<WorkflowProblem> problems)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var job in needs.Keys)
        {
            if (FindCycle(job, needs, done, path) is { } cycle)
            {
                problems.Add(new WorkflowProblem(1, $"Jobs depend on each other in a cycle: {string.Join(" -> ", cycle)}."));
                return;
            }
        }
    }

    private static List<string>? FindCycle(string job, Dictionary<string, List<string>> needs, HashSet<string> done, List<string> path)
    {
        if (path.IndexOf(job) is var at and >= 0)
        {
            return [.. path[at..], job];
        }

        if (!done.Add(job))
        {
            return null;
        }

        path.Add(job);
        foreach (var next in needs[job])
        {
            if (FindCycle(next, needs, done, path) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        return null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex JobId();
}
