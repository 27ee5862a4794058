using System.Runtime.InteropServices;

namespace MockInterview.Speech.Recognition.Whisper;

/// <summary>whisper.cpp's C API, bound at run time from <see cref="WhisperOptions.LibraryPath"/> (function pointers
/// from <see cref="NativeLibrary"/>; see <see cref="WhisperParameters"/> for the by-value structs).</summary>
internal sealed unsafe class WhisperNative
{
    private WhisperNative(nint library)
    {
        ContextDefaultParams = (delegate* unmanaged<WhisperContextParams>)Export(library, "whisper_context_default_params");
        InitFromFileWithParams = (delegate* unmanaged<nint, WhisperContextParams, nint>)Export(library, "whisper_init_from_file_with_params");
        Free = (delegate* unmanaged<nint, void>)Export(library, "whisper_free");
        FullDefaultParams = (delegate* unmanaged<int, WhisperFullParams>)Export(library, "whisper_full_default_params");
        Full = (delegate* unmanaged<nint, WhisperFullParams, float*, int, int>)Export(library, "whisper_full");
        FullNSegments = (delegate* unmanaged<nint, int>)Export(library, "whisper_full_n_segments");
        FullGetSegmentText = (delegate* unmanaged<nint, int, nint>)Export(library, "whisper_full_get_segment_text");
        FullGetSegmentT0 = (delegate* unmanaged<nint, int, long>)Export(library, "whisper_full_get_segment_t0");
        FullGetSegmentT1 = (delegate* unmanaged<nint, int, long>)Export(library, "whisper_full_get_segment_t1");
        FullNTokens = (delegate* unmanaged<nint, int, int>)Export(library, "whisper_full_n_tokens");
        FullGetTokenText = (delegate* unmanaged<nint, int, int, nint>)Export(library, "whisper_full_get_token_text");
        FullGetTokenData = (delegate* unmanaged<nint, int, int, WhisperTokenData>)Export(library, "whisper_full_get_token_data");
        TokenEot = (delegate* unmanaged<nint, int>)Export(library, "whisper_token_eot");
        if (NativeLibrary.TryGetExport(library, "whisper_log_set", out var logSet))
        {
            // Model loading and decoding log to stderr by default; a no-op callback keeps the worker's output clean.
            ((delegate* unmanaged<delegate* unmanaged<int, byte*, void*, void>, void*, void>)logSet)(&IgnoreLog, null);
        }
    }

    public delegate* unmanaged<WhisperContextParams> ContextDefaultParams { get; }

    public delegate* unmanaged<nint, WhisperContextParams, nint> InitFromFileWithParams { get; }

    public delegate* unmanaged<nint, void> Free { get; }

    public delegate* unmanaged<int, WhisperFullParams> FullDefaultParams { get; }

    public delegate* unmanaged<nint, WhisperFullParams, float*, int, int> Full { get; }

    public delegate* unmanaged<nint, int> FullNSegments { get; }

    public delegate* unmanaged<nint, int, nint> FullGetSegmentText { get; }

    public delegate* unmanaged<nint, int, long> FullGetSegmentT0 { get; }

    public delegate* unmanaged<nint, int, long> FullGetSegmentT1 { get; }

    public delegate* unmanaged<nint, int, int> FullNTokens { get; }

    public delegate* unmanaged<nint, int, int, nint> FullGetTokenText { get; }

    public delegate* unmanaged<nint, int, int, WhisperTokenData> FullGetTokenData { get; }

    public delegate* unmanaged<nint, int> TokenEot { get; }

    /// <summary>Loads the library and binds the functions.</summary>
    /// <exception cref="SpeechEngineUnavailableException">The library is missing or does not export whisper.cpp's C API.</exception>
    public static WhisperNative Load(WhisperOptions options)
    {
        if (!NativeLibrary.TryLoad(options.LibraryPath, out var library))
        {
            throw new SpeechEngineUnavailableException(
                $"The Whisper engine needs the whisper.cpp library '{options.LibraryPath}', which could not be loaded: "
                + "build whisper.cpp (libwhisper.so) and set Speech:Recognition:Whisper:LibraryPath to it.");
        }

        try
        {
            return new WhisperNative(library);
        }
        catch (EntryPointNotFoundException e)
        {
            throw new SpeechEngineUnavailableException(
                $"'{options.LibraryPath}' does not export {e.Message}; Speech:Recognition:Whisper:LibraryPath must point to a whisper.cpp 1.6 or later library.", e);
        }
    }

    [UnmanagedCallersOnly]
    private static void IgnoreLog(int level, byte* text, void* userData)
    {
    }

    private static nint Export(nint library, string name) =>
        NativeLibrary.TryGetExport(library, name, out var address) ? address : throw new EntryPointNotFoundException(name);
}
