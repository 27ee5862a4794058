namespace MockInterview.Storage.Queues;

/// <summary>Queue names: lower-case letters, digits and hyphens, 3 to 63 characters (Azure's rule, applied everywhere).</summary>
public static class QueueNames
{
    /// <summary>Speech jobs for the worker (<c>MockInterview.Speech.SpeechJob</c>).</summary>
    public const string SpeechJobs = "speech-jobs";

    /// <summary>Results from the worker back to the app (<c>MockInterview.Speech.SpeechJobResult</c>).</summary>
    public const string SpeechResults = "speech-results";

    /// <summary>Where a queue's messages go after too many failed deliveries.</summary>
    public static string Poison(string queue) => queue + "-poison";

    /// <summary>True when <paramref name="name"/> is a valid queue name.</summary>
    public static bool IsValid(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1]) && !name.Contains("--", StringComparison.Ordinal);
}
