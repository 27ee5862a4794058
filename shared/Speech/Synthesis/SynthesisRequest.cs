namespace MockInterview.Speech.Synthesis;

/// <summary>A validated request: the text as it will be spoken, the voice resolved, and its cache keys.</summary>
/// <param name="Text">The prepared text.</param>
/// <param name="Voice">The preset and its engine.</param>
/// <param name="WavKey">File-store key of its WAV.</param>
/// <param name="CompressedKey">File-store key of its compressed audio; null when no compressor works here.</param>
/// <param name="CompressedMediaType">The compressed audio's media type.</param>
internal sealed record SynthesisRequest(string Text, ResolvedVoice Voice, string WavKey, string? CompressedKey, string? CompressedMediaType);
