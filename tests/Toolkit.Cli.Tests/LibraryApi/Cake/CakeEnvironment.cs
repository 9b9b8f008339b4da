namespace Cake.Frosting;

/// <summary>Stand-in for Cake.Core's ICakeEnvironment.</summary>
public sealed record CakeEnvironment(DirectoryPath WorkingDirectory);
