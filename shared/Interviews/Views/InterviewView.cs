using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>What a caller sees of an interview (see docs/api-contract.md).</summary>
/// <param name="Id">The interview id.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Phase">questions, summary or completed.</param>
/// <param name="Candidate">Name, role, seniority.</param>
/// <param name="Question">The question to answer now; null between questions and once completed.</param>
/// <param name="Deadlines">When things end.</param>
/// <param name="TimeLeft">Seconds left, from the server's clock.</param>
/// <param name="Transcript">Questions finished so far, oldest first.</param>
/// <param name="Summary">The summary, from the summary phase on.</param>
/// <param name="ReportUrl">Where the report is, once completed.</param>
public sealed record InterviewView(
    string Id,
    InterviewMode Mode,
    InterviewPhase Phase,
    CandidateView Candidate,
    QuestionView? Question,
    DeadlinesView Deadlines,
    TimeLeftView TimeLeft,
    IReadOnlyList<TranscriptEntryView> Transcript,
    InterviewSummary? Summary,
    string? ReportUrl)
{
    /// <summary>How answers are given now: text, or voice (a voice interview in text mode shows text).</summary>
    public AnswerMode AnswerMode { get; init; } = AnswerMode.Text;

    /// <summary>The voice state and turn-taking settings of a voice interview; null for a text interview.</summary>
    public VoiceView? Voice { get; init; }
}
