using Toolkit.Gates.SupplyChain.Provenance;

namespace Toolkit.Gates.SupplyChain.Tests.Provenance;

public sealed class ImagePinningTests
{
    [Fact]
    public void Dockerfile_tags_are_reported_but_digests_stages_and_scratch_are_not()
    {
        // Given a multi-stage Dockerfile
        var dockerfile = """
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            RUN dotnet publish -o /app
            FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/aspnet@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS final
            FROM build AS test
            FROM scratch
            """;

        // When it is scanned
        var unpinned = ImagePinning.Unpinned("Dockerfile", dockerfile).ToList();

        // Then only the tagged SDK image on line 1 is reported
        var (location, image) = Assert.Single(unpinned);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", image);
        Assert.Equal(1, location.Line);
        Assert.Equal(6, location.Column);
    }

    [Fact]
    public void Compose_and_kubernetes_images_without_a_digest_are_reported_even_when_quoted()
    {
        // Given a compose file with a quoted tag and a latest image
        var compose = "services:\n  db:\n    image: \"postgres:16\"\n  cache:\n    image: redis\n";

        // When it is scanned
        var images = ImagePinning.Unpinned("compose.yaml", compose).Select(u => u.Image).ToList();

        // Then both are reported without quotes
        Assert.Equal(["postgres:16", "redis"], images);
    }
}
