namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>A <c>whisper_full_params</c> (about 300 bytes in 1.7) with room to spare; see <see cref="WhisperParameters"/>.</summary>
internal unsafe struct WhisperFullParams
{
    public const int Size = 2048;

    public fixed byte Bytes[Size];
}
