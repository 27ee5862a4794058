using System.Security.Cryptography;

namespace MockInterview.Storage.Files;

/// <summary>File keys: 32 lower-case hex characters from a cryptographic random source.</summary>
public static class FileKeys
{
    /// <summary>A new random key.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True when <paramref name="key"/> has the shape of a key (and so cannot hold a path separator or dots).</summary>
    public static bool IsValid(string? key) =>
        key is { Length: 32 } && key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Throws unless <paramref name="key"/> is valid.</summary>
    public static void EnsureValid(string key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException("A file key is 32 lower-case hex characters made by FileKeys.New.", nameof(key));
        }
    }
}
