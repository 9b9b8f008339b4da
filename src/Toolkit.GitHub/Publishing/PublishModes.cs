namespace Toolkit.GitHub.Publishing;

/// <summary>Where a verdict is published (<c>--publish check,comment,status</c>).</summary>
[Flags]
public enum PublishModes
{
    None = 0,

    /// <summary>A check run named after the gate, with annotations.</summary>
    CheckRun = 1,

    /// <summary>One sticky pull-request comment per gate.</summary>
    Comment = 2,

    /// <summary>A commit status whose context is the gate name.</summary>
    Status = 4,

    /// <summary>Check run and comment: what a pull request shows best.</summary>
    Default = CheckRun | Comment,
}
