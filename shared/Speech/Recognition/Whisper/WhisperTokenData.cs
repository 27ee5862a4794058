namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>A <c>whisper_token_data</c> (56 bytes in 1.7) with room to spare; see <see cref="WhisperParameters"/>.</summary>
internal unsafe struct WhisperTokenData
{
    public const int Size = 128;

    public fixed byte Bytes[Size];
}
