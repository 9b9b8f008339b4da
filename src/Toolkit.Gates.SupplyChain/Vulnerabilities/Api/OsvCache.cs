using System.Text.Json;
using Toolkit.Core.IO;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>
/// The on-disk cache of the OSV API: answers per package version (<c>queries/</c>, reused within the TTL) and full
/// records per id (<c>vulns/</c>, reused while querybatch reports no newer <c>modified</c>). Writes are atomic (temp
/// file, then rename), so a crash never leaves half a file; an unreadable or corrupt entry reads as missing.
/// </summary>
internal sealed class OsvCache(string directory)
{
    // The layout version: a future change of format starts a new folder instead of misreading old files.
    private readonly string root = Path.Combine(directory, "v1");

    /// <summary>The cache folder, for messages.</summary>
    public string Folder => directory;

    /// <summary>The cached answer about <paramref name="query"/>, or null when there is none or it is unreadable.</summary>
    public OsvCachedAnswer? ReadAnswer(OsvPackageQuery query)
    {
        if (TryRead(AnswerPath(query)) is not { } bytes)
        {
            return null;
        }

        try
        {
            var answer = JsonSerializer.Deserialize(bytes, OsvApiJsonContext.Default.OsvCachedAnswer);

            // A file that is about another package (edited, or copied around) is as good as none.
            return answer is { Vulns: not null } && answer.Vulns.All(v => v is not null && !string.IsNullOrEmpty(v.Id)) &&
                   answer.Ecosystem == query.Ecosystem && answer.Name == query.Name && answer.Version == query.Version
                ? answer
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool WriteAnswer(OsvCachedAnswer answer) =>
        TryWrite(AnswerPath(new OsvPackageQuery(answer.Ecosystem, answer.Name, answer.Version)), JsonSerializer.SerializeToUtf8Bytes(answer, OsvApiJsonContext.Default.OsvCachedAnswer));

    /// <summary>The cached record of <paramref name="id"/> with its header, or null when missing, corrupt or about another id.</summary>
    public (byte[] Json, OsvRecordHeader Header)? ReadRecord(string id)
    {
        var bytes = TryRead(RecordPath(id));
        return bytes is not null && OsvRecordHeader.Read(bytes) is { } header && header.Id == id ? (bytes, header) : null;
    }

    public bool WriteRecord(string id, byte[] json) => TryWrite(RecordPath(id), json);

    public string RecordPath(string id) => Path.Combine(root, "vulns", SafeFileNames.For(id) + ".json");

    private string AnswerPath(OsvPackageQuery query) =>
        Path.Combine(root, "queries", SafeFileNames.For($"{query.Ecosystem}/{query.Name}@{query.Version}") + ".json");

    private static byte[]? TryRead(string path)
    {
        // A cached answer that cannot be read (not a regular file, unreadable) is a miss: the API is asked again.
        return UserFiles.ReadBytes(path, path).Bytes;
    }

    private static bool TryWrite(string path, byte[] bytes)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a stray .tmp file is never read.
            }

            return false;
        }
    }
}
