namespace Toolkit.Build.Prerequisites;

/// <summary>A tool some tests need on the machine, and the Debian package that provides it.</summary>
/// <param name="Name">What to call it in messages.</param>
/// <param name="DebianPackage">The apt package to install when it is missing.</param>
/// <param name="Executables">Programs that must all be found.</param>
/// <param name="SearchDirectories">
/// Folders searched besides PATH, for packages that keep their programs off it (PostgreSQL's server binaries live in
/// <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>). A <c>*</c> segment matches any folder name.
/// </param>
public sealed record Prerequisite(string Name, string DebianPackage, IReadOnlyList<string> Executables, IReadOnlyList<string> SearchDirectories);
