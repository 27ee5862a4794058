namespace MockInterview.Speech.Audio;

/// <summary>Cuts long audio into pieces at pauses so that the pieces can be recognised in parallel: each cut falls in
/// the middle of a pause, never inside speech, and each piece keeps a margin of silence around its speech (the
/// recognisers need a little context at the edges) but not the long silences, which cost decoding time for nothing.</summary>
internal static class AudioSplitter
{
    private const double MarginSeconds = 0.3;

    /// <summary>Pieces of about <paramref name="targetSeconds"/> (longer when no pause comes), in order.</summary>
    public static IReadOnlyList<AudioPiece> Split(SpeechActivity activity, double targetSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetSeconds);
        var pieces = new List<AudioPiece>();
        var regions = activity.Regions;
        var first = 0;
        for (var i = 0; i < regions.Count; i++)
        {
            var isLast = i == regions.Count - 1;
            if (isLast || regions[i].EndSeconds - regions[first].StartSeconds >= targetSeconds)
            {
                var start = Math.Max(0, regions[first].StartSeconds - MarginSeconds);
                var end = isLast
                    ? Math.Min(activity.DurationSeconds, regions[i].EndSeconds + MarginSeconds)
                    : Math.Min(regions[i].EndSeconds + MarginSeconds, (regions[i].EndSeconds + regions[i + 1].StartSeconds) / 2);
                if (pieces.Count > 0)
                {
                    start = Math.Max(start, pieces[^1].EndSeconds);
                }

                pieces.Add(new AudioPiece(start, end));
                first = i + 1;
            }
        }

        return pieces;
    }
}
