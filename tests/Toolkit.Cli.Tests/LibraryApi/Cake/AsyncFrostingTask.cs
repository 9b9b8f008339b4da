namespace Cake.Frosting;

/// <summary>Stand-in for Cake.Frosting's type of the same name (Cake is not in this registry), so the README example compiles.</summary>
public abstract class AsyncFrostingTask<TContext>
{
    public virtual Task RunAsync(TContext context) => Task.CompletedTask;
}
