using System.Runtime.InteropServices;

namespace MockInterview.Speech.Synthesis.Piper;

/// <summary><c>SherpaOnnxGeneratedAudio</c>: float samples in [-1, 1], their count and rate (unchanged since 1.9).</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct SherpaOnnxGeneratedAudio
{
    [FieldOffset(0)] public nint Samples;
    [FieldOffset(8)] public int Count;
    [FieldOffset(12)] public int SampleRate;
}
