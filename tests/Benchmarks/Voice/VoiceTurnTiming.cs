namespace MockInterview.Benchmarks.Voice;

/// <summary>One voice turn, in milliseconds: from the end of the answer audio (the upload starts) to the next question's
/// audio being served.</summary>
/// <param name="AnswerSeconds">Length of the answer audio.</param>
/// <param name="Total">The whole turn.</param>
/// <param name="UploadAndQueue">Upload, storing the audio, the job's way through the queue and the result's way back.</param>
/// <param name="Stt">The worker's speech-to-text (decoding included).</param>
/// <param name="Answer">Recording the spoken answer (analytics, scoring, the answer event).</param>
/// <param name="NextQuestion">From the 202 to the next question showing in the interview.</param>
/// <param name="Audio">Fetching the next question's audio (synthesis, or a cache hit).</param>
/// <param name="CacheHit">The question's audio came from the cache.</param>
internal sealed record VoiceTurnTiming(
    double AnswerSeconds, double Total, double UploadAndQueue, double Stt, double Answer, double NextQuestion, double Audio, bool CacheHit);
