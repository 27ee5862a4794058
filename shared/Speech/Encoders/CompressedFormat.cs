namespace MockInterview.Speech.Encoders;

/// <summary>A compressed format ffmpeg can write here.</summary>
/// <param name="MediaType">"audio/ogg" (Opus) or "audio/mpeg" (MP3).</param>
/// <param name="CodecArguments">ffmpeg's encoder and container arguments.</param>
internal sealed record CompressedFormat(string MediaType, IReadOnlyList<string> CodecArguments);
