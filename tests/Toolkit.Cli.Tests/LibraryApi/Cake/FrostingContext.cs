namespace Cake.Frosting;

/// <summary>Stand-in for Cake.Frosting's context: the parts the README example uses.</summary>
public sealed class FrostingContext(string workingDirectory)
{
    public CakeEnvironment Environment { get; } = new(new DirectoryPath(workingDirectory));

    public List<string> Log { get; } = [];
}
