using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;

namespace Toolkit.Cli;

/// <summary>
/// How a gate appears on the command line: its own options (each also settable in gates.yml) and how to build the
/// gate from a parse result. Gate projects stay free of System.CommandLine; this is the seam.
/// </summary>
public interface IGateCommand
{
    /// <summary>The required-check name; also the command name unless <see cref="CommandName"/> differs.</summary>
    string Gate { get; }

    /// <summary>The verb users type (<c>gate supply-chain</c>, <c>gate migrations</c> ...).</summary>
    string CommandName { get; }

    string Description { get; }

    /// <summary>Example invocations shown in <c>--help</c>.</summary>
    IReadOnlyList<string> Examples { get; }

    /// <summary>The gate-specific options.</summary>
    IReadOnlyList<Option> Options { get; }

    /// <summary>Positional arguments (e.g. <c>gate policy [paths...]</c>); none by default.</summary>
    IReadOnlyList<Argument> Arguments => [];

    /// <summary>
    /// Problems in the gate's gates.yml section, each at its line. Checked when gates.yml loads (<see cref="CliConfig"/>),
    /// so <c>config validate</c> refuses exactly what a run would, and a run refuses it with exit 2 before any gate runs.
    /// </summary>
    IReadOnlyList<ConfigDiagnostic> Validate(GateSection section) => [];

    /// <summary>
    /// <see cref="Validate"/> with the command line's values bound over the section as a run binds them (the gate's
    /// binder judges both), so every problem, in the file or on the command line, comes out together with exit 2.
    /// By default only the section is judged.
    /// </summary>
    IReadOnlyList<ConfigDiagnostic> ValidateCommandLine(GateSection? section, ParseResult parseResult) => section is null ? [] : Validate(section);

    /// <summary>Builds the gate from the command line; null values fall back to gates.yml, then defaults.</summary>
    IGate Create(ParseResult? parseResult);
}
