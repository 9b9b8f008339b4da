using System.Text.Json;
using Toolkit.Gates.Policy.Kubernetes;

namespace Toolkit.Gates.Policy.Images;

/// <summary>Reads <c>docker image inspect</c> output: <c>[{"RepoTags": [...], "Size": bytes}, ...]</c>.</summary>
internal static class ImageSizeReport
{
    /// <summary>The images, or an error naming the file, the entry and what is wrong.</summary>
    public static (IReadOnlyList<ImageSize> Images, string? Error) Parse(string path, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return ([], $"{path}: expected a JSON array of images (docker image inspect output), found a {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var images = new List<ImageSize>();
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("Size", out var size) || size.ValueKind != JsonValueKind.Number || !size.TryGetInt64(out var bytes) || bytes < 0
                    || !item.TryGetProperty("RepoTags", out var tags) || tags.ValueKind != JsonValueKind.Array
                    || tags.GetArrayLength() == 0 || tags[0].ValueKind != JsonValueKind.String || tags[0].GetString() is not { Length: > 0 } tag)
                {
                    return ([], $"{path}: image [{index}] needs \"RepoTags\" (a non-empty list of strings) and \"Size\" (a whole number of bytes); fix the entry or regenerate with docker image inspect.");
                }

                images.Add(new ImageSize(tag, ImageReference.Parse(tag).Repository, bytes, index));
                index++;
            }

            return (images, null);
        }
        catch (JsonException ex)
        {
            return ([], $"{path}:{(ex.LineNumber ?? 0) + 1}: not valid JSON ({ex.Message.Split('.')[0]}).");
        }
    }
}
