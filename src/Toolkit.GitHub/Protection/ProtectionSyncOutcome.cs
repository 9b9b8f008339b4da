namespace Toolkit.GitHub.Protection;

/// <summary>How a protection sync ended.</summary>
public enum ProtectionSyncOutcome
{
    /// <summary>The required checks were already right; nothing was written.</summary>
    AlreadyInSync,

    /// <summary>The difference was written.</summary>
    Applied,

    /// <summary>Dry run: the difference was computed, nothing written.</summary>
    WouldApply,

    /// <summary>The token lacks the permission; <see cref="ProtectionSyncResult.Message"/> names it.</summary>
    MissingPermission,
}
