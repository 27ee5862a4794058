using System.Runtime.InteropServices;

namespace MockInterview.Speech.Recognition.PocketSphinx;

/// <summary>The C API of pocketsphinx 5prealpha (libpocketsphinx.so.3) and sphinxbase (libsphinxbase.so.3), bound at
/// run time from the configured library paths: function pointers from <see cref="NativeLibrary"/>, so the paths are
/// settings and a missing library is a clear error on first use rather than a crash at start.</summary>
/// <remarks>Signatures follow /usr/include/pocketsphinx/pocketsphinx.h and sphinxbase/cmd_ln.h, logmath.h, err.h of
/// that version (int32 is int, size_t is nuint). The libraries stay loaded for the life of the process.</remarks>
internal sealed unsafe class PocketSphinxNative
{
    private PocketSphinxNative(nint pocketsphinx, nint sphinxbase)
    {
        PsArgs = (delegate* unmanaged<nint>)Export(pocketsphinx, "ps_args");
        PsInit = (delegate* unmanaged<nint, nint>)Export(pocketsphinx, "ps_init");
        PsFree = (delegate* unmanaged<nint, int>)Export(pocketsphinx, "ps_free");
        PsGetLogmath = (delegate* unmanaged<nint, nint>)Export(pocketsphinx, "ps_get_logmath");
        PsStartUtt = (delegate* unmanaged<nint, int>)Export(pocketsphinx, "ps_start_utt");
        PsProcessRaw = (delegate* unmanaged<nint, short*, nuint, int, int, int>)Export(pocketsphinx, "ps_process_raw");
        PsEndUtt = (delegate* unmanaged<nint, int>)Export(pocketsphinx, "ps_end_utt");
        PsGetHyp = (delegate* unmanaged<nint, int*, nint>)Export(pocketsphinx, "ps_get_hyp");
        PsSegIter = (delegate* unmanaged<nint, nint>)Export(pocketsphinx, "ps_seg_iter");
        PsSegNext = (delegate* unmanaged<nint, nint>)Export(pocketsphinx, "ps_seg_next");
        PsSegWord = (delegate* unmanaged<nint, nint>)Export(pocketsphinx, "ps_seg_word");
        PsSegFrames = (delegate* unmanaged<nint, int*, int*, void>)Export(pocketsphinx, "ps_seg_frames");
        PsSegProb = (delegate* unmanaged<nint, int*, int*, int*, int>)Export(pocketsphinx, "ps_seg_prob");
        PsSegFree = (delegate* unmanaged<nint, void>)Export(pocketsphinx, "ps_seg_free");
        CmdLnParseR = (delegate* unmanaged<nint, nint, int, nint*, int, nint>)Export(sphinxbase, "cmd_ln_parse_r");
        CmdLnFreeR = (delegate* unmanaged<nint, int>)Export(sphinxbase, "cmd_ln_free_r");
        LogmathExp = (delegate* unmanaged<nint, int, double>)Export(sphinxbase, "logmath_exp");
        ErrSetLogfp = (delegate* unmanaged<nint, void>)Export(sphinxbase, "err_set_logfp");
    }

    public delegate* unmanaged<nint> PsArgs { get; }

    public delegate* unmanaged<nint, nint> PsInit { get; }

    public delegate* unmanaged<nint, int> PsFree { get; }

    public delegate* unmanaged<nint, nint> PsGetLogmath { get; }

    public delegate* unmanaged<nint, int> PsStartUtt { get; }

    public delegate* unmanaged<nint, short*, nuint, int, int, int> PsProcessRaw { get; }

    public delegate* unmanaged<nint, int> PsEndUtt { get; }

    public delegate* unmanaged<nint, int*, nint> PsGetHyp { get; }

    public delegate* unmanaged<nint, nint> PsSegIter { get; }

    public delegate* unmanaged<nint, nint> PsSegNext { get; }

    public delegate* unmanaged<nint, nint> PsSegWord { get; }

    public delegate* unmanaged<nint, int*, int*, void> PsSegFrames { get; }

    public delegate* unmanaged<nint, int*, int*, int*, int> PsSegProb { get; }

    public delegate* unmanaged<nint, void> PsSegFree { get; }

    public delegate* unmanaged<nint, nint, int, nint*, int, nint> CmdLnParseR { get; }

    public delegate* unmanaged<nint, int> CmdLnFreeR { get; }

    public delegate* unmanaged<nint, int, double> LogmathExp { get; }

    public delegate* unmanaged<nint, void> ErrSetLogfp { get; }

    /// <summary>Loads both libraries and binds the functions.</summary>
    /// <exception cref="SpeechEngineUnavailableException">A library is missing or is not the expected version.</exception>
    public static PocketSphinxNative Load(PocketSphinxOptions options)
    {
        var sphinxbase = LoadLibrary(options.SphinxBaseLibraryPath, "SphinxBaseLibraryPath");
        var pocketsphinx = LoadLibrary(options.LibraryPath, "LibraryPath");
        try
        {
            var native = new PocketSphinxNative(pocketsphinx, sphinxbase);
            // The library logs every decoder's configuration and progress to stderr; nothing of it is needed.
            native.ErrSetLogfp(0);
            return native;
        }
        catch (EntryPointNotFoundException e)
        {
            throw new SpeechEngineUnavailableException(
                $"The pocketsphinx library does not export {e.Message}; it is not pocketsphinx 5prealpha (libpocketsphinx.so.3). {PocketSphinxRecognizer.InstallHint}", e);
        }
    }

    private static nint LoadLibrary(string path, string setting)
    {
        if (NativeLibrary.TryLoad(path, out var handle))
        {
            return handle;
        }

        throw new SpeechEngineUnavailableException(
            $"The pocketsphinx engine needs '{path}', which could not be loaded. {PocketSphinxRecognizer.InstallHint} "
            + $"or set Speech:Recognition:PocketSphinx:{setting}.");
    }

    private static nint Export(nint library, string name) =>
        NativeLibrary.TryGetExport(library, name, out var address) ? address : throw new EntryPointNotFoundException(name);
}
