namespace Toolkit.Cli.Actions;

/// <summary>The command-line tokens one input turned into (kept per input so a parse error can name the input).</summary>
internal sealed record InputTokens(ActionInput Input, string Value, IReadOnlyList<string> Tokens);
