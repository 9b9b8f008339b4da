namespace Toolkit.Core.Events;

/// <summary>How a file changed between two commits.</summary>
public enum ChangedFileStatus
{
    /// <summary>Added in the head.</summary>
    Added,

    /// <summary>Changed in place.</summary>
    Modified,

    /// <summary>Removed in the head.</summary>
    Deleted,

    /// <summary>Moved (git detected the rename); the path is the new one.</summary>
    Renamed,
}
