using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Settings of the interviews (section <c>Interviews</c>).</summary>
public sealed class InterviewOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Interviews";

    /// <summary>SQLite connection string of the interview read model; a relative file is under the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/interviews.db";

    /// <summary>Per-mode plans, keyed by mode name (screening, behavioral, technical, customized).</summary>
    public Dictionary<string, InterviewModeOptions> Modes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["screening"] = new() { AnswerTimeLimitSeconds = 120 },
        ["behavioral"] = new(),
        ["technical"] = new(),
        ["customized"] = new(),
    };

    /// <summary>Size limits of what callers send.</summary>
    public InterviewLimits Limits { get; set; } = new();

    /// <summary>Turn-taking of voice interviews.</summary>
    public InterviewVoiceOptions Voice { get; set; } = new();

    /// <summary>How long one server-sent event stream stays open before the client has to reconnect.</summary>
    public int EventStreamMinutes { get; set; } = 30;

    /// <summary>The plan of <paramref name="mode"/>.</summary>
    public InterviewModeOptions For(InterviewMode mode) =>
        Modes.TryGetValue(mode.ToString(), out var options) ? options : new InterviewModeOptions();
}
