using System.Text.RegularExpressions;

namespace MockInterview.Functions.CustomHandler;

/// <summary>The Functions host's rule for function names, which are also folder names and URL paths.</summary>
internal static partial class FunctionNames
{
    /// <summary>Throws when <paramref name="name"/> is not a valid function name.</summary>
    public static void EnsureValid(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid function name: start with a letter, then letters, digits, '_' or '-' (128 at most).",
                nameof(name));
        }

        // POST /{name} must not shadow the HTTP API.
        if (string.Equals(name, "api", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("'api' is reserved for the HTTP routes.", nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex ValidName();
}
