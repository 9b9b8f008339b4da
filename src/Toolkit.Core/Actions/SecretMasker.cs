using System.Text;

namespace Toolkit.Core.Actions;

/// <summary>
/// The secrets (tokens) of a run, replaced by <c>***</c> in any text. Secrets shorter than <see cref="MinLength"/>
/// characters are ignored: masking every <c>a</c> would ruin the log and protect nothing. Thread-safe.
/// </summary>
public sealed class SecretMasker
{
    /// <summary>The shortest secret that is masked.</summary>
    public const int MinLength = 4;

    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    private readonly Lock gate = new();
    private string[] secrets = [];

    /// <summary>The longest secret held, so a writer knows how much text to hold back.</summary>
    public int LongestSecret { get; private set; }

    /// <summary>Adds a secret, and each line of a multi-line secret. Returns false when it is too short to mask.</summary>
    public bool Add(string? secret)
    {
        if (secret is null || secret.Length < MinLength)
        {
            return false;
        }

        lock (gate)
        {
            var set = new HashSet<string>(secrets, StringComparer.Ordinal) { secret };
            foreach (var line in LinesOf(secret).Where(l => l.Length >= MinLength))
            {
                set.Add(line);
            }

            // Longest first, so a secret that contains another is masked whole.
            secrets = [.. set.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
            LongestSecret = secrets[0].Length;
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> holds no secret.</summary>
    public bool IsClean(string text) => string.Equals(Apply(text), text, StringComparison.Ordinal);

    /// <summary>Returns <paramref name="text"/> with every secret replaced by <c>***</c>.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var current = secrets;
        if (current.Length == 0 || text.Length == 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        var last = 0;
        for (var i = 0; i < text.Length;)
        {
            var match = Match(current, text, i);
            if (match == 0)
            {
                i++;
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, last, i - last).Append(Mask);
            i += match;
            last = i;
        }

        return builder is null ? text : builder.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>The lines of a multi-line value, without their line breaks.</summary>
    internal static IEnumerable<string> LinesOf(string value) =>
        value.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0);

    private static int Match(string[] secrets, string text, int index)
    {
        foreach (var secret in secrets)
        {
            if (index + secret.Length <= text.Length && string.CompareOrdinal(text, index, secret, 0, secret.Length) == 0)
            {
                return secret.Length;
            }
        }

        return 0;
    }
}
