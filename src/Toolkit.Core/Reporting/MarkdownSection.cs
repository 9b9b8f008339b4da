namespace Toolkit.Core.Reporting;

/// <summary>One droppable block of the Markdown report, with the name used in the "not shown" note.</summary>
internal sealed record MarkdownSection(string Name, string Text);
