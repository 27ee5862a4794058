namespace MockInterview.Functions.Voice;

/// <summary>What <c>GET /api/voice/voices</c> answers.</summary>
/// <param name="Voices">The voice presets; the first is the default.</param>
/// <param name="Default">The default preset.</param>
public sealed record VoicesView(IReadOnlyList<string> Voices, string Default);
