using Toolkit.Core.IO;
using Toolkit.Core.Signing;

namespace Toolkit.Cli;

/// <summary>Reads a key file for the evidence commands: a missing file or a key that is not ECDSA P-256 is a usage error.</summary>
internal static class EvidenceKey
{
    /// <summary>The PEM text, or why it cannot be used (for signing, it must hold the private key).</summary>
    public static (string? Pem, string? Error) Read(string path, bool forSigning)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return (null, $"key '{path}' does not exist.");
        }

        var (pem, unreadable) = UserFiles.ReadLooseText(path, path);
        if (pem is null)
        {
            return (null, $"key {unreadable}");
        }

        try
        {
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
    }
}
