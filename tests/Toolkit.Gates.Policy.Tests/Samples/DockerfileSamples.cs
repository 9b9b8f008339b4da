namespace Toolkit.Gates.Policy.Tests.Samples;

/// <summary>Dockerfiles that break every rule (marked with expect-next), and the corrected one.</summary>
internal static class DockerfileSamples
{
    public const string Bad = """
        ARG BASE=ubuntu
        # expect-next: policy/docker/base-image-latest, policy/docker/base-image-not-pinned
        FROM ${BASE} AS build
        # expect-next: policy/docker/sudo, policy/docker/apt-no-install-recommends
        RUN sudo apt-get update \
            && apt-get install -y \
            # a comment inside a continuation is dropped
               curl
        # expect-next: policy/docker/pipefail
        RUN curl -fsSL https://example.com/install.sh | sh
        # expect-next: policy/docker/base-image-not-pinned
        FROM debian:12-slim
        # expect-next: policy/docker/add-url
        ADD https://example.com/tool.tar.gz /opt/
        COPY --from=build /usr/bin/curl /usr/bin/curl
        USER app
        # expect-next: policy/docker/json-cmd
        CMD /usr/bin/curl --version
        # expect-next: policy/docker/last-user-root
        USER root
        """;

    public const string Good = """
        # syntax=docker/dockerfile:1
        # escape=`
        FROM mcr.microsoft.com/dotnet/sdk:10.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS build
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN apt-get update `
            && apt-get install -y --no-install-recommends curl `
            && curl -fsSL https://example.com/x | tar -x
        RUN <<EOF
        set -eu
        echo "the heredoc body is part of the RUN, not a new instruction"
        EOF
        FROM gcr.io/distroless/base:nonroot@sha256:abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789
        ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/
        COPY --from=build /app /app
        USER root
        RUN ["/app/setup"]
        USER 65532:65532
        ENTRYPOINT ["/app/web"]
        """;
}
