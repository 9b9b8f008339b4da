namespace Toolkit.Gates.Policy.Yaml;

/// <summary>A YAML syntax error at a place in a file.</summary>
internal sealed record YamlParseError(string Path, int Line, int Column, string Message);
