using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Custom;

/// <summary>A node a path reached (<paramref name="Value"/> set) or the place where it stopped (<paramref name="Missing"/> set).</summary>
/// <param name="At">Where to report: the key of the value, or the node where the path broke off.</param>
internal sealed record YamlPathMatch(YamlNode? Value, Mark At, string? Missing);
