using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Toolkit.Core.IO;

/// <summary>
/// Opens a file for reading only when it is a regular file. .NET has no public stat(2) file type, and opening a FIFO
/// blocks until a writer appears, so on Unix the file is opened with <c>O_NONBLOCK</c> (which returns at once for a
/// FIFO and changes nothing for a regular file) and anything that cannot seek is refused.
/// </summary>
internal static partial class RegularFile
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000; // O_CLOEXEC, Linux
    private const int LinuxNonBlocking = 0x800;
    private const int MacNonBlocking = 0x4;
    private const int AccessDenied = 13; // EACCES
    private const int NotPermitted = 1; // EPERM
    private const int NoDevice = 6; // ENXIO: a socket or a FIFO opened for writing only

    /// <summary>A readable stream over the regular file at <paramref name="path"/>, or null when it is not one.</summary>
    /// <exception cref="UnauthorizedAccessException">The file is not readable.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static FileStream? OpenRead(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }

        var flags = ReadOnly | (OperatingSystem.IsMacOS() ? MacNonBlocking : LinuxNonBlocking | CloseOnExec);
        var descriptor = Open(path, flags);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error switch
            {
                AccessDenied or NotPermitted => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
                NoDevice => null,
                _ => throw new IOException($"cannot open '{path}' (errno {error})."),
            };
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        if (stream.CanSeek && !IsDevice(stream))
        {
            return stream;
        }

        stream.Dispose();
        return null;
    }

    /// <summary>
    /// A character device such as <c>/dev/zero</c> seeks but reports no size and never ends; a regular file of size 0
    /// has nothing to read. So an empty-looking file that yields a byte is not a regular file.
    /// </summary>
    private static bool IsDevice(FileStream stream)
    {
        if (stream.Length > 0)
        {
            return false;
        }

        Span<byte> probe = stackalloc byte[1];
        return stream.Read(probe) > 0;
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
