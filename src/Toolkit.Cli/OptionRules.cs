using System.CommandLine;

namespace Toolkit.Cli;

/// <summary>Checks on option values that the parser reports as usage errors (exit 2) naming the option.</summary>
internal static class OptionRules
{
    /// <summary>An empty or blank value is refused (<c>--branch ''</c>, <c>--out ''</c>).</summary>
    public static T NotBlank<T>(this T option)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError($"{option.Name} must not be empty.");
            }
        });
        return option;
    }

    /// <summary>A value below <paramref name="minimum"/> is refused (<c>--keep 0</c>, <c>--github-budget -1</c>).</summary>
    public static Option<int?> AtLeast(this Option<int?> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            // Only a number is judged here: a value that is not one is already the parser's error.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}, not {value}.");
            }
        });
        return option;
    }
}
