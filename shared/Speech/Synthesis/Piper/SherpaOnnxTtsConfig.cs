using System.Runtime.InteropServices;

namespace MockInterview.Speech.Synthesis.Piper;

/// <summary><c>SherpaOnnxOfflineTtsConfig</c> of sherpa-onnx's C API (c-api.h), laid out for 64-bit platforms.</summary>
/// <remarks>
/// Targets sherpa-onnx 1.13.8 (npm sherpa-onnx-linux-x64 1.13.8). Its config begins with the model config, which begins
/// <c>vits { model, lexicon, tokens, data_dir, noise_scale, noise_scale_w, length_scale, dict_dir }, num_threads,
/// debug, provider</c>; that prefix has not changed since 1.10 (dict_dir was the last field added to it). Every later
/// field (the matcha, kokoro, kitten, zipvoice… model families, then rule_fsts, max_num_sentences, rule_fars,
/// silence_scale) differs between versions, and the library reads a zero in any of them as "unused" or "the default".
/// So this struct fixes the prefix at its offsets and pads the whole to 4 KiB of zeros: any version whose config is
/// smaller than that reads our prefix and then zeros, never memory past the struct.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 4096)]
internal struct SherpaOnnxTtsConfig
{
    [FieldOffset(0)] public nint VitsModel;
    [FieldOffset(8)] public nint VitsLexicon;
    [FieldOffset(16)] public nint VitsTokens;
    [FieldOffset(24)] public nint VitsDataDir;
    [FieldOffset(32)] public float VitsNoiseScale;
    [FieldOffset(36)] public float VitsNoiseScaleW;
    [FieldOffset(40)] public float VitsLengthScale;

    // 44: padding to the pointer's alignment.
    [FieldOffset(48)] public nint VitsDictDir;
    [FieldOffset(56)] public int NumThreads;
    [FieldOffset(60)] public int Debug;
    [FieldOffset(64)] public nint Provider;
}
