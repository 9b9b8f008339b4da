using Toolkit.Core.Signing;

namespace Toolkit.Cli;

/// <summary>Reads a key file for the evidence commands: a missing file or a key that is not ECDSA P-256 is a usage error.</summary>
internal static class EvidenceKey
{
    /// <summary>The PEM text, or why it cannot be used (for signing, it must hold the private key).</summary>
    public static async Task<(string? Pem, string? Error)> ReadAsync(string path, bool forSigning, CancellationToken token)
    {
        if (!File.Exists(path))
        {
            return (null, $"key '{path}' does not exist.");
        }

        try
        {
            var pem = await File.ReadAllTextAsync(path, token).ConfigureAwait(false);
            if (forSigning)
            {
                DsseSigner.FromPem(pem).Dispose();
            }
            else
            {
                DsseVerifier.FromPem([pem]).Dispose();
            }

            return (pem, null);
        }
        catch (ArgumentException ex)
        {
            return (null, $"key '{path}' is unusable: {ex.Message}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"key '{path}' cannot be read: {ex.Message}");
        }
    }
}
