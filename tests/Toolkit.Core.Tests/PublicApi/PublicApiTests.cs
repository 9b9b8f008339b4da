using Toolkit.Core.Runtime;
using Toolkit.Testing.PublicApi;

namespace Toolkit.Core.Tests.PublicApi;

/// <summary>
/// Toolkit.Core is the library the CLI and build scripts use (<see cref="GateSession"/> is its entry point): every part
/// of its public API is documented. Its declared surface is src/Toolkit.Core/PublicAPI.Shipped.txt, which
/// Microsoft.CodeAnalysis.PublicApiAnalyzers holds the build to.
/// </summary>
public sealed class PublicApiTests
{
    private static IReadOnlyList<Type> Exported => typeof(GateSession).Assembly.GetExportedTypes();

    [Fact]
    public void Every_public_type_and_member_has_an_XML_doc()
    {
        var missing = XmlDocCoverage.Missing(Exported);

        Assert.True(missing.Count == 0, "Undocumented public API (a record documents its properties with <param>):\n" + string.Join("\n", missing));
    }
}
