using MockInterview.Speech.Audio;

namespace MockInterview.Benchmarks.Voice;

/// <summary>Cuts an answer into the pieces a browser uploads while the candidate speaks, by the rule of the pieces
/// contract (docs/voice.md, "Answers in pieces"): the browser's floor-following energy detector on 20 ms frames; once
/// speech has started, a cut in the middle of the first pause of at least <see cref="PiecePauseSeconds"/> that starts
/// at least <see cref="MinPieceSeconds"/> after the previous cut; with no such pause for <see cref="MaxPieceSeconds"/>,
/// a cut in the middle of the quietest frame of the last second; at most <see cref="MaxPieces"/>. Pieces are contiguous;
/// what follows the last cut is the tail. The same rule as functions/wwwroot/voice.js (PieceCutter).</summary>
internal static class AnswerPieceCutter
{
    public const double FrameSeconds = 0.02;
    public const double MinPieceSeconds = 1.2;
    public const double PiecePauseSeconds = 0.35;
    public const double MaxPieceSeconds = 15;

    /// <summary>The server takes pieces 0..63; what follows the last is the tail.</summary>
    public const int MaxPieces = 64;

    // The browser's detector: silent below MIN_LEVEL whatever the room, speech when this many times louder than the
    // noise floor, and speech starts after this many loud frames in a row (a click is shorter).
    private const double MinLevel = 0.008;
    private const double SpeechOverFloor = 3;
    private const int SpeechFrames = 3;

    /// <summary>The cuts of <paramref name="audio"/>, in order; the pieces are [previous end, end) and the tail is the
    /// rest after the last one. <paramref name="speechStartSeconds"/>: when the detector knew speech had started (the
    /// browser then reports it), or the audio's length when it never did.</summary>
    public static IReadOnlyList<AnswerPieceCut> Cut(PcmAudio audio, out double speechStartSeconds)
    {
        speechStartSeconds = audio.DurationSeconds;
        var frame = (int)Math.Round(audio.SampleRate * FrameSeconds);
        var frames = audio.Samples.Length / frame;
        var pauseFrames = (int)Math.Ceiling(PiecePauseSeconds / FrameSeconds - 1e-9);
        var minFrames = (int)Math.Round(MinPieceSeconds / FrameSeconds);
        var maxFrames = (int)Math.Round(MaxPieceSeconds / FrameSeconds);
        var lastSecondFrames = (int)Math.Round(1 / FrameSeconds);

        var levels = new double[frames];
        var cuts = new List<AnswerPieceCut>();
        double? floor = null;
        var loudRun = 0;
        var quietRun = 0;
        var spoke = false;
        var previousCut = 0; // in samples
        for (var f = 0; f < frames; f++)
        {
            var level = levels[f] = Rms(audio.Samples.AsSpan(f * frame, frame));

            // The floor follows the room down at once and up slowly, so speech never becomes the floor.
            floor = floor is null ? level : Math.Min(level, floor.Value * 1.002 + 0.00001);
            var loud = level > Math.Max(MinLevel, floor.Value * SpeechOverFloor);
            loudRun = loud ? loudRun + 1 : 0;
            quietRun = loud ? 0 : quietRun + 1;
            if (!spoke && loudRun >= SpeechFrames)
            {
                spoke = true;
                speechStartSeconds = (double)(f + 1) * frame / audio.SampleRate;
            }

            if (!spoke || cuts.Count >= MaxPieces)
            {
                continue; // thinking time stays in piece 0
            }

            var frameEnd = (f + 1) * frame;
            var decidedAt = (double)frameEnd / audio.SampleRate;
            var pauseStart = frameEnd - (quietRun * frame);
            if (quietRun == pauseFrames && pauseStart - previousCut >= minFrames * frame)
            {
                var at = pauseStart + (pauseFrames * frame / 2);
                cuts.Add(new AnswerPieceCut(previousCut, at, decidedAt));
                previousCut = at;
            }
            else if (frameEnd - previousCut >= maxFrames * frame)
            {
                var quietest = f;
                for (var g = f; g > f - lastSecondFrames; g--)
                {
                    quietest = levels[g] < levels[quietest] ? g : quietest;
                }

                var at = (quietest * frame) + (frame / 2);
                cuts.Add(new AnswerPieceCut(previousCut, at, decidedAt));
                previousCut = at;
            }
        }

        return cuts;
    }

    private static double Rms(ReadOnlySpan<short> samples)
    {
        var sum = 0.0;
        foreach (var sample in samples)
        {
            var value = sample / 32768.0;
            sum += value * value;
        }

        return Math.Sqrt(sum / samples.Length);
    }
}
