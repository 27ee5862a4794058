namespace MockInterview.Benchmarks.Voice;

/// <summary>One synthesis of the benchmark text: time to the first chunk and to the whole audio, in milliseconds.</summary>
internal sealed record SynthesisTiming(double FirstChunkMs, double WholeMs, int Chunks, double AudioSeconds);
