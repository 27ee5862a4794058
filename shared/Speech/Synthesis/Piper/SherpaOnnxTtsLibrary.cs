using System.Runtime.InteropServices;

namespace MockInterview.Speech.Synthesis.Piper;

/// <summary>The offline TTS functions of sherpa-onnx's C library, loaded from a configured path.</summary>
internal sealed unsafe class SherpaOnnxTtsLibrary
{
    private readonly delegate* unmanaged[Cdecl]<SherpaOnnxTtsConfig*, nint> create;
    private readonly delegate* unmanaged[Cdecl]<nint, void> destroy;
    private readonly delegate* unmanaged[Cdecl]<nint, int> sampleRate;
    private readonly delegate* unmanaged[Cdecl]<nint, byte*, int, float, SherpaOnnxGeneratedAudio*> generate;
    private readonly delegate* unmanaged[Cdecl]<SherpaOnnxGeneratedAudio*, void> destroyAudio;

    private SherpaOnnxTtsLibrary(nint handle)
    {
        create = (delegate* unmanaged[Cdecl]<SherpaOnnxTtsConfig*, nint>)NativeLibrary.GetExport(handle, "SherpaOnnxCreateOfflineTts");
        destroy = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(handle, "SherpaOnnxDestroyOfflineTts");
        sampleRate = (delegate* unmanaged[Cdecl]<nint, int>)NativeLibrary.GetExport(handle, "SherpaOnnxOfflineTtsSampleRate");
        generate = (delegate* unmanaged[Cdecl]<nint, byte*, int, float, SherpaOnnxGeneratedAudio*>)NativeLibrary.GetExport(handle, "SherpaOnnxOfflineTtsGenerate");
        destroyAudio = (delegate* unmanaged[Cdecl]<SherpaOnnxGeneratedAudio*, void>)NativeLibrary.GetExport(handle, "SherpaOnnxDestroyOfflineTtsGeneratedAudio");
    }

    /// <summary>Loads the library at <paramref name="path"/> (a path or a name the loader finds).</summary>
    /// <exception cref="SpeechEngineUnavailableException">It cannot be loaded or lacks the TTS functions.</exception>
    public static SherpaOnnxTtsLibrary Load(string path)
    {
        if (!NativeLibrary.TryLoad(path, out var handle))
        {
            throw new SpeechEngineUnavailableException(
                $"The sherpa-onnx library '{path}' could not be loaded. Piper needs libsherpa-onnx-c-api.so and libonnxruntime.so "
                + "(npm package sherpa-onnx-linux-x64): set Speech:Synthesis:Piper:LibraryPath to the first, with the second beside it.");
        }

        try
        {
            return new SherpaOnnxTtsLibrary(handle);
        }
        catch (EntryPointNotFoundException e)
        {
            throw new SpeechEngineUnavailableException(
                $"The library '{path}' set in Speech:Synthesis:Piper:LibraryPath is not sherpa-onnx's C API with offline TTS (1.10 or later).", e);
        }
    }

    /// <summary>Creates the engine; 0 when the library refuses the configuration (it logs why to stderr).</summary>
    public nint Create(ref SherpaOnnxTtsConfig config)
    {
        fixed (SherpaOnnxTtsConfig* pointer = &config)
        {
            return create(pointer);
        }
    }

    public void Destroy(nint tts) => destroy(tts);

    public int SampleRate(nint tts) => sampleRate(tts);

    /// <summary>Speaks <paramref name="utf8Text"/> (zero-terminated) as speaker <paramref name="speakerId"/> at
    /// <paramref name="speed"/> (1 normal, larger faster); the samples are copied out and the native audio freed.</summary>
    public float[] Generate(nint tts, byte[] utf8Text, int speakerId, float speed, out int rate)
    {
        fixed (byte* text = utf8Text)
        {
            var audio = generate(tts, text, speakerId, speed);
            if (audio is null)
            {
                rate = 0;
                return [];
            }

            try
            {
                rate = audio->SampleRate;
                return audio->Count <= 0 || audio->Samples == 0 ? [] : new ReadOnlySpan<float>((float*)audio->Samples, audio->Count).ToArray();
            }
            finally
            {
                destroyAudio(audio);
            }
        }
    }
}
