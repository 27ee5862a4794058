namespace MockInterview.Benchmarks.Voice;

/// <summary>One voice turn, in milliseconds: from the end of the answer audio to the next question's audio fully
/// received.</summary>
/// <param name="AnswerSeconds">Length of the answer audio.</param>
/// <param name="Pieces">Pieces uploaded while the candidate spoke (0 with <c>--whole</c>).</param>
/// <param name="TailSeconds">Audio in the final request: the tail, or the whole answer with <c>--whole</c>.</param>
/// <param name="Total">The whole turn.</param>
/// <param name="PiecesWait">From the end of the answer audio until the tokens of the pieces still in flight came back.</param>
/// <param name="UploadAndQueue">The final request less its speech-to-text and answer processing: upload, storing the
/// audio, the job's way through the queue and the result's way back.</param>
/// <param name="Stt">The worker's speech-to-text of the final request's audio (decoding included).</param>
/// <param name="Answer">Recording the spoken answer (merge, analytics, scoring, the answer event).</param>
/// <param name="NextQuestion">From the 202 to the next question showing in the interview.</param>
/// <param name="Audio">Fetching the next question's audio (synthesis, or a cache hit).</param>
/// <param name="CacheHit">The question's audio came from the cache.</param>
/// <param name="PiecesStt">The worker's speech-to-text of the pieces (their <c>Server-Timing</c> stt), or NaN when
/// the piece responses carry none.</param>
/// <param name="PiecesSeconds">Audio in the pieces.</param>
internal sealed record VoiceTurnTiming(
    double AnswerSeconds,
    int Pieces,
    double TailSeconds,
    double Total,
    double PiecesWait,
    double UploadAndQueue,
    double Stt,
    double Answer,
    double NextQuestion,
    double Audio,
    bool CacheHit,
    double PiecesStt,
    double PiecesSeconds);
