namespace Toolkit.Evidence;

/// <summary>What the verifier read of one safe entry: its hash and size, and its bytes when it is the manifest or signature.</summary>
internal sealed record EntryContent(string Sha256, long Size, byte[]? Bytes);
