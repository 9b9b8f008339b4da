namespace Cake.Frosting;

/// <summary>Stand-in for Cake.Core.IO.DirectoryPath.</summary>
public sealed record DirectoryPath(string FullPath);
