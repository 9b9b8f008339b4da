namespace Toolkit.Gates.Migrations;

/// <summary>Where the dry run happens.</summary>
public enum DatabaseMode
{
    /// <summary>A throwaway cluster started from the local PostgreSQL binaries (or the disposable URL when one is given).</summary>
    Auto,

    /// <summary>No dry run: static analysis and policy only.</summary>
    None,
}
