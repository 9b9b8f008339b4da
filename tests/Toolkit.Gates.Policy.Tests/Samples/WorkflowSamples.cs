namespace Toolkit.Gates.Policy.Tests.Samples;

/// <summary>Workflows and an action that break every workflow rule (marked where), and corrected versions.</summary>
internal static class WorkflowSamples
{
    public const string Bad = """
        name: triage
        on:
          pull_request_target:
            types: [opened]
        jobs:
          label: # expect: policy/gha/excessive-permissions
            runs-on: ubuntu-latest
            container: node:20 # expect: policy/gha/unpinned-images
            services:
              db:
                image: postgres:16 # expect: policy/gha/unpinned-images
            steps:
              - uses: actions/checkout@v4 # expect: policy/gha/unpinned-uses, policy/gha/artipacked
                with:
                  ref: ${{ github.event.pull_request.head.sha }} # expect: policy/gha/dangerous-triggers
              - uses: docker://alpine:3.20 # expect: policy/gha/unpinned-uses
              - name: greet
                run: |
                  echo "checking"
                  echo "${{ github.event.pull_request.title }}" # expect: policy/gha/template-injection
          reuse:
            permissions: write-all # expect: policy/gha/excessive-permissions
            uses: acme/shared/.github/workflows/build.yml@main # expect: policy/gha/unpinned-uses
            secrets: inherit # expect: policy/gha/secrets-inherit
        """;

    public const string Good = """
        name: triage
        on:
          pull_request:
        permissions:
          contents: read
        jobs:
          label:
            runs-on: ubuntu-latest
            container: node:20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: ./.github/actions/local
              - uses: docker://alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
              - name: greet
                env:
                  TITLE: ${{ github.event.pull_request.title }}
                run: |
                  echo "$TITLE for ${{ github.sha }}"
          reuse:
            uses: acme/shared/.github/workflows/build.yml@0123456789abcdef0123456789abcdef01234567
            secrets:
              token: ${{ secrets.TOKEN }}
        """;

    public const string BadAction = """
        name: composite
        runs:
          using: composite
          steps:
            - uses: actions/setup-node@v4 # expect: policy/gha/unpinned-uses
            - run: echo "${{ github.event.issue.body }}" # expect: policy/gha/template-injection
              shell: bash
        """;

    public const string GoodAction = """
        name: composite
        runs:
          using: composite
          steps:
            - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
            - run: echo "$BODY"
              shell: bash
              env:
                BODY: ${{ github.event.issue.body }}
        """;
}
