using Toolkit.Core.Runtime;
using Toolkit.Testing.PublicApi;

namespace Toolkit.Core.Tests.PublicApi;

/// <summary>
/// Toolkit.Core is the library the CLI and build scripts use (<see cref="GateSession"/> is its entry point): its public
/// API is committed as <c>api/Toolkit.Core.txt</c>, so every change to it shows in review, and every part of it is documented.
/// </summary>
public sealed class PublicApiTests
{
    private static IReadOnlyList<Type> Exported => typeof(GateSession).Assembly.GetExportedTypes();

    [Fact]
    public void Public_API_matches_the_committed_api_file() =>
        ApiSnapshot.Match("Toolkit.Core", ApiSurface.Render("Toolkit.Core", Exported, "Toolkit.Core.Tests (PublicApiTests)"));

    [Fact]
    public void Every_public_type_and_member_has_an_XML_doc()
    {
        var missing = XmlDocCoverage.Missing(Exported);

        Assert.True(missing.Count == 0, "Undocumented public API (a record documents its properties with <param>):\n" + string.Join("\n", missing));
    }
}
