namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>A <c>whisper_context_params</c> (48 bytes in 1.7) with room to spare; see <see cref="WhisperParameters"/>.</summary>
internal unsafe struct WhisperContextParams
{
    public const int Size = 256;

    public fixed byte Bytes[Size];
}
