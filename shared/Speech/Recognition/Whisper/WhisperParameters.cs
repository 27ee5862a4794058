namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>Room for whisper.cpp's parameter and token structs, which its C API passes and returns by value.</summary>
/// <remarks>
/// Target: whisper.cpp 1.7.x (include/whisper.h with the VAD parameters); the offsets used are those of every
/// release since 1.6.0, when <c>suppress_regex</c> joined <c>whisper_full_params</c>. The structs grow between
/// versions, so rather than copy one version's full layout, each is held in a buffer larger than any version's
/// struct: all three are bigger than 16 bytes, so the x86-64 System V ABI passes and returns them in memory, the
/// library writes (as a return value) or reads (as an argument) only its own size, and the extra bytes are never
/// touched. Only fields at the offsets below are changed; everything else keeps the library's own defaults.
/// The <c>_by_ref</c> helpers (1.5+) return heap copies, but <c>whisper_full</c> and
/// <c>whisper_init_from_file_with_params</c> still take the structs by value, so a copy of unknown size would be
/// needed anyway; taking the defaults by value into the buffer avoids reading past the library's allocation.
/// </remarks>
internal static class WhisperParameters
{
    // whisper_context_params
    public const int UseGpu = 0;

    // whisper_full_params
    public const int Threads = 4;
    public const int NoContext = 21;
    public const int SingleSegment = 23;
    public const int PrintSpecial = 24;
    public const int PrintProgress = 25;
    public const int PrintRealtime = 26;
    public const int PrintTimestamps = 27;
    public const int TokenTimestamps = 28;
    public const int Language = 96;

    // whisper_token_data
    public const int TokenId = 0;
    public const int TokenProbability = 8;
    public const int TokenStart = 24;
    public const int TokenEnd = 32;
}
