using MockInterview.Speech.Recognition;

namespace MockInterview.Speech.Tests.Worker;

/// <summary>Our own transcription port, scripted by the test: each call runs <see cref="Behaviour"/>.</summary>
internal sealed class ScriptedTranscription : ISpeechTranscription
{
    private int calls;
    private int running;
    private int mostRunning;

    public Func<string, CancellationToken, Task<Transcript>> Behaviour { get; set; } = (_, _) => Task.FromResult(Sample);

    public static Transcript Sample { get; } = new(
        "i led the migration",
        [
            new TranscribedWord("i", 0.1234567, 0.2, 0.98765432),
            new TranscribedWord("led", 0.25, 0.5, 0.9),
            new TranscribedWord("the", 0.55, 0.6, 0.8),
            new TranscribedWord("migration", 0.65, 1.2, 0.7),
        ],
        1.5,
        1.5,
        false,
        "scripted");

    public int Calls => Volatile.Read(ref calls);

    public int Running => Volatile.Read(ref running);

    public int MostRunning => Volatile.Read(ref mostRunning);

    /// <summary>The <c>allowSilence</c> of the last call; null before any.</summary>
    public bool? LastAllowSilence { get; private set; }

    public async Task<Transcript> TranscribeAsync(string audioKey, double? endOfTurnSilenceSeconds, bool allowSilence, CancellationToken cancellationToken)
    {
        LastAllowSilence = allowSilence;
        Interlocked.Increment(ref calls);
        var now = Interlocked.Increment(ref running);
        int seen;
        while ((seen = Volatile.Read(ref mostRunning)) < now && Interlocked.CompareExchange(ref mostRunning, now, seen) != seen)
        {
        }

        try
        {
            return await Behaviour(audioKey, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }
}
