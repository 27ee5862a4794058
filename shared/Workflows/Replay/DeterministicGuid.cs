using System.Security.Cryptography;
using System.Text;

namespace MockInterview.Workflows;

/// <summary>Name-based UUIDv5 (SHA-1), as durabletask-dotnet builds replay-safe GUIDs.</summary>
internal static class DeterministicGuid
{
    // durabletask-dotnet's namespace, so ids look alike across engines.
    private static readonly Guid Namespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        Namespace.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(buffer, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

}
