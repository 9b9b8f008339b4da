using System.Text;
using System.Text.Json;
using Toolkit.Core.IO;

namespace Toolkit.Cli.Publishing;

/// <summary>Reads and writes <c>publish-context.json</c> beside the verdicts.</summary>
internal static class PublishContextFile
{
    public static async Task WriteAsync(string directory, PublishContext context, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var json = JsonSerializer.Serialize(context, CliJsonContext.Default.PublishContext);
        await Core.IO.AtomicFile.WriteTextAsync(Path.Combine(directory, PublishContext.FileName), json + "\n", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The context, null when the file is absent, or an error naming the file.</summary>
    public static (PublishContext? Context, string? Error) Read(string directory)
    {
        var path = Path.Combine(directory, PublishContext.FileName);
        if (!File.Exists(path))
        {
            return (null, null);
        }

        try
        {
            var (text, unreadable) = UserFiles.ReadLooseText(path, path);
            if (text is null)
            {
                return (null, unreadable!.ToString());
            }

            var context = JsonSerializer.Deserialize(text, CliJsonContext.Default.PublishContext);
            return context is null || string.IsNullOrEmpty(context.HeadSha)
                ? (null, $"{path}: has no head_sha.")
                : (context, null);
        }
        catch (JsonException e)
        {
            return (null, $"{path}: is not valid JSON ({e.Message}).");
        }
    }
}
