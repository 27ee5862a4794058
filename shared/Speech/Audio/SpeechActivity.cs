namespace MockInterview.Speech.Audio;

/// <summary>Where the speech is in a piece of audio, as the voice-activity detector heard it.</summary>
internal sealed class SpeechActivity(IReadOnlyList<SpeechRegion> regions, double durationSeconds)
{
    /// <summary>The speech regions in order; gaps between them are pauses.</summary>
    public IReadOnlyList<SpeechRegion> Regions { get; } = regions;

    /// <summary>The length of the audio.</summary>
    public double DurationSeconds { get; } = durationSeconds;

    public bool HasSpeech => Regions.Count > 0;

    /// <summary>The first silence at least <paramref name="silenceSeconds"/> long after the speech began, when one ends
    /// before the audio does; null when the speech runs (with shorter pauses) to the end. Never a fixed value: the
    /// threshold is the job's.</summary>
    public EndOfTurn? FindEndOfTurn(double silenceSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(silenceSeconds);
        for (var i = 0; i < Regions.Count; i++)
        {
            var speechEnd = Regions[i].EndSeconds;
            var nextStart = i + 1 < Regions.Count ? Regions[i + 1].StartSeconds : DurationSeconds;
            var turnEnd = speechEnd + silenceSeconds;
            if (nextStart - speechEnd >= silenceSeconds && (i + 1 < Regions.Count || turnEnd < DurationSeconds))
            {
                return new EndOfTurn(speechEnd, turnEnd);
            }
        }

        return null;
    }

    /// <summary>Only the regions that start before <paramref name="seconds"/>.</summary>
    public SpeechActivity Until(double seconds) =>
        new([.. Regions.Where(r => r.StartSeconds < seconds).Select(r => r with { EndSeconds = Math.Min(r.EndSeconds, seconds) })], Math.Min(seconds, DurationSeconds));
}
