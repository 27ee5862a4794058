using MockInterview.Speech.Recognition;

namespace MockInterview.Functions.Voice;

/// <summary>What <c>POST /api/interviews/{id}/answers/audio/pieces</c> answers: what was heard in one piece of an answer,
/// and the token that carries it to the final request.</summary>
/// <param name="QuestionId">The question being answered.</param>
/// <param name="Piece">The piece's 0-based index in the answer.</param>
/// <param name="Text">The words heard in the piece, space-separated; empty for a pause.</param>
/// <param name="Words">Each word with its timing (seconds within the piece) and confidence.</param>
/// <param name="AudioSeconds">The piece's length.</param>
/// <param name="Token">Opaque: send it back, in order, in the final request's <c>pieces</c> field.</param>
public sealed record AnswerPieceHeard(string QuestionId, int Piece, string Text, IReadOnlyList<TranscribedWord> Words, double AudioSeconds, string Token)
{
    /// <summary>Overrides the generated text so that what the candidate said never reaches a log.</summary>
    public override string ToString() => $"AnswerPieceHeard {{ QuestionId = {QuestionId}, Piece = {Piece}, Words = {Words.Count}, AudioSeconds = {AudioSeconds} }}";
}
