// Frosting-shaped but our own: Cake.Frosting is not served by the package registry this project can reach.
namespace Toolkit.Build.Framework;

/// <summary>
/// A task of the build. Aggregate tasks keep the empty body and only declare dependencies with
/// <see cref="IsDependentOnAttribute"/>.
/// </summary>
/// <typeparam name="TContext">The build's typed context.</typeparam>
public abstract class FrostingTask<TContext>
    where TContext : TaskContext
{
    /// <summary>Does the task's work; throw <see cref="BuildFailedException"/> to fail it with a clear message.</summary>
    public virtual void Run(TContext context)
    {
    }
}
