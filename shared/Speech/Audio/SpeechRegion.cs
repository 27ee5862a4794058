namespace MockInterview.Speech.Audio;

/// <summary>A stretch of audio the voice-activity detector heard as speech.</summary>
/// <param name="StartSeconds">Where it starts.</param>
/// <param name="EndSeconds">Where it ends.</param>
internal readonly record struct SpeechRegion(double StartSeconds, double EndSeconds);
