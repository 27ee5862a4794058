using MockInterview.Interviewing.Delivery;

namespace MockInterview.Functions.Voice;

/// <summary>What <c>POST /api/interviews/{id}/answers/audio</c> answers: the answer was recorded as heard.</summary>
/// <param name="QuestionId">The question answered.</param>
/// <param name="Transcript">What was heard, with word timings.</param>
/// <param name="Analytics">How it was spoken (pace, pauses, fillers, confidence); null when no word was recognised.</param>
public sealed record SpokenAnswerAccepted(string QuestionId, TranscriptView Transcript, SpeechDelivery? Analytics)
{
    /// <summary>Overrides the generated text so that the answer never reaches a log.</summary>
    public override string ToString() => $"SpokenAnswerAccepted {{ QuestionId = {QuestionId} }}";
}
