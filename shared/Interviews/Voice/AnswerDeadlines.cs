using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>When a question's answer time runs out: the text rule, and the voice rule with a thinking time.</summary>
internal static class AnswerDeadlines
{
    /// <summary>A question asked at <paramref name="now"/>. Its answer is due one answer time limit later (capped by the end
    /// of the question phase). In a voice interview that is in voice mode it also has a thinking deadline: the candidate
    /// must start answering within the thinking time (same cap), after which the answer time runs from that start.</summary>
    public static AskedQuestion Ask(InterviewQuestion question, int turnIndex, DateTimeOffset now, TimeSpan answerTimeLimit, DateTimeOffset questionsEndAt, VoiceState? voice)
    {
        var dueAt = Min(now + answerTimeLimit, questionsEndAt);
        var asked = new AskedQuestion(question, turnIndex, now, dueAt);
        return voice is { Current: AnswerMode.Voice }
            ? asked with { ThinkingDueAt = Min(now + TimeSpan.FromSeconds(voice.ThinkingSeconds), dueAt) }
            : asked;
    }

    /// <summary>The answer deadline once the candidate started answering at <paramref name="startedAt"/>.</summary>
    public static DateTimeOffset AfterStart(DateTimeOffset startedAt, TimeSpan answerTimeLimit, DateTimeOffset questionsEndAt) =>
        Min(startedAt + answerTimeLimit, questionsEndAt);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
