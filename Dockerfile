# The toolkit's `gate` CLI as a container image: the image every container action in actions/ runs
# (`runs.image` in actions/*/action.yml, published as ghcr.io/toolkit/gate:<version>).
#
# Base images are pinned by digest: a tag moves, a digest does not. Dependabot (.github/dependabot.yml, docker
# ecosystem) proposes digest updates; review them like any other dependency bump.

# --- build: the SDK restores and publishes the CLI --------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0@sha256:e1ffd2a92ae84c1291bc1b6887501f8af98e6331e7af6d4c8d37168c5e87a64c AS build
WORKDIR /src

# Restore from the files that decide the package graph only (props and project files), so an edit to a .cs file
# reuses the cached restore layer. tests/Toolkit.Cli.Tests/Actions/DockerfileTests.cs keeps this list complete.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Directory.Build.targets src/
COPY src/Toolkit.Core/Toolkit.Core.csproj src/Toolkit.Core/
COPY src/Toolkit.Evidence/Toolkit.Evidence.csproj src/Toolkit.Evidence/
COPY src/Toolkit.GitHub/Toolkit.GitHub.csproj src/Toolkit.GitHub/
COPY src/Toolkit.Gates.Slo/Toolkit.Gates.Slo.csproj src/Toolkit.Gates.Slo/
COPY src/Toolkit.Gates.SupplyChain/Toolkit.Gates.SupplyChain.csproj src/Toolkit.Gates.SupplyChain/
COPY src/Toolkit.Gates.Migrations/Toolkit.Gates.Migrations.csproj src/Toolkit.Gates.Migrations/
COPY src/Toolkit.Gates.Performance/Toolkit.Gates.Performance.csproj src/Toolkit.Gates.Performance/
COPY src/Toolkit.Gates.Policy/Toolkit.Gates.Policy.csproj src/Toolkit.Gates.Policy/
COPY src/Toolkit.Gates.Dr/Toolkit.Gates.Dr.csproj src/Toolkit.Gates.Dr/
COPY src/Toolkit.Cli/Toolkit.Cli.csproj src/Toolkit.Cli/
RUN dotnet restore src/Toolkit.Cli/Toolkit.Cli.csproj

# Then the sources: .editorconfig (analyzer severities: the build treats warnings as errors) and the JSON schemas
# Toolkit.Core embeds.
COPY .editorconfig ./
COPY schemas/ schemas/
COPY src/ src/
RUN dotnet publish src/Toolkit.Cli/Toolkit.Cli.csproj --configuration Release --no-restore --output /app \
    -p:UseAppHost=true -p:GenerateDocumentationFile=false

# --- runtime: the ASP.NET Core runtime (no SDK; Kestrel serves gate serve), git and the PostgreSQL server binaries -
FROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:1fa23fc4872d95fd71c2833ebe65d7e84a43b2d51a31d119516852f13d9505a7 AS runtime

ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="Toolkit gate" \
      org.opencontainers.image.description="CI gates for GitHub: SLOs, supply chain, migrations, performance and policy, with go/no-go and branch protection." \
      org.opencontainers.image.source="https://github.com/toolkit/toolkit" \
      org.opencontainers.image.url="https://github.com/toolkit/toolkit" \
      org.opencontainers.image.documentation="https://github.com/toolkit/toolkit#container-actions" \
      org.opencontainers.image.vendor="Toolkit" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"

# git: the gates read the repository through it (changed files, lockfiles at the base, history stores).
# postgresql-16 (Ubuntu 24.04's server): initdb and pg_ctl for the migration gate's throwaway cluster (found under
# /usr/lib/postgresql/16/bin); no main cluster is created at install time. Pinned to the major version: the archive only keeps the latest patch release, so an
# exact pin would break every rebuild after a security update, and the published image is itself pinned by digest.
# safe.directory: the mounted workspace may belong to another uid than the container user, which git refuses.
# User 1001 is the runner user of GitHub-hosted runners, so files the gates write into the mounted workspace belong
# to the job's user (root-owned files would break later steps and workspace cleanup), and initdb refuses to run as
# root anyway.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-common \
    && sed -ri 's/#(create_main_cluster) .*$/\1 = false/' /etc/postgresql-common/createcluster.conf \
    && apt-get install -y --no-install-recommends git postgresql-16 \
    && rm -rf /var/lib/apt/lists/* \
    && git config --system --add safe.directory '*' \
    && groupadd --gid 1001 gate \
    && useradd --uid 1001 --gid 1001 --create-home --home-dir /home/gate --shell /usr/sbin/nologin gate

COPY --from=build /app /app

# TOOLKIT_CONTAINER: error messages about unwritable directories explain the container user.
ENV TOOLKIT_CONTAINER=true

# No WORKDIR: GitHub mounts the workspace at /github/workspace and starts the container there.
USER 1001:1001
ENTRYPOINT ["/app/gate"]
CMD ["--help"]
