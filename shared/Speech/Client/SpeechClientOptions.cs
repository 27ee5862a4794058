namespace MockInterview.Speech.Client;

/// <summary>The app's side of the speech queue (section <c>Speech:Client</c>).</summary>
public sealed class SpeechClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Speech:Client";

    /// <summary>How long a transcription may take, upload to result, before the app gives up and switches to text.</summary>
    public double TranscribeDeadlineSeconds { get; set; } = 15;

    /// <summary>How long a synthesis may take before the app gives up and answers without audio.</summary>
    public double SynthesizeDeadlineSeconds { get; set; } = 10;

    /// <summary>The largest audio upload, in bytes (the decoder's own duration limit applies too).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Declared media types an upload may have (the content is checked by the worker's decoder whatever
    /// is declared); <c>application/octet-stream</c> and no type at all are always accepted.</summary>
    public List<string> AllowedMediaTypes { get; set; } = [];

    /// <summary>An upload that has not fully arrived after this many seconds is refused (408), so slow bodies cannot
    /// hold a request open.</summary>
    public int UploadTimeoutSeconds { get; set; } = 30;

    /// <summary>A worker whose last heartbeat is older than this is taken for dead.</summary>
    public double WorkerTimeoutSeconds { get; set; } = 30;

    /// <summary>How long the answer to "is a worker alive?" is reused before the heartbeats are read again.</summary>
    public double AvailabilityCacheSeconds { get; set; } = 2;

    /// <summary>How often the local result listener looks at the results queue when nothing signals it (results from a
    /// worker in another process).</summary>
    public int ResultsPollMilliseconds { get; set; } = 200;

    /// <summary>The <c>Retry-After</c> sent with a 503 when no worker is alive.</summary>
    public int RetryAfterSeconds { get; set; } = 30;

    /// <summary>Azure: the name of the app setting holding the queue storage connection (the <c>SpeechResults</c>
    /// function's binding <c>connection</c>).</summary>
    public string QueueConnectionSetting { get; set; } = "AzureWebJobsStorage";

    /// <summary>The media types accepted when <see cref="AllowedMediaTypes"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultMediaTypes { get; } =
        ["audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave", "audio/webm", "video/webm", "audio/ogg", "audio/opus", "audio/mpeg", "audio/mp3"];

    /// <summary>The media types in force.</summary>
    /// <remarks>Blank entries are ignored (an empty list item in a settings file means "not set").</remarks>
    public IReadOnlyList<string> EffectiveMediaTypes =>
        AllowedMediaTypes.Where(t => !string.IsNullOrWhiteSpace(t)).ToList() is { Count: > 0 } configured ? configured : DefaultMediaTypes;
}
