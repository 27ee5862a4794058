using System.Security.Cryptography;

namespace MockInterview.Candidates;

/// <summary>Resume and job ids: 32 lower-case hex characters from a cryptographic random source, so they cannot be guessed.</summary>
public static class CandidateIds
{
    /// <summary>A new random id.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True when <paramref name="id"/> has the shape of an id.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
