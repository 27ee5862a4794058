using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Recognition;

/// <summary>What every recogniser does around its engine: refuses audio without speech, ends the turn at the first
/// long-enough silence, cuts the rest at pauses into pieces, recognises the pieces in parallel and puts the words
/// back on one time line.</summary>
internal static class SegmentedRecognition
{
    // Speech that trails off (a soft final consonant) sits a little past where the energy detector ends it.
    private const double TailSeconds = 0.3;

    public static async Task<Transcript> TranscribeAsync(
        PcmAudio audio,
        double? endOfTurnSilenceSeconds,
        string engine,
        double pieceSeconds,
        Func<ReadOnlyMemory<short>, CancellationToken, Task<IReadOnlyList<TranscribedWord>>> recognize,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (audio.SampleRate != PcmAudio.RecognitionSampleRate)
        {
            throw new ArgumentException($"Recognisers take {PcmAudio.RecognitionSampleRate} Hz audio; decode it first.", nameof(audio));
        }

        if (endOfTurnSilenceSeconds is <= 0 or double.NaN)
        {
            throw new ArgumentOutOfRangeException(nameof(endOfTurnSilenceSeconds), endOfTurnSilenceSeconds, "The end-of-turn silence must be above zero.");
        }

        var activity = VoiceActivityDetector.Detect(audio);
        if (!activity.HasSpeech)
        {
            throw AudioInputErrors.NoSpeech();
        }

        var considered = audio.DurationSeconds;
        var endOfTurn = endOfTurnSilenceSeconds is { } silence ? activity.FindEndOfTurn(silence) : null;
        if (endOfTurn is { } end)
        {
            considered = end.TurnEndSeconds;
            activity = activity.Until(Math.Min(end.TurnEndSeconds, end.SpeechEndSeconds + TailSeconds));
        }

        var pieces = AudioSplitter.Split(activity, pieceSeconds);
        var rate = audio.SampleRate;
        var results = await Task.WhenAll(pieces.Select(piece =>
        {
            var start = piece.StartSample(rate);
            var length = Math.Min(audio.Samples.Length, piece.EndSample(rate)) - start;
            return recognize(audio.Samples.AsMemory(start, length), cancellationToken);
        })).ConfigureAwait(false);

        var words = new List<TranscribedWord>();
        for (var i = 0; i < pieces.Count; i++)
        {
            foreach (var word in results[i])
            {
                // Engines may put a word's end one frame past the audio they were given; keep every time inside its
                // piece and the sequence in order.
                var earliest = words.Count > 0 ? words[^1].EndSeconds : 0;
                var startSeconds = Math.Clamp(pieces[i].StartSeconds + word.StartSeconds, Math.Max(earliest, pieces[i].StartSeconds), pieces[i].EndSeconds);
                var endSeconds = Math.Clamp(pieces[i].StartSeconds + word.EndSeconds, startSeconds, pieces[i].EndSeconds);
                words.Add(word with { StartSeconds = startSeconds, EndSeconds = endSeconds });
            }
        }

        return new Transcript(
            string.Join(' ', words.Select(w => w.Text)),
            words,
            Math.Round(considered, 3),
            Math.Round(audio.DurationSeconds, 3),
            endOfTurn is not null,
            engine);
    }
}
