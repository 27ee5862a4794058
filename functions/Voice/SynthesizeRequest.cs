namespace MockInterview.Functions.Voice;

/// <summary>Body of <c>POST /api/voice/synthesize</c>.</summary>
/// <param name="Text">What to say.</param>
/// <param name="Voice">A preset from <c>GET /api/voice/voices</c>; null for the default.</param>
public sealed record SynthesizeRequest(string? Text, string? Voice = null);
