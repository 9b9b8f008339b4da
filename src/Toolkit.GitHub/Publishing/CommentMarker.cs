namespace Toolkit.GitHub.Publishing;

/// <summary>The hidden HTML comment that identifies a gate's sticky pull-request comment.</summary>
public static class CommentMarker
{
    /// <summary><c>&lt;!-- toolkit:gate=&lt;gate&gt; --&gt;</c>.</summary>
    public static string For(string gate) => $"<!-- toolkit:gate={gate} -->";

    /// <summary>The body with the marker first when it was missing.</summary>
    public static string Ensure(string body, string gate)
    {
        ArgumentNullException.ThrowIfNull(body);
        var marker = For(gate);
        return body.Contains(marker, StringComparison.Ordinal) ? body : marker + "\n" + body;
    }
}
