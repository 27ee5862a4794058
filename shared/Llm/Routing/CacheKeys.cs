using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MockInterview.Llm.Routing;

/// <summary>The exact-match cache key: purpose, prompt version, parameters, schema and whitespace-normalised messages.</summary>
/// <remarks>The provider and model are not part of the key: every configured provider answers the same request, and a
/// reply from any of them is a valid reply to it. A change of prompt must change <see cref="LlmRequest.PromptVersion"/>.</remarks>
internal static class CacheKeys
{
    public static string For(LlmRequest request)
    {
        var text = new StringBuilder(256);
        Append(text, "v1");
        Append(text, request.Purpose);
        Append(text, request.PromptVersion);
        Append(text, request.Temperature?.ToString("R", CultureInfo.InvariantCulture) ?? "-");
        Append(text, request.MaxOutputTokens?.ToString(CultureInfo.InvariantCulture) ?? "-");
        Append(text, request.JsonSchema is { } s ? s.Name + ":" + Normalise(s.Schema) : "-");
        foreach (var m in request.Messages)
        {
            Append(text, m.Role.ToString());
            Append(text, Normalise(m.Content));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return $"llm:{request.Purpose}:{Convert.ToHexStringLower(hash)}";
    }

    /// <summary>Trims and collapses every run of whitespace to one space.</summary>
    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    // Length-prefixed so that no two different requests concatenate to the same text.
    private static void Append(StringBuilder text, string part) =>
        text.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append('\n');
}
