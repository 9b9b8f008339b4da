namespace Toolkit.Gates.Policy.Kubernetes;

/// <summary>A container image reference split into repository, tag and digest (<c>registry/repo:tag@sha256:...</c>).</summary>
internal sealed record ImageReference(string Repository, string? Tag, string? Digest)
{
    public bool HasDigest => Digest is not null && Digest.StartsWith("sha256:", StringComparison.Ordinal) && Digest.Length == 71;

    /// <summary>True for <c>:latest</c>, or no tag and no digest (which means latest).</summary>
    public bool IsLatestOrUntagged => Tag == "latest" || (Tag is null && Digest is null);

    public static ImageReference Parse(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var text = reference.Trim();
        string? digest = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            text = text[..at];
        }

        // A colon after the last slash is a tag; one before it is a registry port.
        var slash = text.LastIndexOf('/');
        var colon = text.LastIndexOf(':');
        return colon > slash ? new ImageReference(text[..colon], text[(colon + 1)..], digest) : new ImageReference(text, null, digest);
    }
}
