using Toolkit.Build.Framework;
using Toolkit.Build.Tests.Fakes;

namespace Toolkit.Build.Tests.Framework;

public sealed class TaskGraphTests
{
    [Fact]
    public void Plans_dependencies_before_the_task_in_the_order_they_are_declared()
    {
        var graph = new TaskGraph([typeof(Restore), typeof(Compile), typeof(Lint), typeof(Verify)]);

        var plan = graph.Plan("Verify");

        Assert.True(plan.IsValid, plan.Error);
        Assert.Equal(["Restore", "Compile", "Lint", "Verify"], plan.Tasks.Select(t => t.Name));
    }

    [Fact]
    public void Plans_a_dependency_shared_by_several_tasks_once()
    {
        var graph = new TaskGraph([typeof(Restore), typeof(Compile), typeof(Lint), typeof(Verify)]);

        var plan = graph.Plan("Verify");

        Assert.Single(plan.Tasks, t => t.Name == "Restore");
    }

    [Fact]
    public void Plans_only_what_the_target_needs()
    {
        var graph = new TaskGraph([typeof(Restore), typeof(Compile), typeof(Lint), typeof(Verify)]);

        var plan = graph.Plan("Compile");

        Assert.Equal(["Restore", "Compile"], plan.Tasks.Select(t => t.Name));
    }

    [Fact]
    public void Matches_the_target_name_whatever_its_case()
    {
        var graph = new TaskGraph([typeof(Restore), typeof(Compile)]);

        var plan = graph.Plan("compile");

        Assert.Equal("Compile", plan.Tasks[^1].Name);
    }

    [Fact]
    public void Reports_a_dependency_cycle_with_the_tasks_on_it()
    {
        var graph = new TaskGraph([typeof(Chicken), typeof(Egg), typeof(Farm)]);

        var plan = graph.Plan("Farm");

        Assert.False(plan.IsValid);
        Assert.Empty(plan.Tasks);
        Assert.Equal("The tasks depend on each other in a cycle: Chicken -> Egg -> Chicken.", plan.Error);
    }

    [Fact]
    public void Suggests_the_nearest_target_when_the_target_is_misspelt()
    {
        var graph = new TaskGraph([typeof(Restore), typeof(Compile), typeof(Verify)]);

        var plan = graph.Plan("Compiel");

        Assert.Equal("Unknown target 'Compiel'. Did you mean 'Compile'? Targets: Compile, Restore, Verify.", plan.Error);
    }

    [Fact]
    public void Names_the_nearest_target_even_when_none_is_a_likely_typo()
    {
        var graph = new TaskGraph([typeof(Restore), typeof(Compile), typeof(Verify)]);

        var plan = graph.Plan("Nope");

        Assert.Equal("Unknown target 'Nope'. The nearest is 'Compile'. Targets: Compile, Restore, Verify.", plan.Error);
    }

    [Fact]
    public void Reports_a_dependency_on_a_type_that_is_not_a_task_of_the_build()
    {
        var graph = new TaskGraph([typeof(Compile)]);

        var plan = graph.Plan("Compile");

        Assert.Equal("Task 'Compile' depends on Restore, which is not a task of this build.", plan.Error);
    }

    [Fact]
    public void Names_a_task_after_its_class_without_the_Task_suffix_when_it_has_no_TaskName()
    {
        var definition = TaskDefinition.From(typeof(PublishTask));

        Assert.Equal("Publish", definition.Name);
    }

    [Fact]
    public void Finds_every_task_of_a_context_in_an_assembly()
    {
        var graph = TaskGraph.FromAssembly<RecordingContext>(typeof(TaskGraphTests).Assembly);

        Assert.Contains(graph.Tasks, t => t.Type == typeof(Verify));
        Assert.DoesNotContain(graph.Tasks, t => t.Type == typeof(RecordingTask));
    }

    [TaskName("Restore")]
    private sealed class Restore : RecordingTask;

    [TaskName("Compile")]
    [IsDependentOn(typeof(Restore))]
    private sealed class Compile : RecordingTask;

    [TaskName("Lint")]
    [IsDependentOn(typeof(Restore))]
    private sealed class Lint : RecordingTask;

    [TaskName("Verify")]
    [IsDependentOn(typeof(Compile))]
    [IsDependentOn(typeof(Lint))]
    private sealed class Verify : RecordingTask;

    [TaskName("Chicken")]
    [IsDependentOn(typeof(Egg))]
    private sealed class Chicken : RecordingTask;

    [TaskName("Egg")]
    [IsDependentOn(typeof(Chicken))]
    private sealed class Egg : RecordingTask;

    [TaskName("Farm")]
    [IsDependentOn(typeof(Chicken))]
    private sealed class Farm : RecordingTask;

    private sealed class PublishTask : RecordingTask;
}
