namespace MockInterview.Speech.Audio;

/// <summary>What a WAV file's <c>fmt </c> and <c>data</c> chunks say.</summary>
/// <param name="Encoding">The sample encoding: 1 integer PCM, 3 IEEE float; anything else is left to ffmpeg.</param>
/// <param name="Channels">Interleaved channels.</param>
/// <param name="SampleRate">Frames per second.</param>
/// <param name="BitsPerSample">Bits of one sample of one channel.</param>
/// <param name="DataOffset">Where the samples start in the file.</param>
/// <param name="DataLength">Bytes of samples present (whole frames only).</param>
internal sealed record WavFormat(int Encoding, int Channels, int SampleRate, int BitsPerSample, int DataOffset, int DataLength)
{
    public const int IntegerPcm = 1;
    public const int IeeeFloat = 3;

    public int BlockAlign => Channels * (BitsPerSample / 8);

    public double DurationSeconds => (double)DataLength / BlockAlign / SampleRate;

    /// <summary>True when the samples can be read in process: integer PCM of 8, 16, 24 or 32 bits, or 32-bit float.</summary>
    public bool IsPlainPcm =>
        (Encoding == IntegerPcm && BitsPerSample is 8 or 16 or 24 or 32) || (Encoding == IeeeFloat && BitsPerSample == 32);
}
