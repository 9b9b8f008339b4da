namespace Toolkit.GitHub.Events;

/// <summary>How a file changed between two commits.</summary>
public enum ChangedFileStatus
{
    Added,
    Modified,
    Deleted,
    Renamed,
}
