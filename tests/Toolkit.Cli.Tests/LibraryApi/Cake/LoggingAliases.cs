using Cake.Frosting;

namespace Cake.Common.Diagnostics;

/// <summary>Stand-in for Cake.Common's logging aliases.</summary>
public static class LoggingAliases
{
    public static void Information(this FrostingContext context, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Log.Add(message);
    }
}
