namespace MockInterview.Speech.Audio;

/// <summary>A stretch of audio recognised on its own; word times found in it are offset by <see cref="StartSeconds"/>.</summary>
/// <param name="StartSeconds">Where it starts in the whole audio.</param>
/// <param name="EndSeconds">Where it ends in the whole audio.</param>
internal readonly record struct AudioPiece(double StartSeconds, double EndSeconds)
{
    public int StartSample(int sampleRate) => (int)Math.Round(StartSeconds * sampleRate);

    public int EndSample(int sampleRate) => (int)Math.Round(EndSeconds * sampleRate);
}
