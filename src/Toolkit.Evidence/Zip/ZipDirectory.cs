namespace Toolkit.Evidence.Zip;

/// <summary>The central directory of a zip and where it sits: what the verifier walks.</summary>
internal sealed record ZipDirectory(IReadOnlyList<CentralEntry> Entries, long CentralDirectoryOffset, long CentralDirectorySize, long EndOffset);
